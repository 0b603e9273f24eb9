// IsValidYmd(): the supported range's edges, month and day bounds, and the
// Gregorian leap years, each on both sides.
#include "gtest/gtest.h"
#include "netgov/core/date.hpp"

namespace netgov {
namespace {

TEST(IsValidYmd, SupportedYearsOnly) {
  EXPECT_TRUE(IsValidYmd(1400, 1, 1));     // kMinYear
  EXPECT_FALSE(IsValidYmd(1399, 12, 31));  // the day before it
  EXPECT_TRUE(IsValidYmd(9999, 12, 31));   // kMaxYear
  EXPECT_FALSE(IsValidYmd(10000, 1, 1));   // the day after it
}

TEST(IsValidYmd, MonthAndDayBounds) {
  EXPECT_FALSE(IsValidYmd(2022, 0, 1));
  EXPECT_FALSE(IsValidYmd(2022, 13, 1));
  EXPECT_FALSE(IsValidYmd(2022, 1, 0));
  EXPECT_TRUE(IsValidYmd(2022, 1, 31));
  EXPECT_FALSE(IsValidYmd(2022, 4, 31));  // April has 30 days
  EXPECT_TRUE(IsValidYmd(2022, 12, 31));
}

TEST(IsValidYmd, GregorianLeapYears) {
  EXPECT_FALSE(IsValidYmd(2022, 2, 29));  // not divisible by 4
  EXPECT_TRUE(IsValidYmd(2024, 2, 29));   // divisible by 4
  EXPECT_FALSE(IsValidYmd(1900, 2, 29));  // by 100, not by 400
  EXPECT_TRUE(IsValidYmd(2000, 2, 29));   // by 400
}

}  // namespace
}  // namespace netgov
