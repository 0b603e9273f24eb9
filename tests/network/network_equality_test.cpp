// Network's equality compares every collection; lookups find what exists;
// a launched pillar with no lead at all is without a real lead.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/network/network_builder.hpp"

namespace netgov {
namespace {

NetworkBuilder Base() {
  NetworkBuilder b({"n", "", "UTC", "", ""});
  Entity e;
  e.id = EntityId("ohchr");
  b.AddEntity(e);
  Person p;
  p.id = PersonId("ann");
  b.AddPerson(p);
  Pillar hub;
  hub.id = PillarId("hub");
  b.AddPillar(hub);
  Calendar c;
  c.id = CalendarId("un");
  b.AddCalendar(c);
  Meeting m;
  m.id = MeetingId("slm");
  b.AddMeeting(m);
  Deadline d;
  d.id = DeadlineId("report");
  d.date = Date(2022, 1, 31);
  b.AddDeadline(d);
  return b;
}

Network Build(NetworkBuilder b) {
  absl::StatusOr<Network> net = std::move(b).Build();
  EXPECT_TRUE(net.ok()) << net.status();
  return net.ok() ? *net : Network();
}

TEST(NetworkEquality, EveryCollectionCounts) {
  const Network base = Build(Base());
  EXPECT_EQ(base, Build(Base()));  // built apart, equal
  using Change = std::function<void(NetworkBuilder&)>;
  const std::vector<std::pair<std::string, Change>> changes = {
      {"info", [](NetworkBuilder& b) { b.SetInfo({"n", "Named", "UTC", "", ""}); }},
      {"entities", [](NetworkBuilder& b) { Entity e; e.id = EntityId("unhcr"); b.AddEntity(e); }},
      {"people", [](NetworkBuilder& b) { Person p; p.id = PersonId("bob"); b.AddPerson(p); }},
      {"pillars", [](NetworkBuilder& b) { Pillar p; p.id = PillarId("two"); b.AddPillar(p); }},
      {"rotations",
       [](NetworkBuilder& b) {
         Rotation r;
         r.id = RotationId("chairs");
         r.term = {Date(2021, 1, 1), TermUnit::kYears, 1};
         r.order.rule = OrderRuleKind::kOpenCall;
         b.AddRotation(r);
       }},
      {"calendars", [](NetworkBuilder& b) { Calendar c; c.id = CalendarId("ge"); b.AddCalendar(c); }},
      {"meetings", [](NetworkBuilder& b) { Meeting m; m.id = MeetingId("m2"); b.AddMeeting(m); }},
      {"commitments",
       [](NetworkBuilder& b) { Commitment c; c.id = CommitmentId("c1"); b.AddCommitment(c); }},
      {"deadlines",
       [](NetworkBuilder& b) {
         Deadline d;
         d.id = DeadlineId("d2");
         d.date = Date(2022, 2, 1);
         b.AddDeadline(d);
       }},
      {"mentions",
       [](NetworkBuilder& b) {
         Mention m;
         m.id = MentionId("m");
         m.kind = "other";
         b.AddMention(m);
       }},
      {"stated_counts",
       [](NetworkBuilder& b) {
         StatedCount c;
         c.id = "members";
         c.collection = "entities";
         c.count = 1;
         b.AddStatedCount(c);
       }}};
  for (const auto& [what, change] : changes) {
    SCOPED_TRACE(what);
    NetworkBuilder b = Base();
    change(b);  // one difference only, so each comparison is reached
    EXPECT_NE(Build(b), base);
  }
}

TEST(NetworkLookups, FindWhatExistsById) {
  const Network net = Build(Base());
  ASSERT_TRUE(net.LookupCalendar("un").ok());
  EXPECT_EQ((*net.LookupCalendar("un"))->id, CalendarId("un"));
  ASSERT_TRUE(net.LookupMeeting("slm").ok());
  EXPECT_EQ((*net.LookupMeeting("slm"))->id, MeetingId("slm"));
  ASSERT_TRUE(net.LookupDeadline("report").ok());
  EXPECT_EQ((*net.LookupDeadline("report"))->date, Date(2022, 1, 31));
  ASSERT_NE(net.ResolvePerson("ann"), nullptr);
  EXPECT_EQ(net.ResolvePerson("ann")->id, PersonId("ann"));
}

// "hub" has no launch date (launched always) and no role: unled, so it has
// no real lead on any day.
TEST(NetworkLookups, AnUnledPillarIsWithoutARealLead) {
  const Network net = Build(Base());
  const Pillar& hub = *net.FindPillar(PillarId("hub"));
  EXPECT_EQ(net.LeadershipOf(hub, Date(2022, 1, 1)), Leadership::kUnled);
  ASSERT_EQ(net.PillarsWithoutRealLead(Date(2022, 1, 1)).size(), 1u);
  EXPECT_EQ(net.PillarsWithoutRealLead(Date(2022, 1, 1)).front()->id, PillarId("hub"));
}

}  // namespace
}  // namespace netgov
