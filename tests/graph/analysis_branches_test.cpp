// Paths and what-if on small networks where the answer depends on a tie or
// on an entity absent on the date, worked out by hand in the comments.
#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/graph/analysis.hpp"
#include "netgov/network/network_builder.hpp"
#include "tests/graph/small_networks.hpp"
#include "tests/testing/ids.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov::graph {
namespace {

using ::netgov::testing::Ids;
using ::netgov::testing::IsOkAndHolds;
using ::netgov::testing::SmallNetwork;
using ::testing::ElementsAre;

constexpr RoleKind kLead = RoleKind::kLead;
constexpr RoleKind kMember = RoleKind::kMember;
const Date kDay(2021, 12, 6);

// The ids along FindPath()'s path, alternating entity and pillar.
absl::StatusOr<std::vector<std::string>> PathIds(const RelationGraph& g, Date as_of,
                                                 std::string_view from, std::string_view to) {
  absl::StatusOr<Path> path = FindPath(g, as_of, from, to);
  if (!path.ok()) return path.status();
  return path->Ids();
}

// A square of two routes from a to d, each through two pillars:
//   p1 {a, c}, p2 {a, b}, p3 {b, d}, p4 {c, d}.
// Breadth-first search visits an entity's pillars in pillar order and a
// pillar's entities in entity order. From a: p1 (finds c), p2 (finds b);
// then c's p4 and b's p3 are queued in that order, and p4 reaches d first:
// a, p1, c, p4, d. From d: p3 (finds b), p4 (finds c); b's p2 comes before
// c's p1, so: d, p3, b, p2, a, which is not the first path reversed.
TEST(FindPathTies, BreadthFirstOrderPicksAmongShortestPaths) {
  const RelationGraph g(SmallNetwork(
      {"a", "b", "c", "d"}, {{{"a", kLead}, {"c", kMember}},
                             {{"a", kLead}, {"b", kMember}},
                             {{"b", kLead}, {"d", kMember}},
                             {{"c", kLead}, {"d", kMember}}}));
  EXPECT_THAT(PathIds(g, kDay, "a", "d"),
              IsOkAndHolds(ElementsAre("a", "p1", "c", "p4", "d")));
  EXPECT_THAT(PathIds(g, kDay, "d", "a"),
              IsOkAndHolds(ElementsAre("d", "p3", "b", "p2", "a")));
  // b and c are two steps apart both ways round, through a or d: from b,
  // p2 (pillar 2) is visited before p3, so the path goes through a.
  EXPECT_THAT(PathIds(g, kDay, "b", "c"),
              IsOkAndHolds(ElementsAre("b", "p2", "a", "p1", "c")));
}

// Two entities sharing two pillars: the first pillar in pillar order joins
// them.
TEST(FindPathTies, TwoSharedPillarsGiveTheFirst) {
  const RelationGraph g(SmallNetwork(
      {"a", "b"}, {{{"b", kLead}, {"a", kMember}}, {{"a", kLead}, {"b", kMember}}}));
  EXPECT_THAT(PathIds(g, kDay, "a", "b"), IsOkAndHolds(ElementsAre("a", "p1", "b")));
  EXPECT_THAT(PathIds(g, kDay, "b", "a"), IsOkAndHolds(ElementsAre("b", "p1", "a")));
}

// a - p1 - b - p2 - c, with b a member only from 2022-01-01 and c only
// until 2021-12-31.
Network Chain() {
  const Network base = SmallNetwork(
      {"a", "b", "c"}, {{{"a", kLead}, {"b", kMember}}, {{"b", kLead}, {"c", kMember}}});
  NetworkBuilder b(base);
  Entity late = *base.FindEntity(EntityId("b"));
  late.membership = {{Date(2022, 1, 1), std::nullopt}};
  Entity gone = *base.FindEntity(EntityId("c"));
  gone.membership = {{std::nullopt, Date(2021, 12, 31)}};
  b.ReplaceEntity(late).ReplaceEntity(gone);
  absl::StatusOr<Network> net = std::move(b).Build();
  EXPECT_TRUE(net.ok()) << net.status();
  return net.ok() ? *net : Network();
}

TEST(FindPathAbsent, AnEntityAbsentOnTheDateIsNoWayThroughAndNoEnd) {
  const RelationGraph g(Chain());
  // On 2021-12-06 b is not a member yet: a and c are not connected, and b
  // is on no path, not even to itself.
  EXPECT_THAT(FindPath(g, kDay, "a", "c"), IsOkAndHolds(Path{}));
  EXPECT_THAT(FindPath(g, kDay, "a", "b"), IsOkAndHolds(Path{}));
  EXPECT_THAT(FindPath(g, kDay, "b", "b"), IsOkAndHolds(Path{}));
  EXPECT_THAT(PathIds(g, kDay, "c", "c"), IsOkAndHolds(ElementsAre("c")));
  // On 2022-01-01 b has joined and c has left.
  const Date next(2022, 1, 1);
  EXPECT_THAT(PathIds(g, next, "a", "b"), IsOkAndHolds(ElementsAre("a", "p1", "b")));
  EXPECT_THAT(FindPath(g, next, "a", "c"), IsOkAndHolds(Path{}));
  EXPECT_THAT(FindPath(g, next, "c", "c"), IsOkAndHolds(Path{}));
}

TEST(IfEntityLeavesAbsent, AnEntityAbsentOnTheDateChangesNothing) {
  const RelationGraph g(Chain());
  // b leads p2 and holds a - p1 - b - p2 - c together once it has joined;
  // on 2021-12-06 it is not a member, so its leaving changes nothing.
  EXPECT_THAT(IfEntityLeaves(g, kDay, "b"),
              IsOkAndHolds(LeaveImpact{EntityId("b"), {}, {}}));
  // On 2022-01-01 c has left, so only p2 loses its lead; a stays in the
  // piece it was in (the only one with an entity).
  EXPECT_THAT(IfEntityLeaves(g, Date(2022, 1, 1), "b"),
              IsOkAndHolds(LeaveImpact{EntityId("b"), Ids<PillarId>({"p2"}), {}}));
  // c, absent on 2022-01-01, leads nothing then.
  EXPECT_THAT(IfEntityLeaves(g, Date(2022, 1, 1), "c"),
              IsOkAndHolds(LeaveImpact{EntityId("c"), {}, {}}));
}

// h joins three pillars: p1 {h lead, b, c}, p2 {h member, a lead, x},
// p3 {h lead, y lead}. Without h the pieces are {p1, b, c} and {p2, a, x}
// (two entities each) and {p3, y} (one). The two largest tie; the piece
// holding the smallest id, a, stays: b, c and y are cut off. p1 loses its
// only lead; p3 keeps y. The entities are listed out of id order, so the
// tie is broken by id, not by position in the file.
TEST(IfEntityLeavesTies, EqualPiecesGoToTheOneWithTheSmallestId) {
  const RelationGraph g(SmallNetwork(
      {"y", "x", "c", "h", "b", "a"},
      {{{"h", kLead}, {"b", kMember}, {"c", kMember}},
       {{"h", kMember}, {"a", kLead}, {"x", kMember}},
       {{"h", kLead}, {"y", kLead}}}));
  EXPECT_THAT(IfEntityLeaves(g, kDay, "h"),
              IsOkAndHolds(LeaveImpact{EntityId("h"), Ids<PillarId>({"p1"}),
                                       Ids({"b", "c", "y"})}));
  // Two pieces of one entity each: z's piece and w's piece tie, and w
  // (smaller than z) stays.
  const RelationGraph pair(SmallNetwork(
      {"z", "m", "w"}, {{{"m", kLead}, {"z", kMember}}, {{"m", kMember}, {"w", kLead}}}));
  EXPECT_THAT(IfEntityLeaves(pair, kDay, "m"),
              IsOkAndHolds(LeaveImpact{EntityId("m"), Ids<PillarId>({"p1"}), Ids({"z"})}));
  EXPECT_THAT(IfEntityLeaves(pair, kDay, "w"),
              IsOkAndHolds(LeaveImpact{EntityId("w"), Ids<PillarId>({"p2"}), {}}));
}

}  // namespace
}  // namespace netgov::graph
