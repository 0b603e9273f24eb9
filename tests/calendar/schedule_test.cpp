#include "netgov/calendar/schedule.hpp"

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.hpp"

namespace netgov::calendar {
namespace {

using D = BusinessDayConvention;

// Saturday/Sunday weekends and Easter 2024: Good Friday 29 March and Easter
// Monday 1 April, so 29 March to 1 April is four days off in a row.
BusinessCalendar Easter2024() {
  return BusinessCalendar::WeekendAndHolidays("easter-2024",
                                              {Weekday::kSaturday, Weekday::kSunday},
                                              {Date(2024, 3, 29), Date(2024, 4, 1)});
}

// "unadjusted>date" for each date ("date" alone when they are equal).
std::string Show(const std::vector<ScheduleDate>& dates) {
  std::vector<std::string> out;
  long expected_index = 0;
  for (const ScheduleDate& d : dates) {
    EXPECT_EQ(d.index, expected_index++);
    out.push_back(d.unadjusted == d.date
                      ? FormatDate(d.date)
                      : absl::StrCat(FormatDate(d.unadjusted), ">", FormatDate(d.date)));
  }
  return absl::StrJoin(out, " ");
}

std::string Show(const MakeSchedule& builder) {
  absl::StatusOr<DateSchedule> s = builder.Build();
  if (!s.ok()) return std::string(s.status().message());
  return Show(s->Dates());
}

MakeSchedule Monthly(Date first, D convention, long count) {
  return std::move(MakeSchedule()
                       .From(first)
                       .Every(Period(1, TimeUnit::kMonths))
                       .WithCalendar(Easter2024())
                       .WithConvention(convention)
                       .Count(count));
}

TEST(MakeSchedule, MonthlyFromThe31stWithEachConvention) {
  const Date jan31(2024, 1, 31);
  // 31 March 2024 is Easter Sunday.
  EXPECT_EQ(Show(Monthly(jan31, D::kFollowing, 4)),
            "2024-01-31 2024-02-29 2024-03-31>2024-04-02 2024-04-30");
  EXPECT_EQ(Show(Monthly(jan31, D::kModifiedFollowing, 4)),
            "2024-01-31 2024-02-29 2024-03-31>2024-03-28 2024-04-30");
  EXPECT_EQ(Show(Monthly(jan31, D::kPreceding, 4)),
            "2024-01-31 2024-02-29 2024-03-31>2024-03-28 2024-04-30");
  EXPECT_EQ(Show(Monthly(jan31, D::kModifiedPreceding, 4)),
            "2024-01-31 2024-02-29 2024-03-31>2024-03-28 2024-04-30");
  EXPECT_EQ(Show(Monthly(jan31, D::kUnadjusted, 4)),
            "2024-01-31 2024-02-29 2024-03-31 2024-04-30");
}

TEST(MakeSchedule, MonthlyFromTheFirstWithEachConvention) {
  const Date jun1(2024, 6, 1);  // a Saturday
  EXPECT_EQ(Show(Monthly(jun1, D::kFollowing, 3)), "2024-06-01>2024-06-03 2024-07-01 2024-08-01");
  EXPECT_EQ(Show(Monthly(jun1, D::kModifiedFollowing, 3)),
            "2024-06-01>2024-06-03 2024-07-01 2024-08-01");
  EXPECT_EQ(Show(Monthly(jun1, D::kPreceding, 3)), "2024-06-01>2024-05-31 2024-07-01 2024-08-01");
  EXPECT_EQ(Show(Monthly(jun1, D::kModifiedPreceding, 3)),
            "2024-06-01>2024-06-03 2024-07-01 2024-08-01");
  EXPECT_EQ(Show(Monthly(jun1, D::kUnadjusted, 3)), "2024-06-01 2024-07-01 2024-08-01");
}

TEST(MakeSchedule, WeeklySteps) {
  const MakeSchedule weekly = std::move(MakeSchedule()
                                            .From(Date(2024, 3, 22))
                                            .Every(Period(1, TimeUnit::kWeeks))
                                            .WithCalendar(Easter2024())
                                            .Count(3));
  EXPECT_EQ(Show(weekly), "2024-03-22 2024-03-29>2024-04-02 2024-04-05");
  // Every other week until 19 April, which is included.
  EXPECT_EQ(Show(MakeSchedule(weekly)
                     .Count(std::nullopt)
                     .Every(Period(2, TimeUnit::kWeeks))
                     .Until(Date(2024, 4, 19))),
            "2024-03-22 2024-04-05 2024-04-19");
  EXPECT_EQ(Show(MakeSchedule(weekly).Count(std::nullopt).Until(Date(2024, 4, 18))),
            "2024-03-22 2024-03-29>2024-04-02 2024-04-05 2024-04-12");
}

TEST(MakeSchedule, YearlyFromThe29thOfFebruary) {
  MakeSchedule yearly;
  yearly.From(Date(2024, 2, 29))
      .Every(Period(1, TimeUnit::kYears))
      .WithCalendar(Easter2024())
      .Count(5);
  EXPECT_EQ(Show(yearly),
            "2024-02-29 2025-02-28 2026-02-28>2026-03-02 2027-02-28>2027-03-01 2028-02-29");
  yearly.WithConvention(D::kModifiedFollowing);
  EXPECT_EQ(Show(yearly),
            "2024-02-29 2025-02-28 2026-02-28>2026-02-27 2027-02-28>2027-02-26 2028-02-29");
  // Thursday 29 February 2024 is the month's last business day: with the
  // end-of-month rule every date is the last business day of February.
  yearly.WithConvention(D::kFollowing).EndOfMonth();
  EXPECT_EQ(Show(yearly),
            "2024-02-29 2025-02-28 2026-02-28>2026-02-27 2027-02-28>2027-02-26 2028-02-29");
}

TEST(MakeSchedule, EndOfMonthRule) {
  MakeSchedule monthly = Monthly(Date(2024, 2, 29), D::kFollowing, 4);
  EXPECT_EQ(Show(monthly), "2024-02-29 2024-03-29>2024-04-02 2024-04-29 2024-05-29");
  monthly.EndOfMonth();
  EXPECT_EQ(Show(monthly), "2024-02-29 2024-03-31>2024-03-28 2024-04-30 2024-05-31");
  // Unadjusted: the rule needs the month's last calendar day.
  EXPECT_EQ(Show(Monthly(Date(2024, 2, 29), D::kUnadjusted, 3).EndOfMonth()),
            "2024-02-29 2024-03-31 2024-04-30");
  EXPECT_EQ(Show(Monthly(Date(2024, 2, 28), D::kUnadjusted, 3).EndOfMonth()),
            "2024-02-28 2024-03-28 2024-04-28");
  // Not at the end of the month: no effect.
  EXPECT_EQ(Show(Monthly(Date(2024, 2, 28), D::kFollowing, 3).EndOfMonth()),
            "2024-02-28 2024-03-28 2024-04-28>2024-04-29");
}

TEST(MakeSchedule, EveryDateIsAdvanceFromTheFirst) {
  const BusinessCalendar cal = Easter2024();
  for (const Date first : {Date(2024, 1, 31), Date(2024, 2, 29), Date(2024, 3, 28)}) {
    for (const D c : {D::kFollowing, D::kModifiedFollowing, D::kPreceding,
                      D::kModifiedPreceding, D::kUnadjusted}) {
      for (const bool eom : {false, true}) {
        for (const TimeUnit unit : {TimeUnit::kWeeks, TimeUnit::kMonths, TimeUnit::kYears}) {
          absl::StatusOr<DateSchedule> s = MakeSchedule()
                                               .From(first)
                                               .Every(Period(2, unit))
                                               .WithCalendar(cal)
                                               .WithConvention(c)
                                               .EndOfMonth(eom)
                                               .Count(30)
                                               .Build();
          ASSERT_TRUE(s.ok()) << s.status();
          for (const ScheduleDate& d : s->Dates()) {
            EXPECT_EQ(d.date, cal.Advance(first, Period(2 * static_cast<int>(d.index), unit), c,
                                          eom))
                << FormatDate(first) << " " << ToString(c) << " " << eom << " " << d.index;
          }
        }
      }
    }
  }
}

TEST(MakeSchedule, DayStepsAreCalendarDays) {
  EXPECT_EQ(Show(MakeSchedule()
                     .From(Date(2024, 3, 28))
                     .Every(Period(1, TimeUnit::kDays))
                     .WithCalendar(Easter2024())
                     .Count(5)),
            "2024-03-28 2024-03-29>2024-04-02 2024-03-30>2024-04-02 2024-03-31>2024-04-02 "
            "2024-04-01>2024-04-02");
}

TEST(MakeSchedule, DayRules) {
  MakeSchedule m = Monthly(Date(2024, 1, 15), D::kFollowing, 3);
  EXPECT_EQ(Show(m.OnDay(DayRule::kLastDay)), "2024-01-31 2024-02-29 2024-03-31>2024-04-02");
  EXPECT_EQ(Show(m.OnDay(DayRule::kLastBusinessDay)), "2024-01-31 2024-02-29 2024-03-28");
  EXPECT_EQ(Show(m.OnNthWeekday(2, Weekday::kMonday)), "2024-01-08 2024-02-12 2024-03-11");
  EXPECT_EQ(Show(m.OnNthWeekday(-1, Weekday::kFriday)),
            "2024-01-26 2024-02-23 2024-03-29>2024-04-02");
  // Yearly keeps the first date's month.
  EXPECT_EQ(Show(m.Every(Period(1, TimeUnit::kYears)).OnNthWeekday(5, Weekday::kMonday)),
            "2024-01-29 2025-01-27 2026-01-26");
}

TEST(DateSchedule, AtAndBetween) {
  absl::StatusOr<DateSchedule> s = Monthly(Date(2024, 1, 31), D::kFollowing, 12).Build();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->At(-1), std::nullopt);
  EXPECT_EQ(s->At(12), std::nullopt);
  EXPECT_EQ(s->At(2), (ScheduleDate{2, Date(2024, 3, 31), Date(2024, 4, 2)}));
  EXPECT_EQ(s->At(11), (ScheduleDate{11, Date(2024, 12, 31), Date(2024, 12, 31)}));
  // Windows apply to the adjusted date: 31 March is in April's window.
  const std::vector<ScheduleDate> april = s->Between(Date(2024, 4, 1), Date(2024, 4, 30));
  ASSERT_EQ(april.size(), 2u);
  EXPECT_EQ(april[0], (ScheduleDate{2, Date(2024, 3, 31), Date(2024, 4, 2)}));
  EXPECT_EQ(april[1], (ScheduleDate{3, Date(2024, 4, 30), Date(2024, 4, 30)}));
  EXPECT_TRUE(s->Between(Date(2024, 3, 1), Date(2024, 3, 31)).empty());
  EXPECT_EQ(s->calendar().name(), "easter-2024");
  EXPECT_EQ(s->convention(), D::kFollowing);
}

// Between() searches for its first index; the reference walks every date
// from the first, as Between() did before the search.
std::vector<ScheduleDate> BetweenByWalking(const DateSchedule& s, Date from, Date to) {
  std::vector<ScheduleDate> out;
  for (long index = 0;; ++index) {
    const std::optional<ScheduleDate> d = s.At(index);
    if (!d || (d->unadjusted > to && d->date > to)) break;
    if (from <= d->date && d->date <= to) out.push_back(*d);
  }
  return out;
}

TEST(DateSchedule, BetweenFindsTheWindowWithoutWalkingFromTheFirstDate) {
  // A calendar with a whole month off (March 2024) as well as weekends, so
  // that the conventions move dates across months.
  std::vector<Date> march;
  for (int day = 1; day <= 31; ++day) march.emplace_back(2024, 3, day);
  const BusinessCalendar closed_march = BusinessCalendar::WeekendAndHolidays(
      "closed-march", {Weekday::kSaturday, Weekday::kSunday}, march);
  const std::vector<std::pair<Date, Date>> windows = {
      {Date(2024, 3, 1), Date(2024, 3, 31)},  {Date(2024, 2, 20), Date(2024, 4, 10)},
      {Date(2023, 12, 30), Date(2024, 1, 2)}, {Date(1999, 1, 1), Date(2000, 1, 1)},
      {Date(2030, 6, 1), Date(2030, 5, 1)},   {Date(2024, 1, 1), Date(2024, 1, 1)},
      {Date(1400, 1, 1), Date(1400, 2, 1)},   {Date(2100, 1, 1), Date(2100, 12, 31)}};
  int compared = 0;
  for (const Period step : {Period(1, TimeUnit::kDays), Period(3, TimeUnit::kDays),
                            Period(1, TimeUnit::kWeeks), Period(1, TimeUnit::kMonths),
                            Period(5, TimeUnit::kMonths), Period(1, TimeUnit::kYears)}) {
    for (const D convention : {D::kFollowing, D::kModifiedFollowing, D::kPreceding,
                               D::kModifiedPreceding, D::kUnadjusted}) {
      for (const int variant : {0, 1, 2, 3}) {
        const bool months = step.unit == TimeUnit::kMonths || step.unit == TimeUnit::kYears;
        // (The reference walks every date: a daily one from 1400 would be slow.)
        MakeSchedule m;
        m.From(variant == 3 && months ? Date(1400, 1, 31) : Date(2023, 1, 31))
            .Every(step)
            .WithCalendar(closed_march)
            .WithConvention(convention);
        if (variant == 1) m.Until(Date(2024, 3, 15));
        if (variant == 2) m.Count(20);
        if (variant == 3 && months) m.OnDay(DayRule::kLastBusinessDay);
        if (variant == 0 && months) m.EndOfMonth();
        absl::StatusOr<DateSchedule> s = m.Build();
        ASSERT_TRUE(s.ok()) << s.status();
        for (const auto& [from, to] : windows) {
          SCOPED_TRACE(absl::StrCat(step.length, " ", static_cast<int>(step.unit), " convention ",
                                    static_cast<int>(convention), " variant ", variant, " ",
                                    FormatDate(from), "..", FormatDate(to)));
          EXPECT_EQ(s->Between(from, to), BetweenByWalking(*s, from, to));
          ++compared;
        }
      }
    }
  }
  EXPECT_EQ(compared, 6 * 5 * 4 * 8);
  // March 2024 is closed: following would move its dates to 1 April, out of
  // their month, so modified following takes them back to 29 February. The
  // daily schedule from 1400 has 228,002 dates before 1 April 2024.
  absl::StatusOr<DateSchedule> daily = MakeSchedule()
                                           .From(Date(1400, 1, 1))
                                           .Every(Period(1, TimeUnit::kDays))
                                           .WithCalendar(closed_march)
                                           .WithConvention(D::kModifiedFollowing)
                                           .Build();
  ASSERT_TRUE(daily.ok());
  const std::vector<ScheduleDate> spring = daily->Between(Date(2024, 2, 29), Date(2024, 4, 1));
  ASSERT_EQ(spring.size(), 33u);  // 29 Feb, the 31 days of March, 1 April
  EXPECT_EQ(spring.front().unadjusted, Date(2024, 2, 29));
  EXPECT_EQ(spring[1].unadjusted, Date(2024, 3, 1));
  EXPECT_EQ(spring[1].date, Date(2024, 2, 29));
  EXPECT_EQ(spring.back(), (ScheduleDate{228'002, Date(2024, 4, 1), Date(2024, 4, 1)}));
}

TEST(DateSchedule, EndsWithYear9999) {
  absl::StatusOr<DateSchedule> s =
      MakeSchedule().From(Date(9999, 10, 31)).Every(Period(1, TimeUnit::kMonths)).Build();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(Show(s->Dates()), "9999-10-31 9999-11-30 9999-12-31");
  EXPECT_EQ(s->At(3), std::nullopt);
  EXPECT_EQ(s->At(4'000'000'000L), std::nullopt);
}

TEST(MakeSchedule, BuildRefusesWhatCannotBeAScheduleAndSaysWhy) {
  using ::netgov::testing::StatusIs;
  const Date d(2024, 1, 1);
  EXPECT_THAT(MakeSchedule().Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "a schedule needs a first date: call From()"));
  EXPECT_THAT(MakeSchedule().From(d).Every(Period(0, TimeUnit::kMonths)).Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "the step must be at least one; got 0 months"));
  EXPECT_THAT(MakeSchedule().From(d).Count(-1).Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "the count must not be negative; got -1"));
  EXPECT_THAT(
      MakeSchedule().From(d).Every(Period(1, TimeUnit::kWeeks)).OnDay(DayRule::kLastDay).Build(),
      StatusIs(absl::StatusCode::kInvalidArgument,
               "day rule 'last-day' picks a day of the month; a step of 1 week takes 'same'"));
  EXPECT_THAT(MakeSchedule().From(d).OnNthWeekday(6, Weekday::kMonday).Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "nth must be 1 to 5, or -1 for the last; got 6"));
  for (const int nth : {0, -2}) {
    EXPECT_THAT(MakeSchedule().From(d).OnNthWeekday(nth, Weekday::kMonday).Build(),
                StatusIs(absl::StatusCode::kInvalidArgument,
                         absl::StrCat("nth must be 1 to 5, or -1 for the last; got ", nth)));
  }
  EXPECT_THAT(MakeSchedule()
                  .From(d)
                  .Every(Period(2, TimeUnit::kDays))
                  .OnDay(DayRule::kLastBusinessDay)
                  .Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "day rule 'last-business-day' picks a day of the month; a step of 2 days "
                       "takes 'same'"));
  EXPECT_EQ(Show(MakeSchedule().From(d).Count(0)), "");
}

}  // namespace
}  // namespace netgov::calendar
