#include "netgov/core/id.hpp"

#include <type_traits>
#include <unordered_set>

#include "absl/container/flat_hash_set.h"
#include "gtest/gtest.h"

namespace netgov {
namespace {

// Ids of different kinds are different types and do not convert.
static_assert(!std::is_convertible_v<EntityId, PillarId>);
static_assert(!std::is_convertible_v<std::string, EntityId>);
static_assert(std::is_constructible_v<EntityId, std::string>);
static_assert(std::is_nothrow_move_constructible_v<EntityId>);

TEST(Id, IsRegularAndOrderedByText) {
  const EntityId a("ohchr");
  const EntityId b("unesco");
  EXPECT_EQ(a, EntityId("ohchr"));
  EXPECT_NE(a, b);
  EXPECT_LT(a, b);
  EXPECT_EQ(a.str(), "ohchr");
  EXPECT_TRUE(EntityId().empty());
}

TEST(Id, HashesWithAbslAndStd) {
  absl::flat_hash_set<EntityId> abseil = {EntityId("who"), EntityId("who"),
                                          EntityId("ilo")};
  std::unordered_set<EntityId> standard = {EntityId("who"), EntityId("ilo")};
  EXPECT_EQ(abseil.size(), 2u);
  EXPECT_EQ(standard.size(), 2u);
  EXPECT_TRUE(abseil.contains(EntityId("ilo")));
}

}  // namespace
}  // namespace netgov
