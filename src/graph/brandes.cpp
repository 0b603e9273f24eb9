#include "netgov/graph/brandes.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <system_error>
#include <thread>
#include <vector>

namespace netgov::graph {
namespace {

// One thread's flat arrays, reused from source to source: each search
// leaves `distance` and `sigma` as it found them (-1 and 0). The distances
// are a compact array of their own (44 KB at 11,000 vertices), as the
// forward pass tests one for every edge and touches the path counts only on
// the edges of the shortest-path DAG.
struct Workspace {
  Workspace(std::size_t n, std::size_t arcs)
      : distance(n, -1),
        sigma(n, 0.0),
        delta(n, 0.0),
        order(n + 1, 0),
        successors(arcs),
        successors_end(n) {}
  std::vector<std::int32_t> distance;  // from the source, -1 if not reached
  std::vector<double> sigma;           // shortest paths from the source
  std::vector<double> delta;           // the dependency on the vertex, or its coefficient
  // The vertices in search order, and a spare slot; every entry, even past
  // the search's end, is a vertex (0 at first), so it can be read ahead.
  std::vector<std::uint32_t> order;
  // The successors of order[k] (its neighbours one step further from the
  // source, in neighbour order) are successors[successors_end[k - 1] ..
  // successors_end[k]), with successors_end[-1] taken as 0.
  std::vector<std::uint32_t> successors;
  std::vector<std::uint32_t> successors_end;
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

// The same, faster (the values are Boost's up to rounding):
// - the forward search keeps each vertex's successors (the edges of the
//   shortest-path DAG, found as it goes) in one flat array, so the backward
//   pass visits only them and tests no distance;
// - each vertex pulls from its successors w the coefficients
//   (1 + delta[w]) / sigma[w], computed once per vertex: one division per
//   vertex instead of one per edge;
// - the next vertex's neighbour range is loaded before the current vertex's
//   neighbours are scanned, so the chain of loads order -> offsets ->
//   neighbours -> distance does not start anew after each vertex.
//
// `g` has no edges to folded leaves (LeafFolding); `hanging[v]` is the
// number of them on v, and `leaves` that on `s`. A leaf hanging on v is one
// more successor whose coefficient is 1 / sigma[v], so it adds exactly 1 to
// v's dependency; it is reached, but depends on no vertex.
void AddSource(const CsrGraph& g, const double* hanging, std::uint32_t s, double leaves,
               Workspace& w, double* partial) {
  const std::size_t* offsets = g.offsets.data();
  const std::uint32_t* neighbours = g.neighbours.data();
  std::int32_t* distance = w.distance.data();
  double* sigma = w.sigma.data();
  double* coefficient = w.delta.data();
  std::uint32_t* order = w.order.data();
  std::uint32_t* successors = w.successors.data();
  std::uint32_t* successors_end = w.successors_end.data();
  distance[s] = 0;
  sigma[s] = 1.0;
  order[0] = s;
  std::size_t head = 0;
  std::size_t tail = 1;
  std::uint32_t arcs = 0;
  std::size_t begin = offsets[s];
  std::size_t end = offsets[s + 1];
  while (head < tail) {
    const std::uint32_t v = order[head];
    const std::int32_t next = distance[v] + 1;
    const double paths = sigma[v];
    // Read ahead (order[head + 1] is a vertex even when not yet queued).
    const bool queued = head + 1 < tail;
    const std::uint32_t following = order[head + 1];
    const std::size_t following_begin = offsets[following];
    const std::size_t following_end = offsets[following + 1];
    for (std::size_t i = begin; i < end; ++i) {
      const std::uint32_t u = neighbours[i];
      if (distance[u] < 0) {
        distance[u] = next;
        order[tail++] = u;
      }
      if (distance[u] == next) {
        sigma[u] += paths;
        successors[arcs++] = u;
      }
    }
    successors_end[head++] = arcs;
    begin = queued ? following_begin : offsets[order[head]];
    end = queued ? following_end : offsets[order[head] + 1];
  }
  // Backwards through the search: each vertex sums the coefficients of its
  // successors, adds its dependency to `partial`, and leaves its own
  // coefficient in `coefficient`.
  double reached = static_cast<double>(tail);  // with the leaves hanging on them
  for (std::size_t k = tail; k-- > 1;) {
    const std::uint32_t v = order[k];
    double sum = 0.0;
    for (std::uint32_t i = successors_end[k - 1]; i < successors_end[k]; ++i) {
      sum += coefficient[successors[i]];
    }
    const double dependency = sigma[v] * sum + hanging[v];
    reached += hanging[v];
    partial[v] += (1.0 + leaves) * dependency;
    coefficient[v] = (1.0 + dependency) / sigma[v];
  }
  // Each leaf on `s` depends on `s` for every vertex `s` reaches but the two.
  if (leaves > 0.0) partial[s] += leaves * (reached + hanging[s] - 2.0);
  for (std::size_t k = 0; k < tail; ++k) {
    const std::uint32_t v = order[k];
    distance[v] = -1;
    sigma[v] = 0.0;
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
// without the edges to them, and count them with `leaves` (AddSource()).
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
  std::vector<Workspace> workspaces(threads, Workspace(n, g.neighbours.size()));
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
      for (std::size_t i = begin; i < end; ++i) {
        const std::uint32_t source = sources[i];
        if (boost_order) {
          AddSourceBoostOrder(g, source, workspaces[t], partial.data());
        } else {
          AddSource(searched, hanging, source, hanging[source], workspaces[t], partial.data());
        }
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
