// Benchmarks of the validator (netgov/validate/validate.hpp) on generated
// networks (netgov generate --entities N --pillars N/10 --seed 42): every
// check, diagnostics sorted. N is the number of entities (and of people);
// the cost must stay linear (times log N for the sorts): no check compares
// every pair of anything.
//
//   cmake --preset release && cmake --build build/release --target validate_benchmark
//   build/release/benchmarks/validate_benchmark --benchmark_min_time=0.3
//
// Results and the machine's load: docs/benchmarks.md, "Validation".
#include <benchmark/benchmark.h>

#include <vector>

#include "benchmarks/generated_network.hpp"
#include "netgov/validate/validate.hpp"

namespace {

void BM_Validate(benchmark::State& state) {
  const netgov::Network& net = netgov::benchmarks::GeneratedNetwork(static_cast<int>(state.range(0)));
  std::size_t diagnostics = 0;
  for (auto _ : state) {
    const std::vector<netgov::validate::Diagnostic> found = netgov::validate::Validate(net);
    diagnostics = found.size();
    benchmark::DoNotOptimize(found.data());
  }
  state.counters["diagnostics"] = static_cast<double>(diagnostics);
  state.counters["ns_per_entity"] = benchmark::Counter(
      static_cast<double>(state.range(0)),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Validate)
    ->RangeMultiplier(10)
    ->Range(100, 100'000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);

}  // namespace

BENCHMARK_MAIN();
