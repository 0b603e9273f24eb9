// File: tests/on_demand/libm_on_demand_test.cpp
//
// The program's maths functions opened on demand (src/cli/libm_on_demand.cpp):
// this test is linked with that file, as the program is, so every call below
// goes through its definitions, which must give the C library's results.
// The inputs are volatile so that the compiler cannot compute the calls
// itself.

#include <dlfcn.h>

#include <cfenv>
#include <cmath>
#include <string>

#include "gtest/gtest.h"

namespace {

// The file (program or shared object) that defines the function at address.
std::string DefiningFile(const void* address) {
  Dl_info info{};
  if (dladdr(address, &info) == 0 || info.dli_fname == nullptr) return "";
  return info.dli_fname;
}

TEST(LibmOnDemand, DefinitionsAreTheProgramsOwn) {
  for (const void* function :
       {reinterpret_cast<const void*>(&::log2), reinterpret_cast<const void*>(&::lround),
        reinterpret_cast<const void*>(&::nan), reinterpret_cast<const void*>(&::frexp),
        reinterpret_cast<const void*>(&::fegetround)}) {
    EXPECT_EQ(DefiningFile(function), DefiningFile(reinterpret_cast<const void*>(&DefiningFile)));
  }
}

TEST(LibmOnDemand, OnlyInLibmGiveLibmsResults) {
  volatile double eight = 8.0;
  volatile double half = 2.5;
  volatile double below_half = 0.49999999999999994;
  EXPECT_EQ(std::log2(eight), 3.0);
  EXPECT_EQ(std::log2(eight * 128), 10.0);
  EXPECT_EQ(std::lround(half), 3);
  EXPECT_EQ(std::lround(-half), -3);
  EXPECT_EQ(std::lround(below_half), 0);
  volatile double minus_half = -2.5;
  EXPECT_EQ(std::ceil(minus_half), -2.0);
  EXPECT_EQ(std::floor(minus_half), -3.0);
  EXPECT_EQ(std::trunc(minus_half), -2.0);
  EXPECT_EQ(std::round(minus_half), -3.0);
  const char* volatile tag = "";
  EXPECT_TRUE(std::isnan(std::nan(tag)));
  EXPECT_TRUE(std::isnan(std::nanf(tag)));
}

TEST(LibmOnDemand, AlsoInLibcGiveTheSameResults) {
  volatile double eight = 8.0;
  int exponent = 0;
  EXPECT_EQ(std::frexp(eight, &exponent), 0.5);
  EXPECT_EQ(exponent, 4);
  volatile long double eight_long = 8.0L;
  EXPECT_EQ(std::frexp(eight_long, &exponent), 0.5L);
  EXPECT_EQ(exponent, 4);
  volatile double half = 0.5;
  EXPECT_EQ(std::ldexp(half, exponent), 8.0);
  EXPECT_EQ(std::ldexp(static_cast<float>(half), exponent), 8.0F);
  EXPECT_EQ(std::ldexp(static_cast<long double>(half), exponent), 8.0L);
  volatile double two_and_a_half = 2.5;
  double integral = 0;
  EXPECT_EQ(std::modf(two_and_a_half, &integral), 0.5);
  EXPECT_EQ(integral, 2.0);
}

TEST(LibmOnDemand, SetsAndGetsTheRoundingMode) {
  EXPECT_EQ(std::fegetround(), FE_TONEAREST);
  ASSERT_EQ(std::fesetround(FE_UPWARD), 0);
  EXPECT_EQ(std::fegetround(), FE_UPWARD);
  ASSERT_EQ(std::fesetround(FE_TONEAREST), 0);
  EXPECT_EQ(std::fegetround(), FE_TONEAREST);
}

}  // namespace
