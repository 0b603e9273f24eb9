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

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "netgov/calendar/deadlines.hpp"
#include "netgov/network/pillar_status.hpp"
#include "nlohmann/json.hpp"
#include "src/cli/cli.hpp"

namespace netgov::cli {

// Key "pillars": the pillars as of the date, as `netgov pillars` gives them,
// sorted by number. Defined in cmd_pillars.cpp. PillarJson(): one element of
// it, for one pillar's status.
nlohmann::json PillarsJson(const Network& network, Date as_of);
nlohmann::json PillarJson(const PillarStatus& status);
// PillarsRows(): the cells of the pillars table (#, pillar, leads, members,
// support, status), one row per pillar; `width` > 0 shortens names and launch
// conditions to fit a screen.
std::vector<std::vector<std::string>> PillarsRows(const Network& network,
                                                 const nlohmann::json& pillars,
                                                 std::size_t width = 0);
// PillarRow(): the row of one element of "pillars".
std::vector<std::string> PillarRow(const Network& network, const nlohmann::json& pillar,
                                   std::size_t width = 0);
// PrintPillarsTable(): those rows as an aligned table with a header.
void PrintPillarsTable(const Network& network, const nlohmann::json& pillars,
                       std::ostream& out, std::size_t width = 0);

// PillarCounts()
//
// "8: 1 with only a provisional lead, 0 without a lead, 1 not launched" for
// the key "pillars", or for the statuses it is made of. Defined in
// cmd_brief.cpp.
std::string PillarCounts(const nlohmann::json& pillars);
std::string PillarCounts(const std::vector<PillarStatus>& pillars);

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
// CoChairsRows(): the cells of the co-chairs table (rotation, term, holders,
// status, reason); OutlookRows(): those of one rotation's outlook (start,
// end, holders, status, reason), for an element of "rotation".
std::vector<std::vector<std::string>> CoChairsRows(const nlohmann::json& brief);
std::vector<std::vector<std::string>> OutlookRows(const nlohmann::json& rotation);

// Key "deadlines": {"due_soon": [...], "overdue": [...]}, due in the next 60
// days and overdue as of the date. Defined in brief_calendar.cpp.
void AddDeadlinesToBrief(const Context& ctx, nlohmann::json& brief);
void PrintDeadlinesBrief(const nlohmann::json& brief, std::ostream& out);
// DaysLeftText(): "in 15 d", or "3 d ago" for a negative `days`.
std::string DaysLeftText(long long days);
// AddPrecision(): for an occurrence of precision month or year, adds
// "precision" ("month", "year") and "last" (the period's last day) to its
// JSON entry. DateTextOf(): an entry's "date" as exactly as its precision
// says ("2021-12-21", "2022").
void AddPrecision(const calendar::Occurrence& o, nlohmann::json& entry);
std::string DateTextOf(const nlohmann::json& entry);

// Key "diagnostics": {"errors": N, "warnings": N, "notes": N}.
// Defined in brief_diagnostics.cpp.
void AddDiagnosticsToBrief(const Context& ctx, nlohmann::json& brief);
void PrintDiagnosticsBrief(const nlohmann::json& brief, std::ostream& out);
// DiagnosticCounts(): "0 errors, 4 warnings, 4 notes".
std::string DiagnosticCounts(const nlohmann::json& brief);
// DiagnosticsNotListed(): how many diagnostics "items" leaves out.
std::size_t DiagnosticsNotListed(const nlohmann::json& brief);

// PrintBriefHtml()
//
// `brief --format html`: the sections of `brief` (the JSON document) as
// tables in one self-contained HTML page (inline CSS with print rules for
// A4, no scripts, no external resources), with the timeline
// (io::WriteTimelineSvg, default window) and the relationship graph
// (io::WriteGraphSvg) inline. Every text is escaped. Defined in
// brief_html.cpp.
//
// The page is written as it goes. `brief` needs no key "pillars", the one
// section that grows with the network: its rows are made one pillar at a
// time (PillarJson(), PillarRow(): the same cells) and written at once.
void PrintBriefHtml(const Context& ctx, const nlohmann::json& brief, std::ostream& out);

}  // namespace netgov::cli

#endif  // NETGOV_SRC_CLI_BRIEF_HPP_
