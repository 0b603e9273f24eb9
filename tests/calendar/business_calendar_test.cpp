#include "netgov/calendar/business_calendar.hpp"

#include <memory>
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
  EXPECT_EQ(every_day.Adjust(Date(2022, 4, 16), Convention::kFollowing), Date(2022, 4, 16));
  EXPECT_EQ(every_day.Advance(Date(2022, 4, 16), 3), Date(2022, 4, 19));
}

TEST(BusinessCalendar, ConventionsOnAHolidayRun) {
  const BusinessCalendar cal = Easter();
  const Date saturday(2022, 4, 16);
  EXPECT_EQ(cal.Adjust(saturday, Convention::kFollowing), Date(2022, 4, 19));
  EXPECT_EQ(cal.Adjust(saturday, Convention::kModifiedFollowing), Date(2022, 4, 19));
  EXPECT_EQ(cal.Adjust(saturday, Convention::kPreceding), Date(2022, 4, 14));
  EXPECT_EQ(cal.Adjust(saturday, Convention::kModifiedPreceding), Date(2022, 4, 14));
  EXPECT_EQ(cal.Adjust(saturday, Convention::kUnadjusted), saturday);
  EXPECT_EQ(cal.Adjust(Date(2022, 4, 18), Convention::kPreceding), Date(2022, 4, 14));
}

TEST(BusinessCalendar, BusinessDaysStay) {
  const BusinessCalendar cal = Easter();
  for (Convention c : {Convention::kFollowing, Convention::kModifiedFollowing,
                       Convention::kPreceding, Convention::kModifiedPreceding,
                       Convention::kUnadjusted}) {
    EXPECT_EQ(cal.Adjust(Date(2022, 4, 14), c), Date(2022, 4, 14)) << ToString(c);
  }
}

TEST(BusinessCalendar, ModifiedConventionsStayInTheMonth) {
  const BusinessCalendar cal = Easter();
  // Saturday 30 April 2022: the next business day is Monday 2 May.
  EXPECT_EQ(cal.Adjust(Date(2022, 4, 30), Convention::kFollowing), Date(2022, 5, 2));
  EXPECT_EQ(cal.Adjust(Date(2022, 4, 30), Convention::kModifiedFollowing), Date(2022, 4, 29));
  // Sunday 1 May 2022: the previous business day is Friday 29 April.
  EXPECT_EQ(cal.Adjust(Date(2022, 5, 1), Convention::kPreceding), Date(2022, 4, 29));
  EXPECT_EQ(cal.Adjust(Date(2022, 5, 1), Convention::kModifiedPreceding), Date(2022, 5, 2));
  // Saturday 31 December 2022 into the next year.
  EXPECT_EQ(cal.Adjust(Date(2022, 12, 31), Convention::kFollowing), Date(2023, 1, 2));
  EXPECT_EQ(cal.Adjust(Date(2022, 12, 31), Convention::kModifiedFollowing), Date(2022, 12, 30));
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

TEST(BusinessCalendar, UnionNeedsABusinessDayInEveryMember) {
  const BusinessCalendar ny = BusinessCalendar::WeekendAndHolidays(
      "ny", {Weekday::kSaturday, Weekday::kSunday}, {Date(2021, 12, 24)});
  const BusinessCalendar geneva = BusinessCalendar::WeekendAndHolidays(
      "geneva", {Weekday::kSaturday, Weekday::kSunday}, {Date(2021, 12, 31)});
  const BusinessCalendar both = BusinessCalendar::Union("ny-geneva", {ny, geneva});
  EXPECT_EQ(both.name(), "ny-geneva");
  EXPECT_FALSE(both.IsBusinessDay(Date(2021, 12, 24)));
  EXPECT_FALSE(both.IsBusinessDay(Date(2021, 12, 31)));
  EXPECT_TRUE(geneva.IsBusinessDay(Date(2021, 12, 24)));
  EXPECT_EQ(both.Advance(Date(2021, 12, 23), 1), Date(2021, 12, 27));
  EXPECT_EQ(both.Adjust(Date(2021, 12, 31), Convention::kModifiedFollowing),
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

TEST(BusinessCalendar, UserRulesAndUnionsWithThem) {
  const BusinessCalendar first(std::make_shared<FirstOfMonth>());
  EXPECT_EQ(first.Adjust(Date(2022, 4, 16), Convention::kFollowing), Date(2022, 5, 1));
  EXPECT_EQ(first.Advance(Date(2022, 4, 16), 2), Date(2022, 6, 1));
  // With Saturday/Sunday weekends: 1 May 2022 is a Sunday, 1 June a Wednesday.
  const BusinessCalendar both = BusinessCalendar::Union("both", {first, Easter()});
  EXPECT_EQ(both.Adjust(Date(2022, 4, 16), Convention::kFollowing), Date(2022, 6, 1));
}

}  // namespace
}  // namespace netgov::calendar
