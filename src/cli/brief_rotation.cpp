// The rotation sections of `netgov brief`: the seats in effect on the as-of
// date ("co_chairs") and the next three terms of each rotation ("rotation").
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "src/cli/brief.hpp"

namespace netgov::cli {
namespace {

std::vector<const Rotation*> RotationsById(const Network& network) {
  std::vector<const Rotation*> out;
  for (const Rotation& r : network.rotations()) out.push_back(&r);
  std::sort(out.begin(), out.end(), [](const Rotation* a, const Rotation* b) {
    return a->id.str() < b->id.str();
  });
  return out;
}

nlohmann::json IdsJson(const std::vector<EntityId>& ids) {
  nlohmann::json out = nlohmann::json::array();
  for (const EntityId& id : ids) out.push_back(id.str());
  return out;
}


}  // namespace

void AddRotationToBrief(const Context& ctx, nlohmann::json& brief) {
  nlohmann::json co_chairs = nlohmann::json::array();
  nlohmann::json outlook = nlohmann::json::array();
  for (const Rotation* r : RotationsById(ctx.network)) {
    const long long index = TermIndexOf(r->term, ctx.as_of);
    const std::optional<Interval> term = TermInterval(r->term, index);
    const std::vector<EntityId> holders = ctx.network.RecordedSeats(r->id, ctx.as_of);
    const bool recorded = holders.size() > r->permanent.size();
    co_chairs.push_back(
        {{"rotation", r->id.str()},
         {"title", r->title},
         {"term",
          {{"start", DateJson(term ? term->from : std::nullopt)},
           {"end", DateJson(term ? term->to : std::nullopt)}}},
         {"holders", IdsJson(holders)},
         {"status", recorded ? "recorded" : "undetermined"}});
    nlohmann::json terms = nlohmann::json::array();
    for (long long k = index + 1; k <= index + 3; ++k) {
      const std::optional<Interval> next = TermInterval(r->term, k);
      if (!next) break;
      const std::vector<EntityId> seats = ctx.network.RecordedSeats(r->id, *next->from);
      const bool has = seats.size() > r->permanent.size();
      terms.push_back({{"start", DateJson(next->from)},
                       {"end", DateJson(next->to)},
                       {"holders", IdsJson(seats)},
                       {"status", has ? "recorded" : "undetermined"},
                       {"reason", has ? "" : "no holder recorded"}});
    }
    outlook.push_back({{"rotation", r->id.str()}, {"terms", terms}});
  }
  brief["co_chairs"] = co_chairs;
  brief["rotation"] = outlook;
}

void PrintCoChairsBrief(const nlohmann::json& brief, std::ostream& out) {
  out << "Co-chairs\n";
  Table table({"rotation", "term", "holders", "status"});
  for (const auto& seat : brief.at("co_chairs")) {
    std::vector<std::string> ids;
    for (const auto& id : seat.at("holders")) ids.push_back(id.get<std::string>());
    const auto& term = seat.at("term");
    table.AddRow({seat.at("title").get<std::string>().empty()
                      ? seat.at("rotation").get<std::string>()
                      : seat.at("title").get<std::string>(),
                  absl::StrCat(term.at("start").is_null() ? "" : term.at("start").get<std::string>(),
                               "..",
                               term.at("end").is_null() ? "" : term.at("end").get<std::string>()),
                  ids.empty() ? "-" : absl::StrJoin(ids, ", "),
                  seat.at("status").get<std::string>()});
  }
  if (table.empty()) {
    out << "  (no rotations)\n";
  } else {
    table.Print(out, "  ");
  }
}

void PrintRotationBrief(const nlohmann::json& brief, std::ostream& out) {
  out << "Rotation outlook\n";
  bool any = false;
  for (const auto& rotation : brief.at("rotation")) {
    out << "  " << rotation.at("rotation").get<std::string>() << "\n";
    Table table({"start", "end", "holders", "status", "reason"});
    for (const auto& term : rotation.at("terms")) {
      std::vector<std::string> ids;
      for (const auto& id : term.at("holders")) ids.push_back(id.get<std::string>());
      table.AddRow({term.at("start").get<std::string>(),
                    term.at("end").is_null() ? "" : term.at("end").get<std::string>(),
                    ids.empty() ? "-" : absl::StrJoin(ids, ", "),
                    term.at("status").get<std::string>(),
                    term.at("reason").get<std::string>()});
    }
    table.Print(out, "    ");
    any = true;
  }
  if (!any) out << "  (no rotations)\n";
}

}  // namespace netgov::cli
