// netgov analyze: workload, betweenness, co-membership projection,
// articulation points, pillars without a (real) lead, entities without a role;
// optionally a shortest path (--from-entity/--to-entity) and a what-if
// (--leave ID). Listings are sorted as netgov/graph/analysis.hpp documents.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
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
  ProgressLine progress(ctx, static_cast<long long>(ctx.network.entities().size() +
                                                    ctx.network.pillars().size()) >=
                                 kProgressMinimum);
  const ProgressFn report = progress.fn();
  if (report) report("graph", 0, 1);
  const graph::RelationGraph g(ctx.network);
  if (report) report("graph", 1, 1);
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
  const graph::Analysis a = graph::Analyze(g, ctx.as_of, {.progress = report});
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
      const graph::SharedPillars& s = a.projection[next_pair++];
      out = {{"a", s.a.str()}, {"b", s.b.str()}, {"shared", s.shared}};
      return true;
    };
    if (ctx.format == "csv") {
      j["entities"] = nlohmann::json::array();
      for (nlohmann::json e; entity(e);) j["entities"].push_back(std::move(e));
      j["projection"] = nlohmann::json::array();
      for (nlohmann::json p; pair(p);) j["projection"].push_back(std::move(p));
      absl::Status printed = PrintAnalyzeCsv(ctx.out, j, table ? *table : kAnalyzeTables[0]);
      if (!printed.ok()) return printed;
      return 0;
    }
    const StreamedArray arrays[] = {{"entities", entity}, {"projection", pair}};
    PrintJsonWithArrays(ctx.out, j, arrays);
    return 0;
  }

  ctx.out << "Analysis as of " << FormatDate(ctx.as_of) << "\n\nEntities (by id)\n";
  Table entities({"entity", "leads", "roles", "betweenness"});
  for (const graph::EntityLoad& e : a.entities) {
    entities.AddRow({e.entity.str(), std::to_string(e.leads), std::to_string(e.roles),
                     a.has_betweenness ? Number(e.betweenness) : "-"});
  }
  entities.Print(ctx.out, "  ");
  if (!a.has_betweenness) {
    ctx.out << "  (betweenness not computed: more than " << graph::kMaxBetweennessVertices
            << " entities and pillars)\n";
  }
  ctx.out << "\nCo-membership (pairs sharing pillars, by a then b)\n";
  if (a.projection.empty()) {
    ctx.out << "  (none)\n";
  } else {
    Table pairs({"a", "b", "shared"});
    for (const graph::SharedPillars& s : a.projection) {
      pairs.AddRow({s.a.str(), s.b.str(), std::to_string(s.shared)});
    }
    pairs.Print(ctx.out, "  ");
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
