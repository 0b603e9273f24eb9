// The embedded default network, checked fact by fact against the minutes of
// the senior-level meeting of 6 December 2021 (data/source/).
#include "netgov/io/default_network.hpp"
#include "netgov/core/strings.hpp"
#include "netgov/network/facts.hpp"

#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace netgov {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::string Minutes() {
  std::ifstream in(std::string(NETGOV_SOURCE_DIR) +
                   "/data/source/minutes-2021-12-06-senior-level-meeting.txt");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> Leads(const Network& net, const char* pillar, Date day) {
  std::vector<std::string> out;
  for (const RoleRef& r : net.LeadsOf(*net.FindPillar(PillarId(pillar)), day)) {
    out.push_back(absl::StrCat(r.role->entity.str(), r.role->provisional ? " (provisional)" : ""));
  }
  return out;
}

const Date kMeeting(2021, 12, 6);
const Date kNewYear(2022, 1, 1);

TEST(DefaultNetwork, LoadsWithTheNetworkOfTheMinutes) {
  const Network& net = io::DefaultNetwork();
  EXPECT_EQ(net.info().id, "un-network-rdpm");
  EXPECT_EQ(net.info().name,
            "UN Network on Racial Discrimination and Protection of Minorities");
  EXPECT_EQ(net.info().time_zone, "America/New_York");
  EXPECT_EQ(&io::DefaultNetwork(), &net);  // loaded once
}

TEST(DefaultNetwork, IsTheNetworkLoadDefaultNetworkReturns) {
  const absl::StatusOr<Network> copy = io::LoadDefaultNetwork();
  ASSERT_TRUE(copy.ok()) << copy.status();
  EXPECT_TRUE(*copy == io::DefaultNetwork());
}

TEST(DefaultNetwork, EntitiesAreTheLowerCaseAcronyms) {
  const Network& net = io::DefaultNetwork();
  std::vector<std::string> ids;
  for (const Entity& e : net.entities()) {
    ids.push_back(e.id.str());
    EXPECT_EQ(absl::AsciiStrToLower(e.acronym), e.id.str());
    EXPECT_FALSE(e.name.empty()) << e.id;
    EXPECT_FALSE(e.time_zone.empty()) << e.id;
  }
  EXPECT_THAT(ids, ElementsAre("ohchr", "unesco", "who", "unodc", "ilo", "dgc", "unfpa",
                               "unhcr", "undp", "dppa", "unicef", "unrwa", "osapg",
                               "unaids"));
  EXPECT_EQ(net.FindEntity(EntityId("ohchr"))->time_zone, "Europe/Zurich");
  EXPECT_EQ(net.FindEntity(EntityId("unesco"))->time_zone, "Europe/Paris");
  EXPECT_EQ(net.FindEntity(EntityId("unodc"))->time_zone, "Europe/Vienna");
  EXPECT_EQ(net.ResolveEntity("UN Human Rights")->id, EntityId("ohchr"));
}

TEST(DefaultNetwork, ThirteenPeopleSpokeAndKherisIsAnAlias) {
  const Network& net = io::DefaultNetwork();
  const std::string minutes = Minutes();
  EXPECT_EQ(net.people().size(), 13u);
  for (const Person& p : net.people()) {
    EXPECT_NE(minutes.find(p.name), std::string::npos) << p.name;
    ASSERT_EQ(p.posts.size(), 1u) << p.name;
  }
  const Person* ilze = net.ResolvePerson("Ilze Brands Kheris");
  ASSERT_NE(ilze, nullptr);
  EXPECT_EQ(ilze->id, PersonId("ilze-brands-kehris"));
  EXPECT_EQ(ilze->name, "Ilze Brands Kehris");
  EXPECT_EQ(ilze->posts[0].entity, EntityId("ohchr"));
  EXPECT_EQ(ilze->posts[0].title, "Assistant Secretary-General for Human Rights");
  EXPECT_EQ(net.ResolvePerson("Gabriela Ramos")->posts[0].title,
            "Assistant Director-General for Social and Human Sciences");
  EXPECT_EQ(net.PeopleOf(*net.FindEntity(EntityId("ohchr")), kMeeting).size(), 2u);  // Kehris, Cahn
}

TEST(DefaultNetwork, EightPillarsAsNumberedInTheMinutes) {
  const Network& net = io::DefaultNetwork();
  std::vector<std::string> names;
  for (const Pillar& p : net.pillars()) {
    names.push_back(absl::StrCat(p.number, " ", p.name));
  }
  EXPECT_THAT(names,
              ElementsAre("1 Leave No One Behind", "2 Criminal Justice", "3 Times of Crisis",
                          "4 Intersectionality", "5 Communications", "6 Knowledge Hub",
                          "7 UN Internal Diversity",
                          "8 UN Network on Racial Discrimination and Protection of "
                          "Minorities Development Pillar"));
}

TEST(DefaultNetwork, LeadsOnTheDayOfTheMeeting) {
  const Network& net = io::DefaultNetwork();
  EXPECT_THAT(Leads(net, "leave-no-one-behind", kMeeting), ElementsAre("who"));
  EXPECT_THAT(Leads(net, "criminal-justice", kMeeting), ElementsAre("unodc"));
  EXPECT_THAT(Leads(net, "times-of-crisis", kMeeting), ElementsAre("ohchr (provisional)"));
  EXPECT_THAT(Leads(net, "intersectionality", kMeeting), ElementsAre("unaids"));
  EXPECT_THAT(Leads(net, "communications", kMeeting), ElementsAre("dgc", "unfpa"));
  EXPECT_THAT(Leads(net, "knowledge-hub", kMeeting), ElementsAre("unhcr"));
  EXPECT_THAT(Leads(net, "un-internal-diversity", kMeeting), IsEmpty());
  EXPECT_THAT(Leads(net, "network-development", kMeeting), ElementsAre("ohchr", "unesco"));
}

TEST(DefaultNetwork, LeadsOnTheFirstOfJanuary2022) {
  const Network& net = io::DefaultNetwork();
  EXPECT_THAT(Leads(net, "leave-no-one-behind", kNewYear), ElementsAre("who"));
  EXPECT_THAT(Leads(net, "criminal-justice", kNewYear), ElementsAre("unodc"));
  EXPECT_THAT(Leads(net, "times-of-crisis", kNewYear), ElementsAre("ohchr (provisional)"));
  EXPECT_THAT(Leads(net, "intersectionality", kNewYear), ElementsAre("ilo"));
  EXPECT_THAT(Leads(net, "communications", kNewYear), ElementsAre("dgc", "unfpa"));
  EXPECT_THAT(Leads(net, "knowledge-hub", kNewYear), ElementsAre("unhcr"));
  EXPECT_THAT(Leads(net, "un-internal-diversity", kNewYear), IsEmpty());
  // UNESCO's lead ends with its 2021 co-chair term (see NetworkDevelopment...).
  EXPECT_THAT(Leads(net, "network-development", kNewYear), ElementsAre("ohchr"));
}

TEST(DefaultNetwork, IntersectionalityKeepsBothQuotes) {
  const Network& net = io::DefaultNetwork();
  const Pillar& p = *net.FindPillar(PillarId("intersectionality"));
  const RoleRef unaids = net.LeadsOf(p, kMeeting).at(0);
  const RoleRef ilo = net.LeadsOf(p, kNewYear).at(0);
  EXPECT_EQ(unaids.role->source, "UNAIDS for leading the intersectionality pillar");
  EXPECT_EQ(unaids.role->valid.to, Date(2021, 12, 31));
  EXPECT_EQ(ilo.role->source, "(4) Intersectionality: ILO (effective 1 January 2022)");
  EXPECT_EQ(ilo.role->valid.from, Date(2022, 1, 1));
}

TEST(DefaultNetwork, PillarsWithoutARealLeadAndNotLaunched) {
  const Network& net = io::DefaultNetwork();
  ASSERT_EQ(net.PillarsWithoutRealLead(kMeeting).size(), 1u);
  EXPECT_EQ(net.PillarsWithoutRealLead(kMeeting)[0]->id, PillarId("times-of-crisis"));
  ASSERT_EQ(net.PillarsNotLaunched(kMeeting).size(), 1u);
  const Pillar& diversity = *net.PillarsNotLaunched(kMeeting)[0];
  EXPECT_EQ(diversity.id, PillarId("un-internal-diversity"));
  EXPECT_FALSE(diversity.launch.condition.empty());
  EXPECT_EQ(diversity.launch.source,
            "to be launched upon the conclusion of the work of the Secretary General's "
            "Task Force on Addressing Racism at the UN");
}

TEST(DefaultNetwork, SupportingRoles) {
  const Network& net = io::DefaultNetwork();
  auto roles = [&](const char* entity, Date day) {
    std::vector<std::string> out;
    for (const RoleRef& r : net.RolesOf(*net.FindEntity(EntityId(entity)), day)) {
      out.push_back(absl::StrCat(r.pillar->id.str(), ":", ToAbsl(ToString(r.role->kind))));
    }
    return out;
  };
  // A stated willingness is not a role: UNDP, DPPA and UNICEF hold none
  // (their statements are mentions; see StatedWillingnessIsAMentionNotARole).
  EXPECT_THAT(roles("undp", kMeeting), IsEmpty());
  EXPECT_THAT(roles("dppa", kMeeting), IsEmpty());
  EXPECT_THAT(roles("unicef", kMeeting), IsEmpty());
  EXPECT_THAT(roles("unhcr", kMeeting),
              ElementsAre("leave-no-one-behind:member", "knowledge-hub:lead"));
  EXPECT_THAT(roles("unhcr", kNewYear),
              ElementsAre("leave-no-one-behind:member", "knowledge-hub:lead"));
  EXPECT_THAT(roles("osapg", kMeeting),
              ElementsAre("leave-no-one-behind:support", "times-of-crisis:support"));
  EXPECT_THAT(roles("unrwa", kMeeting), IsEmpty());
}

TEST(DefaultNetwork, FiveCommitmentsWithOsapgPositions) {
  const Network& net = io::DefaultNetwork();
  ASSERT_EQ(net.commitments().size(), 5u);
  const EntityId osapg("osapg");
  std::vector<std::string> stances;
  for (const Commitment& c : net.commitments()) {
    EXPECT_EQ(c.status, CommitmentStatus::kAdopted) << c.id;
    EXPECT_EQ(c.adopted_at, MeetingId("senior-2021-12-06"));
    stances.push_back(absl::StrCat(c.number, ":", ToAbsl(ToString(c.StanceOf(osapg)))));
  }
  EXPECT_THAT(stances, ElementsAre("1:partially", "2:partially", "3:considering",
                                   "4:endorses", "5:endorses"));
  const Commitment& c1 = *net.FindCommitment(CommitmentId("c1"));
  EXPECT_EQ(c1.text,
            "Agencies and entities commit to redoubling efforts to support dedicating "
            "resources to the work of the Network, including by providing support to own "
            "staff engaged with Network work.");
  EXPECT_EQ(c1.status_source,
            "thanked the participants for sharing insights and endorsing the commitments");
  EXPECT_EQ(net.FindCommitment(CommitmentId("c3"))->StanceOf(EntityId("who")),
            Stance::kNotRecorded);
}

TEST(DefaultNetwork, CoChairOffice) {
  const Network& net = io::DefaultNetwork();
  const Rotation& r = *net.FindRotation(RotationId("co-chair"));
  EXPECT_EQ(r.term, (TermSpec{Date(2021, 1, 1), TermUnit::kMonths, 12}));
  EXPECT_THAT(r.permanent, ElementsAre(EntityId("ohchr")));
  EXPECT_EQ(r.order.rule, OrderRuleKind::kOpenCall);
  EXPECT_EQ(r.max_consecutive_terms, 2);
  ASSERT_EQ(r.calls.size(), 1u);
  EXPECT_EQ(r.calls[0].term, Date(2022, 1, 1));
  EXPECT_EQ(r.calls[0].closes, Date(2021, 12, 21));
  EXPECT_THAT(r.calls[0].fallback,
              ElementsAre(Fallback::kApproachBilaterally, Fallback::kRequestIncumbent));
  EXPECT_THAT(net.RecordedSeats(r, kMeeting),
              ElementsAre(EntityId("ohchr"), EntityId("unesco")));
  EXPECT_THAT(net.RecordedSeats(r, Date(2021, 1, 1)),
              ElementsAre(EntityId("ohchr"), EntityId("unesco")));
  EXPECT_THAT(net.RecordedSeats(r, kNewYear), ElementsAre(EntityId("ohchr")));
}

TEST(DefaultNetwork, TheMeeting) {
  const Network& net = io::DefaultNetwork();
  ASSERT_EQ(net.meetings().size(), 1u);
  const Meeting& m = net.meetings()[0];
  EXPECT_EQ(m.start, absl::CivilMinute(2021, 12, 6, 8, 0));
  EXPECT_EQ(m.end, absl::CivilMinute(2021, 12, 6, 9, 0));
  EXPECT_EQ(m.time_zone, "America/New_York");
  EXPECT_EQ(m.venue, "MS Teams");
  EXPECT_THAT(m.chairs, ElementsAre(PersonId("ilze-brands-kehris"), PersonId("gabriela-ramos")));
  EXPECT_EQ(m.participants.size(), 13u);
  EXPECT_EQ(m.agenda.size(), 5u);
}

TEST(DefaultNetwork, DatedItems) {
  const Network& net = io::DefaultNetwork();
  auto date_of = [&](const char* id) { return net.FindDeadline(DeadlineId(id))->date; };
  EXPECT_EQ(date_of("co-chair-2022-call"), Date(2021, 12, 21));
  EXPECT_EQ(date_of("ilo-intersectionality-lead"), Date(2022, 1, 1));
  EXPECT_EQ(date_of("declaration-30th-anniversary"), Date(2022, 12, 18));
  EXPECT_EQ(date_of("unhcr-capacity-building-2022"), Date(2022, 1, 1));
  EXPECT_EQ(date_of("work-plan-end"), Date(2025, 12, 31));
}

TEST(DefaultNetwork, RecordsTheContradictionsOfTheMinutes) {
  const Network& net = io::DefaultNetwork();
  std::vector<std::string> counts;
  for (const StatedCount& c : net.stated_counts()) {
    counts.push_back(absl::StrCat(c.collection, "=", c.count));
  }
  EXPECT_THAT(counts, ElementsAre("commitments=6", "commitments=5", "pillars=8"));
  const Mention& capacity = *net.FindMention(MentionId("capacity-building-pillar"));
  EXPECT_EQ(capacity.name, "Pillar on capacity-building");
  EXPECT_EQ(capacity.entity, EntityId("unhcr"));
  EXPECT_EQ(net.FindPillar(PillarId("capacity-building")), nullptr);
}

// Every fact says what it rests on: a verbatim quote of the minutes, or a
// basis with a note. Adding a fact without either fails here.
TEST(DefaultNetwork, EveryFactHasProvenanceAndEverySourceIsQuoted) {
  const Network& net = io::DefaultNetwork();
  const std::string minutes = Minutes();
  ASSERT_FALSE(minutes.empty());
  int quoted = 0;
  for (const Fact& f : FactsOf(net)) {
    EXPECT_TRUE(f.provenance.Has()) << f.pointer << ": " << f.statement;
    if (f.provenance.basis != Basis::kQuoted) {
      EXPECT_FALSE(f.provenance.note.empty()) << f.pointer;
    }
    if (f.provenance.source.empty()) continue;
    ++quoted;
    EXPECT_NE(minutes.find(f.provenance.source), std::string::npos)
        << f.pointer << ": " << f.provenance.source;
  }
  EXPECT_GT(quoted, 100);
  EXPECT_THAT(FactsWithoutProvenance(net), IsEmpty());
}

// The corrections of the review against the minutes (docs/default-network.md),
// one test each, against the minutes' words.

void ExpectInMinutes(const std::string& words) {
  EXPECT_NE(Minutes().find(words), std::string::npos) << words;
}

TEST(DefaultNetworkReview, MaxConsecutiveTermsIsInferredFromStayOnForASecondYear) {
  const Rotation& r = *io::DefaultNetwork().FindRotation(RotationId("co-chair"));
  EXPECT_EQ(r.max_consecutive_terms, 2);
  EXPECT_EQ(r.max_consecutive_terms_provenance.basis, Basis::kInferred);
  EXPECT_EQ(r.max_consecutive_terms_provenance.source, "stay on for a second year");
  ExpectInMinutes("stay on for a second year");
  EXPECT_EQ(Minutes().find("consecutive"), std::string::npos);  // no stated limit
}

TEST(DefaultNetworkReview, LaunchDatesAreAssumedNotQuoted) {
  const Network& net = io::DefaultNetwork();
  ExpectInMinutes("the past 18 months");
  for (const Pillar& p : net.pillars()) {
    if (!p.launch.date) continue;
    EXPECT_EQ(p.launch.basis, Basis::kAssumed) << p.id;
    EXPECT_TRUE(p.launch.source.empty()) << p.id;
    EXPECT_THAT(p.launch.note, ::testing::HasSubstr("the past 18 months")) << p.id;
  }
}

TEST(DefaultNetworkReview, StatedWillingnessIsAMentionNotARole) {
  const Network& net = io::DefaultNetwork();
  const struct {
    const char* mention;
    const char* entity;
    const char* words;
  } kCases[] = {
      {"undp-willingness-criminal-justice", "undp",
       "expressed UNDP's willingness to support the work of each pillar, especially the "
       "Criminal Justice pillar"},
      {"unicef-intersectionality", "unicef",
       "Highlights the importance of continuing engagement with intersectionality"},
      {"dppa-times-of-crisis", "dppa",
       "Reflected on the opportunities and challenges regarding DPPA participation in the "
       "Times of Crisis Pillar"},
  };
  for (const auto& c : kCases) {
    const Mention* m = net.FindMention(MentionId(c.mention));
    ASSERT_NE(m, nullptr) << c.mention;
    EXPECT_EQ(m->kind, "statement");
    EXPECT_EQ(m->entity, EntityId(c.entity));
    EXPECT_EQ(m->source, c.words);
    ExpectInMinutes(c.words);
    const Entity* e = net.FindEntity(EntityId(c.entity));
    ASSERT_NE(e, nullptr) << c.entity;
    EXPECT_THAT(net.RolesOf(*e), IsEmpty()) << c.entity;
  }
}

TEST(DefaultNetworkReview, UnhcrStepsUpARoleItAlreadyHolds) {
  const Network& net = io::DefaultNetwork();
  ExpectInMinutes("will chair the Pillar on capacity-building for 2022, and will step up "
                  "their role for the LNOB pillar");
  const Pillar& lnob = *net.FindPillar(PillarId("leave-no-one-behind"));
  const Role& unhcr = lnob.roles.at(1);
  EXPECT_EQ(unhcr.entity, EntityId("unhcr"));
  EXPECT_EQ(unhcr.kind, RoleKind::kMember);
  EXPECT_TRUE(unhcr.valid.IsAlways());  // not "from 2022-01-01"
  EXPECT_EQ(unhcr.basis, Basis::kInferred);
  EXPECT_EQ(unhcr.source, "will step up their role for the LNOB pillar");
}

TEST(DefaultNetworkReview, PillarEightIsLedByTheCoChairs) {
  const Network& net = io::DefaultNetwork();
  ExpectInMinutes("OHCHR and UNESCO Co-Chairs Pillar Leads");
  const Pillar& p = *net.FindPillar(PillarId("network-development"));
  ASSERT_EQ(p.roles.size(), 2u);
  EXPECT_EQ(p.roles[1].entity, EntityId("unesco"));
  EXPECT_EQ(p.roles[1].valid.to, Date(2021, 12, 31));  // its 2021 co-chair term
  EXPECT_EQ(p.roles[1].basis, Basis::kInferred);
  EXPECT_THAT(Leads(net, "network-development", kMeeting), ElementsAre("ohchr", "unesco"));
  EXPECT_THAT(Leads(net, "network-development", kNewYear), ElementsAre("ohchr"));
}

TEST(DefaultNetworkReview, StayingOnIsARequestNotAnExtension) {
  const Rotation& r = *io::DefaultNetwork().FindRotation(RotationId("co-chair"));
  ExpectInMinutes("or alternately request that UNESCO stay on for a second year");
  EXPECT_THAT(r.calls.at(0).fallback,
              ElementsAre(Fallback::kApproachBilaterally, Fallback::kRequestIncumbent));
}

TEST(DefaultNetworkReview, ForTwentyTwentyTwoIsAYear) {
  const Deadline& d =
      *io::DefaultNetwork().FindDeadline(DeadlineId("unhcr-capacity-building-2022"));
  ExpectInMinutes("will chair the Pillar on capacity-building for 2022");
  EXPECT_EQ(d.date, Date(2022, 1, 1));
  EXPECT_EQ(d.precision, DatePrecision::kYear);
  EXPECT_EQ(d.convention, Convention::kUnadjusted);  // not moved to 2022-01-03
}

TEST(DefaultNetworkReview, MentionsLeftOutAreRecordedAndDated) {
  const Network& net = io::DefaultNetwork();
  auto mention = [&](const char* id) -> const Mention& {
    const Mention* m = net.FindMention(MentionId(id));
    EXPECT_NE(m, nullptr) << id;
    static const Mention kNone;
    return m == nullptr ? kNone : *m;
  };
  for (const char* id :
       {"hc-report-systemic-racism", "four-point-agenda", "hrc-resolution-47-21",
        "permanent-forum-people-of-african-descent", "global-forum-against-racism",
        "sg-common-agenda", "rmr-mechanism", "no-duplication-clause"}) {
    ExpectInMinutes(mention(id).source);
  }
  EXPECT_EQ(mention("hrc-resolution-47-21").source, "Human Rights Council's Resolution 47/21");
  EXPECT_EQ(mention("permanent-forum-people-of-african-descent").date, Date(2021, 7, 1));
  EXPECT_EQ(mention("permanent-forum-people-of-african-descent").precision,
            DatePrecision::kMonth);
  EXPECT_EQ(mention("global-forum-against-racism").date, Date(2021, 3, 1));
  EXPECT_EQ(mention("global-forum-against-racism").precision, DatePrecision::kMonth);
  EXPECT_EQ(mention("sg-common-agenda").date, std::nullopt);  // "recently launched"
  EXPECT_EQ(mention("rmr-mechanism").entity, EntityId("dppa"));
  EXPECT_EQ(mention("rmr-mechanism").source, "the RMR mechanism, which DPPA co-chairs with UNDP");
  EXPECT_THAT(mention("no-duplication-clause").source,
              ::testing::HasSubstr("not aim to duplicate or replace any UN process"));
}

TEST(DefaultNetworkReview, OtherStatedPositionsAreRecordedWithTheirWords) {
  const Network& net = io::DefaultNetwork();
  for (const char* id : {"unhcr-staff-time", "unodc-criminal-justice", "dgc-durban-campaign",
                         "dgc-briefing-task-force-plan", "undp-programming-support",
                         "participants-endorse-commitments"}) {
    const Mention* m = net.FindMention(MentionId(id));
    ASSERT_NE(m, nullptr) << id;
    EXPECT_EQ(m->kind, "statement") << id;
    ExpectInMinutes(m->source);
  }
  EXPECT_THAT(net.FindMention(MentionId("unhcr-staff-time"))->source,
              ::testing::HasSubstr("dedicate extra staff time and expertise"));
  // An entity the minutes do not record on a commitment is "not recorded".
  EXPECT_EQ(ToString(net.FindCommitment(CommitmentId("c1"))->StanceOf(EntityId("unhcr"))),
            "not-recorded");
}

TEST(DefaultNetworkReview, NamesZonesAndHolidaysAreExternal) {
  const Network& net = io::DefaultNetwork();
  for (const Entity& e : net.entities()) {
    EXPECT_EQ(e.basis, Basis::kExternal) << e.id;
    EXPECT_FALSE(e.note.empty()) << e.id;
  }
  EXPECT_EQ(net.FindCalendar(CalendarId("un-new-york"))->basis, Basis::kExternal);
  EXPECT_EQ(net.FindCalendar(CalendarId("un-geneva"))->basis, Basis::kExternal);
  EXPECT_EQ(net.FindDeadline(DeadlineId("declaration-30th-anniversary"))->basis,
            Basis::kExternal);
}

TEST(DefaultNetworkReview, BeateAndreesWorksInNewYork) {
  const Network& net = io::DefaultNetwork();
  ExpectInMinutes("Director of the ILO Office for the United Nations in New York");
  const Person& p = *net.FindPerson(PersonId("beate-andrees"));
  EXPECT_EQ(p.time_zone, "America/New_York");
  EXPECT_EQ(net.FindEntity(EntityId("ilo"))->time_zone, "Europe/Zurich");
  EXPECT_EQ(p.basis, Basis::kInferred);
}

}  // namespace
}  // namespace netgov
