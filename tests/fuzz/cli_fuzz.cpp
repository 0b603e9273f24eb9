// File: tests/fuzz/cli_fuzz.cpp
// -----------------------------------------------------------------------------
//
// Fuzz target netgov_fuzz_cli: the command line's option parsing.
//
// The input is the argument list, one argument per line ("\n" separates,
// a final newline is dropped), run in-process through `cli::Run()`, the
// entry point of the `netgov` program, with "today" fixed at 2021-12-06,
// output and errors written to a null stream and standard input holding
// the default network (so `--network -` and `validate -` read one).
// Invariants: the exit code is 0, 1 or 2, and an exit 2 says why on
// standard error, in whole lines.
//
// Two kinds of argument lists are skipped rather than run, since what they
// find is not a parsing bug: an argument containing '/' (the file system
// stays out of the fuzzer: it would read /dev/zero or write nothing useful),
// and a whole number of more than five digits (`generate --entities 1000000`
// and `rotation --terms 1000000` are within the documented limits and only
// cost time; the limits themselves are tested in tests/cli/limits_test.cpp).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "netgov/core/date.hpp"
#include "netgov/io/default_network.hpp"
#include "src/cli/cli.hpp"
#include "tests/fuzz/fuzz_target.hpp"

namespace {

// Whether `arg` is a whole number of more than five digits, possibly signed.
bool IsLongNumber(std::string_view arg) {
  if (!arg.empty() && (arg[0] == '-' || arg[0] == '+')) arg.remove_prefix(1);
  for (const char c : arg) {
    if (c < '0' || c > '9') return false;
  }
  return arg.size() > 5;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = netgov::fuzz::Text(data, size);
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  std::vector<std::string> args;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    args.emplace_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  if (args.size() > 64) return 0;
  for (const std::string& arg : args) {
    if (arg.find('/') != std::string::npos || IsLongNumber(arg)) return 0;
  }
  std::istringstream in{std::string(netgov::io::DefaultNetworkText())};
  std::ostringstream err;
  netgov::fuzz::NullStream out;
  const int code = netgov::cli::Run(args, out, err, netgov::Date(2021, 12, 6), in);
  netgov::fuzz::Check(code == 0 || code == 1 || code == 2, "the CLI exits 0, 1 or 2");
  if (code == 2) {
    const std::string message = err.str();
    netgov::fuzz::Check(!message.empty() && message.back() == '\n', "an error is a line");
  }
  return 0;
}
