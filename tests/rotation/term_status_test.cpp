#include <type_traits>

#include "gtest/gtest.h"
#include "netgov/core/enum.hpp"
#include "netgov/rotation/term.hpp"

namespace netgov::rotation {
namespace {

TEST(TermStatus, SpelledAsTheRotationCommandPrintsIt) {
  EXPECT_EQ(EnumChoices<TermStatus>(),
            "recorded, computed, override, pending, fallback or undetermined");
  EXPECT_EQ(ToString(TermStatus::kFallback), "fallback");
  EXPECT_EQ(*ParseEnum<TermStatus>("pending"), TermStatus::kPending);
  EXPECT_EQ(Term{}.status, TermStatus::kUndetermined);
}

TEST(TermStatus, StatusIsItsDeprecatedFormerName) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  static_assert(std::is_same_v<Status, TermStatus>);
  EXPECT_EQ(ToString(Status::kRecorded), "recorded");
#pragma GCC diagnostic pop
}

}  // namespace
}  // namespace netgov::rotation
