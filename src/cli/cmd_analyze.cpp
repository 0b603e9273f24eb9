// netgov analyze: workload, betweenness, co-membership projection,
// articulation points, pillars without a (real) lead, entities without a role;
// optionally a shortest path (--from-entity/--to-entity) and a what-if
// (--leave ID). Listings are sorted as netgov/graph/analysis.hpp documents.
// Betweenness runs on --threads N (default: every core; the values do not
// depend on it); above graph::kMaxBetweennessVertices vertices the user
// chooses --betweenness exact, --betweenness-samples K [--betweenness-seed S]
// or --betweenness none, and the output then says which was computed.
#include <algorithm>
#include <cstddef>
#include <limits>
#include <span>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "netgov/core/error.hpp"
#include "netgov/graph/analysis.hpp"
#include "src/cli/commands.hpp"
#include "src/cli/csv_tables.hpp"

namespace netgov::cli {
namespace {

// "2", "2.5", "0.333": at most three decimals, no trailing zeros.
std::string Number(double x) {
  std::string s = absl::StrFormat("%.3f", x);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

template <typename T>
std::vector<std::string> Strings(const std::vector<T>& ids) {
  std::vector<std::string> out;
  for (const T& id : ids) out.push_back(id.str());
  return out;
}

std::string ListOrNone(const std::vector<std::string>& items) {
  return items.empty() ? "(none)" : absl::StrJoin(items, ", ");
}

// The options of analyze that choose how betweenness is computed, on how
// many threads; `chosen` when any of --betweenness, --betweenness-samples or
// --betweenness-seed is given (the output then says what was computed).
struct BetweennessArguments {
  graph::AnalyzeOptions options;
  bool chosen = false;
};

absl::StatusOr<BetweennessArguments> ParseBetweenness(const Context& ctx) {
  BetweennessArguments args;
  const long long all_cores = std::max(1u, std::thread::hardware_concurrency());
  absl::StatusOr<long long> threads = ctx.IntOption("threads", all_cores, 1, 1024);
  if (!threads.ok()) return threads.status();
  args.options.threads = static_cast<int>(*threads);
  const std::optional<std::string> method = ctx.Option("betweenness");
  const std::optional<std::string> samples = ctx.Option("betweenness-samples");
  const std::optional<std::string> seed = ctx.Option("betweenness-seed");
  args.chosen = method || samples || seed;
  if (method) {
    const std::vector<std::string> choices = {"exact", "none"};
    if (std::find(choices.begin(), choices.end(), *method) == choices.end()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--betweenness: '", *method, "' is not exact or none", DidYouMean(*method, choices),
          " (for an estimate from K sources: --betweenness-samples K)"));
    }
    if (samples) {
      return absl::InvalidArgumentError(
          "--betweenness and --betweenness-samples exclude each other (exact, none, or "
          "an estimate from K sources)");
    }
    args.options.betweenness =
        *method == "exact" ? graph::BetweennessMethod::kExact : graph::BetweennessMethod::kNone;
  }
  if (seed && !samples) {
    return absl::InvalidArgumentError(
        "--betweenness-seed goes with --betweenness-samples K (it seeds the sample)");
  }
  if (samples) {
    absl::StatusOr<long long> k =
        ctx.IntOption("betweenness-samples", 0, 1, std::numeric_limits<std::uint32_t>::max());
    if (!k.ok()) return k.status();
    absl::StatusOr<long long> s =
        ctx.IntOption("betweenness-seed", 0, 0, std::numeric_limits<long long>::max());
    if (!s.ok()) return s.status();
    args.options.betweenness = graph::BetweennessMethod::kSampled;
    args.options.betweenness_samples = static_cast<std::size_t>(*k);
    args.options.betweenness_seed = static_cast<std::uint64_t>(*s);
  }
  return args;
}

// What was computed, in a few words: "exact", "sampled: 100 of 11000
// sources, seed 42", "none".
std::string Computed(const graph::BetweennessComputed& b) {
  switch (b.method) {
    case graph::BetweennessMethod::kExact:
      return "exact";
    case graph::BetweennessMethod::kSampled:
      return absl::StrCat("sampled: ", b.samples, " of ", b.vertices, " sources, seed ", b.seed);
    case graph::BetweennessMethod::kNone:
      break;
  }
  return "none";
}

nlohmann::json ComputedJson(const graph::BetweennessComputed& b) {
  nlohmann::json j = {{"vertices", b.vertices}};
  switch (b.method) {
    case graph::BetweennessMethod::kExact:
      j["method"] = "exact";
      break;
    case graph::BetweennessMethod::kSampled:
      j["method"] = "sampled";
      j["samples"] = b.samples;
      j["seed"] = b.seed;
      break;
    case graph::BetweennessMethod::kNone:
      j["method"] = "none";
      break;
  }
  return j;
}

}  // namespace

absl::StatusOr<int> RunAnalyze(const Context& ctx) {
  const std::optional<std::string> from = ctx.Option("from-entity");
  const std::optional<std::string> to = ctx.Option("to-entity");
  if (from.has_value() != to.has_value()) {
    return absl::InvalidArgumentError(
        "--from-entity and --to-entity go together (the two ends of a path)");
  }
  const std::optional<std::string> table = ctx.Option("table");
  if (table && ctx.format != "csv") {
    return absl::InvalidArgumentError("--table goes with --format csv (one table per run)");
  }
  absl::StatusOr<BetweennessArguments> betweenness = ParseBetweenness(ctx);
  if (!betweenness.ok()) return betweenness.status();
  ProgressLine progress(ctx, static_cast<long long>(ctx.network.entities().size() +
                                                    ctx.network.pillars().size()) >=
                                 kProgressMinimum);
  const ProgressFn report = progress.fn();
  if (report) report("graph", 0, 1);
  const graph::RelationGraph g(ctx.network);
  if (report) report("graph", 1, 1);
  if (!betweenness->options.betweenness) {
    const std::size_t vertices = graph::AsOfVertices(g.AsOf(ctx.as_of));
    if (vertices > graph::kMaxBetweennessVertices) {
      return absl::InvalidArgumentError(absl::StrCat(
          "the graph as of ", FormatDate(ctx.as_of), " has ", vertices,
          " vertices (entities and pillars), more than ", graph::kMaxBetweennessVertices,
          ", where exact betweenness takes O(V E) time (minutes to hours); choose "
          "--betweenness exact (compute it anyway), --betweenness-samples K "
          "[--betweenness-seed S] (estimate it from K sources) or --betweenness none "
          "(leave it out)"));
    }
  }
  std::optional<std::vector<std::string>> path;
  if (from) {
    absl::StatusOr<graph::Path> p = graph::FindPath(g, ctx.as_of, *from, *to);
    if (!p.ok()) return p.status();
    path = p->Ids();
  }
  std::optional<graph::LeaveImpact> leave;
  if (const std::optional<std::string> id = ctx.Option("leave")) {
    absl::StatusOr<graph::LeaveImpact> impact = graph::IfEntityLeaves(g, ctx.as_of, *id);
    if (!impact.ok()) return impact.status();
    leave = *std::move(impact);
  }
  graph::AnalyzeOptions options = betweenness->options;
  options.progress = report;
  const graph::Analysis a = graph::Analyze(g, ctx.as_of, options);
  progress.Done();

  if (ctx.format == "json" || ctx.format == "csv") {
    // Everything but the two long arrays (one element per entity, one per
    // pair of entities sharing a pillar), which are streamed.
    nlohmann::json j;
    j["as_of"] = FormatDate(ctx.as_of);
    j["articulation_points"] = Strings(a.articulation_points);
    j["unled_pillars"] = Strings(a.unled_pillars);
    j["provisional_pillars"] = Strings(a.provisional_pillars);
    j["entities_without_role"] = Strings(a.entities_without_role);
    if (betweenness->chosen) j["betweenness"] = ComputedJson(a.betweenness);
    if (path) j["path"] = {{"from", *from}, {"to", *to}, {"ids", *path}};
    if (leave) {
      j["leave"] = {{"entity", leave->entity.str()},
                    {"pillars_losing_lead", Strings(leave->pillars_losing_lead)},
                    {"entities_disconnected", Strings(leave->entities_disconnected)}};
    }
    std::size_t next_entity = 0;
    const auto entity = [&](nlohmann::json& out) {
      if (next_entity == a.entities.size()) return false;
      const graph::EntityLoad& e = a.entities[next_entity++];
      out = {{"entity", e.entity.str()},
             {"leads", e.leads},
             {"roles", e.roles},
             {"betweenness",
              a.has_betweenness ? nlohmann::json(e.betweenness) : nlohmann::json(nullptr)}};
      return true;
    };
    std::size_t next_pair = 0;
    const auto pair = [&](nlohmann::json& out) {
      if (next_pair == a.projection.size()) return false;
      const graph::ProjectionPair& p = a.projection.pairs()[next_pair++];
      const std::span<const EntityId> ids = a.projection.ids();
      out = {{"a", ids[p.a].str()}, {"b", ids[p.b].str()}, {"shared", p.shared}};
      return true;
    };
    const StreamedArray arrays[] = {{"entities", entity}, {"projection", pair}};
    if (ctx.format == "csv") {
      // The entities table's last column says what was computed.
      if (betweenness->chosen) j["betweenness_computed"] = Computed(a.betweenness);
      absl::Status printed =
          PrintAnalyzeCsv(ctx.out, j, arrays, table ? *table : kAnalyzeTables[0]);
      if (!printed.ok()) return printed;
      return 0;
    }
    PrintJsonWithArrays(ctx.out, j, arrays);
    return 0;
  }

  ctx.out << "Analysis as of " << FormatDate(ctx.as_of) << "\n\nEntities (by id)\n";
  // Both tables are made row by row (the projection may have millions).
  std::vector<std::string> cells;
  PrintTable(ctx.out, "  ", {"entity", "leads", "roles", "betweenness"}, a.entities.size(),
             [&](std::size_t i) -> const std::vector<std::string>& {
               const graph::EntityLoad& e = a.entities[i];
               cells = {e.entity.str(), std::to_string(e.leads), std::to_string(e.roles),
                        a.has_betweenness ? Number(e.betweenness) : "-"};
               return cells;
             });
  if (betweenness->chosen) ctx.out << "  (betweenness: " << Computed(a.betweenness) << ")\n";
  ctx.out << "\nCo-membership (pairs sharing pillars, by a then b)\n";
  if (a.projection.empty()) {
    ctx.out << "  (none)\n";
  } else {
    PrintTable(ctx.out, "  ", {"a", "b", "shared"}, a.projection.size(),
               [&](std::size_t i) -> const std::vector<std::string>& {
                 const graph::ProjectionPair& p = a.projection.pairs()[i];
                 const std::span<const EntityId> ids = a.projection.ids();
                 cells = {ids[p.a].str(), ids[p.b].str(), std::to_string(p.shared)};
                 return cells;
               });
  }
  ctx.out << "\nArticulation points: " << ListOrNone(Strings(a.articulation_points))
          << "\nPillars without a lead: " << ListOrNone(Strings(a.unled_pillars))
          << "\nPillars led only provisionally: "
          << ListOrNone(Strings(a.provisional_pillars))
          << "\nEntities without a role: " << ListOrNone(Strings(a.entities_without_role))
          << "\n";
  if (path) {
    ctx.out << "\nPath from " << *from << " to " << *to << ": "
            << (path->empty() ? "(none on this date)" : absl::StrJoin(*path, " -> "))
            << "\n";
  }
  if (leave) {
    ctx.out << "\nIf " << leave->entity << " leaves\n  pillars losing their lead: "
            << ListOrNone(Strings(leave->pillars_losing_lead))
            << "\n  entities cut off: " << ListOrNone(Strings(leave->entities_disconnected))
            << "\n";
  }
  return 0;
}

}  // namespace netgov::cli
