// GoogleMock matchers for absl::Status and absl::StatusOr<T>, so that tests
// assert the code and the exact message of an error, not just `!ok()`.
//
//   EXPECT_THAT(ParseDate("2021-02-30"),
//               StatusIs(absl::StatusCode::kInvalidArgument,
//                        "'2021-02-30' does not exist: February 2021 has 28 days"));
//   EXPECT_THAT(LoadNetwork(text), StatusIs(absl::StatusCode::kInvalidArgument,
//                                           HasSubstr("/pillars/0")));
//   EXPECT_THAT(ParseDate("2021-12-06"), IsOkAndHolds(Date(2021, 12, 6)));
#ifndef NETGOV_TESTS_TESTING_STATUS_MATCHERS_HPP_
#define NETGOV_TESTS_TESTING_STATUS_MATCHERS_HPP_

#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"

namespace netgov::testing {

inline const absl::Status& GetStatus(const absl::Status& s) { return s; }
template <typename T>
const absl::Status& GetStatus(const absl::StatusOr<T>& s) {
  return s.status();
}

// StatusIs(code, message_matcher)
//
// Matches a Status or StatusOr whose code is `code` and whose message (as a
// std::string) matches `message` (a string for equality, or a matcher).
MATCHER_P2(StatusIs, code, message,
           absl::StrCat("has code ", absl::StatusCodeToString(code),
                        " and a message that ",
                        ::testing::DescribeMatcher<std::string>(message,
                                                                negation))) {
  const absl::Status& status = GetStatus(arg);
  *result_listener << "whose status is " << status;
  return status.code() == code &&
         ::testing::Matches(::testing::MatcherCast<std::string>(message))(
             std::string(status.message()));
}

// IsOk()
MATCHER(IsOk, "is OK") {
  const absl::Status& status = GetStatus(arg);
  *result_listener << "whose status is " << status;
  return status.ok();
}

// IsOkAndHolds(value_matcher)
MATCHER_P(IsOkAndHolds, value, "is OK and holds a matching value") {
  if (!arg.ok()) {
    *result_listener << "whose status is " << arg.status();
    return false;
  }
  return ::testing::ExplainMatchResult(value, *arg, result_listener);
}

}  // namespace netgov::testing

#endif  // NETGOV_TESTS_TESTING_STATUS_MATCHERS_HPP_
