// NetworkBuilder::Build() on values that only a network made in code can
// hold: the JSON loader rejects each of them first, with its own message
// (tests/io/json_test.cpp), so these checks of the builder are reached only
// from code, and they must still say where and what.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/network/network_builder.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov {
namespace {

using ::netgov::testing::StatusIs;

NetworkBuilder Base() {
  NetworkBuilder b({"demo", "Demo", "", "", ""});
  Entity e;
  e.id = EntityId("undp");
  b.AddEntity(e);
  return b;
}

void ExpectError(const NetworkBuilder& b, const std::string& message) {
  EXPECT_THAT(b.Build(), StatusIs(absl::StatusCode::kInvalidArgument, message));
}

Rotation OpenCall() {
  Rotation r;
  r.id = RotationId("chair");
  r.term = {Date(2021, 1, 1), TermUnit::kYears, 1};
  r.order.rule = OrderRuleKind::kOpenCall;
  return r;
}

TEST(NetworkBuilderValues, RotationsOutsideWhatAFileCanSay) {
  Rotation negative = OpenCall();
  negative.rotating_seats = -1;
  ExpectError(Base().AddRotation(negative),
              "/rotations/0/rotating_seats: rotation 'chair': rotating_seats must be 0 or more");

  Rotation nobody = OpenCall();
  nobody.history = {{Date(2021, 1, 1), {}, ""}};
  ExpectError(Base().AddRotation(nobody),
              "/rotations/0/history/0: rotation 'chair': a history entry needs a holder");

  Rotation swap = OpenCall();
  swap.overrides = {{Date(2022, 1, 1), OverrideKind::kSwap, EntityId(), std::nullopt, ""}};
  ExpectError(Base().AddRotation(swap),
              "/rotations/0/overrides/0/swap_with: rotation 'chair': a swap needs the other "
              "term's start");
}

TEST(NetworkBuilderValues, PillarLaunchAndStatedCount) {
  Pillar both;
  both.id = PillarId("hub");
  both.launch.date = Date(2021, 1, 1);
  both.launch.condition = "when funded";
  ExpectError(Base().AddPillar(both),
              "/pillars/0/launch: a launch has either a date or a condition, not both");

  StatedCount count;
  count.id = "announced";
  count.collection = "commitments";
  count.count = -1;
  ExpectError(Base().AddStatedCount(count), "/stated_counts/0/count: a count cannot be negative");
}

TEST(NetworkBuilderValues, DeadlineRemindersAndRecurrences) {
  Deadline d;
  d.id = DeadlineId("report");
  d.date = Date(2022, 1, 15);

  Deadline after = d;
  after.reminders = {{7, false}, {-1, true}};
  ExpectError(Base().AddDeadline(after),
              "/deadlines/0/reminders/1: a reminder comes before its deadline: days_before "
              "must be 0 or more");

  Recurrence monthly;
  monthly.freq = Frequency::kMonthly;

  Deadline interval = d;
  interval.recurrence = monthly;
  interval.recurrence->interval = 0;
  ExpectError(Base().AddDeadline(interval),
              "/deadlines/0/recurrence/interval: interval must be at least 1; got 0");

  Deadline count = d;
  count.recurrence = monthly;
  count.recurrence->count = 0;
  ExpectError(Base().AddDeadline(count),
              "/deadlines/0/recurrence/count: count must be at least 1; got 0");

  // The same deadline with each value at its smallest accepted value builds.
  Deadline smallest = d;
  smallest.reminders = {{0, false}, {0, true}};
  smallest.recurrence = monthly;
  smallest.recurrence->count = 1;
  absl::StatusOr<Network> net = Base().AddDeadline(smallest).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->deadlines()[0].recurrence->count, 1);
}

}  // namespace
}  // namespace netgov
