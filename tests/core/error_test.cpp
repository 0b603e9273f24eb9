#include "netgov/core/error.hpp"

#include "gtest/gtest.h"

namespace netgov {
namespace {

TEST(EditDistance, CountsEditsCaseInsensitively) {
  EXPECT_EQ(EditDistance("unhcr", "unhcr"), 0);
  EXPECT_EQ(EditDistance("unhcrr", "unhcr"), 1);
  EXPECT_EQ(EditDistance("UNHCR", "unhcr"), 0);
  EXPECT_EQ(EditDistance("Kheris", "Kehris"), 1);  // one transposition
  EXPECT_EQ(EditDistance("", "abc"), 3);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3);
}

TEST(DidYouMean, SuggestsTheClosestCandidate) {
  const std::vector<std::string> ids = {"unhcr", "undp", "unicef", "unesco"};
  EXPECT_EQ(DidYouMean("unhcrr", ids), "; did you mean 'unhcr'?");
  EXPECT_EQ(DidYouMean("unicfe", ids), "; did you mean 'unicef'?");
  EXPECT_EQ(DidYouMean("zzzzzz", ids), "");
  EXPECT_EQ(DidYouMean("unhcr", ids), "");  // an exact match needs no hint
  EXPECT_EQ(DidYouMean("x", {}), "");
}

TEST(DidYouMean, BreaksTiesAlphabetically) {
  EXPECT_EQ(ClosestMatch("ab", {"ac", "aa"}), "aa");
}

TEST(ErrorAt, PrefixesTheLocation) {
  const absl::Status s = ErrorAt("/pillars/3/roles/0/entity", "unknown entity 'x'");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "/pillars/3/roles/0/entity: unknown entity 'x'");
}

TEST(JsonPointer, EscapesPerRfc6901) {
  EXPECT_EQ(JsonPointer({"pillars", "3", "roles"}), "/pillars/3/roles");
  EXPECT_EQ(JsonPointer({"a/b", "m~n"}), "/a~1b/m~0n");
  EXPECT_EQ(JsonPointer({}), "");
}

}  // namespace
}  // namespace netgov
