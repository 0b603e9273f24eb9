// File: netgov/calendar/calendars.hpp
// -----------------------------------------------------------------------------
//
// `Calendars`: the business calendars of one network, built once from its
// `calendars` list (weekend days, holidays and unions, resolved through the
// ids they name) and looked up by `CalendarId`. Immutable after construction,
// so one instance may serve many threads.
//
// Example:
//
//   const netgov::Network& net = netgov::io::DefaultNetwork();
//   netgov::calendar::Calendars calendars(net);
//   absl::StatusOr<netgov::calendar::BusinessCalendar> both =
//       calendars.Get(netgov::CalendarId("un-ny-geneva"));
//   bool open = both->IsBusinessDay(netgov::Date(2021, 12, 31));  // false (Geneva)

#ifndef NETGOV_CALENDAR_CALENDARS_HPP_
#define NETGOV_CALENDAR_CALENDARS_HPP_

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "netgov/calendar/business_calendar.hpp"
#include "netgov/network/network.hpp"

namespace netgov::calendar {

// FromModel()
//
// The business calendar of one `netgov::Calendar` whose union members (if
// any) are already built in `members`, in the order of `calendar.union_of`.
BusinessCalendar FromModel(const Calendar& calendar,
                           const std::vector<BusinessCalendar>& members);

// Calendars
class Calendars {
 public:
  // Builds every calendar of `network`. A network that passed the loader has
  // no union cycles; should one be met anyway, the member that closes the
  // cycle is left out rather than recursed into.
  explicit Calendars(const Network& network);

  // Get()
  //
  // The calendar with id `id`; `InvalidArgument` "unknown calendar 'x'; did
  // you mean 'y'?" otherwise.
  absl::StatusOr<BusinessCalendar> Get(const CalendarId& id) const;

  // Get(optional)
  //
  // A deadline's calendar: `Get(*calendar)` when set (an unknown id is the
  // same error), else a calendar where every day is a business day.
  absl::StatusOr<BusinessCalendar> Get(const std::optional<CalendarId>& calendar) const;

  // For()
  //
  // Deprecated (an unknown id reads as "every day is a business day"; use
  // `Get()`): the calendar of `calendar` when set and known, else a calendar
  // where every day is a business day. Safe for the deadlines of the network
  // these calendars were built from, whose calendar ids `Build()` checked.
  [[deprecated("use Get(), which fails for an unknown calendar id, or CalendarOf()")]]
  const BusinessCalendar& For(const std::optional<CalendarId>& calendar) const;

 private:
  // By id. A sorted map rather than Abseil's hash map, which would cost every
  // includer its header (docs/benchmarks.md, "Header cost").
  std::map<std::string, BusinessCalendar, std::less<>> by_id_;
  BusinessCalendar every_day_;
};

// CalendarOf()
//
// The calendar of `deadline`, a deadline of the network `calendars` were
// built from (whose calendar ids `NetworkBuilder::Build()` checked): its
// calendar, or every day a business day when it names none. Should the id be
// unknown to `calendars` anyway, every day is a business day too.
BusinessCalendar CalendarOf(const Calendars& calendars, const Deadline& deadline);

}  // namespace netgov::calendar

#endif  // NETGOV_CALENDAR_CALENDARS_HPP_
