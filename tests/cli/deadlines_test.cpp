// netgov deadlines: one entry per occurrence in the window, sorted by adjusted
// date then id, as text, JSON and iCalendar.
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "src/cli/cli.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

using Result = testing::CliResult;

using testing::RunNetgov;

using testing::kRecurringNetwork;

TEST(DeadlinesCommand, DefaultWindowIsTheNext60Days) {
  const Result r = RunNetgov({"deadlines"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.err, "");
  // The UNHCR item is the year 2022 ("for 2022"), not a day: no convention
  // moves it. The call closes on Tuesday 21 December: reminders 7 calendar
  // days and 1 business day before.
  EXPECT_EQ(r.out,
            "Deadlines from 2021-12-06 to 2022-02-04\n"
            "  DATE        STATED  ID                            TITLE                     "
            "                             REMINDERS\n"
            "  2021-12-21          co-chair-2022-call            Open call for 2022 rotatin"
            "g co-chair closes            2021-12-14, 2021-12-20\n"
            "  2022-01-01          ilo-intersectionality-lead    ILO becomes lead of the In"
            "tersectionality pillar\n"
            // "for 2022": the year, not a day.
            "  2022                unhcr-capacity-building-2022  UNHCR chairs the Pillar on"
            " capacity-building for 2022\n");
}

TEST(DeadlinesCommand, AYearDeadlineSaysItsPrecision) {
  // "will chair the Pillar on capacity-building for 2022": the year 2022.
  const Result json = RunNetgov({"deadlines", "--from", "2022-01-01", "--to", "2022-01-01",
                                 "--format", "json"});
  EXPECT_EQ(json.code, 0) << json.err;
  EXPECT_THAT(json.out, HasSubstr("      \"id\": \"unhcr-capacity-building-2022\",\n"
                                  "      \"last\": \"2022-12-31\",\n"));
  EXPECT_THAT(json.out, HasSubstr("      \"precision\": \"year\",\n"));
  // In June 2022 the year is running: due, not overdue.
  const Result brief = RunNetgov({"--as-of", "2022-06-01", "brief"});
  EXPECT_EQ(brief.code, 0) << brief.err;
  EXPECT_THAT(brief.out, HasSubstr("DEADLINES\n  due in the next 60 days:\n"
                                   "    2022  running  unhcr-capacity-building-2022  UNHCR chairs "
                                   "the Pillar on capacity-building for 2022\n"
                                   "  overdue (past 60 days): none\n"));
}

TEST(DeadlinesCommand, RecurrencesOverMonthEndsAndLeapYears) {
  const Result r = RunNetgov({"--network", kRecurringNetwork, "deadlines", "--from", "2024-02-26",
                           "--to", "2024-03-31"});
  EXPECT_EQ(r.code, 0) << r.err;
  // month-end: 31 March 2024 is a Sunday, 1 April Easter Monday, so
  // modified-following goes back past Good Friday to Thursday 28 March.
  // weekly: every other Sunday from 2 January 2022 (a working day in the Gulf).
  EXPECT_EQ(r.out,
            "Deadlines from 2024-02-26 to 2024-03-31\n"
            "  DATE        STATED      ID             TITLE                                 "
            "              REMINDERS\n"
            "  2024-02-29              leap-day       Leap-day report\n"
            "  2024-02-29              month-end      Monthly return, from 31 January       "
            "              2024-02-26\n"
            "  2024-03-10              weekly         Weekly call (Sunday in the Gulf)\n"
            "  2024-03-11              second-monday  Steering group; agenda, papers \\ notes "
            "second line\n"
            "  2024-03-24              weekly         Weekly call (Sunday in the Gulf)\n"
            "  2024-03-28  2024-03-31  month-end      Monthly return, from 31 January       "
            "              2024-03-25\n");
}

TEST(DeadlinesCommand, Json) {
  const Result r = RunNetgov({"deadlines", "--from", "2021-12-21", "--to", "2021-12-21",
                           "--format", "json"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, R"({
  "deadlines": [
    {
      "calendar": "un-new-york",
      "convention": "unadjusted",
      "date": "2021-12-21",
      "id": "co-chair-2022-call",
      "occurrence": 1,
      "relates_to": [
        {
          "entity": null,
          "id": "co-chair",
          "kind": "rotation",
          "term": "2022-01-01"
        },
        {
          "entity": null,
          "id": "c4",
          "kind": "commitment",
          "term": null
        }
      ],
      "reminders": [
        "2021-12-14",
        "2021-12-20"
      ],
      "source": "will remain open until 21 December 2021",
      "title": "Open call for 2022 rotating co-chair closes",
      "unadjusted": "2021-12-21"
    }
  ],
  "from": "2021-12-21",
  "to": "2021-12-21"
}
)");
}

TEST(DeadlinesCommand, ICalendar) {
  const Result r = RunNetgov({"deadlines", "--format", "ics"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  EXPECT_THAT(r.out, HasSubstr("BEGIN:VEVENT\r\n"
                               "UID:co-chair-2022-call@un-network-rdpm.netgov\r\n"
                               "DTSTAMP:20211206T000000Z\r\n"
                               "DTSTART;VALUE=DATE:20211221\r\n"
                               "SUMMARY:Open call for 2022 rotating co-chair closes\r\n"));
  EXPECT_THAT(r.out, HasSubstr("TRIGGER:-P7D\r\n"));
  EXPECT_THAT(r.out, HasSubstr("TRIGGER:-P1D\r\n"));
  // "for 2022" is a year, not a day a convention moves: it starts on 1 January.
  EXPECT_THAT(r.out, HasSubstr("UID:unhcr-capacity-building-2022@un-network-rdpm.netgov\r\n"
                               "DTSTAMP:20211206T000000Z\r\n"
                               "DTSTART;VALUE=DATE:20220101\r\n"));
  EXPECT_THAT(r.out, Not(HasSubstr("RDATE")));
  EXPECT_THAT(r.out, Not(HasSubstr("EXDATE")));
}

TEST(DeadlinesCommand, BadWindowIsOneLineAndExit2) {
  Result r = RunNetgov({"deadlines", "--from", "2021-12-06", "--to", "2021-12-01"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "netgov deadlines: --to 2021-12-01 is before --from 2021-12-06\n");
  r = RunNetgov({"deadlines", "--from", "2021-02-30"});
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.err, StartsWith("netgov deadlines: --from: "));
  r = RunNetgov({"deadlines", "--format", "xml"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov deadlines: unknown format 'xml'; expected text, json, ics, csv\n");
}

}  // namespace
}  // namespace netgov::cli
