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
// leaves them as it found them (distance -1, counts and dependencies 0).
// A vertex's state in one search, in one place (two to a cache line): a
// neighbour's distance and count, or distance and coefficient, come in one
// memory access.
struct alignas(32) VertexState {
  double sigma = 0.0;  // shortest paths from the source
  double delta = 0.0;  // the dependency on the vertex, then its coefficient
  std::int32_t distance = -1;
};

struct Workspace {
  explicit Workspace(std::size_t n) : state(n), order(n + 1) {}
  std::vector<VertexState> state;
  std::vector<std::uint32_t> order;  // the vertices in search order (and a spare slot)
};

// Adds the dependency of source `s` on every other vertex to `partial`.
//
// kBoostOrder: the arithmetic is Boost's, operation for operation (each
// vertex pushes (sigma[v] / sigma[u]) * (1 + delta[u]) to each predecessor
// v, in reverse search order; path counts are whole numbers, exact in a
// double up to 2^53), so one block of sources gives Boost's values bit for
// bit. Otherwise each vertex pulls from its successors w the coefficients
// (1 + delta[w]) / sigma[w], computed once per vertex: one division per
// vertex instead of one per edge, the same value up to rounding.
//
// `leaves`: the number of leaves hanging on `s` (vertices whose only
// neighbour is `s`) that are not sources themselves; see LeafFolding. Only
// without kBoostOrder.
template <bool kBoostOrder>
void AddSource(const CsrGraph& g, std::uint32_t s, double leaves, Workspace& w,
               double* partial) {
  const std::size_t* offsets = g.offsets.data();
  const std::uint32_t* neighbours = g.neighbours.data();
  VertexState* c = w.state.data();
  std::uint32_t* order = w.order.data();
  c[s].distance = 0;
  c[s].sigma = 1.0;
  order[0] = s;
  std::size_t head = 0;
  std::size_t tail = 1;
  while (head < tail) {
    const std::uint32_t v = order[head++];
    const std::int32_t next = c[v].distance + 1;
    const double paths = c[v].sigma;
    for (std::size_t i = offsets[v]; i < offsets[v + 1]; ++i) {
      const std::uint32_t u = neighbours[i];
      if (c[u].distance < 0) {
        c[u].distance = next;
        order[tail++] = u;
      }
      if (c[u].distance == next) c[u].sigma += paths;
    }
  }
  if constexpr (kBoostOrder) {
    // Backwards through the search: each vertex gives its share to the
    // neighbours one step closer to the source (its predecessors).
    for (std::size_t k = tail; k-- > 1;) {
      const std::uint32_t u = order[k];
      const std::int32_t previous = c[u].distance - 1;
      const double paths = c[u].sigma;
      const double carried = 1.0 + c[u].delta;
      for (std::size_t i = offsets[u]; i < offsets[u + 1]; ++i) {
        const std::uint32_t v = neighbours[i];
        if (c[v].distance == previous) c[v].delta += (c[v].sigma / paths) * carried;
      }
      partial[u] += c[u].delta;
    }
  } else {
    // Backwards through the search: each vertex sums the coefficients of its
    // neighbours one step further from the source (its successors), adds its
    // dependency to `partial`, and leaves its own coefficient in `delta`.
    for (std::size_t k = tail; k-- > 1;) {
      const std::uint32_t v = order[k];
      const std::int32_t next = c[v].distance + 1;
      double sum = 0.0;
      for (std::size_t i = offsets[v]; i < offsets[v + 1]; ++i) {
        const std::uint32_t u = neighbours[i];
        sum += c[u].distance == next ? c[u].delta : 0.0;
      }
      const double dependency = c[v].sigma * sum;
      partial[v] += (1.0 + leaves) * dependency;
      c[v].delta = (1.0 + dependency) / c[v].sigma;
    }
    // Each leaf depends on `s` for every vertex `s` reaches but the two
    // (with a leaf, `tail` >= 2).
    if (leaves > 0.0) partial[s] += leaves * static_cast<double>(tail - 2);
  }
  for (std::size_t k = 0; k < tail; ++k) {
    const std::uint32_t v = order[k];
    c[v].distance = -1;
    c[v].sigma = 0.0;
    c[v].delta = 0.0;
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
// (Two vertices that are each other's leaf, a component of two, score 0
// either way.)
struct LeafFolding {
  std::vector<std::uint32_t> sources;
  std::vector<double> leaves;  // by vertex
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
  LeafFolding folding;
  if (exact && !boost_order) {
    folding = FoldLeaves(g);
  } else {
    folding.sources = SampleSources(n, exact ? n : options.samples, options.seed);
    folding.leaves.assign(n, 0.0);
  }
  const std::vector<std::uint32_t>& sources = folding.sources;
  const std::size_t blocks = (sources.size() + kSourcesPerBlock - 1) / kSourcesPerBlock;
  const std::size_t threads = std::min(ThreadCount(options.threads), blocks);
  std::vector<Workspace> workspaces(threads, Workspace(n));
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
          AddSource<true>(g, source, 0.0, workspaces[t], partial.data());
        } else {
          AddSource<false>(g, source, folding.leaves[source], workspaces[t], partial.data());
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
