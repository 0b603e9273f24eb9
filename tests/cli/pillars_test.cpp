#include <sstream>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "src/cli/cli.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {


TEST(PillarsCommand, TextTableOnTheDayOfTheMeeting) {
  EXPECT_EQ(
      testing::RunNetgovOk({"pillars"}),
      "Pillars of UN Network on Racial Discrimination and Protection of Minorities as of "
      "2021-12-06\n"
      "\n"
      "  #  PILLAR                                                                               "
      "LEADS                MEMBERS  SUPPORT  STATUS\n"
      "  1  Leave No One Behind                                                                  "
      "WHO                  UNHCR    OSAPG    led\n"
      "  2  Criminal Justice                                                                     "
      "UNODC                -        -        led\n"
      "  3  Times of Crisis                                                                      "
      "OHCHR (provisional)  -        OSAPG    provisional lead only\n"
      "  4  Intersectionality                                                                    "
      "UNAIDS               -        -        led\n"
      "  5  Communications                                                                       "
      "DGC, UNFPA           -        -        led\n"
      "  6  Knowledge Hub                                                                        "
      "UNHCR                -        -        led\n"
      "  7  UN Internal Diversity                                                                "
      "-                    -        -        not launched: Conclusion of the work of the "
      "Secretary-General's Task Force on Addressing Racism at the UN\n"
      "  8  UN Network on Racial Discrimination and Protection of Minorities Development Pillar  "
      "OHCHR, UNESCO        -        -        led\n");
}

// "[leadership] leads | members | supporters" for each pillar, from the JSON.
std::vector<std::string> Summary(const std::string& json_text) {
  const nlohmann::json doc = nlohmann::json::parse(json_text);
  std::vector<std::string> out;
  for (const auto& p : doc.at("pillars")) {
    // absl::StrAppend, not "x" + std::string: GCC 12 at -O3 reports a false
    // -Wrestrict inside libstdc++ for a literal plus a temporary string.
    std::string line = absl::StrCat(p.at("number").get<int>(), " ",
                                    p.at("id").get<std::string>(), " [",
                                    p.at("leadership").get<std::string>(), "]",
                                    p.at("launched").get<bool>() ? "" : " not-launched");
    for (const auto& lead : p.at("leads")) {
      absl::StrAppend(&line, " ", lead.at("entity").get<std::string>(),
                      lead.at("provisional").get<bool>() ? "?" : "");
    }
    absl::StrAppend(&line, " |");
    for (const auto& m : p.at("members")) absl::StrAppend(&line, " ", m.get<std::string>());
    absl::StrAppend(&line, " |");
    for (const auto& s : p.at("supporters")) absl::StrAppend(&line, " ", s.get<std::string>());
    out.push_back(line);
  }
  return out;
}

TEST(PillarsCommand, JsonOnTheDayOfTheMeeting) {
  EXPECT_THAT(Summary(testing::RunNetgovOk({"pillars", "--format", "json"})),
              ::testing::ElementsAre(
                  "1 leave-no-one-behind [led] who | unhcr | osapg",
                  "2 criminal-justice [led] unodc | |",
                  "3 times-of-crisis [provisional] ohchr? | | osapg",
                  "4 intersectionality [led] unaids | |",
                  "5 communications [led] dgc unfpa | |",
                  "6 knowledge-hub [led] unhcr | |",
                  "7 un-internal-diversity [not-launched] not-launched | |",
                  "8 network-development [led] ohchr unesco | |"));
}

TEST(PillarsCommand, JsonOnTheFirstOfJanuary2022) {
  EXPECT_THAT(Summary(testing::RunNetgovOk({"--as-of", "2022-01-01", "pillars", "--format", "json"})),
              ::testing::ElementsAre(
                  "1 leave-no-one-behind [led] who | unhcr | osapg",
                  "2 criminal-justice [led] unodc | |",
                  "3 times-of-crisis [provisional] ohchr? | | osapg",
                  "4 intersectionality [led] ilo | |",
                  "5 communications [led] dgc unfpa | |",
                  "6 knowledge-hub [led] unhcr | |",
                  "7 un-internal-diversity [not-launched] not-launched | |",
                  "8 network-development [led] ohchr | |"));
}

TEST(PillarsCommand, JsonItemsOnTheDayOfTheMeeting) {
  // Every key of a launched pillar and of one that is not: the summary above
  // reads most of them, these are the whole items. UNHCR's undated role in
  // LNOB ("will step up their role for the LNOB pillar") is a member's.
  const nlohmann::json doc = nlohmann::json::parse(testing::RunNetgovOk({"pillars", "--format", "json"}));
  EXPECT_EQ(doc.at("as_of"), "2021-12-06");
  EXPECT_EQ(doc.at("pillars").at(0), nlohmann::json::parse(R"({"id": "leave-no-one-behind",
      "number": 1, "name": "Leave No One Behind", "launched": true, "leadership": "led",
      "leads": [{"entity": "who", "provisional": false}], "members": ["unhcr"],
      "supporters": ["osapg"]})"));
  EXPECT_EQ(doc.at("pillars").at(6), nlohmann::json::parse(R"({"id": "un-internal-diversity",
      "number": 7, "name": "UN Internal Diversity", "launched": false,
      "launch_condition": "Conclusion of the work of the Secretary-General's Task Force on Addressing Racism at the UN",
      "leadership": "not-launched", "leads": [], "members": [], "supporters": []})"));
}

}  // namespace
}  // namespace netgov::cli
