// GenerateOptions::progress: the generator reports its stages in order, and
// listening does not change the network.
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/generate.hpp"
#include "netgov/io/json.hpp"

namespace netgov::io {
namespace {

using ::testing::ElementsAre;

TEST(GenerateProgress, ReportsEachStageFromStartToEnd) {
  std::vector<std::string> calls;
  GenerateOptions options{.entities = 250, .pillars = 3, .seed = 4};
  options.progress = [&](std::string_view stage, std::int64_t done, std::int64_t total) {
    calls.push_back(absl::StrCat(ToAbsl(stage), " ", done, "/", total));
  };
  absl::StatusOr<Network> net = GenerateNetwork(options);
  ASSERT_TRUE(net.ok()) << net.status();
  // 250 entities: every 2nd (1 %) from 0 to 250, so 126 calls.
  ASSERT_EQ(calls.size(), 126u + 4u + 2u);
  EXPECT_EQ(calls[0], "entities 0/250");
  EXPECT_EQ(calls[1], "entities 2/250");
  EXPECT_EQ(calls[125], "entities 250/250");
  EXPECT_THAT(std::vector<std::string>(calls.begin() + 126, calls.end()),
              ElementsAre("pillars 0/3", "pillars 1/3", "pillars 2/3", "pillars 3/3",
                          "checking 0/1", "checking 1/1"));
}

TEST(GenerateProgress, ListeningDoesNotChangeTheNetwork) {
  GenerateOptions options{.entities = 120, .pillars = 12, .seed = 9};
  absl::StatusOr<Network> quiet = GenerateNetwork(options);
  int calls = 0;
  options.progress = [&](std::string_view, std::int64_t, std::int64_t) { ++calls; };
  absl::StatusOr<Network> heard = GenerateNetwork(options);
  ASSERT_TRUE(quiet.ok() && heard.ok());
  EXPECT_GT(calls, 0);
  EXPECT_EQ(WriteNetwork(*quiet), WriteNetwork(*heard));
}

}  // namespace
}  // namespace netgov::io
