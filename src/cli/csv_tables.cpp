#include "src/cli/csv_tables.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "netgov/core/error.hpp"
#include "netgov/io/csv.hpp"

namespace netgov::cli {
namespace {

// A JSON value as one cell (see csv_tables.hpp).
std::string Cell(const nlohmann::json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_array()) {
    std::vector<std::string> items;
    for (const nlohmann::json& item : value) items.push_back(Cell(item));
    return absl::StrJoin(items, "; ");
  }
  return value.dump();
}

// `item[key]`, or null when absent.
std::string CellOf(const nlohmann::json& item, const char* key) {
  return item.contains(key) ? Cell(item[key]) : "";
}

// "<kind> <id>", with " (<entity>)" and " (term <date>)" when given.
std::string RelationCell(const nlohmann::json& relations) {
  std::vector<std::string> items;
  for (const nlohmann::json& r : relations) {
    std::string text = absl::StrCat(r["kind"].get<std::string>(), " ", r["id"].get<std::string>());
    if (!r["entity"].is_null()) absl::StrAppend(&text, " (", r["entity"].get<std::string>(), ")");
    if (!r["term"].is_null()) absl::StrAppend(&text, " (term ", r["term"].get<std::string>(), ")");
    items.push_back(std::move(text));
  }
  return absl::StrJoin(items, "; ");
}

// A one-column table of the strings in `list`.
void ListTable(std::ostream& out, const std::string& column, const nlohmann::json& list) {
  io::CsvWriter csv(out, {column});
  for (const nlohmann::json& item : list) csv.Row({Cell(item)});
}

}  // namespace

void PrintPillarsCsv(std::ostream& out, const nlohmann::json& pillars) {
  io::CsvWriter csv(out, {"number", "id", "name", "launched", "leadership", "leads",
                          "provisional_leads", "members", "supporters", "launch_condition"});
  for (const nlohmann::json& p : pillars) {
    std::vector<std::string> leads, provisional;
    for (const nlohmann::json& lead : p["leads"]) {
      (lead["provisional"].get<bool>() ? provisional : leads)
          .push_back(lead["entity"].get<std::string>());
    }
    csv.Row({Cell(p["number"]), Cell(p["id"]), Cell(p["name"]), Cell(p["launched"]),
             Cell(p["leadership"]), absl::StrJoin(leads, "; "), absl::StrJoin(provisional, "; "),
             Cell(p["members"]), Cell(p["supporters"]), CellOf(p, "launch_condition")});
  }
}

void PrintTermsCsv(std::ostream& out, const std::string& rotation, const nlohmann::json& terms) {
  io::CsvWriter csv(out, {"rotation", "start", "end", "holders", "status", "reason"});
  for (const nlohmann::json& t : terms) {
    csv.Row({rotation, Cell(t["start"]), Cell(t["end"]), Cell(t["holders"]), Cell(t["status"]),
             Cell(t["reason"])});
  }
}

void PrintDeadlinesCsv(std::ostream& out, const nlohmann::json& deadlines) {
  io::CsvWriter csv(out, {"date", "unadjusted", "id", "title", "occurrence", "calendar",
                          "convention", "reminders", "relates_to", "source"});
  for (const nlohmann::json& d : deadlines) {
    csv.Row({Cell(d["date"]), Cell(d["unadjusted"]), Cell(d["id"]), Cell(d["title"]),
             Cell(d["occurrence"]), Cell(d["calendar"]), Cell(d["convention"]),
             Cell(d["reminders"]), RelationCell(d["relates_to"]), Cell(d["source"])});
  }
}

void PrintMeetingsCsv(std::ostream& out, const nlohmann::json& meetings) {
  io::CsvWriter csv(out, {"id", "title", "start", "end", "time_zone", "venue", "entity",
                          "local_start", "local_end"});
  for (const nlohmann::json& m : meetings) {
    std::vector<std::string> row = {Cell(m["id"]),    Cell(m["title"]),     Cell(m["start"]),
                                    Cell(m["end"]),   Cell(m["time_zone"]), Cell(m["venue"])};
    if (m["local"].empty()) csv.Row(row);
    for (const auto& [entity, start] : m["local"].items()) {
      std::vector<std::string> local = row;
      local.insert(local.end(), {entity, Cell(start), Cell(m["local_end"][entity])});
      csv.Row(std::move(local));
    }
  }
}

absl::Status PrintAnalyzeCsv(std::ostream& out, const nlohmann::json& doc,
                             std::span<const StreamedArray> arrays, std::string_view table) {
  // The elements of streamed array `key`, one by one, to `each`.
  auto for_each_of = [&](std::string_view key, auto each) {
    for (const StreamedArray& array : arrays) {
      if (array.key != key) continue;
      for (nlohmann::json element; out && array.next(element);) each(element);
    }
  };
  std::vector<std::string> choices(std::begin(kAnalyzeTables), std::end(kAnalyzeTables));
  if (std::find(choices.begin(), choices.end(), table) == choices.end()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--table: unknown table '", ToAbsl(table), "'; expected one of ",
        absl::StrJoin(choices, ", "), DidYouMean(table, choices)));
  }
  if (table == "entities") {
    // With a betweenness option, a last column says what was computed.
    const bool computed = doc.contains("betweenness_computed");
    std::vector<std::string> header = {"entity", "leads", "roles", "betweenness"};
    if (computed) header.push_back("betweenness_computed");
    io::CsvWriter csv(out, header);
    for_each_of("entities", [&](const nlohmann::json& e) {
      std::vector<std::string> row = {Cell(e["entity"]), Cell(e["leads"]), Cell(e["roles"]),
                                      Cell(e["betweenness"])};
      if (computed) row.push_back(Cell(doc["betweenness_computed"]));
      csv.Row(std::move(row));
    });
  } else if (table == "projection") {
    io::CsvWriter csv(out, {"a", "b", "shared"});
    for_each_of("projection", [&](const nlohmann::json& s) {
      csv.Row({Cell(s["a"]), Cell(s["b"]), Cell(s["shared"])});
    });
  } else if (table == "path") {
    if (!doc.contains("path")) {
      return absl::InvalidArgumentError(
          "--table path needs --from-entity ID --to-entity ID (the two ends of the path)");
    }
    io::CsvWriter csv(out, {"step", "id"});
    long step = 0;
    for (const nlohmann::json& id : doc["path"]["ids"]) csv.Row({std::to_string(step++), Cell(id)});
  } else if (table == "leave") {
    if (!doc.contains("leave")) {
      return absl::InvalidArgumentError("--table leave needs --leave ID (the entity that leaves)");
    }
    io::CsvWriter csv(out, {"entity", "effect", "id"});
    const nlohmann::json& leave = doc["leave"];
    for (const nlohmann::json& id : leave["pillars_losing_lead"]) {
      csv.Row({Cell(leave["entity"]), "pillar-losing-lead", Cell(id)});
    }
    for (const nlohmann::json& id : leave["entities_disconnected"]) {
      csv.Row({Cell(leave["entity"]), "entity-disconnected", Cell(id)});
    }
  } else {
    // The one-column lists: the JSON key is the table's name with '_'.
    std::string key(table);
    std::replace(key.begin(), key.end(), '-', '_');
    ListTable(out, absl::StrContains(key, "pillars") ? "pillar" : "entity", doc[key]);
  }
  return absl::OkStatus();
}

void PrintDiffCsv(std::ostream& out, const nlohmann::json& doc) {
  io::CsvWriter csv(out, {"change", "date", "pillar", "entity", "role", "provisional",
                          "rotation", "before", "after", "deadline", "title"});
  for (const auto& [key, change] : {std::pair("roles_started", "role-started"),
                                    std::pair("roles_ended", "role-ended")}) {
    for (const nlohmann::json& r : doc[key]) {
      csv.Row({change, Cell(r["date"]), Cell(r["pillar"]), Cell(r["entity"]), Cell(r["role"]),
               Cell(r["provisional"])});
    }
  }
  for (const nlohmann::json& p : doc["pillars_launched"]) {
    csv.Row({"pillar-launched", Cell(p["date"]), Cell(p["pillar"])});
  }
  for (const nlohmann::json& s : doc["seats_changed"]) {
    csv.Row({"seats-changed", "", "", "", "", "", Cell(s["rotation"]), Cell(s["before"]),
             Cell(s["after"])});
  }
  for (const nlohmann::json& d : doc["deadlines_passed"]) {
    csv.Row({"deadline-passed", Cell(d["date"]), "", "", "", "", "", "", "", Cell(d["id"]),
             Cell(d["title"])});
  }
}

}  // namespace netgov::cli
