// File: netgov/model/calendar.hpp
// -----------------------------------------------------------------------------
//
// `Calendar`: the working days of an office, as stated in a network file
// (weekend days, holidays, or the union of other calendars). The business-day
// arithmetic lives in `netgov/calendar/`.
//
// Example:
//
//   netgov::Calendar ny;
//   ny.id = netgov::CalendarId("un-new-york");
//   ny.weekend = {netgov::Weekday::kSaturday, netgov::Weekday::kSunday};
//   ny.holidays = {netgov::Date(2021, 12, 24)};

#ifndef NETGOV_MODEL_CALENDAR_HPP_
#define NETGOV_MODEL_CALENDAR_HPP_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"
#include "netgov/core/id.hpp"
#include "netgov/model/provenance.hpp"

namespace netgov {

// Weekday
//
// Numbered as Boost.Date_Time numbers them (Sunday is 0), so
// `static_cast<Weekday>(date.day_of_week().as_number())` converts.
enum class Weekday {
  kSunday,
  kMonday,
  kTuesday,
  kWednesday,
  kThursday,
  kFriday,
  kSaturday
};

template <>
struct EnumTraits<Weekday> {
  static constexpr std::array<std::string_view, 7> kNames = {
      "sunday",   "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday"};
};

// Calendar
//
// With a non-empty `union_of`, a day is a business day only if it is one in
// every listed calendar (and in this calendar's own weekend and holidays).
struct Calendar {
  CalendarId id;
  std::string name;
  std::vector<Weekday> weekend;
  std::vector<Date> holidays;
  std::vector<CalendarId> union_of;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  friend bool operator==(const Calendar&, const Calendar&) = default;
};

}  // namespace netgov

#endif  // NETGOV_MODEL_CALENDAR_HPP_
