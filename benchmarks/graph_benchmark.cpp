// Benchmarks of the graph engine on generated networks (netgov generate):
// building the entity-pillar graph, building and walking an as-of view, the
// co-membership projection and Brandes betweenness. N is the number of
// entities; networks have N/10 pillars and about 3N roles.
//
// Last recorded run (Release, g++-12, 2 cores shared with three other builds,
// load average 8.5-9.5, wall time about 4x CPU time; CPU time; see
// docs/benchmarks.md; as-of view and betweenness rows from the run before):
//   cmake -S . -B build-graphperf-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-graphperf-rel --target graph_benchmark -j2
//   build-graphperf-rel/benchmarks/graph_benchmark
//       --benchmark_filter='BM_(BuildGraph|ProjectionPairs|Projection)/'
//       --benchmark_min_time=0.3   (one command line)
//
//   BM_BuildGraph/100            14168 ns   ns_per_role=47.2  roles=300
//   BM_BuildGraph/1000          164139 ns   ns_per_role=54.7  roles=3k
//   BM_BuildGraph/10000        3064439 ns   ns_per_role=102.1 roles=30k
//   BM_BuildGraph/100000      58148277 ns   ns_per_role=193.8 roles=300k
//   BM_BuildGraph_BigO          192.91 N    RMS 9 %
//   BM_AsOfViewEdges/100          2095 ns   ns_per_role=7.0   (run before)
//   BM_AsOfViewEdges/100000    7380985 ns   ns_per_role=24.6  (run before)
//   BM_ProjectionPairs/100        46819 ns  ns_per_pair=12.1  pairs=3.857k
//   BM_ProjectionPairs/1000     1249624 ns  ns_per_pair=32.3  pairs=38.715k
//   BM_ProjectionPairs/10000   15274168 ns  ns_per_pair=39.5  pairs=386.222k
//   BM_ProjectionPairs/100000 260505184 ns  ns_per_pair=67.4  pairs=3.86295M
//   BM_ProjectionPairs_BigO       67.16 N   RMS 8 %
//   BM_Projection/100            104806 ns  ns_per_pair=27.2
//   BM_Projection/1000          2533154 ns  ns_per_pair=65.4
//   BM_Projection/10000        35075532 ns  ns_per_pair=90.8
//   BM_Projection/100000     1146589171 ns  ns_per_pair=296.8
//   BM_Projection_BigO           294.76 N   RMS 13 %
//   BM_Betweenness/100            1.31 ms
//   BM_Betweenness/256            8.90 ms
//   BM_Betweenness/1024            156 ms
//   BM_Betweenness/4096           3285 ms
//   BM_Betweenness/6400           8585 ms
//   BM_Betweenness_BigO         207.57 N^2  RMS 4 %
#include <benchmark/benchmark.h>

#include <map>

#include "benchmarks/generated_network.hpp"
#include "netgov/graph/analysis.hpp"
#include "netgov/graph/graph.hpp"

namespace {

const netgov::Date kDay(2021, 12, 6);

const netgov::Network& NetworkOf(int entities) {
  return netgov::benchmarks::GeneratedNetwork(entities);
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
// Runs `project` (ProjectionPairs or Projection) and reports the cost per
// pair it produces.
template <typename Project>
void RunProjection(benchmark::State& state, Project project) {
  const netgov::Network& net = NetworkOf(static_cast<int>(state.range(0)));
  const netgov::graph::RelationGraph g(net);
  const netgov::graph::AsOfView view = g.AsOf(kDay);
  std::size_t pairs = 0;
  for (auto _ : state) {
    const auto p = project(g, view);
    pairs = 0;
    for (const auto& s : p) pairs += static_cast<std::size_t>(s.shared);
    benchmark::DoNotOptimize(p.data());
  }
  state.SetComplexityN(static_cast<benchmark::IterationCount>(pairs));
  state.counters["pairs"] = static_cast<double>(pairs);
  state.counters["ns_per_pair"] = NanosPer(pairs);
}

void BM_ProjectionPairs(benchmark::State& state) {
  RunProjection(state, [](const auto& g, const auto& view) {
    return netgov::graph::ProjectionPairs(g, view);
  });
}
BENCHMARK(BM_ProjectionPairs)->RangeMultiplier(10)->Range(100, 100'000)->Complexity(benchmark::oN);

void BM_Projection(benchmark::State& state) {
  RunProjection(state, [](const auto& g, const auto& view) {
    return netgov::graph::Projection(g, view);
  });
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
