// Loading a netgov/1 network file: what the loader reads into the model, and
// the exact message for every kind of mistake in a well-formed JSON file
// (types, keys, enumerations, dates, times, "exactly one of" rules), plus the
// NetworkBuilder's messages, which come back prefixed with the file name.
// Syntax and robustness: json_syntax_test.cpp. Writing: json_write_test.cpp.
#include "netgov/io/json.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/core/strings.hpp"
#include "tests/testing/status_matchers.hpp"
#include "netgov/io/default_network.hpp"

namespace netgov::io {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

::testing::Matcher<absl::StatusOr<Network>> FailsWith(const std::string& message) {
  return netgov::testing::StatusIs(absl::StatusCode::kInvalidArgument, message);
}

// A file with the two required keys and `rest` (top-level members).
std::string Doc(std::string_view rest = "") {
  return absl::StrCat(R"({"format": "netgov/1", "network": {"id": "n", "time_zone": "UTC"})",
                      rest.empty() ? "" : ", ", ToAbsl(rest), "}");
}

constexpr std::string_view kTwoEntities =
    R"("entities": [{"id": "ohchr"}, {"id": "unhcr"}])";

absl::StatusOr<Network> Load(std::string_view text) {
  return LoadNetwork(text, "t.json");
}

// With the two entities above and `rest`.
absl::StatusOr<Network> LoadWith(std::string_view rest) {
  return Load(Doc(absl::StrCat(ToAbsl(kTwoEntities), ", ", ToAbsl(rest))));
}

TEST(JsonLoad, MinimalFileHasOnlyTheNetwork) {
  absl::StatusOr<Network> net = Load(Doc());
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->info().id, "n");
  EXPECT_THAT(net->entities(), IsEmpty());
  EXPECT_THAT(net->deadlines(), IsEmpty());
}

TEST(JsonLoad, DefaultNetworkLoadsFromItsText) {
  absl::StatusOr<Network> net =
      LoadNetwork(DefaultNetworkText(), "un-network-rdpm.netgov.json");
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->entities().size(), 14u);
  EXPECT_EQ(net->pillars().size(), 8u);
  EXPECT_EQ(*net, DefaultNetwork());
}

TEST(JsonLoad, FileOnDiskEqualsTheEmbeddedNetwork) {
  absl::StatusOr<Network> net = LoadNetworkFile(
      std::string(NETGOV_SOURCE_DIR) + "/data/un-network-rdpm.netgov.json");
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(*net, DefaultNetwork());
}

TEST(JsonLoad, MissingFileIsNotFound) {
  const absl::StatusOr<Network> net = LoadNetworkFile("/nonexistent/x.json");
  EXPECT_EQ(net.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(net.status().message(), "/nonexistent/x.json: cannot open the file");
}

TEST(JsonLoad, FilesThatAreNotRegularAreHandled) {
  EXPECT_THAT(LoadNetworkFile("/tmp"),
              FailsWith("/tmp: is a directory, not a network file"));
  EXPECT_THAT(LoadNetworkFile("/dev/null"),
              FailsWith("/dev/null: the file is empty; expected a JSON object "
                        "with \"format\": \"netgov/1\""));
  // /proc files report a size of 0 but have content: it is read anyway.
  EXPECT_THAT(LoadNetworkFile("/proc/self/status"),
              FailsWith("/proc/self/status:1:1: syntax error: invalid literal"));
}

TEST(JsonLoad, LargeFileIsRefusedBeforeItIsRead) {
  const std::string path = std::string(NETGOV_BINARY_DIR) + "/json-test-100mb.json";
  { std::ofstream create(path); }
  std::filesystem::resize_file(path, 100'000'000);  // sparse: nothing is written
  EXPECT_THAT(LoadNetworkFile(path),
              FailsWith(absl::StrCat(path, ": the file is 100000000 bytes; the "
                                     "limit is 67108864 bytes (64 MiB)")));
  std::filesystem::remove(path);
}

TEST(JsonLoad, ReadsEntityKeys) {
  absl::StatusOr<Network> net = Load(Doc(R"("entities": [
      {"id": "ohchr", "acronym": "OHCHR", "name": "Office", "kind": "office",
       "time_zone": "Europe/Zurich", "aliases": ["UN Human Rights"],
       "membership": [{"from": "2020-01-01", "to": null}, {"to": "2010-12-31"}],
       "source": "OHCHR"}])"));
  ASSERT_TRUE(net.ok()) << net.status();
  const Entity& e = net->entities()[0];
  EXPECT_EQ(e.acronym, "OHCHR");
  EXPECT_EQ(e.kind, "office");
  EXPECT_EQ(e.time_zone, "Europe/Zurich");
  EXPECT_THAT(e.aliases, ElementsAre("UN Human Rights"));
  EXPECT_THAT(e.membership,
              ElementsAre(Interval{Date(2020, 1, 1), std::nullopt},
                          Interval{std::nullopt, Date(2010, 12, 31)}));
  EXPECT_EQ(e.source, "OHCHR");
}

TEST(JsonLoad, EmptyMembershipMeansAMemberThroughout) {
  absl::StatusOr<Network> net =
      Load(Doc(R"("entities": [{"id": "a", "membership": []}])"));
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_TRUE(net->entities()[0].IsMemberOn(Date(1999, 1, 1)));
}

TEST(JsonLoad, ParticipantsResolveToPeopleFirstThenEntities) {
  absl::StatusOr<Network> net = LoadWith(R"(
      "people": [{"id": "ilze", "name": "Ilze", "posts": [{"entity": "ohchr"}]}],
      "meetings": [{"id": "m", "start": "2021-12-06T08:00",
                    "participants": ["ilze", "unhcr"]}])");
  ASSERT_TRUE(net.ok()) << net.status();
  const Meeting& m = net->meetings()[0];
  EXPECT_THAT(m.participants,
              ElementsAre(Participant{ParticipantKind::kPerson, "ilze"},
                          Participant{ParticipantKind::kEntity, "unhcr"}));
  EXPECT_EQ(m.start, absl::CivilMinute(2021, 12, 6, 8, 0));
  EXPECT_EQ(m.end, m.start);  // no end: a meeting of no length
}

TEST(JsonLoad, UnknownParticipantSuggestsPeopleAndEntities) {
  EXPECT_THAT(LoadWith(R"(
      "people": [{"id": "ilze", "name": "Ilze"}],
      "meetings": [{"id": "m", "start": "2021-12-06T08:00",
                    "participants": ["ilze", "unhcrr"]}])"),
              FailsWith("t.json: /meetings/0/participants/1: unknown person or "
                        "entity 'unhcrr'; did you mean 'unhcr'?"));
  EXPECT_THAT(LoadWith(R"(
      "people": [{"id": "ilze", "name": "Ilze"}],
      "meetings": [{"id": "m", "start": "2021-12-06T08:00",
                    "participants": ["ilz"]}])"),
              FailsWith("t.json: /meetings/0/participants/0: unknown person or "
                        "entity 'ilz'; did you mean 'ilze'?"));
}

TEST(JsonLoad, FloatWithoutFractionCountsAsAnInteger) {
  absl::StatusOr<Network> net =
      Load(Doc(R"("pillars": [{"id": "p", "number": 2.0}])"));
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->pillars()[0].number, 2);
}

TEST(JsonLoad, WrongTypesSayWhatWasExpected) {
  EXPECT_THAT(Load(Doc(R"("entities": [{"id": "a", "name": 3}])")),
              FailsWith("t.json: /entities/0/name: expected a string, got number"));
  EXPECT_THAT(Load(Doc(R"("entities": {"id": "a"})")),
              FailsWith("t.json: /entities: expected an array, got object"));
  EXPECT_THAT(Load(Doc(R"("entities": ["a"])")),
              FailsWith("t.json: /entities/0: expected an object, got string"));
  EXPECT_THAT(LoadWith(R"("pillars": [{"id": "p", "roles": [
                  {"entity": "ohchr", "role": "lead", "provisional": "yes"}]}])"),
              FailsWith("t.json: /pillars/0/roles/0/provisional: expected true or "
                        "false, got string"));
  EXPECT_THAT(Load(R"({"format": "netgov/1", "network": "n"})"),
              FailsWith("t.json: /network: expected an object, got string"));
  EXPECT_THAT(Load(R"({"format": 1, "network": {"id": "n"}})"),
              FailsWith("t.json: /format: expected a string, got number"));
}

TEST(JsonLoad, NullIsOnlyAnOpenIntervalEnd) {
  EXPECT_THAT(Load(Doc(R"("entities": [{"id": "a", "name": null}])")),
              FailsWith("t.json: /entities/0/name: expected a string, got null"));
  EXPECT_THAT(Load(Doc(R"("entities": null)")),
              FailsWith("t.json: /entities: expected an array, got null"));
  EXPECT_THAT(Load(Doc(R"("pillars": [{"id": "p", "number": null}])")),
              FailsWith("t.json: /pillars/0/number: expected an integer of at "
                        "least 1, got null"));
  EXPECT_THAT(Load(Doc(R"("entities": [{"id": "a", "membership": [{"from": 20}]}])")),
              FailsWith("t.json: /entities/0/membership/0/from: expected a date "
                        "(YYYY-MM-DD) or null, got number"));
}

TEST(JsonLoad, EmptyStringsAreRefused) {
  EXPECT_THAT(Load(Doc(R"("entities": [{"id": "a", "acronym": ""}])")),
              FailsWith("t.json: /entities/0/acronym: expected a non-empty "
                        "string, got \"\""));
}

TEST(JsonLoad, IntegersMustBeInRange) {
  EXPECT_THAT(Load(Doc(R"("pillars": [{"id": "p", "number": 99999999999}])")),
              FailsWith("t.json: /pillars/0/number: expected an integer of at "
                        "least 1, got 99999999999"));
  EXPECT_THAT(Load(Doc(R"("pillars": [{"id": "p", "number": 1e300}])")),
              FailsWith("t.json: /pillars/0/number: expected an integer of at "
                        "least 1, got 1e+300"));
  EXPECT_THAT(Load(Doc(R"("pillars": [{"id": "p", "number": 18446744073709551615}])")),
              FailsWith("t.json: /pillars/0/number: expected an integer of at "
                        "least 1, got 18446744073709551615"));
  EXPECT_THAT(Load(Doc(R"("pillars": [{"id": "p", "number": 0}])")),
              FailsWith("t.json: /pillars/0/number: expected an integer of at "
                        "least 1, got 0"));
}

TEST(JsonLoad, FloatsAreNotIntegers) {
  EXPECT_THAT(Load(Doc(R"("pillars": [{"id": "p", "number": 1.5}])")),
              FailsWith("t.json: /pillars/0/number: expected an integer of at "
                        "least 1, got 1.5"));
}

TEST(JsonLoad, CountsCannotBeNegative) {
  EXPECT_THAT(Load(Doc(R"("stated_counts": [{"id": "s", "collection": "pillars",
                                             "count": -1}])")),
              FailsWith("t.json: /stated_counts/0/count: expected an integer of "
                        "at least 0, got -1"));
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "2021-12-21",
                                         "reminders": [{"days_before": -7}]}])")),
              FailsWith("t.json: /deadlines/0/reminders/0/days_before: expected "
                        "an integer of at least 0, got -7"));
}

TEST(JsonLoad, UnknownKeysSuggestTheClosestKnownKey) {
  EXPECT_THAT(LoadWith(R"("pillars": [{"id": "p", "rols": []}])"),
              FailsWith("t.json: /pillars/0/rols: unknown key 'rols'; did you "
                        "mean 'roles'?"));
  EXPECT_THAT(Load(Doc(R"("entitys": [])")),
              FailsWith("t.json: /entitys: unknown key 'entitys'; did you mean "
                        "'entities'?"));
  EXPECT_THAT(Load(Doc(R"("entities": [{"id": "a", "nmae": "A"}])")),
              FailsWith("t.json: /entities/0/nmae: unknown key 'nmae'; did you "
                        "mean 'name'?"));
  EXPECT_THAT(Load(Doc(R"("zzz": 1)")), FailsWith("t.json: /zzz: unknown key 'zzz'"));
  // A key with '/' is escaped in the pointer.
  EXPECT_THAT(Load(Doc(R"("a/b": 1)")),
              FailsWith("t.json: /a~1b: unknown key 'a/b'"));
}

TEST(JsonLoad, MissingRequiredKeysAreNamed) {
  EXPECT_THAT(Load(R"({"network": {"id": "n"}})"),
              FailsWith("t.json: missing required key 'format'"));
  EXPECT_THAT(Load(R"({"format": "netgov/1"})"),
              FailsWith("t.json: missing required key 'network'"));
  EXPECT_THAT(Load(R"({"format": "netgov/1", "network": {}})"),
              FailsWith("t.json: /network: missing required key 'id'"));
  EXPECT_THAT(Load(Doc(R"("people": [{"id": "p"}])")),
              FailsWith("t.json: /people/0: missing required key 'name'"));
  EXPECT_THAT(LoadWith(R"("pillars": [{"id": "p", "roles": [{"entity": "ohchr"}]}])"),
              FailsWith("t.json: /pillars/0/roles/0: missing required key 'role'"));
}

TEST(JsonLoad, FormatMustBeNetgov1) {
  EXPECT_THAT(Load(R"({"format": "netgov/2", "network": {"id": "n"}})"),
              FailsWith("t.json: /format: unsupported format 'netgov/2'; "
                        "expected \"netgov/1\""));
}

TEST(JsonLoad, TopLevelMustBeAnObject) {
  EXPECT_THAT(Load("[]"),
              FailsWith("t.json: expected a JSON object with \"format\": "
                        "\"netgov/1\" at the top, got array"));
}

TEST(JsonLoad, ImpossibleDatesSayWhy) {
  EXPECT_THAT(LoadWith(R"("pillars": [{"id": "p"}, {"id": "q", "number": 2},
      {"id": "r", "number": 3, "roles": [
        {"entity": "ohchr", "role": "lead", "from": "2021-02-30"}]}])"),
              FailsWith("t.json: /pillars/2/roles/0/from: '2021-02-30' does not "
                        "exist: February 2021 has 28 days"));
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "21 Dec 2021"}])")),
              FailsWith("t.json: /deadlines/0/date: '21 Dec 2021' is not a date; "
                        "expected YYYY-MM-DD, e.g. 2021-12-06"));
  EXPECT_THAT(Load(Doc(R"("calendars": [{"id": "c", "holidays": ["2021-13-01"]}])")),
              FailsWith("t.json: /calendars/0/holidays/0: '2021-13-01': month 13 "
                        "does not exist"));
}

TEST(JsonLoad, EnumerationsListTheirValues) {
  EXPECT_THAT(LoadWith(R"("pillars": [{"id": "p", "roles": [
                  {"entity": "ohchr", "role": "leader"}]}])"),
              FailsWith("t.json: /pillars/0/roles/0/role: unknown role 'leader'; "
                        "expected lead, member or support"));
  EXPECT_THAT(LoadWith(R"("commitments": [{"id": "c", "text": "T", "positions": [
                  {"entity": "ohchr", "stance": "endorse"}]}])"),
              FailsWith("t.json: /commitments/0/positions/0/stance: unknown stance "
                        "'endorse'; expected endorses, partially, considering, "
                        "declines, silent or not-recorded"));
  EXPECT_THAT(Load(Doc(R"("commitments": [{"id": "c", "text": "T", "status": "done"}])")),
              FailsWith("t.json: /commitments/0/status: unknown status 'done'; "
                        "expected proposed or adopted"));
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "2021-12-21",
                                         "convention": "next"}])")),
              FailsWith("t.json: /deadlines/0/convention: unknown convention "
                        "'next'; expected following, modified-following, "
                        "preceding, modified-preceding or unadjusted"));
  EXPECT_THAT(Load(Doc(R"("calendars": [{"id": "c", "weekend": ["sat"]}])")),
              FailsWith("t.json: /calendars/0/weekend/0: unknown weekday 'sat'; "
                        "expected sunday, monday, tuesday, wednesday, thursday, "
                        "friday or saturday"));
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "2021-12-21",
                                         "recurrence": {"freq": "daily"}}])")),
              FailsWith("t.json: /deadlines/0/recurrence/freq: unknown freq "
                        "'daily'; expected yearly, monthly or weekly"));
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "2021-12-21",
                         "recurrence": {"freq": "monthly", "day_rule": "first"}}])")),
              FailsWith("t.json: /deadlines/0/recurrence/day_rule: unknown day "
                        "rule 'first'; expected same, last-day, "
                        "last-business-day or nth-weekday"));
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "2021-12-21",
                         "relates_to": [{"kind": "person", "id": "x"}]}])")),
              FailsWith("t.json: /deadlines/0/relates_to/0/kind: unknown relation "
                        "kind 'person'; expected rotation, commitment, pillar, "
                        "role, entity, meeting or mention"));
  EXPECT_THAT(Load(Doc(R"("mentions": [{"id": "m", "kind": "gadget", "name": "N"}])")),
              FailsWith("t.json: /mentions/0/kind: unknown mention kind 'gadget'; "
                        "expected pillar, entity, person, document, event, body, "
                        "mechanism, statement or other"));
  EXPECT_THAT(Load(Doc(R"("stated_counts": [{"id": "s", "collection": "roles",
                                             "count": 1}])")),
              FailsWith("t.json: /stated_counts/0/collection: unknown collection "
                        "'roles'; expected commitments, pillars, entities, people "
                        "or meetings"));
}

// A rotation with `order` and the rest of its keys given as JSON members.
std::string RotationDoc(std::string_view order, std::string_view rest = "") {
  return absl::StrCat(R"("rotations": [{"id": "r", "term": {"start": "2021-01-01", "years": 1}, "order": )",
                      ToAbsl(order), rest.empty() ? "" : ", ", ToAbsl(rest), "}]");
}

TEST(JsonLoad, OrderRulesTakeOnlyTheirOwnKeys) {
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "round-robin"})")),
              FailsWith("t.json: /rotations/0/order/rule: unknown order rule "
                        "'round-robin'; expected fixed, alphabetical or open-call"));
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "fixed", "sequence": ["ohchr"], "key": "id"})")),
              FailsWith("t.json: /rotations/0/order/key: 'key' does not apply to "
                        "rule 'fixed'"));
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "fixed"})")),
              FailsWith("t.json: /rotations/0/order: rule 'fixed' needs 'sequence'"));
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "alphabetical"})")),
              FailsWith("t.json: /rotations/0/order: rule 'alphabetical' needs 'key'"));
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "alphabetical", "key": "size"})")),
              FailsWith("t.json: /rotations/0/order/key: unknown sort key 'size'; "
                        "expected name, acronym or id"));
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "open-call", "cycle": true})")),
              FailsWith("t.json: /rotations/0/order/cycle: 'cycle' does not apply "
                        "to rule 'open-call'"));
}

TEST(JsonLoad, ReadsEveryOrderRule) {
  absl::StatusOr<Network> net =
      LoadWith(RotationDoc(R"({"rule": "fixed", "sequence": ["unhcr", "ohchr"], "cycle": true})"));
  ASSERT_TRUE(net.ok()) << net.status();
  const OrderRule& fixed = net->rotations()[0].order;
  EXPECT_EQ(fixed.rule, OrderRuleKind::kFixed);
  EXPECT_THAT(fixed.sequence, ElementsAre(EntityId("unhcr"), EntityId("ohchr")));
  EXPECT_TRUE(fixed.cycle);
  net = LoadWith(RotationDoc(R"({"rule": "fixed", "sequence": ["unhcr"]})"));
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_FALSE(net->rotations()[0].order.cycle);  // the file's default
  net = LoadWith(RotationDoc(R"({"rule": "alphabetical", "key": "acronym"})"));
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->rotations()[0].order.key, SortKey::kAcronym);
}

TEST(JsonLoad, FixedSequenceMayRepeatAnEntity) {
  absl::StatusOr<Network> net = LoadWith(
      RotationDoc(R"({"rule": "fixed", "sequence": ["unhcr", "ohchr", "unhcr"]})"));
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(net->rotations()[0].order.sequence,
              ElementsAre(EntityId("unhcr"), EntityId("ohchr"), EntityId("unhcr")));
}

TEST(JsonLoad, PillarsWithoutNumbersDoNotClash) {
  absl::StatusOr<Network> net = Load(Doc(R"("pillars": [{"id": "p"}, {"id": "q"}])"));
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->pillars()[1].number, 0);
  EXPECT_THAT(Load(Doc(R"("pillars": [{"id": "p", "number": 2}, {"id": "q", "number": 2}])")),
              FailsWith("t.json: /pillars/1/number: duplicate pillar number 2 (also "
                        "/pillars/0)"));
}

TEST(JsonLoad, TermHasExactlyOneUnit) {
  EXPECT_THAT(LoadWith(R"("rotations": [{"id": "r", "term": {"start": "2021-01-01"},
                                         "order": {"rule": "open-call"}}])"),
              FailsWith("t.json: /rotations/0/term: a term needs one of 'days', "
                        "'weeks', 'months' or 'years'"));
  EXPECT_THAT(LoadWith(R"("rotations": [{"id": "r",
                  "term": {"start": "2021-01-01", "months": 12, "years": 1},
                  "order": {"rule": "open-call"}}])"),
              FailsWith("t.json: /rotations/0/term/years: a term takes only one of "
                        "'days', 'weeks', 'months' or 'years'; 'months' is given too"));
  EXPECT_THAT(LoadWith(R"("rotations": [{"id": "r", "term": {"start": "2021-01-01", "weeks": 0},
                                         "order": {"rule": "open-call"}}])"),
              FailsWith("t.json: /rotations/0/term/weeks: expected an integer of at "
                        "least 1, got 0"));
}

TEST(JsonLoad, HistoryHasHolderOrHolders) {
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "open-call"})",
                                R"("history": [{"start": "2021-01-01"}])")),
              FailsWith("t.json: /rotations/0/history/0: a history entry needs one "
                        "of 'holder' or 'holders'"));
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "open-call"})",
                                R"("history": [{"start": "2021-01-01", "holder": "ohchr",
                                                "holders": ["unhcr"]}])")),
              FailsWith("t.json: /rotations/0/history/0/holders: a history entry "
                        "takes only one of 'holder' or 'holders'; 'holder' is given too"));
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "open-call"})",
                                R"("history": [{"start": "2021-01-01", "holders": []}])")),
              FailsWith("t.json: /rotations/0/history/0/holders: expected at least "
                        "one holder"));
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "open-call"})",
                                R"("rotating_seats": 2, "history": [{"start": "2021-01-01",
                                   "holders": ["unhcr", "unhcr"]}])")),
              FailsWith("t.json: /rotations/0/history/0/holders/1: 'unhcr' is listed "
                        "twice (also /rotations/0/history/0/holders/0)"));
}

TEST(JsonLoad, OverrideHasExactlyOneAction) {
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "open-call"})",
                                R"("overrides": [{"start": "2022-01-01"}])")),
              FailsWith("t.json: /rotations/0/overrides/0: an override needs one of "
                        "'holder', 'skip' or 'swap_with'"));
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "open-call"})",
                                R"("overrides": [{"start": "2022-01-01", "skip": "ohchr",
                                                  "swap_with": "2023-01-01"}])")),
              FailsWith("t.json: /rotations/0/overrides/0/swap_with: an override "
                        "takes only one of 'holder', 'skip' or 'swap_with'; 'skip' "
                        "is given too"));
}

TEST(JsonLoad, CallFallbacksAreKnown) {
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "open-call"})",
                                R"("calls": [{"term": "2022-01-01", "closes": "2021-12-21",
                                              "fallback": ["extend-incumbent", "wait"]}])")),
              FailsWith("t.json: /rotations/0/calls/0/fallback/1: unknown fallback "
                        "'wait'; expected approach-bilaterally, extend-incumbent, "
                        "next-in-order or request-incumbent"));
}

TEST(JsonLoad, LaunchHasDateOrCondition) {
  EXPECT_THAT(Load(Doc(R"("pillars": [{"id": "p", "launch": {"source": "s"}}])")),
              FailsWith("t.json: /pillars/0/launch: a launch needs one of 'date' or "
                        "'condition'"));
  EXPECT_THAT(Load(Doc(R"("pillars": [{"id": "p", "launch": {"date": "2021-01-01",
                                                               "condition": "c"}}])")),
              FailsWith("t.json: /pillars/0/launch/condition: a launch takes only "
                        "one of 'date' or 'condition'; 'date' is given too"));
}

TEST(JsonLoad, MeetingTimesAreLocalMinutes) {
  EXPECT_THAT(Load(Doc(R"("meetings": [{"id": "m", "start": "2021-12-06 08:00"}])")),
              FailsWith("t.json: /meetings/0/start: '2021-12-06 08:00' is not a "
                        "local time; expected YYYY-MM-DDTHH:MM, e.g. 2021-12-06T08:00"));
  EXPECT_THAT(Load(Doc(R"("meetings": [{"id": "m", "start": "2021-12-06T08:00+01:00"}])")),
              FailsWith("t.json: /meetings/0/start: '2021-12-06T08:00+01:00' is not "
                        "a local time; expected YYYY-MM-DDTHH:MM, e.g. 2021-12-06T08:00"));
  EXPECT_THAT(Load(Doc(R"("meetings": [{"id": "m", "start": "2021-12-06T24:00"}])")),
              FailsWith("t.json: /meetings/0/start: '2021-12-06T24:00': the time "
                        "must be 00:00 to 23:59"));
  EXPECT_THAT(Load(Doc(R"("meetings": [{"id": "m", "start": "2021-11-31T08:00"}])")),
              FailsWith("t.json: /meetings/0/start: '2021-11-31' does not exist: "
                        "November 2021 has 30 days"));
  EXPECT_THAT(Load(Doc(R"("meetings": [{"id": "m", "start": "2021-12-06T09:00",
                                        "end": "2021-12-06T08:00"}])")),
              FailsWith("t.json: /meetings/0/end: meeting 'm' ends before it starts"));
}

TEST(JsonLoad, RemindersHaveExactlyOneKind) {
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "2021-12-21",
                         "reminders": [{"days_before": 1, "business_days_before": 1}]}])")),
              FailsWith("t.json: /deadlines/0/reminders/0/business_days_before: a "
                        "reminder takes only one of 'days_before' or "
                        "'business_days_before'; 'days_before' is given too"));
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "2021-12-21",
                                         "reminders": [{}]}])")),
              FailsWith("t.json: /deadlines/0/reminders/0: a reminder needs one of "
                        "'days_before' or 'business_days_before'"));
}

TEST(JsonLoad, RecurrenceKeysFollowTheirRules) {
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "2021-12-21",
                  "recurrence": {"freq": "yearly", "until": "2025-12-31", "count": 3}}])")),
              FailsWith("t.json: /deadlines/0/recurrence/count: a recurrence ends by "
                        "'until' or by 'count', not both"));
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "2021-12-21",
                  "recurrence": {"freq": "monthly", "day_rule": "nth-weekday", "nth": 2}}])")),
              FailsWith("t.json: /deadlines/0/recurrence: day_rule 'nth-weekday' needs "
                        "'weekday'"));
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "2021-12-21",
                  "recurrence": {"freq": "monthly", "weekday": "friday"}}])")),
              FailsWith("t.json: /deadlines/0/recurrence/weekday: 'weekday' applies "
                        "only to day_rule 'nth-weekday', not 'same'"));
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "2021-12-21",
                  "recurrence": {"freq": "monthly", "day_rule": "nth-weekday",
                                 "weekday": "friday", "nth": 0}}])")),
              FailsWith("t.json: /deadlines/0/recurrence/nth: expected 1 to 5, or -1 "
                        "for the last; got 0"));
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "2021-12-21",
                  "recurrence": {"freq": "monthly", "day_rule": "nth-weekday",
                                 "weekday": "friday", "nth": 6}}])")),
              FailsWith("t.json: /deadlines/0/recurrence/nth: expected an integer "
                        "from -1 to 5, got 6"));
  EXPECT_THAT(Load(Doc(R"("deadlines": [{"id": "d", "date": "2021-12-21",
                  "recurrence": {"freq": "monthly", "interval": 0}}])")),
              FailsWith("t.json: /deadlines/0/recurrence/interval: expected an "
                        "integer of at least 1, got 0"));
}

TEST(JsonLoad, RoleRelationNamesItsEntity) {
  EXPECT_THAT(Load(Doc(R"("pillars": [{"id": "p"}], "deadlines": [{"id": "d",
                  "date": "2021-12-21", "relates_to": [{"kind": "role", "id": "p"}]}])")),
              FailsWith("t.json: /deadlines/0/relates_to/0: a relation of kind "
                        "'role' needs 'entity' (the role's holder)"));
}

TEST(JsonLoad, ListsOfIdsHaveNoRepeats) {
  EXPECT_THAT(Load(Doc(R"("entities": [{"id": "a", "aliases": ["A", "B", "A"]}])")),
              FailsWith("t.json: /entities/0/aliases/2: 'A' is listed twice (also "
                        "/entities/0/aliases/0)"));
  EXPECT_THAT(Load(Doc(R"("calendars": [{"id": "c", "union": []}])")),
              FailsWith("t.json: /calendars/0/union: expected at least one calendar id"));
}

TEST(JsonLoad, StatedCountIdsAreUnique) {
  EXPECT_THAT(Load(Doc(R"("stated_counts": [
                  {"id": "s", "collection": "pillars", "count": 1},
                  {"id": "s", "collection": "people", "count": 2}])")),
              FailsWith("t.json: /stated_counts/1/id: duplicate stated count id 's' "
                        "(first defined at /stated_counts/0)"));
}

TEST(JsonLoad, BuilderMessagesCarryTheFileName) {
  EXPECT_THAT(LoadWith(R"("pillars": [{"id": "p", "roles": [
                  {"entity": "unhcrr", "role": "lead"}]}])"),
              FailsWith("t.json: /pillars/0/roles/0/entity: unknown entity "
                        "'unhcrr'; did you mean 'unhcr'?"));
  EXPECT_THAT(LoadWith(R"("people": [{"id": "ohchr", "name": "O"}])"),
              FailsWith("t.json: /people/0/id: person id 'ohchr' is also an entity "
                        "id; meeting participants may name either, so the ids must "
                        "differ"));
  EXPECT_THAT(Load(Doc(R"("entities": [{"id": "a", "time_zone": "Europe/Zurch"}])")),
              FailsWith("t.json: /entities/0/time_zone: unknown time zone "
                        "'Europe/Zurch'; expected an IANA name such as "
                        "'Europe/Zurich' (see /usr/share/zoneinfo)"));
  EXPECT_THAT(LoadWith(RotationDoc(R"({"rule": "open-call"})",
                                R"("history": [{"start": "2021-06-01", "holder": "ohchr"}])")),
              FailsWith("t.json: /rotations/0/history/0/start: rotation 'r': history "
                        "entry 2021-06-01 is not on a term boundary; the term "
                        "containing it starts 2021-01-01 and the next 2022-01-01"));
}

}  // namespace
}  // namespace netgov::io

namespace netgov::io {
namespace {

TEST(JsonLoad, ProvenanceKeysOnEveryFact) {
  absl::StatusOr<Network> net = LoadWith(R"(
      "pillars": [{"id": "p", "launch": {"date": "2021-01-01", "basis": "assumed",
                                         "note": "start of the plan"},
                   "roles": [{"entity": "ohchr", "role": "lead", "basis": "inferred",
                              "source": "OHCHR leads", "note": "read as lead"}]}])");
  ASSERT_TRUE(net.ok()) << net.status();
  const Pillar& p = net->pillars()[0];
  EXPECT_EQ(ProvenanceOf(p.launch), (Provenance{"", Basis::kAssumed, "start of the plan"}));
  EXPECT_EQ(ProvenanceOf(p.roles[0]),
            (Provenance{"OHCHR leads", Basis::kInferred, "read as lead"}));
  EXPECT_EQ(ProvenanceOf(p), Provenance{});
}

TEST(JsonLoad, ABasisSaysWhatItRestsOn) {
  EXPECT_THAT(LoadWith(R"("pillars": [{"id": "p", "basis": "external"}])"),
              FailsWith("t.json: /pillars/0/basis: basis 'external' needs a 'note' "
                        "saying what the fact rests on"));
  EXPECT_THAT(LoadWith(R"("pillars": [{"id": "p", "basis": "quoted"}])"),
              FailsWith("t.json: /pillars/0/basis: basis 'quoted' needs a 'source' "
                        "(the verbatim words)"));
  EXPECT_THAT(LoadWith(R"("pillars": [{"id": "p", "basis": "guessed", "note": "n"}])"),
              FailsWith("t.json: /pillars/0/basis: unknown basis 'guessed'; expected "
                        "quoted, inferred, external or assumed"));
}

TEST(JsonLoad, MaxConsecutiveTermsTakesItsOwnProvenance) {
  absl::StatusOr<Network> net = LoadWith(R"(
      "rotations": [{"id": "r", "term": {"start": "2021-01-01", "years": 1},
                     "order": {"rule": "open-call"},
                     "max_consecutive_terms": {"count": 2, "basis": "inferred",
                                               "source": "a second year", "note": "n"}}])");
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->rotations()[0].max_consecutive_terms, 2);
  EXPECT_EQ(net->rotations()[0].max_consecutive_terms_provenance,
            (Provenance{"a second year", Basis::kInferred, "n"}));
  EXPECT_THAT(LoadWith(R"("rotations": [{"id": "r", "term": {"start": "2021-01-01", "years": 1},
                     "order": {"rule": "open-call"}, "max_consecutive_terms": {"basis": "assumed",
                     "note": "n"}}])"),
              FailsWith("t.json: /rotations/0/max_consecutive_terms: missing required key "
                        "'count'"));
}

TEST(JsonLoad, PrecisionOfADate) {
  absl::StatusOr<Network> net = LoadWith(R"(
      "deadlines": [{"id": "d", "date": "2022-01-01", "precision": "year"}],
      "mentions": [{"id": "m", "kind": "event", "name": "Forum", "date": "2021-03-01",
                    "precision": "month"}])");
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->deadlines()[0].precision, DatePrecision::kYear);
  EXPECT_EQ(net->deadlines()[0].convention, Convention::kUnadjusted);  // the default then
  EXPECT_EQ(net->mentions()[0].date, Date(2021, 3, 1));
  EXPECT_EQ(net->mentions()[0].precision, DatePrecision::kMonth);
  EXPECT_THAT(LoadWith(R"("deadlines": [{"id": "d", "date": "2022-03-01", "precision": "year"}])"),
              FailsWith("t.json: /deadlines/0/date: a date of precision 'year' is written as "
                        "the first day of its year, e.g. 2022-01-01; got 2022-03-01"));
  EXPECT_THAT(LoadWith(R"("deadlines": [{"id": "d", "date": "2022-01-01", "precision": "year",
                                          "convention": "following"}])"),
              FailsWith("t.json: /deadlines/0/convention: a date of precision 'year' is a "
                        "period, not a day: its convention must be 'unadjusted'"));
  EXPECT_THAT(LoadWith(R"("mentions": [{"id": "m", "kind": "event", "name": "F",
                                         "precision": "month"}])"),
              FailsWith("t.json: /mentions/0/precision: 'precision' needs a 'date'"));
}

}  // namespace
}  // namespace netgov::io
