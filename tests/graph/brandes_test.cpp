// The specialised Brandes of netgov/graph/brandes.hpp: hand-worked values on
// small graphs, agreement with Boost's brandes_betweenness_centrality (the
// reference, netgov/graph/betweenness.hpp) on the default network, generated
// networks and a filtered view, the same doubles on any thread count, and the
// seeded sample.
#include "netgov/graph/brandes.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "boost/graph/adjacency_list.hpp"
#include "boost/graph/filtered_graph.hpp"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/graph/analysis.hpp"
#include "netgov/graph/betweenness.hpp"
#include "netgov/io/default_network.hpp"
#include "netgov/io/generate.hpp"
#include "tests/graph/small_networks.hpp"

namespace netgov::graph {
namespace {

using ::netgov::testing::SmallNetwork;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr RoleKind kLead = RoleKind::kLead;
constexpr RoleKind kMember = RoleKind::kMember;
const Date kDay(2021, 12, 6);

// A CSR graph from an edge list over vertices 0..n-1 (each edge listed from
// both ends, in the order given).
CsrGraph FromEdges(std::size_t n, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges) {
  std::vector<std::vector<std::uint32_t>> adjacent(n);
  for (auto [a, b] : edges) {
    adjacent[a].push_back(b);
    adjacent[b].push_back(a);
  }
  CsrGraph g;
  for (std::size_t v = 0; v < n; ++v) {
    g.original.push_back(v);
    g.neighbours.insert(g.neighbours.end(), adjacent[v].begin(), adjacent[v].end());
    g.offsets.push_back(g.neighbours.size());
  }
  return g;
}

// Relative 1e-9 (absolute for values near 0).
void ExpectClose(const std::vector<double>& got, const std::vector<double>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t v = 0; v < got.size(); ++v) {
    EXPECT_LE(std::abs(got[v] - want[v]), 1e-9 * std::max(1.0, std::abs(want[v])))
        << "vertex " << v << ": " << got[v] << " vs " << want[v];
  }
}

const Network& Generated(int entities) {
  static const Network kNetworks[2] = {
      *io::GenerateNetwork({200, 20, 42}), *io::GenerateNetwork({600, 60, 42})};
  return kNetworks[entities == 200 ? 0 : 1];
}

TEST(Brandes, PathOfFourVertices) {
  // 0 - 1 - 2 - 3: 1 lies on the paths 0-2 and 0-3, 2 on 0-3 and 1-3.
  EXPECT_THAT(BrandesBetweenness(FromEdges(4, {{0, 1}, {1, 2}, {2, 3}})),
              ElementsAre(0.0, 2.0, 2.0, 0.0));
}

TEST(Brandes, StarCentreLiesOnEveryPairOfLeaves) {
  // Centre 0, four leaves: C(4, 2) = 6 pairs.
  EXPECT_THAT(BrandesBetweenness(FromEdges(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}})),
              ElementsAre(6.0, 0.0, 0.0, 0.0, 0.0));
}

TEST(Brandes, FourCycleSplitsEachPairInTwo) {
  EXPECT_THAT(BrandesBetweenness(FromEdges(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}})),
              ElementsAre(0.5, 0.5, 0.5, 0.5));
}

TEST(Brandes, ParallelEdgesAreDistinctPathsThroughTheSameVertex) {
  // 0 = 1 - 2 (two edges 0-1): both shortest 0-2 paths pass 1. 3 alone.
  EXPECT_THAT(BrandesBetweenness(FromEdges(4, {{0, 1}, {0, 1}, {1, 2}})),
              ElementsAre(0.0, 1.0, 0.0, 0.0));
}

TEST(Brandes, LargeStarAndPathInTheFastArithmetic) {
  // More vertices than kSourcesPerBlock: leaves folded into their neighbour,
  // one division per vertex. A star of 300 leaves: the centre lies on every
  // pair of leaves, C(300, 2) = 44850. A path of 300 vertices: vertex i
  // separates i vertices from 299 - i.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> star, path;
  for (std::uint32_t v = 1; v <= 300; ++v) star.emplace_back(0, v);
  for (std::uint32_t v = 1; v < 300; ++v) path.emplace_back(v - 1, v);
  const std::vector<double> s = BrandesBetweenness(FromEdges(301, star), {.threads = 2});
  EXPECT_EQ(s[0], 44850.0);
  EXPECT_EQ(std::count(s.begin(), s.end(), 0.0), 300);
  const std::vector<double> p = BrandesBetweenness(FromEdges(300, path), {.threads = 3});
  for (std::size_t i = 0; i < 300; ++i) EXPECT_EQ(p[i], static_cast<double>(i * (299 - i))) << i;
}

TEST(Brandes, EmptyAndSingleVertex) {
  EXPECT_THAT(BrandesBetweenness(CsrGraph{}), IsEmpty());
  EXPECT_THAT(BrandesBetweenness(FromEdges(1, {})), ElementsAre(0.0));
}

TEST(Brandes, AsOfViewsOfSmallNetworks) {
  // a - p1 - b - p2 - c (vertices a, b, c, p1, p2): b = 4, p1 = p2 = 3.
  const RelationGraph chain(SmallNetwork(
      {"a", "b", "c"}, {{{"a", kLead}, {"b", kMember}}, {{"b", kLead}, {"c", kMember}}}));
  EXPECT_THAT(BrandesBetweenness(chain.AsOf(kDay)), ElementsAre(0.0, 4.0, 0.0, 3.0, 3.0));
  // Entity d is not in any pillar; the view keeps it (a member), and it scores 0.
  const RelationGraph star(SmallNetwork(
      {"a", "b", "c", "d"},
      {{{"a", kLead}, {"b", kMember}, {"c", kMember}}, {{"b", kLead}, {"c", kMember}}}));
  EXPECT_THAT(BrandesBetweenness(star.AsOf(kDay), {.threads = 3}),
              ElementsAre(0.0, 1.0, 1.0, 0.0, 3.5, 0.5));
}

TEST(Brandes, CsrKeepsTheVerticesAViewKeeps) {
  const RelationGraph g(io::DefaultNetwork());
  const AsOfView view = g.AsOf(kDay);
  const CsrGraph csr = CsrGraph::FromGraph(view);
  EXPECT_EQ(csr.size(), AsOfVertices(view));
  EXPECT_EQ(csr.offsets.size(), csr.size() + 1);
  for (std::size_t v = 1; v < csr.size(); ++v) EXPECT_LT(csr.original[v - 1], csr.original[v]);
  // Each edge between two kept vertices, from both ends (num_edges() of a
  // filtered graph also counts edges to hidden vertices).
  std::size_t kept = 0;
  for (auto [it, end] = boost::edges(view); it != end; ++it) {
    const auto in_view = [&](Vertex v) {
      return std::binary_search(csr.original.begin(), csr.original.end(), v);
    };
    kept += in_view(boost::source(*it, view)) && in_view(boost::target(*it, view)) ? 1 : 0;
  }
  EXPECT_EQ(csr.neighbours.size(), 2 * kept);
  for (std::size_t v = 0; v < csr.size(); ++v) {
    for (std::size_t i = csr.offsets[v]; i < csr.offsets[v + 1]; ++i) {
      const std::uint32_t u = csr.neighbours[i];
      ASSERT_LT(u, csr.size());
      const auto begin = csr.neighbours.begin();
      EXPECT_EQ(std::count(begin + csr.offsets[v], begin + csr.offsets[v + 1], u),
                std::count(begin + csr.offsets[u], begin + csr.offsets[u + 1], v));
    }
  }
}

TEST(Brandes, EqualsBoostBitForBitOnTheDefaultNetwork) {
  // Fewer vertices than kSourcesPerBlock: one block, Boost's order of sums.
  const RelationGraph g(io::DefaultNetwork());
  for (const Date day : {Date(2021, 12, 6), Date(2022, 1, 1), Date(2024, 5, 1)}) {
    const AsOfView view = g.AsOf(day);
    ASSERT_LE(AsOfVertices(view), kSourcesPerBlock);
    EXPECT_EQ(BrandesBetweenness(view), Betweenness(view)) << FormatDate(day);
    EXPECT_EQ(BrandesBetweenness(view, {.threads = 4}), Betweenness(view)) << FormatDate(day);
  }
  EXPECT_EQ(BrandesBetweenness(g.AsOf(kDay))[*g.FindPillar("times-of-crisis")], 15.0);
}

TEST(Brandes, AgreesWithBoostOnGeneratedNetworks) {
  // 220 vertices (Boost's arithmetic) and 660 (the fast one, leaves folded).
  for (int n : {200, 600}) {
    const RelationGraph g(Generated(n));
    const AsOfView view = g.AsOf(kDay);
    ExpectClose(BrandesBetweenness(view, {.threads = 2}), Betweenness(view));
  }
}

// Edge predicate: lead roles only.
struct LeadsOnly {
  const AsOfView* view = nullptr;
  bool operator()(const Edge& e) const { return get(RoleKindMap(*view), e) == RoleKind::kLead; }
};

TEST(Brandes, AgreesWithBoostOnAFilteredView) {
  const RelationGraph g(Generated(600));
  const AsOfView all = g.AsOf(kDay);
  const boost::filtered_graph<AsOfView, LeadsOnly> leads(all, LeadsOnly{&all});
  const std::vector<double> reference = Betweenness(leads);
  ExpectClose(BrandesBetweenness(leads), reference);
  // The lead-only view is not the whole view: something changed.
  EXPECT_NE(reference, Betweenness(all));
}

TEST(Brandes, SameDoublesOnAnyThreadCount) {
  const RelationGraph g(Generated(600));
  const CsrGraph csr = CsrGraph::FromGraph(g.AsOf(kDay));
  ASSERT_GT(csr.size(), 2 * kSourcesPerBlock);  // several blocks
  const std::vector<double> one = BrandesBetweenness(csr, {.threads = 1});
  for (int threads : {2, 3, 8, 0}) {
    EXPECT_EQ(BrandesBetweenness(csr, {.threads = threads}), one) << threads << " threads";
  }
  const std::vector<double> sampled = BrandesBetweenness(csr, {.threads = 1, .samples = 400, .seed = 9});
  for (int threads : {2, 3, 8}) {
    EXPECT_EQ(BrandesBetweenness(csr, {.threads = threads, .samples = 400, .seed = 9}), sampled)
        << threads << " threads";
  }
}

// A graph of 700 vertices with every shape the batches (32 sources searched
// together) and the folded leaves meet, as a CSR graph and as a Boost graph
// (edges in the same order): 60 hubs and 540 members of 1 to 4 hubs (some
// edges doubled; a member of one hub is a leaf, some by two parallel
// edges), edges between members (odd cycles: neighbours at the same
// distance), self-loops, a path of 40 vertices with a leaf at its end (40
// levels), two components of two, and isolated vertices. The sources
// (vertices that are not leaves) fill a last batch only partly.
struct MixedGraph {
  using Boost = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  static constexpr std::size_t kVertices = 700;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  MixedGraph() {
    SplitMix64 random(2026);
    for (std::uint32_t member = 60; member < 600; ++member) {
      const std::uint64_t hubs = 1 + random.Below(4);
      for (std::uint64_t h = 0; h < hubs; ++h) {
        const auto hub = static_cast<std::uint32_t>(random.Below(60));
        edges.emplace_back(member, hub);
        if (random.Below(10) == 0) edges.emplace_back(hub, member);  // parallel
      }
      if (random.Below(8) == 0) edges.emplace_back(member, 60 + random.Below(540));
      if (random.Below(25) == 0) edges.emplace_back(member, member);
    }
    for (std::uint32_t v = 601; v < 640; ++v) edges.emplace_back(v - 1, v);
    edges.emplace_back(639, 640);  // a leaf at the end of the path
    edges.emplace_back(641, 642);
    edges.emplace_back(643, 644);
    edges.emplace_back(644, 643);  // a component of two, by two edges
  }
  Boost AsBoost() const {
    Boost g(kVertices);
    for (auto [a, b] : edges) add_edge(a, b, g);
    return g;
  }
};

TEST(Brandes, BatchesAgreeWithBoostOnEveryShape) {
  const MixedGraph mixed;
  const MixedGraph::Boost boost_graph = mixed.AsBoost();
  const std::vector<double> reference = Betweenness(boost_graph);
  const CsrGraph csr = FromEdges(MixedGraph::kVertices, mixed.edges);
  const std::vector<double> one = BrandesBetweenness(csr, {.threads = 1});
  ExpectClose(one, reference);
  ExpectClose(BrandesBetweenness(boost_graph), reference);
  // The path 600..639 and its leaf 640: vertex 600 + i separates i vertices
  // from 40 - i.
  for (std::uint32_t i = 0; i <= 40; ++i) {
    EXPECT_EQ(one[600 + i], static_cast<double>(i * (40 - i))) << 600 + i;
  }
  for (std::uint32_t v = 641; v < MixedGraph::kVertices; ++v) EXPECT_EQ(one[v], 0.0) << v;
  for (int threads : {2, 3}) {
    EXPECT_EQ(BrandesBetweenness(csr, {.threads = threads}), one) << threads << " threads";
  }
}

TEST(Brandes, SampledBatchesAreTheSameOnAnyThreadCount) {
  // Sampled sources may be leaves (nothing is folded): 300 of 700, in
  // batches of 32 and a last partial one in each block.
  const MixedGraph mixed;
  const CsrGraph csr = FromEdges(MixedGraph::kVertices, mixed.edges);
  const std::vector<double> one = BrandesBetweenness(csr, {.threads = 1, .samples = 300, .seed = 3});
  for (int threads : {2, 3}) {
    EXPECT_EQ(BrandesBetweenness(csr, {.threads = threads, .samples = 300, .seed = 3}), one)
        << threads << " threads";
  }
  // A star of 300 leaves, 40 sources (two batches, leaves among them): a
  // leaf source depends on the centre for the 299 other leaves, the centre
  // source for nothing; scaled by 301 / 40 and halved.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> star;
  for (std::uint32_t v = 1; v <= 300; ++v) star.emplace_back(0, v);
  for (std::uint64_t seed : {1, 2, 3}) {
    const std::vector<std::uint32_t> sources = SampleSources(301, 40, seed);
    const auto leaf_sources = static_cast<double>(40 - std::count(sources.begin(), sources.end(), 0u));
    const std::vector<double> centre_first =
        BrandesBetweenness(FromEdges(301, star), {.threads = 2, .samples = 40, .seed = seed});
    EXPECT_EQ(centre_first[0], 299.0 * leaf_sources * (301.0 / (2.0 * 40.0))) << "seed " << seed;
    EXPECT_EQ(std::count(centre_first.begin(), centre_first.end(), 0.0), 300) << "seed " << seed;
  }
}

TEST(Brandes, NarrowerBatchesOnLargeGraphs) {
  // 200,001 vertices: 20 sources per batch (a thread's batch arrays within
  // 64 MiB), so 50 sampled sources are batches of 20, 20 and 10. A star:
  // each leaf source depends on the centre for the 199,999 other leaves.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> star;
  for (std::uint32_t v = 1; v <= 200000; ++v) star.emplace_back(0, v);
  const CsrGraph csr = FromEdges(200001, star);
  const std::vector<std::uint32_t> sources = SampleSources(200001, 50, 4);
  const auto leaf_sources = static_cast<double>(50 - std::count(sources.begin(), sources.end(), 0u));
  const std::vector<double> one = BrandesBetweenness(csr, {.threads = 1, .samples = 50, .seed = 4});
  EXPECT_EQ(one[0], 199999.0 * leaf_sources * (200001.0 / (2.0 * 50.0)));
  EXPECT_EQ(std::count(one.begin(), one.end(), 0.0), 200000);
  EXPECT_EQ(BrandesBetweenness(csr, {.threads = 3, .samples = 50, .seed = 4}), one);
}

TEST(SplitMix64, KnownSequenceFromSeedZero) {
  SplitMix64 random(0);
  EXPECT_EQ(random.Next(), 0xe220a8397b1dcdafULL);
  EXPECT_EQ(random.Next(), 0x6e789e6aa1b965f4ULL);
  EXPECT_EQ(random.Next(), 0x06c45d188009454fULL);
}

TEST(SplitMix64, BelowStaysBelowItsBound) {
  SplitMix64 random(42);
  std::vector<int> seen(7, 0);
  for (int i = 0; i < 700; ++i) ++seen[random.Below(7)];
  for (int count : seen) EXPECT_GT(count, 50);  // every value, about 100 times each
  EXPECT_EQ(SplitMix64(5).Below(1), 0u);
}

TEST(SampleSources, DistinctSortedAndSeeded) {
  const std::vector<std::uint32_t> a = SampleSources(1000, 50, 7);
  ASSERT_EQ(a.size(), 50u);
  for (std::size_t i = 1; i < a.size(); ++i) EXPECT_LT(a[i - 1], a[i]);
  EXPECT_LT(a.back(), 1000u);
  EXPECT_EQ(SampleSources(1000, 50, 7), a);
  EXPECT_NE(SampleSources(1000, 50, 8), a);
  EXPECT_THAT(SampleSources(4, 9, 1), ElementsAre(0u, 1u, 2u, 3u));
  // The documented algorithm (worked out independently in Python), so any
  // platform draws these.
  EXPECT_THAT(SampleSources(10, 3, 42), ElementsAre(2u, 3u, 4u));
}

TEST(Brandes, SampleIsScaledByVerticesOverSamples) {
  // Star: centre 0, leaves 1..4. A leaf source depends on the centre for its
  // 3 other leaves; the centre source for nothing. Two sources, scaled 5 / 2,
  // halved: 2.5 * (3 + 3) / 2 = 7.5 from two leaves, 3.75 with the centre.
  const CsrGraph star = FromEdges(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
  for (std::uint64_t seed = 0; seed < 8; ++seed) {
    const std::vector<std::uint32_t> sources = SampleSources(5, 2, seed);
    const double centre = sources.front() == 0 ? 3.75 : 7.5;
    EXPECT_THAT(BrandesBetweenness(star, {.samples = 2, .seed = seed}),
                ElementsAre(centre, 0.0, 0.0, 0.0, 0.0))
        << "seed " << seed;
  }
  // As many samples as vertices: exact.
  EXPECT_THAT(BrandesBetweenness(star, {.samples = 5}), ElementsAre(6.0, 0.0, 0.0, 0.0, 0.0));
}

TEST(Brandes, SampledEstimateIsCloseOnAGeneratedNetwork) {
  // Half the sources: the largest value within 10% of the exact one.
  const RelationGraph g(Generated(600));
  const CsrGraph csr = CsrGraph::FromGraph(g.AsOf(kDay));
  const std::vector<double> exact = BrandesBetweenness(csr);
  const std::vector<double> estimate =
      BrandesBetweenness(csr, {.samples = csr.size() / 2, .seed = 42});
  const std::size_t top =
      static_cast<std::size_t>(std::max_element(exact.begin(), exact.end()) - exact.begin());
  EXPECT_NEAR(estimate[top], exact[top], 0.1 * exact[top]);
}

}  // namespace
}  // namespace netgov::graph
