// Loading text that is not a well-formed netgov/1 JSON document: syntax errors
// with line:column, comments, duplicate keys, and the inputs that must never
// crash or hang (empty, garbage, invalid UTF-8, truncated, deeply nested,
// too large).
#include <random>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/core/strings.hpp"
#include "tests/testing/status_matchers.hpp"
#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"

namespace netgov::io {
namespace {

::testing::Matcher<absl::StatusOr<Network>> FailsWith(const std::string& message) {
  return netgov::testing::StatusIs(absl::StatusCode::kInvalidArgument, message);
}

absl::StatusOr<Network> Load(std::string_view text) {
  return LoadNetwork(text, "t.json");
}

TEST(JsonSyntax, CommentsAreAllowed) {
  absl::StatusOr<Network> net = Load(
      "// a network\n{\"format\": \"netgov/1\", /* the id */ \"network\": "
      "{\"id\": \"n\"} // done\n}\n");
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->info().id, "n");
}

TEST(JsonSyntax, ErrorsGiveLineColumnAndWhatWasExpected) {
  EXPECT_THAT(Load("{\n  \"format\": \"netgov/1\"\n  \"network\": {}}"),
              FailsWith("t.json:3:3: syntax error: expected ',' or '}' after an "
                        "object member, found a string"));
  EXPECT_THAT(Load("{\"format\" \"netgov/1\"}"),
              FailsWith("t.json:1:11: syntax error: expected ':' after an object "
                        "key, found a string"));
  EXPECT_THAT(Load("{\"format\": \"netgov/1\",}"),
              FailsWith("t.json:1:23: syntax error: expected a key in double "
                        "quotes, found '}'"));
  EXPECT_THAT(Load("{\"entities\": [1 2]}"),
              FailsWith("t.json:1:17: syntax error: expected ',' or ']' after an "
                        "array element, found a number"));
  EXPECT_THAT(Load("{\"entities\": [1,]}"),
              FailsWith("t.json:1:17: syntax error: expected a value (an object, an "
                        "array, a string, a number, true, false or null), found ']'"));
  EXPECT_THAT(Load("{} {}"),
              FailsWith("t.json:1:4: syntax error: expected the end of the input "
                        "after the top-level value, found '{'"));
  EXPECT_THAT(Load("{\"a\" false}"),
              FailsWith("t.json:1:6: syntax error: expected ':' after an object "
                        "key, found false"));
  EXPECT_THAT(Load("{\"a\": 1, \"b\": 2 null}"),
              FailsWith("t.json:1:17: syntax error: expected ',' or '}' after an "
                        "object member, found null"));
  EXPECT_THAT(Load("{\"a\": tru}"),
              FailsWith("t.json:1:10: syntax error: invalid literal"));
}

TEST(JsonSyntax, ColumnsCountCharactersNotBytes) {
  EXPECT_THAT(Load("{\"é\": 1 2}"),
              FailsWith("t.json:1:9: syntax error: expected ',' or '}' after an "
                        "object member, found a number"));
}

TEST(JsonSyntax, EmptyInputIsNamedAsSuch) {
  const std::string message =
      "t.json: the file is empty; expected a JSON object with \"format\": "
      "\"netgov/1\"";
  EXPECT_THAT(Load(""), FailsWith(message));
  EXPECT_THAT(Load(" \n\t\r\n"), FailsWith(message));
  EXPECT_THAT(Load("// only a comment\n"),
              FailsWith("t.json:2:1: syntax error: expected a value (an object, an "
                        "array, a string, a number, true, false or null), found "
                        "end of input"));
}

TEST(JsonSyntax, BinaryGarbageIsASyntaxError) {
  EXPECT_THAT(Load(std::string_view("\x00\x01\xfe\xff", 4)),
              FailsWith("t.json:1:1: syntax error: NUL byte; this is not JSON text"));
  // nlohmann alone would stop at a NUL and accept the document before it.
  EXPECT_THAT(Load(std::string_view("{\"a\": 1}\n\x00junk", 14)),
              FailsWith("t.json:2:1: syntax error: NUL byte; this is not JSON text"));
  EXPECT_THAT(Load("\x7f" "ELF\x02\x01\x01"),
              FailsWith("t.json:1:1: syntax error: invalid literal"));
}

TEST(JsonSyntax, InvalidUtf8InAStringIsRefused) {
  EXPECT_THAT(Load("{\"format\": \"netgov\xff/1\"}"),
              FailsWith("t.json:1:19: syntax error: invalid string: ill-formed "
                        "UTF-8 byte"));
  EXPECT_THAT(Load("{\"format\": \"\xc3\x28\"}"),
              FailsWith("t.json:1:14: syntax error: invalid string: ill-formed "
                        "UTF-8 byte"));
}

TEST(JsonSyntax, TruncatedTextEndsInAnError) {
  const std::string_view text = DefaultNetworkText();
  // Cut inside a string, after a key, and after a value.
  EXPECT_THAT(Load("{\"format\": \"netg"),
              FailsWith("t.json:1:17: syntax error: invalid string: missing "
                        "closing quote"));
  EXPECT_THAT(Load("{\"format\":"),
              FailsWith("t.json:1:11: syntax error: expected a value (an object, "
                        "an array, a string, a number, true, false or null), "
                        "found end of input"));
  EXPECT_THAT(Load("{\"format\": \"netgov/1\""),
              FailsWith("t.json:1:22: syntax error: expected ',' or '}' after an "
                        "object member, found end of input"));
  // Every prefix of the default network fails cleanly (sampled for speed).
  for (std::size_t n = 1; n < text.size(); n += 211) {
    const absl::StatusOr<Network> net = Load(text.substr(0, n));
    EXPECT_EQ(net.status().code(), absl::StatusCode::kInvalidArgument) << n;
  }
}

TEST(JsonSyntax, MutatedDefaultNetworkLoadsOrFailsCleanly) {
  // Random single-byte changes (fixed seed): each load ends in a network or an
  // InvalidArgument; nothing crashes, hangs or throws (run under ASan/UBSan too).
  const std::string original(DefaultNetworkText());
  std::mt19937 random(20211206);
  std::uniform_int_distribution<std::size_t> where(0, original.size() - 1);
  std::uniform_int_distribution<int> byte(0, 255);
  int failed = 0;
  for (int i = 0; i < 200; ++i) {
    std::string text = original;
    text[where(random)] = static_cast<char>(byte(random));
    const absl::StatusOr<Network> net = Load(text);
    if (!net.ok()) {
      ++failed;
      EXPECT_EQ(net.status().code(), absl::StatusCode::kInvalidArgument)
          << net.status();
    }
  }
  EXPECT_GT(failed, 0);  // the mutations did reach the checks
}

TEST(JsonSyntax, NumberOverflowIsReported) {
  EXPECT_THAT(Load("{\"pillars\": [{\"number\": 1e400}]}"),
              FailsWith("t.json:1:25: number out of range: '1e400'"));
}

TEST(JsonSyntax, DuplicateKeysAreErrors) {
  EXPECT_THAT(Load(R"({"format": "netgov/1", "network": {"id": "n"}, "format": "x"})"),
              FailsWith("t.json: /format: duplicate key 'format'; each key may "
                        "appear once in an object"));
  EXPECT_THAT(Load(R"({"format": "netgov/1", "network": {"id": "n"},
                       "entities": [{"id": "a"}, {"id": "b", "name": "B", "name": "C"}]})"),
              FailsWith("t.json: /entities/1/name: duplicate key 'name'; each key "
                        "may appear once in an object"));
}

TEST(JsonSyntax, NestingDeeperThanTheLimitIsRefused) {
  std::string pointer;
  for (int i = 0; i < kMaxDepth; ++i) absl::StrAppend(&pointer, "/0");
  const std::string message = absl::StrCat(
      "t.json: ", pointer, ": nesting deeper than 64 levels; a netgov/1 file "
      "needs at most 6");
  EXPECT_THAT(Load(std::string(kMaxDepth + 1, '[')), FailsWith(message));
  // A million brackets: refused at the same place, without recursion.
  EXPECT_THAT(Load(std::string(1'000'000, '[')), FailsWith(message));
  // At the limit the nesting itself is accepted; the top level is then wrong.
  const std::string deepest = std::string(kMaxDepth, '[') + std::string(kMaxDepth, ']');
  EXPECT_THAT(Load(deepest),
              FailsWith("t.json: expected a JSON object with \"format\": "
                        "\"netgov/1\" at the top, got array"));
  std::string objects;
  for (int i = 0; i < 100; ++i) objects += "{\"a\":";
  EXPECT_THAT(Load(objects),
              FailsWith(absl::StrCat("t.json: ", absl::StrReplaceAll(pointer, {{"0", "a"}}),
                                     ": nesting deeper than 64 levels; a netgov/1 "
                                     "file needs at most 6")));
}

TEST(JsonSyntax, InputOverTheSizeLimitIsRefusedWithBothSizes) {
  const std::string huge(100'000'000, ' ');  // 100 MB
  EXPECT_THAT(Load(huge), FailsWith("t.json: the file is 100000000 bytes; the "
                                    "limit is 67108864 bytes (64 MiB)"));
  EXPECT_THAT(Load(std::string_view(huge).substr(0, kMaxFileBytes + 1)),
              FailsWith("t.json: the file is 67108865 bytes; the limit is "
                        "67108864 bytes (64 MiB)"));
}

TEST(JsonSyntax, InputAtTheSizeLimitIsNotRefusedForItsSize) {
  // Exactly 64 MiB of spaces: read as an (empty) document, not refused.
  EXPECT_THAT(Load(std::string(kMaxFileBytes, ' ')),
              FailsWith("t.json: the file is empty; expected a JSON object with "
                        "\"format\": \"netgov/1\""));
}

}  // namespace
}  // namespace netgov::io
