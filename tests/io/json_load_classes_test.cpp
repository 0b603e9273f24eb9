// Classes of bad network files that no other test loads, each refused with
// its exact message (the pointer of the offending value, what is wrong).
#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/json.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov::io {
namespace {

using ::netgov::testing::StatusIs;

constexpr auto kBad = absl::StatusCode::kInvalidArgument;

// A network file with `network` as its network object and `body` after it.
absl::Status Load(const std::string& network, const std::string& body) {
  return LoadNetwork(absl::StrCat(R"({"format": "netgov/1", "network": )", network,
                                  R"(, "entities": [{"id": "a", "name": "A"},
                                                    {"id": "b", "name": "B"}], )",
                                  body, "}"),
                     "t.json")
      .status();
}

const std::string kNetwork = R"({"id": "n", "name": "N", "time_zone": "UTC"})";
const std::string kNoZone = R"({"id": "n", "name": "N"})";

TEST(LoadClasses, EmptyFixedSequence) {
  EXPECT_THAT(Load(kNetwork, R"("rotations": [{"id": "chair",
                  "term": {"start": "2021-01-01", "years": 1},
                  "order": {"rule": "fixed", "sequence": []}}])"),
              StatusIs(kBad, "t.json: /rotations/0/order/sequence: rotation 'chair': a fixed "
                             "order needs a non-empty sequence"));
}

TEST(LoadClasses, RecurrenceUntilBeforeItsFirstDate) {
  EXPECT_THAT(Load(kNetwork, R"("deadlines": [{"id": "d", "date": "2022-01-31",
                  "recurrence": {"freq": "monthly", "until": "2022-01-30"}}])"),
              StatusIs(kBad, "t.json: /deadlines/0/recurrence/until: until 2022-01-30 is "
                             "before the first date 2022-01-31"));
  // Until on the first date itself is one occurrence, and loads.
  EXPECT_TRUE(Load(kNetwork, R"("deadlines": [{"id": "d", "date": "2022-01-31",
                  "recurrence": {"freq": "monthly", "until": "2022-01-31"}}])")
                  .ok());
}

TEST(LoadClasses, MeetingWithoutAZoneInANetworkWithoutOne) {
  const std::string meeting = R"("meetings": [{"id": "m", "start": "2022-03-14T09:00"}])";
  EXPECT_THAT(Load(kNoZone, meeting),
              StatusIs(kBad, "t.json: /meetings/0/time_zone: meeting 'm' needs a time_zone: "
                             "the network has none to lend it"));
  // The network's zone is lent to a meeting without one.
  EXPECT_TRUE(Load(kNetwork, meeting).ok());
}

TEST(LoadClasses, TwoPositionsOfOneEntityOnACommitment) {
  EXPECT_THAT(Load(kNetwork, R"("commitments": [{"id": "c1", "text": "T",
                  "positions": [{"entity": "a", "stance": "endorses"},
                                {"entity": "b", "stance": "endorses"},
                                {"entity": "a", "stance": "considering"}]}])"),
              StatusIs(kBad, "t.json: /commitments/0/positions/2/entity: entity 'a' already "
                             "has a position at /commitments/0/positions/0"));
}

TEST(LoadClasses, UnionOfCalendarsWhoseWeekendsCoverEveryDay) {
  // Each member works some days, but no day is a working day in both.
  EXPECT_THAT(Load(kNetwork, R"("calendars": [
                  {"id": "early", "weekend": ["monday", "tuesday", "wednesday"]},
                  {"id": "late", "weekend": ["thursday", "friday", "saturday", "sunday"]},
                  {"id": "both", "union": ["early", "late"]}])"),
              StatusIs(kBad, "t.json: /calendars/2/union: calendar 'both' has no working day: "
                             "every day of the week is a weekend day of one of its members"));
  // Through a union of a union too.
  EXPECT_THAT(Load(kNetwork, R"("calendars": [
                  {"id": "early", "weekend": ["monday", "tuesday", "wednesday"]},
                  {"id": "late", "weekend": ["thursday", "friday", "saturday", "sunday"]},
                  {"id": "inner", "union": ["late"]},
                  {"id": "outer", "union": ["early", "inner"]}])"),
              StatusIs(kBad, "t.json: /calendars/3/union: calendar 'outer' has no working day: "
                             "every day of the week is a weekend day of one of its members"));
}

// The files the JSON Schema is shown to reject (tests/schema_invalid.cmake)
// are refused by the loader too, each for the first of its problems.
TEST(LoadClasses, FilesTheSchemaRejectsTheLoaderRejectsToo) {
  auto load = [](const std::string& name) {
    std::ifstream in(absl::StrCat(NETGOV_SOURCE_DIR, "/tests/schema_invalid/", name));
    std::ostringstream text;
    text << in.rdbuf();
    return LoadNetwork(text.str(), name).status();
  };
  EXPECT_THAT(load("bad-date.netgov.json"),
              StatusIs(kBad, "bad-date.netgov.json: /deadlines/0/date: '2022-1-31' is not a "
                             "date; expected YYYY-MM-DD, e.g. 2021-12-06"));
  EXPECT_THAT(load("bad-enum.netgov.json"),
              StatusIs(kBad, "bad-enum.netgov.json: /rotations/0/order/rule: unknown order rule "
                             "'fixd'; expected fixed, alphabetical or open-call"));
  EXPECT_THAT(load("missing-id.netgov.json"),
              StatusIs(kBad, "missing-id.netgov.json: /entities/0: missing required key 'id'"));
  EXPECT_THAT(load("negative-reminder.netgov.json"),
              StatusIs(kBad, "negative-reminder.netgov.json: /rotations/0/term/years: expected "
                             "an integer of at least 1, got 0"));
  EXPECT_THAT(load("unknown-key.netgov.json"),
              StatusIs(kBad, "unknown-key.netgov.json: /entities/0/acronm: unknown key "
                             "'acronm'; did you mean 'acronym'?"));
  EXPECT_THAT(load("wrong-format.netgov.json"),
              StatusIs(kBad, "wrong-format.netgov.json: /format: unsupported format "
                             "'netgov/2'; expected \"netgov/1\""));
  EXPECT_THAT(load("wrong-types.netgov.json"),
              StatusIs(kBad, "wrong-types.netgov.json: /network/name: expected a string, got "
                             "number"));
}

}  // namespace
}  // namespace netgov::io
