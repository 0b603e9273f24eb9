// netgov graph: text, JSON and DOT output of the default network.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using testing::RunNetgov;

TEST(GraphCommand, TextAdjacencyList) {
  // On 1 January 2022 UNAIDS's lead of Intersectionality has ended (to
  // 2021-12-31) and ILO's begun; UNESCO's co-chair term (2021) is over and
  // no 2022 holder is recorded, so pillar 8 is led by OHCHR, the permanent
  // co-chair, alone. DPPA, UNDP and UNICEF are only mentioned (a
  // participation, support statements), never given a pillar role.
  const testing::CliResult r = RunNetgov({"graph", "--as-of", "2022-01-01"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Graph as of 2022-01-01: 14 entities, 7 pillars\n\n"
            "1. Leave No One Behind (leave-no-one-behind)\n"
            "  -- osapg (support)\n  -- unhcr (member)\n  -- who (lead)\n"
            "2. Criminal Justice (criminal-justice)\n"
            "  -- unodc (lead)\n"
            "3. Times of Crisis (times-of-crisis)\n"
            "  -- ohchr (lead, provisional)\n  -- osapg (support)\n"
            "4. Intersectionality (intersectionality)\n"
            "  -- ilo (lead)\n"
            "5. Communications (communications)\n"
            "  -- dgc (lead)\n  -- unfpa (lead)\n"
            "6. Knowledge Hub (knowledge-hub)\n"
            "  -- unhcr (lead)\n"
            "8. UN Network on Racial Discrimination and Protection of Minorities "
            "Development Pillar (network-development)\n"
            "  -- ohchr (lead)\n\n"
            "Entities with no role: dppa unaids undp unesco unicef unrwa\n");
}

TEST(GraphCommand, Json) {
  // 14 entities and the 7 launched pillars (not 7, UN Internal Diversity);
  // one edge per role valid on 2021-12-06, as in the pillars table: 12, by
  // pillar number then entity. UNESCO leads pillar 8 through its recorded
  // 2021 co-chair term, hence that edge's dates; OHCHR's permanent seat has
  // none.
  const testing::CliResult r = RunNetgov({"graph", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["as_of"], "2021-12-06");
  std::vector<std::string> nodes;
  for (const auto& n : j["nodes"]) {
    nodes.push_back(n["kind"].get<std::string>() + " " + n["id"].get<std::string>() + " " +
                    (n.contains("number") ? std::to_string(n["number"].get<int>()) + " " : "") +
                    n["label"].get<std::string>());
  }
  EXPECT_THAT(nodes,
              ::testing::ElementsAre(
                  "entity dgc DGC", "entity dppa DPPA", "entity ilo ILO", "entity ohchr OHCHR",
                  "entity osapg OSAPG", "entity unaids UNAIDS", "entity undp UNDP",
                  "entity unesco UNESCO", "entity unfpa UNFPA", "entity unhcr UNHCR",
                  "entity unicef UNICEF", "entity unodc UNODC", "entity unrwa UNRWA",
                  "entity who WHO", "pillar leave-no-one-behind 1 Leave No One Behind",
                  "pillar criminal-justice 2 Criminal Justice",
                  "pillar times-of-crisis 3 Times of Crisis",
                  "pillar intersectionality 4 Intersectionality",
                  "pillar communications 5 Communications", "pillar knowledge-hub 6 Knowledge Hub",
                  "pillar network-development 8 UN Network on Racial Discrimination and "
                  "Protection of Minorities Development Pillar"));
  EXPECT_EQ(j["nodes"][0], nlohmann::json({{"id", "dgc"}, {"kind", "entity"}, {"label", "DGC"}}));
  std::vector<std::string> edges;
  for (const auto& e : j["edges"]) {
    edges.push_back(e["pillar"].get<std::string>() + " " + e["entity"].get<std::string>() + " " +
                    e["role"].get<std::string>() + (e["provisional"].get<bool>() ? "?" : "") +
                    " " + (e["from"].is_null() ? "-" : e["from"].get<std::string>()) + ".." +
                    (e["to"].is_null() ? "-" : e["to"].get<std::string>()));
  }
  EXPECT_THAT(edges, ::testing::ElementsAre(
                         "leave-no-one-behind osapg support -..-",
                         "leave-no-one-behind unhcr member -..-",
                         "leave-no-one-behind who lead -..-", "criminal-justice unodc lead -..-",
                         "times-of-crisis ohchr lead? -..-", "times-of-crisis osapg support -..-",
                         "intersectionality unaids lead -..2021-12-31",
                         "communications dgc lead -..-", "communications unfpa lead -..-",
                         "knowledge-hub unhcr lead -..-", "network-development ohchr lead -..-",
                         "network-development unesco lead 2021-01-01..2021-12-31"));
  EXPECT_EQ(j["edges"][4], nlohmann::json::parse(R"({"entity": "ohchr", "pillar": "times-of-crisis",
      "role": "lead", "provisional": true, "from": null, "to": null})"));
}

TEST(GraphCommand, Dot) {
  // One edge per role valid on 2021-12-06 (the JSON test's edges): leads
  // bold, the provisional lead bold and dashed, supporters dotted, members
  // plain; entities boxed, launched pillars filled ellipses.
  const testing::CliResult r = RunNetgov({"graph", "--format", "dot"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "graph netgov {\n"
            "  label=\"UN Network on Racial Discrimination and Protection of Minorities "
            "(2021-12-06)\";\n"
            "  labelloc=t;\n"
            "  rankdir=LR;\n"
            "  node [fontname=\"Helvetica\"];\n"
            "  edge [fontname=\"Helvetica\", fontsize=10];\n"
            "  subgraph cluster_entities {\n"
            "    label=\"Entities\";\n"
            "    style=rounded;\n"
            "    node [shape=box];\n"
            "    \"entity:dgc\" [label=\"DGC\"];\n"
            "    \"entity:dppa\" [label=\"DPPA\"];\n"
            "    \"entity:ilo\" [label=\"ILO\"];\n"
            "    \"entity:ohchr\" [label=\"OHCHR\"];\n"
            "    \"entity:osapg\" [label=\"OSAPG\"];\n"
            "    \"entity:unaids\" [label=\"UNAIDS\"];\n"
            "    \"entity:undp\" [label=\"UNDP\"];\n"
            "    \"entity:unesco\" [label=\"UNESCO\"];\n"
            "    \"entity:unfpa\" [label=\"UNFPA\"];\n"
            "    \"entity:unhcr\" [label=\"UNHCR\"];\n"
            "    \"entity:unicef\" [label=\"UNICEF\"];\n"
            "    \"entity:unodc\" [label=\"UNODC\"];\n"
            "    \"entity:unrwa\" [label=\"UNRWA\"];\n"
            "    \"entity:who\" [label=\"WHO\"];\n"
            "  }\n"
            "  subgraph cluster_pillars {\n"
            "    label=\"Pillars\";\n"
            "    style=rounded;\n"
            "    node [shape=ellipse, style=filled, fillcolor=\"#dde8f5\"];\n"
            "    \"pillar:leave-no-one-behind\" [label=\"1. Leave No One Behind\"];\n"
            "    \"pillar:criminal-justice\" [label=\"2. Criminal Justice\"];\n"
            "    \"pillar:times-of-crisis\" [label=\"3. Times of Crisis\"];\n"
            "    \"pillar:intersectionality\" [label=\"4. Intersectionality\"];\n"
            "    \"pillar:communications\" [label=\"5. Communications\"];\n"
            "    \"pillar:knowledge-hub\" [label=\"6. Knowledge Hub\"];\n"
            "    \"pillar:network-development\" [label=\"8. UN Network on Racial "
            "Discrimination and Protection of Minorities Development Pillar\"];\n"
            "  }\n"
            "  \"entity:osapg\" -- \"pillar:leave-no-one-behind\" [label=\"support\", style=\"dotted\"];\n"
            "  \"entity:unhcr\" -- \"pillar:leave-no-one-behind\" [label=\"member\"];\n"
            "  \"entity:who\" -- \"pillar:leave-no-one-behind\" [label=\"lead\", style=\"bold\"];\n"
            "  \"entity:unodc\" -- \"pillar:criminal-justice\" [label=\"lead\", style=\"bold\"];\n"
            "  \"entity:ohchr\" -- \"pillar:times-of-crisis\" [label=\"lead (provisional)\", style=\"bold,dashed\"];\n"
            "  \"entity:osapg\" -- \"pillar:times-of-crisis\" [label=\"support\", style=\"dotted\"];\n"
            "  \"entity:unaids\" -- \"pillar:intersectionality\" [label=\"lead\", style=\"bold\"];\n"
            "  \"entity:dgc\" -- \"pillar:communications\" [label=\"lead\", style=\"bold\"];\n"
            "  \"entity:unfpa\" -- \"pillar:communications\" [label=\"lead\", style=\"bold\"];\n"
            "  \"entity:unhcr\" -- \"pillar:knowledge-hub\" [label=\"lead\", style=\"bold\"];\n"
            "  \"entity:ohchr\" -- \"pillar:network-development\" [label=\"lead\", style=\"bold\"];\n"
            "  \"entity:unesco\" -- \"pillar:network-development\" [label=\"lead\", style=\"bold\"];\n"
            "}\n");
}

TEST(GraphCommand, UnknownFormatExits2) {
  const testing::CliResult r = RunNetgov({"graph", "--format", "svg"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov graph: unknown format 'svg'; expected text, json, dot\n");
}

}  // namespace
}  // namespace netgov::cli
