// Benchmarks of the rotation engine (netgov/rotation/schedule.hpp).
//
// Build in Release and run:
//   cmake -S . -B build-rotation-release -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-rotation-release --target rotation_benchmark netgov_program -j2
//   build-rotation-release/benchmarks/rotation_benchmark
//
// Last recorded run (2026-11-29, g++-12 Release, 2 cores at load average 5
// with another engineer's builds; wall and CPU agreed within 10 %):
//   cmake -S . -B build-rotperf-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-rotperf-rel --target rotation_benchmark -j2
//   build-rotperf-rel/benchmarks/rotation_benchmark --benchmark_filter='BM_Generate|BM_Holders'
//   BM_GenerateMonthlyTerms/1024        257562 ns    241486 ns   items/s=4.24M
//   BM_GenerateMonthlyTerms/4096        545149 ns    510234 ns   items/s=8.03M
//   BM_GenerateMonthlyTerms/16384      2439726 ns   2210898 ns   items/s=7.41M
//   BM_GenerateMonthlyTerms/65536     11415765 ns  11356407 ns   items/s=5.77M
//   BM_GenerateMonthlyTerms_BigO        172.58 N     170.87 N    RMS 9 %
//   BM_HoldersOnDate/1024                  104 ns       104 ns
//   BM_HoldersOnDate/4096                  120 ns       114 ns
//   BM_HoldersOnDate/16384                 164 ns       145 ns
//   BM_HoldersOnDate/65536                 212 ns       194 ns
//   BM_HoldersOnDate_BigO                11.76 lgN    10.84 lgN
// The previous engine, built from the same tree and run alternately with this
// one: 150 ns per term at 4096 and 16384 terms, this one 123 to 136 ns
// (docs/benchmarks.md). The CLI rows were not run again; the last run
// (load average 10) gave BM_CliMonthlyTermsJson/5000 113 ms and /50000
// 960 ms wall.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "benchmark/benchmark.h"
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
