#include "netgov/core/enum.hpp"

#include "gtest/gtest.h"
#include "netgov/model/commitment.hpp"
#include "netgov/model/deadline.hpp"
#include "netgov/model/pillar.hpp"
#include "netgov/model/rotation.hpp"

namespace netgov {
namespace {

static_assert(ToString(RoleKind::kSupport) == "support");
static_assert(ParseEnum<Stance>("considering") == Stance::kConsidering);
static_assert(!ParseEnum<Stance>("Endorses").has_value());

TEST(Enum, RoundTripsEverySpelling) {
  for (std::string_view name : EnumTraits<Convention>::kNames) {
    EXPECT_EQ(ToString(*ParseEnum<Convention>(name)), name);
  }
  for (std::string_view name : EnumTraits<Fallback>::kNames) {
    EXPECT_EQ(ToString(*ParseEnum<Fallback>(name)), name);
  }
}

TEST(Enum, ChoicesReadAsAList) {
  EXPECT_EQ(EnumChoices<RoleKind>(), "lead, member or support");
  EXPECT_EQ(EnumChoices<Stance>(),
            "endorses, partially, considering, declines, silent or not-recorded");
  EXPECT_EQ(EnumChoices<Convention>(),
            "following, modified-following, preceding, modified-preceding or "
            "unadjusted");
}

}  // namespace
}  // namespace netgov
