// netgov analyze: exact output on the default network, JSON shape, bad input.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using testing::RunNetgov;

TEST(AnalyzeCommand, TextOnTheDefaultNetwork) {
  const testing::CliResult r = RunNetgov(
      {"analyze", "--from-entity", "who", "--to-entity", "UNESCO", "--leave", "ohchr"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "Analysis as of 2021-12-06\n\n"
            "Entities (by id)\n"
            "  entity  leads  roles  betweenness\n"
            "  dgc     1      1      0\n"
            "  dppa    0      0      0\n"
            "  ilo     0      0      0\n"
            "  ohchr   2      2      12\n"
            "  osapg   0      2      16\n"
            "  unaids  1      1      0\n"
            "  undp    0      0      0\n"
            "  unesco  1      1      0\n"
            "  unfpa   1      1      0\n"
            "  unhcr   1      2      7\n"
            "  unicef  0      0      0\n"
            "  unodc   1      1      0\n"
            "  unrwa   0      0      0\n"
            "  who     1      1      0\n\n"
            "Co-membership (pairs sharing pillars, by a then b)\n"
            "  a      b       shared\n"
            "  dgc    unfpa   1\n"
            "  ohchr  osapg   1\n"
            "  ohchr  unesco  1\n"
            "  osapg  unhcr   1\n"
            "  osapg  who     1\n"
            "  unhcr  who     1\n\n"
            "Articulation points: ohchr, osapg, unhcr\n"
            "Pillars without a lead: (none)\n"
            "Pillars led only provisionally: times-of-crisis\n"
            "Entities without a role: dppa, ilo, undp, unicef, unrwa\n\n"
            "Path from who to UNESCO: who -> leave-no-one-behind -> osapg -> "
            "times-of-crisis -> ohchr -> network-development -> unesco\n\n"
            "If ohchr leaves\n"
            "  pillars losing their lead: times-of-crisis\n"
            "  entities cut off: unesco\n");
}

TEST(AnalyzeCommand, JsonOn1January2022) {
  const testing::CliResult r =
      RunNetgov({"analyze", "--as-of", "2022-01-01", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["as_of"], "2022-01-01");
  EXPECT_EQ(j["articulation_points"], nlohmann::json({"ohchr", "osapg", "unhcr"}));
  EXPECT_EQ(j["unled_pillars"], nlohmann::json::array());
  EXPECT_EQ(j["provisional_pillars"], nlohmann::json({"times-of-crisis"}));
  EXPECT_EQ(j["entities_without_role"],
            nlohmann::json({"dppa", "unaids", "undp", "unesco", "unicef", "unrwa"}));
  EXPECT_EQ(j["entities"][4], nlohmann::json({{"entity", "osapg"}, {"leads", 0},
                                              {"roles", 2}, {"betweenness", 12.0}}));
  EXPECT_EQ(j["projection"][0], nlohmann::json({{"a", "dgc"}, {"b", "unfpa"}, {"shared", 1}}));
  EXPECT_EQ(j["projection"].size(), 5u);
  EXPECT_FALSE(j.contains("path"));
}

TEST(AnalyzeCommand, UnknownEntityOrDateExits2) {
  testing::CliResult r = RunNetgov({"analyze", "--leave", "unhcrr"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov analyze: unknown entity 'unhcrr'; did you mean 'unhcr'?\n");
  r = RunNetgov({"analyze", "--from-entity", "who", "--to-entity", "nobody"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov analyze: unknown entity 'nobody'\n");
  r = RunNetgov({"analyze", "--from-entity", "who"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov analyze: --from-entity and --to-entity go together (the two "
            "ends of a path)\n");
  r = RunNetgov({"analyze", "--as-of", "2021-02-30"});
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.err, ::testing::StartsWith("netgov: --as-of: "));
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace netgov::cli
