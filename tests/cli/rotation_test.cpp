// netgov rotation: the schedule as a table, JSON and iCalendar; its errors;
// and the rotation sections of netgov brief.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "src/cli/cli.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using Result = testing::CliResult;

using testing::RunNetgov;

// A network file in the test's temporary folder.
std::string WriteNetwork(const std::string& name, const std::string& rotations) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path) << R"({"format": "netgov/1", "network": {"id": "t", "name": "T"},
    "entities": [{"id": "a", "acronym": "A"}, {"id": "b", "acronym": "B"},
                 {"id": "c", "acronym": "C"}, {"id": "france", "acronym": "FR"}],
    "rotations": )" << rotations
                      << "}";
  return path;
}

TEST(RotationCommand, TextWhileTheCallIsOpen) {
  const Result r = RunNetgov({"rotation", "--from", "2021-01-01", "--terms", "3"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "Co-Chair (co-chair), as of 2021-12-06\n"
            "start       end         holders        status        reason\n"
            "2021-01-01  2021-12-31  OHCHR, UNESCO  recorded      history\n"
            "2022-01-01  2022-12-31  OHCHR          pending       call closes 2021-12-21\n"
            "2023-01-01  2023-12-31  OHCHR          undetermined  no holder recorded and no "
            "call\n");
}

TEST(RotationCommand, JsonAfterTheCallCloses) {
  const Result r = RunNetgov({"--as-of", "2021-12-22", "rotation", "co-chair", "--from",
                           "2022-03-01", "--terms", "2", "--format", "json"});
  EXPECT_EQ(r.code, 0);
  const std::string expected = R"J({
  "as_of": "2021-12-22",
  "rotation": "co-chair",
  "terms": [
    {
      "end": "2022-12-31",
      "holders": [
        "ohchr",
        "unesco"
      ],
      "reason": "fallback request-incumbent: 2nd consecutive term, requested, not confirmed",
      "start": "2022-01-01",
      "status": "fallback"
    },
    {
      "end": "2023-12-31",
      "holders": [
        "ohchr"
      ],
      "reason": "no holder recorded and no call; a 3rd consecutive term for unesco is not allowed (max_consecutive_terms 2)",
      "start": "2023-01-01",
      "status": "undetermined"
    }
  ],
  "title": "Co-Chair"
}
)J";
  EXPECT_EQ(r.out, expected);
}

TEST(RotationCommand, IcsGivesAllDayEvents) {
  const Result r = RunNetgov({"rotation", "--from", "2021-06-01", "--until", "2022-01-01",
                           "--format", "ics"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//netgov//netgov 0.1.0//EN\r\n"
            "CALSCALE:GREGORIAN\r\n"
            "BEGIN:VEVENT\r\nUID:co-chair-2021-01-01@un-network-rdpm.netgov\r\nDTSTAMP:20211206T000000Z\r\n"
            "DTSTART;VALUE=DATE:20210101\r\nDTEND;VALUE=DATE:20220101\r\n"
            "SUMMARY:Co-Chair: OHCHR\\, UNESCO (recorded)\r\nDESCRIPTION:history\r\n"
            "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:co-chair-2022-01-01@un-network-rdpm.netgov\r\nDTSTAMP:20211206T000000Z\r\n"
            "DTSTART;VALUE=DATE:20220101\r\nDTEND;VALUE=DATE:20230101\r\n"
            "SUMMARY:Co-Chair: OHCHR (pending)\r\nDESCRIPTION:call closes 2021-12-21\r\n"
            "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
}

TEST(RotationCommand, LastTermOfTheSupportedDates) {
  const std::string path = WriteNetwork("rotation_end.json", R"([{"id": "r",
      "term": {"start": "2021-01-01", "years": 1},
      "order": {"rule": "fixed", "sequence": ["a", "b"], "cycle": true}}])");
  Result r = RunNetgov({"--network", path, "rotation", "--from", "9999-05-01", "--terms", "1",
                     "--format", "ics"});
  EXPECT_EQ(r.code, 0);
  EXPECT_THAT(r.out, ::testing::HasSubstr("DTSTART;VALUE=DATE:99990101\r\nDURATION:P365D\r\n"));
  r = RunNetgov({"--network", path, "rotation", "--from", "9998-05-01", "--terms", "3"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "netgov rotation: rotation 'r': no term can start after 9999-12-31, the last date "
            "supported\n");
}

TEST(RotationCommand, WhatIfAnEntityLeaves) {
  const std::string path = WriteNetwork("rotation_leaves.json", R"([{"id": "r",
      "term": {"start": "2021-01-01", "years": 1},
      "order": {"rule": "alphabetical", "key": "acronym"}}])");
  const Result r = RunNetgov({"--network", path, "rotation", "--from", "2021-01-01", "--terms",
                           "4", "--leaves", "B", "--on", "2022-01-01"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out,
            "r (r), as of 2021-12-06\n"
            "start       end         holders  status    reason\n"
            "2021-01-01  2021-12-31  A        computed  alphabetical\n"
            "2022-01-01  2022-12-31  C        computed  alphabetical\n"
            "2023-01-01  2023-12-31  FR       computed  alphabetical\n"
            "2024-01-01  2024-12-31  A        computed  alphabetical\n");
}

TEST(RotationCommand, BadInvocationsExit2WithOneLine) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"rotation", "co-chiar"},
       "netgov rotation: unknown rotation 'co-chiar'; did you mean 'co-chair'?\n"},
      {{"rotation", "--terms", "0"},
       "netgov rotation: --terms: '0' is not a whole number from 1 to 1000000\n"},
      {{"rotation", "--terms", "1000001"},
       "netgov rotation: --terms: '1000001' is not a whole number from 1 to 1000000\n"},
      {{"rotation", "--terms", "2", "--until", "2030-01-01"},
       "netgov rotation: give --terms or --until, not both\n"},
      {{"rotation", "--from", "2021-02-30"},
       "netgov rotation: --from: '2021-02-30' does not exist: February 2021 has 28 days\n"},
      {{"rotation", "--from", "2022-01-01", "--until", "2021-01-01"},
       "netgov rotation: --until 2021-01-01 is before --from 2022-01-01\n"},
      {{"rotation", "--leaves", "unescoo", "--on", "2022-01-01"},
       "netgov rotation: --leaves: unknown entity 'unescoo'; did you mean 'unesco'?\n"},
      {{"rotation", "--leaves", "unesco"},
       "netgov rotation: --leaves needs --on DATE, the day it leaves\n"},
      {{"rotation", "--from", "9999-06-01", "--terms", "2"},
       "netgov rotation: rotation 'co-chair': no term can start after 9999-12-31, the last "
       "date supported\n"},
  };
  for (const auto& [args, message] : cases) {
    const Result r = RunNetgov(args);
    EXPECT_EQ(r.code, 2) << args.back();
    EXPECT_EQ(r.out, "") << args.back();
    EXPECT_EQ(r.err, message);
  }
}

TEST(RotationCommand, BadRotationInAFileNamesTheRotationAndPointer) {
  const std::string path = WriteNetwork("rotation_bad.json", R"([{"id": "r",
      "term": {"start": "2021-01-01", "years": 1},
      "order": {"rule": "fixed", "sequence": ["a", "frnce"]}}])");
  const Result r = RunNetgov({"--network", path, "rotation"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov: " + path +
                       ": /rotations/0/order/sequence/1: rotation 'r': unknown entity 'frnce'; "
                       "did you mean 'france'?\n");
}

TEST(RotationCommand, BriefListsSeatsInEffectAndTheNextThreeTerms) {
  const Result r = RunNetgov({"brief", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const nlohmann::json brief = nlohmann::json::parse(r.out);
  EXPECT_EQ(brief["co_chairs"].dump(),
            R"([{"holder_names":["OHCHR","UNESCO"],"holders":["ohchr","unesco"],)"
            R"("reason":"history","rotation":"co-chair","status":"recorded",)"
            R"("term":{"end":"2021-12-31","start":"2021-01-01"},"title":"Co-Chair"}])");
  ASSERT_EQ(brief["rotation"].size(), 1u);
  std::vector<std::string> terms;
  for (const auto& t : brief["rotation"][0]["terms"]) {
    terms.push_back(t["start"].get<std::string>() + " " + t["status"].get<std::string>() +
                    " " + t["reason"].get<std::string>());
  }
  EXPECT_THAT(terms, ::testing::ElementsAre(
                         "2022-01-01 pending call closes 2021-12-21",
                         "2023-01-01 undetermined no holder recorded and no call",
                         "2024-01-01 undetermined no holder recorded and no call"));
}

}  // namespace
}  // namespace netgov::cli
