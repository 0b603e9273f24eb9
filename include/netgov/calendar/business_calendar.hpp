// File: netgov/calendar/business_calendar.hpp
// -----------------------------------------------------------------------------
//
// Business-day arithmetic as the finance world has long done it (QuantLib's
// `Calendar`): a `BusinessCalendar` answers whether a day is a working day,
// moves a date by a `BusinessDayConvention`, advances by N business days or by
// a period (days, weeks, months, years) with a convention and the end-of-month
// rule, and counts business days between two dates.
//
// Calendars are an open family behind one small interface, `CalendarRules`
// (QuantLib's `Calendar::Impl`): the library provides weekend-and-holiday
// rules (what a network file states) and the two joins of QuantLib's
// `JointCalendar`: `JoinHolidays` (a business day only where every member
// says so: a deadline shared by New York and Geneva offices; the file's
// `"union"`) and `JoinBusinessDays` (a holiday only where every member says
// so); users may add their own rules. A `BusinessCalendar` is a cheap,
// immutable, thread-safe handle.
//
// Example:
//
//   using netgov::calendar::BusinessCalendar;
//   BusinessCalendar ny = BusinessCalendar::WeekendAndHolidays(
//       "un-new-york", {netgov::Weekday::kSaturday, netgov::Weekday::kSunday},
//       {netgov::Date(2021, 12, 24)});
//   netgov::Date d = ny.Adjust(netgov::Date(2021, 12, 24),
//                              netgov::BusinessDayConvention::kFollowing);   // 2021-12-27
//   netgov::Date r = ny.Advance(netgov::Date(2021, 12, 23), 1);    // 2021-12-27
//   using netgov::calendar::Period;
//   using netgov::calendar::TimeUnit;
//   netgov::Date m = ny.Advance(netgov::Date(2021, 11, 30), Period(1, TimeUnit::kMonths),
//                               netgov::BusinessDayConvention::kFollowing,
//                               /*end_of_month=*/true);              // 2021-12-31

#ifndef NETGOV_CALENDAR_BUSINESS_CALENDAR_HPP_
#define NETGOV_CALENDAR_BUSINESS_CALENDAR_HPP_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "netgov/calendar/period.hpp"
#include "netgov/core/business_day_convention.hpp"
#include "netgov/core/date.hpp"
#include "netgov/model/calendar.hpp"

namespace netgov::calendar {

// CalendarRules
//
// The rules of one calendar: which days are business days. Implementations
// must be immutable and thread-safe, and should have at least one business
// day in every run of a few hundred days (searches give up at the ends of
// Boost's date range, see `BusinessCalendar::Adjust()`).
class CalendarRules {
 public:
  virtual ~CalendarRules() = default;

  // name()
  //
  // The calendar's id, for messages and output.
  virtual const std::string& name() const = 0;

  // IsBusinessDay()
  virtual bool IsBusinessDay(Date day) const = 0;
};

// WeekendMask
//
// Bit `w` set when `static_cast<Weekday>(w)` is a weekend day (Sunday is bit 0).
using WeekendMask = std::uint8_t;

// BusinessCalendar
//
// A handle to shared `CalendarRules`. The default calendar has no weekend and
// no holidays: every day is a business day (a deadline without a calendar).
class BusinessCalendar {
 public:
  // Every day is a business day.
  BusinessCalendar();

  // Wraps user-defined rules (must not be null).
  explicit BusinessCalendar(std::shared_ptr<const CalendarRules> rules)
      : rules_(std::move(rules)) {}

  // WeekendAndHolidays()
  //
  // Weekend days plus a list of holidays (any order, duplicates allowed).
  // Lookups cost a weekday bit test and a binary search.
  static BusinessCalendar WeekendAndHolidays(std::string name,
                                             const std::vector<Weekday>& weekend,
                                             const std::vector<Date>& holidays);

  // JoinHolidays()
  //
  // A day is a holiday if it is one in any member, so a business day only if
  // it is one in every member (QuantLib's `JoinHolidays`; a network file's
  // `"union"`). Members that are weekend-and-holiday calendars are merged into
  // one such calendar (as fast as a plain one); others are asked in turn. No
  // members: every day is a business day.
  static BusinessCalendar JoinHolidays(std::string name,
                                       const std::vector<BusinessCalendar>& members);

  // JoinBusinessDays()
  //
  // A day is a business day if it is one in any member, so a holiday only if
  // it is one in every member (QuantLib's `JoinBusinessDays`: the days at
  // least one of the offices works). Merged like `JoinHolidays()`. No
  // members: every day is a business day.
  static BusinessCalendar JoinBusinessDays(std::string name,
                                           const std::vector<BusinessCalendar>& members);

  // Union()
  //
  // The former name of `JoinHolidays()`.
  [[deprecated("use JoinHolidays(), which Union() always was")]]
  static BusinessCalendar Union(std::string name,
                                const std::vector<BusinessCalendar>& members) {
    return JoinHolidays(std::move(name), members);
  }

  // name()
  const std::string& name() const { return rules_->name(); }

  // rules()
  const CalendarRules& rules() const { return *rules_; }

  // IsBusinessDay(), IsHoliday()
  //
  // A holiday here is any non-business day, weekends included (QuantLib's
  // `isHoliday`).
  bool IsBusinessDay(Date day) const { return rules_->IsBusinessDay(day); }
  bool IsHoliday(Date day) const { return !IsBusinessDay(day); }

  // Adjust()
  //
  // Moves a non-business day by `convention` (QuantLib's meanings; see
  // `netgov::BusinessDayConvention`); business days and `kUnadjusted` stay. If no
  // business day exists in the direction searched before the end of Boost's
  // date range, `day` is returned unchanged.
  Date Adjust(Date day, BusinessDayConvention convention) const;

  // Advance()
  //
  // `n` business days after `day` (before it when `n` is negative), counted
  // as QuantLib does: the first step goes to the next business day after
  // `day`, whether or not `day` is one. `n == 0` gives `Adjust(day,
  // kFollowing)`. Saturates at the ends of Boost's date range.
  Date Advance(Date day, int n) const;

  // Advance()
  //
  // `day` moved by `period`, as QuantLib's `Calendar::advance` does:
  //   - days are business days: `Advance(day, period.length)` (the convention
  //     plays no part: the result is a business day);
  //   - weeks, months and years are calendar arithmetic (`AddPeriod()`: the
  //     day of the month clamped to the target month's length), then `Adjust`
  //     by `convention`;
  //   - with `end_of_month`, for months and years: if `day` is at the end of
  //     its month (`IsEndOfMonth()`: on or after its last business day), the
  //     result is the last business day of the target month; with
  //     `kUnadjusted`, if `day` is the month's last calendar day, the result
  //     is the target month's last calendar day;
  //   - a zero period gives `Adjust(day, convention)`.
  // Saturates at the ends of Boost's date range (1400 to 9999).
  Date Advance(Date day, const Period& period,
               BusinessDayConvention convention = BusinessDayConvention::kFollowing,
               bool end_of_month = false) const;

  // BusinessDaysBetween()
  //
  // The number of business days in `[from, to)` (QuantLib's default: the
  // first day counts, the last does not); negative, `-(days in [to, from))`,
  // when `to` is before `from`.
  long BusinessDaysBetween(Date from, Date to) const;

  // LastBusinessDayOfMonth()
  //
  // The last business day of `day`'s month: the month's last day adjusted by
  // `kPreceding`.
  Date LastBusinessDayOfMonth(Date day) const;

  // IsEndOfMonth()
  //
  // True when no business day follows `day` in its month (`day` is the
  // month's last business day, or after it): QuantLib's `isEndOfMonth`.
  bool IsEndOfMonth(Date day) const { return day >= LastBusinessDayOfMonth(day); }

 private:
  std::shared_ptr<const CalendarRules> rules_;
};

// ToWeekendMask()
//
// The mask of a list of weekend days.
WeekendMask ToWeekendMask(const std::vector<Weekday>& weekend);

// kAllWeek
//
// The mask with every day set: a calendar with no business day at all, which
// the loader refuses.
inline constexpr WeekendMask kAllWeek = 0x7f;

}  // namespace netgov::calendar

#endif  // NETGOV_CALENDAR_BUSINESS_CALENDAR_HPP_
