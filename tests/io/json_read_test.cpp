// io::ReadNetwork (a network from a stream, as `--network -` reads standard
// input) and the file-size limit at its edge with a network that loads.
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/json.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov::io {
namespace {

using ::netgov::testing::StatusIs;

constexpr char kSmall[] = R"({"format": "netgov/1", "network": {"id": "n"}, "entities": [{"id": "a"}]})";

absl::StatusOr<Network> Read(const std::string& text) {
  std::istringstream in(text);
  return ReadNetwork(in);
}

TEST(ReadNetwork, ReadsTheWholeStream) {
  absl::StatusOr<Network> net = Read(kSmall);
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->info().id, "n");
  ASSERT_EQ(net->entities().size(), 1u);
  EXPECT_EQ(net->entities()[0].id.str(), "a");
}

TEST(ReadNetwork, MessagesNameStdinWithLineAndColumn) {
  EXPECT_THAT(Read("{\n  \"format\": \"netgov/1\",\n  \"network\": {\"id\": \"n\"\n}\n"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "<stdin>:5:1: syntax error: expected ',' or '}' after an object member, "
                       "found end of input"));
  EXPECT_THAT(Read(R"({"format": "netgov/1", "network": {"id": "n"}, "entities": [{"id": "a", "nme": "A"}]})"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "<stdin>: /entities/0/nme: unknown key 'nme'; did you mean 'name'?"));
  std::istringstream named("");
  EXPECT_THAT(ReadNetwork(named, "pipe"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "pipe: the file is empty; expected a JSON object with \"format\": "
                       "\"netgov/1\""));
}

// A valid network padded with spaces to `size` bytes.
std::string Padded(std::size_t size) {
  std::string text = kSmall;
  text.resize(size, ' ');
  return text;
}

TEST(ReadNetwork, ANetworkOfExactlyTheSizeLimitLoads) {
  const std::string at_limit = Padded(kMaxFileBytes);
  absl::StatusOr<Network> net = Read(at_limit);
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->entities().size(), 1u);
  EXPECT_TRUE(LoadNetwork(at_limit, "t.json").ok());
}

TEST(ReadNetwork, OneByteOverTheSizeLimitIsRefused) {
  const std::string over = Padded(kMaxFileBytes + 1);
  EXPECT_THAT(Read(over), StatusIs(absl::StatusCode::kInvalidArgument,
                                   "<stdin>: the input is more than 67108864 bytes; the limit "
                                   "is 67108864 bytes (64 MiB)"));
  EXPECT_THAT(LoadNetwork(over, "t.json"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "t.json: the file is 67108865 bytes; the limit is 67108864 bytes (64 MiB)"));
}

TEST(LoadOptions, MaxBytesRaisesOrLowersTheLimit) {
  const std::string text = Padded(3000);
  // Lowered: refused on every road in, the limit given in bytes (and MiB
  // when it is a whole number of them).
  EXPECT_THAT(LoadNetwork(text, "t.json", {.max_bytes = 2999}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "t.json: the file is 3000 bytes; the limit is 2999 bytes"));
  std::istringstream in(text);
  EXPECT_THAT(ReadNetwork(in, "pipe", {.max_bytes = 1000}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "pipe: the input is more than 1000 bytes; the limit is 1000 bytes"));
  EXPECT_TRUE(LoadNetwork(text, "t.json", {.max_bytes = 3000}).ok());
  // Raised: past the default.
  const std::string over = Padded(kMaxFileBytes + 1);
  absl::StatusOr<Network> net = LoadNetwork(over, "t.json", {.max_bytes = kMaxFileBytes + 1});
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->entities().size(), 1u);
  std::istringstream big(over);
  EXPECT_TRUE(ReadNetwork(big, "pipe", {.max_bytes = kMaxFileBytes + 1}).ok());
}

}  // namespace
}  // namespace netgov::io
