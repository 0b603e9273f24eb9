// Ownership of a schedule's state: cursors keep alive what they read, so
// none dangles when the schedule is a temporary, moved or destroyed (these
// tests read freed memory, which ASan reports, if a cursor only pointed at
// its schedule); and a schedule needs its as-of date.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/rotation/schedule.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov::rotation {
namespace {

using ::netgov::testing::StatusIs;
using ::testing::ElementsAre;

// "start holders status" for the next `n` terms of `cursor`.
std::vector<std::string> Walk(TermCursor& cursor, int n) {
  std::vector<std::string> lines;
  for (int i = 0; i < n; ++i) {
    absl::StatusOr<const Term*> t = cursor.Next();
    if (!t.ok()) return {std::string(t.status().ToString())};
    std::vector<std::string> ids;
    for (const EntityId& id : (*t)->holders) ids.push_back(id.str());
    lines.push_back(absl::StrCat(FormatDate((*t)->start), " ", absl::StrJoin(ids, "+"), " ",
                                 ToAbsl(ToString((*t)->status))));
  }
  return lines;
}

absl::StatusOr<Schedule> CoChair() {
  return Schedule::Make(io::DefaultNetwork(), RotationId("co-chair"),
                        {Date(2021, 12, 22), {}});
}

const std::vector<std::string> kCoChair2021 = {"2021-01-01 ohchr+unesco recorded",
                                               "2022-01-01 ohchr+unesco fallback",
                                               "2023-01-01 ohchr undetermined"};

TEST(ScheduleOwnership, CursorOfATemporarySchedule) {
  TermCursor cursor = CoChair()->Cursor(Date(2021, 6, 1));
  EXPECT_EQ(Walk(cursor, 3), kCoChair2021);
}

TEST(ScheduleOwnership, CursorOutlivesItsScheduleMovedIntoAVector) {
  std::vector<Schedule> schedules;
  absl::StatusOr<Schedule> s = CoChair();
  ASSERT_TRUE(s.ok());
  TermCursor cursor = s->Cursor(Date(2021, 6, 1));
  EXPECT_THAT(Walk(cursor, 1), ElementsAre(kCoChair2021[0]));
  schedules.push_back(*std::move(s));
  // Growing the vector moves the schedule again; then it is destroyed.
  for (int i = 0; i < 8; ++i) schedules.push_back(*CoChair());
  schedules.clear();
  EXPECT_THAT(Walk(cursor, 2), ElementsAre(kCoChair2021[1], kCoChair2021[2]));
}

TEST(ScheduleOwnership, CursorOutlivesAScheduleMovedOutOfItsStatusOr) {
  TermCursor cursor = [] {
    Schedule schedule = *CoChair();
    return schedule.Cursor(Date(2021, 6, 1));
  }();
  EXPECT_EQ(Walk(cursor, 3), kCoChair2021);
}

TEST(ScheduleOwnership, CopiesShareTheComputedTerms) {
  absl::StatusOr<Schedule> s = CoChair();
  ASSERT_TRUE(s.ok());
  const Schedule copy = *s;
  *s = *Schedule::Make(io::DefaultNetwork(), RotationId("co-chair"),
                       {Date(2021, 12, 6), {}});
  TermCursor cursor = copy.Cursor(Date(2021, 6, 1));
  EXPECT_EQ(Walk(cursor, 3), kCoChair2021);
  // The reassigned schedule judges the call on its own as-of date.
  absl::StatusOr<Term> t = s->TermOn(Date(2022, 6, 1));
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(ToString(t->status), "pending");
}

TEST(ScheduleOptions, UnsetAsOfIsAnError) {
  EXPECT_THAT(Schedule::Make(io::DefaultNetwork(), RotationId("co-chair"), {}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "rotation 'co-chair': the as-of date is not set; set "
                       "ScheduleOptions::as_of to the day on which calls are judged "
                       "open or closed"));
}

}  // namespace
}  // namespace netgov::rotation
