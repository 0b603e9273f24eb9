// netgov analyze --threads, --betweenness, --betweenness-samples and
// --betweenness-seed: what is computed, what the output says, the choice the
// user must make above 10,000 vertices, and bad values.
#include <fstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using testing::RunNetgov;
using testing::RunNetgovOk;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// `netgov generate --entities 9300 --pillars 930 --seed 42`: 10,137 vertices
// as of 2021-12-06 (some entities are not members then), over the limit.
// Written once.
const std::string& LargeNetwork() {
  static const std::string path = [] {
    const std::string p = ::testing::TempDir() + "analyze-betweenness-9300.netgov.json";
    std::ofstream(p) << RunNetgovOk({"generate", "--entities", "9300", "--pillars", "930",
                                     "--seed", "42"});
    return p;
  }();
  return path;
}

TEST(AnalyzeBetweennessCommand, ThreadsDoNotChangeTheOutput) {
  const std::string one = RunNetgovOk({"analyze", "--format", "json", "--threads", "1"});
  EXPECT_EQ(RunNetgovOk({"analyze", "--format", "json", "--threads", "3"}), one);
  // --threads alone is not a betweenness choice: the output is as without it.
  EXPECT_EQ(RunNetgovOk({"analyze", "--format", "json"}), one);
}

TEST(AnalyzeBetweennessCommand, ExactIsSaidWhenAskedFor) {
  const std::string text = RunNetgovOk({"analyze", "--betweenness", "exact"});
  EXPECT_THAT(text, HasSubstr("  osapg   0      2      16\n"));
  EXPECT_THAT(text, HasSubstr("  who     1      1      0\n  (betweenness: exact)\n\n"));
  const nlohmann::json j =
      nlohmann::json::parse(RunNetgovOk({"analyze", "--betweenness", "exact", "--format", "json"}));
  EXPECT_EQ(j["betweenness"], nlohmann::json({{"method", "exact"}, {"vertices", 21}}));
  EXPECT_THAT(RunNetgovOk({"analyze", "--betweenness", "exact", "--format", "csv"}),
              StartsWith("entity,leads,roles,betweenness,betweenness_computed\r\n"
                         "dgc,1,1,0.0,exact\r\n"));
}

TEST(AnalyzeBetweennessCommand, NoneLeavesItOut) {
  const std::string text = RunNetgovOk({"analyze", "--betweenness", "none"});
  EXPECT_THAT(text, HasSubstr("  osapg   0      2      -\n"));
  EXPECT_THAT(text, HasSubstr("  (betweenness: none)\n"));
  const nlohmann::json j =
      nlohmann::json::parse(RunNetgovOk({"analyze", "--betweenness", "none", "--format", "json"}));
  EXPECT_EQ(j["betweenness"], nlohmann::json({{"method", "none"}, {"vertices", 21}}));
  EXPECT_EQ(j["entities"][0]["betweenness"], nullptr);
}

TEST(AnalyzeBetweennessCommand, SampledSaysHowManySourcesAndTheSeed) {
  const std::string text =
      RunNetgovOk({"analyze", "--betweenness-samples", "10", "--betweenness-seed", "3"});
  EXPECT_THAT(text, HasSubstr("  (betweenness: sampled: 10 of 21 sources, seed 3)\n"));
  const std::vector<std::string> json_args = {"analyze", "--format", "json",
                                              "--betweenness-samples", "10",
                                              "--betweenness-seed", "3"};
  const nlohmann::json j = nlohmann::json::parse(RunNetgovOk(json_args));
  EXPECT_EQ(j["betweenness"], nlohmann::json({{"method", "sampled"},
                                              {"samples", 10},
                                              {"seed", 3},
                                              {"vertices", 21}}));
  // Seeded: the same estimate every run and on any thread count.
  std::vector<std::string> on_two = json_args;
  on_two.insert(on_two.end(), {"--threads", "2"});
  EXPECT_EQ(RunNetgovOk(on_two), RunNetgovOk(json_args));
  // As many samples as vertices is the exact value.
  const nlohmann::json all = nlohmann::json::parse(
      RunNetgovOk({"analyze", "--format", "json", "--betweenness-samples", "21"}));
  EXPECT_EQ(all["betweenness"]["method"], "exact");
  EXPECT_EQ(all["entities"], nlohmann::json::parse(RunNetgovOk({"analyze", "--format", "json"}))["entities"]);
}

TEST(AnalyzeBetweennessCommand, AboveTheLimitTheUserChooses) {
  const testing::CliResult r = RunNetgov({"--network", LargeNetwork(), "analyze"});
  ASSERT_EQ(r.code, 2);  // (else the exact analysis ran: do not go on)
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "netgov analyze: the graph as of 2021-12-06 has 10137 vertices (entities and "
            "pillars), more than 10000, where exact betweenness takes O(V E) time (minutes to "
            "hours); choose --betweenness exact (compute it anyway), --betweenness-samples K "
            "[--betweenness-seed S] (estimate it from K sources) or --betweenness none (leave "
            "it out)\n");
  const nlohmann::json sampled = nlohmann::json::parse(
      RunNetgovOk({"--network", LargeNetwork(), "analyze", "--format", "json",
                   "--betweenness-samples", "4", "--betweenness-seed", "42"}));
  EXPECT_EQ(sampled["betweenness"], nlohmann::json({{"method", "sampled"},
                                                    {"samples", 4},
                                                    {"seed", 42},
                                                    {"vertices", 10137}}));
  EXPECT_EQ(sampled["entities"].size(), 9300u);
}

TEST(AnalyzeBetweennessCommand, BadValuesExit2) {
  const auto err = [](const std::vector<std::string>& args) {
    const testing::CliResult r = RunNetgov(args);
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.out, "");
    return r.err;
  };
  EXPECT_EQ(err({"analyze", "--betweenness", "exat"}),
            "netgov analyze: --betweenness: 'exat' is not exact or none; did you mean 'exact'? "
            "(for an estimate from K sources: --betweenness-samples K)\n");
  EXPECT_EQ(err({"analyze", "--betweenness", "exact", "--betweenness-samples", "5"}),
            "netgov analyze: --betweenness and --betweenness-samples exclude each other "
            "(exact, none, or an estimate from K sources)\n");
  EXPECT_EQ(err({"analyze", "--betweenness-seed", "5"}),
            "netgov analyze: --betweenness-seed goes with --betweenness-samples K (it seeds "
            "the sample)\n");
  EXPECT_EQ(err({"analyze", "--betweenness-samples", "0"}),
            "netgov analyze: --betweenness-samples: '0' is not a whole number from 1 to "
            "4294967295\n");
  EXPECT_EQ(err({"analyze", "--betweenness-samples", "5", "--betweenness-seed", "-1"}),
            "netgov analyze: --betweenness-seed: '-1' is not a whole number from 0 to "
            "9223372036854775807\n");
  EXPECT_EQ(err({"analyze", "--threads", "0"}),
            "netgov analyze: --threads: '0' is not a whole number from 1 to 1024\n");
}

}  // namespace
}  // namespace netgov::cli
