// Property tests: RapidCheck properties run as GoogleTest tests, seeded and
// reproducible (docs/reliability.md, "Property tests").
//
// `NETGOV_PROPERTY(Suite, Name, cases, (args))` defines a GoogleTest test
// that checks the property body over `cases` generated cases, with a fixed
// seed, so every run (and CI) checks the same cases. The environment
// chooses otherwise:
//   NETGOV_PROPERTY_SEED=N      another seed (`random`: a new one each run);
//   NETGOV_PROPERTY_CASES=N     N cases per property instead of `cases`;
//   RC_PARAMS="..."             RapidCheck's own configuration, whole.
// A failure prints the shrunk counterexample, the seed and the command that
// reproduces it:
//   NETGOV_PROPERTY_SEED=7 build/debug/tests/netgov_property_tests
//       --gtest_filter=RotationProperty.TermsTileTime
//
//   NETGOV_PROPERTY(CalendarProperty, AdjustGivesABusinessDay, 1000, ()) {
//     const int n = *rc::gen::inRange(0, 10);
//     RC_ASSERT(n < 10);
//   }

#ifndef NETGOV_TESTS_PROPERTY_PROPERTY_HPP_
#define NETGOV_TESTS_PROPERTY_PROPERTY_HPP_

#include <cstdint>
#include <cstdlib>
#include <random>
#include <sstream>
#include <string>
#include <utility>

#include "gtest/gtest.h"
#include "rapidcheck.h"

namespace netgov::testing {

// kPropertySeed
//
// The seed of every property unless the environment says otherwise.
inline constexpr std::uint64_t kPropertySeed = 20211206;

// PropertyParams()
//
// The RapidCheck parameters of a property of `cases` cases, as the
// environment sets them (see the file comment).
inline rc::detail::TestParams PropertyParams(int cases) {
  // RapidCheck reads RC_PARAMS once, on first use; without it, its seed is
  // random, which we replace by ours.
  rc::detail::TestParams params = rc::detail::configuration().testParams;
  if (std::getenv("RC_PARAMS") != nullptr) return params;
  params.maxSuccess = cases;
  params.seed = kPropertySeed;
  if (const char* seed = std::getenv("NETGOV_PROPERTY_SEED"); seed != nullptr) {
    if (std::string(seed) == "random") {
      params.seed = (std::uint64_t{std::random_device{}()} << 32) ^ std::random_device{}();
    } else {
      params.seed = std::strtoull(seed, nullptr, 10);
    }
  }
  if (const char* n = std::getenv("NETGOV_PROPERTY_CASES"); n != nullptr) {
    params.maxSuccess = std::atoi(n);
  }
  return params;
}

// CheckProperty()
//
// Checks `property` as the current GoogleTest test; on failure the test
// fails with RapidCheck's report, the seed and how to re-run it.
template <typename Property>
void CheckProperty(Property&& property, int cases) {
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const std::string name = std::string(info->test_suite_name()) + "." + info->name();
  rc::detail::TestMetadata metadata;
  metadata.id = name;
  metadata.description = name;
  const rc::detail::TestParams params = PropertyParams(cases);
  const rc::detail::TestResult result =
      rc::detail::checkTestable(std::forward<Property>(property), metadata, params);
  if (result.template is<rc::detail::SuccessResult>()) return;
  std::ostringstream report;
  rc::detail::printResultMessage(result, report);
  const std::string program = ::testing::internal::GetArgvs().empty()
                                  ? std::string("netgov_property_tests")
                                  : ::testing::internal::GetArgvs().front();
  FAIL() << report.str() << "\nseed " << params.seed << ", " << params.maxSuccess
         << " cases; reproduce with:\n  NETGOV_PROPERTY_SEED=" << params.seed
         << " NETGOV_PROPERTY_CASES=" << params.maxSuccess << " " << program
         << " --gtest_filter=" << name << "\n";
}

}  // namespace netgov::testing

// NETGOV_PROPERTY()
//
// A property test: `Suite.Name`, `cases` cases, arguments `ArgList` (a
// parenthesised parameter list, usually `()`: values are drawn in the body
// with `*rc::gen::...`).
#define NETGOV_PROPERTY(Suite, Name, cases, ArgList)                             \
  void NetgovProperty_##Suite##_##Name ArgList;                                 \
  TEST(Suite, Name) {                                                           \
    ::netgov::testing::CheckProperty(&NetgovProperty_##Suite##_##Name, (cases)); \
  }                                                                             \
  void NetgovProperty_##Suite##_##Name ArgList

#endif  // NETGOV_TESTS_PROPERTY_PROPERTY_HPP_
