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

void PrintDiagnosticsBrief(const nlohmann::json& brief, std::ostream& out) {
  const nlohmann::json& d = brief.at("diagnostics");
  const int errors = d.at("errors").get<int>();
  const int warnings = d.at("warnings").get<int>();
  const int notes = d.at("notes").get<int>();
  out << "  " << errors << (errors == 1 ? " error, " : " errors, ")
      << warnings << (warnings == 1 ? " warning, " : " warnings, ") << notes
      << (notes == 1 ? " note" : " notes") << "\n";
  // Messages are shortened to keep the briefing on one screen; `netgov
  // validate` gives them whole.
  Table table({"", "", ""});
  for (const nlohmann::json& item : d.at("items")) {
    table.AddRow({item.at("severity").get<std::string>(),
                  item.at("pointer").get<std::string>(),
                  Shorten(item.at("message").get<std::string>(), 64)});
  }
  table.Print(out, "  ");
  const std::size_t shown = d.at("items").size();
  const std::size_t total = static_cast<std::size_t>(errors + warnings + notes);
  if (total > shown) {
    out << "  (" << total - shown << " more; netgov validate lists them all)\n";
  }
}

}  // namespace netgov::cli
