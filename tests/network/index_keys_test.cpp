// The lookup indexes of a built network (src/network/network_data.hpp): a
// key of up to 23 bytes is held in the index itself, a longer one views the
// item's id or the network's lower-cased key text. Lookups, clashes and
// copies of a builder behave the same on both sides of that boundary.
#include <memory>
#include <string>
#include <utility>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/network/network_builder.hpp"
#include "src/network/network_data.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov {
namespace {

using ::netgov::testing::StatusIs;

// 23 bytes: the longest key held inline; 24: the shortest viewed.
const std::string kInlineId = "entity-with-a-23-byte-i";
const std::string kViewedId = "entity-with-a-24-byte-id";

Entity MakeEntity(const std::string& id, const std::string& acronym, const std::string& name) {
  Entity e;
  e.id = EntityId(id);
  e.acronym = acronym;
  e.name = name;
  return e;
}

NetworkBuilder TwoEntities() {
  NetworkBuilder b({"n", "N", "UTC", "", ""});
  b.AddEntity(MakeEntity(kInlineId, "SHORT", "A Name Of Exactly 23 By"));
  b.AddEntity(MakeEntity(kViewedId, "LONG", "A Name Longer Than Twenty-Three Bytes"));
  Pillar p;
  p.id = PillarId("p");
  p.roles.push_back({EntityId(kViewedId), RoleKind::kLead, false, {}, "", ""});
  b.AddPillar(std::move(p));
  return b;
}

TEST(IdKey, HoldsUpTo23BytesAndViewsLongerKeys) {
  ASSERT_EQ(kInlineId.size(), 23u);
  ASSERT_EQ(kViewedId.size(), 24u);
  const detail::IdKey held(kInlineId);
  const detail::IdKey viewed(kViewedId);
  EXPECT_TRUE(held.is_inline());
  EXPECT_FALSE(viewed.is_inline());
  EXPECT_EQ(held.view(), kInlineId);
  EXPECT_EQ(viewed.view(), kViewedId);
  EXPECT_EQ(viewed.view().data(), kViewedId.data());
  EXPECT_TRUE(detail::IdKey("").is_inline());
  EXPECT_EQ(detail::IdKey("").view(), "");
}

TEST(IdKey, HashesAndComparesAsItsText) {
  const detail::IdKeyHash hash;
  const detail::IdKeyEq eq;
  for (const std::string& id : {kInlineId, kViewedId}) {
    EXPECT_EQ(hash(detail::IdKey(id)), hash(absl::string_view(id)));
    EXPECT_TRUE(eq(detail::IdKey(id), absl::string_view(id)));
    EXPECT_TRUE(eq(absl::string_view(id), detail::IdKey(id)));
  }
  EXPECT_FALSE(eq(detail::IdKey(kInlineId), detail::IdKey(kViewedId)));
}

TEST(IdKey, LookupsFindKeysOnBothSidesOfTheBoundary) {
  absl::StatusOr<Network> net = TwoEntities().Build();
  ASSERT_TRUE(net.ok()) << net.status();
  for (const std::string& id : {kInlineId, kViewedId}) {
    const Entity* e = net->FindEntity(EntityId(id));
    ASSERT_NE(e, nullptr) << id;
    EXPECT_EQ(e->id.str(), id);
  }
  EXPECT_EQ(net->FindEntity(EntityId("entity-with-a-24-byte-iX")), nullptr);
  ASSERT_NE(net->ResolveEntity("a name of exactly 23 by"), nullptr);
  EXPECT_EQ(net->ResolveEntity("a name of exactly 23 by")->id.str(), kInlineId);
  ASSERT_NE(net->ResolveEntity("A NAME LONGER THAN TWENTY-THREE BYTES"), nullptr);
  EXPECT_EQ(net->ResolveEntity("A NAME LONGER THAN TWENTY-THREE BYTES")->id.str(), kViewedId);
  EXPECT_EQ(net->ResolveEntity("a name longer than twenty-three byte"), nullptr);
  ASSERT_NE(net->ResolveEntity("long"), nullptr);
  EXPECT_EQ(net->RolesOf(*net->FindEntity(EntityId(kViewedId))).size(), 1u);
}

TEST(IdKey, LongKeysClashLikeShortOnes) {
  NetworkBuilder ids = TwoEntities();
  ids.AddEntity(MakeEntity(kViewedId, "", ""));
  EXPECT_THAT(std::move(ids).Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/entities/2/id: duplicate entity id 'entity-with-a-24-byte-id' "
                       "(first defined at /entities/1)"));
  NetworkBuilder names = TwoEntities();
  names.AddEntity(MakeEntity("third", "", "a name LONGER than twenty-three bytes"));
  EXPECT_THAT(std::move(names).Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/entities/2/name: 'a name LONGER than twenty-three bytes' already "
                       "names /entities/1; acronyms, names and aliases must identify one "
                       "item"));
}

TEST(IdKey, ACopiedBuilderBuildsAfterTheOriginalIsGone) {
  // A build that fails in the pillars' checks leaves indexes (views of the
  // builder's strings) in the builder; a copy is indexed again when built.
  auto original = std::make_unique<NetworkBuilder>(TwoEntities());
  Pillar bad;
  bad.id = PillarId("q");
  bad.roles.push_back({EntityId("nobody"), RoleKind::kMember, false, {}, "", ""});
  original->AddPillar(bad);
  EXPECT_THAT(std::move(*original).Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/pillars/1/roles/0/entity: unknown entity 'nobody'"));
  NetworkBuilder copy(*original);
  original.reset();
  bad.roles[0].entity = EntityId(kViewedId);
  copy.ReplacePillar(bad);
  const absl::StatusOr<Network> net = std::move(copy).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  ASSERT_NE(net->ResolveEntity("a name longer than twenty-three bytes"), nullptr);
  EXPECT_EQ(net->ResolveEntity("a name longer than twenty-three bytes")->id.str(), kViewedId);
  ASSERT_NE(net->FindEntity(EntityId(kViewedId)), nullptr);
  EXPECT_EQ(net->RolesOf(*net->FindEntity(EntityId(kViewedId))).size(), 2u);
}

}  // namespace
}  // namespace netgov
