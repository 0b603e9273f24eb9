// Private to the netgov program: the command table, the parsed invocation and
// the helpers every command uses (options, formats, tables, JSON output).
//
// A command is a function `absl::StatusOr<int> Fn(const Context&)`: it writes
// its output to `ctx.out` and returns the exit code (0, or 1 for `validate`
// findings); an error status is printed as one line on stderr with exit 2.
#ifndef NETGOV_SRC_CLI_CLI_HPP_
#define NETGOV_SRC_CLI_CLI_HPP_

#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "netgov/core/progress.hpp"
#include "netgov/core/strings.hpp"
#include "netgov/io/json.hpp"
#include "netgov/network/network.hpp"
#include "nlohmann/json.hpp"

namespace netgov::cli {

// Invocation
//
// The command line, parsed: global options, the command, its options
// (`--name value`, without the dashes) and positional arguments.
struct Invocation {
  std::string command;
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;
  std::optional<std::string> network_file;
  std::optional<Date> as_of;
  std::string format = "text";
  // `--max-file-mib N`: the largest network file read, in bytes.
  std::size_t max_file_bytes = io::kMaxFileBytes;
};

// Context
//
// What a command runs with. `network` is loaded (the file of `--network`, or
// the embedded default) unless the command loads its own input.
struct Context {
  const Invocation& invocation;
  const Network& network;
  Date as_of;
  std::string_view format;
  std::ostream& out;
  std::ostream& err;
  std::istream& in;  // standard input, for `--network -`
  // Whether stderr is a terminal, where a long command shows its progress
  // (ProgressLine).
  bool err_is_terminal = false;

  // The value of `--name`, if given.
  std::optional<std::string> Option(absl::string_view name) const;
  // A date option; `fallback` when absent. Bad dates are an error naming the option.
  absl::StatusOr<Date> DateOption(absl::string_view name, Date fallback) const;
  absl::StatusOr<std::optional<Date>> OptionalDateOption(absl::string_view name) const;
  // An integer option in [min, max]; `fallback` when absent.
  absl::StatusOr<long long> IntOption(absl::string_view name, long long fallback,
                                      long long min, long long max) const;
};

using CommandFn = std::function<absl::StatusOr<int>(const Context&)>;

// Command
//
// An entry of the command table: name, one-line summary, usage, the options it
// accepts (besides the global ones), how many positional arguments, the output
// formats, and whether it loads the network itself.
struct Command {
  std::string_view name;
  std::string_view summary = {};
  std::string_view usage = {};
  std::vector<std::string_view> options = {};
  int max_positional = 0;
  std::vector<std::string_view> formats = {"text", "json"};
  CommandFn run;
  bool loads_own_network = false;
  // For shell completion (`netgov completion bash`): the fixed choices of the
  // positional argument, if any, and whether it names a file.
  std::vector<std::string_view> arguments = {};
  bool file_argument = false;
};

// Commands()
//
// The command table, in the order `netgov --help` lists it.
std::span<const Command> Commands();

// GlobalOptions()
//
// The options every command accepts (without the dashes): network, as-of,
// format.
std::span<const std::string_view> GlobalOptions();

// Run()
//
// Runs the program on `args` (without the program name), writing to `out`
// and `err` and reading `in` for `--network -`; returns the exit code.
// `today` is the default as-of date; `err_is_terminal` lets long commands show
// a progress line on `err`. After the command, `out` is flushed and checked:
// output that could not be written is one line on `err` and exit 2.
int Run(const std::vector<std::string>& args, std::ostream& out,
        std::ostream& err, std::optional<Date> today = std::nullopt,
        std::istream& in = std::cin, bool err_is_terminal = false);

// LoadNetworkArgument()
//
// The network of a file argument: `path`, or `in` when `path` is "-"
// (messages then name `<stdin>`); larger than `max_bytes`, refused.
absl::StatusOr<Network> LoadNetworkArgument(const std::string& path, std::istream& in,
                                            std::size_t max_bytes);

// kProgressMinimum
//
// Entities plus pillars from which `generate` and `analyze` show progress.
inline constexpr long long kProgressMinimum = 10'000;

// ProgressLine
//
// A long command's progress on stderr, "netgov generate: entities 42%",
// rewritten in place as the work advances and erased by `Done()` (or on
// destruction). Shown only when stderr is a terminal and `large` is true;
// otherwise `fn()` is empty and nothing is ever written, so output to files
// and pipes stays byte-for-byte the same.
class ProgressLine {
 public:
  ProgressLine(const Context& ctx, bool large);
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  ~ProgressLine();

  // fn()
  //
  // The callback to hand to the library (empty when nothing is shown).
  ProgressFn fn();

  // Done()
  //
  // Erases the line; call it before writing the command's output.
  void Done();

 private:
  std::ostream* err_ = nullptr;  // null when nothing is shown
  std::string command_;
  std::string last_;
};

// Today()
//
// The current date in `time_zone` (UTC when empty or unknown).
Date Today(std::string_view time_zone);

// PrintTable()
//
// `Table`'s layout for `rows` rows made on demand: `row(i)` gives the cells
// of row i (it may return a buffer it refills on each call). Each row is
// asked for twice, once to measure the columns and once to print it, so a
// table of millions of rows is never held whole. A header of empty strings
// is not printed.
void PrintTable(std::ostream& out, std::string_view indent,
                const std::vector<std::string>& header, std::size_t rows,
                absl::FunctionRef<const std::vector<std::string>&(std::size_t)> row);

// Table
//
// Aligned text columns: every cell padded to its column's width, two spaces
// between columns, trailing spaces trimmed (`PrintTable()` of rows held).
class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void AddRow(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  bool empty() const { return rows_.empty(); }
  void Print(std::ostream& out, std::string_view indent = "") const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// PrintJson()
//
// Writes `value` with two-space indentation and a final newline. nlohmann's
// `json` keeps object keys sorted, so output is byte-for-byte stable.
void PrintJson(std::ostream& out, const nlohmann::json& value);

// PrintJsonWithArray()
//
// Writes what `PrintJson()` writes for `doc` (an object) with the array
// `key` added, the array's elements given one by one by `next` (which
// returns false after the last), so that a long array is never held whole.
void PrintJsonWithArray(std::ostream& out, const nlohmann::json& doc, const std::string& key,
                        absl::FunctionRef<bool(nlohmann::json&)> next);

// StreamedArray
//
// One array of `PrintJsonWithArrays()`: its key, and the function that gives
// its elements one by one (false after the last).
struct StreamedArray {
  std::string key;
  absl::FunctionRef<bool(nlohmann::json&)> next;
};

// PrintJsonWithArrays()
//
// `PrintJsonWithArray()` with several streamed arrays: writes what
// `PrintJson()` writes for `doc` with every array of `arrays` added under its
// key (keys sorted with the document's, each array written in place).
void PrintJsonWithArrays(std::ostream& out, const nlohmann::json& doc,
                         std::span<const StreamedArray> arrays);

// DateJson()
//
// An ISO date string, or null for nullopt.
nlohmann::json DateJson(const std::optional<Date>& date);

// EntityLabel()
//
// "OHCHR" (the display name) for an entity id, the id itself if unknown.
std::string EntityLabel(const Network& network, const EntityId& id);

// EntityLabels()
//
// "OHCHR, UNESCO": the labels of `ids`, or "-" when there are none.
std::string EntityLabels(const Network& network, std::span<const EntityId> ids);

}  // namespace netgov::cli

#endif  // NETGOV_SRC_CLI_CLI_HPP_
