// netgov validate: the default network, files with errors, files that fail to
// load or cannot be read.
#include <fstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using testing::RunNetgov;

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path) << text;
  return path;
}

TEST(ValidateCommand, DefaultNetworkHasWarningsAndNotesOnly) {
  const testing::CliResult r = RunNetgov({"validate", "--format", "json"});
  EXPECT_EQ(r.code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["diagnostics"].size(), 11u);
  EXPECT_EQ(j["diagnostics"][2],
            nlohmann::json({{"severity", "warning"},
                            {"pointer", "/stated_counts/0/count"},
                            {"message",
                             "6 commitments of 'senior-2021-12-06' stated (\"requesting "
                             "to reaffirm six commitments\"), 5 recorded"}}));
}

TEST(ValidateCommand, ErrorsExit1WithAlignedText) {
  const std::string path = WriteTemp("overlap.netgov.json", R"({
    "format": "netgov/1", "network": {"id": "n", "name": "N"},
    "entities": [{"id": "a", "acronym": "A", "membership": [{"from": "2021-01-01", "to": "2021-12-31"}]},
                 {"id": "b", "acronym": "B"}],
    "pillars": [{"id": "p", "number": 1, "name": "P",
                 "roles": [{"entity": "a", "role": "lead", "to": "2021-12-31"},
                           {"entity": "b", "role": "lead", "from": "2022-01-01"}]}]})");
  const testing::CliResult r = RunNetgov({"validate", path});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.out,
            "severity  pointer             message\n"
            "error     /pillars/0/roles/0  A holds a lead role in 'p' (..2021-12-31) "
            "outside its membership (2021-01-01..2021-12-31)\n"
            "note      /pillars/0/roles/1  lead of 'p' passes from A to B on 2022-01-01\n\n"
            "1 error, 0 warnings, 1 note\n");
}

TEST(ValidateCommand, LoadFailureIsOneErrorDiagnostic) {
  const std::string path = WriteTemp("unknown.netgov.json", R"({
    "format": "netgov/1", "network": {"id": "n", "name": "N"},
    "pillars": [{"id": "p", "number": 1, "name": "P",
                 "roles": [{"entity": "who", "role": "lead"}]}]})");
  const testing::CliResult r = RunNetgov({"validate", path, "--format", "json"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(nlohmann::json::parse(r.out),
            nlohmann::json::parse(R"({"diagnostics": [{"severity": "error",
                "pointer": "/pillars/0/roles/0/entity", "message": "unknown entity 'who'"}]})"));
}

TEST(ValidateCommand, MissingFileExits2) {
  const testing::CliResult r = RunNetgov({"validate", "/nonexistent/net.json"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "netgov validate: /nonexistent/net.json: cannot open the file\n");
}

}  // namespace
}  // namespace netgov::cli
