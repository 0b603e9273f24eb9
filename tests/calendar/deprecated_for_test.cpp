// Calendars::For() is deprecated for one release (docs/design.md, "Unknown
// ids"; Calendars::Get() and CalendarOf() replace it): it must keep compiling
// and answering as before. Using it is what this file tests, so it silences
// the deprecation warning between the push and the pop below, and nowhere
// else.
#include <optional>

#include "gtest/gtest.h"
#include "netgov/calendar/calendars.hpp"
#include "netgov/io/default_network.hpp"

namespace netgov::calendar {
namespace {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

TEST(CalendarsFor, KnownIdIsItsCalendarUnsetOrUnknownIsEveryDay) {
  const Calendars calendars(io::DefaultNetwork());
  const Date christmas(2021, 12, 25);
  EXPECT_FALSE(calendars.For(CalendarId("un-geneva")).IsBusinessDay(christmas));
  EXPECT_EQ(calendars.For(CalendarId("un-geneva")).name(),
            calendars.Get(CalendarId("un-geneva"))->name());
  EXPECT_TRUE(calendars.For(std::nullopt).IsBusinessDay(christmas));
  EXPECT_TRUE(calendars.For(CalendarId("un-genva")).IsBusinessDay(christmas));
}

#pragma GCC diagnostic pop

}  // namespace
}  // namespace netgov::calendar
