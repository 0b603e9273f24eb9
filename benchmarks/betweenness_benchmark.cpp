// Betweenness on generated networks (netgov generate --entities N --pillars
// N/10 --seed 42, as of 2021-12-06): netgov's specialised Brandes
// (netgov/graph/brandes.hpp) on 1 and 2 threads, against Boost's
// brandes_betweenness_centrality (netgov/graph/betweenness.hpp, the
// reference). Both are O(V E), quadratic in N here. The CSR copy of the view
// is built inside the timed loop, as Analyze() does.
//
//   cmake --preset release -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
//   cmake --build build/release --target betweenness_benchmark -j2
//   build/release/benchmarks/betweenness_benchmark
//
// Results in docs/benchmarks.md ("Betweenness").
#include <benchmark/benchmark.h>

#include <vector>

#include "benchmarks/generated_network.hpp"
#include "netgov/graph/betweenness.hpp"
#include "netgov/graph/brandes.hpp"
#include "netgov/graph/graph.hpp"

namespace {

const netgov::Date kDay(2021, 12, 6);

// BM_Brandes/N/threads
void BM_Brandes(benchmark::State& state) {
  const netgov::graph::RelationGraph g(
      netgov::benchmarks::GeneratedNetwork(static_cast<int>(state.range(0))));
  const netgov::graph::AsOfView view = g.AsOf(kDay);
  const int threads = static_cast<int>(state.range(1));
  for (auto _ : state) {
    std::vector<double> c = netgov::graph::BrandesBetweenness(view, {.threads = threads});
    benchmark::DoNotOptimize(c.data());
  }
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Brandes)
    ->ArgsProduct({{250, 500, 1000, 2000, 4000}, {1}})
    ->Complexity(benchmark::oNSquared)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_Brandes)
    ->ArgsProduct({{250, 500, 1000, 2000, 4000}, {2}})
    ->Complexity(benchmark::oNSquared)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// BM_BoostBrandes/N
void BM_BoostBrandes(benchmark::State& state) {
  const netgov::graph::RelationGraph g(
      netgov::benchmarks::GeneratedNetwork(static_cast<int>(state.range(0))));
  const netgov::graph::AsOfView view = g.AsOf(kDay);
  for (auto _ : state) {
    std::vector<double> c = netgov::graph::Betweenness(view);
    benchmark::DoNotOptimize(c.data());
  }
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_BoostBrandes)
    ->Arg(250)->Arg(500)->Arg(1000)->Arg(2000)->Arg(4000)
    ->Complexity(benchmark::oNSquared)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// BM_BrandesSampled/N: 256 sources (one block), one thread: linear in N.
void BM_BrandesSampled(benchmark::State& state) {
  const netgov::graph::RelationGraph g(
      netgov::benchmarks::GeneratedNetwork(static_cast<int>(state.range(0))));
  const netgov::graph::AsOfView view = g.AsOf(kDay);
  for (auto _ : state) {
    std::vector<double> c =
        netgov::graph::BrandesBetweenness(view, {.threads = 1, .samples = 256, .seed = 42});
    benchmark::DoNotOptimize(c.data());
  }
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_BrandesSampled)
    ->Arg(1000)->Arg(4000)->Arg(16000)
    ->Complexity(benchmark::oN)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
