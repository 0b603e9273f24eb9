// Betweenness on several threads (netgov/graph/brandes.hpp), itself called
// from several threads at once on one shared graph: every call, whatever its
// thread count, gives the same doubles as one thread alone. Run under
// ThreadSanitizer by the tsan preset (label `threads`): the worker threads
// share nothing mutable, so any race fails there.
#include <cstddef>
#include <latch>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "netgov/graph/analysis.hpp"
#include "netgov/graph/brandes.hpp"
#include "netgov/io/generate.hpp"

namespace netgov {
namespace {

TEST(Threads, BetweennessIsTheSameOnAnyThreadCountAndFromConcurrentCallers) {
  // 600 entities and 60 pillars: 660 vertices, three blocks of sources.
  const absl::StatusOr<Network> net = io::GenerateNetwork({600, 60, 42});
  ASSERT_TRUE(net.ok()) << net.status();
  const graph::RelationGraph g(*net);
  const Date day(2021, 12, 6);
  const graph::CsrGraph csr = graph::CsrGraph::FromGraph(g.AsOf(day));
  ASSERT_GT(csr.size(), 2 * graph::kSourcesPerBlock);
  const std::vector<double> exact = graph::BrandesBetweenness(csr, {.threads = 1});
  const std::vector<double> sampled =
      graph::BrandesBetweenness(csr, {.threads = 1, .samples = 300, .seed = 5});
  const int counts[] = {1, 2, 3, 8};
  constexpr std::size_t kCallers = 4;
  std::vector<std::vector<double>> got_exact(kCallers), got_sampled(kCallers);
  std::vector<std::vector<double>> got_analysis(kCallers);
  {
    std::latch start(kCallers);
    std::vector<std::jthread> callers;
    for (std::size_t c = 0; c < kCallers; ++c) {
      callers.emplace_back([&, c] {
        start.arrive_and_wait();
        const int threads = counts[c];
        got_exact[c] = graph::BrandesBetweenness(csr, {.threads = threads});
        got_sampled[c] =
            graph::BrandesBetweenness(csr, {.threads = threads, .samples = 300, .seed = 5});
        const graph::Analysis a = graph::Analyze(g, day, {.threads = threads});
        for (const graph::EntityLoad& e : a.entities) got_analysis[c].push_back(e.betweenness);
      });
    }
  }
  for (std::size_t c = 0; c < kCallers; ++c) {
    EXPECT_EQ(got_exact[c], exact) << counts[c] << " threads";
    EXPECT_EQ(got_sampled[c], sampled) << counts[c] << " threads";
    EXPECT_EQ(got_analysis[c], got_analysis[0]) << counts[c] << " threads";
  }
  ASSERT_EQ(got_analysis[0].size(), 600u);
}

}  // namespace
}  // namespace netgov
