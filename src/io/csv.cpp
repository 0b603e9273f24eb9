#include "netgov/io/csv.hpp"

#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace netgov::io {
namespace {

// `-1`, `+2.5`: an optional sign, digits, at most one dot between digits.
bool IsPlainNumber(std::string_view cell) {
  if (!cell.empty() && (cell.front() == '-' || cell.front() == '+')) cell.remove_prefix(1);
  const std::size_t dot = cell.find('.');
  const std::string_view whole = cell.substr(0, dot);
  const std::string_view fraction =
      dot == std::string_view::npos ? std::string_view("0") : cell.substr(dot + 1);
  auto digits = [](std::string_view s) {
    if (s.empty()) return false;
    for (const char c : s) {
      if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
    }
    return true;
  };
  return digits(whole) && digits(fraction);
}

}  // namespace

bool IsCsvFormula(std::string_view cell) {
  if (cell.empty()) return false;
  switch (cell.front()) {
    case '=':
    case '@':
    case '\t':
    case '\r':
      return true;
    case '+':
    case '-':
      return !IsPlainNumber(cell);
    default:
      return false;
  }
}

std::string EscapeCsvField(std::string_view cell) {
  const bool formula = IsCsvFormula(cell);
  if (!formula && cell.find_first_of(",\"\r\n") == std::string_view::npos) {
    return std::string(cell);
  }
  std::string out = formula ? "\"'" : "\"";
  for (const char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string CsvRecord(const std::vector<std::string>& cells) {
  return absl::StrCat(
      absl::StrJoin(cells, ",",
                    [](std::string* out, const std::string& cell) {
                      out->append(EscapeCsvField(cell));
                    }),
      "\r\n");
}

CsvWriter::CsvWriter(std::ostream& out, std::vector<std::string> header)
    : out_(&out), width_(header.size()) {
  *out_ << CsvRecord(header);
}

void CsvWriter::Row(std::vector<std::string> cells) {
  cells.resize(width_);
  *out_ << CsvRecord(cells);
  ++rows_;
}

}  // namespace netgov::io
