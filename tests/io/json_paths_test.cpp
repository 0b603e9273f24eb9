// The two paths of the loader (src/io/json_load.hpp): the simdjson fast path
// and the nlohmann reference path. Whatever both accept loads to the same
// network; whatever the fast path refuses, `LoadNetwork()` answers exactly as
// the reference path does (its messages are the users'); and the fast path
// never accepts what the reference refuses.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"
#include "src/io/json_load.hpp"

namespace netgov::io {
namespace {

using detail::LoadNetworkFast;
using detail::LoadNetworkReference;

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Checks the paths' contract on `text`; returns whether the fast path
// accepted it.
bool PathsAgree(std::string_view text, const std::string& name) {
  const absl::StatusOr<Network> fast = LoadNetworkFast(text, false, "t.json");
  const absl::StatusOr<Network> reference = LoadNetworkReference(text, "t.json");
  const absl::StatusOr<Network> loaded = LoadNetwork(text, "t.json");
  EXPECT_EQ(loaded.status(), reference.status()) << name;
  if (loaded.ok() && reference.ok()) {
    EXPECT_TRUE(*loaded == *reference) << name;
    EXPECT_EQ(WriteNetwork(*loaded), WriteNetwork(*reference)) << name;
  }
  if (!fast.ok()) return false;
  EXPECT_TRUE(reference.ok()) << name << ": the fast path accepted what the "
                              << "reference refuses: " << reference.status();
  if (reference.ok()) {
    EXPECT_TRUE(*fast == *reference) << name;
    EXPECT_EQ(WriteNetwork(*fast), WriteNetwork(*reference)) << name;
  }
  return true;
}

// Every JSON file of the repository's data, tests and examples.
std::vector<std::filesystem::path> RepositoryJsonFiles() {
  std::vector<std::filesystem::path> files;
  for (const char* dir : {"data", "tests", "examples"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             std::filesystem::path(NETGOV_SOURCE_DIR) / dir)) {
      if (entry.is_regular_file() && entry.path().extension() == ".json") {
        files.push_back(entry.path());
      }
    }
  }
  return files;
}

TEST(JsonPaths, EveryRepositoryFileLoadsAlikeByBothPaths) {
  const std::vector<std::filesystem::path> files = RepositoryJsonFiles();
  ASSERT_GE(files.size(), 20u);
  int fast = 0;
  for (const std::filesystem::path& path : files) {
    fast += PathsAgree(ReadFile(path), path.string()) ? 1 : 0;
  }
  // Most are invalid on purpose (tests/schema_invalid...), so they take the
  // reference path; the default network takes the fast one.
  EXPECT_GE(fast, 1);
}

TEST(JsonPaths, EveryFuzzCorpusInputLoadsAlikeByBothPaths) {
  int inputs = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(
           std::filesystem::path(NETGOV_SOURCE_DIR) / "tests/fuzz/corpus")) {
    if (!entry.is_regular_file()) continue;
    PathsAgree(ReadFile(entry.path()), entry.path().string());
    ++inputs;
  }
  EXPECT_GT(inputs, 10);
}

TEST(JsonPaths, TheDefaultNetworkWrittenStrictLoadsByTheFastPath) {
  const std::string text = WriteNetwork(DefaultNetwork());
  EXPECT_TRUE(PathsAgree(text, "default network, written"));
  const absl::StatusOr<Network> fast = LoadNetworkFast(text, false, "t.json");
  ASSERT_TRUE(fast.ok()) << fast.status();
  EXPECT_TRUE(*fast == DefaultNetwork());
}

TEST(JsonPaths, CommentsTakeTheReferencePath) {
  const std::string text =
      "// the default network\n" + std::string(DefaultNetworkText());
  EXPECT_FALSE(LoadNetworkFast(text, false, "t.json").ok());
  EXPECT_FALSE(PathsAgree(text, "default network text with a comment"));
  const absl::StatusOr<Network> loaded = LoadNetwork(text, "t.json");
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_TRUE(*loaded == DefaultNetwork());
}

TEST(JsonPaths, PaddedTextLoadsInPlace) {
  std::string text = WriteNetwork(DefaultNetwork());
  const std::size_t size = text.size();
  text.reserve(size + 64);
  const absl::StatusOr<Network> fast =
      LoadNetworkFast(std::string_view(text.data(), size), true, "t.json");
  ASSERT_TRUE(fast.ok()) << fast.status();
  EXPECT_TRUE(*fast == DefaultNetwork());
}

// What strict JSON parsers differ on, and what only the reference knows.
TEST(JsonPaths, TheFastPathRefusesWhatOnlyTheReferenceJudges) {
  const std::string head = R"({"format": "netgov/1", "network": {"id": "n")";
  struct Case {
    std::string text;
    bool fast_ok;  // whether the fast path accepts it
  };
  const std::vector<Case> cases = {
      {head + "}}", true},
      {head + "}} // comment", false},
      {"/* c */" + head + "}}", false},
      {head + R"(, "id": "m"}})", false},                   // duplicate key
      {head + R"(}, "network": {"id": "m"}})", false},      // duplicate key
      {head + "},}", false},                                // trailing comma
      {head + ", \"name\": \"a\tb\"}}", false},             // raw tab
      {head + ", \"name\": \"a\\u0000b\"}}", true},         // escaped NUL
      {head + std::string(", \"name\": \"a\0b\"}}", 17), false},  // raw NUL (17 bytes)
      {head + ", \"name\": \"\\ud800\"}}", false},          // lone surrogate
      {head + ", \"name\": \"\\udc00\"}}", false},          // lone low surrogate
      {head + ", \"name\": \"\\ud83d\\ude00\"}}", true},    // a pair
      {head + ", \"name\": \"caf\xc3\xa9\"}}", true},       // UTF-8
      {head + ", \"name\": \"caf\xe9\"}}", false},          // not UTF-8
      {"\xef\xbb\xbf" + head + "}}", false},                // byte order mark
      {head + "}} x", false},
      {head + "}", false},
      {head + ", \"name\": 1}}", false},                    // wrong type
      {head + ", \"nmae\": \"a\"}}", false},                // unknown key
      {R"({"format": "netgov/1", "network": {"id": "n"}, "pillars": [{"id": "p", "number": 1.0}]})",
       true},
      {R"({"format": "netgov/1", "network": {"id": "n"}, "pillars": [{"id": "p", "number": 1e0}]})",
       true},
      {R"({"format": "netgov/1", "network": {"id": "n"}, "pillars": [{"id": "p", "number": 1.5}]})",
       false},
      {R"({"format": "netgov/1", "network": {"id": "n"}, "pillars": [{"id": "p", "number": 99999999999999999999}]})",
       false},
      {R"({"format": "netgov/1", "network": {"id": "n"}, "pillars": [{"id": "p", "number": 1e999}]})",
       false},
      {R"({"format": "netgov/1", "network": {"id": "n"}, "pillars": [{"id": "p", "number": -0}]})",
       false},
      {std::string(100, '[') + std::string(100, ']'), false},
      {"  ", false},
      {"", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PathsAgree(c.text, c.text), c.fast_ok) << c.text;
  }
}

TEST(JsonPaths, ErrorMessagesAreTheReferences) {
  const std::string head = R"({"format": "netgov/1", "network": {"id": "n")";
  EXPECT_EQ(LoadNetwork(head + ", \"nmae\": \"a\"}}", "t.json").status().message(),
            "t.json: /network/nmae: unknown key 'nmae'; did you mean 'name'?");
  EXPECT_EQ(LoadNetwork(head + R"(, "id": "m"}})", "t.json").status().message(),
            "t.json: /network/id: duplicate key 'id'; each key may appear once "
            "in an object");
  EXPECT_EQ(LoadNetwork(head + "},}", "t.json").status().message(),
            "t.json:1:47: syntax error: expected a key in double quotes, found '}'");
}

}  // namespace
}  // namespace netgov::io
