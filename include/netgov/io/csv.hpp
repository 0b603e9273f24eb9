// File: netgov/io/csv.hpp
// -----------------------------------------------------------------------------
//
// CSV (RFC 4180) for spreadsheets: the escaping of one cell and a writer of
// one table (a header row, then rows of the same width), as the `--format csv`
// outputs of the netgov program use them.
//
// - Records end with CRLF; text is written as given (UTF-8 in, UTF-8 out).
// - A cell holding a comma, a double quote, a CR or an LF is quoted, its
//   double quotes doubled.
// - A cell that a spreadsheet would run as a formula (it starts with `=`,
//   `+`, `-`, `@`, a tab or a CR) is defused as OWASP's "CSV injection" page
//   advises: a single quote `'` is put before it and the cell is quoted, so
//   the spreadsheet shows it as text. A plain number (`-1`, `+2.5`) is left
//   as it is: it cannot run anything.
//
// Example:
//
//   std::ostringstream out;
//   netgov::io::CsvWriter csv(out, {"entity", "leads"});
//   csv.Row({"ohchr", "2"});
//   csv.Row({"=1+1", "0"});
//   // out.str() == "entity,leads\r\nohchr,2\r\n\"'=1+1\",0\r\n"

#ifndef NETGOV_IO_CSV_HPP_
#define NETGOV_IO_CSV_HPP_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace netgov::io {

// IsCsvFormula()
//
// True if a spreadsheet could run `cell` as a formula: it starts with `=`,
// `+`, `-`, `@`, a tab or a CR, and is not a plain decimal number.
bool IsCsvFormula(std::string_view cell);

// EscapeCsvField()
//
// One cell as RFC 4180 writes it: defused (`'` before it, quoted) if
// `IsCsvFormula()`, else quoted if it holds a comma, a double quote, a CR or
// an LF, else as it is. Double quotes inside quotes are doubled.
std::string EscapeCsvField(std::string_view cell);

// CsvRecord()
//
// The escaped cells joined by commas, with a final CRLF.
std::string CsvRecord(const std::vector<std::string>& cells);

// CsvWriter
//
// Writes a table to a stream: the header row when constructed, then one
// record per `Row()`. Every record has the header's width: a shorter row is
// padded with empty cells and a longer one is cut to the header's width
// (each row is meant to have exactly one cell per column). The stream must
// outlive the writer.
class CsvWriter {
 public:
  CsvWriter(std::ostream& out, std::vector<std::string> header);

  // Row()
  //
  // Writes one record.
  void Row(std::vector<std::string> cells);

  // rows()
  //
  // The number of records written after the header.
  std::size_t rows() const { return rows_; }

 private:
  std::ostream* out_;
  std::size_t width_;
  std::size_t rows_ = 0;
};

}  // namespace netgov::io

#endif  // NETGOV_IO_CSV_HPP_
