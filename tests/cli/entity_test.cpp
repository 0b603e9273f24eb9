#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "src/cli/cli.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using Result = testing::CliResult;

using testing::RunNetgov;

TEST(EntityCommand, OsapgJson) {
  const Result r = RunNetgov({"entity", "osapg", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc.at("entity"), "osapg");
  EXPECT_EQ(doc.at("acronym"), "OSAPG");
  EXPECT_EQ(doc.at("name"), "Office of the Special Adviser on the Prevention of Genocide");
  ASSERT_EQ(doc.at("roles").size(), 2u);
  for (const auto& role : doc.at("roles")) {
    for (const char* key : {"pillar", "role", "provisional", "from", "to"}) {
      EXPECT_TRUE(role.contains(key)) << key;
    }
    EXPECT_EQ(role.at("role"), "support");
    EXPECT_EQ(role.at("provisional"), false);
    EXPECT_TRUE(role.at("from").is_null());
    EXPECT_TRUE(role.at("to").is_null());
  }
  EXPECT_EQ(doc.at("roles").at(0).at("pillar"), "leave-no-one-behind");
  EXPECT_EQ(doc.at("roles").at(1).at("pillar"), "times-of-crisis");
  std::vector<std::string> stances;
  for (const auto& p : doc.at("positions")) stances.push_back(p.at("stance"));
  EXPECT_THAT(stances, ::testing::ElementsAre("partially", "partially", "considering",
                                              "endorses", "endorses"));
  EXPECT_EQ(doc.at("posts").at(0).at("name"), "Martin Ejidike");
  EXPECT_EQ(doc.at("posts").at(0).at("title"), "Senior Political Affairs Officer");
}

TEST(EntityCommand, IloLeadsIntersectionalityFrom2022) {
  const Result r = RunNetgov({"entity", "ILO", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  const nlohmann::json& role = doc.at("roles").at(0);
  EXPECT_EQ(role.at("pillar"), "intersectionality");
  EXPECT_EQ(role.at("role"), "lead");
  EXPECT_EQ(role.at("from"), "2022-01-01");
  EXPECT_EQ(role.at("current"), false);
}

TEST(EntityCommand, UnescoHoldsTheRecordedRotatingSeatOf2021) {
  const Result r = RunNetgov({"entity", "unesco", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc.at("seats").size(), 1u);
  EXPECT_EQ(doc.at("seats").at(0).at("rotation"), "co-chair");
  EXPECT_EQ(doc.at("seats").at(0).at("seat"), "rotating");
  EXPECT_EQ(doc.at("seats").at(0).at("start"), "2021-01-01");
  EXPECT_EQ(doc.at("seats").at(0).at("end"), "2021-12-31");
}

TEST(EntityCommand, TextByAlias) {
  const Result r = RunNetgov({"entity", "UN Human Rights"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, ::testing::StartsWith(
                         "OHCHR: Office of the United Nations High Commissioner for Human "
                         "Rights (ohchr)\n  kind office, time zone Europe/Zurich, a member on "
                         "2021-12-06\n  also known as UN Human Rights\n"));
  EXPECT_THAT(r.out, ::testing::HasSubstr("Seats (recorded)\n  ROTATION  SEAT       TERM\n"
                                          "  co-chair  permanent  every term\n"));
}

TEST(EntityCommand, UnknownEntitySuggestsTheClosest) {
  const Result r = RunNetgov({"entity", "unhcrr"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "netgov entity: unknown entity 'unhcrr'; did you mean 'unhcr'?\n");
}

TEST(EntityCommand, MissingId) {
  const Result r = RunNetgov({"entity"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov entity: missing entity; usage: netgov entity ID (an id, acronym or "
            "alias)\n");
}

}  // namespace
}  // namespace netgov::cli
