// netgov generate: deterministic, loadable, and bounded.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/graph/analysis.hpp"
#include "netgov/io/generate.hpp"
#include "netgov/io/json.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using testing::RunNetgov;

TEST(GenerateCommand, SameSeedSameBytes) {
  const std::vector<std::string> args = {"generate", "--entities", "40", "--pillars",
                                         "6", "--seed", "7"};
  const testing::CliResult a = RunNetgov(args);
  const testing::CliResult b = RunNetgov(args);
  ASSERT_EQ(a.code, 0) << a.err;
  EXPECT_EQ(a.out, b.out);
  const testing::CliResult c =
      RunNetgov({"generate", "--entities", "40", "--pillars", "6", "--seed", "8"});
  EXPECT_NE(a.out, c.out);
}

TEST(GenerateCommand, OutputLoadsAsTheGeneratedNetwork) {
  const testing::CliResult r =
      RunNetgov({"generate", "--entities", "25", "--pillars", "5", "--seed", "3"});
  ASSERT_EQ(r.code, 0) << r.err;
  absl::StatusOr<Network> loaded = io::LoadNetwork(r.out, "generated.json");
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  absl::StatusOr<Network> built = io::GenerateNetwork({25, 5, 3});
  ASSERT_TRUE(built.ok()) << built.status();
  EXPECT_EQ(io::WriteNetwork(*loaded), r.out);
  EXPECT_TRUE(*loaded == *built);
  EXPECT_EQ(loaded->entities().size(), 25u);
  EXPECT_EQ(loaded->pillars().size(), 5u);
  EXPECT_EQ(loaded->rotations()[0].order.rule, OrderRuleKind::kAlphabetical);
  // Every entity in the analysis; the tenth pillar would be unlaunched.
  EXPECT_EQ(graph::Analyze(graph::RelationGraph(*loaded), Date(2021, 12, 6)).entities.size(), 25u);
}

TEST(GenerateCommand, OneEntityOnePillar) {
  absl::StatusOr<Network> net = io::GenerateNetwork({1, 1, 0});
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->pillars()[0].roles.size(), 1u);
}

TEST(GenerateCommand, OutOfRangeExits2) {
  testing::CliResult r = RunNetgov({"generate", "--entities", "0"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov generate: --entities: '0' is not a whole number from 1 to 1000000\n");
  r = RunNetgov({"generate", "--pillars", "x"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov generate: --pillars: 'x' is not a whole number from 1 to 100000\n");
}

}  // namespace
}  // namespace netgov::cli
