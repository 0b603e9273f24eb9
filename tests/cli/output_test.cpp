// What the program does when its output cannot be written, and reading the
// network from standard input (`--network -`), in-process. The process-level
// behaviour (/dev/full, a closed stdout, a broken pipe) is checked on the
// real program by tests/cli_output.cmake.
#include <fstream>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using testing::CliResult;
using testing::kRecurringNetwork;
using testing::kToday;
using testing::RunNetgovOk;

// A stream buffer that refuses every character, like a full disk.
class FailingBuffer final : public std::streambuf {
 protected:
  int_type overflow(int_type) override { return traits_type::eof(); }
};

CliResult RunIntoFailingOutput(const std::vector<std::string>& args) {
  FailingBuffer failing;
  std::ostream out(&failing);
  std::ostringstream err;
  const int code = Run(args, out, err, kToday);
  return {code, "", err.str()};
}

CliResult RunWithInput(const std::vector<std::string>& args, const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out, err;
  const int code = Run(args, out, err, kToday, in);
  return {code, out.str(), err.str()};
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

constexpr char kCannotWrite[] = "netgov: cannot write output: the output stream failed\n";

TEST(Output, AFailedWriteIsOneLineAndExit2) {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"brief"},
           {"pillars", "--format", "json"},
           {"--help"},
           {"rotation", "--help"},
           {"generate", "--entities", "50"},
           {"validate"},
       }) {
    const CliResult r = RunIntoFailingOutput(args);
    EXPECT_EQ(r.code, 2) << args.front();
    EXPECT_EQ(r.err, kCannotWrite) << args.front();
  }
}

TEST(Output, AStreamedOutputThatFailsIsReported) {
  // JSON terms are written one by one from a cursor; the first failed write
  // stops the loop.
  const CliResult r = RunIntoFailingOutput({"rotation", "--terms", "5000", "--format", "json"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, kCannotWrite);
}

TEST(Output, ErrorsStayErrorsWhenTheOutputFails) {
  const CliResult r = RunIntoFailingOutput({"entity", "unhcrr"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err.find("netgov entity: unknown entity 'unhcrr'"), 0u) << r.err;
}

TEST(NetworkFromStdin, DashReadsStandardInput) {
  const std::vector<std::string> command = {"deadlines", "--from", "2024-02-26", "--to",
                                            "2024-03-31"};
  std::vector<std::string> from_file = {"--network", kRecurringNetwork};
  std::vector<std::string> from_stdin = {"--network", "-"};
  from_file.insert(from_file.end(), command.begin(), command.end());
  from_stdin.insert(from_stdin.end(), command.begin(), command.end());
  const CliResult r = RunWithInput(from_stdin, ReadFile(kRecurringNetwork));
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, RunNetgovOk(from_file));
  EXPECT_NE(r.out.find("month-end"), std::string::npos);
}

TEST(NetworkFromStdin, ErrorsNameStdinWithLineAndColumn) {
  CliResult r = RunWithInput({"--network", "-", "pillars"},
                             "{\n  \"format\": \"netgov/1\",\n  \"network\": {\"id\": \"n\"},\n"
                             "  \"entities\": [{\"id\": \"a\",}]\n}\n");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov: <stdin>:4:27: syntax error: expected a key in double quotes, found '}'\n");
  r = RunWithInput({"--network", "-", "pillars"},
                   R"({"format": "netgov/1", "network": {"id": "n"}, "entities": [{"id": "a", "nme": "A"}]})");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov: <stdin>: /entities/0/nme: unknown key 'nme'; did you mean 'name'?\n");
  r = RunWithInput({"--network", "-", "pillars"}, "");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov: <stdin>: the file is empty; expected a JSON object with \"format\": "
            "\"netgov/1\"\n");
}

TEST(NetworkFromStdin, ValidateReadsStandardInput) {
  const std::string bad =
      R"({"format": "netgov/1", "network": {"id": "n"}, "entities": [{"id": "a", "nme": "A"}]})";
  CliResult r = RunWithInput({"validate", "-"}, bad);
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out,
            "severity  pointer          message\n"
            "error     /entities/0/nme  unknown key 'nme'; did you mean 'name'?\n"
            "\n"
            "1 error, 0 warnings, 0 notes\n");
  r = RunWithInput({"--network", "-", "validate"}, ReadFile(kRecurringNetwork));
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, RunNetgovOk({"validate", kRecurringNetwork}));
}

}  // namespace
}  // namespace netgov::cli
