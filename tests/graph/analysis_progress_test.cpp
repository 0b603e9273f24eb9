// AnalyzeOptions::progress: each step of Analyze() is reported as a stage of
// one unit, in order, and listening does not change the analysis.
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/graph/analysis.hpp"
#include "netgov/io/default_network.hpp"

namespace netgov::graph {
namespace {

using ::testing::ElementsAre;

TEST(AnalysisProgress, ReportsEachStepInOrder) {
  const RelationGraph g(io::DefaultNetwork());
  std::vector<std::string> calls;
  const Analysis heard = Analyze(
      g, Date(2021, 12, 6),
      {.progress = [&](std::string_view stage, std::int64_t done, std::int64_t total) {
        calls.push_back(absl::StrCat(ToAbsl(stage), " ", done, "/", total));
      }});
  EXPECT_THAT(calls, ElementsAre("betweenness 0/1", "betweenness 1/1", "workload 0/1",
                                 "workload 1/1", "projection 0/1", "projection 1/1",
                                 "articulation points 0/1", "articulation points 1/1"));
  const Analysis quiet = Analyze(g, Date(2021, 12, 6));
  EXPECT_EQ(heard.entities, quiet.entities);
  EXPECT_EQ(heard.projection, quiet.projection);
  EXPECT_EQ(heard.articulation_points, quiet.articulation_points);
}

}  // namespace
}  // namespace netgov::graph
