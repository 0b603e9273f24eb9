#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "src/cli/cli.hpp"
#include "tests/testing/cli_runner.hpp"

namespace netgov::cli {
namespace {


TEST(BriefCommand, JsonSectionsOnTheDayOfTheMeeting) {
  const nlohmann::json doc = nlohmann::json::parse(testing::RunNetgovOk({"brief", "--format", "json"}));
  std::vector<std::string> keys;
  for (const auto& [key, value] : doc.items()) keys.push_back(key);
  EXPECT_THAT(keys, ::testing::ElementsAre("as_of", "co_chairs", "commitments", "deadlines",
                                           "diagnostics", "network", "pillars", "rotation"));
  EXPECT_EQ(doc.at("as_of"), "2021-12-06");
  EXPECT_EQ(doc.at("network"), nlohmann::json::parse(R"({"id": "un-network-rdpm",
      "name": "UN Network on Racial Discrimination and Protection of Minorities",
      "time_zone": "America/New_York"})"));
  // 2021: OHCHR (permanent) with UNESCO, as recorded in the rotation's history.
  EXPECT_EQ(doc.at("co_chairs"), nlohmann::json::parse(R"([{"rotation": "co-chair",
      "title": "Co-Chair", "holders": ["ohchr", "unesco"], "holder_names": ["OHCHR", "UNESCO"],
      "status": "recorded", "reason": "history",
      "term": {"start": "2021-01-01", "end": "2021-12-31"}}])"));
  // Due within 60 days of 6 December: the call closes on the 21st (15 days);
  // ILO's lead starts on 1 January 2022 (26 days: 25 left in December, then
  // the 1st), both unadjusted facts. UNHCR chairs capacity-building "for
  // 2022": a year-precision deadline, due from its first day (26 days) to
  // its last. The anniversary (2022-12-18) and the plan's end (2025) are
  // further off; nothing is past.
  EXPECT_EQ(doc.at("deadlines"), nlohmann::json::parse(R"({"overdue": [], "due_soon": [
      {"date": "2021-12-21", "days_left": 15, "id": "co-chair-2022-call",
       "title": "Open call for 2022 rotating co-chair closes", "unadjusted": "2021-12-21"},
      {"date": "2022-01-01", "days_left": 26, "id": "ilo-intersectionality-lead",
       "title": "ILO becomes lead of the Intersectionality pillar", "unadjusted": "2022-01-01"},
      {"date": "2022-01-01", "days_left": 26, "id": "unhcr-capacity-building-2022",
       "last": "2022-12-31", "precision": "year",
       "title": "UNHCR chairs the Pillar on capacity-building for 2022",
       "unadjusted": "2022-01-01"}]})"));
  // Nobody volunteered for 2022 yet: OHCHR alone, pending until the call
  // closes; later years have neither a record nor a call.
  EXPECT_EQ(doc.at("rotation"), nlohmann::json::parse(R"([{"rotation": "co-chair", "terms": [
      {"start": "2022-01-01", "end": "2022-12-31", "holders": ["ohchr"],
       "holder_names": ["OHCHR"], "status": "pending", "reason": "call closes 2021-12-21"},
      {"start": "2023-01-01", "end": "2023-12-31", "holders": ["ohchr"],
       "holder_names": ["OHCHR"], "status": "undetermined",
       "reason": "no holder recorded and no call"},
      {"start": "2024-01-01", "end": "2024-12-31", "holders": ["ohchr"],
       "holder_names": ["OHCHR"], "status": "undetermined",
       "reason": "no holder recorded and no call"}]}])"));
  const nlohmann::json& diagnostics = doc.at("diagnostics");
  EXPECT_EQ(diagnostics.at("errors"), 0);
  // The warnings: the capacity-building "Pillar" is not one of the 8, Times
  // of Crisis is led provisionally, "six commitments" against 5 recorded and
  // against "the 5 commitments". The notes: UNDP, DPPA, UNICEF and UNRWA
  // (entities 8 to 11) hold no pillar role (support statements and a
  // participation are mentions, not roles), the "Kheris" spelling, the
  // lead of Intersectionality passing from UNAIDS to ILO, and pillar 7 with
  // no lead; the items are the first 5, as in the text.
  EXPECT_EQ(diagnostics.at("warnings"), 4);
  EXPECT_EQ(diagnostics.at("notes"), 7);
  std::vector<std::string> items;
  for (const auto& d : diagnostics.at("items")) {
    items.push_back(d.at("severity").get<std::string>() + " " + d.at("pointer").get<std::string>());
  }
  EXPECT_THAT(items, ::testing::ElementsAre("warning /mentions/0", "warning /pillars/2/roles/0",
                                            "warning /stated_counts/0/count",
                                            "warning /stated_counts/1/count",
                                            "note /entities/8"));
  // UNHCR's undated role in LNOB ("will step up their role for the LNOB
  // pillar") is a member's; OSAPG supports LNOB and Times of Crisis, whose
  // only lead is OHCHR's provisional one.
  EXPECT_EQ(doc.at("pillars").at(0), nlohmann::json::parse(R"({"id": "leave-no-one-behind",
      "number": 1, "name": "Leave No One Behind", "launched": true, "leadership": "led",
      "leads": [{"entity": "who", "provisional": false}], "members": ["unhcr"],
      "supporters": ["osapg"]})"));
  EXPECT_EQ(doc.at("pillars").at(2), nlohmann::json::parse(R"({"id": "times-of-crisis",
      "number": 3, "name": "Times of Crisis", "launched": true, "leadership": "provisional",
      "leads": [{"entity": "ohchr", "provisional": true}], "members": [],
      "supporters": ["osapg"]})"));
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

TEST(BriefCommand, TextOnTheDayOfTheMeeting) {
  // The sections of the JSON test above, for people: long names and texts
  // cut to fit a screen, the diagnostics cut after 5 of 11; the year-precision
  // deadline written as its year.
  EXPECT_EQ(testing::RunNetgovOk({"brief"}),
      "UN Network on Racial Discrimination and Protection of Minorities\n"
      "Briefing as of 2021-12-06\n"
      "\n"
      "CO-CHAIRS IN EFFECT\n"
      "  rotation  term                    holders        status    reason\n"
      "  Co-Chair  2021-01-01..2021-12-31  OHCHR, UNESCO  recorded  history\n"
      "\n"
      "PILLARS (8: 1 with only a provisional lead, 0 without a lead, 1 not launched)\n"
      "  #  PILLAR                   LEADS                MEMBERS  SUPPORT  STATUS\n"
      "  1  Leave No One Behind      WHO                  UNHCR    OSAPG    led\n"
      "  2  Criminal Justice         UNODC                -        -        led\n"
      "  3  Times of Crisis          OHCHR (provisional)  -        OSAPG    provisional lead only\n"
      "  4  Intersectionality        UNAIDS               -        -        led\n"
      "  5  Communications           DGC, UNFPA           -        -        led\n"
      "  6  Knowledge Hub            UNHCR                -        -        led\n"
      "  7  UN Internal Diversity    -                    -        -        not launched: Conclusion of the...\n"
      "  8  UN Network on Racial...  OHCHR, UNESCO        -        -        led\n"
      "\n"
      "COMMITMENTS (5) AND STATED POSITIONS\n"
      "  1. [adopted] Agencies and entities commit to redoubling efforts to...\n"
      "       OSAPG: partially - Can commit to support the Network, but is...\n"
      "  2. [adopted] Agencies and entities commit to mobilizing resources...\n"
      "       OSAPG: partially - Can support the Network's efforts where...\n"
      "  3. [adopted] Agencies and entities commit to identifying a...\n"
      "       OSAPG: considering - May consider taking the lead of the Times of...\n"
      "  4. [adopted] Agencies and entities agree that (1) the co-Chair of...\n"
      "       OSAPG: endorses - Agreed with the proposal.\n"
      "  5. [adopted] Agencies and entities commit to working toward having...\n"
      "       OSAPG: endorses - Will continue to support the development of...\n"
      "\n"
      "DEADLINES\n"
      "  due in the next 60 days:\n"
      "    2021-12-21  in 15 d  co-chair-2022-call            Open call for 2022 rotating co-chair closes\n"
      "    2022-01-01  in 26 d  ilo-intersectionality-lead    ILO becomes lead of the Intersectionality pillar\n"
      "    2022        in 26 d  unhcr-capacity-building-2022  UNHCR chairs the Pillar on capacity-building for 2022\n"
      "  overdue (past 60 days): none\n"
      "\n"
      "ROTATION OUTLOOK\n"
      "  co-chair\n"
      "    start       end         holders  status        reason\n"
      "    2022-01-01  2022-12-31  OHCHR    pending       call closes 2021-12-21\n"
      "    2023-01-01  2023-12-31  OHCHR    undetermined  no holder recorded and no call\n"
      "    2024-01-01  2024-12-31  OHCHR    undetermined  no holder recorded and no call\n"
      "\n"
      "DIAGNOSTICS\n"
      "  0 errors, 4 warnings, 7 notes\n"
      "  warning  /mentions/0             'Pillar on capacity-building' (\"will chair the Pillar on...\n"
      "  warning  /pillars/2/roles/0      'times-of-crisis' is led only provisionally, by OHCHR\n"
      "  warning  /stated_counts/0/count  6 commitments of 'senior-2021-12-06' stated (\"requesting to...\n"
      "  warning  /stated_counts/1/count  5 commitments of 'senior-2021-12-06' stated (\"presented the 5...\n"
      "  note     /entities/8             UNDP holds no role in any pillar\n"
      "  (6 more; netgov validate lists them all)\n");
}

TEST(BriefCommand, DefaultsToToday) {
  // Without --as-of the date passed as "today" is used.
  const nlohmann::json doc = nlohmann::json::parse(
      testing::RunNetgovOk({"brief", "--format", "json"}, Date(2022, 1, 1)));
  EXPECT_EQ(doc.at("as_of"), "2022-01-01");
}

}  // namespace
}  // namespace netgov::cli
