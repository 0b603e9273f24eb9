// File: netgov/core/date.hpp
// -----------------------------------------------------------------------------
//
// Calendar dates and validity intervals, the vocabulary of every as-of query.
//
// A `netgov::Date` is a `boost::gregorian::date`: the library does not wrap
// Boost.Date_Time, it uses it. What this header adds is strict ISO 8601 parsing
// that never throws (impossible dates such as 2021-02-30 are an error value, not
// an exception) and `Interval`, an inclusive `[from, to]` range whose open ends
// are `std::nullopt`.
//
// Example:
//
//   absl::StatusOr<netgov::Date> d = netgov::ParseDate("2021-12-06");
//   netgov::Interval term{netgov::Date(2021, 1, 1), netgov::Date(2021, 12, 31)};
//   bool in = term.Contains(*d);  // true
//
// The supported range is Boost's: years 1400 to 9999.
//
// This header includes only `boost/date_time/gregorian/greg_date.hpp` (the
// date and its `days` duration): for periods, `months`, date generators or
// `day_clock`, include `boost/date_time/gregorian/gregorian_types.hpp`
// yourself (docs/design.md, "Header sets").

#ifndef NETGOV_CORE_DATE_HPP_
#define NETGOV_CORE_DATE_HPP_

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "boost/date_time/gregorian/greg_date.hpp"

namespace netgov {

// Date
//
// A proleptic Gregorian calendar date (Boost.Date_Time). Use `Date(y, m, d)`
// for literals known to be valid and `ParseDate()` for text.
using Date = boost::gregorian::date;

// kMinYear, kMaxYear
//
// The years Boost.Date_Time can represent. Computations that would leave this
// range return an error instead of wrapping.
inline constexpr int kMinYear = 1400;
inline constexpr int kMaxYear = 9999;

// ParseDate()
//
// Parses exactly `YYYY-MM-DD`. Returns `InvalidArgument` with a message that
// says what was wrong ("2021-02-30: February 2021 has 28 days") for malformed
// text, impossible days and years outside [kMinYear, kMaxYear].
absl::StatusOr<Date> ParseDate(std::string_view text);

// FormatDate()
//
// Formats as ISO 8601 `YYYY-MM-DD`.
std::string FormatDate(Date date);

// IsValidYmd()
//
// True if `year-month-day` names a day Boost.Date_Time can represent.
bool IsValidYmd(int year, int month, int day);

// Interval
//
// An inclusive range of days; an absent end is open. The default interval is
// "always". Validity of facts (roles, posts, membership) is expressed with it.
struct Interval {
  std::optional<Date> from;
  std::optional<Date> to;

  // ok()
  //
  // False when `from` is after `to`.
  bool ok() const { return !from || !to || *from <= *to; }

  bool Contains(Date d) const {
    return (!from || *from <= d) && (!to || d <= *to);
  }

  // Covers()
  //
  // True if every day of `other` is in this interval.
  bool Covers(const Interval& other) const {
    const bool starts = !from || (other.from && *from <= *other.from);
    const bool ends = !to || (other.to && *other.to <= *to);
    return starts && ends;
  }

  bool Overlaps(const Interval& other) const {
    const bool a = !from || !other.to || *from <= *other.to;
    const bool b = !other.from || !to || *other.from <= *to;
    return a && b;
  }

  bool IsAlways() const { return !from && !to; }

  friend bool operator==(const Interval&, const Interval&) = default;
};

// FormatInterval()
//
// `2021-01-01..2021-12-31`, an open side left empty (`..2021-12-31`), and
// "always" when both sides are open.
std::string FormatInterval(const Interval& interval);

}  // namespace netgov

#endif  // NETGOV_CORE_DATE_HPP_
