// Term arithmetic: TermStart, TermStarts, TermIndexOf and TermInterval
// (netgov/model/rotation.hpp).
#include "netgov/model/rotation.hpp"

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace netgov {
namespace {

TEST(TermStart, DaysAndWeeksStepFromTheStartBothWays) {
  const TermSpec days{Date(2021, 1, 1), TermUnit::kDays, 10};
  EXPECT_EQ(TermStart(days, 0), Date(2021, 1, 1));
  EXPECT_EQ(TermStart(days, 3), Date(2021, 1, 31));
  EXPECT_EQ(TermStart(days, -1), Date(2020, 12, 22));
  const TermSpec weeks{Date(2021, 1, 4), TermUnit::kWeeks, 2};
  EXPECT_EQ(TermStart(weeks, 1), Date(2021, 1, 18));
  EXPECT_EQ(TermStart(weeks, -2), Date(2020, 12, 7));
}

TEST(TermStart, MonthEndAnchorsStayOnMonthEnds) {
  const TermSpec monthly{Date(2021, 1, 31), TermUnit::kMonths, 1};
  EXPECT_EQ(TermStart(monthly, 1), Date(2021, 2, 28));
  EXPECT_EQ(TermStart(monthly, 2), Date(2021, 3, 31));
  EXPECT_EQ(TermStart(monthly, 3), Date(2021, 4, 30));
  EXPECT_EQ(TermStart(monthly, 13), Date(2022, 2, 28));
  EXPECT_EQ(TermStart(monthly, 37), Date(2024, 2, 29));
  EXPECT_EQ(TermStart(monthly, -2), Date(2020, 11, 30));
}

TEST(TermStart, DayPastAShortMonthIsClamped) {
  const TermSpec monthly{Date(2021, 1, 30), TermUnit::kMonths, 1};
  EXPECT_EQ(TermStart(monthly, 1), Date(2021, 2, 28));
  EXPECT_EQ(TermStart(monthly, 2), Date(2021, 3, 30));
  const TermSpec leap{Date(2024, 2, 29), TermUnit::kYears, 1};
  EXPECT_EQ(TermStart(leap, 1), Date(2025, 2, 28));
  EXPECT_EQ(TermStart(leap, 4), Date(2028, 2, 29));
}

TEST(TermStart, OutsideTheSupportedYearsIsNullopt) {
  const TermSpec yearly{Date(2021, 1, 1), TermUnit::kYears, 1};
  EXPECT_EQ(TermStart(yearly, 7978), Date(9999, 1, 1));
  EXPECT_EQ(TermStart(yearly, 7979), std::nullopt);
  EXPECT_EQ(TermStart(yearly, -621), Date(1400, 1, 1));
  EXPECT_EQ(TermStart(yearly, -622), std::nullopt);
  EXPECT_EQ(TermStart(yearly, 1'000'000'000'000'000LL), std::nullopt);
  const TermSpec daily{Date(2021, 1, 1), TermUnit::kDays, 1};
  EXPECT_EQ(TermStart(daily, -1'000'000'000LL), std::nullopt);
  EXPECT_EQ(TermStart(daily, std::numeric_limits<long long>::min()), std::nullopt);
  // Huge terms and indexes stay clear of overflow.
  const TermSpec long_weeks{Date(2021, 1, 1), TermUnit::kWeeks, 2'000'000'000};
  EXPECT_EQ(TermStart(long_weeks, 0), Date(2021, 1, 1));
  EXPECT_EQ(TermStart(long_weeks, 5'000'000'000LL), std::nullopt);
  EXPECT_EQ(TermInterval(long_weeks, 0), (Interval{Date(2021, 1, 1), std::nullopt}));
  const TermSpec long_years{Date(2021, 1, 1), TermUnit::kYears, 2'000'000'000};
  EXPECT_EQ(TermStart(long_years, -3), std::nullopt);
  EXPECT_EQ(TermIndexOf(long_years, Date(9999, 12, 31)), 0);
}

// Walking terms one by one gives what TermStart() computes from the anchor,
// whatever the anchor's day, the unit and the step, across month ends, leap
// years and both ends of the supported dates.
TEST(TermStarts, AdvanceAgreesWithTermStart) {
  std::vector<TermSpec> specs;
  for (const Date anchor : {Date(2021, 1, 1), Date(2021, 1, 28), Date(2020, 1, 29),
                            Date(2021, 1, 30), Date(2021, 1, 31), Date(2021, 2, 28),
                            Date(2024, 2, 29), Date(2021, 4, 30), Date(2021, 12, 31)}) {
    for (const int count : {1, 2, 3, 5, 6, 12, 13, 25}) {
      specs.push_back({anchor, TermUnit::kMonths, count});
    }
    for (const int count : {1, 2, 7}) specs.push_back({anchor, TermUnit::kYears, count});
    for (const int count : {1, 3}) specs.push_back({anchor, TermUnit::kWeeks, count});
    for (const int count : {1, 30, 365}) specs.push_back({anchor, TermUnit::kDays, count});
  }
  int compared = 0;
  for (const TermSpec& spec : specs) {
    const std::string what = FormatDate(spec.start) + " every " + std::to_string(spec.count) +
                             " " + std::string(ToString(spec.unit));
    // From a term near the start of the supported dates (or before them)
    // to one near their end, with a stride that keeps the test quick.
    const long long first = TermIndexOf(spec, Date(1400, 1, 1)) - 3;
    const long long last = TermIndexOf(spec, Date(9999, 12, 31)) + 3;
    for (const long long from : {first, first + 1, -2LL, 0LL, last - 40}) {
      TermStarts starts(spec, from);
      for (long long k = from; k <= std::min(from + 2000, last); ++k, starts.Advance()) {
        ASSERT_EQ(starts.index(), k) << what;
        ASSERT_EQ(starts.start(), TermStart(spec, k)) << what << ", term " << k;
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 100'000);
}

TEST(TermIndexOf, FindsTheTermContainingADay) {
  const TermSpec monthly{Date(2021, 1, 31), TermUnit::kMonths, 1};
  EXPECT_EQ(TermIndexOf(monthly, Date(2021, 1, 31)), 0);
  EXPECT_EQ(TermIndexOf(monthly, Date(2021, 2, 27)), 0);
  EXPECT_EQ(TermIndexOf(monthly, Date(2021, 2, 28)), 1);
  EXPECT_EQ(TermIndexOf(monthly, Date(2021, 1, 30)), -1);
  const TermSpec half{Date(2024, 1, 1), TermUnit::kMonths, 6};
  EXPECT_EQ(TermIndexOf(half, Date(2025, 7, 1)), 3);
  EXPECT_EQ(TermIndexOf(half, Date(2023, 12, 31)), -1);
  const TermSpec days{Date(2021, 1, 1), TermUnit::kDays, 3};
  EXPECT_EQ(TermIndexOf(days, Date(2020, 12, 29)), -1);
  EXPECT_EQ(TermIndexOf(days, Date(2020, 12, 28)), -2);
}

TEST(TermInterval, EndsTheDayBeforeTheNextStarts) {
  const TermSpec monthly{Date(2021, 1, 31), TermUnit::kMonths, 1};
  EXPECT_EQ(TermInterval(monthly, 1), (Interval{Date(2021, 2, 28), Date(2021, 3, 30)}));
  const TermSpec yearly{Date(2021, 1, 1), TermUnit::kYears, 1};
  EXPECT_EQ(TermInterval(yearly, 0), (Interval{Date(2021, 1, 1), Date(2021, 12, 31)}));
}

TEST(TermInterval, AtTheEndOfTheSupportedDates) {
  // The next term would start on 10000-01-01: this one ends on 9999-12-31.
  const TermSpec yearly{Date(2021, 1, 1), TermUnit::kYears, 1};
  EXPECT_EQ(TermInterval(yearly, 7978), (Interval{Date(9999, 1, 1), Date(9999, 12, 31)}));
  EXPECT_EQ(TermInterval(yearly, 7979), std::nullopt);
  const TermSpec weekly{Date(9999, 12, 25), TermUnit::kDays, 7};
  EXPECT_EQ(TermInterval(weekly, 0), (Interval{Date(9999, 12, 25), Date(9999, 12, 31)}));
  // A term that would end in the year 10000 has an open end.
  const TermSpec monthly{Date(2021, 1, 15), TermUnit::kMonths, 1};
  EXPECT_EQ(TermInterval(monthly, TermIndexOf(monthly, Date(9999, 12, 20))),
            (Interval{Date(9999, 12, 15), std::nullopt}));
}

}  // namespace
}  // namespace netgov
