// netgov::Explain() on a small file: pillars without a launch, launched
// later or under a condition, with no lead or a provisional one; an entity's
// positions and posts out of date; a rotation's computed and override terms,
// a term nobody holds, terms outside the supported dates; a commitment by
// number; deadlines by day, month or recurrence, with and without a
// calendar; unknown subjects. explain_test.cpp covers the default network.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/validate/explain.hpp"
#include "tests/validate/small_files.hpp"

namespace netgov {
namespace {

using ::netgov::testing::LoadMembers;
using ::testing::ElementsAre;

std::vector<std::string> Pointers(const Explanation& e) {
  std::vector<std::string> out;
  for (const Fact& f : e.facts) out.push_back(f.pointer);
  return out;
}

// The chair rotates through A, B and C by a fixed order (2021 and 2022 are
// recorded, 2024 is overridden); nobody is recorded or called for the open
// rotation; the far rotation's terms last 10 years.
const Network& Net() {
  static const Network* const net = new Network(LoadMembers(R"(
    "entities": [{"id": "a", "acronym": "A"}, {"id": "b", "acronym": "B"},
                 {"id": "c", "acronym": "C"}],
    "people": [{"id": "ann", "name": "Ann Lee",
                "posts": [{"entity": "a", "title": "Head", "to": "2020-12-31"}]}],
    "pillars": [
      {"id": "p1", "roles": [{"entity": "a", "role": "lead", "provisional": true,
                              "from": "2022-01-01"}]},
      {"id": "p2", "launch": {"condition": "when funded"}},
      {"id": "p3", "launch": {"date": "2022-01-01"}, "roles": [{"entity": "b", "role": "lead"}]},
      {"id": "p4", "rotation_roles": [{"rotation": "chair", "role": "lead"}]}],
    "rotations": [
      {"id": "chair", "term": {"start": "2021-01-01", "years": 1},
       "order": {"rule": "fixed", "sequence": ["a", "b", "c"], "cycle": true},
       "history": [{"start": "2021-01-01", "holder": "a"}, {"start": "2022-01-01", "holder": "b"}],
       "overrides": [{"start": "2024-01-01", "holder": "a"}]},
      {"id": "open", "term": {"start": "2021-01-01", "years": 1}, "order": {"rule": "open-call"},
       "calls": [{"term": "2023-01-01", "closes": "2022-12-15"}]},
      {"id": "far", "term": {"start": "2021-01-01", "years": 10}, "order": {"rule": "open-call"}}],
    "calendars": [{"id": "weekdays", "weekend": ["saturday", "sunday"]},
                  {"id": "holidays", "holidays": ["2021-12-24"]},
                  {"id": "both", "union": ["weekdays", "holidays"]}],
    "meetings": [{"id": "m1", "start": "2021-03-01T10:00"}],
    "commitments": [{"id": "c1", "number": 1, "text": "one",
                     "positions": [{"entity": "a", "stance": "endorses"}]},
                    {"id": "c2", "number": 2, "text": "two", "adopted_at": "m1",
                     "status": "adopted"}],
    "deadlines": [
      {"id": "d1", "date": "2022-03-15"},
      {"id": "d2", "date": "2022-03-01", "precision": "month"},
      {"id": "d3", "date": "2021-01-29", "calendar": "both",
       "recurrence": {"freq": "monthly", "count": 2}},
      {"id": "d4", "date": "2021-01-15", "calendar": "weekdays",
       "recurrence": {"freq": "monthly"}},
      {"id": "d5", "date": "2022-01-01", "precision": "year"}])"));
  return *net;
}

TEST(ExplainSubjects, PillarsWithoutALeadOrLaunchedLater) {
  // p1 has no launch (no launch fact to rest on) and its only lead starts
  // in 2022; p2 waits for a condition; p3 is launched after the date.
  absl::StatusOr<Explanation> p1 = Explain(Net(), ExplainKind::kPillar, "p1", Date(2021, 6, 1));
  ASSERT_TRUE(p1.ok()) << p1.status();
  EXPECT_THAT(p1->answer, ElementsAre("lead: none"));
  EXPECT_THAT(Pointers(*p1), ElementsAre("/pillars/0"));
  absl::StatusOr<Explanation> led = Explain(Net(), ExplainKind::kPillar, "p1", Date(2022, 6, 1));
  ASSERT_TRUE(led.ok()) << led.status();
  EXPECT_THAT(led->answer, ElementsAre("lead: A (provisional)"));
  EXPECT_THAT(Pointers(*led), ElementsAre("/pillars/0", "/pillars/0/roles/0"));
  absl::StatusOr<Explanation> p2 = Explain(Net(), ExplainKind::kPillar, "p2", Date(2021, 6, 1));
  ASSERT_TRUE(p2.ok()) << p2.status();
  EXPECT_THAT(p2->answer, ElementsAre("not launched: when funded", "lead: none"));
  EXPECT_THAT(Pointers(*p2), ElementsAre("/pillars/1", "/pillars/1/launch"));
  absl::StatusOr<Explanation> p3 = Explain(Net(), ExplainKind::kPillar, "p3", Date(2021, 6, 1));
  ASSERT_TRUE(p3.ok()) << p3.status();
  EXPECT_THAT(p3->answer, ElementsAre("to be launched on 2022-01-01", "lead: B"));
  EXPECT_THAT(Pointers(*p3), ElementsAre("/pillars/2", "/pillars/2/launch", "/pillars/2/roles/0"));
}

TEST(ExplainSubjects, ALeadOfTheChairRestsOnItsOwnTermsHistoryEntry) {
  // B holds the chair in 2022 (the second history entry, not the first).
  absl::StatusOr<Explanation> e = Explain(Net(), ExplainKind::kPillar, "p4", Date(2022, 6, 1));
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_THAT(e->answer, ElementsAre("lead: B"));
  EXPECT_THAT(Pointers(*e),
              ElementsAre("/pillars/3", "/pillars/3/rotation_roles/0", "/rotations/0/history/1"));
}

TEST(ExplainSubjects, EntityPositionsAndPostsOutOfDate) {
  // Ann's post at A ended in 2020; A's position on c1 holds at any date.
  absl::StatusOr<Explanation> e = Explain(Net(), ExplainKind::kEntity, "a", Date(2022, 6, 1));
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_THAT(e->answer, ElementsAre("provisional lead of p1", "position on c1: endorses"));
  EXPECT_THAT(Pointers(*e),
              ElementsAre("/entities/0", "/pillars/0/roles/0", "/commitments/0/positions/0"));
}

TEST(ExplainSubjects, RotationTermsComputedOverriddenOrHeldByNobody) {
  // 2023 follows the order (B then C), 2024 is overridden (the status and
  // the reason both say so). The facts are the history and overrides of terms up
  // to the date's; the chair has no max_consecutive_terms.
  absl::StatusOr<Explanation> computed =
      Explain(Net(), ExplainKind::kRotation, "chair", Date(2023, 6, 1));
  ASSERT_TRUE(computed.ok()) << computed.status();
  EXPECT_THAT(computed->answer, ElementsAre("term 2023-01-01..2023-12-31: C (computed: fixed order)"));
  EXPECT_THAT(Pointers(*computed),
              ElementsAre("/rotations/0", "/rotations/0/history/0", "/rotations/0/history/1"));
  absl::StatusOr<Explanation> overridden =
      Explain(Net(), ExplainKind::kRotation, "chair", Date(2024, 6, 1));
  ASSERT_TRUE(overridden.ok()) << overridden.status();
  EXPECT_THAT(overridden->answer,
              ElementsAre("term 2024-01-01..2024-12-31: A (override: override: holder a)"));
  EXPECT_THAT(Pointers(*overridden), ElementsAre("/rotations/0", "/rotations/0/history/0",
                                                 "/rotations/0/history/1",
                                                 "/rotations/0/overrides/0"));
  // As of 2021, the 2022 history entry and the 2024 override are later.
  absl::StatusOr<Explanation> recorded =
      Explain(Net(), ExplainKind::kRotation, "chair", Date(2021, 6, 1));
  ASSERT_TRUE(recorded.ok()) << recorded.status();
  EXPECT_THAT(recorded->answer, ElementsAre("term 2021-01-01..2021-12-31: A (recorded: history)"));
  EXPECT_THAT(Pointers(*recorded), ElementsAre("/rotations/0", "/rotations/0/history/0"));
  // The open rotation: no holder and no call for 2022; the 2023 call closed
  // with no fallback (and rests on that call, not on a later one).
  absl::StatusOr<Explanation> open = Explain(Net(), ExplainKind::kRotation, "open", Date(2022, 6, 1));
  ASSERT_TRUE(open.ok()) << open.status();
  EXPECT_THAT(open->answer,
              ElementsAre("term 2022-01-01..2022-12-31: none (undetermined: no holder recorded "
                          "and no call)"));
  EXPECT_THAT(Pointers(*open), ElementsAre("/rotations/1"));
  absl::StatusOr<Explanation> closed =
      Explain(Net(), ExplainKind::kRotation, "open", Date(2023, 6, 1));
  ASSERT_TRUE(closed.ok()) << closed.status();
  EXPECT_THAT(closed->answer,
              ElementsAre("term 2023-01-01..2023-12-31: none (undetermined: call closed "
                          "2022-12-15 with no holder recorded and no fallback)"));
  EXPECT_THAT(Pointers(*closed), ElementsAre("/rotations/1", "/rotations/1/calls/0"));
}

TEST(ExplainSubjects, RotationTermsOutsideTheSupportedDatesAreErrors) {
  // The far rotation's term containing 9995 would end in 10000: the
  // rotation, and any entity (whose seats are looked up in every rotation),
  // cannot be explained then.
  const std::string message =
      "rotation 'far': the term starting 9991-01-01 would end after 9999-12-31, the last date "
      "supported";
  absl::StatusOr<Explanation> r = Explain(Net(), ExplainKind::kRotation, "far", Date(9995, 6, 1));
  EXPECT_EQ(r.status(), absl::OutOfRangeError(message));
  absl::StatusOr<Explanation> e = Explain(Net(), ExplainKind::kEntity, "b", Date(9995, 6, 1));
  EXPECT_EQ(e.status(), absl::OutOfRangeError(message));
  // A date that is not set cannot make a schedule.
  absl::StatusOr<Explanation> unset = Explain(Net(), ExplainKind::kRotation, "open", Date());
  EXPECT_EQ(unset.status(),
            absl::InvalidArgumentError("rotation 'open': the as-of date is not set; set "
                                       "ScheduleOptions::as_of to the day on which calls are "
                                       "judged open or closed"));
}

TEST(ExplainSubjects, CommitmentAdoptedAtAMeetingRestsOnTheMeeting) {
  // Asked for by id, before another commitment.
  absl::StatusOr<Explanation> e = Explain(Net(), ExplainKind::kCommitment, "c2", Date(2022, 6, 1));
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_THAT(e->answer, ElementsAre("status: adopted at m1", "any other entity: not-recorded"));
  EXPECT_THAT(Pointers(*e), ElementsAre("/meetings/0", "/commitments/1", "/commitments/1/status"));
}

TEST(ExplainSubjects, CommitmentByNumberNotAdoptedAtAMeeting) {
  absl::StatusOr<Explanation> e = Explain(Net(), ExplainKind::kCommitment, "1", Date(2022, 6, 1));
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ(e->id, "c1");
  EXPECT_THAT(e->answer,
              ElementsAre("status: proposed", "A: endorses", "any other entity: not-recorded"));
  EXPECT_THAT(Pointers(*e), ElementsAre("/commitments/0", "/commitments/0/positions/0"));
}

TEST(ExplainSubjects, DeadlinesByDayMonthAndRecurrence) {
  const Date as_of(2021, 6, 1);
  // Without a calendar every day is a business day.
  absl::StatusOr<Explanation> day = Explain(Net(), ExplainKind::kDeadline, "d1", as_of);
  ASSERT_TRUE(day.ok()) << day.status();
  EXPECT_THAT(day->answer, ElementsAre("stated: 2022-03-15", "date: 2022-03-15 (following)"));
  EXPECT_THAT(Pointers(*day), ElementsAre("/deadlines/0"));
  absl::StatusOr<Explanation> month = Explain(Net(), ExplainKind::kDeadline, "d2", as_of);
  ASSERT_TRUE(month.ok()) << month.status();
  EXPECT_THAT(month->answer,
              ElementsAre("stated: 2022-03 (the month)", "date: 2022-03-01 (unadjusted)"));
  // d3's two occurrences (January and February 2021) are over by June: no
  // next one. It rests on its calendar and the two calendars joined in it.
  absl::StatusOr<Explanation> over = Explain(Net(), ExplainKind::kDeadline, "d3", as_of);
  ASSERT_TRUE(over.ok()) << over.status();
  EXPECT_THAT(over->answer, ElementsAre("stated: 2021-01-29"));
  EXPECT_THAT(Pointers(*over),
              ElementsAre("/calendars/0", "/calendars/1", "/calendars/2", "/deadlines/2"));
  // d4 recurs on the 15th: 2021-06-15 is a Tuesday.
  absl::StatusOr<Explanation> next = Explain(Net(), ExplainKind::kDeadline, "d4", as_of);
  ASSERT_TRUE(next.ok()) << next.status();
  EXPECT_THAT(next->answer,
              ElementsAre("stated: 2021-01-15",
                          "next occurrence: 2021-06-15 (following, calendar weekdays)"));
  EXPECT_THAT(Pointers(*next), ElementsAre("/calendars/0", "/deadlines/3"));
  absl::StatusOr<Explanation> year = Explain(Net(), ExplainKind::kDeadline, "d5", as_of);
  ASSERT_TRUE(year.ok()) << year.status();
  EXPECT_THAT(year->answer,
              ElementsAre("stated: 2022 (the year)", "date: 2022-01-01 (unadjusted)"));
}

TEST(ExplainSubjects, UnknownPillarEntityAndRotation) {
  EXPECT_EQ(Explain(Net(), ExplainKind::kPillar, "p9", Date(2022, 6, 1)).status().message(),
            "unknown pillar 'p9'; did you mean 'p1'?");
  EXPECT_EQ(Explain(Net(), ExplainKind::kEntity, "d", Date(2022, 6, 1)).status().message(),
            "unknown entity 'd'; did you mean 'a'?");
  EXPECT_EQ(Explain(Net(), ExplainKind::kRotation, "chiar", Date(2022, 6, 1)).status().message(),
            "unknown rotation 'chiar'; did you mean 'chair'?");
}

}  // namespace
}  // namespace netgov
