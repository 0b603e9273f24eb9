// validate::Validate on mentions and stated counts (docs/validate.md): each
// kind of mention, defined or not, with and without an entity, role, dates
// or quote; and counts of each collection, whole or of one meeting, that
// match, do not match, or contradict an earlier count.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/validate/validate.hpp"
#include "tests/validate/small_files.hpp"

namespace netgov::validate {
namespace {

using ::netgov::testing::DiagnosticLines;
using ::netgov::testing::LoadMembers;
using ::testing::ElementsAre;

// Two entities (A leads the one pillar, b is a member), one person, two
// meetings, three commitments (one adopted at each meeting, one at none).
// No fact states a source, so there is no provenance note.
constexpr char kRecord[] = R"(
  "entities": [{"id": "a", "acronym": "A", "name": "Agency A"}, {"id": "b"}],
  "people": [{"id": "ann", "name": "Ann Lee"}],
  "pillars": [{"id": "p1", "name": "Capacity Building",
               "roles": [{"entity": "a", "role": "lead"}, {"entity": "b", "role": "member"}]}],
  "meetings": [{"id": "m1", "start": "2021-03-01T10:00"}, {"id": "m2", "start": "2021-06-01T10:00"}],
  "commitments": [{"id": "c1", "text": "one", "adopted_at": "m1"},
                  {"id": "c2", "text": "two", "adopted_at": "m2"},
                  {"id": "c3", "text": "three"}])";

TEST(ValidateMentions, EachKindDefinedOrNot) {
  const Network net = LoadMembers(absl::StrCat(kRecord, R"(,
    "mentions": [
      {"id": "m0", "kind": "pillar", "name": "capacity building"},
      {"id": "m1", "kind": "pillar", "name": "Pillar on youth"},
      {"id": "m2", "kind": "entity", "name": "agency a"},
      {"id": "m3", "kind": "entity", "name": "UNFPA", "entity": "a"},
      {"id": "m4", "kind": "person", "name": "Ann Lee"},
      {"id": "m5", "kind": "person", "name": "Bob Roe", "entity": "b", "role": "envoy",
       "from": "2022-01-01"},
      {"id": "m6", "kind": "other", "name": "the Fund"},
      {"id": "m7", "kind": "document", "name": "Work Plan"}])"));
  // A pillar's name matches ignoring case, an entity's name too (by
  // ResolveEntity); a mention with no entity says with nothing; one with an
  // entity but no role or dates names only the entity; one person and one
  // pillar are singular. The document is a record and is not checked.
  EXPECT_THAT(DiagnosticLines(net),
              ElementsAre("warning /mentions/1 'Pillar on youth' is not among the 1 pillar",
                          "warning /mentions/3 'UNFPA', named with A is not among the 2 entities",
                          "warning /mentions/5 'Bob Roe', named with b as envoy 2022-01-01.. "
                          "is not among the 1 person",
                          "warning /mentions/6 'the Fund' is not defined in the network",
                          "note /mentions/0 'capacity building' is defined, as pillar 'p1'",
                          "note /mentions/2 'agency a' is defined, as entity 'a'",
                          "note /mentions/4 'Ann Lee' is defined, as person 'ann'"));
}

TEST(ValidateStatedCounts, EachCollectionWholeOrOfAMeeting) {
  const Network net = LoadMembers(absl::StrCat(kRecord, R"(,
    "stated_counts": [
      {"id": "s0", "collection": "people", "count": 1},
      {"id": "s1", "collection": "entities", "count": 3},
      {"id": "s2", "collection": "meetings", "count": 2},
      {"id": "s3", "collection": "commitments", "count": 3},
      {"id": "s4", "collection": "commitments", "meeting": "m1", "count": 1},
      {"id": "s5", "collection": "commitments", "meeting": "m2", "count": 2},
      {"id": "s6", "collection": "entities", "count": 4},
      {"id": "s7", "collection": "entities", "count": 3},
      {"id": "s8", "collection": "pillars", "count": 1}])"));
  // People (1), meetings (2), all commitments (3), those of m1 (1) and
  // pillars (1) match. Counts of one collection with different meetings
  // (s3, s4, s5) do not contradict each other, nor do equal counts (s1,
  // s7). The two findings at one pointer sort by message (' ' before ',').
  EXPECT_THAT(DiagnosticLines(net),
              ElementsAre("warning /stated_counts/1/count 3 entities stated, 2 recorded",
                          "warning /stated_counts/5/count 2 commitments of 'm2' stated, 1 recorded",
                          "warning /stated_counts/6/count 4 entities stated contradicts 3 stated "
                          "at /stated_counts/1",
                          "warning /stated_counts/6/count 4 entities stated, 2 recorded",
                          "warning /stated_counts/7/count 3 entities stated contradicts 4 stated "
                          "at /stated_counts/6",
                          "warning /stated_counts/7/count 3 entities stated, 2 recorded"));
}

}  // namespace
}  // namespace netgov::validate
