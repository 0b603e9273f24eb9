// netgov pillars: pillars and their roles as of a date. The same JSON and
// table serve the pillars section of `netgov brief`. The statuses come from
// netgov::PillarsOn() (netgov/network/pillar_status.hpp): pillars in the
// canonical order (numbered by number, then unnumbered by id), the entities
// of each role by id.
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "netgov/network/pillar_status.hpp"
#include "src/cli/brief.hpp"
#include "src/cli/commands.hpp"
#include "src/cli/csv_tables.hpp"

namespace netgov::cli {
namespace {

nlohmann::json Ids(const std::vector<RoleHolder>& holders) {
  nlohmann::json ids = nlohmann::json::array();
  for (const RoleHolder& h : holders) ids.push_back(h.role->entity.str());
  return ids;
}

std::string Labels(const Network& network, const nlohmann::json& ids) {
  std::vector<std::string> labels;
  for (const auto& id : ids) {
    labels.push_back(EntityLabel(network, EntityId(id.get<std::string>())));
  }
  return labels.empty() ? "-" : absl::StrJoin(labels, ", ");
}

}  // namespace

nlohmann::json PillarJson(const PillarStatus& s) {
  const Pillar& p = *s.pillar;
  nlohmann::json leads = nlohmann::json::array();
  for (const RoleHolder& lead : s.leads) {
    leads.push_back({{"entity", lead.role->entity.str()},
                     {"provisional", lead.role->provisional}});
  }
  nlohmann::json item = {
      {"id", p.id.str()},
      {"number", p.number},
      {"name", p.name},
      {"launched", s.launched},
      {"leadership", std::string(ToString(s.leadership))},
      {"leads", leads},
      {"members", Ids(s.members)},
      {"supporters", Ids(s.supporters)},
  };
  if (!p.launch.condition.empty()) {
    item["launch_condition"] = p.launch.condition;
  }
  return item;
}

nlohmann::json PillarsJson(const Network& network, Date as_of) {
  nlohmann::json out = nlohmann::json::array();
  for (const PillarStatus& s : PillarsOn(network, as_of)) out.push_back(PillarJson(s));
  return out;
}

std::string Shorten(const std::string& text, std::size_t width) {
  if (width == 0 || text.size() <= width) return text;
  if (width <= 3) return text.substr(0, width);
  std::size_t cut = text.rfind(' ', width - 3);
  if (cut == std::string::npos || cut == 0) cut = width - 3;
  return text.substr(0, cut) + "...";
}

std::vector<std::string> PillarRow(const Network& network, const nlohmann::json& p,
                                   std::size_t width) {
  std::vector<std::string> leads;
  for (const auto& lead : p["leads"]) {
    leads.push_back(absl::StrCat(
        EntityLabel(network, EntityId(lead["entity"].get<std::string>())),
        lead["provisional"].get<bool>() ? " (provisional)" : ""));
  }
  const std::string leadership = p["leadership"].get<std::string>();
  std::string status = leadership == "led"            ? "led"
                       : leadership == "provisional"  ? "provisional lead only"
                       : leadership == "unled"        ? "no lead"
                                                      : "not launched";
  if (p.contains("launch_condition") && !p["launched"].get<bool>()) {
    status = Shorten(absl::StrCat("not launched: ", p["launch_condition"].get<std::string>()),
                     width);
  }
  return {std::to_string(p["number"].get<int>()), Shorten(p["name"].get<std::string>(), width),
          leads.empty() ? "-" : absl::StrJoin(leads, ", "), Labels(network, p["members"]),
          Labels(network, p["supporters"]), status};
}

std::vector<std::vector<std::string>> PillarsRows(const Network& network,
                                                 const nlohmann::json& pillars,
                                                 std::size_t width) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& p : pillars) rows.push_back(PillarRow(network, p, width));
  return rows;
}

void PrintPillarsTable(const Network& network, const nlohmann::json& pillars,
                       std::ostream& out, std::size_t width) {
  Table table({"#", "PILLAR", "LEADS", "MEMBERS", "SUPPORT", "STATUS"});
  for (std::vector<std::string>& row : PillarsRows(network, pillars, width)) {
    table.AddRow(std::move(row));
  }
  table.Print(out, "  ");
}

absl::StatusOr<int> RunPillars(const Context& ctx) {
  const nlohmann::json pillars = PillarsJson(ctx.network, ctx.as_of);
  if (ctx.format == "json") {
    PrintJson(ctx.out, {{"as_of", FormatDate(ctx.as_of)}, {"pillars", pillars}});
    return 0;
  }
  if (ctx.format == "csv") {
    PrintPillarsCsv(ctx.out, pillars);
    return 0;
  }
  ctx.out << "Pillars of " << ctx.network.info().name << " as of "
          << FormatDate(ctx.as_of) << "\n\n";
  PrintPillarsTable(ctx.network, pillars, ctx.out);
  return 0;
}

}  // namespace netgov::cli
