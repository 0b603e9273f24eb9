// The query overloads taking an id are deprecated for one release
// (docs/design.md, "Unknown ids"): they must keep compiling and answering as
// before, the same as the overloads taking the item, and empty for an unknown
// id. Using them is what this file tests, so it silences the deprecation
// warning between the push and the pop below, and nowhere else.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/network/network.hpp"

namespace netgov {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const Date kMeeting(2021, 12, 6);
const Date kNewYear(2022, 1, 1);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

TEST(DeprecatedIdOverloads, AnswerAsTheItemOverloads) {
  const Network& net = io::DefaultNetwork();
  const Pillar& lnob = **net.LookupPillar("leave-no-one-behind");
  const Entity& ohchr = **net.LookupEntity("ohchr");
  const Rotation& co_chair = **net.LookupRotation("co-chair");
  const Commitment& c3 = **net.LookupCommitment("c3");
  ASSERT_FALSE(net.LeadsOf(lnob, kMeeting).empty());
  EXPECT_EQ(net.LeadsOf(lnob.id, kMeeting).size(), net.LeadsOf(lnob, kMeeting).size());
  EXPECT_EQ(net.LeadsOf(lnob.id, kMeeting).at(0).role, net.LeadsOf(lnob, kMeeting).at(0).role);
  EXPECT_EQ(net.RolesIn(lnob.id, RoleKind::kMember, kNewYear).size(),
            net.RolesIn(lnob, RoleKind::kMember, kNewYear).size());
  EXPECT_EQ(net.RolesOf(ohchr.id).data(), net.RolesOf(ohchr).data());
  EXPECT_EQ(net.RolesOf(ohchr.id, kMeeting).size(), net.RolesOf(ohchr, kMeeting).size());
  EXPECT_EQ(net.PeopleOf(ohchr.id, kMeeting), net.PeopleOf(ohchr, kMeeting));
  EXPECT_EQ(net.PositionsOn(c3.id).data(), net.PositionsOn(c3).data());
  EXPECT_THAT(net.RecordedSeats(co_chair.id, kNewYear), ElementsAre(EntityId("ohchr")));
  EXPECT_EQ(net.RecordedSeats(co_chair.id, kMeeting), net.RecordedSeats(co_chair, kMeeting));
}

TEST(DeprecatedIdOverloads, AnUnknownIdIsAnEmptyAnswer) {
  const Network& net = io::DefaultNetwork();
  EXPECT_THAT(net.LeadsOf(PillarId("leave-no-one-behnd"), kMeeting), IsEmpty());
  EXPECT_THAT(net.RolesIn(PillarId("nope"), RoleKind::kLead, kMeeting), IsEmpty());
  EXPECT_THAT(net.RolesOf(EntityId("ohchrr")), IsEmpty());
  EXPECT_THAT(net.RolesOf(EntityId("ohchrr"), kMeeting), IsEmpty());
  EXPECT_THAT(net.PeopleOf(EntityId("ohchrr"), kMeeting), IsEmpty());
  EXPECT_THAT(net.PositionsOn(CommitmentId("c33")), IsEmpty());
  EXPECT_THAT(net.RecordedSeats(RotationId("co-chairs"), kMeeting), IsEmpty());
}

#pragma GCC diagnostic pop

}  // namespace
}  // namespace netgov
