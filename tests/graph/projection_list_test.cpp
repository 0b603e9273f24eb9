// ProjectionList: the compact co-membership projection of an Analysis, read
// as SharedPillars values made on access.
#include "netgov/graph/analysis.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <ranges>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/generate.hpp"

namespace netgov::graph {
namespace {

using ::testing::ElementsAre;

// Entities 0 "c", 1 "a", 2 "b" (positions, as in a network's file order);
// the pairs sorted by id: (a, b) 2, (a, c) 1, (b, c) 3.
ProjectionList Sample() {
  return ProjectionList({EntityId("c"), EntityId("a"), EntityId("b")},
                        {{1, 2, 2}, {1, 0, 1}, {2, 0, 3}});
}

TEST(ProjectionList, MakesEachElementFromItsPairAndIds) {
  const ProjectionList list = Sample();
  ASSERT_EQ(list.size(), 3u);
  EXPECT_FALSE(list.empty());
  EXPECT_EQ(list[0], (SharedPillars{EntityId("a"), EntityId("b"), 2}));
  EXPECT_EQ(list[2], (SharedPillars{EntityId("b"), EntityId("c"), 3}));
  EXPECT_THAT(list, ElementsAre(SharedPillars{EntityId("a"), EntityId("b"), 2},
                                SharedPillars{EntityId("a"), EntityId("c"), 1},
                                SharedPillars{EntityId("b"), EntityId("c"), 3}));
  // The compact form itself.
  EXPECT_THAT(list.pairs(), ElementsAre(ProjectionPair{1, 2, 2}, ProjectionPair{1, 0, 1},
                                        ProjectionPair{2, 0, 3}));
  EXPECT_EQ(list.ids()[0], EntityId("c"));
  EXPECT_EQ(list.ids().size(), 3u);
}

TEST(ProjectionList, IteratorIsRandomAccess) {
  static_assert(std::random_access_iterator<ProjectionList::const_iterator>);
  static_assert(std::ranges::random_access_range<const ProjectionList>);
  const ProjectionList list = Sample();
  ProjectionList::const_iterator it = list.begin();
  EXPECT_EQ(list.end() - it, 3);
  EXPECT_EQ((*(it + 2)).shared, 3);
  EXPECT_EQ((2 + it)[-1].shared, 1);
  EXPECT_EQ((*it++).shared, 2);
  EXPECT_EQ((*it).shared, 1);
  EXPECT_EQ((*++it).shared, 3);
  EXPECT_EQ((*it--).shared, 3);
  EXPECT_EQ((*--it).shared, 2);
  it += 3;
  EXPECT_EQ(it, list.end());
  it -= 1;
  EXPECT_EQ((*it).b, EntityId("c"));
  EXPECT_LT(list.begin(), it);
  EXPECT_EQ(it - 2, list.begin());
  // A binary search over the sorted elements, as over a vector.
  const auto found = std::ranges::lower_bound(
      list, EntityId("b"), std::less<>(), [](const SharedPillars& s) { return s.a; });
  EXPECT_EQ(found - list.begin(), 2);
}

TEST(ProjectionList, EqualsListsAndVectorsOfTheSameElements) {
  const ProjectionList list = Sample();
  // The same elements from another id table and other positions.
  const ProjectionList same({EntityId("a"), EntityId("b"), EntityId("c")},
                            {{0, 1, 2}, {0, 2, 1}, {1, 2, 3}});
  EXPECT_EQ(list, same);
  EXPECT_EQ(list, (std::vector<SharedPillars>{{EntityId("a"), EntityId("b"), 2},
                                              {EntityId("a"), EntityId("c"), 1},
                                              {EntityId("b"), EntityId("c"), 3}}));
  const ProjectionList other_count({EntityId("a"), EntityId("b"), EntityId("c")},
                                   {{0, 1, 2}, {0, 2, 1}, {1, 2, 4}});
  EXPECT_NE(list, other_count);
  EXPECT_NE(list, ProjectionList());
  EXPECT_TRUE(ProjectionList().empty());
  EXPECT_EQ(ProjectionList(), std::vector<SharedPillars>{});
}

TEST(ProjectionList, AnalyzeHoldsWhatProjectionGives) {
  // On a generated network, Analysis::projection lists exactly Projection()'s
  // pairs, in the same order.
  absl::StatusOr<Network> net =
      io::GenerateNetwork({.entities = 300, .pillars = 30, .seed = 5});
  ASSERT_TRUE(net.ok()) << net.status();
  const RelationGraph g(*net);
  const Date day(2021, 12, 6);
  const Analysis a = Analyze(g, day, {.betweenness = BetweennessMethod::kNone});
  const std::vector<SharedPillars> expected = Projection(g, g.AsOf(day));
  ASSERT_GT(expected.size(), 300u);
  EXPECT_EQ(a.projection, expected);
  EXPECT_EQ(a.projection.size(), expected.size());
  EXPECT_EQ(a.projection.ids().size(), net->entities().size());
}

}  // namespace
}  // namespace netgov::graph
