// validate::Validate on roles and seats (docs/validate.md): roles of one
// entity that overlap or not, a pillar's lead from its launch date, gaps and
// hand-overs between several leads, provisional leads, and override holders
// outside their membership. Each network is a small file; the diagnostics
// are worked out by hand in the comments.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/validate/validate.hpp"
#include "tests/validate/small_files.hpp"

namespace netgov::validate {
namespace {

using ::netgov::testing::DiagnosticLines;
using ::netgov::testing::LoadMembers;
using ::testing::ElementsAre;

TEST(ValidateRoles, OverlapsOnlyWhereTheIntervalsMeet) {
  const Network net = LoadMembers(R"(
    "entities": [{"id": "a", "acronym": "A"}, {"id": "b", "acronym": "B"},
                 {"id": "c", "acronym": "C"}, {"id": "d", "acronym": "D"}],
    "pillars": [{"id": "p1", "roles": [
      {"entity": "b", "role": "lead"},
      {"entity": "a", "role": "member", "to": "2021-06-30"},
      {"entity": "a", "role": "member", "from": "2021-07-01"},
      {"entity": "c", "role": "member"},
      {"entity": "c", "role": "member", "from": "2022-01-01"},
      {"entity": "d", "role": "support"},
      {"entity": "d", "role": "lead", "from": "2022-01-01"}]}])");
  // A's two memberships follow each other: no finding. C's two memberships
  // overlap (a warning: neither is a lead); D's support and its later lead
  // contradict each other (an error: one is a lead). B and D co-lead.
  EXPECT_THAT(DiagnosticLines(net),
              ElementsAre("error /pillars/0/roles/6 contradicts /pillars/0/roles/5: D is support "
                          "(always) and lead (2022-01-01..) of 'p1' at the same time",
                          "warning /pillars/0/roles/4 overlaps /pillars/0/roles/3: C is member "
                          "(always) and member (2022-01-01..) of 'p1' at the same time"));
}

TEST(ValidateRoles, LeadsFromTheLaunchGapsAndHandOvers) {
  const Network net = LoadMembers(R"(
    "entities": [{"id": "a", "acronym": "A"}, {"id": "b", "acronym": "B"},
                 {"id": "c", "acronym": "C"}, {"id": "d", "acronym": "D"},
                 {"id": "e", "acronym": "E"}],
    "pillars": [
      {"id": "p1", "launch": {"date": "2021-01-01"}},
      {"id": "p2", "launch": {"date": "2021-01-01"}, "roles": [
        {"entity": "a", "role": "lead", "to": "2020-12-31"},
        {"entity": "b", "role": "lead", "from": "2021-03-01", "to": "2021-12-31"},
        {"entity": "c", "role": "lead", "from": "2021-02-01", "to": "2021-02-28"},
        {"entity": "d", "role": "lead", "from": "2022-01-01"}]},
      {"id": "p3", "launch": {"date": "2021-01-01"}, "roles": [
        {"entity": "e", "role": "lead", "from": "2020-01-01", "to": "2020-06-30"}]}])");
  // p1 is launched on a date (not under a condition) and has no lead at all.
  // p2 is launched on 2021-01-01, which A's lead (ending the day before) does
  // not cover: its first lead after the launch is C's (2021-02-01), not B's
  // (listed first) or D's (later). After A, C resumes the lead (the earliest
  // of B, C, D starting after the gap); C hands over to B, B to D. p3's only
  // lead ends before the launch and nobody follows: no lead starts after the
  // launch, so there is no launch warning, only the gap.
  EXPECT_THAT(DiagnosticLines(net),
              ElementsAre("warning /pillars/0 'p1' has no lead",
                          "warning /pillars/1/launch 'p2' has no lead from its launch on "
                          "2021-01-01 to 2021-01-31",
                          "warning /pillars/1/roles/0 'p2' has no lead from 2021-01-01 to "
                          "2021-01-31: A leads to 2020-12-31, C from 2021-02-01",
                          "warning /pillars/2/roles/0 'p3' has no lead from 2020-07-01: E leads "
                          "to 2020-06-30 and nobody after",
                          "note /pillars/1/roles/1 lead of 'p2' passes from C to B on 2021-03-01",
                          "note /pillars/1/roles/3 lead of 'p2' passes from B to D on 2022-01-01"));
}

TEST(ValidateRoles, AHandOverQuotesBothRolesEvenWhenOneHasNoSource) {
  // Every fact but the outgoing lead states a source: one fact without.
  const Network net = LoadMembers(R"(
    "entities": [{"id": "a", "acronym": "A", "source": "A"},
                 {"id": "b", "acronym": "B", "source": "B"}],
    "pillars": [{"id": "p1", "source": "the pillar", "roles": [
      {"entity": "a", "role": "lead", "to": "2021-12-31"},
      {"entity": "b", "role": "lead", "from": "2022-01-01", "source": "B leads from 2022"}]}])",
                                  R"({"id": "n", "time_zone": "UTC", "source": "N"})");
  EXPECT_THAT(DiagnosticLines(net),
              ElementsAre("note  1 fact states neither a source nor a basis (the first: "
                          "/pillars/0/roles/0); --require-provenance lists each",
                          "note /pillars/0/roles/1 lead of 'p1' passes from A to B on 2022-01-01 "
                          "(\"\"; \"B leads from 2022\")"));
}

TEST(ValidateRoles, ProvisionalLeadsWithAndWithoutAConfirmedOne) {
  const Network net = LoadMembers(R"(
    "entities": [{"id": "f", "acronym": "F"}, {"id": "g", "acronym": "G"},
                 {"id": "h", "acronym": "H"}, {"id": "i", "acronym": "I"},
                 {"id": "j", "acronym": "J"}],
    "pillars": [
      {"id": "p1", "roles": [
        {"entity": "f", "role": "lead", "provisional": true, "from": "2021-01-01",
         "to": "2021-06-30"},
        {"entity": "g", "role": "lead", "from": "2021-07-01"}]},
      {"id": "p2", "roles": [
        {"entity": "h", "role": "lead", "provisional": true},
        {"entity": "i", "role": "lead"},
        {"entity": "j", "role": "lead", "to": "9999-12-31"}]}])");
  // p1: G's confirmed lead starts after F's provisional one ends, so F's is
  // provisional only (with its dates); then F hands over to G. p2: I (and J)
  // lead beside H throughout; J's lead to the last supported day has no
  // successor to look for.
  EXPECT_THAT(DiagnosticLines(net),
              ElementsAre("warning /pillars/0/roles/0 'p1' is led only provisionally, by F "
                          "(2021-01-01..2021-06-30)",
                          "note /pillars/0/roles/1 lead of 'p1' passes from F to G on 2021-07-01"));
}

TEST(ValidateSeats, AnOverrideHolderOutsideItsMembership) {
  const Network net = LoadMembers(R"(
    "entities": [{"id": "x", "acronym": "X",
                  "membership": [{"from": "2021-01-01", "to": "2021-12-31"}]},
                 {"id": "y", "acronym": "Y"}],
    "pillars": [{"id": "p1", "roles": [{"entity": "y", "role": "lead"}]}],
    "rotations": [{"id": "chair", "term": {"start": "2021-01-01", "years": 1},
                   "order": {"rule": "alphabetical", "key": "id"},
                   "overrides": [{"start": "2021-01-01", "skip": "y"},
                                 {"start": "2022-01-01", "holder": "x"}]}])");
  // The skip names no holder; X holds the 2022 seat after its membership
  // ends. X holds no pillar role.
  EXPECT_THAT(DiagnosticLines(net),
              ElementsAre("error /rotations/0/overrides/1 X holds a seat of 'chair' "
                          "(2022-01-01..2022-12-31) outside its membership "
                          "(2021-01-01..2021-12-31)",
                          "note /entities/0 X holds no role in any pillar"));
}

}  // namespace
}  // namespace netgov::validate
