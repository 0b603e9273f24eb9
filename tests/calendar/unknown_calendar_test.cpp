// Calendars::Get() of a deadline's optional calendar: unset is "every day is
// a business day", an unknown id an error (never silently every day).
#include <optional>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/calendar/calendars.hpp"
#include "netgov/io/default_network.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov::calendar {
namespace {

using ::netgov::testing::StatusIs;

TEST(CalendarsGet, UnsetIsEveryDayUnknownIsAnError) {
  const Calendars calendars(io::DefaultNetwork());
  absl::StatusOr<BusinessCalendar> none = calendars.Get(std::optional<CalendarId>());
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->IsBusinessDay(Date(2021, 12, 25)));
  absl::StatusOr<BusinessCalendar> geneva =
      calendars.Get(std::optional<CalendarId>(CalendarId("un-geneva")));
  ASSERT_TRUE(geneva.ok());
  EXPECT_FALSE(geneva->IsBusinessDay(Date(2021, 12, 25)));
  EXPECT_THAT(calendars.Get(std::optional<CalendarId>(CalendarId("un-genva"))),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "unknown calendar 'un-genva'; did you mean 'un-geneva'?"));
}

}  // namespace
}  // namespace netgov::calendar
