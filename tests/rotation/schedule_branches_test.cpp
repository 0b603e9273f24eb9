// Branches of the schedule engine that the worked examples of
// schedule_test.cpp do not reach, each with its terms worked out by hand in
// the comments (docs/rotation.md, "How a term is decided").
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/rotation/schedule.hpp"
#include "tests/testing/ids.hpp"
#include "tests/testing/rotation_lines.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov::rotation {
namespace {

using ::netgov::testing::BuildRotation;
using ::netgov::testing::Ids;
using ::netgov::testing::Member;
using ::netgov::testing::ScheduleLines;
using ::netgov::testing::Yearly;
using ::testing::ElementsAre;

std::vector<Entity> Members(const std::vector<std::string>& ids) {
  std::vector<Entity> out;
  for (const std::string& id : ids) out.push_back(Member(id));
  return out;
}

// Alphabetical by id over a..e, two rotating seats, d named for 2022.
// 2021: a, b (position now b). 2022: the override gives d; the second seat
// continues after d: e. 2023 continues after e: a, b.
TEST(ScheduleBranches, HolderOverrideFillsTheOtherSeatsFromTheOrder) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.rotating_seats = 2;
  r.overrides = {{Date(2022, 1, 1), OverrideKind::kHolder, EntityId("d"), std::nullopt, ""}};
  EXPECT_THAT(ScheduleLines(BuildRotation(Members({"a", "b", "c", "d", "e"}), r), "r",
                            Date(2021, 1, 1), 3),
              ElementsAre("2021-01-01..2021-12-31 a+b computed: alphabetical",
                          "2022-01-01..2022-12-31 d+e override: override: holder d",
                          "2023-01-01..2023-12-31 a+b computed: alphabetical"));
}

// Two entities, two seats, at most one term in a row. 2021: a, b. 2022: the
// override names a (overrides are not bound by the limit); the other seat
// would go to b, which held 2021 (limited), then a, already seated: the
// override keeps a alone and says why. 2023: a has held 2 terms in a row
// and b none since 2021 (2022 broke its run): b is seated, a is limited, so
// one of the two seats stays empty and the term is undetermined. 2024: nobody
// held 2023, so both are eligible again, from after a (the override's
// position): b, a.
TEST(ScheduleBranches, HolderOverrideWhoseOtherSeatsCannotBeFilled) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.rotating_seats = 2;
  r.max_consecutive_terms = 1;
  r.overrides = {{Date(2022, 1, 1), OverrideKind::kHolder, EntityId("a"), std::nullopt, ""}};
  EXPECT_THAT(
      ScheduleLines(BuildRotation(Members({"a", "b"}), r), "r", Date(2021, 1, 1), 4),
      ElementsAre("2021-01-01..2021-12-31 a+b computed: alphabetical",
                  "2022-01-01..2022-12-31 a override: override: holder a; other seats: no "
                  "eligible holder for 1 of 2 seats (max_consecutive_terms 1)",
                  "2023-01-01..2023-12-31 - undetermined: no eligible holder for 1 of 2 "
                  "seats (max_consecutive_terms 1)",
                  "2024-01-01..2024-12-31 b+a computed: alphabetical"));
}

// Fixed a, b (cycle) with both skipped in 2022: every candidate is passed
// over by a skip, so nobody holds 2022; 2023 continues after a (2021), so b.
TEST(ScheduleBranches, NoEligibleHolderAfterSkips) {
  Rotation r = Yearly("r", OrderRuleKind::kFixed);
  r.order.sequence = Ids({"a", "b"});
  r.order.cycle = true;
  r.overrides = {{Date(2022, 1, 1), OverrideKind::kSkip, EntityId("a"), std::nullopt, ""},
                 {Date(2022, 1, 1), OverrideKind::kSkip, EntityId("b"), std::nullopt, ""}};
  EXPECT_THAT(ScheduleLines(BuildRotation(Members({"a", "b"}), r), "r", Date(2021, 1, 1), 3),
              ElementsAre("2021-01-01..2021-12-31 a computed: fixed order",
                          "2022-01-01..2022-12-31 - undetermined: no eligible holder (skip)",
                          "2023-01-01..2023-12-31 b computed: fixed order"));
}

// Alphabetical a, b, at most one term in a row, b skipped in 2022: b is
// skipped and a, who held 2021, is limited. 2023: a's run ended with the
// empty 2022, and the order continues after a: b.
TEST(ScheduleBranches, NoEligibleHolderAfterASkipAndTheLimit) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.max_consecutive_terms = 1;
  r.overrides = {{Date(2022, 1, 1), OverrideKind::kSkip, EntityId("b"), std::nullopt, ""}};
  EXPECT_THAT(ScheduleLines(BuildRotation(Members({"a", "b"}), r), "r", Date(2021, 1, 1), 3),
              ElementsAre("2021-01-01..2021-12-31 a computed: alphabetical",
                          "2022-01-01..2022-12-31 - undetermined: no eligible holder (skip and "
                          "max_consecutive_terms 1)",
                          "2023-01-01..2023-12-31 b computed: alphabetical"));
}

// A call for the first term itself: no term before it was held, so
// extend-incumbent has no incumbent. 2022 is computed from the start of
// the order: a.
TEST(ScheduleBranches, ExtendIncumbentRefusedWithoutAnIncumbent) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.calls = {{Date(2021, 1, 1), Date(2020, 12, 1), {Fallback::kExtendIncumbent}, ""}};
  EXPECT_THAT(ScheduleLines(BuildRotation(Members({"a", "b"}), r), "r", Date(2021, 1, 1), 2),
              ElementsAre("2021-01-01..2021-12-31 - undetermined: call closed 2020-12-01; no "
                          "computable fallback (extend-incumbent: no incumbent)",
                          "2022-01-01..2022-12-31 a computed: alphabetical"));
}

// a recorded for 2021, a call for 2022 (closed by 2022-01-01) falling back on
// extend-incumbent only, and a skipped in 2022: the incumbent cannot be
// extended. 2023 continues after a: b.
TEST(ScheduleBranches, ExtendIncumbentRefusedForASkippedIncumbent) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.history = {{Date(2021, 1, 1), Ids({"a"}), ""}};
  r.calls = {{Date(2022, 1, 1), Date(2021, 12, 1), {Fallback::kExtendIncumbent}, ""}};
  r.overrides = {{Date(2022, 1, 1), OverrideKind::kSkip, EntityId("a"), std::nullopt, ""}};
  EXPECT_THAT(ScheduleLines(BuildRotation(Members({"a", "b", "c"}), r), "r", Date(2021, 1, 1),
                            3, Date(2022, 1, 1)),
              ElementsAre("2021-01-01..2021-12-31 a recorded: history",
                          "2022-01-01..2022-12-31 - undetermined: call closed 2021-12-01; no "
                          "computable fallback (extend-incumbent: a is skipped)",
                          "2023-01-01..2023-12-31 b computed: alphabetical"));
}

// The same call, a leaving on 2022-06-30: not a member for the whole of
// 2022, so not extended; with next-in-order after it, 2022 goes to b.
TEST(ScheduleBranches, ExtendIncumbentRefusedForAnIncumbentWhoLeft) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.history = {{Date(2021, 1, 1), Ids({"a"}), ""}};
  r.calls = {{Date(2022, 1, 1), Date(2021, 12, 1), {Fallback::kExtendIncumbent}, ""}};
  const std::vector<Entity> entities = {Member("a", "", {{std::nullopt, Date(2022, 6, 30)}}),
                                        Member("b"), Member("c")};
  EXPECT_THAT(ScheduleLines(BuildRotation(entities, r), "r", Date(2022, 1, 1), 1,
                            Date(2022, 1, 1)),
              ElementsAre("2022-01-01..2022-12-31 - undetermined: call closed 2021-12-01; no "
                          "computable fallback (extend-incumbent: a is not a member for the "
                          "whole term)"));
  r.calls[0].fallback = {Fallback::kExtendIncumbent, Fallback::kNextInOrder};
  EXPECT_THAT(ScheduleLines(BuildRotation(entities, r), "r", Date(2022, 1, 1), 1,
                            Date(2022, 1, 1)),
              ElementsAre("2022-01-01..2022-12-31 b fallback: fallback next-in-order"));
}

// A call that lists no fallback: once closed, nothing decides the term.
TEST(ScheduleBranches, CallWithAnEmptyFallbackList) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.history = {{Date(2021, 1, 1), Ids({"a"}), ""}};
  r.calls = {{Date(2022, 1, 1), Date(2021, 12, 21), {}, ""}};
  const Network net = BuildRotation(Members({"a", "b"}), r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2022, 1, 1), 2, Date(2021, 12, 22)),
              ElementsAre("2022-01-01..2022-12-31 - undetermined: call closed 2021-12-21 with "
                          "no holder recorded and no fallback",
                          "2023-01-01..2023-12-31 b computed: alphabetical"));
}

// Fixed a, b, c (cycle); 2022 is to swap with 2023, whose call is still open
// on the as-of date: 2023 has no holder, so the swap is not applied to
// either term, and each says so. 2024 continues after b (2022): c.
TEST(ScheduleBranches, SwapWithATermWithoutAHolderIsNotApplied) {
  Rotation r = Yearly("r", OrderRuleKind::kFixed);
  r.order.sequence = Ids({"a", "b", "c"});
  r.order.cycle = true;
  r.overrides = {{Date(2022, 1, 1), OverrideKind::kSwap, EntityId(), Date(2023, 1, 1), ""}};
  r.calls = {{Date(2023, 1, 1), Date(2022, 12, 1), {Fallback::kNextInOrder}, ""}};
  EXPECT_THAT(
      ScheduleLines(BuildRotation(Members({"a", "b", "c"}), r), "r", Date(2021, 1, 1), 4),
      ElementsAre("2021-01-01..2021-12-31 a computed: fixed order",
                  "2022-01-01..2022-12-31 b computed: fixed order (swap with 2023-01-01 not "
                  "applied: a term without a holder)",
                  "2023-01-01..2023-12-31 - pending: call closes 2022-12-01 (swap with "
                  "2022-01-01 not applied: a term without a holder)",
                  "2024-01-01..2024-12-31 c computed: fixed order"));
}

// Alphabetical by id over a, b, c, d with c permanent: the pool is a, b, d
// and c sits between b and d. A history entry naming c (the permanent
// holder, recorded in the rotating seat too) places the order after c:
// 2022 is d, 2023 wraps to a. The holders list c twice, permanent and
// rotating, as recorded.
TEST(ScheduleBranches, PermanentHolderNamedInHistoryPlacesTheAlphabeticalOrder) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.permanent = Ids({"c"});
  r.history = {{Date(2021, 1, 1), Ids({"c"}), ""}};
  EXPECT_THAT(ScheduleLines(BuildRotation(Members({"a", "b", "c", "d"}), r), "r",
                            Date(2021, 1, 1), 3),
              ElementsAre("2021-01-01..2021-12-31 c+c recorded: history",
                          "2022-01-01..2022-12-31 c+d computed: alphabetical",
                          "2023-01-01..2023-12-31 c+a computed: alphabetical"));
  // A permanent holder sorting first (a, before the pool b, c) places the
  // order before the pool's first entity: the next is b, then c.
  r.permanent = Ids({"a"});
  r.history = {{Date(2021, 1, 1), Ids({"a"}), ""}};
  EXPECT_THAT(ScheduleLines(BuildRotation(Members({"a", "b", "c"}), r), "r", Date(2022, 1, 1), 2),
              ElementsAre("2022-01-01..2022-12-31 a+b computed: alphabetical",
                          "2023-01-01..2023-12-31 a+c computed: alphabetical"));
}

// Fixed a, b, a, c (cycle): a holds every other term. A history entry naming
// a for 2022 (after a at position 0 in 2021) is placed at a's next
// position, 2, so 2023 is c, then the sequence starts again: a, b.
TEST(ScheduleBranches, FixedSequenceRepeatingAnEntity) {
  Rotation r = Yearly("r", OrderRuleKind::kFixed);
  r.order.sequence = Ids({"a", "b", "a", "c"});
  r.order.cycle = true;
  const Network plain = BuildRotation(Members({"a", "b", "c"}), r);
  EXPECT_THAT(ScheduleLines(plain, "r", Date(2021, 1, 1), 5),
              ElementsAre("2021-01-01..2021-12-31 a computed: fixed order",
                          "2022-01-01..2022-12-31 b computed: fixed order",
                          "2023-01-01..2023-12-31 a computed: fixed order",
                          "2024-01-01..2024-12-31 c computed: fixed order",
                          "2025-01-01..2025-12-31 a computed: fixed order"));
  r.history = {{Date(2022, 1, 1), Ids({"a"}), ""}};
  const Network recorded = BuildRotation(Members({"a", "b", "c"}), r);
  EXPECT_THAT(ScheduleLines(recorded, "r", Date(2021, 1, 1), 5),
              ElementsAre("2021-01-01..2021-12-31 a computed: fixed order",
                          "2022-01-01..2022-12-31 a recorded: history",
                          "2023-01-01..2023-12-31 c computed: fixed order",
                          "2024-01-01..2024-12-31 a computed: fixed order",
                          "2025-01-01..2025-12-31 b computed: fixed order"));
  // The tally lists a once: 2021, 2022 and 2024.
  absl::StatusOr<Schedule> s = Schedule::Make(recorded, RotationId("r"), {Date(2021, 1, 1), {}});
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_THAT(s->Tally(Date(2021, 1, 1), Date(2025, 1, 1)),
              ::netgov::testing::IsOkAndHolds(
                  ElementsAre(TallyEntry{EntityId("a"), 3, Date(2024, 1, 1)},
                              TallyEntry{EntityId("b"), 1, Date(2025, 1, 1)},
                              TallyEntry{EntityId("c"), 1, Date(2023, 1, 1)})));
}

// The default network's co-chair is an open call with OHCHR permanent: every
// other entity is a candidate and listed, with the terms it held. As of
// 2021-12-22 UNESCO holds 2021 (recorded) and 2022 (extended), nobody 2023.
TEST(ScheduleBranches, TallyOfOpenCallCandidates) {
  absl::StatusOr<Schedule> s =
      Schedule::Make(io::DefaultNetwork(), RotationId("co-chair"), {Date(2021, 12, 22), {}});
  ASSERT_TRUE(s.ok()) << s.status();
  auto none = [](const char* id) { return TallyEntry{EntityId(id), 0, std::nullopt}; };
  EXPECT_THAT(s->Tally(Date(2021, 1, 1), Date(2023, 12, 31)),
              ::netgov::testing::IsOkAndHolds(ElementsAre(
                  none("dgc"), none("dppa"), none("ilo"), none("osapg"), none("unaids"),
                  none("undp"), TallyEntry{EntityId("unesco"), 2, Date(2022, 1, 1)},
                  none("unfpa"), none("unhcr"), none("unicef"), none("unodc"), none("unrwa"),
                  none("who"))));
}

// A holder the order cannot give (an override naming an entity outside the
// fixed sequence) is tallied too.
TEST(ScheduleBranches, TallyListsAHolderOutsideTheOrder) {
  Rotation r = Yearly("r", OrderRuleKind::kFixed);
  r.order.sequence = Ids({"a", "b"});
  r.order.cycle = true;
  r.overrides = {{Date(2022, 1, 1), OverrideKind::kHolder, EntityId("x"), std::nullopt, ""}};
  absl::StatusOr<Schedule> s = Schedule::Make(BuildRotation(Members({"a", "b", "x"}), r),
                                              RotationId("r"), {Date(2021, 1, 1), {}});
  ASSERT_TRUE(s.ok()) << s.status();
  // 2021 a; 2022 x (override; x is not in the sequence, so the position
  // stays after a); 2023 b.
  EXPECT_THAT(s->Tally(Date(2021, 1, 1), Date(2023, 1, 1)),
              ::netgov::testing::IsOkAndHolds(
                  ElementsAre(TallyEntry{EntityId("a"), 1, Date(2021, 1, 1)},
                              TallyEntry{EntityId("b"), 1, Date(2023, 1, 1)},
                              TallyEntry{EntityId("x"), 1, Date(2022, 1, 1)})));
}

// A permanent holder holds its seat in the terms that start while it is a
// member. The default co-chair if OHCHR (permanent) leaves on 2022-06-01: it
// was a member when 2022 started, so it keeps that term; from 2023 on it
// holds no seat (it used to be listed up to year 9999).
TEST(ScheduleBranches, PermanentHolderWhoLeftHoldsNoLaterSeat) {
  absl::StatusOr<Schedule> s =
      Schedule::Make(io::DefaultNetwork(), RotationId("co-chair"),
                     {Date(2021, 12, 22), {{EntityId("ohchr"), Date(2022, 6, 1)}}});
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_THAT(::netgov::testing::Lines(s->Terms(Date(2021, 1, 1), 4)),
              ElementsAre("2021-01-01..2021-12-31 ohchr+unesco recorded: history",
                          // "alternately request that UNESCO stay on for a second
                          // year": a request UNESCO may decline.
                          "2022-01-01..2022-12-31 ohchr+unesco fallback: fallback "
                          "request-incumbent: 2nd consecutive term, requested, not confirmed",
                          "2023-01-01..2023-12-31 - undetermined: no holder recorded and no "
                          "call; a 3rd consecutive term for unesco is not allowed "
                          "(max_consecutive_terms 2)",
                          "2024-01-01..2024-12-31 - undetermined: no holder recorded and no "
                          "call"));
  EXPECT_THAT(s->HoldersOn(Date(2022, 12, 31)),
              ::netgov::testing::IsOkAndHolds(Ids({"ohchr", "unesco"})));
  EXPECT_THAT(s->HoldersOn(Date(2023, 1, 1)), ::netgov::testing::IsOkAndHolds(Ids({})));
  absl::StatusOr<Term> t = s->TermOn(Date(2023, 1, 1));
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->permanent_count, 0u);
}

// No rotating seat, and a permanent holder p who joins on 2023-03-01: it is
// not a member when 2023 starts, so the first term it holds is 2024, where
// NextChange finds the first change of holders.
TEST(ScheduleBranches, PermanentHolderWhoJoinsLaterHoldsTheTermsAfter) {
  Rotation r = Yearly("r", OrderRuleKind::kOpenCall);
  r.rotating_seats = 0;
  r.permanent = Ids({"p"});
  const Network net =
      BuildRotation({Member("p", "", {{Date(2023, 3, 1), std::nullopt}}), Member("q")}, r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2022, 1, 1), 3),
              ElementsAre("2022-01-01..2022-12-31 - computed: no rotating seat",
                          "2023-01-01..2023-12-31 - computed: no rotating seat",
                          "2024-01-01..2024-12-31 p computed: no rotating seat"));
  absl::StatusOr<Schedule> s = Schedule::Make(net, RotationId("r"), {Date(2021, 1, 1), {}});
  ASSERT_TRUE(s.ok()) << s.status();
  absl::StatusOr<std::optional<Term>> change = s->NextChange(Date(2021, 6, 1));
  ASSERT_TRUE(change.ok()) << change.status();
  ASSERT_TRUE(change->has_value());
  EXPECT_EQ((*change)->start, Date(2024, 1, 1));
  change = s->NextChange(Date(2024, 6, 1));
  ASSERT_TRUE(change.ok()) << change.status();
  EXPECT_FALSE(change->has_value());
}

// a recorded for 2021, then a call for every year to 2043 that closes with
// no holder and falls back on extending the incumbent: a's run grows by
// one each year, and the reason counts it in English ordinals, 11th, 12th
// and 13th included, then 21st, 22nd and 23rd.
TEST(ScheduleBranches, ExtendIncumbentCountsTheRunInOrdinals) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.history = {{Date(2021, 1, 1), Ids({"a"}), ""}};
  for (int year = 2022; year <= 2043; ++year) {
    r.calls.push_back({Date(year, 1, 1), Date(year - 1, 12, 1), {Fallback::kExtendIncumbent}, ""});
  }
  const std::vector<std::string> lines =
      ScheduleLines(BuildRotation(Members({"a", "b"}), r), "r", Date(2021, 1, 1), 23,
                    Date(2043, 1, 1));
  ASSERT_EQ(lines.size(), 23u);
  const auto line = [](int year, const char* ordinal) {
    return absl::StrCat(year, "-01-01..", year, "-12-31 a fallback: fallback extend-incumbent: ",
                        ordinal, " consecutive term");
  };
  EXPECT_EQ(lines[0], "2021-01-01..2021-12-31 a recorded: history");
  EXPECT_EQ(lines[1], line(2022, "2nd"));
  EXPECT_EQ(lines[2], line(2023, "3rd"));
  EXPECT_EQ(lines[3], line(2024, "4th"));
  EXPECT_EQ(lines[9], line(2030, "10th"));
  EXPECT_EQ(lines[10], line(2031, "11th"));
  EXPECT_EQ(lines[11], line(2032, "12th"));
  EXPECT_EQ(lines[12], line(2033, "13th"));
  EXPECT_EQ(lines[20], line(2041, "21st"));
  EXPECT_EQ(lines[21], line(2042, "22nd"));
  EXPECT_EQ(lines[22], line(2043, "23rd"));
}

}  // namespace
}  // namespace netgov::rotation
