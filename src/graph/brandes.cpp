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
struct Workspace {
  explicit Workspace(std::size_t n) : distance(n, -1), sigma(n, 0.0), delta(n, 0.0), order(n) {}
  std::vector<std::int32_t> distance;
  std::vector<double> sigma;  // shortest paths from the source
  std::vector<double> delta;  // the source's dependency on the vertex
  std::vector<std::uint32_t> order;  // the vertices in search order
};

// Adds the dependency of source `s` on every other vertex to `partial`.
// The arithmetic is Boost's, operation for operation (path counts are whole
// numbers, exact in a double up to 2^53), so one block of sources gives
// Boost's values bit for bit.
void AddSource(const CsrGraph& g, std::uint32_t s, Workspace& w, double* partial) {
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
  const std::vector<std::uint32_t> sources =
      SampleSources(n, options.samples == 0 ? n : options.samples, options.seed);
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
        AddSource(g, sources[i], workspaces[t], partial.data());
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
      sources.size() == n ? 0.5 : static_cast<double>(n) / (2.0 * static_cast<double>(sources.size()));
  for (double& c : total) c *= scale;
  return total;
}

}  // namespace netgov::graph
