// File: netgov/graph/brandes.hpp
// -----------------------------------------------------------------------------
//
// Raw betweenness centrality of an undirected, unweighted graph, exact or
// estimated from a sample of sources, on several threads: the betweenness
// `netgov::graph::Analyze()` and `netgov analyze` compute. The definition is
// that of `netgov/graph/betweenness.hpp` (Boost's
// `brandes_betweenness_centrality`, kept there as the reference): for a
// vertex v, the sum over unordered pairs {s, t} of other vertices of the share
// of shortest s-t paths through v. Parallel edges count as distinct paths, as
// in Boost.
//
// The graph is first copied into a `CsrGraph` (compressed sparse rows: the
// vertices a view keeps, renumbered 0..n-1 in vertex-index order, and each
// one's neighbours in one array), then Brandes' algorithm runs one breadth-
// first search per source and accumulates dependencies walking the search
// backwards (a neighbour one step closer to the source is a predecessor: no
// predecessor lists). On graphs of at most `kSourcesPerBlock` vertices it
// runs one source at a time over flat arrays (distance, number of shortest
// paths, dependency). On larger ones it runs 32 sources at a time (a
// batch), level by level, with one bit per source: a vertex is scanned once
// per distance at which some source of the batch reaches it, and the test
// of one edge (is its other end unreached, or one step further?) is one
// bitwise `and` for every source of the batch; only the sources for which
// the edge is on a shortest path then add a path count (going forward) or a
// coefficient (going back). For exact betweenness on those graphs, a leaf (a
// vertex whose edges all go to one neighbour p) runs no search of its own:
// its dependencies are p's, plus the vertices p reaches on p, so p's search
// counts for p and its leaves; and the searches do not visit leaves at all
// (a leaf hanging on v adds exactly 1 to v's dependency). O(V E) time; per
// thread, O(V + E) memory for one source at a time, and for a batch two
// doubles per vertex and source: 512 bytes per vertex (5.6 MB at 11,000
// vertices), with fewer sources per batch above 131,072 vertices so that
// they stay within 64 MiB (one source per batch from 4 Mi vertices).
//
// Determinism: the sources (every vertex, or the sample, in increasing
// order) are cut into blocks of `kSourcesPerBlock`, a constant; each block
// sums its sources' dependencies into its own vector, and the blocks' vectors
// are added to the total in block order. Threads only decide which block runs
// where, so the result is the same double for double whatever the thread
// count. On graphs of at most `kSourcesPerBlock` vertices (one block) the
// arithmetic is Boost's, operation for operation, so the values equal
// Boost's bit for bit; on larger ones each vertex pulls its successors'
// coefficients (1 + delta) / sigma, one division per vertex rather than per
// edge, and the values agree with Boost's to rounding. A batch does each
// source's arithmetic as a search of its own would, and adds each vertex's
// shares to its block's vector in source order, so batching changes no
// value either.
//
// Sampling (`BetweennessOptions::samples` = K): K distinct sources are drawn
// with `SampleSources()` (splitmix64 from the seed; the same on every
// platform and standard library), and the sum of their dependencies is
// scaled by n / K: the estimator of Brandes and Pich ("Centrality estimation
// in large networks", 2007), NetworkX's `betweenness_centrality(k=K)`. It is
// unbiased; with K = n it is the exact value. For a vertex v, with
// delta_s(v) in [0, n - 2] the dependency of source s on v and sd(v) its
// standard deviation over all n sources, the estimate's standard error is
// (n / 2) sd(v) sqrt((n - K) / ((n - 1) K)), and (Hoeffding, which holds for
// sampling without replacement) the probability that it is off by more than
// e n (n - 2) / 2 is at most 2 exp(-2 K e^2): K = 1,000 sources keep a
// vertex within 5% of n (n - 2) / 2 with probability above 98%. Vertices of high
// betweenness are estimated well; small values are noisy.
//
// Thread safety: every function here is safe to call from several threads at
// once on the same `CsrGraph` (they only read it); the worker threads
// (`std::thread`) share nothing mutable.
//
// Example:
//
//   #include <vector>
//
//   #include "netgov/graph/brandes.hpp"
//   #include "netgov/io/default_network.hpp"
//
//   const netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   const netgov::graph::AsOfView view = g.AsOf(netgov::Date(2021, 12, 6));
//   // Exact, on every core; indexed by vertex like Betweenness(view).
//   const std::vector<double> exact =
//       netgov::graph::BrandesBetweenness(view, {.threads = 0});
//   // exact[*g.FindPillar("times-of-crisis")] == 15
//   // Estimated from 20 sources drawn with seed 7.
//   const std::vector<double> estimate =
//       netgov::graph::BrandesBetweenness(view, {.samples = 20, .seed = 7});

#ifndef NETGOV_GRAPH_BRANDES_HPP_
#define NETGOV_GRAPH_BRANDES_HPP_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "boost/graph/graph_traits.hpp"
#include "boost/graph/properties.hpp"

namespace netgov::graph {

// CsrGraph
//
// An undirected graph in compressed sparse rows: vertices 0..n-1, the
// neighbours of vertex v in `neighbours[offsets[v] .. offsets[v + 1])` (each
// edge listed from both ends; a parallel edge as often as it occurs), and
// `original[v]` the vertex index it had in the graph it was built from.
struct CsrGraph {
  std::vector<std::size_t> offsets = {0};
  std::vector<std::uint32_t> neighbours;
  std::vector<std::size_t> original;

  // size()
  //
  // The number of vertices.
  std::size_t size() const { return original.size(); }

  // FromGraph()
  //
  // The vertices `g` has (for a `boost::filtered_graph`, the ones it keeps),
  // renumbered in the order `vertices(g)` lists them, with their neighbours
  // in the order `out_edges()` lists them. `g` is a VertexListGraph and
  // IncidenceGraph with a vertex index, undirected (for a directed graph, out
  // edges only are kept).
  template <typename G>
  static CsrGraph FromGraph(const G& g);
};

// kSourcesPerBlock
//
// Sources per block (see the file comment); independent of the thread count.
inline constexpr std::size_t kSourcesPerBlock = 256;

// BetweennessOptions
//
// `threads`: worker threads, 0 for `std::thread::hardware_concurrency()` (at
// least 1); more threads than blocks of sources are not started. It never
// changes the result.
// `samples`: 0 for exact betweenness (every vertex a source); K > 0 to
// estimate it from K sources drawn with `seed` (K >= n: every vertex, exact).
struct BetweennessOptions {
  int threads = 1;
  std::size_t samples = 0;
  std::uint64_t seed = 0;
};

// SplitMix64
//
// Steele, Lea and Flood's splitmix64 generator (2014): the state advances by
// 0x9e3779b97f4a7c15 and each output is the state mixed by
// z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9; z = (z ^ (z >> 27)) *
// 0x94d049bb133111eb; z ^ (z >> 31). Seed 0 first gives 0xe220a8397b1dcdaf.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

  // Next()
  std::uint64_t Next();

  // Below()
  //
  // A uniform number in [0, bound) (`bound` > 0): the first output r with
  // r >= 2^64 mod bound, taken mod bound (the rejection makes it unbiased).
  std::uint64_t Below(std::uint64_t bound);

 private:
  std::uint64_t state_;
};

// SampleSources()
//
// `k` distinct vertices of 0..n-1, in increasing order, drawn with
// `SplitMix64(seed)`: a partial Fisher-Yates shuffle of 0..n-1 (for i = 0 ..
// k-1, swap positions i and i + Below(n - i)), whose first k are then sorted.
// Every vertex, in order, when k >= n.
std::vector<std::uint32_t> SampleSources(std::size_t n, std::size_t k, std::uint64_t seed);

// BrandesBetweenness()
//
// Raw betweenness of every vertex of `g` (indexed as `g`'s vertices), exact
// or estimated as `options` says; see the file comment.
std::vector<double> BrandesBetweenness(const CsrGraph& g, const BetweennessOptions& options = {});

// BrandesBetweenness()
//
// The same for a Boost.Graph graph or view (as `CsrGraph::FromGraph()`
// takes it), indexed by `get(boost::vertex_index, g, v)` like
// `Betweenness(g)`; 0 for vertices a view hides.
template <typename G>
std::vector<double> BrandesBetweenness(const G& g, const BetweennessOptions& options = {}) {
  const CsrGraph csr = CsrGraph::FromGraph(g);
  const std::vector<double> compact = BrandesBetweenness(csr, options);
  std::vector<double> out(num_vertices(g), 0.0);
  for (std::size_t v = 0; v < compact.size(); ++v) out[csr.original[v]] = compact[v];
  return out;
}

template <typename G>
CsrGraph CsrGraph::FromGraph(const G& g) {
  constexpr std::uint32_t kAbsent = std::numeric_limits<std::uint32_t>::max();
  const auto index = get(boost::vertex_index, g);  // found by ADL, as the calls below
  CsrGraph csr;
  std::vector<std::uint32_t> compact(num_vertices(g), kAbsent);
  for (auto [it, end] = vertices(g); it != end; ++it) {
    compact[get(index, *it)] = static_cast<std::uint32_t>(csr.original.size());
    csr.original.push_back(get(index, *it));
  }
  csr.offsets.reserve(csr.original.size() + 1);
  for (auto [it, end] = vertices(g); it != end; ++it) {
    for (auto [e, e_end] = out_edges(*it, g); e != e_end; ++e) {
      csr.neighbours.push_back(compact[get(index, target(*e, g))]);
    }
    csr.offsets.push_back(csr.neighbours.size());
  }
  return csr;
}

}  // namespace netgov::graph

#endif  // NETGOV_GRAPH_BRANDES_HPP_
