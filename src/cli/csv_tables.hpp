// Private to the netgov program: the `--format csv` tables of `pillars`,
// `rotation`, `deadlines`, `meetings`, `analyze` and `diff`, each made from
// the JSON document the command prints for `--format json` (so the two
// formats cannot disagree) and written with netgov/io/csv.hpp.
//
// Cells: strings as they are, numbers as in the JSON, booleans `true` or
// `false`, null empty, lists of ids or dates joined by "; ". Dates are ISO.
#ifndef NETGOV_SRC_CLI_CSV_TABLES_HPP_
#define NETGOV_SRC_CLI_CSV_TABLES_HPP_

#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "nlohmann/json.hpp"
#include "src/cli/cli.hpp"

namespace netgov::cli {

// PrintPillarsCsv()
//
// `pillars` as PillarsJson() gives it: one row per pillar.
void PrintPillarsCsv(std::ostream& out, const nlohmann::json& pillars);

// PrintTermsCsv()
//
// One row per term (TermJson()) of rotation `rotation`.
void PrintTermsCsv(std::ostream& out, const std::string& rotation, const nlohmann::json& terms);

// PrintDeadlinesCsv()
//
// One row per occurrence of `deadlines --format json`'s "deadlines".
void PrintDeadlinesCsv(std::ostream& out, const nlohmann::json& deadlines);

// PrintMeetingsCsv()
//
// One row per meeting and participating entity (its local start and end);
// a meeting without local times has one row with those cells empty.
void PrintMeetingsCsv(std::ostream& out, const nlohmann::json& meetings);

// kAnalyzeTables
//
// The tables of `analyze --format csv --table NAME`; the first is the default.
inline constexpr std::string_view kAnalyzeTables[] = {
    "entities",      "projection",            "articulation-points",
    "unled-pillars", "provisional-pillars",   "entities-without-role",
    "path",          "leave"};

// PrintAnalyzeCsv()
//
// Table `table` of `analyze --format json`'s document: `doc` with the
// streamed arrays `arrays` ("entities", "projection"; each element read once,
// as PrintJsonWithArrays() writes it). Errors: an unknown table (listing the
// choices), `path` without --from-entity and --to-entity, `leave` without
// --leave.
absl::Status PrintAnalyzeCsv(std::ostream& out, const nlohmann::json& doc,
                             std::span<const StreamedArray> arrays, std::string_view table);

// PrintDiffCsv()
//
// Every change of `diff --format json`'s document, one row each, in the
// JSON's order: roles started, roles ended, pillars launched, seats changed,
// deadlines passed.
void PrintDiffCsv(std::ostream& out, const nlohmann::json& doc);

}  // namespace netgov::cli

#endif  // NETGOV_SRC_CLI_CSV_TABLES_HPP_
