#include "netgov/rotation/schedule.hpp"

#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/network/network_builder.hpp"
#include "tests/testing/ids.hpp"
#include "tests/testing/rotation_lines.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov::rotation {
namespace {

using ::netgov::testing::Ids;
using ::netgov::testing::Line;
using ::netgov::testing::Lines;
using ::netgov::testing::Member;
using ::netgov::testing::ScheduleLines;
using ::netgov::testing::StatusIs;
using ::netgov::testing::Yearly;
using ::testing::ElementsAre;

Network Build(const std::vector<Entity>& entities, const Rotation& rotation) {
  return ::netgov::testing::BuildRotation(entities, rotation);
}

// The Council of the EU: six-month presidencies in a fixed order.
TEST(Schedule, FixedOrderGivesTheEuCouncilPresidency) {
  Rotation r;
  r.id = RotationId("presidency");
  r.term = {Date(2024, 1, 1), TermUnit::kMonths, 6};
  r.order = {.rule = OrderRuleKind::kFixed,
             .sequence = Ids({"be", "hu", "pl", "dk", "cy", "ie"}),
             .cycle = false};
  const Network net = Build({Member("be"), Member("hu"), Member("pl"), Member("dk"),
                             Member("cy"), Member("ie")},
                            r);
  EXPECT_THAT(ScheduleLines(net, "presidency", Date(2024, 3, 15), 7),
              ElementsAre("2024-01-01..2024-06-30 be computed: fixed order",
                          "2024-07-01..2024-12-31 hu computed: fixed order",
                          "2025-01-01..2025-06-30 pl computed: fixed order",
                          "2025-07-01..2025-12-31 dk computed: fixed order",
                          "2026-01-01..2026-06-30 cy computed: fixed order",
                          "2026-07-01..2026-12-31 ie computed: fixed order",
                          "2027-01-01..2027-06-30 - undetermined: the fixed sequence has ended"));
}

TEST(Schedule, FixedOrderWithCycleStartsAgain) {
  Rotation r = Yearly("r", OrderRuleKind::kFixed);
  r.order.sequence = Ids({"a", "b", "c"});
  r.order.cycle = true;
  const Network net = Build({Member("a"), Member("b"), Member("c")}, r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2022, 5, 5), 4),
              ElementsAre("2022-01-01..2022-12-31 b computed: fixed order",
                          "2023-01-01..2023-12-31 c computed: fixed order",
                          "2024-01-01..2024-12-31 a computed: fixed order",
                          "2025-01-01..2025-12-31 b computed: fixed order"));
}

TEST(Schedule, FixedOrderPassesOverAnEntityThatLeft) {
  Rotation r = Yearly("r", OrderRuleKind::kFixed);
  r.order.sequence = Ids({"a", "b", "c"});
  r.order.cycle = true;
  const Network net =
      Build({Member("a"), Member("b", "", {{std::nullopt, Date(2022, 6, 30)}}), Member("c")}, r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2021, 1, 1), 4),
              ElementsAre("2021-01-01..2021-12-31 a computed: fixed order",
                          "2022-01-01..2022-12-31 c computed: fixed order",
                          "2023-01-01..2023-12-31 a computed: fixed order",
                          "2024-01-01..2024-12-31 c computed: fixed order"));
}

// Names, acronyms and ids sort differently, and case does not count.
std::vector<Entity> Lettered() {
  Entity x = Member("x", "beta");
  x.acronym = "c";
  Entity y = Member("y", "Alpha");
  y.acronym = "B";
  Entity z = Member("z", "gamma");
  z.acronym = "a";
  return {x, y, z};
}

TEST(Schedule, AlphabeticalByName) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kName;
  EXPECT_THAT(ScheduleLines(Build(Lettered(), r), "r", Date(2021, 1, 1), 4),
              ElementsAre("2021-01-01..2021-12-31 y computed: alphabetical",
                          "2022-01-01..2022-12-31 x computed: alphabetical",
                          "2023-01-01..2023-12-31 z computed: alphabetical",
                          "2024-01-01..2024-12-31 y computed: alphabetical"));
}

TEST(Schedule, AlphabeticalByAcronym) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kAcronym;
  EXPECT_THAT(ScheduleLines(Build(Lettered(), r), "r", Date(2021, 1, 1), 4),
              ElementsAre("2021-01-01..2021-12-31 z computed: alphabetical",
                          "2022-01-01..2022-12-31 y computed: alphabetical",
                          "2023-01-01..2023-12-31 x computed: alphabetical",
                          "2024-01-01..2024-12-31 z computed: alphabetical"));
}

TEST(Schedule, AlphabeticalById) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.history = {{Date(2021, 1, 1), Ids({"y"}), ""}};
  EXPECT_THAT(ScheduleLines(Build(Lettered(), r), "r", Date(2021, 1, 1), 3),
              ElementsAre("2021-01-01..2021-12-31 y recorded: history",
                          "2022-01-01..2022-12-31 z computed: alphabetical",
                          "2023-01-01..2023-12-31 x computed: alphabetical"));
}

TEST(Schedule, AlphabeticalLeavesOutPermanentHolders) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.permanent = Ids({"b"});
  const Network net = Build({Member("a"), Member("b"), Member("c")}, r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2021, 1, 1), 3),
              ElementsAre("2021-01-01..2021-12-31 b+a computed: alphabetical",
                          "2022-01-01..2022-12-31 b+c computed: alphabetical",
                          "2023-01-01..2023-12-31 b+a computed: alphabetical"));
}

// Joining mid-term counts from the first term the entity is a member for in
// full; the holder who left still places the order.
TEST(Schedule, AlphabeticalFollowsMembershipJoiningAndLeaving) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.history = {{Date(2021, 1, 1), Ids({"c"}), ""}};
  const Network net = Build(
      {Member("a"), Member("b", "", {{Date(2022, 3, 1), std::nullopt}}),
       Member("c", "", {{std::nullopt, Date(2021, 12, 31)}}), Member("d")},
      r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2021, 1, 1), 5),
              ElementsAre("2021-01-01..2021-12-31 c recorded: history",
                          "2022-01-01..2022-12-31 d computed: alphabetical",
                          "2023-01-01..2023-12-31 a computed: alphabetical",
                          "2024-01-01..2024-12-31 b computed: alphabetical",
                          "2025-01-01..2025-12-31 d computed: alphabetical"));
}

// The UN Security Council: a monthly presidency in English alphabetical order
// of the members that year; five elected members change on 1 January.
TEST(Schedule, AlphabeticalGivesTheSecurityCouncilPresidency2024To2025) {
  const Interval y2023_24{Date(2023, 1, 1), Date(2024, 12, 31)};
  const Interval y2024_25{Date(2024, 1, 1), Date(2025, 12, 31)};
  const Interval y2025_26{Date(2025, 1, 1), Date(2026, 12, 31)};
  const std::vector<Entity> members = {
      Member("algeria", "Algeria", {y2024_25}),
      Member("china", "China"),
      Member("denmark", "Denmark", {y2025_26}),
      Member("ecuador", "Ecuador", {y2023_24}),
      Member("france", "France"),
      Member("greece", "Greece", {y2025_26}),
      Member("guyana", "Guyana", {y2024_25}),
      Member("japan", "Japan", {y2023_24}),
      Member("malta", "Malta", {y2023_24}),
      Member("mozambique", "Mozambique", {y2023_24}),
      Member("pakistan", "Pakistan", {y2025_26}),
      Member("panama", "Panama", {y2025_26}),
      Member("korea", "Republic of Korea", {y2024_25}),
      Member("russia", "Russian Federation"),
      Member("sierra-leone", "Sierra Leone", {y2024_25}),
      Member("slovenia", "Slovenia", {y2024_25}),
      Member("somalia", "Somalia", {y2025_26}),
      Member("switzerland", "Switzerland", {y2023_24}),
      Member("uk", "United Kingdom of Great Britain and Northern Ireland"),
      Member("us", "United States of America"),
  };
  Rotation r;
  r.id = RotationId("unsc-presidency");
  r.term = {Date(2024, 1, 1), TermUnit::kMonths, 1};
  r.order = {.rule = OrderRuleKind::kAlphabetical, .sequence = {}, .cycle = true,
             .key = SortKey::kName};
  r.history = {{Date(2024, 1, 1), Ids({"france"}), ""}};
  absl::StatusOr<rotation::Schedule> s =
      Schedule::Make(Build(members, r), r.id, {Date(2024, 1, 1), {}});
  ASSERT_TRUE(s.ok()) << s.status();
  absl::StatusOr<std::vector<Term>> terms = s->Terms(Date(2024, 1, 1), 24);
  ASSERT_TRUE(terms.ok()) << terms.status();
  std::vector<std::string> holders;
  for (const Term& t : *terms) holders.push_back(t.holders.front().str());
  EXPECT_THAT(holders,
              ElementsAre("france", "guyana", "japan", "malta", "mozambique", "korea",
                          "russia", "sierra-leone", "slovenia", "switzerland", "uk", "us",
                          "algeria", "china", "denmark", "france", "greece", "guyana",
                          "pakistan", "panama", "korea", "russia", "sierra-leone",
                          "slovenia"));
  EXPECT_EQ(Line(terms->at(1)), "2024-02-01..2024-02-29 guyana computed: alphabetical");
}

TEST(Schedule, SkipPassesTheTurnToTheNext) {
  Rotation r = Yearly("r", OrderRuleKind::kFixed);
  r.order.sequence = Ids({"a", "b", "c", "d"});
  r.order.cycle = true;
  r.overrides = {{Date(2022, 1, 1), OverrideKind::kSkip, EntityId("b"), std::nullopt, ""}};
  const Network net = Build({Member("a"), Member("b"), Member("c"), Member("d")}, r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2021, 1, 1), 5),
              ElementsAre("2021-01-01..2021-12-31 a computed: fixed order",
                          "2022-01-01..2022-12-31 c override: override: skip b",
                          "2023-01-01..2023-12-31 d computed: fixed order",
                          "2024-01-01..2024-12-31 a computed: fixed order",
                          "2025-01-01..2025-12-31 b computed: fixed order"));
}

// A swap exchanges two terms' holders; the order continues as if it had not
// happened.
TEST(Schedule, SwapExchangesTwoTerms) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical, Date(2010, 1, 1));
  r.order.key = SortKey::kId;
  r.history = {{Date(2010, 1, 1), Ids({"vietnam"}), ""}};
  r.overrides = {{Date(2011, 1, 1), OverrideKind::kSwap, EntityId(), Date(2013, 1, 1), ""}};
  const Network net = Build({Member("brunei"), Member("cambodia"), Member("indonesia"),
                             Member("laos"), Member("vietnam")},
                            r);
  EXPECT_THAT(
      ScheduleLines(net, "r", Date(2010, 1, 1), 6),
      ElementsAre("2010-01-01..2010-12-31 vietnam recorded: history",
                  "2011-01-01..2011-12-31 indonesia override: override: swapped with the term "
                  "starting 2013-01-01",
                  "2012-01-01..2012-12-31 cambodia computed: alphabetical",
                  "2013-01-01..2013-12-31 brunei override: override: swapped with the term "
                  "starting 2011-01-01",
                  "2014-01-01..2014-12-31 laos computed: alphabetical",
                  "2015-01-01..2015-12-31 vietnam computed: alphabetical"));
  // Asking for the later term first gives the same answer.
  absl::StatusOr<rotation::Schedule> s = Schedule::Make(net, RotationId("r"), {Date(2010, 1, 1), {}});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(Line(*s->TermOn(Date(2013, 6, 1))),
            "2013-01-01..2013-12-31 brunei override: override: swapped with the term "
            "starting 2011-01-01");
}

TEST(Schedule, SwapWithARecordedTermIsNotApplied) {
  Rotation r = Yearly("r", OrderRuleKind::kFixed);
  r.order.sequence = Ids({"a", "b", "c"});
  r.order.cycle = true;
  r.history = {{Date(2021, 1, 1), Ids({"a"}), ""}};
  r.overrides = {{Date(2022, 1, 1), OverrideKind::kSwap, EntityId(), Date(2021, 1, 1), ""}};
  const Network net = Build({Member("a"), Member("b"), Member("c")}, r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2021, 1, 1), 2),
              ElementsAre("2021-01-01..2021-12-31 a recorded: history (swap with 2022-01-01 "
                          "not applied: a recorded term)",
                          "2022-01-01..2022-12-31 b computed: fixed order (swap with "
                          "2021-01-01 not applied: a recorded term)"));
}

TEST(Schedule, HolderOverrideSetsATermAndTheOrderContinuesFromIt) {
  Rotation r = Yearly("r", OrderRuleKind::kFixed);
  r.order.sequence = Ids({"a", "b", "c"});
  r.order.cycle = true;
  r.overrides = {{Date(2022, 1, 1), OverrideKind::kHolder, EntityId("c"), std::nullopt, ""}};
  const Network net = Build({Member("a"), Member("b"), Member("c")}, r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2021, 1, 1), 3),
              ElementsAre("2021-01-01..2021-12-31 a computed: fixed order",
                          "2022-01-01..2022-12-31 c override: override: holder c",
                          "2023-01-01..2023-12-31 a computed: fixed order"));
}

TEST(Schedule, SeveralRotatingSeats) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.rotating_seats = 2;
  r.permanent = Ids({"p"});
  const Network net =
      Build({Member("a"), Member("b"), Member("c"), Member("d"), Member("e"), Member("p")}, r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2021, 1, 1), 3),
              ElementsAre("2021-01-01..2021-12-31 p+a+b computed: alphabetical",
                          "2022-01-01..2022-12-31 p+c+d computed: alphabetical",
                          "2023-01-01..2023-12-31 p+e+a computed: alphabetical"));
}

TEST(Schedule, MaxConsecutiveTermsPassesOverTheIncumbent) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.max_consecutive_terms = 1;
  const Network net = Build({Member("a")}, r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2021, 1, 1), 3),
              ElementsAre("2021-01-01..2021-12-31 a computed: alphabetical",
                          "2022-01-01..2022-12-31 - undetermined: no eligible holder "
                          "(max_consecutive_terms 1)",
                          "2023-01-01..2023-12-31 a computed: alphabetical"));
}

TEST(Schedule, EmptyPoolIsUndetermined) {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  const Network net = Build({Member("a", "", {{std::nullopt, Date(2022, 6, 30)}}),
                             Member("b", "", {{Date(2022, 2, 1), std::nullopt}})},
                            r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2021, 1, 1), 3),
              ElementsAre("2021-01-01..2021-12-31 a computed: alphabetical",
                          "2022-01-01..2022-12-31 - undetermined: empty pool: no entity is a "
                          "member for the whole term",
                          "2023-01-01..2023-12-31 b computed: alphabetical"));
}

Rotation OpenCall() {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  r.history = {{Date(2021, 1, 1), Ids({"a"}), ""}};
  r.calls = {{Date(2022, 1, 1), Date(2021, 12, 21), {Fallback::kNextInOrder}, ""}};
  return r;
}

TEST(Schedule, CallIsPendingWhileOpenThenNextInOrder) {
  const Network net = Build({Member("a"), Member("b")}, OpenCall());
  EXPECT_THAT(ScheduleLines(net, "r", Date(2022, 1, 1), 2, Date(2021, 12, 21)),
              ElementsAre("2022-01-01..2022-12-31 - pending: call closes 2021-12-21",
                          "2023-01-01..2023-12-31 b computed: alphabetical"));
  EXPECT_THAT(ScheduleLines(net, "r", Date(2022, 1, 1), 2, Date(2021, 12, 22)),
              ElementsAre("2022-01-01..2022-12-31 b fallback: fallback next-in-order",
                          "2023-01-01..2023-12-31 a computed: alphabetical"));
}

TEST(Schedule, CallWithoutComputableFallbackIsUndetermined) {
  Rotation r = OpenCall();
  r.calls[0].fallback = {Fallback::kApproachBilaterally};
  const Network net = Build({Member("a"), Member("b")}, r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2022, 1, 1), 1, Date(2022, 1, 5)),
              ElementsAre("2022-01-01..2022-12-31 - undetermined: call closed 2021-12-21; no "
                          "computable fallback (approach-bilaterally is not computable)"));
}

TEST(Schedule, ExtendIncumbentStopsAtMaxConsecutiveTerms) {
  Rotation r = Yearly("r", OrderRuleKind::kOpenCall);
  r.max_consecutive_terms = 2;
  r.history = {{Date(2021, 1, 1), Ids({"a"}), ""}, {Date(2022, 1, 1), Ids({"a"}), ""}};
  r.calls = {{Date(2023, 1, 1), Date(2022, 11, 30),
              {Fallback::kExtendIncumbent, Fallback::kNextInOrder}, ""}};
  const Network net = Build({Member("a"), Member("b")}, r);
  EXPECT_THAT(ScheduleLines(net, "r", Date(2023, 1, 1), 1, Date(2023, 1, 1)),
              ElementsAre("2023-01-01..2023-12-31 - undetermined: call closed 2022-11-30; no "
                          "computable fallback (extend-incumbent would make a 3rd consecutive "
                          "term for a (max_consecutive_terms 2); next-in-order: an open call "
                          "has no automatic successor)"));
}

// The default network: the minutes of 6 December 2021.
std::vector<std::string> CoChair(Date as_of) {
  return ScheduleLines(io::DefaultNetwork(), "co-chair", Date(2021, 1, 1), 3, as_of);
}

TEST(Schedule, DefaultCoChairWhileTheCallIsOpen) {
  const std::vector<std::string> expected = {
      "2021-01-01..2021-12-31 ohchr+unesco recorded: history",
      "2022-01-01..2022-12-31 ohchr pending: call closes 2021-12-21",
      "2023-01-01..2023-12-31 ohchr undetermined: no holder recorded and no call"};
  EXPECT_EQ(CoChair(Date(2021, 12, 6)), expected);
  EXPECT_EQ(CoChair(Date(2021, 12, 21)), expected);
}

TEST(Schedule, DefaultCoChairAfterTheCallCloses) {
  const std::vector<std::string> expected = {
      "2021-01-01..2021-12-31 ohchr+unesco recorded: history",
      "2022-01-01..2022-12-31 ohchr+unesco fallback: fallback request-incumbent: 2nd "
      "consecutive term, requested, not confirmed",
      "2023-01-01..2023-12-31 ohchr undetermined: no holder recorded and no call; a 3rd "
      "consecutive term for unesco is not allowed (max_consecutive_terms 2)"};
  EXPECT_EQ(CoChair(Date(2021, 12, 22)), expected);
  EXPECT_EQ(CoChair(Date(2023, 3, 1)), expected);
}

TEST(Schedule, DefaultCoChairHoldersOnDates) {
  absl::StatusOr<rotation::Schedule> s =
      Schedule::Make(io::DefaultNetwork(), RotationId("co-chair"), {Date(2022, 1, 10), {}});
  ASSERT_TRUE(s.ok());
  EXPECT_THAT(s->HoldersOn(Date(2021, 12, 6)),
              ::netgov::testing::IsOkAndHolds(Ids({"ohchr", "unesco"})));
  EXPECT_THAT(s->HoldersOn(Date(2022, 6, 1)),
              ::netgov::testing::IsOkAndHolds(Ids({"ohchr", "unesco"})));
  EXPECT_THAT(s->HoldersOn(Date(2023, 1, 1)), ::netgov::testing::IsOkAndHolds(Ids({"ohchr"})));
  EXPECT_EQ(Line(*s->TermOn(Date(2020, 7, 1))),
            "2020-01-01..2020-12-31 ohchr undetermined: before the rotation starts (2021-01-01)");
}

TEST(Schedule, UnknownRotationSaysWhatIsClose) {
  EXPECT_THAT(Schedule::Make(io::DefaultNetwork(), RotationId("co-chiar"), {Date(2022, 1, 1), {}}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "unknown rotation 'co-chiar'; did you mean 'co-chair'?"));
}

Network Abcd() {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.order.key = SortKey::kId;
  return Build({Member("a"), Member("b"), Member("c"), Member("d")}, r);
}

TEST(Schedule, IfLeavesRecomputesWithoutTheEntity) {
  absl::StatusOr<rotation::Schedule> s = Schedule::Make(Abcd(), RotationId("r"), {Date(2021, 1, 1), {}});
  ASSERT_TRUE(s.ok());
  absl::StatusOr<rotation::Schedule> without = s->IfLeaves(EntityId("c"), Date(2022, 7, 1));
  ASSERT_TRUE(without.ok());
  EXPECT_THAT(Lines(without->Terms(Date(2021, 1, 1), 5)),
              ElementsAre("2021-01-01..2021-12-31 a computed: alphabetical",
                          "2022-01-01..2022-12-31 b computed: alphabetical",
                          "2023-01-01..2023-12-31 d computed: alphabetical",
                          "2024-01-01..2024-12-31 a computed: alphabetical",
                          "2025-01-01..2025-12-31 b computed: alphabetical"));
  EXPECT_EQ(Line(*s->TermAt(2)), "2023-01-01..2023-12-31 c computed: alphabetical");
  EXPECT_THAT(s->IfLeaves(EntityId("cc"), Date(2022, 7, 1)),
              StatusIs(absl::StatusCode::kInvalidArgument, "unknown entity 'cc'; did you mean 'c'?"));
}

TEST(Schedule, TallyCountsTermsHeldAndTheLastOne) {
  absl::StatusOr<rotation::Schedule> s = Schedule::Make(Abcd(), RotationId("r"), {Date(2021, 1, 1), {}});
  ASSERT_TRUE(s.ok());
  absl::StatusOr<std::vector<TallyEntry>> tally = s->Tally(Date(2021, 3, 1), Date(2026, 1, 1));
  ASSERT_TRUE(tally.ok());
  EXPECT_THAT(*tally, ElementsAre(TallyEntry{EntityId("a"), 2, Date(2025, 1, 1)},
                                  TallyEntry{EntityId("b"), 2, Date(2026, 1, 1)},
                                  TallyEntry{EntityId("c"), 1, Date(2023, 1, 1)},
                                  TallyEntry{EntityId("d"), 1, Date(2024, 1, 1)}));
  EXPECT_THAT(s->Tally(Date(2022, 1, 1), Date(2021, 1, 1)),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "rotation 'r': until 2021-01-01 is before from 2022-01-01"));
}

TEST(Schedule, NextChangeFindsTheNextDifferentHolders) {
  absl::StatusOr<rotation::Schedule> s =
      Schedule::Make(io::DefaultNetwork(), RotationId("co-chair"), {Date(2022, 1, 10), {}});
  ASSERT_TRUE(s.ok());
  absl::StatusOr<std::optional<Term>> change = s->NextChange(Date(2021, 6, 1));
  ASSERT_TRUE(change.ok());
  ASSERT_TRUE(change->has_value());
  EXPECT_EQ((*change)->start, Date(2023, 1, 1));
  // From 2023 on only the permanent co-chair is known, up to year 9999.
  change = s->NextChange(Date(2023, 6, 1));
  ASSERT_TRUE(change.ok());
  EXPECT_FALSE(change->has_value());
}

TEST(Schedule, CursorWalksTermsLazily) {
  absl::StatusOr<rotation::Schedule> s = Schedule::Make(Abcd(), RotationId("r"), {Date(2021, 1, 1), {}});
  ASSERT_TRUE(s.ok());
  TermCursor cursor = s->Cursor(Date(2020, 6, 1));
  std::vector<std::string> lines;
  for (int i = 0; i < 3; ++i) {
    absl::StatusOr<const Term*> t = cursor.Next();
    ASSERT_TRUE(t.ok());
    lines.push_back(Line(**t));
  }
  EXPECT_THAT(lines,
              ElementsAre("2020-01-01..2020-12-31 - undetermined: before the rotation starts "
                          "(2021-01-01)",
                          "2021-01-01..2021-12-31 a computed: alphabetical",
                          "2022-01-01..2022-12-31 b computed: alphabetical"));
}

// A monthly rotation with a permanent seat, a recorded term before its start,
// a skip and an open call: terms of every kind, for the cursor tests.
Network MixedMonthly() {
  Rotation r = Yearly("r", OrderRuleKind::kAlphabetical);
  r.term = {Date(2021, 1, 1), TermUnit::kMonths, 1};
  r.order.key = SortKey::kId;
  r.permanent = Ids({"p"});
  r.history = {{Date(2020, 11, 1), Ids({"e"}), ""}};
  r.overrides = {{Date(2021, 3, 1), OverrideKind::kSkip, EntityId("c"), std::nullopt, ""}};
  r.calls = {{Date(2021, 6, 1), Date(2021, 5, 20), {Fallback::kNextInOrder}, ""}};
  return Build({Member("a"), Member("b"), Member("c"), Member("d"), Member("e"), Member("p")}, r);
}

std::vector<std::string> CursorLines(TermCursor& cursor, int n) {
  std::vector<std::string> lines;
  for (int i = 0; i < n; ++i) {
    absl::StatusOr<const Term*> t = cursor.Next();
    lines.push_back(t.ok() ? Line(**t) : std::string(t.status().ToString()));
  }
  return lines;
}

TEST(Schedule, CursorGivesEveryKindOfTermAsTermsDoes) {
  const Network net = MixedMonthly();
  absl::StatusOr<rotation::Schedule> s = Schedule::Make(net, RotationId("r"), {Date(2021, 5, 1), {}});
  ASSERT_TRUE(s.ok());
  TermCursor cursor = s->Cursor(Date(2020, 10, 15));
  const std::vector<std::string> walked = CursorLines(cursor, 1000);
  EXPECT_THAT(std::vector<std::string>(walked.begin(), walked.begin() + 10),
              ElementsAre("2020-10-01..2020-10-31 p undetermined: before the rotation starts "
                          "(2021-01-01)",
                          "2020-11-01..2020-11-30 p+e recorded: history",
                          "2020-12-01..2020-12-31 p undetermined: before the rotation starts "
                          "(2021-01-01)",
                          "2021-01-01..2021-01-31 p+a computed: alphabetical",
                          "2021-02-01..2021-02-28 p+b computed: alphabetical",
                          "2021-03-01..2021-03-31 p+d override: override: skip c",
                          "2021-04-01..2021-04-30 p+e computed: alphabetical",
                          "2021-05-01..2021-05-31 p+a computed: alphabetical",
                          "2021-06-01..2021-06-30 p pending: call closes 2021-05-20",
                          "2021-07-01..2021-07-31 p+b computed: alphabetical"));
  // 990 months (a multiple of the five members) after 2021-07: b again.
  EXPECT_EQ(walked[999], "2104-01-01..2104-01-31 p+b computed: alphabetical");
  // The same terms from a fresh schedule, and from this one's cache.
  absl::StatusOr<rotation::Schedule> fresh =
      Schedule::Make(net, RotationId("r"), {Date(2021, 5, 1), {}});
  ASSERT_TRUE(fresh.ok());
  EXPECT_EQ(Lines(fresh->Terms(Date(2020, 10, 15), 1000)), walked);
  EXPECT_EQ(Lines(s->Terms(Date(2020, 10, 15), 1000)), walked);
}

TEST(Schedule, CursorsInterleaveAndMove) {
  const Network net = MixedMonthly();
  absl::StatusOr<rotation::Schedule> s = Schedule::Make(net, RotationId("r"), {Date(2021, 5, 1), {}});
  ASSERT_TRUE(s.ok());
  const std::vector<std::string> expected = Lines(s->Terms(Date(2021, 1, 1), 700));
  TermCursor ahead = s->Cursor(Date(2021, 1, 1));
  TermCursor behind = s->Cursor(Date(2021, 1, 1));
  std::vector<std::string> a = CursorLines(ahead, 300);
  std::vector<std::string> b = CursorLines(behind, 5);
  // A moved cursor carries on where it was.
  TermCursor moved = std::move(ahead);
  for (const std::string& line : CursorLines(moved, 400)) a.push_back(line);
  for (const std::string& line : CursorLines(behind, 695)) b.push_back(line);
  EXPECT_EQ(a, expected);
  EXPECT_EQ(b, expected);
}

TEST(Schedule, CursorStopsAtTheEndOfSupportedDates) {
  Rotation r = Yearly("r", OrderRuleKind::kFixed);
  r.order.sequence = Ids({"a", "b"});
  r.order.cycle = true;
  const Network net = Build({Member("a"), Member("b")}, r);
  absl::StatusOr<rotation::Schedule> s = Schedule::Make(net, RotationId("r"), {Date(2021, 1, 1), {}});
  ASSERT_TRUE(s.ok());
  TermCursor cursor = s->Cursor(Date(9997, 3, 1));
  const std::string end =
      "OUT_OF_RANGE: rotation 'r': no term can start after 9999-12-31, the last date supported";
  EXPECT_THAT(CursorLines(cursor, 5),
              ElementsAre("9997-01-01..9997-12-31 a computed: fixed order",
                          "9998-01-01..9998-12-31 b computed: fixed order",
                          "9999-01-01..9999-12-31 a computed: fixed order", end, end));
  TermCursor past = s->Cursor(Date(9999, 12, 31));
  (void)past.Next();
  EXPECT_THAT(past.Next(), StatusIs(absl::StatusCode::kOutOfRange, end.substr(14)));
}

// Queries share the schedule's cache from several threads.
TEST(Schedule, ThreadsShareOneSchedule) {
  const Network net = MixedMonthly();
  absl::StatusOr<rotation::Schedule> s = Schedule::Make(net, RotationId("r"), {Date(2021, 5, 1), {}});
  ASSERT_TRUE(s.ok());
  absl::StatusOr<rotation::Schedule> reference =
      Schedule::Make(net, RotationId("r"), {Date(2021, 5, 1), {}});
  ASSERT_TRUE(reference.ok());
  const std::vector<std::string> expected = Lines(reference->Terms(Date(2021, 1, 1), 3000));
  std::vector<std::vector<std::string>> walked(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < walked.size(); ++i) {
    threads.emplace_back([&, i] {
      if (i % 2 == 0) {
        TermCursor cursor = s->Cursor(Date(2021, 1, 1));
        walked[i] = CursorLines(cursor, 3000);
      } else {
        // Every term by date, in an order of its own.
        walked[i] = expected;
        for (std::size_t k = 0; k < expected.size(); ++k) {
          const std::size_t j = (k * 7 + i) % expected.size();
          absl::StatusOr<Term> t = s->TermAt(static_cast<long long>(j));
          walked[i][j] = t.ok() ? Line(*t) : std::string(t.status().ToString());
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::vector<std::string>& lines : walked) EXPECT_EQ(lines, expected);
}

TEST(Schedule, TermsOfDaysWeeksAndMonthEnds) {
  Rotation r = Yearly("r", OrderRuleKind::kFixed);
  r.order.sequence = Ids({"a", "b"});
  r.order.cycle = true;
  r.term = {Date(2021, 1, 31), TermUnit::kMonths, 1};
  EXPECT_THAT(ScheduleLines(Build({Member("a"), Member("b")}, r), "r", Date(2020, 12, 31), 5),
              ElementsAre("2020-12-31..2021-01-30 - undetermined: before the rotation starts "
                          "(2021-01-31)",
                          "2021-01-31..2021-02-27 a computed: fixed order",
                          "2021-02-28..2021-03-30 b computed: fixed order",
                          "2021-03-31..2021-04-29 a computed: fixed order",
                          "2021-04-30..2021-05-30 b computed: fixed order"));
  r.term = {Date(2021, 1, 1), TermUnit::kWeeks, 2};
  EXPECT_THAT(ScheduleLines(Build({Member("a"), Member("b")}, r), "r", Date(2021, 1, 20), 2),
              ElementsAre("2021-01-15..2021-01-28 b computed: fixed order",
                          "2021-01-29..2021-02-11 a computed: fixed order"));
  r.term = {Date(2021, 1, 1), TermUnit::kDays, 3};
  EXPECT_THAT(ScheduleLines(Build({Member("a"), Member("b")}, r), "r", Date(2021, 1, 4), 2),
              ElementsAre("2021-01-04..2021-01-06 b computed: fixed order",
                          "2021-01-07..2021-01-09 a computed: fixed order"));
}

TEST(Schedule, EndsWithAClearErrorAtTheEndOfSupportedDates) {
  Rotation r = Yearly("r", OrderRuleKind::kFixed);
  r.order.sequence = Ids({"a", "b"});
  r.order.cycle = true;
  const Network yearly = Build({Member("a"), Member("b")}, r);
  EXPECT_THAT(ScheduleLines(yearly, "r", Date(9998, 1, 1), 2),
              ElementsAre("9998-01-01..9998-12-31 b computed: fixed order",
                          "9999-01-01..9999-12-31 a computed: fixed order"));
  EXPECT_THAT(ScheduleLines(yearly, "r", Date(9999, 1, 1), 2),
              ElementsAre("OUT_OF_RANGE: rotation 'r': no term can start after 9999-12-31, the "
                          "last date supported"));
  r.term = {Date(2021, 1, 15), TermUnit::kMonths, 1};
  const Network monthly = Build({Member("a"), Member("b")}, r);
  EXPECT_THAT(ScheduleLines(monthly, "r", Date(9999, 12, 20), 1),
              ElementsAre("OUT_OF_RANGE: rotation 'r': the term starting 9999-12-15 would end "
                          "after 9999-12-31, the last date supported"));
  EXPECT_THAT(ScheduleLines(monthly, "r", Date(1400, 1, 3), 1),
              ElementsAre("OUT_OF_RANGE: rotation 'r': no term can start before 1400-01-01, the "
                          "first date supported"));
  absl::StatusOr<rotation::Schedule> s = Schedule::Make(monthly, RotationId("r"), {Date(2021, 1, 1), {}});
  ASSERT_TRUE(s.ok());
  EXPECT_THAT(s->TermAt(1'000'000'000'000LL),
              StatusIs(absl::StatusCode::kOutOfRange,
                       "rotation 'r': no term can start after 9999-12-31, the last date supported"));
  EXPECT_THAT(s->Terms(Date(2021, 1, 1), 0),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "rotation 'r': the number of terms must be at least 1; got 0"));
}

}  // namespace
}  // namespace netgov::rotation
