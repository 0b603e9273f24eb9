#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "src/cli/cli.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using ::testing::HasSubstr;


TEST(BriefCommand, JsonHasTheContractKeys) {
  const nlohmann::json doc = nlohmann::json::parse(testing::RunNetgovOk({"brief", "--format", "json"}));
  for (const char* key : {"as_of", "network", "co_chairs", "pillars", "commitments",
                          "deadlines", "rotation", "diagnostics"}) {
    EXPECT_TRUE(doc.contains(key)) << key;
  }
  EXPECT_EQ(doc.at("as_of"), "2021-12-06");
  EXPECT_EQ(doc.at("network").at("id"), "un-network-rdpm");
}

TEST(BriefCommand, CommitmentsWithOsapgPositions) {
  const nlohmann::json doc = nlohmann::json::parse(testing::RunNetgovOk({"brief", "--format", "json"}));
  const nlohmann::json& commitments = doc.at("commitments");
  ASSERT_EQ(commitments.size(), 5u);
  std::vector<std::string> lines;
  for (const auto& c : commitments) {
    ASSERT_EQ(c.at("positions").size(), 1u);
    lines.push_back(std::to_string(c.at("number").get<int>()) + " " +
                    c.at("status").get<std::string>() + " " +
                    c.at("positions").at(0).at("entity").get<std::string>() + ":" +
                    c.at("positions").at(0).at("stance").get<std::string>());
  }
  EXPECT_THAT(lines, ::testing::ElementsAre("1 adopted osapg:partially", "2 adopted osapg:partially",
                                            "3 adopted osapg:considering",
                                            "4 adopted osapg:endorses", "5 adopted osapg:endorses"));
}

TEST(BriefCommand, TextNamesEverySection) {
  const std::string text = testing::RunNetgovOk({"brief"});
  EXPECT_THAT(text, ::testing::StartsWith(
                        "UN Network on Racial Discrimination and Protection of Minorities\n"
                        "Briefing as of 2021-12-06\n"));
  for (const char* heading :
       {"\nCO-CHAIRS IN EFFECT\n",
        "\nPILLARS (8: 1 with only a provisional lead, 0 without a lead, 1 not launched)\n",
        "\nCOMMITMENTS (5) AND STATED POSITIONS\n", "\nDEADLINES\n", "\nROTATION OUTLOOK\n",
        "\nDIAGNOSTICS\n"}) {
    EXPECT_THAT(text, HasSubstr(heading));
  }
  EXPECT_THAT(text, HasSubstr("  3  Times of Crisis          OHCHR (provisional)  -        OSAPG"
                              "    provisional lead only\n"));
  EXPECT_THAT(text, HasSubstr("       OSAPG: considering - May consider taking the lead of"));
}

TEST(BriefCommand, DefaultsToToday) {
  // Without --as-of the date passed as "today" is used.
  const nlohmann::json doc = nlohmann::json::parse(
      testing::RunNetgovOk({"brief", "--format", "json"}, Date(2022, 1, 1)));
  EXPECT_EQ(doc.at("as_of"), "2022-01-01");
}

}  // namespace
}  // namespace netgov::cli
