// `--format csv` of each command, exact bytes: RFC 4180 records with CRLF,
// lists joined by "; ", formula cells defused (src/cli/csv_tables.hpp).
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {

using Result = testing::CliResult;
using testing::RunNetgov;
using testing::RunNetgovOk;

const std::string kHostile = std::string(NETGOV_SOURCE_DIR) + "/tests/csv/hostile.netgov.json";

TEST(CsvFormat, PillarsOnePerRowListsJoined) {
  EXPECT_EQ(RunNetgovOk({"--as-of", "2021-12-06", "pillars", "--format", "csv"}),
            "number,id,name,launched,leadership,leads,provisional_leads,members,supporters,launch_c"
            "ondition\r\n"
            "1,leave-no-one-behind,Leave No One Behind,true,led,who,,unhcr,osapg,\r\n"
            "2,criminal-justice,Criminal Justice,true,led,unodc,,,,\r\n"
            "3,times-of-crisis,Times of Crisis,true,provisional,,ohchr,,osapg,\r\n"
            "4,intersectionality,Intersectionality,true,led,unaids,,,,\r\n"
            "5,communications,Communications,true,led,dgc; unfpa,,,,\r\n"
            "6,knowledge-hub,Knowledge Hub,true,led,unhcr,,,,\r\n"
            "7,un-internal-diversity,UN Internal Diversity,false,not-launched,,,,,Conclusion of the"
            " work of the Secretary-General's Task Force on Addressing Racism at the UN\r\n"
            "8,network-development,UN Network on Racial Discrimination and Protection of Minorities"
            " Development Pillar,true,led,ohchr; unesco,,,,\r\n");
}

TEST(CsvFormat, RotationTermsWithHolderIds) {
  EXPECT_EQ(RunNetgovOk({"--as-of", "2021-12-22", "rotation", "--from", "2021-01-01", "--terms",
                         "3", "--format", "csv"}),
            "rotation,start,end,holders,status,reason\r\n"
            "co-chair,2021-01-01,2021-12-31,ohchr; unesco,recorded,history\r\n"
            "co-chair,2022-01-01,2022-12-31,ohchr; unesco,fallback,\"fallback request-incumbent: "
            "2nd consecutive term, requested, not confirmed\"\r\n"
            "co-chair,2023-01-01,2023-12-31,ohchr,undetermined,no holder recorded and no call; a 3r"
            "d consecutive term for unesco is not allowed (max_consecutive_terms 2)\r\n");
}

TEST(CsvFormat, DeadlinesWithIsoDatesAndRelations) {
  EXPECT_EQ(RunNetgovOk({"deadlines", "--from", "2021-12-01", "--to", "2022-01-31", "--format",
                         "csv"}),
            "date,unadjusted,id,title,occurrence,calendar,convention,reminders,relates_to,source\r"
            "\n"
            "2021-12-21,2021-12-21,co-chair-2022-call,Open call for 2022 rotating co-chair closes,1"
            ",un-new-york,unadjusted,2021-12-14; 2021-12-20,rotation co-chair (term 2022-01-01); co"
            "mmitment c4,will remain open until 21 December 2021\r\n"
            "2022-01-01,2022-01-01,ilo-intersectionality-lead,ILO becomes lead of the Intersectiona"
            "lity pillar,1,un-new-york,unadjusted,,role intersectionality (ilo),(4) Intersectionali"
            "ty: ILO (effective 1 January 2022)\r\n"
            "2022-01-01,2022-01-01,unhcr-capacity-building-2022,UNHCR chairs the Pillar on capacity"
            "-building for 2022,1,un-new-york,unadjusted,,mention capacity-building-pillar; entity "
            "unhcr,will chair the Pillar on capacity-building for 2022\r\n");
}

TEST(CsvFormat, DiffOneRowPerChange) {
  EXPECT_EQ(RunNetgovOk({"diff", "--from", "2021-12-06", "--to", "2022-01-01", "--format", "csv"}),
            "change,date,pillar,entity,role,provisional,rotation,before,after,deadline,title\r\n"
            "role-started,2022-01-01,intersectionality,ilo,lead,false,,,,,\r\n"
            "role-ended,2021-12-31,intersectionality,unaids,lead,false,,,,,\r\n"
            "role-ended,2021-12-31,network-development,unesco,lead,false,,,,,\r\n"
            "deadline-passed,2021-12-21,,,,,,,,co-chair-2022-call,Open call for 2022 rotating co-ch"
            "air closes\r\n"
            "deadline-passed,2022-01-01,,,,,,,,ilo-intersectionality-lead,ILO becomes lead of the I"
            "ntersectionality pillar\r\n"
            "deadline-passed,2022-01-01,,,,,,,,unhcr-capacity-building-2022,UNHCR chairs the Pillar"
            " on capacity-building for 2022\r\n");
}

TEST(CsvFormat, AnalyzeProjectionTable) {
  EXPECT_EQ(RunNetgovOk({"--as-of", "2022-06-01", "analyze", "--format", "csv", "--table",
                         "projection"}),
            "a,b,shared\r\n"
            "dgc,unfpa,1\r\n"
            "ohchr,osapg,1\r\n"
            "osapg,unhcr,1\r\n"
            "osapg,who,1\r\n"
            "unhcr,who,1\r\n");
}

TEST(CsvFormat, HostileNamesAreQuotedAndDefused) {
  EXPECT_EQ(RunNetgovOk({"--network", kHostile, "--as-of", "2022-03-15", "pillars", "--format",
                         "csv"}),
            "number,id,name,launched,leadership,leads,provisional_leads,members,supporters,launch_c"
            "ondition\r\n"
            "1,p1,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",true,led,\"'=cmd|' /C calc'!A0\","
            "plus,\"'-minus\",at,\r\n"
            "2,\"p,2\",\"Commas, \"\"quotes\"\"\r\n"
            "and CRLF\",false,not-launched,,,,,\"'@once \"\"ready\"\", or later\"\r\n"
            "3,p3,Plain,true,led,tab,,at,,\r\n");
}

TEST(CsvFormat, HostileMeetingsOneRowPerEntity) {
  EXPECT_EQ(RunNetgovOk({"--network", kHostile, "meetings", "--format", "csv"}),
            "id,title,start,end,time_zone,venue,entity,local_start,local_end\r\n"
            "\"'=m\",\"'=1+1, \"\"quoted\"\"\nmeeting\",2022-03-14T09:00-04:00,2022-03-14T10:30-04:"
            "00,America/New_York,\"'@room, 1\",\"'=cmd|' /C calc'!A0\",2022-03-14T09:00-04:00,2022-"
            "03-14T10:30-04:00\r\n"
            "\"'=m\",\"'=1+1, \"\"quoted\"\"\nmeeting\",2022-03-14T09:00-04:00,2022-03-14T10:30-04:"
            "00,America/New_York,\"'@room, 1\",at,2022-03-14T22:00+09:00,2022-03-14T23:30+09:00\r\n"
            "\"'=m\",\"'=1+1, \"\"quoted\"\"\nmeeting\",2022-03-14T09:00-04:00,2022-03-14T10:30-04:"
            "00,America/New_York,\"'@room, 1\",genève,2022-03-14T14:00+01:00,2022-03-14T15:30+01:00"
            "\r\n"
            "plain,,2022-06-01T09:00+02:00,2022-06-01T10:00+02:00,Europe/Zurich,,,,\r\n");
}

TEST(CsvFormat, AnalyzeTableErrors) {
  Result r = RunNetgov({"analyze", "--format", "csv", "--table", "entites"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "netgov analyze: --table: unknown table 'entites'; expected one of entities, "
            "projection, articulation-points, unled-pillars, provisional-pillars, "
            "entities-without-role, path, leave; did you mean 'entities'?\n");
  r = RunNetgov({"analyze", "--table", "entities"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov analyze: --table goes with --format csv (one table per run)\n");
  r = RunNetgov({"analyze", "--format", "csv", "--table", "path"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "netgov analyze: --table path needs --from-entity ID --to-entity ID (the two ends "
            "of the path)\n");
  r = RunNetgov({"analyze", "--format", "csv", "--table", "leave"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "netgov analyze: --table leave needs --leave ID (the entity that leaves)\n");
}

TEST(CsvFormat, AnalyzeDefaultTableIsEntities) {
  EXPECT_THAT(RunNetgovOk({"analyze", "--format", "csv"}),
              ::testing::StartsWith("entity,leads,roles,betweenness\r\ndgc,1,1,0.0\r\n"));
}

TEST(CsvFormat, AnalyzePathAndLeave) {
  EXPECT_EQ(RunNetgovOk({"--as-of", "2022-06-01", "analyze", "--format", "csv", "--table", "path",
                         "--from-entity", "dgc",
                         "--to-entity", "unfpa"}),
            "step,id\r\n0,dgc\r\n1,communications\r\n2,unfpa\r\n");
  EXPECT_EQ(RunNetgovOk({"--as-of", "2022-06-01", "analyze", "--format", "csv", "--table", "leave",
                         "--leave", "who"}),
            "entity,effect,id\r\nwho,pillar-losing-lead,leave-no-one-behind\r\n");
}

}  // namespace
}  // namespace netgov::cli
