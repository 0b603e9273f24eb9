#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/calendar/calendars.hpp"
#include "netgov/calendar/deadlines.hpp"
#include "netgov/io/default_network.hpp"

namespace netgov::calendar {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// "date-text id" for each occurrence.
std::vector<std::string> Lines(const std::vector<Occurrence>& occurrences) {
  std::vector<std::string> out;
  for (const Occurrence& o : occurrences) {
    out.push_back(o.DateText() + " " + o.deadline->id.str());
  }
  return out;
}

TEST(DeadlinePrecision, ForAYearIsTheYearNotAMovedDay) {
  // "will chair the Pillar on capacity-building for 2022": the year 2022.
  const Network& net = io::DefaultNetwork();
  const Calendars calendars(net);
  const std::vector<Occurrence> soon = DueSoon(net, calendars, Date(2021, 12, 6));
  ASSERT_EQ(soon.size(), 3u);
  const Occurrence& year = soon[2];
  EXPECT_EQ(year.deadline->id, DeadlineId("unhcr-capacity-building-2022"));
  EXPECT_EQ(year.precision, DatePrecision::kYear);
  EXPECT_EQ(year.date, Date(2022, 1, 1));  // a Saturday, not moved to Monday
  EXPECT_EQ(year.last, Date(2022, 12, 31));
  EXPECT_EQ(year.DateText(), "2022");
  // A day keeps its day.
  EXPECT_EQ(soon[0].DateText(), "2021-12-21");
  EXPECT_EQ(soon[0].last, soon[0].date);
}

TEST(DeadlinePrecision, AYearIsDueWhileItRunsAndOverdueAfterItsLastDay) {
  const Network& net = io::DefaultNetwork();
  const Calendars calendars(net);
  // Mid-2022: the year is running, so due; the day deadlines of January are
  // past the 60-day window.
  EXPECT_THAT(Lines(DueSoon(net, calendars, Date(2022, 6, 1))),
              ElementsAre("2022 unhcr-capacity-building-2022"));
  EXPECT_THAT(Overdue(net, calendars, Date(2022, 6, 1)), IsEmpty());
  // On 15 January 2022 the call's closing day and the day of ILO's lead are
  // overdue, the year is not.
  EXPECT_THAT(Lines(Overdue(net, calendars, Date(2022, 1, 15))),
              ElementsAre("2021-12-21 co-chair-2022-call",
                          "2022-01-01 ilo-intersectionality-lead"));
  EXPECT_THAT(Lines(DueSoon(net, calendars, Date(2022, 1, 15))),
              ElementsAre("2022 unhcr-capacity-building-2022"));
  // After 31 December 2022 the year is overdue (within 60 days), with the
  // anniversary of 18 December 2022.
  EXPECT_THAT(Lines(Overdue(net, calendars, Date(2023, 1, 15))),
              ElementsAre("2022 unhcr-capacity-building-2022",
                          "2022-12-18 declaration-30th-anniversary"));
}

}  // namespace
}  // namespace netgov::calendar
