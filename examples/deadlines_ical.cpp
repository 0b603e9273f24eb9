// Computes deadlines with business-day conventions on an office calendar
// and exports them as iCalendar: a monthly report due on the last business
// day of each month, a budget due on a holiday and moved forward
// (modified-following), and board papers moved back (preceding).
//
// Shows: netgov::Calendar and netgov::Deadline in code,
// netgov::calendar::DeadlinesIn, netgov::io::DeadlinesICalendar.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/str_replace.h"
#include "netgov/calendar/calendars.hpp"
#include "netgov/calendar/deadlines.hpp"
#include "netgov/io/ical.hpp"
#include "netgov/netgov.hpp"

int main() {
  using netgov::Date;

  netgov::NetworkBuilder builder(
      {"consortium", "Open Formats Consortium", "Europe/Berlin", "", ""});
  netgov::Calendar office;
  office.id = netgov::CalendarId("berlin-office");
  office.name = "Berlin office";
  office.weekend = {netgov::Weekday::kSaturday, netgov::Weekday::kSunday};
  office.holidays = {Date(2025, 12, 25), Date(2025, 12, 26), Date(2026, 1, 1)};
  builder.AddCalendar(office);

  auto deadline = [&](const char* id, const char* title, Date date,
                      netgov::Convention convention) {
    netgov::Deadline d;
    d.id = netgov::DeadlineId(id);
    d.title = title;
    d.date = date;
    d.calendar = office.id;
    d.convention = convention;
    return d;
  };
  netgov::Deadline report = deadline("monthly-report", "Monthly report", Date(2025, 10, 31),
                                     netgov::Convention::kPreceding);
  report.reminders = {{2, /*business_days=*/true}};
  netgov::Recurrence monthly;  // the last business day of 4 months
  monthly.freq = netgov::Frequency::kMonthly;
  monthly.count = 4;
  monthly.day_rule = netgov::DayRule::kLastBusinessDay;
  report.recurrence = monthly;
  netgov::Deadline budget = deadline("budget", "Budget submission", Date(2025, 12, 25),
                                     netgov::Convention::kModifiedFollowing);
  budget.reminders = {{7, /*business_days=*/false}};
  builder.AddDeadline(report)
      .AddDeadline(budget)
      .AddDeadline(deadline("board-papers", "Board papers", Date(2026, 1, 1),
                            netgov::Convention::kPreceding));

  absl::StatusOr<netgov::Network> net = std::move(builder).Build();
  if (!net.ok()) {
    std::cerr << net.status().message() << "\n";
    return EXIT_FAILURE;
  }

  const netgov::calendar::Calendars calendars(*net);
  const Date from(2025, 10, 1), to(2026, 1, 31);
  std::cout << "Deadlines " << netgov::FormatDate(from) << " to " << netgov::FormatDate(to)
            << "\n";
  for (const netgov::calendar::Occurrence& o :
       netgov::calendar::DeadlinesIn(*net, calendars, from, to)) {
    std::cout << "  " << netgov::FormatDate(o.date) << "  " << o.deadline->title;
    if (o.date != o.unadjusted) {
      std::cout << " (stated " << netgov::FormatDate(o.unadjusted) << ", "
                << netgov::ToString(o.deadline->convention) << ")";
    }
    for (const Date reminder : o.reminders) {
      std::cout << ", reminder " << netgov::FormatDate(reminder);
    }
    std::cout << "\n";
  }

  // iCalendar text has CRLF line ends; shown here with plain line ends.
  const std::string ics =
      netgov::io::DeadlinesICalendar(*net, calendars, from, to, /*as_of=*/Date(2025, 10, 1));
  std::cout << "\n" << absl::StrReplaceAll(ics, {{"\r\n", "\n"}});
  return EXIT_SUCCESS;
}
