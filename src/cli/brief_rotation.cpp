// The rotation sections of `netgov brief`: the seats in effect on the as-of
// date ("co_chairs") and the next three terms of each rotation ("rotation"),
// both from the rotation engine, rotations sorted by id.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "src/cli/brief.hpp"
#include "src/cli/cmd_rotation.hpp"

namespace netgov::cli {
namespace {

// How many terms after the current one the outlook lists.
constexpr long long kOutlookTerms = 3;

// The holders' display names ("holder_names"), joined for text.
std::string Names(const nlohmann::json& item) {
  std::vector<std::string> names;
  for (const auto& name : item.at("holder_names")) names.push_back(name.get<std::string>());
  return names.empty() ? "-" : absl::StrJoin(names, ", ");
}

// TermJson() plus "holder_names": the holders' acronyms (or names).
nlohmann::json TermWithNames(const Network& network, const rotation::Term& term) {
  nlohmann::json out = TermJson(term);
  nlohmann::json names = nlohmann::json::array();
  for (const EntityId& id : term.holders) names.push_back(EntityLabel(network, id));
  out["holder_names"] = std::move(names);
  return out;
}

std::string Text(const nlohmann::json& value) {
  return value.is_string() ? value.get<std::string>() : "";
}

}  // namespace

void AddRotationToBrief(const Context& ctx, nlohmann::json& brief) {
  nlohmann::json co_chairs = nlohmann::json::array();
  nlohmann::json outlook = nlohmann::json::array();
  for (const Rotation* r : RotationsById(ctx.network)) {
    absl::StatusOr<rotation::Schedule> schedule =
        rotation::Schedule::Make(ctx.network, r->id, {.as_of = ctx.as_of, .departures = {}});
    if (!schedule.ok()) continue;  // a loaded network's rotations always make one
    absl::StatusOr<std::vector<rotation::Term>> current = schedule->Terms(ctx.as_of, 1);
    nlohmann::json seat = {{"rotation", r->id.str()}, {"title", r->title}};
    if (current.ok()) {
      const rotation::Term& t = current->front();
      const nlohmann::json term = TermWithNames(ctx.network, t);
      seat["term"] = {{"start", term["start"]}, {"end", term["end"]}};
      seat["holders"] = term["holders"];
      seat["holder_names"] = term["holder_names"];
      seat["status"] = term["status"];
      seat["reason"] = term["reason"];
    } else {
      seat["term"] = {{"start", nullptr}, {"end", nullptr}};
      seat["holders"] = nlohmann::json::array();
      seat["holder_names"] = nlohmann::json::array();
      seat["status"] = "undetermined";
      seat["reason"] = std::string(current.status().message());
    }
    co_chairs.push_back(std::move(seat));
    nlohmann::json terms = nlohmann::json::array();
    if (current.ok()) {
      rotation::TermCursor cursor = schedule->Cursor(current->front().start);
      (void)cursor.Next();  // the current term
      for (long long k = 0; k < kOutlookTerms; ++k) {
        absl::StatusOr<const rotation::Term*> next = cursor.Next();
        if (!next.ok()) break;
        terms.push_back(TermWithNames(ctx.network, **next));
      }
    }
    outlook.push_back({{"rotation", r->id.str()}, {"terms", std::move(terms)}});
  }
  brief["co_chairs"] = std::move(co_chairs);
  brief["rotation"] = std::move(outlook);
}

std::vector<std::vector<std::string>> CoChairsRows(const nlohmann::json& brief) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& seat : brief.at("co_chairs")) {
    const std::string title = Text(seat.at("title"));
    const auto& term = seat.at("term");
    rows.push_back({title.empty() ? Text(seat.at("rotation")) : title,
                    absl::StrCat(Text(term.at("start")), "..", Text(term.at("end"))),
                    Names(seat), Text(seat.at("status")), Text(seat.at("reason"))});
  }
  return rows;
}

std::vector<std::vector<std::string>> OutlookRows(const nlohmann::json& rotation) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& term : rotation.at("terms")) {
    rows.push_back({Text(term.at("start")), Text(term.at("end")), Names(term),
                    Text(term.at("status")), Text(term.at("reason"))});
  }
  return rows;
}

void PrintCoChairsBrief(const nlohmann::json& brief, std::ostream& out) {
  Table table({"rotation", "term", "holders", "status", "reason"});
  for (std::vector<std::string>& row : CoChairsRows(brief)) table.AddRow(std::move(row));
  if (table.empty()) {
    out << "  (no rotations)\n";
  } else {
    table.Print(out, "  ");
  }
}

void PrintRotationBrief(const nlohmann::json& brief, std::ostream& out) {
  if (brief.at("rotation").empty()) out << "  (no rotations)\n";
  for (const auto& rotation : brief.at("rotation")) {
    out << "  " << Text(rotation.at("rotation")) << "\n";
    Table table({"start", "end", "holders", "status", "reason"});
    for (std::vector<std::string>& row : OutlookRows(rotation)) table.AddRow(std::move(row));
    if (table.empty()) {
      out << "    (no further terms)\n";
    } else {
      table.Print(out, "    ");
    }
  }
}

}  // namespace netgov::cli
