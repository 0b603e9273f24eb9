// Benchmarks of the network layer: each as-of query on the embedded default
// network (loading it is in json_benchmark.cpp). Target: a query under 1 us.
//
// Reproduce (release build):
//   cmake --preset release && cmake --build --preset release --target network_benchmark
//   build/release/benchmarks/network_benchmark --benchmark_min_time=0.2
// Last recorded run (2026-11-29, g++-12 Release, 2 shared cores, CPU time):
//   BM_LeadsOf 53.9 ns, BM_RolesOfEntity 51.7 ns, BM_PillarsWithoutRealLead
//   44.9 ns, BM_PillarsNotLaunched 23.9 ns, BM_PositionsOn 14.8 ns,
//   BM_RecordedSeats 172 ns, BM_PeopleOf 83.1 ns, BM_ResolveEntityById 4.4 ns,
//   BM_ResolveEntityByAlias 35.6 ns, BM_ResolvePersonByAlias 71.7 ns.
// Also in docs/benchmarks.md, section "Network queries".
#include <benchmark/benchmark.h>

#include "netgov/netgov.hpp"

namespace {

const netgov::Date kMeeting(2021, 12, 6);

void BM_LeadsOf(benchmark::State& state) {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  const netgov::Pillar& pillar = **net.LookupPillar("communications");
  for (auto _ : state) benchmark::DoNotOptimize(net.LeadsOf(pillar, kMeeting));
}
BENCHMARK(BM_LeadsOf);

void BM_RolesOfEntity(benchmark::State& state) {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  const netgov::Entity& osapg = **net.LookupEntity("osapg");
  for (auto _ : state) benchmark::DoNotOptimize(net.RolesOf(osapg, kMeeting));
}
BENCHMARK(BM_RolesOfEntity);

void BM_PillarsWithoutRealLead(benchmark::State& state) {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  for (auto _ : state) benchmark::DoNotOptimize(net.PillarsWithoutRealLead(kMeeting));
}
BENCHMARK(BM_PillarsWithoutRealLead);

void BM_PillarsNotLaunched(benchmark::State& state) {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  for (auto _ : state) benchmark::DoNotOptimize(net.PillarsNotLaunched(kMeeting));
}
BENCHMARK(BM_PillarsNotLaunched);

void BM_PositionsOn(benchmark::State& state) {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  const netgov::Commitment& c3 = **net.LookupCommitment("c3");
  for (auto _ : state) benchmark::DoNotOptimize(net.PositionsOn(c3));
}
BENCHMARK(BM_PositionsOn);

void BM_RecordedSeats(benchmark::State& state) {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  const netgov::Rotation& co_chair = **net.LookupRotation("co-chair");
  for (auto _ : state) benchmark::DoNotOptimize(net.RecordedSeats(co_chair, kMeeting));
}
BENCHMARK(BM_RecordedSeats);

void BM_PeopleOf(benchmark::State& state) {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  const netgov::Entity& ohchr = **net.LookupEntity("ohchr");
  for (auto _ : state) benchmark::DoNotOptimize(net.PeopleOf(ohchr, kMeeting));
}
BENCHMARK(BM_PeopleOf);

void BM_ResolveEntityById(benchmark::State& state) {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  for (auto _ : state) benchmark::DoNotOptimize(net.ResolveEntity("unhcr"));
}
BENCHMARK(BM_ResolveEntityById);

void BM_ResolveEntityByAlias(benchmark::State& state) {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  for (auto _ : state) benchmark::DoNotOptimize(net.ResolveEntity("UN Human Rights"));
}
BENCHMARK(BM_ResolveEntityByAlias);

void BM_ResolvePersonByAlias(benchmark::State& state) {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  for (auto _ : state) benchmark::DoNotOptimize(net.ResolvePerson("Ilze Brands Kheris"));
}
BENCHMARK(BM_ResolvePersonByAlias);

}  // namespace

BENCHMARK_MAIN();
