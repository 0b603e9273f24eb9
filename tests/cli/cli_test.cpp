// The command-line contract shared by every command: parsing, global options,
// formats, exit codes and one-line errors.
#include "src/cli/cli.hpp"
#include "tests/testing/cli_runner.hpp"

#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace netgov::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

using Result = testing::CliResult;

using testing::RunNetgov;

TEST(Cli, NoCommandPrintsUsageAndExits2) {
  const Result r = RunNetgov({});
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.err, StartsWith("usage: netgov [--network FILE] [--as-of YYYY-MM-DD] COMMAND"));
  EXPECT_EQ(r.out, "");
}

TEST(Cli, HelpListsEveryCommand) {
  const Result r = RunNetgov({"--help"});
  EXPECT_EQ(r.code, 0);
  for (const Command& c : Commands()) {
    EXPECT_THAT(r.out, HasSubstr(std::string("  ") + std::string(c.name))) << c.name;
  }
}

TEST(Cli, CommandHelp) {
  const Result r = RunNetgov({"entity", "--help"});
  EXPECT_EQ(r.code, 0);
  EXPECT_THAT(r.out, StartsWith("usage: netgov entity ID [--format text|json]\n"));
}

TEST(Cli, UnknownCommandSuggestsTheClosest) {
  const Result r = RunNetgov({"pilars"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov: unknown command 'pilars'; did you mean 'pillars'? (netgov --help "
            "lists them)\n");
}

TEST(Cli, UnknownOptionSuggestsTheClosest) {
  const Result r = RunNetgov({"pillars", "--fromat", "json"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov pillars: unknown option --fromat; did you mean --format? (usage: "
            "netgov pillars [--format text|json|csv])\n");
}

TEST(Cli, BadAsOfDate) {
  const Result r = RunNetgov({"--as-of", "2021-02-30", "pillars"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov: --as-of: '2021-02-30' does not exist: February 2021 has 28 days\n");
}

TEST(Cli, OptionWithoutValue) {
  const Result r = RunNetgov({"pillars", "--as-of"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov: option --as-of needs a value\n");
}

TEST(Cli, UnknownFormat) {
  const Result r = RunNetgov({"pillars", "--format", "xml"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov pillars: unknown format 'xml'; expected text, json, csv\n");
}

TEST(Cli, TooManyArguments) {
  const Result r = RunNetgov({"entity", "who", "ilo"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov entity: unexpected argument 'ilo' (usage: netgov entity ID "
            "[--format text|json])\n");
}

TEST(Cli, MissingNetworkFile) {
  const Result r = RunNetgov({"--network", "/nonexistent/net.json", "pillars"});
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.err, StartsWith("netgov: /nonexistent/net.json: "));
  EXPECT_EQ(r.out, "");
}

TEST(Cli, GlobalOptionsMayFollowTheCommand) {
  const Result before = RunNetgov({"--as-of", "2022-01-01", "--format", "json", "pillars"});
  const Result after = RunNetgov({"pillars", "--as-of=2022-01-01", "--format=json"});
  EXPECT_EQ(before.code, 0);
  EXPECT_EQ(before.out, after.out);
  EXPECT_THAT(before.out, HasSubstr("\"as_of\": \"2022-01-01\""));
}

TEST(Cli, OutputIsByteForByteReproducible) {
  for (const char* command : {"brief", "pillars"}) {
    for (const char* format : {"text", "json"}) {
      const Result a = RunNetgov({command, "--format", format});
      const Result b = RunNetgov({command, "--format", format});
      EXPECT_EQ(a.code, 0) << command << " " << format << ": " << a.err;
      EXPECT_EQ(a.out, b.out);
      EXPECT_FALSE(a.out.empty());
    }
  }
}

// PrintJsonWithArray() writes exactly what PrintJson() writes for the whole
// document, wherever the array's key sorts and whatever the elements hold.
TEST(PrintJsonWithArray, MatchesPrintJsonOfTheWholeDocument) {
  const std::vector<nlohmann::json> elements = {
      {{"b", {1, 2}}, {"a", nlohmann::json::object()}, {"c", "line\nbreak"}},
      nlohmann::json::array(),
      "text",
      {{"nested", {{"deeper", {nlohmann::json::array(), {{"x", nullptr}}}}}}},
  };
  const nlohmann::json doc = {{"m", "middle"}, {"z", {{"k", true}}}, {"b", {3, 4}}};
  for (const std::string key : {"a", "n", "zz"}) {
    for (std::size_t count = 0; count <= elements.size(); ++count) {
      nlohmann::json whole = doc;
      whole[key] = nlohmann::json::array();
      for (std::size_t i = 0; i < count; ++i) whole[key].push_back(elements[i]);
      std::ostringstream expected;
      PrintJson(expected, whole);
      std::ostringstream streamed;
      std::size_t next = 0;
      PrintJsonWithArray(streamed, doc, key, [&](nlohmann::json& element) {
        if (next == count) return false;
        element = elements[next++];
        return true;
      });
      EXPECT_EQ(streamed.str(), expected.str()) << "key " << key << ", " << count << " elements";
    }
  }
  // A document with the array alone.
  std::ostringstream expected;
  PrintJson(expected, {{"only", {1}}});
  std::ostringstream streamed;
  bool given = false;
  PrintJsonWithArray(streamed, nlohmann::json::object(), "only", [&](nlohmann::json& element) {
    if (given) return false;
    element = 1;
    given = true;
    return true;
  });
  EXPECT_EQ(streamed.str(), expected.str());
  EXPECT_EQ(streamed.str(), "{\n  \"only\": [\n    1\n  ]\n}\n");
}

TEST(Table, AlignsColumnsAndTrimsTrailingSpace) {
  Table t({"A", "LONGER"});
  t.AddRow({"xyz", "1"});
  t.AddRow({"", ""});
  std::ostringstream out;
  t.Print(out, "  ");
  EXPECT_EQ(out.str(), "  A    LONGER\n  xyz  1\n\n");
}

TEST(PrintTable, AsksForEachRowTwiceAndLaysItOutAsTable) {
  // Rows made on demand from one refilled buffer give Table's layout.
  const std::vector<std::vector<std::string>> rows = {{"xyz", "1"}, {"", ""}, {"a", "22222"}};
  std::vector<int> asked(rows.size(), 0);
  std::vector<std::string> buffer;
  std::ostringstream streamed;
  PrintTable(streamed, "  ", {"A", "LONGER"}, rows.size(),
             [&](std::size_t i) -> const std::vector<std::string>& {
               ++asked[i];
               buffer = rows[i];
               return buffer;
             });
  EXPECT_EQ(streamed.str(), "  A    LONGER\n  xyz  1\n\n  a    22222\n");
  EXPECT_THAT(asked, ::testing::Each(2));
  Table t({"A", "LONGER"});
  for (const auto& row : rows) t.AddRow(row);
  std::ostringstream held;
  t.Print(held, "  ");
  EXPECT_EQ(held.str(), streamed.str());
}

TEST(PrintTable, NoHeaderAndNoRows) {
  std::ostringstream out;
  PrintTable(out, "", {"", ""}, 0, [](std::size_t) -> const std::vector<std::string>& {
    ADD_FAILURE() << "no row to ask for";
    static const std::vector<std::string> none;
    return none;
  });
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace netgov::cli
