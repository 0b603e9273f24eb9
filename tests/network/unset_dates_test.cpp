// NetworkBuilder::Build() refuses unset dates (a default-constructed `Date`
// is not_a_date_time) with the message the JSON reader gives for the missing
// key, and special values in optional dates.
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/json.hpp"
#include "netgov/network/network_builder.hpp"
#include "tests/testing/builders.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov {
namespace {

using ::netgov::testing::StatusIs;

NetworkBuilder Base() { return netgov::testing::OneEntityBuilder("a"); }

// The file the JSON reader would take for `rest` (top-level members after
// the network and one entity).
absl::StatusOr<Network> Load(std::string_view rest) {
  return io::LoadNetwork(
      absl::StrCat(R"({"format": "netgov/1", "network": {"id": "n", "time_zone": "UTC"},
                       "entities": [{"id": "a"}], )",
                   ToAbsl(rest), "}"),
      "t.json");
}

// Build() of `b` and the JSON reader of `json` both fail with `message`.
void ExpectBoth(const NetworkBuilder& b, std::string_view json, const std::string& message) {
  EXPECT_THAT(b.Build(), StatusIs(absl::StatusCode::kInvalidArgument, message));
  EXPECT_THAT(Load(json),
              StatusIs(absl::StatusCode::kInvalidArgument, absl::StrCat("t.json: ", message)));
}

Rotation Yearly() {
  Rotation r;
  r.id = RotationId("r");
  r.term = {Date(2021, 1, 1), TermUnit::kYears, 1};
  r.order.rule = OrderRuleKind::kOpenCall;
  return r;
}

TEST(BuildUnsetDates, DeadlineDate) {
  Deadline d;
  d.id = DeadlineId("d");
  ExpectBoth(Base().AddDeadline(d), R"("deadlines": [{"id": "d"}])",
             "/deadlines/0: missing required key 'date'");
}

TEST(BuildUnsetDates, TermStart) {
  Rotation r = Yearly();
  r.term.start = Date();
  ExpectBoth(Base().AddRotation(r),
             R"("rotations": [{"id": "r", "term": {"years": 1}, "order": {"rule": "open-call"}}])",
             "/rotations/0/term: missing required key 'start'");
}

TEST(BuildUnsetDates, HistoryStart) {
  Rotation r = Yearly();
  r.history = {{Date(), {EntityId("a")}, ""}};
  ExpectBoth(Base().AddRotation(r),
             R"("rotations": [{"id": "r", "term": {"start": "2021-01-01", "years": 1},
                               "order": {"rule": "open-call"}, "history": [{"holder": "a"}]}])",
             "/rotations/0/history/0: missing required key 'start'");
}

TEST(BuildUnsetDates, OverrideStart) {
  Rotation r = Yearly();
  r.overrides = {{Date(), OverrideKind::kHolder, EntityId("a"), std::nullopt, ""}};
  ExpectBoth(Base().AddRotation(r),
             R"("rotations": [{"id": "r", "term": {"start": "2021-01-01", "years": 1},
                               "order": {"rule": "open-call"}, "overrides": [{"holder": "a"}]}])",
             "/rotations/0/overrides/0: missing required key 'start'");
}

TEST(BuildUnsetDates, CallTermAndCloses) {
  Rotation r = Yearly();
  r.calls = {{Date(), Date(2021, 12, 1), {}, ""}};
  ExpectBoth(Base().AddRotation(r),
             R"("rotations": [{"id": "r", "term": {"start": "2021-01-01", "years": 1},
                               "order": {"rule": "open-call"}, "calls": [{"closes": "2021-12-01"}]}])",
             "/rotations/0/calls/0: missing required key 'term'");
  r.calls = {{Date(2022, 1, 1), Date(), {}, ""}};
  ExpectBoth(Base().AddRotation(r),
             R"("rotations": [{"id": "r", "term": {"start": "2021-01-01", "years": 1},
                               "order": {"rule": "open-call"}, "calls": [{"term": "2022-01-01"}]}])",
             "/rotations/0/calls/0: missing required key 'closes'");
}

TEST(BuildUnsetDates, SpecialValuesInOptionalDatesAndHolidays) {
  Entity e;
  e.id = EntityId("b");
  e.membership = {Interval{Date(boost::date_time::pos_infin), std::nullopt}};
  EXPECT_THAT(Base().AddEntity(e).Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/entities/1/membership/0/from: '+infinity' is not a day; expected a "
                       "date from 1400-01-01 to 9999-12-31"));
  Calendar c;
  c.id = CalendarId("c");
  c.holidays = {Date(2021, 12, 24), Date()};
  EXPECT_THAT(Base().AddCalendar(c).Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/calendars/0/holidays/1: 'not-a-date-time' is not a day; expected a "
                       "date from 1400-01-01 to 9999-12-31"));
}

}  // namespace
}  // namespace netgov
