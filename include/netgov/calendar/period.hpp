// File: netgov/calendar/period.hpp
// -----------------------------------------------------------------------------
//
// `Period`: a length of time in days, weeks, months or years (QuantLib's
// `Period`), and `AddPeriod()`, plain calendar arithmetic with it. What a
// period means next to a business calendar (days counted as business days,
// a convention, the end-of-month rule) is `BusinessCalendar::Advance()`.
//
// Month arithmetic keeps the day of the month and clamps it to the target
// month's length, as QuantLib does: 31 January plus one month is 28 February
// (29 in a leap year), and 29 February 2024 plus one year is 28 February 2025.
// (Boost's `months` duration differs: it snaps a month's last day to the
// target month's last day, so 28 February plus one month would be 31 March.)
//
// Example:
//
//   using netgov::calendar::Period;
//   using netgov::calendar::TimeUnit;
//   std::optional<netgov::Date> d = netgov::calendar::AddPeriod(
//       netgov::Date(2024, 1, 31), Period(1, TimeUnit::kMonths));  // 2024-02-29

#ifndef NETGOV_CALENDAR_PERIOD_HPP_
#define NETGOV_CALENDAR_PERIOD_HPP_

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"

namespace netgov::calendar {

// TimeUnit
enum class TimeUnit { kDays, kWeeks, kMonths, kYears };

}  // namespace netgov::calendar

namespace netgov {

template <>
struct EnumTraits<calendar::TimeUnit> {
  static constexpr std::array<std::string_view, 4> kNames = {"days", "weeks", "months",
                                                             "years"};
};

}  // namespace netgov

namespace netgov::calendar {

// Period
//
// `length` units; `length` may be zero or negative (back in time).
struct Period {
  int length = 0;
  TimeUnit unit = TimeUnit::kDays;

  constexpr Period() = default;
  constexpr Period(int n, TimeUnit u) : length(n), unit(u) {}

  friend bool operator==(const Period&, const Period&) = default;
};

// FormatPeriod()
//
// "1 month", "3 weeks", "-2 days": for messages.
std::string FormatPeriod(const Period& period);

// AddPeriod()
//
// `day` moved by `period` in calendar days, weeks, months or years, the day
// of the month clamped to the target month's length; nullopt when the result
// would leave the supported range (1400-01-01 to 9999-12-31).
std::optional<Date> AddPeriod(Date day, const Period& period);

}  // namespace netgov::calendar

#endif  // NETGOV_CALENDAR_PERIOD_HPP_
