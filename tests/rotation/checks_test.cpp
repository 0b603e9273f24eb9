// Bad rotations: each is refused when the network is built, with one message
// naming the rotation and the JSON pointer (src/network/checks_rotation.cpp).
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/network/network_builder.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov {
namespace {

using ::netgov::testing::StatusIs;

Rotation Chair() {
  Rotation r;
  r.id = RotationId("chair");
  r.term = {Date(2021, 1, 1), TermUnit::kYears, 1};
  r.order.rule = OrderRuleKind::kFixed;
  r.order.sequence = {EntityId("france"), EntityId("ghana")};
  r.max_consecutive_terms = 2;
  return r;
}

std::string BuildError(const Rotation& r) {
  NetworkBuilder b({"t", "T", "UTC", "", ""});
  for (const char* id : {"france", "ghana"}) {
    Entity e;
    e.id = EntityId(id);
    b.AddEntity(std::move(e));
  }
  b.AddRotation(r);
  absl::StatusOr<Network> net = std::move(b).Build();
  if (net.ok()) return "OK";
  EXPECT_EQ(net.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(net.status().message());
}

Override Swap(Date a, Date b) { return {a, OverrideKind::kSwap, EntityId(), b, ""}; }
Override HolderOf(Date a, const char* id) {
  return {a, OverrideKind::kHolder, EntityId(id), std::nullopt, ""};
}

TEST(RotationChecks, AcceptsAGoodRotation) { EXPECT_EQ(BuildError(Chair()), "OK"); }

TEST(RotationChecks, SequenceNamingAnUnknownEntity) {
  Rotation r = Chair();
  r.order.sequence[1] = EntityId("frnce");
  EXPECT_EQ(BuildError(r),
            "/rotations/0/order/sequence/1: rotation 'chair': unknown entity 'frnce'; did you "
            "mean 'france'?");
}

TEST(RotationChecks, HistoryNotOnATermBoundary) {
  Rotation r = Chair();
  r.history = {{Date(2022, 3, 1), {EntityId("ghana")}, ""}};
  EXPECT_EQ(BuildError(r),
            "/rotations/0/history/0/start: rotation 'chair': history entry 2022-03-01 is not on "
            "a term boundary; the term containing it starts 2022-01-01 and the next 2023-01-01");
}

TEST(RotationChecks, TwoHistoryEntriesForOneTerm) {
  Rotation r = Chair();
  r.history = {{Date(2022, 1, 1), {EntityId("ghana")}, ""},
               {Date(2022, 1, 1), {EntityId("france")}, ""}};
  EXPECT_EQ(BuildError(r),
            "/rotations/0/history/1: rotation 'chair': two history entries for the term "
            "starting 2022-01-01 (also /history/0)");
}

TEST(RotationChecks, HistoryWithMoreHoldersThanSeats) {
  Rotation r = Chair();
  r.history = {{Date(2022, 1, 1), {EntityId("ghana"), EntityId("france")}, ""}};
  EXPECT_EQ(BuildError(r),
            "/rotations/0/history/0/holders: rotation 'chair': a history entry names 2 holders "
            "but the rotation has 1 rotating seat");
}

TEST(RotationChecks, OverrideBeforeTheRotationStarts) {
  Rotation r = Chair();
  r.overrides = {HolderOf(Date(2020, 1, 1), "ghana")};
  EXPECT_EQ(BuildError(r),
            "/rotations/0/overrides/0/start: rotation 'chair': override for 2020-01-01 is "
            "before the rotation starts (2021-01-01)");
}

TEST(RotationChecks, OverrideNamingAnUnknownEntity) {
  Rotation r = Chair();
  r.overrides = {HolderOf(Date(2022, 1, 1), "ghanna")};
  EXPECT_EQ(BuildError(r),
            "/rotations/0/overrides/0/holder: rotation 'chair': unknown entity 'ghanna'; did "
            "you mean 'ghana'?");
}

TEST(RotationChecks, TwoHolderOverridesForOneTerm) {
  Rotation r = Chair();
  r.overrides = {HolderOf(Date(2022, 1, 1), "ghana"), HolderOf(Date(2022, 1, 1), "france")};
  EXPECT_EQ(BuildError(r),
            "/rotations/0/overrides/1: rotation 'chair': two holder overrides for the term "
            "starting 2022-01-01 (also /overrides/0)");
}

TEST(RotationChecks, SwapWithItself) {
  Rotation r = Chair();
  r.overrides = {Swap(Date(2022, 1, 1), Date(2022, 1, 1))};
  EXPECT_EQ(BuildError(r),
            "/rotations/0/overrides/0/swap_with: rotation 'chair': a term cannot swap with "
            "itself (2022-01-01)");
}

TEST(RotationChecks, TermSwappedTwice) {
  Rotation r = Chair();
  r.overrides = {Swap(Date(2022, 1, 1), Date(2024, 1, 1)),
                 Swap(Date(2023, 1, 1), Date(2024, 1, 1))};
  EXPECT_EQ(BuildError(r),
            "/rotations/0/overrides/1: rotation 'chair': the term starting 2024-01-01 is "
            "already swapped by /overrides/0");
}

TEST(RotationChecks, TwoCallsForOneTerm) {
  Rotation r = Chair();
  r.calls = {{Date(2022, 1, 1), Date(2021, 12, 1), {}, ""},
             {Date(2022, 1, 1), Date(2021, 12, 15), {}, ""}};
  EXPECT_EQ(BuildError(r),
            "/rotations/0/calls/1: rotation 'chair': two calls for the term starting "
            "2022-01-01 (also /calls/0)");
}

TEST(RotationChecks, OverridesAndCallsOffATermBoundary) {
  Rotation r = Chair();
  r.overrides = {HolderOf(Date(2022, 6, 1), "ghana")};
  EXPECT_EQ(BuildError(r),
            "/rotations/0/overrides/0/start: rotation 'chair': override 2022-06-01 is not on a "
            "term boundary; the term containing it starts 2022-01-01 and the next 2023-01-01");
  r.overrides = {Swap(Date(2022, 1, 1), Date(2024, 2, 1))};
  EXPECT_EQ(BuildError(r),
            "/rotations/0/overrides/0/swap_with: rotation 'chair': swap_with 2024-02-01 is not "
            "on a term boundary; the term containing it starts 2024-01-01 and the next "
            "2025-01-01");
  r.overrides = {Swap(Date(2022, 1, 1), Date(2020, 1, 1))};
  EXPECT_EQ(BuildError(r),
            "/rotations/0/overrides/0/swap_with: rotation 'chair': swap_with 2020-01-01 is "
            "before the rotation starts (2021-01-01)");
  r.overrides.clear();
  r.calls = {{Date(2022, 12, 31), Date(2022, 12, 1), {}, ""}};
  EXPECT_EQ(BuildError(r),
            "/rotations/0/calls/0/term: rotation 'chair': call term 2022-12-31 is not on a term "
            "boundary; the term containing it starts 2022-01-01 and the next 2023-01-01");
}

TEST(RotationChecks, MaxConsecutiveTermsBelowOne) {
  Rotation r = Chair();
  r.max_consecutive_terms = 0;
  EXPECT_EQ(BuildError(r),
            "/rotations/0/max_consecutive_terms: rotation 'chair': max_consecutive_terms must "
            "be at least 1; got 0");
}

TEST(RotationChecks, TermLengthOfZero) {
  Rotation r = Chair();
  r.term.count = 0;
  EXPECT_EQ(BuildError(r),
            "/rotations/0/term/years: rotation 'chair': a term must last at least 1 years; "
            "got 0");
}

}  // namespace
}  // namespace netgov
