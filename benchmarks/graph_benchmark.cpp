// Benchmarks of the graph engine on generated networks (netgov generate):
// building the entity-pillar graph, building and walking an as-of view, the
// co-membership projection and Brandes betweenness. N is the number of
// entities; networks have N/10 pillars and about 3N roles.
//
// Last recorded run (Release, g++-12, 2 shared cores; see docs/benchmarks.md):
//   cmake -S . -B build-graph-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-graph-rel --target graph_benchmark
//   build-graph-rel/benchmarks/graph_benchmark
// RECORDED_RUN
#include <benchmark/benchmark.h>

#include <map>

#include "netgov/graph/analysis.hpp"
#include "netgov/graph/graph.hpp"
#include "netgov/io/generate.hpp"

namespace {

const netgov::Date kDay(2021, 12, 6);

// One generated network per size, shared by the benchmarks.
const netgov::Network& NetworkOf(int entities) {
  static std::map<int, netgov::Network> cache;
  auto it = cache.find(entities);
  if (it == cache.end()) {
    absl::StatusOr<netgov::Network> net = netgov::io::GenerateNetwork(
        {entities, std::max(1, entities / 10), 42});
    it = cache.emplace(entities, net.ok() ? *net : netgov::Network()).first;
  }
  return it->second;
}

// A counter of nanoseconds per item: `items` per iteration.
benchmark::Counter NanosPer(std::size_t items) {
  return benchmark::Counter(static_cast<double>(items),
                            benchmark::Counter::kIsIterationInvariantRate |
                                benchmark::Counter::kInvert);
}

std::size_t RolesOf(const netgov::Network& net) {
  std::size_t roles = 0;
  for (const netgov::Pillar& p : net.pillars()) roles += p.roles.size();
  return roles;
}

void BM_BuildGraph(benchmark::State& state) {
  const netgov::Network& net = NetworkOf(static_cast<int>(state.range(0)));
  const std::size_t roles = RolesOf(net);
  for (auto _ : state) {
    netgov::graph::RelationGraph g(net);
    benchmark::DoNotOptimize(g.graph());
  }
  state.SetComplexityN(static_cast<benchmark::IterationCount>(roles));
  state.counters["roles"] = static_cast<double>(roles);
  state.counters["ns_per_role"] = NanosPer(roles);
}
BENCHMARK(BM_BuildGraph)->RangeMultiplier(10)->Range(100, 100'000)->Complexity(benchmark::oN);

// Building the view is O(1); walking every edge it keeps is what costs.
void BM_AsOfViewEdges(benchmark::State& state) {
  const netgov::Network& net = NetworkOf(static_cast<int>(state.range(0)));
  const netgov::graph::RelationGraph g(net);
  const std::size_t roles = RolesOf(net);
  for (auto _ : state) {
    const netgov::graph::AsOfView view = g.AsOf(kDay);
    std::size_t kept = 0;
    for (auto [it, end] = boost::edges(view); it != end; ++it) ++kept;
    benchmark::DoNotOptimize(kept);
  }
  state.SetComplexityN(static_cast<benchmark::IterationCount>(roles));
  state.counters["ns_per_role"] = NanosPer(roles);
}
BENCHMARK(BM_AsOfViewEdges)->RangeMultiplier(10)->Range(100, 100'000)->Complexity(benchmark::oN);

// Complexity against the pairs produced (with multiplicity): the compact
// form, then with the ids copied out.
void BM_ProjectionPairs(benchmark::State& state) {
  const netgov::Network& net = NetworkOf(static_cast<int>(state.range(0)));
  const netgov::graph::RelationGraph g(net);
  const netgov::graph::AsOfView view = g.AsOf(kDay);
  std::size_t pairs = 0;
  for (auto _ : state) {
    std::vector<netgov::graph::ProjectionPair> p = netgov::graph::ProjectionPairs(g, view);
    pairs = 0;
    for (const auto& s : p) pairs += static_cast<std::size_t>(s.shared);
    benchmark::DoNotOptimize(p.data());
  }
  state.SetComplexityN(static_cast<benchmark::IterationCount>(pairs));
  state.counters["pairs"] = static_cast<double>(pairs);
  state.counters["ns_per_pair"] = NanosPer(pairs);
}
BENCHMARK(BM_ProjectionPairs)->RangeMultiplier(10)->Range(100, 100'000)->Complexity(benchmark::oN);

void BM_Projection(benchmark::State& state) {
  const netgov::Network& net = NetworkOf(static_cast<int>(state.range(0)));
  const netgov::graph::RelationGraph g(net);
  const netgov::graph::AsOfView view = g.AsOf(kDay);
  std::size_t pairs = 0;
  for (auto _ : state) {
    std::vector<netgov::graph::SharedPillars> p = netgov::graph::Projection(g, view);
    pairs = 0;
    for (const auto& s : p) pairs += static_cast<std::size_t>(s.shared);
    benchmark::DoNotOptimize(p.data());
  }
  state.SetComplexityN(static_cast<benchmark::IterationCount>(pairs));
  state.counters["pairs"] = static_cast<double>(pairs);
  state.counters["ns_per_pair"] = NanosPer(pairs);
}
BENCHMARK(BM_Projection)->RangeMultiplier(10)->Range(100, 100'000)->Complexity(benchmark::oN);

// Brandes is O(V E) on an unweighted graph: quadratic here.
void BM_Betweenness(benchmark::State& state) {
  const netgov::Network& net = NetworkOf(static_cast<int>(state.range(0)));
  const netgov::graph::RelationGraph g(net);
  const netgov::graph::AsOfView view = g.AsOf(kDay);
  for (auto _ : state) {
    std::vector<double> c = netgov::graph::Betweenness(view);
    benchmark::DoNotOptimize(c.data());
  }
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Betweenness)->RangeMultiplier(4)->Range(100, 6400)->Complexity(benchmark::oNSquared)
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
