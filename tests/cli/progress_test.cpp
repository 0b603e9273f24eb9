// Long commands show a progress line on stderr when it is a terminal and the
// work is large, and nothing otherwise (tests/progress/check_progress.py
// checks the program itself on a pseudo-terminal).
#include <iostream>
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::StartsWith;

testing::CliResult RunOnTerminal(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = Run(args, out, err, testing::kToday, std::cin, /*err_is_terminal=*/true);
  return {code, out.str(), err.str()};
}

TEST(Progress, LargeGenerateShowsProgressOnATerminalOnly) {
  const std::vector<std::string> args = {"generate", "--entities", "9999", "--pillars", "1"};
  const testing::CliResult terminal = RunOnTerminal(args);
  ASSERT_EQ(terminal.code, 0);
  EXPECT_THAT(terminal.err, StartsWith("\r\x1b[Knetgov generate: entities 0%\r\x1b[K"
                                       "netgov generate: entities 1%\r\x1b[K"));
  EXPECT_THAT(terminal.err, HasSubstr("\r\x1b[Knetgov generate: entities 100%\r\x1b[K"
                                      "netgov generate: pillars 0%\r\x1b[K"
                                      "netgov generate: pillars 100%\r\x1b[K"
                                      "netgov generate: checking 0%\r\x1b[K"
                                      "netgov generate: checking 100%\r\x1b[K"
                                      "netgov generate: writing 0%\r\x1b[K"));
  EXPECT_THAT(terminal.err, EndsWith("writing 0%\r\x1b[K"));
  const testing::CliResult plain = testing::RunNetgov(args);
  EXPECT_EQ(plain.err, "");
  EXPECT_EQ(plain.out, terminal.out);
}

TEST(Progress, SmallWorkShowsNothingEvenOnATerminal) {
  const testing::CliResult generate =
      RunOnTerminal({"generate", "--entities", "9998", "--pillars", "1"});
  EXPECT_EQ(generate.code, 0);
  EXPECT_EQ(generate.err, "");
  const testing::CliResult analyze = RunOnTerminal({"analyze"});
  EXPECT_EQ(analyze.code, 0);
  EXPECT_EQ(analyze.err, "");
}

}  // namespace
}  // namespace netgov::cli
