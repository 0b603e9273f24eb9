// netgov meetings: local times for each participating entity, as text, JSON
// and iCalendar.
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

using Result = testing::CliResult;

using testing::RunNetgov;

using testing::kRecurringNetwork;

TEST(MeetingsCommand, DefaultNetworkText) {
  const Result r = RunNetgov({"meetings"});
  EXPECT_EQ(r.code, 0) << r.err;
  // The minutes: "6 December 2021, 8:00-9:00 (EST) / 14:00-15:00 (CET)".
  EXPECT_EQ(r.out,
            "senior-2021-12-06  Senior-level meeting\n"
            "  2021-12-06T08:00-05:00 to 2021-12-06T09:00-05:00 (America/New_York), MS Teams\n"
            "  ENTITY  TIME ZONE         START                   END\n"
            "  DGC     America/New_York  2021-12-06T08:00-05:00  2021-12-06T09:00-05:00\n"
            "  DPPA    America/New_York  2021-12-06T08:00-05:00  2021-12-06T09:00-05:00\n"
            "  ILO     Europe/Zurich     2021-12-06T14:00+01:00  2021-12-06T15:00+01:00\n"
            "  OHCHR   Europe/Zurich     2021-12-06T14:00+01:00  2021-12-06T15:00+01:00\n"
            "  OSAPG   America/New_York  2021-12-06T08:00-05:00  2021-12-06T09:00-05:00\n"
            "  UNDP    America/New_York  2021-12-06T08:00-05:00  2021-12-06T09:00-05:00\n"
            "  UNESCO  Europe/Paris      2021-12-06T14:00+01:00  2021-12-06T15:00+01:00\n"
            "  UNHCR   Europe/Zurich     2021-12-06T14:00+01:00  2021-12-06T15:00+01:00\n"
            "  UNICEF  America/New_York  2021-12-06T08:00-05:00  2021-12-06T09:00-05:00\n"
            "  UNODC   Europe/Vienna     2021-12-06T14:00+01:00  2021-12-06T15:00+01:00\n"
            "  UNRWA   Asia/Amman        2021-12-06T15:00+02:00  2021-12-06T16:00+02:00\n"
            "  WHO     Europe/Zurich     2021-12-06T14:00+01:00  2021-12-06T15:00+01:00\n"
            // "Beate Andrees (Director of the ILO Office for the United
            // Nations in New York)": her time, not the ILO's Geneva one.
            "  PERSON         ENTITY  TIME ZONE         START                   END\n"
            "  Beate Andrees  ILO     America/New_York  2021-12-06T08:00-05:00  "
            "2021-12-06T09:00-05:00\n");
}

TEST(MeetingsCommand, JsonGivesEveryAttendingPersonsTimes) {
  const Result r = RunNetgov({"meetings", "--format", "json"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("      \"people\": {\n"
                               "        \"asako-okai\": {\n"
                               "          \"end\": \"2021-12-06T09:00-05:00\",\n"
                               "          \"entity\": \"undp\",\n"
                               "          \"start\": \"2021-12-06T08:00-05:00\",\n"
                               "          \"time_zone\": \"America/New_York\"\n"
                               "        },\n"
                               "        \"beate-andrees\": {\n"
                               "          \"end\": \"2021-12-06T09:00-05:00\",\n"
                               "          \"entity\": \"ilo\",\n"
                               "          \"start\": \"2021-12-06T08:00-05:00\",\n"
                               "          \"time_zone\": \"America/New_York\"\n"
                               "        },\n"));
  EXPECT_THAT(r.out, HasSubstr("        \"ilze-brands-kehris\": {\n"
                               "          \"end\": \"2021-12-06T15:00+01:00\",\n"
                               "          \"entity\": \"ohchr\",\n"
                               "          \"start\": \"2021-12-06T14:00+01:00\",\n"
                               "          \"time_zone\": \"Europe/Zurich\"\n"));
}

TEST(MeetingsCommand, JsonAcrossClockChangesAndTheDateLine) {
  const Result r = RunNetgov({"--network", kRecurringNetwork, "meetings", "--format", "json"});
  EXPECT_EQ(r.code, 0) << r.err;
  // Sorted by start instant: Auckland's 15 June 09:00 is 14 June 21:00 UTC.
  // "ge" has no zone of its own: the network's, Europe/Zurich.
  EXPECT_EQ(r.out, R"({
  "meetings": [
    {
      "end": "2022-03-14T10:30-04:00",
      "id": "spring-gap",
      "local": {
        "ge": "2022-03-14T14:00+01:00",
        "ny": "2022-03-14T09:00-04:00"
      },
      "local_end": {
        "ge": "2022-03-14T15:30+01:00",
        "ny": "2022-03-14T10:30-04:00"
      },
      "people": {},
      "start": "2022-03-14T09:00-04:00",
      "time_zone": "America/New_York",
      "title": "Between the clock changes; NY, Geneva",
      "venue": ""
    },
    {
      "end": "2022-06-15T10:00+12:00",
      "id": "date-line",
      "local": {
        "akl": "2022-06-15T09:00+12:00",
        "apia": "2022-06-14T10:00-11:00",
        "ge": "2022-06-14T23:00+02:00"
      },
      "local_end": {
        "akl": "2022-06-15T10:00+12:00",
        "apia": "2022-06-14T11:00-11:00",
        "ge": "2022-06-15T00:00+02:00"
      },
      "people": {},
      "start": "2022-06-15T09:00+12:00",
      "time_zone": "Pacific/Auckland",
      "title": "Über die Datumsgrenze \\ across the date line",
      "venue": "Online, room 1"
    },
    {
      "end": "2022-10-31T10:00-04:00",
      "id": "autumn",
      "local": {
        "ge": "2022-10-31T14:00+01:00",
        "ny": "2022-10-31T09:00-04:00"
      },
      "local_end": {
        "ge": "2022-10-31T15:00+01:00",
        "ny": "2022-10-31T10:00-04:00"
      },
      "people": {},
      "start": "2022-10-31T09:00-04:00",
      "time_zone": "America/New_York",
      "title": "",
      "venue": ""
    }
  ]
}
)");
}

TEST(MeetingsCommand, ICalendarHasTheZonesItUses) {
  const Result r = RunNetgov({"meetings", "--format", "ics"});
  EXPECT_EQ(r.code, 0) << r.err;
  // New York in 2021, and the change in force when 2021 began.
  EXPECT_THAT(r.out, HasSubstr("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n"
                               "BEGIN:STANDARD\r\nDTSTART:20201101T020000\r\n"
                               "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\n"
                               "END:STANDARD\r\n"
                               "BEGIN:DAYLIGHT\r\nDTSTART:20210314T020000\r\n"
                               "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\n"
                               "END:DAYLIGHT\r\n"
                               "BEGIN:STANDARD\r\nDTSTART:20211107T020000\r\n"
                               "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\n"
                               "END:STANDARD\r\nEND:VTIMEZONE\r\n"));
  EXPECT_THAT(r.out, HasSubstr("UID:senior-2021-12-06@un-network-rdpm.netgov\r\n"
                               "DTSTAMP:20211206T000000Z\r\n"
                               "DTSTART;TZID=America/New_York:20211206T080000\r\n"
                               "DTEND;TZID=America/New_York:20211206T090000\r\n"
                               "SUMMARY:Senior-level meeting\r\nLOCATION:MS Teams\r\n"));
}

}  // namespace
}  // namespace netgov::cli
