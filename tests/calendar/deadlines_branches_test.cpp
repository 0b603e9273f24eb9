// Deadline expansion and reminders with exact values worked out by hand:
// RemindersDue() as a whole list, yearly n-th weekday recurrences, and the
// modified conventions applied by Expand().
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/calendar/deadlines.hpp"
#include "netgov/io/default_network.hpp"
#include "netgov/network/network_builder.hpp"

namespace netgov::calendar {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Each due reminder as "reminder-date deadline#reminder-index for
// occurrence-index occurrence-date".
std::vector<std::string> Due(const std::vector<ReminderDue>& due) {
  std::vector<std::string> out;
  for (const ReminderDue& r : due) {
    out.push_back(absl::StrCat(FormatDate(r.date), " ", r.occurrence.deadline->id.str(), "#",
                               r.reminder, " for ", r.occurrence.index, " ",
                               FormatDate(r.occurrence.date)));
  }
  return out;
}

TEST(RemindersDue, DefaultNetworkCallReminders) {
  const Network& net = io::DefaultNetwork();
  const Calendars calendars(net);
  // The call closes on Tuesday 21 December 2021 (unadjusted); its reminders
  // are 7 calendar days before (Tuesday 14) and 1 New York business day
  // before (Monday 20).
  EXPECT_THAT(Due(RemindersDue(net, calendars, Date(2021, 12, 14))),
              ElementsAre("2021-12-14 co-chair-2022-call#0 for 0 2021-12-21"));
  EXPECT_THAT(Due(RemindersDue(net, calendars, Date(2021, 12, 20))),
              ElementsAre("2021-12-14 co-chair-2022-call#0 for 0 2021-12-21",
                          "2021-12-20 co-chair-2022-call#1 for 0 2021-12-21"));
  // On the day itself both have fired and the occurrence is not yet past.
  EXPECT_THAT(Due(RemindersDue(net, calendars, Date(2021, 12, 21))),
              ElementsAre("2021-12-14 co-chair-2022-call#0 for 0 2021-12-21",
                          "2021-12-20 co-chair-2022-call#1 for 0 2021-12-21"));
  EXPECT_THAT(RemindersDue(net, calendars, Date(2021, 12, 13)), IsEmpty());
}

// Weekend Saturday-Sunday, Good Friday (15 April 2022) and Easter Monday
// (18 April) off. `report` is due Tuesday 19 April with reminders 2 business
// days before (Wednesday 13: the 14th is the first business day back, the
// 13th the second) and 7 calendar days before (Tuesday 12). `monthly` is due
// on the 20th from Sunday 20 March (following: Monday 21 March), with a
// reminder 3 days before each adjusted date: 18 March, 17 April (for
// Wednesday 20 April), 17 May (for Friday 20 May). `quiet` has no reminder.
Network Reminders() {
  NetworkBuilder b({"n", "N", "UTC", "", ""});
  Calendar cal;
  cal.id = CalendarId("easter");
  cal.weekend = {Weekday::kSaturday, Weekday::kSunday};
  cal.holidays = {Date(2022, 4, 15), Date(2022, 4, 18)};
  b.AddCalendar(cal);
  Deadline report;
  report.id = DeadlineId("report");
  report.date = Date(2022, 4, 19);
  report.calendar = CalendarId("easter");
  report.reminders = {{2, true}, {7, false}};
  b.AddDeadline(report);
  Deadline monthly;
  monthly.id = DeadlineId("monthly");
  monthly.date = Date(2022, 3, 20);
  monthly.calendar = CalendarId("easter");
  monthly.reminders = {{3, false}};
  monthly.recurrence = Recurrence{};
  monthly.recurrence->freq = Frequency::kMonthly;
  b.AddDeadline(monthly);
  Deadline quiet;
  quiet.id = DeadlineId("quiet");
  quiet.date = Date(2022, 4, 18);
  quiet.calendar = CalendarId("easter");
  b.AddDeadline(quiet);
  absl::StatusOr<Network> net = std::move(b).Build();
  EXPECT_TRUE(net.ok()) << net.status();
  return net.ok() ? *net : Network();
}

TEST(RemindersDue, ExactDatesSortedByReminderDateThenDeadline) {
  const Network net = Reminders();
  const Calendars calendars(net);
  // Sunday 17 April: both of report's reminders, and monthly's for 20 April.
  EXPECT_THAT(Due(RemindersDue(net, calendars, Date(2022, 4, 17))),
              ElementsAre("2022-04-12 report#1 for 0 2022-04-19",
                          "2022-04-13 report#0 for 0 2022-04-19",
                          "2022-04-17 monthly#0 for 1 2022-04-20"));
  // Wednesday 20 April: report is past; monthly's occurrence is today.
  EXPECT_THAT(Due(RemindersDue(net, calendars, Date(2022, 4, 20))),
              ElementsAre("2022-04-17 monthly#0 for 1 2022-04-20"));
  // Monday 11 April: nothing has fired yet.
  EXPECT_THAT(RemindersDue(net, calendars, Date(2022, 4, 11)), IsEmpty());
  // Wednesday 13 April: report's two reminders only (monthly's next is 17).
  EXPECT_THAT(Due(RemindersDue(net, calendars, Date(2022, 4, 13))),
              ElementsAre("2022-04-12 report#1 for 0 2022-04-19",
                          "2022-04-13 report#0 for 0 2022-04-19"));
  // Saturday 19 March: monthly's first occurrence (Monday 21 March) fired
  // on the 18th.
  EXPECT_THAT(Due(RemindersDue(net, calendars, Date(2022, 3, 19))),
              ElementsAre("2022-03-18 monthly#0 for 0 2022-03-21"));
}

Deadline Yearly(Date date, int nth, Weekday weekday, int count) {
  Deadline d;
  d.id = DeadlineId("d");
  d.date = date;
  d.convention = BusinessDayConvention::kUnadjusted;
  d.recurrence = Recurrence{};
  d.recurrence->freq = Frequency::kYearly;
  d.recurrence->count = count;
  d.recurrence->day_rule = DayRule::kNthWeekday;
  d.recurrence->nth = nth;
  d.recurrence->weekday = weekday;
  return d;
}

std::vector<std::string> Dates(const std::vector<Occurrence>& occurrences) {
  std::vector<std::string> out;
  for (const Occurrence& o : occurrences) {
    out.push_back(FormatDate(o.unadjusted) + ">" + FormatDate(o.date));
  }
  return out;
}

const Date kFrom(1900, 1, 1);
const Date kTo(2100, 12, 31);

TEST(ExpandYearly, NthWeekdayOfTheFirstDatesMonth) {
  // The 4th Thursday of November (US Thanksgiving): 1 November is a Monday
  // in 2021 (Thursdays 4, 11, 18, 25), a Tuesday in 2022 (3 ... 24), a
  // Wednesday in 2023 (2 ... 23), a Friday in 2024 (7 ... 28).
  EXPECT_THAT(Dates(Expand(Yearly(Date(2021, 11, 1), 4, Weekday::kThursday, 4),
                           BusinessCalendar(), kFrom, kTo)),
              ElementsAre("2021-11-25>2021-11-25", "2022-11-24>2022-11-24",
                          "2023-11-23>2023-11-23", "2024-11-28>2024-11-28"));
  // The last Monday of May (nth -1): 31 May is a Tuesday in 2022, a
  // Wednesday in 2023, a Friday in 2024, a Saturday in 2025.
  EXPECT_THAT(Dates(Expand(Yearly(Date(2022, 5, 1), -1, Weekday::kMonday, 4),
                           BusinessCalendar(), kFrom, kTo)),
              ElementsAre("2022-05-30>2022-05-30", "2023-05-29>2023-05-29",
                          "2024-05-27>2024-05-27", "2025-05-26>2025-05-26"));
  // The 5th Sunday of March: 2020 (Sundays 1 ... 29) has one; 2021 (7 ...
  // 28) and 2022 (6 ... 27) do not, and give the 4th; 2024 (3 ... 31) has.
  Deadline fifth = Yearly(Date(2020, 3, 1), 5, Weekday::kSunday, 5);
  EXPECT_THAT(Dates(Expand(fifth, BusinessCalendar(), kFrom, kTo)),
              ElementsAre("2020-03-29>2020-03-29", "2021-03-28>2021-03-28",
                          "2022-03-27>2022-03-27", "2023-03-26>2023-03-26",
                          "2024-03-31>2024-03-31"));
  // Adjusted by a calendar: the 2nd Saturday of January, following, moves to
  // the Monday after (2022: 8 -> 10; 2023: 14 -> 16).
  Deadline second_saturday = Yearly(Date(2022, 1, 1), 2, Weekday::kSaturday, 2);
  second_saturday.convention = BusinessDayConvention::kFollowing;
  EXPECT_THAT(Dates(Expand(second_saturday,
                           BusinessCalendar::WeekendAndHolidays(
                               "w", {Weekday::kSaturday, Weekday::kSunday}, {}),
                           kFrom, kTo)),
              ElementsAre("2022-01-08>2022-01-10", "2023-01-14>2023-01-16"));
}

BusinessCalendar Easter() {
  return BusinessCalendar::WeekendAndHolidays(
      "easter", {Weekday::kSaturday, Weekday::kSunday},
      {Date(2022, 4, 15), Date(2022, 4, 18)});
}

Deadline Monthly(Date date, BusinessDayConvention convention, int count) {
  Deadline d;
  d.id = DeadlineId("d");
  d.date = date;
  d.convention = convention;
  d.recurrence = Recurrence{};
  d.recurrence->freq = Frequency::kMonthly;
  d.recurrence->count = count;
  return d;
}

TEST(ExpandConventions, ModifiedFollowingStaysInTheMonth) {
  // Month ends from 31 January 2022: 28 February is a Monday, 31 March a
  // Thursday; 30 April is a Saturday, and following would give Monday 2 May,
  // so modified-following goes back to Friday 29 April; 31 May a Tuesday.
  EXPECT_THAT(Dates(Expand(Monthly(Date(2022, 1, 31),
                                   BusinessDayConvention::kModifiedFollowing, 5),
                           Easter(), kFrom, kTo)),
              ElementsAre("2022-01-31>2022-01-31", "2022-02-28>2022-02-28",
                          "2022-03-31>2022-03-31", "2022-04-30>2022-04-29",
                          "2022-05-31>2022-05-31"));
  // The 15th: Good Friday, then the weekend and Easter Monday: following
  // stays in April (Tuesday 19), so modified-following does too.
  EXPECT_THAT(Dates(Expand(Monthly(Date(2022, 4, 15),
                                   BusinessDayConvention::kModifiedFollowing, 1),
                           Easter(), kFrom, kTo)),
              ElementsAre("2022-04-15>2022-04-19"));
}

TEST(ExpandConventions, ModifiedPrecedingStaysInTheMonth) {
  // Month starts from 1 January 2022, a Saturday: preceding would give
  // Friday 31 December, so modified-preceding goes forward to Monday 3
  // January; 1 February, 1 March (Tuesdays) and 1 April (a Friday) stay;
  // 1 May is a Sunday: forward to Monday 2 May.
  EXPECT_THAT(Dates(Expand(Monthly(Date(2022, 1, 1),
                                   BusinessDayConvention::kModifiedPreceding, 5),
                           Easter(), kFrom, kTo)),
              ElementsAre("2022-01-01>2022-01-03", "2022-02-01>2022-02-01",
                          "2022-03-01>2022-03-01", "2022-04-01>2022-04-01",
                          "2022-05-01>2022-05-02"));
  // Easter Monday 18 April: preceding stays in April (Thursday 14).
  EXPECT_THAT(Dates(Expand(Monthly(Date(2022, 4, 18),
                                   BusinessDayConvention::kModifiedPreceding, 1),
                           Easter(), kFrom, kTo)),
              ElementsAre("2022-04-18>2022-04-14"));
  // The window applies to the adjusted date: the occurrence of 1 May falls
  // on 2 May and is in a window that starts on 2 May.
  EXPECT_THAT(Dates(Expand(Monthly(Date(2022, 1, 1),
                                   BusinessDayConvention::kModifiedPreceding, 5),
                           Easter(), Date(2022, 5, 2), Date(2022, 5, 31))),
              ElementsAre("2022-05-01>2022-05-02"));
}

}  // namespace
}  // namespace netgov::calendar
