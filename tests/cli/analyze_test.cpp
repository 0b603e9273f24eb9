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
  // On 1 January 2022 UNAIDS's lead has ended and UNESCO's 2021 co-chair
  // term with it; DPPA, UNDP and UNICEF never hold a pillar role.
  EXPECT_EQ(j["entities_without_role"],
            nlohmann::json({"dppa", "unaids", "undp", "unesco", "unicef", "unrwa"}));
  // The launched pillars' roles form one tree of 8 vertices, LNOB - {who,
  // osapg, unhcr}, unhcr - Knowledge Hub, osapg - Times of Crisis - ohchr -
  // Development (OHCHR alone: no 2022 co-chair recorded), and three pieces:
  // Criminal Justice - unodc, Intersectionality - ilo, Communications - {dgc,
  // unfpa}. In a tree a vertex's betweenness is the number of pairs it
  // separates: osapg 4 x 3 = 12 ({LNOB, who, unhcr, KH} from {ToC, ohchr,
  // Development}), ohchr 1 x 6 = 6 (Development from the other 6), unhcr
  // 1 x 6 = 6 (Knowledge Hub from the other 6).
  std::vector<std::string> entities;
  for (const auto& e : j["entities"]) {
    entities.push_back(e["entity"].get<std::string>() + " " +
                       std::to_string(e["leads"].get<int>()) + " " +
                       std::to_string(e["roles"].get<int>()) + " " +
                       std::to_string(e["betweenness"].get<double>()));
  }
  EXPECT_THAT(entities, ::testing::ElementsAre(
                            "dgc 1 1 0.000000", "dppa 0 0 0.000000", "ilo 1 1 0.000000",
                            "ohchr 2 2 6.000000", "osapg 0 2 12.000000", "unaids 0 0 0.000000",
                            "undp 0 0 0.000000", "unesco 0 0 0.000000", "unfpa 1 1 0.000000",
                            "unhcr 1 2 6.000000", "unicef 0 0 0.000000", "unodc 1 1 0.000000",
                            "unrwa 0 0 0.000000", "who 1 1 0.000000"));
  EXPECT_EQ(j["entities"][4], nlohmann::json({{"entity", "osapg"}, {"leads", 0},
                                              {"roles", 2}, {"betweenness", 12.0}}));
  // Pairs of entities sharing a pillar, by a then b: 3 in LNOB, 1 in Times
  // of Crisis, 1 in Communications; the other pillars have one entity.
  std::vector<std::string> pairs;
  for (const auto& p : j["projection"]) {
    pairs.push_back(p["a"].get<std::string>() + "-" + p["b"].get<std::string>() + " " +
                    std::to_string(p["shared"].get<int>()));
  }
  EXPECT_THAT(pairs, ::testing::ElementsAre("dgc-unfpa 1", "ohchr-osapg 1", "osapg-unhcr 1",
                                            "osapg-who 1", "unhcr-who 1"));
  // No path or what-if without their options.
  std::vector<std::string> keys;
  for (const auto& [key, value] : j.items()) keys.push_back(key);
  EXPECT_THAT(keys, ::testing::ElementsAre("articulation_points", "as_of", "entities",
                                           "entities_without_role", "projection",
                                           "provisional_pillars", "unled_pillars"));
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
  EXPECT_EQ(r.err, "netgov: --as-of: '2021-02-30' does not exist: February 2021 has 28 days\n");
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace netgov::cli
