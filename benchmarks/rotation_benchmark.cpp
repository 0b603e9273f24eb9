// Benchmarks of the rotation engine (netgov/rotation/schedule.hpp).
//
// Build in Release and run:
//   cmake -S . -B build-rotation-release -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-rotation-release --target rotation_benchmark netgov_program -j2
//   build-rotation-release/benchmarks/rotation_benchmark
//
// Last recorded run (2026-11-29, second session, g++-12 Release, 2 cores,
// nothing else running; medians of five repetitions; the machine's speed
// varies by up to a third between runs):
//   cmake -S . -B build-rotperf-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-rotperf-rel --target rotation_benchmark netgov_program -j2
//   build-rotperf-rel/benchmarks/rotation_benchmark
//     --benchmark_filter='BM_Generate|BM_Make|BM_Holders'
//     --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//   (one command, on one line)
//   BM_GenerateMonthlyTerms/1024_median     65369 ns   65330 ns   items/s=15.7M
//   BM_GenerateMonthlyTerms/4096_median    205727 ns  205709 ns   items/s=19.9M
//   BM_GenerateMonthlyTerms/16384_median   915635 ns  915557 ns   items/s=17.9M
//   BM_GenerateMonthlyTerms/65536_median  3802531 ns 3802115 ns   items/s=17.2M
//   BM_GenerateMonthlyTerms_BigO            59.17 N    59.16 N    RMS 7 %
//   BM_MakeSchedule_median                  12091 ns   12090 ns
//   BM_HoldersOnDate/1024_median              108 ns     108 ns
//   BM_HoldersOnDate/65536_median             109 ns     109 ns
//   BM_HoldersOnDate_BigO                    7.74 lgN   7.74 lgN
// 50 to 58 ns per term (target: under 100). The first session's engine, run
// alternately with this one: 124 to 181 ns per term. The CLI comparison
// (hyperfine, docs/benchmarks.md): 14.6 ms for 5,000 terms, 128 ms for
// 50,000 (8.8 times).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "benchmark/benchmark.h"
#include "boost/date_time/gregorian/gregorian_types.hpp"
#include "netgov/network/network_builder.hpp"
#include "netgov/rotation/schedule.hpp"

namespace {

using netgov::Date;

constexpr int kMembers = 200;

// 200 members, a monthly presidency in alphabetical order of their names
// from 2000-01-01.
netgov::Network MonthlyAlphabetical() {
  netgov::NetworkBuilder b({"bench", "Benchmark", "UTC", "", ""});
  for (int i = 0; i < kMembers; ++i) {
    netgov::Entity e;
    // Ids and names sort differently, so the order is not the file order.
    e.id = netgov::EntityId(absl::StrFormat("e%03d", (i * 37) % kMembers));
    e.name = absl::StrFormat("Member %03d", i);
    b.AddEntity(std::move(e));
  }
  netgov::Rotation r;
  r.id = netgov::RotationId("presidency");
  r.term = {Date(2000, 1, 1), netgov::TermUnit::kMonths, 1};
  r.order.rule = netgov::OrderRuleKind::kAlphabetical;
  r.order.key = netgov::SortKey::kName;
  b.AddRotation(std::move(r));
  return *std::move(b).Build();
}

netgov::rotation::Schedule MakeSchedule(const netgov::Network& net) {
  return *netgov::rotation::Schedule::Make(net, netgov::RotationId("presidency"),
                                           {Date(2000, 1, 1), {}});
}

// Computing N monthly terms from scratch, walking them with a cursor.
void BM_GenerateMonthlyTerms(benchmark::State& state) {
  const netgov::Network net = MonthlyAlphabetical();
  const long long n = state.range(0);
  for (auto _ : state) {
    const netgov::rotation::Schedule schedule = MakeSchedule(net);
    netgov::rotation::TermCursor cursor = schedule.Cursor(Date(2000, 1, 1));
    for (long long k = 0; k < n; ++k) {
      absl::StatusOr<const netgov::rotation::Term*> t = cursor.Next();
      benchmark::DoNotOptimize(t);
    }
  }
  state.SetComplexityN(n);
  state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_GenerateMonthlyTerms)->RangeMultiplier(4)->Range(1 << 10, 1 << 16)->Complexity(benchmark::oN);

// Making the schedule alone (sorting the pool of 200 members once): the fixed
// cost inside each BM_GenerateMonthlyTerms iteration.
void BM_MakeSchedule(benchmark::State& state) {
  const netgov::Network net = MonthlyAlphabetical();
  for (auto _ : state) {
    netgov::rotation::Schedule schedule = MakeSchedule(net);
    benchmark::DoNotOptimize(schedule);
  }
}
BENCHMARK(BM_MakeSchedule);

// The holders on a date within N computed terms, after the first call.
void BM_HoldersOnDate(benchmark::State& state) {
  const netgov::Network net = MonthlyAlphabetical();
  const long long n = state.range(0);
  const netgov::rotation::Schedule schedule = MakeSchedule(net);
  const Date last = Date(2000, 1, 1) + boost::gregorian::months(static_cast<int>(n - 1));
  benchmark::DoNotOptimize(schedule.HoldersOn(last));  // the first call computes
  const long long days = (last - Date(2000, 1, 1)).days() + 1;
  long long k = 0;
  for (auto _ : state) {
    k = (k + 7919) % days;
    absl::StatusOr<std::vector<netgov::EntityId>> holders =
        schedule.HoldersOn(Date(2000, 1, 1) + boost::gregorian::date_duration(k));
    benchmark::DoNotOptimize(holders);
  }
  state.SetComplexityN(n);
}
BENCHMARK(BM_HoldersOnDate)->RangeMultiplier(4)->Range(1 << 10, 1 << 16)->Complexity(benchmark::oLogN);

// The file the CLI benchmark reads: the same 200 members and rotation.
std::string GeneratedNetworkFile() {
  const std::string path = "/tmp/netgov_rotation_benchmark.netgov.json";
  std::ofstream out(path);
  out << R"({"format": "netgov/1", "network": {"id": "bench", "name": "Benchmark"},)"
      << "\n\"entities\": [";
  for (int i = 0; i < kMembers; ++i) {
    out << (i ? ",\n" : "\n")
        << absl::StrFormat(R"({"id": "e%03d", "name": "Member %03d"})", (i * 37) % kMembers, i);
  }
  out << "],\n"
      << R"("rotations": [{"id": "presidency", "term": {"start": "2000-01-01", "months": 1},)"
      << R"( "order": {"rule": "alphabetical", "key": "name"}}]})" << "\n";
  return path;
}

// `netgov rotation --terms N --format json` as a separate process (wall time).
void BM_CliMonthlyTermsJson(benchmark::State& state) {
  const std::string command =
      absl::StrCat(NETGOV_PROGRAM, " --network ", GeneratedNetworkFile(),
                   " --as-of 2000-01-01 rotation --terms ", state.range(0),
                   " --format json > /dev/null");
  for (auto _ : state) {
    if (std::system(command.c_str()) != 0) {
      state.SkipWithError("netgov rotation failed");
      break;
    }
  }
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_CliMonthlyTermsJson)
    ->Arg(5000)
    ->Arg(50000)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

}  // namespace

BENCHMARK_MAIN();
