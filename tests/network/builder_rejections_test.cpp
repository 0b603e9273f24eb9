// NetworkBuilder::Build() is the one place that validates: what the JSON
// reader cannot produce (an empty id, a special date value, a role of a
// rotation's holders that also names an entity) is refused when a network
// is built in code, each with the message and JSON pointer a file would get.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/network/network_builder.hpp"
#include "tests/testing/builders.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov {
namespace {

using ::netgov::testing::StatusIs;

NetworkBuilder Base() { return netgov::testing::OneEntityBuilder("ohchr"); }

void ExpectError(const NetworkBuilder& b, const std::string& message) {
  EXPECT_THAT(b.Build(), StatusIs(absl::StatusCode::kInvalidArgument, message));
}

Rotation Yearly(const char* id) {
  Rotation r;
  r.id = RotationId(id);
  r.term = {Date(2021, 1, 1), TermUnit::kYears, 1};
  r.order.rule = OrderRuleKind::kOpenCall;
  return r;
}

const Date kPlusInfinity(boost::gregorian::pos_infin);
const Date kMinusInfinity(boost::gregorian::neg_infin);

TEST(BuildRejects, AnEmptyIdOfEveryKind) {
  using Add = std::function<void(NetworkBuilder&)>;
  const std::vector<std::pair<Add, std::string>> cases = {
      {[](NetworkBuilder& b) { b.AddEntity({}); }, "/entities/1/id: an entity"},
      {[](NetworkBuilder& b) { b.AddPerson({}); }, "/people/0/id: a person"},
      {[](NetworkBuilder& b) { b.AddPillar({}); }, "/pillars/0/id: a pillar"},
      {[](NetworkBuilder& b) { b.AddRotation({}); }, "/rotations/0/id: a rotation"},
      {[](NetworkBuilder& b) { b.AddCalendar({}); }, "/calendars/0/id: a calendar"},
      {[](NetworkBuilder& b) { b.AddMeeting({}); }, "/meetings/0/id: a meeting"},
      {[](NetworkBuilder& b) { b.AddCommitment({}); }, "/commitments/0/id: a commitment"},
      {[](NetworkBuilder& b) { b.AddDeadline({}); }, "/deadlines/0/id: a deadline"},
      {[](NetworkBuilder& b) { b.AddMention({}); }, "/mentions/0/id: a mention"}};
  for (const auto& [add, start] : cases) {
    NetworkBuilder b = Base();
    add(b);
    ExpectError(b, absl::StrCat(start, " needs a non-empty id"));
  }
}

TEST(BuildRejects, ADuplicateIdOfEveryKind) {
  {
    NetworkBuilder b = Base();
    Person p;
    p.id = PersonId("ann");
    b.AddPerson(p).AddPerson(p);
    ExpectError(b, "/people/1/id: duplicate person id 'ann' (first defined at /people/0)");
  }
  {
    NetworkBuilder b = Base();
    b.AddRotation(Yearly("r")).AddRotation(Yearly("r"));
    ExpectError(b, "/rotations/1/id: duplicate rotation id 'r' (first defined at /rotations/0)");
  }
  {
    NetworkBuilder b = Base();
    Calendar c;
    c.id = CalendarId("un");
    b.AddCalendar(c).AddCalendar(c);
    ExpectError(b, "/calendars/1/id: duplicate calendar id 'un' (first defined at /calendars/0)");
  }
  {
    NetworkBuilder b = Base();
    Mention m;
    m.id = MentionId("m");
    m.kind = "other";
    b.AddMention(m).AddMention(m);
    ExpectError(b, "/mentions/1/id: duplicate mention id 'm' (first defined at /mentions/0)");
  }
}

TEST(BuildRejects, SpecialDatesInIntervalsWithTheirPointers) {
  {
    NetworkBuilder b = Base();
    Entity e;
    e.id = EntityId("unhcr");
    e.membership.push_back({Date(2021, 1, 1), kPlusInfinity});
    b.AddEntity(e);
    ExpectError(b,
                "/entities/1/membership/0/to: '+infinity' is not a day; expected a date "
                "from 1400-01-01 to 9999-12-31");
  }
  {
    NetworkBuilder b = Base();
    Person p;
    p.id = PersonId("ann");
    p.posts.push_back({EntityId("ohchr"), "Chief", {kMinusInfinity, std::nullopt}, "", {}});
    b.AddPerson(p);
    ExpectError(b,
                "/people/0/posts/0/from: '-infinity' is not a day; expected a date from "
                "1400-01-01 to 9999-12-31");
  }
  {
    NetworkBuilder b = Base();
    Person p;
    p.id = PersonId("ann");
    p.posts.push_back({EntityId("ohchrr"), "Chief", {}, "", {}});
    b.AddPerson(p);
    ExpectError(b, "/people/0/posts/0/entity: unknown entity 'ohchrr'; did you mean 'ohchr'?");
  }
  {
    NetworkBuilder b = Base();
    Mention m;
    m.id = MentionId("m");
    m.kind = "other";
    m.valid = {Date(2022, 1, 1), Date(2021, 1, 1)};
    b.AddMention(m);
    ExpectError(b,
                "/mentions/0: from 2022-01-01 is after to 2021-01-01; 'from' must be on or "
                "before 'to'");
  }
  {
    NetworkBuilder b = Base();
    Mention m;
    m.id = MentionId("m");
    m.kind = "entity";
    m.entity = EntityId("ohcr");
    b.AddMention(m);
    ExpectError(b, "/mentions/0/entity: unknown entity 'ohcr'; did you mean 'ohchr'?");
  }
}

TEST(BuildRejects, RotationRolesThatNameNoRotationOrAnEntity) {
  {
    // Given straight in `rotation_roles`, a role without a rotation.
    NetworkBuilder b = Base();
    Pillar p;
    p.id = PillarId("hub");
    p.rotation_roles.push_back(Role{});
    b.AddPillar(p);
    ExpectError(b,
                "/pillars/0/rotation_roles/0/rotation: a rotation role names the rotation "
                "whose holders hold it");
  }
  {
    NetworkBuilder b = Base();
    b.AddRotation(Yearly("chairs"));
    Pillar p;
    p.id = PillarId("hub");
    Role role;
    role.holders_of = RotationId("chairs");
    role.entity = EntityId("ohchr");
    p.rotation_roles.push_back(role);
    b.AddPillar(p);
    ExpectError(b, "/pillars/0/rotation_roles/0: a rotation role has no entity: its holders are "
                   "the rotation's");
  }
  {
    NetworkBuilder b = Base();
    b.AddRotation(Yearly("chairs"));
    Pillar p;
    p.id = PillarId("hub");
    Role role;
    role.holders_of = RotationId("chairs");
    role.valid = {Date(2021, 1, 1), kPlusInfinity};
    p.roles.push_back(role);
    b.AddPillar(p);
    ExpectError(b,
                "/pillars/0/rotation_roles/0/to: '+infinity' is not a day; expected a date "
                "from 1400-01-01 to 9999-12-31");
  }
}

TEST(BuildRejects, CountsAndPositionsThatCannotBe) {
  {
    NetworkBuilder b = Base();
    StatedCount c;
    c.id = "members";
    c.collection = "entities";
    c.count = -1;
    b.AddStatedCount(c);
    ExpectError(b, "/stated_counts/0/count: a count cannot be negative");
  }
  {
    NetworkBuilder b = Base();
    StatedCount c;
    c.id = "members";
    c.collection = "entities";
    c.count = 1;
    c.meeting = MeetingId("slm");
    b.AddStatedCount(c);
    ExpectError(b, "/stated_counts/0/meeting: unknown meeting 'slm'");
  }
  {
    NetworkBuilder b = Base();
    Commitment c;
    c.id = CommitmentId("c1");
    c.positions.push_back({EntityId("ohchr"), Stance::kEndorses, "", "", {}});
    c.positions.push_back({EntityId("ohchr"), Stance::kSilent, "", "", {}});
    b.AddCommitment(c);
    ExpectError(b,
                "/commitments/0/positions/1/entity: entity 'ohchr' already has a position at "
                "/commitments/0/positions/0");
  }
}

Meeting Slm() {
  Meeting m;
  m.id = MeetingId("slm");
  m.start = absl::CivilMinute(2021, 12, 6, 14, 0);
  m.end = absl::CivilMinute(2021, 12, 6, 16, 0);
  return m;
}

Deadline Due(const char* id) {
  Deadline d;
  d.id = DeadlineId(id);
  d.date = Date(2022, 1, 31);
  return d;
}

TEST(BuildRejects, UnknownNamesInCalendarsAndMeetings) {
  {
    NetworkBuilder b = Base();
    Calendar c;
    c.id = CalendarId("both");
    c.union_of = {CalendarId("geneva")};
    b.AddCalendar(c);
    ExpectError(b, "/calendars/0/union/0: unknown calendar 'geneva'");
  }
  {
    NetworkBuilder b = Base();
    Calendar c;
    c.id = CalendarId("both");
    c.union_of = {CalendarId("both")};
    b.AddCalendar(c);
    ExpectError(b,
                "/calendars/0/union: calendar 'both' includes itself through its unions "
                "(both -> both); a union must not include itself");
  }
  Person ann;
  ann.id = PersonId("ann");
  {
    NetworkBuilder b = Base();
    b.AddPerson(ann);
    Meeting m = Slm();
    m.chairs = {PersonId("anne")};
    b.AddMeeting(m);
    ExpectError(b, "/meetings/0/chairs/0: unknown person 'anne'; did you mean 'ann'?");
  }
  {
    NetworkBuilder b = Base();
    b.AddPerson(ann);
    Meeting m = Slm();
    m.participants = {{ParticipantKind::kPerson, "ann"}, {ParticipantKind::kPerson, "bob"}};
    b.AddMeeting(m);
    ExpectError(b, "/meetings/0/participants/1: unknown person 'bob'");
  }
  {
    NetworkBuilder b = Base();
    Meeting m = Slm();
    m.participants = {{ParticipantKind::kEntity, "ohchr"}, {ParticipantKind::kEntity, "ohch"}};
    b.AddMeeting(m);
    ExpectError(b, "/meetings/0/participants/1: unknown entity 'ohch'; did you mean 'ohchr'?");
  }
  {
    NetworkBuilder b = Base();
    b.AddPerson(ann);
    Meeting m = Slm();
    m.agenda = {{1, "Welcome", {PersonId("ann")}}, {2, "Pillars", {PersonId("an")}}};
    b.AddMeeting(m);
    ExpectError(b, "/meetings/0/agenda/1/presenters/0: unknown person 'an'; did you mean 'ann'?");
  }
}

TEST(BuildRejects, DeadlinesThatNameWhatIsNotThere) {
  {
    NetworkBuilder b = Base();
    Deadline d = Due("report");
    d.calendar = CalendarId("un");
    b.AddDeadline(d);
    ExpectError(b, "/deadlines/0/calendar: unknown calendar 'un'");
  }
  const std::pair<RelationKind, const char*> kinds[] = {
      {RelationKind::kRotation, "rotation"}, {RelationKind::kCommitment, "commitment"},
      {RelationKind::kPillar, "pillar"},     {RelationKind::kRole, "pillar"},
      {RelationKind::kEntity, "entity"},     {RelationKind::kMeeting, "meeting"},
      {RelationKind::kMention, "mention"}};
  for (const auto& [kind, word] : kinds) {
    NetworkBuilder b = Base();
    Deadline d = Due("report");
    d.relates_to.push_back({kind, "nothing", std::nullopt, std::nullopt});
    b.AddDeadline(d);
    ExpectError(b, absl::StrCat("/deadlines/0/relates_to/0/id: unknown ", word, " 'nothing'"));
  }
  {
    NetworkBuilder b = Base();
    Deadline d = Due("report");
    d.relates_to.push_back({RelationKind::kEntity, "ohchr", std::nullopt, EntityId("ohchrr")});
    b.AddDeadline(d);
    ExpectError(b,
                "/deadlines/0/relates_to/0/entity: unknown entity 'ohchrr'; did you mean "
                "'ohchr'?");
  }
  for (const int nth : {0, 6, -2}) {
    NetworkBuilder b = Base();
    Deadline d = Due("report");
    d.recurrence = Recurrence{Frequency::kMonthly, 1,   std::nullopt,     std::nullopt,
                              DayRule::kNthWeekday, Weekday::kMonday, nth};
    b.AddDeadline(d);
    ExpectError(b, absl::StrCat("/deadlines/0/recurrence/nth: expected 1 to 5, or -1 for the "
                                "last; got ",
                                nth));
  }
}

// A role of a rotation's holders covers each recorded term only within the
// role's own interval.
TEST(BuildRotationRoles, HistoryTermsAreClippedToTheRole) {
  NetworkBuilder b = Base();
  Entity unesco;
  unesco.id = EntityId("unesco");
  Entity undp;
  undp.id = EntityId("undp");
  b.AddEntity(unesco).AddEntity(undp);
  Rotation r = Yearly("chairs");
  r.history.push_back({Date(2021, 1, 1), {EntityId("unesco")}, "", {}});
  r.history.push_back({Date(2022, 1, 1), {EntityId("undp")}, "", {}});
  r.history.push_back({Date(2024, 1, 1), {EntityId("ohchr")}, "", {}});
  b.AddRotation(r);
  Pillar p;
  p.id = PillarId("hub");
  Role role;
  role.kind = RoleKind::kLead;
  role.holders_of = RotationId("chairs");
  role.valid = {Date(2021, 7, 1), Date(2022, 6, 30)};
  p.roles.push_back(role);
  b.AddPillar(p);
  absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  const Pillar& hub = net->pillars().front();
  ASSERT_EQ(hub.roles.size(), 2u);  // the 2024 term lies outside the role
  EXPECT_EQ(hub.roles[0].entity, EntityId("unesco"));
  EXPECT_EQ(hub.roles[0].valid, (Interval{Date(2021, 7, 1), Date(2021, 12, 31)}));
  EXPECT_EQ(hub.roles[1].entity, EntityId("undp"));
  EXPECT_EQ(hub.roles[1].valid, (Interval{Date(2022, 1, 1), Date(2022, 6, 30)}));
}

TEST(NetworkBuilderCopy, AssigningABuilderToItselfKeepsIt) {
  NetworkBuilder b = Base();
  NetworkBuilder& same = b;
  b = same;
  absl::StatusOr<Network> net = b.Build();
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->entities().size(), 1u);
  EXPECT_EQ(net->entities().front().id, EntityId("ohchr"));
}

}  // namespace
}  // namespace netgov
