// Amending a loaded network with NetworkBuilder(network) and saving it:
// load, amend, write, load gives exactly the amended network.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"
#include "netgov/network/network_builder.hpp"
#include "tests/testing/ids.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov {
namespace {

using ::netgov::testing::Ids;
using ::netgov::testing::IsOk;
using ::netgov::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::SizeIs;

TEST(NetworkBuilderAmend, UnamendedBuildsAnEqualNetwork) {
  const Network& net = io::DefaultNetwork();
  const absl::StatusOr<Network> again = NetworkBuilder(net).Build();
  ASSERT_THAT(again, IsOk());
  EXPECT_EQ(*again, net);
  EXPECT_EQ(io::WriteNetwork(*again), io::WriteNetwork(net));
}

TEST(NetworkBuilderAmend, LoadAmendWriteLoadGivesTheAmendedNetwork) {
  const absl::StatusOr<Network> loaded = io::LoadNetwork(io::WriteNetwork(io::DefaultNetwork()));
  ASSERT_THAT(loaded, IsOk());

  NetworkBuilder amend(*loaded);
  amend.AddHistory(RotationId("co-chair"),
                   {Date(2022, 1, 1), {EntityId("unesco")}, "UNESCO stays on for 2022"});
  amend.AddRole(PillarId("knowledge-hub"),
                {EntityId("unrwa"), RoleKind::kMember, false, {Date(2022, 1, 1), std::nullopt},
                 "joins in 2022", ""});
  Entity unrwa = *loaded->FindEntity(EntityId("unrwa"));
  unrwa.aliases.push_back("UN Relief and Works Agency");
  amend.ReplaceEntity(unrwa);
  const absl::StatusOr<Network> amended = std::move(amend).Build();
  ASSERT_THAT(amended, IsOk());

  const std::string text = io::WriteNetwork(*amended);
  const absl::StatusOr<Network> reloaded = io::LoadNetwork(text);
  ASSERT_THAT(reloaded, IsOk());
  EXPECT_EQ(*reloaded, *amended);
  EXPECT_EQ(io::WriteNetwork(*reloaded), text);
  EXPECT_NE(*reloaded, *loaded);

  // The amendments, and nothing else, changed.
  EXPECT_EQ(reloaded->RecordedSeats(*reloaded->FindRotation(RotationId("co-chair")), Date(2022, 6, 1)),
            Ids({"ohchr", "unesco"}));
  EXPECT_TRUE(loaded->RecordedSeats(*loaded->FindRotation(RotationId("co-chair")), Date(2022, 6, 1)) ==
              Ids({"ohchr"}));
  EXPECT_THAT(reloaded->RolesOf(*reloaded->FindEntity(EntityId("unrwa")), Date(2022, 1, 1)), SizeIs(1));
  EXPECT_EQ(reloaded->ResolveEntity("un relief and works agency")->id, EntityId("unrwa"));
  EXPECT_THAT(reloaded->FindRotation(RotationId("co-chair"))->history, SizeIs(2));
  EXPECT_EQ(reloaded->entities().size(), loaded->entities().size());
  EXPECT_EQ(reloaded->deadlines().size(), loaded->deadlines().size());
  // The network it was made from is immutable and unchanged.
  EXPECT_EQ(*loaded, io::DefaultNetwork());
}

TEST(NetworkBuilderAmend, ReplaceKeepsThePlaceInOrder) {
  NetworkBuilder amend(io::DefaultNetwork());
  Pillar hub = *io::DefaultNetwork().FindPillar(PillarId("knowledge-hub"));
  hub.name = "Knowledge and Capacity Hub";
  amend.ReplacePillar(hub);
  Rotation chair = *io::DefaultNetwork().FindRotation(RotationId("co-chair"));
  chair.max_consecutive_terms = 3;
  amend.ReplaceRotation(chair);
  const absl::StatusOr<Network> net = std::move(amend).Build();
  ASSERT_THAT(net, IsOk());
  EXPECT_EQ(net->pillars()[5].name, "Knowledge and Capacity Hub");
  EXPECT_EQ(net->rotations()[0].max_consecutive_terms, 3);
}

TEST(NetworkBuilderAmend, UnknownIdsFailAtBuildWithTheFirstError) {
  NetworkBuilder amend(io::DefaultNetwork());
  Role member;
  member.entity = EntityId("unrwa");
  amend.AddRole(PillarId("knowledge-hbu"), member);
  amend.AddHistory(RotationId("cochair"), {Date(2022, 1, 1), {EntityId("unesco")}, ""});
  EXPECT_THAT(amend.Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "AddRole: unknown pillar 'knowledge-hbu'; did you mean "
                       "'knowledge-hub'?"));
  NetworkBuilder other(io::DefaultNetwork());
  Entity nobody;
  nobody.id = EntityId("unrwaa");
  other.ReplaceEntity(nobody);
  EXPECT_THAT(std::move(other).Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "ReplaceEntity: unknown entity 'unrwaa'; did you mean 'unrwa'?"));
}

TEST(NetworkBuilderAmend, AmendedItemsAreCheckedLikeAnyOther) {
  NetworkBuilder amend(io::DefaultNetwork());
  amend.AddHistory(RotationId("co-chair"), {Date(2022, 1, 1), {EntityId("unicfe")}, ""});
  const absl::StatusOr<Network> net = std::move(amend).Build();
  ASSERT_FALSE(net.ok());
  EXPECT_THAT(std::string(net.status().message()),
              ::testing::StartsWith("/rotations/0/history/1/"));
}

}  // namespace
}  // namespace netgov
