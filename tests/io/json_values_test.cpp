// Loading a netgov/1 file: the typed reads' messages that json_test.cpp does
// not reach (an empty string, a boolean of the wrong type, an integer outside
// a closed range) and a meeting participant who is neither a person nor an
// entity.
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/core/strings.hpp"
#include "netgov/io/json.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov::io {
namespace {

::testing::Matcher<absl::StatusOr<Network>> FailsWith(const std::string& message) {
  return netgov::testing::StatusIs(absl::StatusCode::kInvalidArgument, message);
}

// A file with two entities and `rest` (top-level members).
absl::StatusOr<Network> LoadWith(std::string_view rest) {
  return LoadNetwork(absl::StrCat(R"({"format": "netgov/1", "network": {"id": "n"},
                                      "entities": [{"id": "a"}, {"id": "b"}], )",
                                  ToAbsl(rest), "}"),
                     "t.json");
}

TEST(JsonValues, AnEmptyStringIsNotAName) {
  EXPECT_THAT(LoadWith(R"("people": [{"id": "p", "name": ""}])"),
              FailsWith("t.json: /people/0/name: expected a non-empty string, got \"\""));
}

TEST(JsonValues, AFlagIsTrueOrFalse) {
  EXPECT_THAT(LoadWith(R"("pillars": [{"id": "x", "roles": [{"entity": "a", "role": "lead",
                                                              "provisional": "yes"}]}])"),
              FailsWith("t.json: /pillars/0/roles/0/provisional: expected true or false, "
                        "got string"));
}

TEST(JsonValues, AnIntegerInAClosedRange) {
  const auto nth = [](std::string_view value) {
    return LoadWith(absl::StrCat(R"("deadlines": [{"id": "d", "date": "2022-01-01",
        "recurrence": {"freq": "monthly", "day_rule": "nth-weekday", "weekday": "monday",
                       "nth": )", ToAbsl(value), "}}]"));
  };
  EXPECT_THAT(nth("7"), FailsWith("t.json: /deadlines/0/recurrence/nth: expected an integer "
                                  "from -1 to 5, got 7"));
  EXPECT_THAT(nth("-2"), FailsWith("t.json: /deadlines/0/recurrence/nth: expected an integer "
                                   "from -1 to 5, got -2"));
  EXPECT_THAT(nth("\"last\""), FailsWith("t.json: /deadlines/0/recurrence/nth: expected an "
                                         "integer from -1 to 5, got string"));
  // Both ends of the range load: -1 (the last) and 5 (the fifth, or the last
  // when the month has four).
  for (const char* edge : {"-1", "5"}) {
    absl::StatusOr<Network> net = nth(edge);
    ASSERT_TRUE(net.ok()) << net.status();
    EXPECT_EQ(net->deadlines()[0].recurrence->nth, std::stoi(edge));
  }
}

TEST(JsonValues, AParticipantIsAPersonOrAnEntity) {
  EXPECT_THAT(LoadWith(R"("meetings": [{"id": "m", "title": "M", "start": "2021-12-06T10:00",
                                        "time_zone": "UTC", "participants": ["a", "c"]}])"),
              FailsWith("t.json: /meetings/0/participants/1: unknown person or entity 'c'; "
                        "did you mean 'a'?"));
}

}  // namespace
}  // namespace netgov::io
