// Analyze()'s betweenness choices (AnalyzeOptions::betweenness, samples,
// seed, threads) and what Analysis::betweenness says was computed.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/graph/analysis.hpp"
#include "netgov/graph/betweenness.hpp"
#include "netgov/io/default_network.hpp"
#include "tests/graph/small_networks.hpp"

namespace netgov::graph {
namespace {

using ::netgov::testing::SmallNetwork;

constexpr RoleKind kLead = RoleKind::kLead;
constexpr RoleKind kMember = RoleKind::kMember;
const Date kDay(2021, 12, 6);

std::vector<double> Values(const Analysis& a) {
  std::vector<double> out;
  for (const EntityLoad& e : a.entities) out.push_back(e.betweenness);
  return out;
}

TEST(AnalyzeBetweenness, ExactByDefaultOnSmallGraphs) {
  const RelationGraph g(io::DefaultNetwork());
  const Analysis a = Analyze(g, kDay);
  EXPECT_TRUE(a.has_betweenness);
  EXPECT_EQ(a.betweenness, (BetweennessComputed{BetweennessMethod::kExact, 0, 0, 21}));
  EXPECT_EQ(AsOfVertices(g.AsOf(kDay)), 21u);
  // The values are Boost's, and the same on any thread count.
  const std::vector<double> boost = Betweenness(g.AsOf(kDay));
  for (const EntityLoad& e : a.entities) {
    EXPECT_EQ(e.betweenness, boost[*g.FindEntity(e.entity.str())]) << e.entity;
  }
  for (int threads : {1, 2, 3, 8}) {
    EXPECT_EQ(Values(Analyze(g, kDay, {.threads = threads})), Values(a)) << threads;
  }
}

TEST(AnalyzeBetweenness, NoneLeavesItOut) {
  const RelationGraph g(io::DefaultNetwork());
  const Analysis a = Analyze(g, kDay, {.betweenness = BetweennessMethod::kNone});
  EXPECT_FALSE(a.has_betweenness);
  EXPECT_EQ(a.betweenness, (BetweennessComputed{BetweennessMethod::kNone, 0, 0, 21}));
  EXPECT_EQ(Values(a), std::vector<double>(a.entities.size(), 0.0));
}

TEST(AnalyzeBetweenness, SampledRecordsSamplesAndSeed) {
  const RelationGraph g(io::DefaultNetwork());
  const AnalyzeOptions options = {.betweenness = BetweennessMethod::kSampled,
                                  .betweenness_samples = 10,
                                  .betweenness_seed = 3};
  const Analysis a = Analyze(g, kDay, options);
  EXPECT_TRUE(a.has_betweenness);
  EXPECT_EQ(a.betweenness, (BetweennessComputed{BetweennessMethod::kSampled, 10, 3, 21}));
  AnalyzeOptions on_three = options;
  on_three.threads = 3;
  EXPECT_EQ(Values(Analyze(g, kDay, on_three)), Values(a));
  // Every vertex a source: exact, and said so.
  const Analysis all = Analyze(g, kDay, {.betweenness = BetweennessMethod::kSampled,
                                         .betweenness_samples = 21});
  EXPECT_EQ(all.betweenness.method, BetweennessMethod::kExact);
  EXPECT_EQ(Values(all), Values(Analyze(g, kDay)));
  // No sources: none.
  EXPECT_EQ(Analyze(g, kDay, {.betweenness = BetweennessMethod::kSampled}).betweenness.method,
            BetweennessMethod::kNone);
}

TEST(AnalyzeBetweenness, AboveTheLimitOnlyWhenAsked) {
  // 10,001 entities (over kMaxBetweennessVertices), e0 - p1 - e1.
  std::vector<std::string> ids;
  for (std::size_t i = 0; i <= kMaxBetweennessVertices; ++i) ids.push_back(absl::StrCat("e", i));  // not "e" + to_string: GCC 12 -O3 -Wrestrict false positive
  const RelationGraph g(SmallNetwork(ids, {{{"e0", kLead}, {"e1", kMember}}}));
  const Analysis left_out = Analyze(g, kDay);
  EXPECT_EQ(left_out.betweenness,
            (BetweennessComputed{BetweennessMethod::kNone, 0, 0, kMaxBetweennessVertices + 2}));
  const Analysis exact = Analyze(g, kDay, {.betweenness = BetweennessMethod::kExact});
  EXPECT_TRUE(exact.has_betweenness);
  EXPECT_EQ(exact.betweenness.method, BetweennessMethod::kExact);
  EXPECT_EQ(exact.entities[0].betweenness, 0.0);  // the pillar carries the one path
}

}  // namespace
}  // namespace netgov::graph
