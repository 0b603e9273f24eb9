// Analysis of small networks whose answers are worked out by hand (in the
// comments), and of the default network on 2021-12-06 and 2022-01-01.
#include "netgov/graph/analysis.hpp"

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "tests/graph/small_networks.hpp"
#include "tests/testing/ids.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov::graph {

void PrintTo(const EntityLoad& e, std::ostream* os) {
  *os << "{" << e.entity << ", " << e.leads << ", " << e.roles << ", "
      << e.betweenness << "}";
}
void PrintTo(const SharedPillars& s, std::ostream* os) {
  *os << "{" << s.a << ", " << s.b << ", " << s.shared << "}";
}
void PrintTo(const LeaveImpact& l, std::ostream* os) {
  *os << "{" << l.entity << ", " << ::testing::PrintToString(l.pillars_losing_lead)
      << ", " << ::testing::PrintToString(l.entities_disconnected) << "}";
}

namespace {

using ::netgov::testing::Ids;
using ::netgov::testing::RoleSpec;
using ::netgov::testing::SmallNetwork;
using ::netgov::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr RoleKind kLead = RoleKind::kLead;
constexpr RoleKind kMember = RoleKind::kMember;
constexpr RoleKind kSupport = RoleKind::kSupport;
const Date kDay(2021, 12, 6);

TEST(Analysis, PathThroughOnePillar) {
  // a - p1 - b: the pillar lies on the only a-b path (betweenness 1 raw);
  // the entities lie on none. The pillar is a cut vertex, but only entities
  // are reported as articulation points.
  const RelationGraph g(SmallNetwork({"a", "b"}, {{{"a", kMember}, {"b", kLead}}}));
  const Analysis a = Analyze(g, kDay);
  EXPECT_THAT(a.entities, ElementsAre(EntityLoad{EntityId("a"), 0, 1, 0.0},
                                      EntityLoad{EntityId("b"), 1, 1, 0.0}));
  EXPECT_EQ(Betweenness(g.AsOf(kDay))[g.PillarVertex(0)], 1.0);
  EXPECT_THAT(a.projection, ElementsAre(SharedPillars{EntityId("a"), EntityId("b"), 1}));
  EXPECT_THAT(a.articulation_points, IsEmpty());
  EXPECT_THAT(a.unled_pillars, IsEmpty());
  EXPECT_THAT(a.entities_without_role, IsEmpty());
}

TEST(Analysis, ChainOfTwoPillars) {
  // a - p1 - b - p2 - c. b separates {a, p1} from {p2, c}: 2 x 2 = 4 pairs.
  // p1 separates {a} from {b, p2, c}: 3 pairs; p2 likewise.
  const RelationGraph g(SmallNetwork(
      {"c", "b", "a"}, {{{"a", kLead}, {"b", kMember}}, {{"b", kSupport}, {"c", kLead}}}));
  const Analysis a = Analyze(g, kDay);
  EXPECT_THAT(a.entities, ElementsAre(EntityLoad{EntityId("a"), 1, 1, 0.0},
                                      EntityLoad{EntityId("b"), 0, 2, 4.0},
                                      EntityLoad{EntityId("c"), 1, 1, 0.0}));
  const std::vector<double> c = Betweenness(g.AsOf(kDay));
  EXPECT_EQ(c[g.PillarVertex(0)], 3.0);
  EXPECT_EQ(c[g.PillarVertex(1)], 3.0);
  EXPECT_THAT(a.projection, ElementsAre(SharedPillars{EntityId("a"), EntityId("b"), 1},
                                        SharedPillars{EntityId("b"), EntityId("c"), 1}));
  EXPECT_THAT(a.articulation_points, ElementsAre(EntityId("b")));
}

TEST(Analysis, CycleSplitsPathsEvenly) {
  // a - p1 - b - p2 - a: each vertex lies on one of the two shortest paths
  // between the two vertices opposite it: 0.5 each. No cut vertex.
  const RelationGraph g(SmallNetwork(
      {"a", "b"}, {{{"a", kLead}, {"b", kMember}}, {{"a", kMember}, {"b", kLead}}}));
  const Analysis a = Analyze(g, kDay);
  EXPECT_THAT(a.entities, ElementsAre(EntityLoad{EntityId("a"), 1, 2, 0.5},
                                      EntityLoad{EntityId("b"), 1, 2, 0.5}));
  EXPECT_THAT(a.projection, ElementsAre(SharedPillars{EntityId("a"), EntityId("b"), 2}));
  EXPECT_THAT(a.articulation_points, IsEmpty());
}

TEST(Analysis, StarCountsEveryPairOnce) {
  // Three entities in one pillar, two of them also in p2: the projection
  // counts a pair once per shared pillar; the hub pillar p1 lies on the 3
  // entity pairs' paths, less half of b-c's (two routes): 1 + 1 + 0.5, plus
  // the pairs (a, p2): 1 -> 3.5.
  const RelationGraph g(SmallNetwork(
      {"a", "b", "c"},
      {{{"a", kLead}, {"b", kMember}, {"c", kMember}}, {{"b", kLead}, {"c", kMember}}}));
  const Analysis a = Analyze(g, kDay);
  EXPECT_EQ(Betweenness(g.AsOf(kDay))[g.PillarVertex(0)], 3.5);
  EXPECT_THAT(a.projection, ElementsAre(SharedPillars{EntityId("a"), EntityId("b"), 1},
                                        SharedPillars{EntityId("a"), EntityId("c"), 1},
                                        SharedPillars{EntityId("b"), EntityId("c"), 2}));
}

TEST(Analysis, TwoRolesInOnePillarShareItOnce) {
  // a holds two roles in p1 (validate reports that); the pair shares one pillar.
  const RelationGraph g(SmallNetwork(
      {"a", "b"}, {{{"a", kLead}, {"a", kMember}, {"b", kMember}}}));
  const Analysis a = Analyze(g, kDay);
  EXPECT_THAT(a.entities, ElementsAre(EntityLoad{EntityId("a"), 1, 2, 0.0},
                                      EntityLoad{EntityId("b"), 0, 1, 0.0}));
  EXPECT_THAT(a.projection, ElementsAre(SharedPillars{EntityId("a"), EntityId("b"), 1}));
}

TEST(Analysis, NoEdgesGivesEmptyResults) {
  const RelationGraph g(SmallNetwork({"b", "a"}, {{}}));
  const Analysis a = Analyze(g, kDay);
  EXPECT_THAT(a.entities, ElementsAre(EntityLoad{EntityId("a"), 0, 0, 0.0},
                                      EntityLoad{EntityId("b"), 0, 0, 0.0}));
  EXPECT_THAT(a.projection, IsEmpty());
  EXPECT_THAT(a.articulation_points, IsEmpty());
  EXPECT_THAT(a.unled_pillars, ElementsAre(PillarId("p1")));
  EXPECT_THAT(a.entities_without_role, ElementsAre(EntityId("a"), EntityId("b")));
}

TEST(Analysis, SingleVertexAndEmptyNetwork) {
  const RelationGraph one(SmallNetwork({"a"}, {}));
  const Analysis a = Analyze(one, kDay);
  EXPECT_THAT(a.entities, ElementsAre(EntityLoad{EntityId("a"), 0, 0, 0.0}));
  EXPECT_THAT(a.entities_without_role, ElementsAre(EntityId("a")));
  const RelationGraph none{Network()};
  const Analysis b = Analyze(none, kDay);
  EXPECT_THAT(b.entities, IsEmpty());
  EXPECT_THAT(b.projection, IsEmpty());
}

TEST(Analysis, AsOfHidesRolesOutsideTheirValidity) {
  const Date end(2021, 12, 31);
  const Date start(2022, 1, 1);
  const RelationGraph g(SmallNetwork(
      {"a", "b"}, {{{"a", kLead, false, {std::nullopt, end}},
                    {"b", kLead, true, {start, std::nullopt}}}}));
  const Analysis before = Analyze(g, end);
  EXPECT_THAT(before.entities_without_role, ElementsAre(EntityId("b")));
  EXPECT_THAT(before.provisional_pillars, IsEmpty());
  const Analysis after = Analyze(g, start);
  EXPECT_THAT(after.entities_without_role, ElementsAre(EntityId("a")));
  EXPECT_THAT(after.provisional_pillars, ElementsAre(PillarId("p1")));
  EXPECT_THAT(after.unled_pillars, IsEmpty());
}

TEST(Analysis, DefaultNetworkOn6December2021) {
  // One tree: KH - unhcr - LNOB(- who) - osapg - ToC - ohchr - NetDev - unesco
  // (UNHCR's role in LNOB ties the Knowledge Hub in; UNDP, DPPA and UNICEF
  // stated a willingness, not a role).
  const RelationGraph g(io::DefaultNetwork());
  const Analysis a = Analyze(g, Date(2021, 12, 6));
  EXPECT_THAT(a.entities,
              ElementsAre(EntityLoad{EntityId("dgc"), 1, 1, 0.0},
                          EntityLoad{EntityId("dppa"), 0, 0, 0.0},
                          EntityLoad{EntityId("ilo"), 0, 0, 0.0},
                          EntityLoad{EntityId("ohchr"), 2, 2, 12.0},
                          EntityLoad{EntityId("osapg"), 0, 2, 16.0},
                          EntityLoad{EntityId("unaids"), 1, 1, 0.0},
                          EntityLoad{EntityId("undp"), 0, 0, 0.0},
                          EntityLoad{EntityId("unesco"), 1, 1, 0.0},
                          EntityLoad{EntityId("unfpa"), 1, 1, 0.0},
                          EntityLoad{EntityId("unhcr"), 1, 2, 7.0},
                          EntityLoad{EntityId("unicef"), 0, 0, 0.0},
                          EntityLoad{EntityId("unodc"), 1, 1, 0.0},
                          EntityLoad{EntityId("unrwa"), 0, 0, 0.0},
                          EntityLoad{EntityId("who"), 1, 1, 0.0}));
  const std::vector<double> c = Betweenness(g.AsOf(Date(2021, 12, 6)));
  EXPECT_EQ(c[g.PillarVertex(2)], 15.0);  // times-of-crisis
  EXPECT_EQ(c[g.PillarVertex(0)], 17.0);  // leave-no-one-behind
  auto pair = [](const char* x, const char* y) {
    return SharedPillars{EntityId(x), EntityId(y), 1};
  };
  EXPECT_THAT(a.projection,
              ElementsAre(pair("dgc", "unfpa"), pair("ohchr", "osapg"), pair("ohchr", "unesco"),
                          pair("osapg", "unhcr"), pair("osapg", "who"), pair("unhcr", "who")));
  EXPECT_EQ(a.articulation_points, Ids({"ohchr", "osapg", "unhcr"}));
  EXPECT_THAT(a.unled_pillars, IsEmpty());
  EXPECT_EQ(a.provisional_pillars, Ids<PillarId>({"times-of-crisis"}));
  EXPECT_EQ(a.entities_without_role, Ids({"dppa", "ilo", "undp", "unicef", "unrwa"}));
}

TEST(Analysis, DefaultNetworkOn1January2022) {
  // ILO takes over intersectionality from UNAIDS; UNESCO's lead of pillar 8
  // ends with its 2021 co-chair term:
  // KH - unhcr - LNOB(- who) - osapg - ToC - ohchr - NetDev.
  const RelationGraph g(io::DefaultNetwork());
  const Analysis a = Analyze(g, Date(2022, 1, 1));
  const std::vector<EntityLoad> expected_subset = {
      {EntityId("ilo"), 1, 1, 0.0},     {EntityId("ohchr"), 2, 2, 6.0},
      {EntityId("osapg"), 0, 2, 12.0},  {EntityId("unaids"), 0, 0, 0.0},
      {EntityId("unhcr"), 1, 2, 6.0},   {EntityId("who"), 1, 1, 0.0}};
  for (const EntityLoad& want : expected_subset) {
    EXPECT_THAT(a.entities, ::testing::Contains(want)) << want.entity;
  }
  const std::vector<double> c = Betweenness(g.AsOf(Date(2022, 1, 1)));
  EXPECT_EQ(c[g.PillarVertex(0)], 14.0);  // LNOB
  EXPECT_EQ(c[g.PillarVertex(2)], 10.0);  // ToC
  EXPECT_EQ(a.articulation_points, Ids({"ohchr", "osapg", "unhcr"}));
  EXPECT_EQ(a.entities_without_role,
            Ids({"dppa", "unaids", "undp", "unesco", "unicef", "unrwa"}));
  EXPECT_THAT(a.projection, ::testing::Contains(SharedPillars{EntityId("unhcr"), EntityId("who"), 1}));
  EXPECT_EQ(a.projection.size(), 5u);
}

TEST(Analysis, LargeGraphsLeaveBetweennessOut) {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i <= kMaxBetweennessVertices; ++i) ids.push_back(absl::StrCat("e", i));  // not "e" + to_string: GCC 12 -O3 -Wrestrict false positive
  const RelationGraph g(SmallNetwork(ids, {{{"e0", kLead}, {"e1", kMember}}}));
  const Analysis a = Analyze(g, kDay);
  EXPECT_FALSE(a.has_betweenness);
  EXPECT_EQ(a.entities.size(), kMaxBetweennessVertices + 1);
  EXPECT_THAT(a.projection, ElementsAre(SharedPillars{EntityId("e0"), EntityId("e1"), 1}));
  EXPECT_TRUE(Analyze(RelationGraph(SmallNetwork({"a"}, {})), kDay).has_betweenness);
}

TEST(FindPath, KeepsEntityAndPillarIdsTyped) {
  const RelationGraph g(io::DefaultNetwork());
  const absl::StatusOr<Path> path = FindPath(g, Date(2022, 1, 1), "UNHCR", "WHO");
  ASSERT_TRUE(path.ok()) << path.status();
  EXPECT_EQ(path->entities, Ids({"unhcr", "who"}));
  EXPECT_EQ(path->pillars, Ids<PillarId>({"leave-no-one-behind"}));
  EXPECT_THAT(path->Ids(), ElementsAre("unhcr", "leave-no-one-behind", "who"));
  EXPECT_THAT(FindPath(g, kDay, "UNHCR", "WHO"), ::netgov::testing::IsOkAndHolds(*path));
  EXPECT_THAT(FindPath(g, kDay, "UNRWA", "WHO"), ::netgov::testing::IsOkAndHolds(Path{}));
  EXPECT_THAT(FindPath(g, kDay, "who", "whoo"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "unknown entity 'whoo'; did you mean 'who'?"));
}

// ShortestPath() is deprecated (FindPath() replaces it); these tests check that
// the deprecated function still answers as before, so they silence the warning.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
TEST(ShortestPath, GoesThroughPillars) {
  const RelationGraph g(io::DefaultNetwork());
  EXPECT_THAT(ShortestPath(g, Date(2021, 12, 6), "who", "unesco"),
              ::netgov::testing::IsOkAndHolds(ElementsAre(
                  "who", "leave-no-one-behind", "osapg", "times-of-crisis",
                  "ohchr", "network-development", "unesco")));
  // Acronyms resolve too. UNHCR is an undated member of LNOB ("will step up
  // their role for the LNOB pillar": a role already held), so the path
  // exists on the day of the meeting as in 2022.
  EXPECT_THAT(ShortestPath(g, Date(2021, 12, 6), "UNHCR", "WHO"),
              ::netgov::testing::IsOkAndHolds(
                  ElementsAre("unhcr", "leave-no-one-behind", "who")));
  EXPECT_THAT(ShortestPath(g, Date(2022, 1, 1), "UNHCR", "WHO"),
              ::netgov::testing::IsOkAndHolds(
                  ElementsAre("unhcr", "leave-no-one-behind", "who")));
  EXPECT_THAT(ShortestPath(g, Date(2022, 1, 1), "who", "who"),
              ::netgov::testing::IsOkAndHolds(ElementsAre("who")));
}

TEST(ShortestPath, UnknownEntityIsAnError) {
  const RelationGraph g(io::DefaultNetwork());
  EXPECT_THAT(ShortestPath(g, kDay, "unhcrr", "who"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "unknown entity 'unhcrr'; did you mean 'unhcr'?"));
  EXPECT_THAT(ShortestPath(g, kDay, "who", ""),
              StatusIs(absl::StatusCode::kInvalidArgument, "unknown entity ''"));
}
#pragma GCC diagnostic pop

TEST(IfEntityLeaves, ReportsLostLeadsAndCutOffEntities) {
  const RelationGraph g(io::DefaultNetwork());
  // Without OSAPG the component falls into {WHO, UNHCR} (LNOB, Knowledge
  // Hub) and {OHCHR, UNESCO} (Times of Crisis, pillar 8): two entities each,
  // the tie goes to the piece holding "ohchr", so WHO and UNHCR are cut off.
  EXPECT_THAT(IfEntityLeaves(g, kDay, "osapg"),
              ::netgov::testing::IsOkAndHolds(
                  LeaveImpact{EntityId("osapg"), {}, Ids({"unhcr", "who"})}));
  // OHCHR is the only lead of times-of-crisis (co-lead of network-development
  // with UNESCO); without it UNESCO is cut off.
  EXPECT_THAT(IfEntityLeaves(g, kDay, "OHCHR"),
              ::netgov::testing::IsOkAndHolds(LeaveImpact{
                  EntityId("ohchr"), Ids<PillarId>({"times-of-crisis"}), Ids({"unesco"})}));
  // The sole lead of Knowledge Hub: the pillar loses its lead; the others
  // stay connected through LNOB.
  EXPECT_THAT(IfEntityLeaves(g, kDay, "unhcr"),
              ::netgov::testing::IsOkAndHolds(
                  LeaveImpact{EntityId("unhcr"), Ids<PillarId>({"knowledge-hub"}), {}}));
  EXPECT_THAT(IfEntityLeaves(g, kDay, "unrwa"),
              ::netgov::testing::IsOkAndHolds(LeaveImpact{EntityId("unrwa"), {}, {}}));
  EXPECT_THAT(IfEntityLeaves(g, kDay, "nobody"),
              StatusIs(absl::StatusCode::kInvalidArgument, "unknown entity 'nobody'"));
}

}  // namespace
}  // namespace netgov::graph
