#include "netgov/core/date.hpp"

#include <type_traits>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.hpp"

namespace netgov {
namespace {

using ::netgov::testing::IsOkAndHolds;
using ::netgov::testing::StatusIs;
using ::testing::HasSubstr;

static_assert(std::is_nothrow_move_constructible_v<Interval>);
static_assert(std::is_trivially_copyable_v<Date>);

TEST(ParseDate, AcceptsIsoDates) {
  EXPECT_THAT(ParseDate("2021-12-06"), IsOkAndHolds(Date(2021, 12, 6)));
  EXPECT_EQ(*ParseDate("2024-02-29"), Date(2024, 2, 29));
  EXPECT_EQ(*ParseDate("1400-01-01"), Date(1400, 1, 1));
  EXPECT_EQ(*ParseDate("9999-12-31"), Date(9999, 12, 31));
}

TEST(ParseDate, RejectsImpossibleDays) {
  EXPECT_THAT(ParseDate("2021-02-30"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "'2021-02-30' does not exist: February 2021 has 28 days"));
  EXPECT_EQ(ParseDate("2023-02-29").status().message(),
            "'2023-02-29' does not exist: February 2023 has 28 days");
  EXPECT_EQ(ParseDate("2021-04-31").status().message(),
            "'2021-04-31' does not exist: April 2021 has 30 days");
  EXPECT_EQ(ParseDate("2021-13-01").status().message(),
            "'2021-13-01': month 13 does not exist");
  EXPECT_EQ(ParseDate("2021-00-10").status().message(),
            "'2021-00-10': month 0 does not exist");
}

TEST(ParseDate, RejectsMalformedText) {
  for (const char* text : {"", "2021-1-06", "2021/12/06", "06-12-2021",
                           "2021-12-06T00:00", " 2021-12-06", "abcd-ef-gh",
                           "+021-12-06", "2021-12-0\xff", "2021-12/06", "2021-1a-06"}) {
    EXPECT_THAT(ParseDate(text),
                StatusIs(absl::StatusCode::kInvalidArgument,
                         HasSubstr("is not a date; expected YYYY-MM-DD, e.g. 2021-12-06")))
        << text;
  }
}

TEST(ParseDate, RejectsYearsOutsideBoostRange) {
  EXPECT_EQ(ParseDate("1399-12-31").status().message(),
            "'1399-12-31': year 1399 is outside 1400..9999");
  EXPECT_EQ(ParseDate("0000-01-01").status().message(),
            "'0000-01-01': year 0 is outside 1400..9999");
}

TEST(FormatDate, IsIso) {
  EXPECT_EQ(FormatDate(Date(2021, 1, 1)), "2021-01-01");
  EXPECT_EQ(FormatDate(Date()), "invalid-date");  // not_a_date_time
  EXPECT_EQ(FormatDate(Date(9999, 12, 31)), "9999-12-31");
}

TEST(Interval, ContainsIsInclusiveAndOpenEndsAreOpen) {
  const Interval y2021{Date(2021, 1, 1), Date(2021, 12, 31)};
  EXPECT_TRUE(y2021.Contains(Date(2021, 1, 1)));
  EXPECT_TRUE(y2021.Contains(Date(2021, 12, 31)));
  EXPECT_FALSE(y2021.Contains(Date(2022, 1, 1)));
  EXPECT_FALSE(y2021.Contains(Date(2020, 12, 31)));
  const Interval from2022{Date(2022, 1, 1), std::nullopt};
  EXPECT_TRUE(from2022.Contains(Date(9999, 12, 31)));
  EXPECT_FALSE(from2022.Contains(Date(2021, 12, 31)));
  EXPECT_TRUE(Interval{}.Contains(Date(1400, 1, 1)));
  EXPECT_TRUE(Interval{}.IsAlways());
}

TEST(Interval, OkCoversOverlaps) {
  EXPECT_FALSE((Interval{Date(2022, 1, 1), Date(2021, 12, 31)}.ok()));
  EXPECT_TRUE((Interval{Date(2022, 1, 1), Date(2022, 1, 1)}.ok()));
  const Interval always;
  const Interval y2021{Date(2021, 1, 1), Date(2021, 12, 31)};
  const Interval y2022{Date(2022, 1, 1), Date(2022, 12, 31)};
  EXPECT_TRUE(always.Covers(y2021));
  EXPECT_FALSE(y2021.Covers(always));
  EXPECT_FALSE(y2021.Overlaps(y2022));
  EXPECT_TRUE(y2021.Overlaps(Interval{Date(2021, 12, 31), std::nullopt}));
  EXPECT_TRUE(always.Overlaps(y2022));
}

TEST(FormatInterval, ShowsOpenSidesEmpty) {
  EXPECT_EQ(FormatInterval({Date(2021, 1, 1), Date(2021, 12, 31)}),
            "2021-01-01..2021-12-31");
  EXPECT_EQ(FormatInterval({std::nullopt, Date(2021, 12, 31)}), "..2021-12-31");
  EXPECT_EQ(FormatInterval({}), "always");
}

}  // namespace
}  // namespace netgov
