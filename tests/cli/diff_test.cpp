// netgov diff: the hand-over of 1 January 2022 in the default network.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using testing::RunNetgov;

TEST(DiffCommand, AcrossTheNewYear) {
  const testing::CliResult r = RunNetgov({"diff", "--from", "2021-12-06", "--to", "2022-01-01"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Changes after 2021-12-06 up to 2022-01-01\n\n"
            "Roles started\n"
            "  date        pillar             entity  role\n"
            "  2022-01-01  intersectionality  ILO     lead\n\n"
            "Roles ended (last day)\n"
            "  date        pillar               entity  role\n"
            "  2021-12-31  intersectionality    UNAIDS  lead\n"
            "  2021-12-31  network-development  UNESCO  lead\n\n"
            "Pillars launched\n  (none)\n\n"
            "Seats changed\n  (none)\n\n"
            "Deadlines passed\n"
            "  date        deadline                      title\n"
            "  2021-12-21  co-chair-2022-call            Open call for 2022 rotating co-chair "
            "closes\n"
            "  2022-01-01  ilo-intersectionality-lead    ILO becomes lead of the "
            "Intersectionality pillar\n"
            // "for 2022": the year, as stated.
            "  2022        unhcr-capacity-building-2022  UNHCR chairs the Pillar on "
            "capacity-building for 2022\n");
}

TEST(DiffCommand, JsonFromBeforeTheWorkPlan) {
  const testing::CliResult r = RunNetgov(
      {"diff", "--from", "2020-12-31", "--to", "2021-01-01", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["from"], "2020-12-31");
  // The Work Plan for 2021-2025 launches every pillar but UN Internal
  // Diversity (launched on a condition, not a date) on 1 January 2021.
  std::vector<std::string> launched;
  for (const auto& p : j["pillars_launched"]) {
    launched.push_back(p["date"].get<std::string>() + " " + p["pillar"].get<std::string>());
  }
  EXPECT_THAT(launched, ::testing::ElementsAre(
                            "2021-01-01 leave-no-one-behind", "2021-01-01 criminal-justice",
                            "2021-01-01 times-of-crisis", "2021-01-01 intersectionality",
                            "2021-01-01 communications", "2021-01-01 knowledge-hub",
                            "2021-01-01 network-development"));
  EXPECT_EQ(j["pillars_launched"][0],
            nlohmann::json({{"pillar", "leave-no-one-behind"}, {"date", "2021-01-01"}}));
  EXPECT_EQ(j["to"], "2021-01-01");
  EXPECT_EQ(j["roles_ended"], nlohmann::json::array());
  EXPECT_EQ(j["seats_changed"],
            nlohmann::json::parse(R"([{"rotation": "co-chair", "before": ["ohchr"],
                                       "after": ["ohchr", "unesco"]}])"));
  // UNESCO leads pillar 8 as a co-chair ("OHCHR and UNESCO Co-Chairs Pillar
  // Leads"): its lead starts with its seat, as the seat change above says.
  EXPECT_EQ(j["roles_started"],
            nlohmann::json::parse(R"([{"date": "2021-01-01", "pillar": "network-development",
                                       "entity": "unesco", "role": "lead",
                                       "provisional": false}])"));
  EXPECT_EQ(j["deadlines_passed"], nlohmann::json::array());
}

TEST(DiffCommand, OneEntity) {
  const testing::CliResult r = RunNetgov(
      {"diff", "--from", "2021-12-06", "--to", "2022-01-01", "--entity", "ILO", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["roles_started"],
            nlohmann::json::parse(R"([{"date": "2022-01-01", "pillar": "intersectionality",
                                       "entity": "ilo", "role": "lead", "provisional": false}])"));
  EXPECT_EQ(j["roles_ended"], nlohmann::json::array());
}

TEST(DiffCommand, BadInputExits2) {
  testing::CliResult r = RunNetgov({"diff"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov diff: --from DATE is required (usage: netgov diff --from DATE "
            "[--to DATE])\n");
  r = RunNetgov({"diff", "--from", "2021-13-01"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov diff: --from: '2021-13-01': month 13 does not exist\n");
  r = RunNetgov({"diff", "--from", "2022-01-02", "--to", "2022-01-01"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov diff: --from 2022-01-02 is after --to 2022-01-01\n");
  r = RunNetgov({"diff", "--from", "2021-01-01", "--entity", "unhcrr"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov diff: unknown entity 'unhcrr'; did you mean 'unhcr'?\n");
}

}  // namespace
}  // namespace netgov::cli
