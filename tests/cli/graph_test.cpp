// netgov graph: text, JSON and DOT output of the default network.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using testing::RunNetgov;
using ::testing::HasSubstr;
using ::testing::StartsWith;

TEST(GraphCommand, TextAdjacencyList) {
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
  const testing::CliResult r = RunNetgov({"graph", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["nodes"].size(), 21u);
  EXPECT_EQ(j["nodes"][0], nlohmann::json({{"id", "dgc"}, {"kind", "entity"}, {"label", "DGC"}}));
  EXPECT_EQ(j["edges"].size(), 12u);
  EXPECT_EQ(j["edges"][4], nlohmann::json::parse(R"({"entity": "ohchr", "pillar": "times-of-crisis",
      "role": "lead", "provisional": true, "from": null, "to": null})"));
}

TEST(GraphCommand, Dot) {
  const testing::CliResult r = RunNetgov({"graph", "--format", "dot"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, StartsWith("graph netgov {\n"));
  EXPECT_THAT(r.out, HasSubstr("  \"entity:ohchr\" -- \"pillar:times-of-crisis\" "
                               "[label=\"lead (provisional)\", style=\"bold,dashed\"];\n"));
  EXPECT_THAT(r.out, HasSubstr("    \"pillar:knowledge-hub\" [label=\"6. Knowledge Hub\"];\n"));
}

TEST(GraphCommand, UnknownFormatExits2) {
  const testing::CliResult r = RunNetgov({"graph", "--format", "svg"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov graph: unknown format 'svg'; expected text, json, dot\n");
}

}  // namespace
}  // namespace netgov::cli
