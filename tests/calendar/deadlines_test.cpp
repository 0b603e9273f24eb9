#include "netgov/calendar/deadlines.hpp"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"

namespace netgov::calendar {
namespace {

using ::testing::ElementsAre;

BusinessCalendar Easter() {
  return BusinessCalendar::WeekendAndHolidays(
      "easter", {Weekday::kSaturday, Weekday::kSunday},
      {Date(2022, 4, 15), Date(2022, 4, 18)});
}

Deadline Recurring(Date date, Frequency freq, std::optional<int> count,
                   DayRule rule = DayRule::kSame) {
  Deadline d;
  d.id = DeadlineId("d");
  d.date = date;
  d.convention = BusinessDayConvention::kUnadjusted;
  d.recurrence = Recurrence{};
  d.recurrence->freq = freq;
  d.recurrence->count = count;
  d.recurrence->day_rule = rule;
  return d;
}

std::vector<std::string> Dates(const std::vector<Occurrence>& occurrences) {
  std::vector<std::string> out;
  for (const Occurrence& o : occurrences) out.push_back(FormatDate(o.date));
  return out;
}

std::vector<std::string> Unadjusted(const std::vector<Occurrence>& occurrences) {
  std::vector<std::string> out;
  for (const Occurrence& o : occurrences) out.push_back(FormatDate(o.unadjusted));
  return out;
}

const Date kFrom(1900, 1, 1);
const Date kTo(2100, 12, 31);

TEST(Deadlines, MonthlyFromThe31stStaysAnchored) {
  const BusinessCalendar every_day;
  EXPECT_THAT(Dates(Expand(Recurring(Date(2024, 1, 31), Frequency::kMonthly, 5), every_day,
                           kFrom, kTo)),
              ElementsAre("2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30",
                          "2024-05-31"));
  EXPECT_THAT(Dates(Expand(Recurring(Date(2023, 1, 31), Frequency::kMonthly, 3), every_day,
                           kFrom, kTo)),
              ElementsAre("2023-01-31", "2023-02-28", "2023-03-31"));
}

TEST(Deadlines, YearlyFrom29February) {
  EXPECT_THAT(Dates(Expand(Recurring(Date(2024, 2, 29), Frequency::kYearly, 5),
                           BusinessCalendar(), kFrom, kTo)),
              ElementsAre("2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28",
                          "2028-02-29"));
}

TEST(Deadlines, QuarterlyLastBusinessDay) {
  Deadline d = Recurring(Date(2022, 3, 31), Frequency::kMonthly, 4,
                         DayRule::kLastBusinessDay);
  d.recurrence->interval = 3;
  d.convention = BusinessDayConvention::kPreceding;
  // 31 December 2022 is a Saturday.
  EXPECT_THAT(Dates(Expand(d, Easter(), kFrom, kTo)),
              ElementsAre("2022-03-31", "2022-06-30", "2022-09-30", "2022-12-30"));
}

TEST(Deadlines, LastDayOfTheMonth) {
  EXPECT_THAT(Dates(Expand(Recurring(Date(2024, 1, 15), Frequency::kMonthly, 3,
                                     DayRule::kLastDay),
                           BusinessCalendar(), kFrom, kTo)),
              ElementsAre("2024-01-31", "2024-02-29", "2024-03-31"));
}

TEST(Deadlines, NthWeekday) {
  Deadline second_monday =
      Recurring(Date(2022, 1, 1), Frequency::kMonthly, 3, DayRule::kNthWeekday);
  second_monday.recurrence->weekday = Weekday::kMonday;
  second_monday.recurrence->nth = 2;
  EXPECT_THAT(Dates(Expand(second_monday, BusinessCalendar(), kFrom, kTo)),
              ElementsAre("2022-01-10", "2022-02-14", "2022-03-14"));
  Deadline last_friday = second_monday;
  last_friday.recurrence->weekday = Weekday::kFriday;
  last_friday.recurrence->nth = -1;
  EXPECT_THAT(Dates(Expand(last_friday, BusinessCalendar(), kFrom, kTo)),
              ElementsAre("2022-01-28", "2022-02-25", "2022-03-25"));
  // February 2022 has four Mondays: the fifth falls back to the fourth.
  Deadline fifth_monday = second_monday;
  fifth_monday.recurrence->nth = 5;
  EXPECT_THAT(Dates(Expand(fifth_monday, BusinessCalendar(), kFrom, kTo)),
              ElementsAre("2022-01-31", "2022-02-28", "2022-03-28"));
}

TEST(Deadlines, RecurrenceWithoutEndIsBoundedByTheWindow) {
  Deadline weekly = Recurring(Date(2022, 1, 3), Frequency::kWeekly, std::nullopt);
  const std::vector<Occurrence> feb =
      Expand(weekly, BusinessCalendar(), Date(2022, 2, 1), Date(2022, 2, 28));
  EXPECT_THAT(Dates(feb), ElementsAre("2022-02-07", "2022-02-14", "2022-02-21", "2022-02-28"));
  // Indexes count from the first date, 3 January (0), so 7 February is 5.
  std::vector<int> indexes;
  for (const Occurrence& o : feb) indexes.push_back(o.index);
  EXPECT_THAT(indexes, ElementsAre(5, 6, 7, 8));
  // A window at the far end of the range ends too: the Mondays 6 to 27
  // December 9999.
  EXPECT_THAT(Dates(Expand(weekly, BusinessCalendar(), Date(9999, 12, 1), Date(9999, 12, 31))),
              ElementsAre("9999-12-06", "9999-12-13", "9999-12-20", "9999-12-27"));
}

TEST(Deadlines, UntilBoundsTheUnadjustedDates) {
  Deadline d = Recurring(Date(2022, 1, 15), Frequency::kMonthly, std::nullopt);
  d.recurrence->until = Date(2022, 4, 14);
  EXPECT_THAT(Dates(Expand(d, BusinessCalendar(), kFrom, kTo)),
              ElementsAre("2022-01-15", "2022-02-15", "2022-03-15"));
  EXPECT_EQ(LastUnadjustedDate(d, BusinessCalendar()), Date(2022, 3, 15));
  d.recurrence->until.reset();
  EXPECT_EQ(LastUnadjustedDate(d, BusinessCalendar()), std::nullopt);
}

TEST(Deadlines, OccurrencesAreAdjustedAndKeepTheStatedDate) {
  Deadline d = Recurring(Date(2022, 1, 15), Frequency::kMonthly, 4);
  d.convention = BusinessDayConvention::kFollowing;
  const std::vector<Occurrence> all = Expand(d, Easter(), kFrom, kTo);
  EXPECT_THAT(Unadjusted(all), ElementsAre("2022-01-15", "2022-02-15", "2022-03-15", "2022-04-15"));
  EXPECT_THAT(Dates(all), ElementsAre("2022-01-17", "2022-02-15", "2022-03-15", "2022-04-19"));
  // The window applies to the adjusted date.
  EXPECT_THAT(Dates(Expand(d, Easter(), Date(2022, 4, 16), Date(2022, 4, 30))),
              ElementsAre("2022-04-19"));
}

TEST(Deadlines, RemindersBeforeTheAdjustedDate) {
  Deadline d;
  d.id = DeadlineId("report");
  d.date = Date(2022, 4, 16);  // Saturday before Easter Monday
  d.convention = BusinessDayConvention::kFollowing;
  d.reminders = {{7, false}, {2, true}, {0, false}};
  const std::vector<Occurrence> all = Expand(d, Easter(), kFrom, kTo);
  EXPECT_THAT(Dates(all), ElementsAre("2022-04-19"));
  EXPECT_THAT(Unadjusted(all), ElementsAre("2022-04-16"));
  ASSERT_EQ(all.size(), 1u);
  EXPECT_THAT(all[0].reminders,
              ElementsAre(Date(2022, 4, 12), Date(2022, 4, 13), Date(2022, 4, 19)));
}

TEST(Deadlines, DefaultNetworkDueSoonAndOverdue) {
  const Network& net = io::DefaultNetwork();
  const Calendars calendars(net);
  std::vector<std::string> soon;
  for (const Occurrence& o : DueSoon(net, calendars, Date(2021, 12, 6))) {
    soon.push_back(FormatDate(o.date) + " " + o.deadline->id.str());
  }
  // All three are facts, unadjusted; the UNHCR item is the year 2022
  // ("for 2022"), written as its first day.
  EXPECT_THAT(soon, ElementsAre("2021-12-21 co-chair-2022-call",
                                "2022-01-01 ilo-intersectionality-lead",
                                "2022-01-01 unhcr-capacity-building-2022"));
  std::vector<std::string> overdue;
  for (const Occurrence& o : Overdue(net, calendars, Date(2022, 1, 3))) {
    overdue.push_back(FormatDate(o.date) + " " + o.deadline->id.str());
  }
  // The year 2022 has only begun on 3 January 2022: it is not overdue (it
  // is due until its last day, DeadlinePrecision.*).
  EXPECT_THAT(overdue, ElementsAre("2021-12-21 co-chair-2022-call",
                                   "2022-01-01 ilo-intersectionality-lead"));
}

TEST(Deadlines, DefaultNetworkRemindersDue) {
  const Network& net = io::DefaultNetwork();
  const Calendars calendars(net);
  // The call closes on Tuesday 21 December 2021; reminders 7 days and one
  // business day before.
  const std::vector<ReminderDue> on_15 = RemindersDue(net, calendars, Date(2021, 12, 15));
  ASSERT_EQ(on_15.size(), 1u);
  EXPECT_EQ(on_15[0].date, Date(2021, 12, 14));
  EXPECT_EQ(on_15[0].occurrence.deadline->id, DeadlineId("co-chair-2022-call"));
  EXPECT_EQ(RemindersDue(net, calendars, Date(2021, 12, 20)).size(), 2u);
  EXPECT_TRUE(RemindersDue(net, calendars, Date(2021, 12, 13)).empty());
  EXPECT_TRUE(RemindersDue(net, calendars, Date(2021, 12, 22)).empty());
}

TEST(Calendars, ResolvesUnionsOfTheDefaultNetwork) {
  const Calendars calendars(io::DefaultNetwork());
  absl::StatusOr<BusinessCalendar> both = calendars.Get(CalendarId("un-ny-geneva"));
  ASSERT_TRUE(both.ok());
  EXPECT_FALSE(both->IsBusinessDay(Date(2021, 12, 31)));  // Geneva holiday
  EXPECT_FALSE(both->IsBusinessDay(Date(2021, 12, 24)));  // New York holiday
  EXPECT_TRUE(both->IsBusinessDay(Date(2021, 12, 23)));
  EXPECT_EQ(calendars.Get(CalendarId("un-geneve")).status().message(),
            "unknown calendar 'un-geneve'; did you mean 'un-geneva'?");
  absl::StatusOr<BusinessCalendar> none = calendars.Get(std::nullopt);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->IsBusinessDay(Date(2021, 12, 25)));
}

}  // namespace
}  // namespace netgov::calendar
