// Private to the netgov program: the sections of `netgov brief`.
//
// The briefing is built once as a JSON document (the `--format json` output)
// and the text output is rendered from that document, so both always say the
// same thing. Each engine contributes its sections through a pair of
// functions defined in src/cli/brief_<engine>.cpp:
//   Add...ToBrief(ctx, brief)   fills its keys of `brief`;
//   Print...Brief(brief, out)   renders those keys as text.
#ifndef NETGOV_SRC_CLI_BRIEF_HPP_
#define NETGOV_SRC_CLI_BRIEF_HPP_

#include <ostream>

#include "nlohmann/json.hpp"
#include "src/cli/cli.hpp"

namespace netgov::cli {

// Key "pillars": the pillars as of the date, as `netgov pillars` gives them,
// sorted by number. Defined in cmd_pillars.cpp.
nlohmann::json PillarsJson(const Network& network, Date as_of);
// `width` > 0 shortens names and launch conditions to fit a screen.
void PrintPillarsTable(const Network& network, const nlohmann::json& pillars,
                       std::ostream& out, std::size_t width = 0);

// Shorten()
//
// `text` cut at a word boundary to at most `width` characters, ending in
// "..." when cut; `width` 0 keeps it whole.
std::string Shorten(const std::string& text, std::size_t width);

// Keys "co_chairs" (seats in effect on the as-of date, for every rotation)
// and "rotation" (the outlook: the next three terms of each rotation).
// Defined in brief_rotation.cpp.
void AddRotationToBrief(const Context& ctx, nlohmann::json& brief);
void PrintCoChairsBrief(const nlohmann::json& brief, std::ostream& out);
void PrintRotationBrief(const nlohmann::json& brief, std::ostream& out);

// Key "deadlines": {"due_soon": [...], "overdue": [...]}, due in the next 60
// days and overdue as of the date. Defined in brief_calendar.cpp.
void AddDeadlinesToBrief(const Context& ctx, nlohmann::json& brief);
void PrintDeadlinesBrief(const nlohmann::json& brief, std::ostream& out);

// Key "diagnostics": {"errors": N, "warnings": N, "notes": N}.
// Defined in brief_diagnostics.cpp.
void AddDiagnosticsToBrief(const Context& ctx, nlohmann::json& brief);
void PrintDiagnosticsBrief(const nlohmann::json& brief, std::ostream& out);

}  // namespace netgov::cli

#endif  // NETGOV_SRC_CLI_BRIEF_HPP_
