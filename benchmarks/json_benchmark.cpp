// File: benchmarks/json_benchmark.cpp
// -----------------------------------------------------------------------------
//
// The JSON network file: loading the embedded default network (parse, walk,
// NetworkBuilder checks), writing it, and loading generated networks of
// growing size (built here with NetworkBuilder and written with
// io::WriteNetwork, so the benchmark depends on nothing else).
//
// Reproduce (Release):
//   cmake -S . -B build-json-release -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-json-release --target json_benchmark -j2
//   build-json-release/benchmarks/json_benchmark
//
// Last recorded run (2026-11-29, Release, g++-12, 2 cores shared with other
// builds: load average 7.9, so read the CPU column):
//
//   ---------------------------------------------------------------------------------
//   Benchmark                       Time             CPU   Iterations UserCounters...
//   ---------------------------------------------------------------------------------
//   BM_LoadDefaultNetwork         765 us          507 us         1447 bytes_per_second=45.368M/s
//   BM_WriteDefaultNetwork        443 us          293 us         2215
//   BM_LoadGenerated/64          1.80 ms         1.19 ms          828 bytes_per_second=31.6618M/s
//   BM_LoadGenerated/256         7.96 ms         5.28 ms          100 bytes_per_second=28.7583M/s
//   BM_LoadGenerated/1024        27.3 ms         18.1 ms           32 bytes_per_second=33.7573M/s
//   BM_LoadGenerated/4096        97.1 ms         64.6 ms           11 bytes_per_second=38.2737M/s
//   BM_LoadGenerated/16384        456 ms          302 ms            3 bytes_per_second=33.0593M/s
//   BM_LoadGenerated_BigO    27598.56 N      18262.93 N
//   BM_LoadGenerated_RMS            6 %             6 %
//
// Loading the default network (27 KB) takes about 0.5 ms of CPU; loading is
// linear in the size of the file (parsing, the walk into the model and the
// builder's checks).

#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "netgov/io/default_network.hpp"
#include "netgov/io/generate.hpp"
#include "netgov/io/json.hpp"
#include "netgov/network/network_builder.hpp"
#include "nlohmann/json.hpp"
#include "simdjson.h"
#include "src/io/json_load.hpp"
#include "src/io/json_parse.hpp"

namespace {

// A network of `n` entities (each with a person and a membership), n / 4
// pillars (each with a lead, two members and a supporter), one fixed
// rotation over every entity, n / 10 meetings and n / 10 deadlines.
std::string GeneratedText(int n) {
  netgov::NetworkBuilder b({"generated", "Generated network", "UTC", "", ""});
  for (int i = 0; i < n; ++i) {
    netgov::Entity e;
    e.id = netgov::EntityId(absl::StrCat("e", i));
    e.acronym = absl::StrCat("E", i);
    e.name = absl::StrCat("Entity number ", i);
    e.kind = "agency";
    e.time_zone = "Europe/Zurich";
    e.membership = {{netgov::Date(2020, 1, 1), std::nullopt}};
    b.AddEntity(e);
    netgov::Person p;
    p.id = netgov::PersonId(absl::StrCat("person-", i));
    p.name = absl::StrCat("Person ", i);
    p.posts = {{e.id, "Director", {}, ""}};
    b.AddPerson(p);
  }
  for (int k = 0; k < n / 4; ++k) {
    netgov::Pillar p;
    p.id = netgov::PillarId(absl::StrCat("pillar-", k));
    p.number = k + 1;
    p.name = absl::StrCat("Pillar ", k);
    p.launch.date = netgov::Date(2021, 1, 1);
    const netgov::RoleKind kinds[] = {netgov::RoleKind::kLead, netgov::RoleKind::kMember,
                                      netgov::RoleKind::kMember, netgov::RoleKind::kSupport};
    for (int r = 0; r < 4; ++r) {
      p.roles.push_back({netgov::EntityId(absl::StrCat("e", (4 * k + r) % n)), kinds[r],
                         false, {netgov::Date(2021, 1, 1), std::nullopt}, "", ""});
    }
    b.AddPillar(p);
  }
  netgov::Rotation r;
  r.id = netgov::RotationId("chair");
  r.term = {netgov::Date(2021, 1, 1), netgov::TermUnit::kYears, 1};
  r.order.rule = netgov::OrderRuleKind::kFixed;
  for (int i = 0; i < n; ++i) r.order.sequence.emplace_back(absl::StrCat("e", i));
  b.AddRotation(r);
  for (int m = 0; m < n / 10; ++m) {
    netgov::Meeting meeting;
    meeting.id = netgov::MeetingId(absl::StrCat("meeting-", m));
    meeting.start = absl::CivilMinute(2022, 1, 1 + m % 28, 9, 0);
    meeting.end = absl::CivilMinute(2022, 1, 1 + m % 28, 10, 0);
    meeting.time_zone = "America/New_York";
    for (int i = 0; i < 10; ++i) {
      meeting.participants.push_back(
          {netgov::ParticipantKind::kPerson, absl::StrCat("person-", (10 * m + i) % n)});
    }
    b.AddMeeting(meeting);
    netgov::Deadline d;
    d.id = netgov::DeadlineId(absl::StrCat("deadline-", m));
    d.date = netgov::Date(2022, 3, 1 + m % 28);
    d.reminders = {{7, false}};
    b.AddDeadline(d);
  }
  absl::StatusOr<netgov::Network> net = b.Build();
  if (!net.ok()) return "";
  return netgov::io::WriteNetwork(*net);
}

void BM_LoadDefaultNetwork(benchmark::State& state) {
  const std::string_view text = netgov::io::DefaultNetworkText();
  for (auto _ : state) {
    absl::StatusOr<netgov::Network> net = netgov::io::LoadNetwork(text);
    benchmark::DoNotOptimize(net);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_LoadDefaultNetwork)->Unit(benchmark::kMicrosecond);

void BM_WriteDefaultNetwork(benchmark::State& state) {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  for (auto _ : state) {
    std::string text = netgov::io::WriteNetwork(net);
    benchmark::DoNotOptimize(text);
  }
}
BENCHMARK(BM_WriteDefaultNetwork)->Unit(benchmark::kMicrosecond);

// Loads `text` (a generated network) once per iteration; counts its bytes.
void LoadEachIteration(benchmark::State& state, const std::string& text) {
  for (auto _ : state) {
    absl::StatusOr<netgov::Network> net = netgov::io::LoadNetwork(text);
    if (!net.ok()) {
      state.SkipWithError("the generated network does not load");
      break;
    }
    benchmark::DoNotOptimize(net);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}

void BM_LoadGenerated(benchmark::State& state) {
  const std::string text = GeneratedText(static_cast<int>(state.range(0)));
  if (text.empty()) {
    state.SkipWithError("the generated network does not build");
    return;
  }
  LoadEachIteration(state, text);
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_LoadGenerated)
    ->RangeMultiplier(4)
    ->Range(64, 65536)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

// The files of `netgov generate --entities N --pillars N/10 --seed 42`
// (io::GenerateNetwork() written out), the ones issue 10 measures: N
// entities and N people with a post each, N/10 pillars of 30 roles.
// Its text, or "" if it is not generated.
std::string NetgovGenerateText(int n) {
  const absl::StatusOr<netgov::Network> generated =
      netgov::io::GenerateNetwork({.entities = n, .pillars = n / 10, .seed = 42});
  return generated.ok() ? netgov::io::WriteNetwork(*generated) : std::string();
}

void BM_LoadNetgovGenerate(benchmark::State& state) {
  const std::string text = NetgovGenerateText(static_cast<int>(state.range(0)));
  if (text.empty()) {
    state.SkipWithError("the network is not generated");
    return;
  }
  LoadEachIteration(state, text);
}
BENCHMARK(BM_LoadNetgovGenerate)
    ->Arg(4096)
    ->Arg(16384)
    ->Arg(65536)
    ->Unit(benchmark::kMillisecond);

// The same loads in a warm heap: one load, untimed, before the timed ones,
// and at least 2 s of them. At 65,536 entities one load takes more than
// BM_LoadNetgovGenerate's 0.5 s, so that benchmark times a single load, the
// first of its process, into pages of heap never touched before (what a
// program that loads one file pays); this one times the loads of a program
// that loads again and again (a server reloading its network), whose heap
// reuses the pages the previous network freed. Their difference is the cost
// of the first touch of the heap's pages (pages_benchmark).
void BM_LoadNetgovGenerateWarm(benchmark::State& state) {
  const std::string text = NetgovGenerateText(static_cast<int>(state.range(0)));
  if (text.empty() || !netgov::io::LoadNetwork(text).ok()) {
    state.SkipWithError("the generated network does not load");
    return;
  }
  LoadEachIteration(state, text);
}
BENCHMARK(BM_LoadNetgovGenerateWarm)
    ->Arg(4096)
    ->Arg(16384)
    ->Arg(65536)
    ->MinTime(2)
    ->Unit(benchmark::kMillisecond);

// Where the time of a load goes, on the network of BM_LoadGenerated/16384:
// each path whole (src/io/json_load.hpp), each parser alone (text to DOM,
// nothing walked), and NetworkBuilder::Build() alone on the loaded network.
// The walk is a path's time less its parse and the build.
const std::string& LargeText() {
  static const std::string* const text = new std::string(GeneratedText(16384));
  return *text;
}

template <typename Fn>
void RunOnLargeText(benchmark::State& state, Fn fn) {
  const std::string& text = LargeText();
  for (auto _ : state) fn(text);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}

// One of the loader's paths on the large text; `fast`: simdjson's, else
// the nlohmann reference.
void BM_LoadPath(benchmark::State& state, bool fast) {
  RunOnLargeText(state, [&](const std::string& text) {
    absl::StatusOr<netgov::Network> net =
        fast ? netgov::io::detail::LoadNetworkFast(text, false, "g.json")
             : netgov::io::detail::LoadNetworkReference(text, "g.json");
    if (!net.ok()) state.SkipWithError("the path failed");
    benchmark::DoNotOptimize(net);
  });
}
BENCHMARK_CAPTURE(BM_LoadPath, Fast, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LoadPath, Reference, false)->Unit(benchmark::kMillisecond);

void BM_ParseOnlySimdjson(benchmark::State& state) {
  simdjson::dom::parser parser;
  RunOnLargeText(state, [&](const std::string& text) {
    simdjson::dom::element root;
    if (parser.parse(text).get(root)) state.SkipWithError("simdjson failed");
    benchmark::DoNotOptimize(root);
  });
}
BENCHMARK(BM_ParseOnlySimdjson)->Unit(benchmark::kMillisecond);

void BM_ParseOnlyNlohmann(benchmark::State& state) {
  RunOnLargeText(state, [&](const std::string& text) {
    absl::StatusOr<nlohmann::json> doc =
        netgov::io::detail::ParseJsonText(text, "g.json");
    if (!doc.ok()) state.SkipWithError("nlohmann failed");
    benchmark::DoNotOptimize(doc);
  });
}
BENCHMARK(BM_ParseOnlyNlohmann)->Unit(benchmark::kMillisecond);

void BM_BuildOnly(benchmark::State& state) {
  const absl::StatusOr<netgov::Network> net =
      netgov::io::LoadNetwork(LargeText(), "g.json");
  if (!net.ok()) {
    state.SkipWithError("the generated network does not load");
    return;
  }
  for (auto _ : state) {
    state.PauseTiming();
    netgov::NetworkBuilder builder(*net);
    state.ResumeTiming();
    absl::StatusOr<netgov::Network> built = std::move(builder).Build();
    benchmark::DoNotOptimize(built);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(LargeText().size()));
}
BENCHMARK(BM_BuildOnly)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
