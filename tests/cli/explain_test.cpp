// netgov explain: the answer as of a date and the facts it rests on, each
// with its JSON pointer and its quote or basis; netgov validate
// --require-provenance on the default network.
#include <fstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using ::testing::HasSubstr;
using testing::RunNetgov;

TEST(ExplainCommand, PillarLeadAfterTheHandOver) {
  const testing::CliResult r =
      RunNetgov({"explain", "pillar", "intersectionality", "--on", "2022-01-01"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, ::testing::StartsWith(
                         "pillar intersectionality as of 2022-01-01:\n"
                         "  launched on 2021-01-01\n"
                         "  lead: ILO\n\n"
                         "rests on:\n"
                         "/pillars/3  pillar 4 intersectionality: Intersectionality\n"
                         "  source: \"(4) Intersectionality: ILO (effective 1 January 2022)\"\n"
                         "/pillars/3/launch  intersectionality is launched on 2021-01-01\n"
                         "  basis: assumed\n"));
  EXPECT_THAT(r.out, HasSubstr("/pillars/3/roles/1  ilo is lead of intersectionality "
                               "(2022-01-01..)\n"
                               "  source: \"(4) Intersectionality: ILO (effective 1 January "
                               "2022)\"\n"));
  EXPECT_THAT(r.out, ::testing::Not(HasSubstr("unaids")));  // ended 2021-12-31
}

TEST(ExplainCommand, RotationTermRestsOnAnInferredRule) {
  const testing::CliResult r = RunNetgov(
      {"explain", "rotation", "co-chair", "--on", "2022-06-01", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["subject"], nlohmann::json({{"kind", "rotation"}, {"id", "co-chair"}}));
  EXPECT_EQ(j["as_of"], "2022-06-01");
  EXPECT_EQ(j["answer"],
            nlohmann::json({"term 2022-01-01..2022-12-31: OHCHR, UNESCO (fallback: fallback "
                            "request-incumbent: 2nd consecutive term, requested, not "
                            "confirmed)"}));
  std::vector<std::string> pointers;
  for (const auto& f : j["facts"]) pointers.push_back(f["pointer"]);
  EXPECT_THAT(pointers, ::testing::ElementsAre("/rotations/0", "/rotations/0/max_consecutive_terms",
                                               "/rotations/0/history/0", "/rotations/0/calls/0"));
  EXPECT_EQ(j["facts"][1]["basis"], "inferred");
  EXPECT_EQ(j["facts"][1]["source"], "stay on for a second year");
  EXPECT_EQ(j["facts"][3]["note"], nullptr);
}

TEST(ExplainCommand, CommitmentSaysOthersAreNotRecorded) {
  const testing::CliResult r = RunNetgov({"explain", "commitment", "3"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, ::testing::StartsWith("commitment c3 as of 2021-12-06:\n"
                                           "  status: adopted at senior-2021-12-06\n"
                                           "  OSAPG: considering\n"
                                           "  any other entity: not-recorded\n"));
  EXPECT_THAT(r.out, HasSubstr("/commitments/2/positions/0  osapg considering c3\n"));
}

TEST(ExplainCommand, DeadlineOfAYear) {
  const testing::CliResult r = RunNetgov({"explain", "deadline", "unhcr-capacity-building-2022"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("  stated: 2022 (the year)\n"
                               "  date: 2022-01-01 (unadjusted, calendar un-new-york)\n"));
  EXPECT_THAT(r.out, HasSubstr("/calendars/0  calendar un-new-york: 19 holidays\n"
                               "  basis: external\n"));
}

TEST(ExplainCommand, BadArgumentsExit2) {
  testing::CliResult r = RunNetgov({"explain", "thing", "x"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov explain: unknown kind 'thing'; expected pillar, entity, rotation, "
                   "commitment or deadline\n");
  r = RunNetgov({"explain", "entity", "unhcrr"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov explain: unknown entity 'unhcrr'; did you mean 'unhcr'?\n");
  r = RunNetgov({"explain", "pillar"});
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.err, HasSubstr("expected KIND ID"));
}

TEST(ValidateCommand, DefaultNetworkPassesRequireProvenance) {
  const testing::CliResult r = RunNetgov({"validate", "--require-provenance"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, ::testing::Not(HasSubstr("neither a source nor a basis")));
  EXPECT_THAT(r.out, HasSubstr("0 errors, 4 warnings, 7 notes\n"));
}

TEST(ValidateCommand, RequireProvenanceWarnsForEachBareFact) {
  const std::string path = ::testing::TempDir() + "bare.netgov.json";
  {
    std::ofstream(path) << R"({"format": "netgov/1", "network": {"id": "n", "source": "N"},
        "entities": [{"id": "a"}, {"id": "b", "basis": "external", "note": "from b.example"}],
        "pillars": [{"id": "p", "number": 1, "roles": [{"entity": "b", "role": "lead", "source": "B leads"}]}]})";
  }
  testing::CliResult r = RunNetgov({"validate", path});
  EXPECT_EQ(r.code, 0);
  EXPECT_THAT(r.out, HasSubstr("note      /            2 facts state neither a source nor "
                               "a basis (the first: /entities/0); --require-provenance lists "
                               "each\n"));
  r = RunNetgov({"validate", path, "--require-provenance"});
  EXPECT_EQ(r.code, 0);
  EXPECT_THAT(r.out, HasSubstr("warning   /entities/0  states neither a source nor a basis: "
                               "entity a (a)\n"));
  EXPECT_THAT(r.out, HasSubstr("warning   /pillars/0   states neither a source nor a basis: "
                               "pillar 1 p\n"));
}

}  // namespace
}  // namespace netgov::cli
