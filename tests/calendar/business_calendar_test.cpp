#include "netgov/calendar/business_calendar.hpp"

#include <memory>
#include <optional>
#include <string>

#include "gtest/gtest.h"

namespace netgov::calendar {
namespace {

// Saturday/Sunday weekends and the Easter run of 2022: Good Friday 15 April
// and Easter Monday 18 April, so 15-18 April is four days off in a row.
BusinessCalendar Easter() {
  return BusinessCalendar::WeekendAndHolidays(
      "easter", {Weekday::kSaturday, Weekday::kSunday},
      {Date(2022, 4, 18), Date(2022, 4, 15), Date(2022, 4, 15)});
}

TEST(BusinessCalendar, WeekendsAndHolidaysAreNotBusinessDays) {
  const BusinessCalendar cal = Easter();
  EXPECT_TRUE(cal.IsBusinessDay(Date(2022, 4, 14)));   // Thursday
  EXPECT_FALSE(cal.IsBusinessDay(Date(2022, 4, 15)));  // Good Friday
  EXPECT_FALSE(cal.IsBusinessDay(Date(2022, 4, 16)));  // Saturday
  EXPECT_FALSE(cal.IsBusinessDay(Date(2022, 4, 17)));  // Sunday
  EXPECT_TRUE(cal.IsHoliday(Date(2022, 4, 18)));       // Easter Monday
  EXPECT_TRUE(cal.IsBusinessDay(Date(2022, 4, 19)));
  EXPECT_EQ(cal.name(), "easter");
}

TEST(BusinessCalendar, FridaySaturdayWeekend) {
  const BusinessCalendar cal = BusinessCalendar::WeekendAndHolidays(
      "amman", {Weekday::kFriday, Weekday::kSaturday}, {});
  EXPECT_FALSE(cal.IsBusinessDay(Date(2022, 4, 15)));  // Friday
  EXPECT_FALSE(cal.IsBusinessDay(Date(2022, 4, 16)));  // Saturday
  EXPECT_TRUE(cal.IsBusinessDay(Date(2022, 4, 17)));   // Sunday
}

TEST(BusinessCalendar, DefaultHasEveryDay) {
  const BusinessCalendar every_day;
  EXPECT_TRUE(every_day.IsBusinessDay(Date(2022, 4, 16)));
  EXPECT_EQ(every_day.Adjust(Date(2022, 4, 16), BusinessDayConvention::kFollowing), Date(2022, 4, 16));
  EXPECT_EQ(every_day.Advance(Date(2022, 4, 16), 3), Date(2022, 4, 19));
}

TEST(BusinessCalendar, ConventionsOnAHolidayRun) {
  const BusinessCalendar cal = Easter();
  const Date saturday(2022, 4, 16);
  EXPECT_EQ(cal.Adjust(saturday, BusinessDayConvention::kFollowing), Date(2022, 4, 19));
  EXPECT_EQ(cal.Adjust(saturday, BusinessDayConvention::kModifiedFollowing), Date(2022, 4, 19));
  EXPECT_EQ(cal.Adjust(saturday, BusinessDayConvention::kPreceding), Date(2022, 4, 14));
  EXPECT_EQ(cal.Adjust(saturday, BusinessDayConvention::kModifiedPreceding), Date(2022, 4, 14));
  EXPECT_EQ(cal.Adjust(saturday, BusinessDayConvention::kUnadjusted), saturday);
  EXPECT_EQ(cal.Adjust(Date(2022, 4, 18), BusinessDayConvention::kPreceding), Date(2022, 4, 14));
}

TEST(BusinessCalendar, BusinessDaysStay) {
  const BusinessCalendar cal = Easter();
  for (BusinessDayConvention c : {BusinessDayConvention::kFollowing, BusinessDayConvention::kModifiedFollowing,
                       BusinessDayConvention::kPreceding, BusinessDayConvention::kModifiedPreceding,
                       BusinessDayConvention::kUnadjusted}) {
    EXPECT_EQ(cal.Adjust(Date(2022, 4, 14), c), Date(2022, 4, 14)) << ToString(c);
  }
}

TEST(BusinessCalendar, ModifiedConventionsStayInTheMonth) {
  const BusinessCalendar cal = Easter();
  // Saturday 30 April 2022: the next business day is Monday 2 May.
  EXPECT_EQ(cal.Adjust(Date(2022, 4, 30), BusinessDayConvention::kFollowing), Date(2022, 5, 2));
  EXPECT_EQ(cal.Adjust(Date(2022, 4, 30), BusinessDayConvention::kModifiedFollowing), Date(2022, 4, 29));
  // Sunday 1 May 2022: the previous business day is Friday 29 April.
  EXPECT_EQ(cal.Adjust(Date(2022, 5, 1), BusinessDayConvention::kPreceding), Date(2022, 4, 29));
  EXPECT_EQ(cal.Adjust(Date(2022, 5, 1), BusinessDayConvention::kModifiedPreceding), Date(2022, 5, 2));
  // Saturday 31 December 2022 into the next year.
  EXPECT_EQ(cal.Adjust(Date(2022, 12, 31), BusinessDayConvention::kFollowing), Date(2023, 1, 2));
  EXPECT_EQ(cal.Adjust(Date(2022, 12, 31), BusinessDayConvention::kModifiedFollowing), Date(2022, 12, 30));
}

TEST(BusinessCalendar, AdvanceAcrossAHolidayRun) {
  const BusinessCalendar cal = Easter();
  EXPECT_EQ(cal.Advance(Date(2022, 4, 14), 1), Date(2022, 4, 19));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 14), 3), Date(2022, 4, 21));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 19), -1), Date(2022, 4, 14));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 19), -2), Date(2022, 4, 13));
  // From inside the run, the first step goes to the next business day.
  EXPECT_EQ(cal.Advance(Date(2022, 4, 16), 1), Date(2022, 4, 19));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 16), -1), Date(2022, 4, 14));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 16), 0), Date(2022, 4, 19));
  // Ten business days: two weeks less the two holidays.
  EXPECT_EQ(cal.Advance(Date(2022, 4, 11), 10), Date(2022, 4, 27));
}

TEST(BusinessCalendar, AdvanceSaturatesAtTheEndOfTheRange) {
  const BusinessCalendar cal = Easter();
  EXPECT_EQ(cal.Advance(Date(9999, 12, 30), 5), Date(9999, 12, 31));
  EXPECT_EQ(cal.Advance(Date(1400, 1, 2), -5), Date(1400, 1, 1));
}

TEST(BusinessCalendar, BusinessDaysBetweenCountsTheFirstDayNotTheLast) {
  const BusinessCalendar cal = Easter();
  // 14, 19 and 20 April.
  EXPECT_EQ(cal.BusinessDaysBetween(Date(2022, 4, 14), Date(2022, 4, 21)), 3);
  EXPECT_EQ(cal.BusinessDaysBetween(Date(2022, 4, 21), Date(2022, 4, 14)), -3);
  EXPECT_EQ(cal.BusinessDaysBetween(Date(2022, 4, 15), Date(2022, 4, 19)), 0);
  EXPECT_EQ(cal.BusinessDaysBetween(Date(2022, 4, 14), Date(2022, 4, 14)), 0);
}

TEST(BusinessCalendar, LastBusinessDayOfMonth) {
  const BusinessCalendar cal = Easter();
  EXPECT_EQ(cal.LastBusinessDayOfMonth(Date(2022, 4, 2)), Date(2022, 4, 29));
  EXPECT_EQ(cal.LastBusinessDayOfMonth(Date(2022, 12, 1)), Date(2022, 12, 30));
  EXPECT_EQ(cal.LastBusinessDayOfMonth(Date(2022, 3, 1)), Date(2022, 3, 31));
}

TEST(BusinessCalendar, JoinHolidaysNeedsABusinessDayInEveryMember) {
  const BusinessCalendar ny = BusinessCalendar::WeekendAndHolidays(
      "ny", {Weekday::kSaturday, Weekday::kSunday}, {Date(2021, 12, 24)});
  const BusinessCalendar geneva = BusinessCalendar::WeekendAndHolidays(
      "geneva", {Weekday::kSaturday, Weekday::kSunday}, {Date(2021, 12, 31)});
  const BusinessCalendar both = BusinessCalendar::JoinHolidays("ny-geneva", {ny, geneva});
  EXPECT_EQ(both.name(), "ny-geneva");
  EXPECT_FALSE(both.IsBusinessDay(Date(2021, 12, 24)));
  EXPECT_FALSE(both.IsBusinessDay(Date(2021, 12, 31)));
  EXPECT_TRUE(geneva.IsBusinessDay(Date(2021, 12, 24)));
  EXPECT_EQ(both.Advance(Date(2021, 12, 23), 1), Date(2021, 12, 27));
  EXPECT_EQ(both.Adjust(Date(2021, 12, 31), BusinessDayConvention::kModifiedFollowing),
            Date(2021, 12, 30));
  // 20-23 and 27-30 December.
  EXPECT_EQ(both.BusinessDaysBetween(Date(2021, 12, 20), Date(2022, 1, 3)), 8);
}

// A user-defined rule: only the first day of each month is a business day.
class FirstOfMonth final : public CalendarRules {
 public:
  const std::string& name() const override { return name_; }
  bool IsBusinessDay(Date day) const override { return day.day() == 1; }

 private:
  std::string name_ = "first-of-month";
};

TEST(BusinessCalendar, UserRulesAndJoinsWithThem) {
  const BusinessCalendar first(std::make_shared<FirstOfMonth>());
  EXPECT_EQ(first.Adjust(Date(2022, 4, 16), BusinessDayConvention::kFollowing), Date(2022, 5, 1));
  EXPECT_EQ(first.Advance(Date(2022, 4, 16), 2), Date(2022, 6, 1));
  // With Saturday/Sunday weekends: 1 May 2022 is a Sunday, 1 June a Wednesday.
  const BusinessCalendar both = BusinessCalendar::JoinHolidays("both", {first, Easter()});
  EXPECT_EQ(both.Adjust(Date(2022, 4, 16), BusinessDayConvention::kFollowing), Date(2022, 6, 1));
  // Either: the first of the month, or a working day of the Easter calendar.
  const BusinessCalendar either = BusinessCalendar::JoinBusinessDays("either", {first, Easter()});
  EXPECT_EQ(either.name(), "either");
  EXPECT_TRUE(either.IsBusinessDay(Date(2022, 5, 1)));    // Sunday, but the 1st
  EXPECT_FALSE(either.IsBusinessDay(Date(2022, 4, 30)));  // Saturday
  EXPECT_EQ(either.Adjust(Date(2022, 4, 30), BusinessDayConvention::kFollowing), Date(2022, 5, 1));
  EXPECT_EQ(either.Adjust(Date(2022, 4, 16), BusinessDayConvention::kFollowing), Date(2022, 4, 19));
}

// Geneva-like (Saturday/Sunday weekend; Good Friday and Easter Monday 2022)
// and Amman-like (Friday/Saturday weekend; 18 and 19 April 2022 off).
BusinessCalendar SatSun() {
  return BusinessCalendar::WeekendAndHolidays(
      "sat-sun", {Weekday::kSaturday, Weekday::kSunday}, {Date(2022, 4, 15), Date(2022, 4, 18)});
}
BusinessCalendar FriSat() {
  return BusinessCalendar::WeekendAndHolidays(
      "fri-sat", {Weekday::kFriday, Weekday::kSaturday}, {Date(2022, 4, 18), Date(2022, 4, 19)});
}

// The business days of `cal` from 14 to 24 April 2022, as "1" and "0".
std::string Week(const BusinessCalendar& cal) {
  std::string out;
  for (int day = 14; day <= 24; ++day) out += cal.IsBusinessDay(Date(2022, 4, day)) ? '1' : '0';
  return out;
}

TEST(BusinessCalendar, JoinHolidaysIsAHolidayInAnyMember) {
  //                                          Th Fr Sa Su Mo Tu We Th Fr Sa Su
  EXPECT_EQ(Week(SatSun()), "10000111100");  // 14 .. 24 April 2022
  EXPECT_EQ(Week(FriSat()), "10010011001");
  const BusinessCalendar both = BusinessCalendar::JoinHolidays("both", {SatSun(), FriSat()});
  EXPECT_EQ(Week(both), "10000011000");
  EXPECT_EQ(both.Adjust(Date(2022, 4, 15), BusinessDayConvention::kFollowing), Date(2022, 4, 20));
  EXPECT_EQ(both.Advance(Date(2022, 4, 14), 3), Date(2022, 4, 25));
}

TEST(BusinessCalendar, JoinBusinessDaysIsAHolidayInEveryMember) {
  const BusinessCalendar either =
      BusinessCalendar::JoinBusinessDays("either", {SatSun(), FriSat()});
  EXPECT_EQ(either.name(), "either");
  // Good Friday (a Friday) and Easter Monday are off in both; every Saturday
  // is; Sunday is a working day in Amman, Tuesday 19 April in Geneva.
  EXPECT_EQ(Week(either), "10010111101");
  EXPECT_EQ(either.Adjust(Date(2022, 4, 15), BusinessDayConvention::kFollowing), Date(2022, 4, 17));
  EXPECT_EQ(either.Adjust(Date(2022, 4, 18), BusinessDayConvention::kPreceding), Date(2022, 4, 17));
  EXPECT_EQ(either.BusinessDaysBetween(Date(2022, 4, 14), Date(2022, 4, 25)), 7);
}

TEST(BusinessCalendar, JoinsOfNothingHaveEveryDay) {
  EXPECT_EQ(Week(BusinessCalendar::JoinHolidays("none", {})), "11111111111");
  EXPECT_EQ(Week(BusinessCalendar::JoinBusinessDays("none", {})), "11111111111");
  EXPECT_EQ(BusinessCalendar::JoinBusinessDays("none", {}).name(), "none");
  EXPECT_EQ(Week(BusinessCalendar::JoinBusinessDays("one", {FriSat()})), Week(FriSat()));
}

TEST(BusinessCalendar, UnionIsTheDeprecatedNameOfJoinHolidays) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  const BusinessCalendar both = BusinessCalendar::Union("both", {SatSun(), FriSat()});
#pragma GCC diagnostic pop
  EXPECT_EQ(both.name(), "both");
  EXPECT_EQ(Week(both), "10000011000");
}

TEST(BusinessCalendar, IsEndOfMonthFromTheLastBusinessDay) {
  const BusinessCalendar cal = Easter();
  EXPECT_FALSE(cal.IsEndOfMonth(Date(2022, 4, 28)));
  EXPECT_TRUE(cal.IsEndOfMonth(Date(2022, 4, 29)));  // Friday, the last business day
  EXPECT_TRUE(cal.IsEndOfMonth(Date(2022, 4, 30)));  // Saturday after it
  EXPECT_TRUE(cal.IsEndOfMonth(Date(9999, 12, 31)));
}

using D = BusinessDayConvention;

Period Days(int n) { return Period(n, TimeUnit::kDays); }
Period Weeks(int n) { return Period(n, TimeUnit::kWeeks); }
Period Months(int n) { return Period(n, TimeUnit::kMonths); }
Period Years(int n) { return Period(n, TimeUnit::kYears); }

TEST(BusinessCalendarAdvance, DaysAreBusinessDays) {
  const BusinessCalendar cal = Easter();
  EXPECT_EQ(cal.Advance(Date(2022, 4, 14), Days(1)), Date(2022, 4, 19));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 14), Days(1), D::kPreceding), Date(2022, 4, 19));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 19), Days(-1)), Date(2022, 4, 14));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 11), Days(10)), Date(2022, 4, 27));
}

TEST(BusinessCalendarAdvance, WeeksAreCalendarWeeksThenAdjusted) {
  const BusinessCalendar cal = Easter();
  // Friday 8 April plus a week is Good Friday.
  EXPECT_EQ(cal.Advance(Date(2022, 4, 8), Weeks(1)), Date(2022, 4, 19));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 8), Weeks(1), D::kPreceding), Date(2022, 4, 14));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 8), Weeks(1), D::kUnadjusted), Date(2022, 4, 15));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 29), Weeks(-2)), Date(2022, 4, 19));
  // The end-of-month rule is for months and years only.
  EXPECT_EQ(cal.Advance(Date(2022, 4, 29), Weeks(1), D::kFollowing, true), Date(2022, 5, 6));
}

TEST(BusinessCalendarAdvance, MonthsClampToTheMonthEnd) {
  const BusinessCalendar cal = Easter();
  EXPECT_EQ(cal.Advance(Date(2022, 3, 15), Months(1)), Date(2022, 4, 19));
  EXPECT_EQ(cal.Advance(Date(2022, 3, 15), Months(1), D::kModifiedFollowing), Date(2022, 4, 19));
  EXPECT_EQ(cal.Advance(Date(2022, 3, 15), Months(1), D::kPreceding), Date(2022, 4, 14));
  EXPECT_EQ(cal.Advance(Date(2022, 1, 31), Months(1)), Date(2022, 2, 28));
  // 31 March plus a month is Saturday 30 April.
  EXPECT_EQ(cal.Advance(Date(2022, 3, 31), Months(1)), Date(2022, 5, 2));
  EXPECT_EQ(cal.Advance(Date(2022, 3, 31), Months(1), D::kModifiedFollowing), Date(2022, 4, 29));
  EXPECT_EQ(cal.Advance(Date(2022, 3, 31), Months(1), D::kUnadjusted), Date(2022, 4, 30));
  EXPECT_EQ(cal.Advance(Date(2022, 5, 31), Months(-1), D::kUnadjusted), Date(2022, 4, 30));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 16), Months(0), D::kPreceding), Date(2022, 4, 14));
}

TEST(BusinessCalendarAdvance, TwentyNinthOfFebruary) {
  const BusinessCalendar every_day;
  EXPECT_EQ(every_day.Advance(Date(2024, 1, 31), Months(1)), Date(2024, 2, 29));
  EXPECT_EQ(every_day.Advance(Date(2023, 1, 31), Months(1)), Date(2023, 2, 28));
  EXPECT_EQ(every_day.Advance(Date(2024, 2, 29), Years(1)), Date(2025, 2, 28));
  EXPECT_EQ(every_day.Advance(Date(2024, 2, 29), Years(4)), Date(2028, 2, 29));
  EXPECT_EQ(every_day.Advance(Date(2024, 2, 29), Months(-12)), Date(2023, 2, 28));
  // Without the end-of-month rule, 28 February stays the 28th.
  EXPECT_EQ(every_day.Advance(Date(2023, 2, 28), Years(1)), Date(2024, 2, 28));
  EXPECT_EQ(every_day.Advance(Date(2023, 2, 28), Years(1), D::kFollowing, true), Date(2024, 2, 29));
}

TEST(BusinessCalendarAdvance, EndOfMonthRule) {
  const BusinessCalendar cal = Easter();
  // Monday 28 February 2022 is the month's last business day.
  EXPECT_EQ(cal.Advance(Date(2022, 2, 28), Months(1)), Date(2022, 3, 28));
  EXPECT_EQ(cal.Advance(Date(2022, 2, 28), Months(1), D::kFollowing, true), Date(2022, 3, 31));
  // So is Friday 29 April (30 April is a Saturday): the end of May is
  // Tuesday 31 May, where plain arithmetic gives Sunday 29 May, then Monday.
  EXPECT_EQ(cal.Advance(Date(2022, 4, 29), Months(1), D::kFollowing, true), Date(2022, 5, 31));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 29), Months(1), D::kFollowing, false), Date(2022, 5, 30));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 30), Months(1), D::kFollowing, true), Date(2022, 5, 31));
  // Back: the last business day of April is Friday 29.
  EXPECT_EQ(cal.Advance(Date(2022, 5, 31), Months(-1), D::kFollowing, true), Date(2022, 4, 29));
  EXPECT_EQ(cal.Advance(Date(2022, 3, 31), Years(1), D::kFollowing, true), Date(2023, 3, 31));
  // Thursday 28 April is not at the end of the month: the rule does not apply.
  EXPECT_EQ(cal.Advance(Date(2022, 4, 28), Months(1), D::kFollowing, true), Date(2022, 5, 30));
  // Unadjusted: only from the month's last calendar day, to the last calendar day.
  EXPECT_EQ(cal.Advance(Date(2022, 4, 29), Months(1), D::kUnadjusted, true), Date(2022, 5, 29));
  EXPECT_EQ(cal.Advance(Date(2022, 4, 30), Months(1), D::kUnadjusted, true), Date(2022, 5, 31));
  EXPECT_EQ(cal.Advance(Date(2022, 2, 28), Months(1), D::kUnadjusted, true), Date(2022, 3, 31));
}

TEST(BusinessCalendarAdvance, SaturatesAtTheEndsOfTheRange) {
  const BusinessCalendar every_day;
  EXPECT_EQ(every_day.Advance(Date(9999, 12, 15), Months(1)), Date(9999, 12, 31));
  EXPECT_EQ(every_day.Advance(Date(9999, 12, 31), Weeks(1)), Date(9999, 12, 31));
  EXPECT_EQ(every_day.Advance(Date(1400, 1, 15), Years(-1)), Date(1400, 1, 1));
}

TEST(Period, AddPeriodIsCalendarArithmetic) {
  EXPECT_EQ(AddPeriod(Date(2024, 2, 28), Days(1)), Date(2024, 2, 29));
  EXPECT_EQ(AddPeriod(Date(2024, 1, 31), Weeks(2)), Date(2024, 2, 14));
  EXPECT_EQ(AddPeriod(Date(2024, 1, 31), Months(1)), Date(2024, 2, 29));
  EXPECT_EQ(AddPeriod(Date(2024, 3, 31), Months(-1)), Date(2024, 2, 29));
  EXPECT_EQ(AddPeriod(Date(2024, 3, 31), Months(-13)), Date(2023, 2, 28));
  EXPECT_EQ(AddPeriod(Date(2024, 2, 29), Years(1)), Date(2025, 2, 28));
  EXPECT_EQ(AddPeriod(Date(2024, 5, 15), Years(0)), Date(2024, 5, 15));
}

TEST(Period, AddPeriodOutsideTheRangeIsNullopt) {
  EXPECT_EQ(AddPeriod(Date(9999, 12, 31), Days(1)), std::nullopt);
  EXPECT_EQ(AddPeriod(Date(9999, 12, 1), Months(1)), std::nullopt);
  EXPECT_EQ(AddPeriod(Date(9999, 1, 1), Years(1)), std::nullopt);
  EXPECT_EQ(AddPeriod(Date(1400, 1, 1), Days(-1)), std::nullopt);
  EXPECT_EQ(AddPeriod(Date(1400, 1, 31), Months(-1)), std::nullopt);
  EXPECT_EQ(AddPeriod(Date(2000, 1, 1), Years(-2000)), std::nullopt);
  EXPECT_EQ(AddPeriod(Date(9999, 12, 25), Weeks(1)), std::nullopt);
  EXPECT_EQ(AddPeriod(Date(9999, 12, 24), Weeks(1)), Date(9999, 12, 31));
}

TEST(Period, Format) {
  EXPECT_EQ(FormatPeriod(Months(1)), "1 month");
  EXPECT_EQ(FormatPeriod(Weeks(2)), "2 weeks");
  EXPECT_EQ(FormatPeriod(Days(-1)), "-1 day");
  EXPECT_EQ(FormatPeriod(Years(0)), "0 years");
  EXPECT_EQ(ToString(TimeUnit::kMonths), "months");
}

}  // namespace
}  // namespace netgov::calendar
