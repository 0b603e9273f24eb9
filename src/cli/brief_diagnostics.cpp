// The "diagnostics" section of `netgov brief`: counts by severity and the
// first few diagnostics, in the validate engine's order.
#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "netgov/validate/validate.hpp"
#include "src/cli/brief.hpp"

namespace netgov::cli {
namespace {

// How many diagnostics the briefing lists; `netgov validate` lists them all.
constexpr std::size_t kBriefItems = 5;

}  // namespace

void AddDiagnosticsToBrief(const Context& ctx, nlohmann::json& brief) {
  const std::vector<validate::Diagnostic> found = validate::Validate(ctx.network);
  const validate::Counts counts = validate::CountBySeverity(found);
  nlohmann::json items = nlohmann::json::array();
  for (std::size_t i = 0; i < std::min(found.size(), kBriefItems); ++i) {
    items.push_back({{"severity", std::string(ToString(found[i].severity))},
                     {"pointer", found[i].pointer},
                     {"message", found[i].message}});
  }
  brief["diagnostics"] = {{"errors", counts.errors},
                          {"warnings", counts.warnings},
                          {"notes", counts.notes},
                          {"items", std::move(items)}};
}

std::string DiagnosticCounts(const nlohmann::json& brief) {
  const nlohmann::json& d = brief.at("diagnostics");
  const int errors = d.at("errors").get<int>();
  const int warnings = d.at("warnings").get<int>();
  const int notes = d.at("notes").get<int>();
  return absl::StrCat(errors, errors == 1 ? " error, " : " errors, ", warnings,
                      warnings == 1 ? " warning, " : " warnings, ", notes,
                      notes == 1 ? " note" : " notes");
}

std::size_t DiagnosticsNotListed(const nlohmann::json& brief) {
  const nlohmann::json& d = brief.at("diagnostics");
  const std::size_t total = static_cast<std::size_t>(
      d.at("errors").get<int>() + d.at("warnings").get<int>() + d.at("notes").get<int>());
  return total - std::min(total, d.at("items").size());
}

void PrintDiagnosticsBrief(const nlohmann::json& brief, std::ostream& out) {
  const nlohmann::json& d = brief.at("diagnostics");
  out << "  " << DiagnosticCounts(brief) << "\n";
  // Messages are shortened to keep the briefing on one screen; `netgov
  // validate` gives them whole.
  Table table({"", "", ""});
  for (const nlohmann::json& item : d.at("items")) {
    table.AddRow({item.at("severity").get<std::string>(),
                  item.at("pointer").get<std::string>(),
                  Shorten(item.at("message").get<std::string>(), 64)});
  }
  table.Print(out, "  ");
  if (const std::size_t more = DiagnosticsNotListed(brief); more > 0) {
    out << "  (" << more << " more; netgov validate lists them all)\n";
  }
}

}  // namespace netgov::cli
