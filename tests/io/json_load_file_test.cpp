// Loading a network file from disk with its text freed once simdjson has
// parsed it (src/io/json.cpp, `io::LoadNetworkFile()`): a file the fast path
// refuses after the parse is read again for the reference path, so every
// message is the reference's (JSON pointer, "did you mean", line:column);
// and the fast path's `parsed()` call (src/io/json_load.hpp): once, after
// the parse and before the walk, which reads the text no more.
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"
#include "src/io/json_load.hpp"

namespace netgov::io {
namespace {

// Writes `text` to a file of the build tree named `name`; returns its path.
std::string WriteFile(const std::string& name, std::string_view text) {
  const std::string path = absl::StrCat(NETGOV_BINARY_DIR, "/json-load-file-", name);
  std::ofstream out(path, std::ios::binary);
  out << text;
  return path;
}

// A file with two entities, one pillar and `rest` in the pillar's roles.
std::string WithRoles(std::string_view roles) {
  return R"({"format": "netgov/1", "network": {"id": "n", "time_zone": "UTC"},
  "entities": [{"id": "ohchr"}, {"id": "unhcr"}],
  "pillars": [{"id": "p1", "roles": [)" +
         std::string(roles) + "]}]}";
}

// Loads `text` from a file, checks the answer is the reference path's and
// returns "ok" or its message less the path.
std::string LoadFromFile(const std::string& name, std::string_view text) {
  const std::string path = WriteFile(name, text);
  const absl::StatusOr<Network> loaded = LoadNetworkFile(path);
  const absl::StatusOr<Network> reference = detail::LoadNetworkReference(text, path);
  std::filesystem::remove(path);
  EXPECT_EQ(loaded.status(), reference.status()) << name;
  if (loaded.ok() && reference.ok()) {
    EXPECT_TRUE(*loaded == *reference) << name;
  }
  if (loaded.ok()) return "ok";
  EXPECT_EQ(loaded.status().code(), absl::StatusCode::kInvalidArgument) << name;
  return std::string(loaded.status().message()).substr(path.size());
}

TEST(JsonLoadFile, ABuildErrorIsTheReferenceMessage) {
  EXPECT_EQ(LoadFromFile("build.json", WithRoles(R"({"entity": "unhcrr", "role": "lead"})")),
            ": /pillars/0/roles/0/entity: unknown entity 'unhcrr'; did you mean "
            "'unhcr'?");
}

TEST(JsonLoadFile, AWalkErrorIsTheReferenceMessage) {
  EXPECT_EQ(LoadFromFile("walk.json",
                         WithRoles(R"({"entity": "unhcr", "role": "lead"},
                                      {"entity": "ohchr", "rolle": "member"})")),
            ": /pillars/0/roles/1/rolle: unknown key 'rolle'; did you mean 'role'?");
  EXPECT_EQ(LoadFromFile("escaped.json",
                         WithRoles(R"({"entity": "unhcr", "role": "lead", "a/b~": 1})")),
            ": /pillars/0/roles/0/a~1b~0: unknown key 'a/b~'");
  EXPECT_EQ(LoadFromFile("number.json",
                         R"({"format": "netgov/1", "network": {"id": "n"},
  "pillars": [{"id": "p1"}, {"id": "p2", "number": 1.5}]})"),
            ": /pillars/1/number: expected an integer of at least 1, got 1.5");
}

TEST(JsonLoadFile, ASyntaxErrorHasItsLineAndColumn) {
  EXPECT_EQ(LoadFromFile("syntax.json", "{\"format\": \"netgov/1\",\n  \"network\": }"),
            ":2:14: syntax error: expected a value (an object, an array, a string, a "
            "number, true, false or null), found '}'");
}

TEST(JsonLoadFile, CommentsLoadByTheReferencePath) {
  const std::string text =
      "// the default network\n" + std::string(DefaultNetworkText());
  const std::string path = WriteFile("comments.json", text);
  const absl::StatusOr<Network> loaded = LoadNetworkFile(path);
  std::filesystem::remove(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_TRUE(*loaded == DefaultNetwork());
}

TEST(JsonLoadFile, AStrictFileLoadsAsTheReferenceDoes) {
  EXPECT_EQ(LoadFromFile("strict.json", WriteNetwork(DefaultNetwork())), "ok");
}

TEST(JsonLoadFast, CallsParsedOnceAfterTheParse) {
  int calls = 0;
  const auto count = [&] { ++calls; };
  const std::string text = WriteNetwork(DefaultNetwork());
  EXPECT_TRUE(detail::LoadNetworkFast(text, false, "t.json", kMaxFileBytes, count).ok());
  EXPECT_EQ(calls, 1);
  calls = 0;
  EXPECT_FALSE(
      detail::LoadNetworkFast("{\"format\": ", false, "t.json", kMaxFileBytes, count).ok());
  EXPECT_EQ(calls, 0);  // a syntax error: never parsed
  EXPECT_FALSE(detail::LoadNetworkFast(WithRoles(R"({"entity": "x", "role": "lead"})"),
                                       false, "t.json", kMaxFileBytes, count)
                   .ok());
  EXPECT_EQ(calls, 1);  // a build error: parsed, then refused
}

TEST(JsonLoadFast, TheTextIsNotReadAfterParsed) {
  std::string text = WriteNetwork(DefaultNetwork());
  const std::size_t size = text.size();
  text.reserve(size + 64);
  const absl::StatusOr<Network> fast = detail::LoadNetworkFast(
      std::string_view(text.data(), size), true, "t.json", kMaxFileBytes,
      [&] { text.replace(0, size, size, 'x'); });
  ASSERT_TRUE(fast.ok()) << fast.status();
  EXPECT_TRUE(*fast == DefaultNetwork());
}

}  // namespace
}  // namespace netgov::io
