#include "netgov/graph/brandes.hpp"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <system_error>
#include <thread>
#include <vector>

namespace netgov::graph {
namespace {

// One thread's flat arrays for Boost's arithmetic (AddSourceBoostOrder()),
// reused from source to source: each search leaves them as it found them
// (distance -1, counts and dependencies 0).
struct Workspace {
  explicit Workspace(std::size_t n) : distance(n, -1), sigma(n, 0.0), delta(n, 0.0), order(n) {}
  std::vector<std::int32_t> distance;  // from the source, -1 if not reached
  std::vector<double> sigma;           // shortest paths from the source
  std::vector<double> delta;           // the dependency on the vertex
  std::vector<std::uint32_t> order;    // the vertices in search order
};

// Adds the dependency of source `s` on every other vertex to `partial`, in
// Boost's arithmetic, operation for operation: each vertex pushes
// (sigma[v] / sigma[u]) * (1 + delta[u]) to each predecessor v, in reverse
// search order (path counts are whole numbers, exact in a double up to
// 2^53), so one block of sources gives Boost's values bit for bit.
void AddSourceBoostOrder(const CsrGraph& g, std::uint32_t s, Workspace& w, double* partial) {
  const std::size_t* offsets = g.offsets.data();
  const std::uint32_t* neighbours = g.neighbours.data();
  std::int32_t* distance = w.distance.data();
  double* sigma = w.sigma.data();
  double* delta = w.delta.data();
  std::uint32_t* order = w.order.data();
  distance[s] = 0;
  sigma[s] = 1.0;
  order[0] = s;
  std::size_t head = 0;
  std::size_t tail = 1;
  while (head < tail) {
    const std::uint32_t v = order[head++];
    const std::int32_t next = distance[v] + 1;
    const double paths = sigma[v];
    for (std::size_t i = offsets[v]; i < offsets[v + 1]; ++i) {
      const std::uint32_t u = neighbours[i];
      if (distance[u] < 0) {
        distance[u] = next;
        order[tail++] = u;
      }
      if (distance[u] == next) sigma[u] += paths;
    }
  }
  // Backwards through the search: each vertex gives its share to the
  // neighbours one step closer to the source (its predecessors).
  for (std::size_t k = tail; k-- > 1;) {
    const std::uint32_t u = order[k];
    const std::int32_t previous = distance[u] - 1;
    const double paths = sigma[u];
    const double carried = 1.0 + delta[u];
    for (std::size_t i = offsets[u]; i < offsets[u + 1]; ++i) {
      const std::uint32_t v = neighbours[i];
      if (distance[v] == previous) delta[v] += (sigma[v] / paths) * carried;
    }
    partial[u] += delta[u];
  }
  for (std::size_t k = 0; k < tail; ++k) {
    const std::uint32_t v = order[k];
    distance[v] = -1;
    sigma[v] = 0.0;
    delta[v] = 0.0;
  }
}

// Lanes
//
// A set of the sources of a batch, one bit per source (its lane).
using Lanes = std::uint32_t;
constexpr std::size_t kLanes = 32;

// The sources of a batch on a graph of `n` vertices: kLanes, or fewer where
// a thread's per-source arrays (16 bytes per vertex and source) would pass
// 64 MiB: 32 up to 131,072 vertices, 1 from 4 Mi. The width changes no
// value (AddSources()).
std::size_t BatchWidth(std::size_t n) {
  constexpr std::size_t kBytes = std::size_t{64} << 20;
  return std::clamp<std::size_t>(kBytes / (16 * n), 1, kLanes);
}

// One thread's arrays for batches of sources (AddSources()), reused from
// batch to batch: each batch leaves `seen`, `found` and `sigma` as it found
// them (all 0). The per-source values of vertex v are at [v * width + lane].
struct BatchWorkspace {
  BatchWorkspace(std::size_t n, std::size_t lanes)
      : width(lanes), seen(n, 0), found(n, 0), sigma(n * lanes, 0.0), coefficient(n * lanes, 0.0) {}
  std::size_t width;         // sources per batch, at most kLanes
  std::vector<Lanes> seen;   // the lanes that reached v at this level or before
  std::vector<Lanes> found;  // the lanes that reach v at the next level
  // Shortest paths from each lane's source; then what each lane adds to v's
  // betweenness.
  std::vector<double> sigma;
  std::vector<double> coefficient;  // (1 + dependency) / sigma
  // The search, level by level: level L is visits[level_begin[L] ..
  // level_begin[L + 1]), each vertex once per level with the lanes that
  // reach it at that distance (visit_lanes).
  std::vector<std::uint32_t> visits;
  std::vector<Lanes> visit_lanes;
  std::vector<std::size_t> level_begin;
};

// Adds the dependencies of `count` (at most `w.width`) distinct sources on
// every other vertex to `partial`: one breadth-first search per source, all
// run together level by level. A vertex is scanned once per level at which
// some lane reaches it, and each edge it has tests every such lane at once
// (a bitwise and); only the lanes for which the edge is on a shortest path
// add a path count, going forward, or a coefficient, going back. So a
// vertex's scans are shared by all the lanes that reach it at the same
// distance, and the tests that find nothing cost one instruction for all.
//
// The arithmetic is that of one search per source: each vertex w one step
// further from the source (a successor) has the coefficient
// (1 + delta[w]) / sigma[w], a vertex's dependency is sigma times the sum of
// its successors' coefficients (added in neighbour order), one division per
// vertex, and each vertex's share of the batch is added to `partial` in
// source order. The values agree with Boost's up to rounding.
//
// Folded leaves (LeafFolding): `g` has no edges to them, `hanging[v]` is
// their number on v. A leaf hanging on v is one more successor of v, with
// the coefficient 1 / sigma[v]: it adds exactly 1 to v's dependency; it is
// reached, and depends on no vertex. The leaves hanging on a source count
// for it (see LeafFolding): each of them depends on the source for every
// vertex the source reaches but the two.
void AddSources(const CsrGraph& g, const double* hanging, const std::uint32_t* sources,
                std::size_t count, BatchWorkspace& w, double* partial) {
  const std::size_t* offsets = g.offsets.data();
  const std::uint32_t* neighbours = g.neighbours.data();
  const std::size_t width = w.width;
  Lanes* seen = w.seen.data();
  Lanes* found = w.found.data();
  double* sigma = w.sigma.data();
  double* coefficient = w.coefficient.data();
  std::vector<std::uint32_t>& visits = w.visits;
  std::vector<Lanes>& visit_lanes = w.visit_lanes;
  std::vector<std::size_t>& level_begin = w.level_begin;
  visits.clear();
  visit_lanes.clear();
  level_begin.assign(1, 0);
  for (std::size_t lane = 0; lane < count; ++lane) {
    const std::uint32_t s = sources[lane];
    visits.push_back(s);
    visit_lanes.push_back(Lanes{1} << lane);
    seen[s] = Lanes{1} << lane;
    sigma[s * width + lane] = 1.0;
  }
  // Forward, one level at a time: the vertices a level's vertices reach
  // first, and their path counts.
  for (std::size_t begin = 0, end = visits.size(); begin < end;) {
    for (std::size_t k = begin; k < end; ++k) {
      const std::uint32_t v = visits[k];
      const Lanes lanes = visit_lanes[k];
      const double* paths = sigma + v * width;
      for (std::size_t i = offsets[v]; i < offsets[v + 1]; ++i) {
        const std::uint32_t u = neighbours[i];
        Lanes on_path = lanes & ~seen[u];
        if (on_path == 0) continue;
        if (found[u] == 0) visits.push_back(u);
        found[u] |= on_path;
        double* counts = sigma + u * width;
        do {
          const int lane = std::countr_zero(on_path);
          counts[lane] += paths[lane];
          on_path &= on_path - 1;
        } while (on_path != 0);
      }
    }
    level_begin.push_back(end);
    for (std::size_t k = end; k < visits.size(); ++k) {
      const std::uint32_t u = visits[k];
      visit_lanes.push_back(found[u]);
      seen[u] |= found[u];
      found[u] = 0;
    }
    begin = end;
    end = visits.size();
  }
  // Backward, from the furthest level to level 1, with `found` holding the
  // lanes of the level one step further.
  double reached[kLanes] = {};  // vertices each source reaches, with their leaves
  double sum[kLanes] = {};      // a vertex's successors' coefficients
  for (std::size_t lane = 0; lane < count; ++lane) reached[lane] = 1.0;
  const std::size_t levels = level_begin.size() - 1;
  for (std::size_t level = levels; level-- > 1;) {
    const std::size_t first = level_begin[level];
    const std::size_t last = level_begin[level + 1];
    const std::size_t further = level + 1 < levels ? level_begin[level + 2] : last;
    for (std::size_t k = last; k < further; ++k) found[visits[k]] = visit_lanes[k];
    for (std::size_t k = first; k < last; ++k) {
      const std::uint32_t v = visits[k];
      const Lanes lanes = visit_lanes[k];
      for (std::size_t i = offsets[v]; i < offsets[v + 1]; ++i) {
        const std::uint32_t u = neighbours[i];
        Lanes successor = lanes & found[u];
        const double* successor_coefficient = coefficient + u * width;
        while (successor != 0) {
          const int lane = std::countr_zero(successor);
          sum[lane] += successor_coefficient[lane];
          successor &= successor - 1;
        }
      }
      double* counts = sigma + v * width;
      double* own = coefficient + v * width;
      const double leaves = hanging[v];
      Lanes each = lanes;
      do {
        const int lane = std::countr_zero(each);
        const double dependency = counts[lane] * sum[lane] + leaves;
        reached[lane] += 1.0 + leaves;
        own[lane] = (1.0 + dependency) / counts[lane];
        counts[lane] = (1.0 + hanging[sources[lane]]) * dependency;  // the share, from now on
        sum[lane] = 0.0;
        each &= each - 1;
      } while (each != 0);
    }
    for (std::size_t k = last; k < further; ++k) found[visits[k]] = 0;
  }
  for (std::size_t lane = 0; lane < count; ++lane) {
    const std::uint32_t s = sources[lane];
    const double leaves = hanging[s];
    sigma[s * width + lane] = leaves > 0.0 ? leaves * (reached[lane] + leaves - 2.0) : 0.0;
  }
  // Each vertex reached gets its shares in source order (a lane that did not
  // reach it adds 0).
  for (const std::uint32_t v : visits) {
    if (seen[v] == 0) continue;  // done at an earlier visit
    seen[v] = 0;
    double* shares = sigma + v * width;
    double total = partial[v];
    for (std::size_t lane = 0; lane < count; ++lane) {
      total += shares[lane];
      shares[lane] = 0.0;
    }
    partial[v] = total;
  }
}

// LeafFolding
//
// A leaf (a vertex whose edges all go to one other vertex p) needs no search
// of its own: its dependency on every vertex but p is p's (the shortest
// paths from the leaf are p's, behind one more edge or bundle of parallel
// edges), and on p it is the number of vertices p reaches, less the two. So
// for exact betweenness on graphs in the fast arithmetic, the sources are the
// vertices that are not leaves, each with the count of leaves hanging on it.
// Nor do the searches visit the leaves: they run on `core`, the graph
// without the edges to them, and count them with `leaves` (AddSources()).
// (Two vertices that are each other's leaf, a component of two, score 0
// either way.)
struct LeafFolding {
  std::vector<std::uint32_t> sources;
  std::vector<double> leaves;  // by vertex
  CsrGraph core;               // the same vertices; no edge to a folded leaf
};

LeafFolding FoldLeaves(const CsrGraph& g) {
  const std::size_t n = g.size();
  LeafFolding folding;
  folding.leaves.assign(n, 0.0);
  std::vector<bool> leaf(n, false);
  for (std::size_t v = 0; v < n; ++v) {
    const std::size_t begin = g.offsets[v];
    const std::size_t end = g.offsets[v + 1];
    if (begin == end) continue;
    const std::uint32_t p = g.neighbours[begin];
    bool only_p = p != v;
    for (std::size_t i = begin; only_p && i < end; ++i) only_p = g.neighbours[i] == p;
    leaf[v] = only_p;
  }
  for (std::size_t v = 0; v < n; ++v) {
    if (!leaf[v]) {
      folding.sources.push_back(static_cast<std::uint32_t>(v));
      continue;
    }
    const std::uint32_t p = g.neighbours[g.offsets[v]];
    if (leaf[p]) continue;  // a component of two: all zero
    folding.leaves[p] += 1.0;
  }
  CsrGraph& core = folding.core;
  core.original = g.original;
  core.offsets.reserve(n + 1);
  core.neighbours.reserve(g.neighbours.size());
  for (std::size_t v = 0; v < n; ++v) {
    for (std::size_t i = g.offsets[v]; i < g.offsets[v + 1]; ++i) {
      const std::uint32_t u = g.neighbours[i];
      if (leaf[v] || !leaf[u]) core.neighbours.push_back(u);
    }
    core.offsets.push_back(core.neighbours.size());
  }
  return folding;
}

std::size_t ThreadCount(int requested) {
  if (requested > 0) return static_cast<std::size_t>(requested);
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

std::uint64_t SplitMix64::Next() {
  std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::uint64_t SplitMix64::Below(std::uint64_t bound) {
  const std::uint64_t threshold = (std::uint64_t{0} - bound) % bound;  // 2^64 mod bound
  for (;;) {
    const std::uint64_t r = Next();
    if (r >= threshold) return r % bound;
  }
}

std::vector<std::uint32_t> SampleSources(std::size_t n, std::size_t k, std::uint64_t seed) {
  std::vector<std::uint32_t> vertices(n);
  std::iota(vertices.begin(), vertices.end(), std::uint32_t{0});
  if (k >= n) return vertices;
  SplitMix64 random(seed);
  for (std::size_t i = 0; i < k; ++i) {
    std::swap(vertices[i], vertices[i + random.Below(n - i)]);
  }
  vertices.resize(k);
  std::sort(vertices.begin(), vertices.end());
  return vertices;
}

std::vector<double> BrandesBetweenness(const CsrGraph& g, const BetweennessOptions& options) {
  const std::size_t n = g.size();
  std::vector<double> total(n, 0.0);
  if (n == 0) return total;
  // Small graphs (one block of sources) in Boost's arithmetic: their values
  // are Boost's, bit for bit.
  const bool boost_order = n <= kSourcesPerBlock;
  const bool exact = options.samples == 0 || options.samples >= n;
  const bool folded = exact && !boost_order;
  LeafFolding folding;
  if (folded) {
    folding = FoldLeaves(g);
  } else {
    folding.sources = SampleSources(n, exact ? n : options.samples, options.seed);
    folding.leaves.assign(n, 0.0);
  }
  const std::vector<std::uint32_t>& sources = folding.sources;
  const CsrGraph& searched = folded ? folding.core : g;
  const double* hanging = folding.leaves.data();
  const std::size_t blocks = (sources.size() + kSourcesPerBlock - 1) / kSourcesPerBlock;
  const std::size_t threads = std::min(ThreadCount(options.threads), blocks);
  std::vector<Workspace> workspaces(boost_order ? threads : 0, Workspace(n));
  std::vector<BatchWorkspace> batches(boost_order ? 0 : threads, BatchWorkspace(n, BatchWidth(n)));
  std::vector<std::vector<double>> partials(threads, std::vector<double>(n));
  // Rounds of `threads` consecutive blocks: block first + t on thread t, into
  // partials[t]; then the partials are added in block order.
  for (std::size_t first = 0; first < blocks; first += threads) {
    const std::size_t count = std::min(threads, blocks - first);
    const auto run = [&](std::size_t t) {
      std::vector<double>& partial = partials[t];
      std::fill(partial.begin(), partial.end(), 0.0);
      const std::size_t begin = (first + t) * kSourcesPerBlock;
      const std::size_t end = std::min(begin + kSourcesPerBlock, sources.size());
      if (boost_order) {
        for (std::size_t i = begin; i < end; ++i) {
          AddSourceBoostOrder(g, sources[i], workspaces[t], partial.data());
        }
        return;
      }
      const std::size_t width = batches[t].width;
      for (std::size_t i = begin; i < end; i += width) {
        AddSources(searched, hanging, sources.data() + i, std::min(width, end - i), batches[t],
                   partial.data());
      }
    };
    std::vector<std::thread> workers;
    std::vector<std::size_t> inline_blocks = {0};
    for (std::size_t t = 1; t < count; ++t) {
      try {
        workers.emplace_back(run, t);
      } catch (const std::system_error&) {
        inline_blocks.push_back(t);  // no thread to be had: run it here
      }
    }
    for (std::size_t t : inline_blocks) run(t);
    for (std::thread& worker : workers) worker.join();
    for (std::size_t t = 0; t < count; ++t) {
      const double* partial = partials[t].data();
      for (std::size_t v = 0; v < n; ++v) total[v] += partial[v];
    }
  }
  // Each unordered pair was counted from both ends; a sample stands for n / K
  // times its size.
  const double scale =
      exact ? 0.5 : static_cast<double>(n) / (2.0 * static_cast<double>(sources.size()));
  for (double& c : total) c *= scale;
  return total;
}

}  // namespace netgov::graph
