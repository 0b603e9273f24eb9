// validate::Validate on what validate_test.cpp does not reach: a permanent
// seat held outside the holder's membership, and a stated count of a
// collection validate cannot count.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/network/network_builder.hpp"
#include "netgov/validate/validate.hpp"

namespace netgov::validate {
namespace {

using ::testing::ElementsAre;

TEST(ValidateSeatsAndCounts, PermanentSeatOutsideMembershipAndUncountableCollection) {
  NetworkBuilder b(NetworkInfo{"n", "N", "", "", ""});
  Entity a;
  a.id = EntityId("a");
  a.acronym = "A";
  a.membership = {{Date(2021, 1, 1), Date(2021, 12, 31)}};
  b.AddEntity(a);
  Rotation r;
  r.id = RotationId("chair");
  r.term = {Date(2021, 1, 1), TermUnit::kYears, 1};
  r.order.rule = OrderRuleKind::kOpenCall;
  r.permanent = {EntityId("a")};
  b.AddRotation(r);
  StatedCount count;
  count.id = "announced";
  count.collection = "comitments";
  count.count = 6;
  b.AddStatedCount(count);
  absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  // A permanent seat is held from the rotation's start with no end; A's
  // membership ends on 2021-12-31. Errors come first, then warnings, then
  // notes (A holds no pillar role).
  std::vector<std::string> lines;
  for (const Diagnostic& d : Validate(*net)) {
    lines.push_back(std::string(ToString(d.severity)) + " " + d.pointer + " " + d.message);
  }
  EXPECT_THAT(lines,
              ElementsAre("error /rotations/0/permanent/0 A holds a permanent seat of 'chair' "
                          "(2021-01-01..) outside its membership (2021-01-01..2021-12-31)",
                          "warning /stated_counts/0/collection cannot check a count of "
                          "'comitments'; did you mean 'commitments'? (known: commitments, "
                          "pillars, entities, people, meetings)",
                          "note /entities/0 A holds no role in any pillar"));
}

}  // namespace
}  // namespace netgov::validate
