// One policy for unknown ids (docs/design.md, "Unknown ids"): `Lookup*()`
// turns a string into an item or fails with "did you mean"; queries take the
// item, so a mistyped id never reads as an empty answer.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/network/network_builder.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov {
namespace {

using ::netgov::testing::StatusIs;

Network Small() {
  NetworkBuilder b({"n", "", "", "", ""});
  Entity e;
  e.id = EntityId("unhcr");
  b.AddEntity(e);
  Person person;
  person.id = PersonId("kehris");
  person.name = "Kehris";
  b.AddPerson(person);
  Pillar unnumbered;
  unnumbered.id = PillarId("hub");
  unnumbered.roles = {{EntityId("unhcr"), RoleKind::kLead, false, {}, "", ""}};
  b.AddPillar(unnumbered);
  Pillar second;
  second.id = PillarId("second");
  second.number = 2;
  b.AddPillar(second);
  Calendar c;
  c.id = CalendarId("geneva");
  b.AddCalendar(c);
  Commitment commitment;
  commitment.id = CommitmentId("c1");
  b.AddCommitment(commitment);
  Deadline d;
  d.id = DeadlineId("report");
  d.date = Date(2022, 1, 31);
  b.AddDeadline(d);
  absl::StatusOr<Network> net = std::move(b).Build();
  EXPECT_TRUE(net.ok()) << net.status();
  return net.ok() ? *net : Network();
}

TEST(UnknownIds, LookupPillarByNumberMatchesOnlyRealNumbers) {
  const Network net = Small();
  EXPECT_THAT(net.LookupPillar("0"),
              StatusIs(absl::StatusCode::kInvalidArgument, "unknown pillar '0'"));
  absl::StatusOr<const Pillar*> second = net.LookupPillar("2");
  ASSERT_TRUE(second.ok());
  EXPECT_EQ((*second)->id, PillarId("second"));
}

TEST(UnknownIds, EveryLookupSaysWhatIsClose) {
  const Network net = Small();
  EXPECT_THAT(net.LookupPerson("kehriss"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "unknown person 'kehriss'; did you mean 'kehris'?"));
  EXPECT_THAT(net.LookupCalendar("geneve"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "unknown calendar 'geneve'; did you mean 'geneva'?"));
  EXPECT_THAT(net.LookupMeeting("m1"),
              StatusIs(absl::StatusCode::kInvalidArgument, "unknown meeting 'm1'"));
  EXPECT_THAT(net.LookupCommitment("c2"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "unknown commitment 'c2'; did you mean 'c1'?"));
  EXPECT_THAT(net.LookupDeadline("reprot"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "unknown deadline 'reprot'; did you mean 'report'?"));
  EXPECT_THAT(net.LookupPillar("hbu"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "unknown pillar 'hbu'; did you mean 'hub'?"));
  absl::StatusOr<const Person*> by_name = net.LookupPerson("KEHRIS");
  ASSERT_TRUE(by_name.ok());
  EXPECT_EQ((*by_name)->id, PersonId("kehris"));
}

TEST(UnknownIds, QueriesTakeTheLookedUpItem) {
  const Network net = Small();
  const Pillar& hub = **net.LookupPillar("hub");
  ASSERT_EQ(net.LeadsOf(hub, Date(2021, 12, 6)).size(), 1u);
  EXPECT_EQ(net.LeadsOf(hub, Date(2021, 12, 6))[0].pillar, &hub);
  const Entity& unhcr = **net.LookupEntity("unhcr");
  EXPECT_EQ(net.RolesOf(unhcr).size(), 1u);
  EXPECT_EQ(net.RolesOf(unhcr, Date(2021, 12, 6)).size(), 1u);
  EXPECT_TRUE(net.PeopleOf(unhcr, Date(2021, 12, 6)).empty());
  EXPECT_TRUE(net.PositionsOn(**net.LookupCommitment("c1")).empty());
}

}  // namespace
}  // namespace netgov
