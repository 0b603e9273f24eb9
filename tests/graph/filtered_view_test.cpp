// The analysis templates on a view a user makes of the as-of view: lead
// edges only. Four entities and three pillars, worked out by hand:
//
//   p1: a lead, b lead, c member      all roles:  a - p1 - b - p2 - c - p3 - d
//   p2: b lead, c lead                            (and c - p1)
//   p3: c member, d lead (provisional)
//
// Lead edges only: a - p1 - b - p2 - c, and d - p3 apart.
#include <iterator>
#include <string>
#include <vector>

#include "boost/graph/filtered_graph.hpp"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/graph/articulation.hpp"
#include "netgov/graph/betweenness.hpp"
#include "netgov/graph/leadership.hpp"
#include "netgov/graph/paths.hpp"
#include "netgov/graph/projection.hpp"
#include "netgov/graph/what_if.hpp"
#include "netgov/graph/workload.hpp"
#include "tests/graph/small_networks.hpp"

namespace netgov::graph {
namespace {

using ::netgov::testing::SmallNetwork;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr RoleKind kLead = RoleKind::kLead;
constexpr RoleKind kMember = RoleKind::kMember;
const Date kDay(2021, 12, 6);

// Edge predicate: lead roles only.
struct LeadsOnly {
  const AsOfView* view = nullptr;
  bool operator()(const Edge& e) const {
    return get(RoleKindMap(*view), e) == RoleKind::kLead;
  }
};
using LeadView = boost::filtered_graph<AsOfView, LeadsOnly>;

class LeadEdgesOnly : public ::testing::Test {
 protected:
  const RelationGraph graph_{SmallNetwork(
      {"a", "b", "c", "d"},
      {{{"a", kLead}, {"b", kLead}, {"c", kMember}},
       {{"b", kLead}, {"c", kLead}},
       {{"c", kMember}, {"d", kLead, true}}})};
  const AsOfView all_ = graph_.AsOf(kDay);
  const LeadView leads_{all_, LeadsOnly{&all_}};

  Vertex V(const char* id) const {
    std::optional<Vertex> v = graph_.FindEntity(id);
    return v ? *v : *graph_.FindPillar(id);
  }
  template <typename Vertices>
  std::vector<std::string> Ids(const Vertices& vertices) const {
    std::vector<std::string> out;
    for (Vertex v : vertices) out.push_back(graph_.IdOf(v));
    return out;
  }
};

TEST_F(LeadEdgesOnly, Workload) {
  std::vector<int> leads(boost::num_vertices(leads_), -1);
  std::vector<int> roles(boost::num_vertices(leads_), -1);
  Workload(leads_, leads.data(), roles.data());
  EXPECT_THAT(leads, ElementsAre(1, 2, 1, 1, -1, -1, -1));  // pillars untouched
  EXPECT_THAT(roles, ElementsAre(1, 2, 1, 1, -1, -1, -1));
  Workload(all_, leads.data(), roles.data());
  EXPECT_THAT(roles, ElementsAre(1, 2, 3, 1, -1, -1, -1));
}

TEST_F(LeadEdgesOnly, Betweenness) {
  // A path of five vertices: the i-th scores i * (4 - i).
  EXPECT_THAT(Betweenness(leads_), ElementsAre(0.0, 4.0, 0.0, 0.0, 3.0, 3.0, 0.0));
  // All roles: c joins p3 and d to the rest.
  const std::vector<double> all = Betweenness(all_);
  EXPECT_EQ(all[V("c")], 9.0);  // 8 pairs with d or p3, half of a-p2 and of p1-p2
}

TEST_F(LeadEdgesOnly, Projection) {
  // Co-leads: a and b through p1, b and c through p2.
  EXPECT_THAT(ProjectionPairs(leads_, graph_.IdRankMap()),
              ElementsAre(ProjectionPair{0, 1, 1}, ProjectionPair{1, 2, 1}));
  EXPECT_THAT(ProjectionPairs(all_, graph_.IdRankMap()),
              ElementsAre(ProjectionPair{0, 1, 1}, ProjectionPair{0, 2, 1},
                          ProjectionPair{1, 2, 2}, ProjectionPair{2, 3, 1}));
}

TEST_F(LeadEdgesOnly, ArticulationPoints) {
  std::vector<Vertex> cut;
  ArticulationEntities(leads_, std::back_inserter(cut));
  EXPECT_THAT(Ids(cut), ElementsAre("b"));
  cut.clear();
  ArticulationEntities(all_, std::back_inserter(cut));
  EXPECT_THAT(Ids(cut), ElementsAre("c"));
}

TEST_F(LeadEdgesOnly, Leadership) {
  std::vector<Vertex> found;
  PillarsWithLeadership(leads_, Leadership::kProvisional, std::back_inserter(found));
  EXPECT_THAT(Ids(found), ElementsAre("p3"));
  found.clear();
  PillarsWithLeadership(leads_, Leadership::kLed, std::back_inserter(found));
  EXPECT_THAT(Ids(found), ElementsAre("p1", "p2"));
  EXPECT_EQ(PillarLeadership(leads_, V("p2"), RoleKindMap(leads_), ProvisionalMap(leads_)),
            Leadership::kLed);
}

TEST_F(LeadEdgesOnly, ShortestPath) {
  EXPECT_THAT(Ids(ShortestVertexPath(leads_, V("a"), V("c"))),
              ElementsAre("a", "p1", "b", "p2", "c"));
  EXPECT_THAT(Ids(ShortestVertexPath(all_, V("a"), V("c"))), ElementsAre("a", "p1", "c"));
  EXPECT_THAT(ShortestVertexPath(leads_, V("a"), V("d")), IsEmpty());
}

TEST_F(LeadEdgesOnly, WhatIf) {
  // Without b the co-leads fall into {a, p1} and {p2, c}: one entity each;
  // the tie goes to a's piece, so c is cut off. p1 and p2 keep a lead.
  const LeaveEffect<Vertex> leads = IfVertexLeaves(leads_, V("b"), graph_.IdRankMap());
  EXPECT_THAT(leads.pillars_losing_lead, IsEmpty());
  EXPECT_THAT(Ids(leads.entities_cut_off), ElementsAre("c"));
  const LeaveEffect<Vertex> all = IfVertexLeaves(all_, V("b"), graph_.IdRankMap());
  EXPECT_THAT(all.entities_cut_off, IsEmpty());
  // d is p3's only lead.
  EXPECT_THAT(Ids(IfVertexLeaves(leads_, V("d"), graph_.IdRankMap()).pillars_losing_lead),
              ElementsAre("p3"));
}

}  // namespace
}  // namespace netgov::graph
