// File: netgov/calendar/schedule.hpp
// -----------------------------------------------------------------------------
//
// Date schedules: a series of dates from a first date by a step (every N
// days, weeks, months or years), each with its unadjusted date and its date
// adjusted by a business calendar and convention. `MakeSchedule` is a chained
// builder in the manner of QuantLib's `MakeSchedule`; it needs no `Deadline`
// (deadline recurrences are one user: `calendar::Expand()` builds its
// occurrences from `DeadlineSchedule()`).
//
// Date k (0 is the first) is computed from the first date, never from date
// k-1, so month ends never drift: monthly from 31 January gives 29 February
// 2024, 31 March, 30 April. How each date is picked:
//   - `OnDay(DayRule::kSame)` (the default): the first date plus k steps
//     (`AddPeriod()`: the day of the month clamped to the target month), then
//     adjusted by the convention. For weeks, months and years the adjusted date
//     is exactly `calendar.Advance(first, k steps, convention, end_of_month)`;
//     for days, the step counts calendar days (not business days).
//   - `EndOfMonth()` (months and years, `same` only; QuantLib's end-of-month
//     rule): when the first date is at the end of its month
//     (`BusinessCalendar::IsEndOfMonth()`; with `kUnadjusted`, its last
//     calendar day), every later date is the target month's last business
//     day (`kUnadjusted`: last calendar day), and its unadjusted date the
//     month's last calendar day.
//   - `OnDay(DayRule::kLastDay)`, `OnDay(DayRule::kLastBusinessDay)`,
//     `OnNthWeekday(nth, weekday)` (months and years): in the month of the
//     first date plus k steps, the last day, the last business day, or the
//     nth weekday (Boost.Date_Time's `nth_day_of_the_week_in_month`, a fifth
//     the month lacks giving the fourth; `nth` -1 the last), then adjusted.
// `Until()` bounds the unadjusted dates (inclusive) and `Count()` the number
// of dates; without either a schedule ends with year 9999.
//
// Example:
//
//   using namespace netgov::calendar;
//   const BusinessCalendar geneva = BusinessCalendar::WeekendAndHolidays(
//       "geneva", {netgov::Weekday::kSaturday, netgov::Weekday::kSunday},
//       {netgov::Date(2024, 3, 29), netgov::Date(2024, 4, 1)});
//   absl::StatusOr<DateSchedule> s = MakeSchedule()
//       .From(netgov::Date(2024, 1, 31))
//       .Every(Period(1, TimeUnit::kMonths))
//       .WithCalendar(geneva)
//       .WithConvention(netgov::BusinessDayConvention::kModifiedFollowing)
//       .Count(4)
//       .Build();
//   for (const ScheduleDate& d : s->Dates()) {
//     // 2024-01-31, 2024-02-29, 2024-03-28 (29 March is Good Friday, 31 March
//     // a Sunday and 1 April Easter Monday), 2024-04-30
//     std::cout << netgov::FormatDate(d.date) << "\n";
//   }

#ifndef NETGOV_CALENDAR_SCHEDULE_HPP_
#define NETGOV_CALENDAR_SCHEDULE_HPP_

#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "netgov/calendar/business_calendar.hpp"
#include "netgov/calendar/period.hpp"
#include "netgov/core/business_day_convention.hpp"
#include "netgov/core/date.hpp"
#include "netgov/model/calendar.hpp"
#include "netgov/model/deadline.hpp"

namespace netgov::calendar {

// ScheduleDate
//
// Date `index` of a schedule (0 is the first): as the rule picks it
// (`unadjusted`) and adjusted by the calendar and convention (`date`).
struct ScheduleDate {
  long index = 0;
  Date unadjusted;
  Date date;

  friend bool operator==(const ScheduleDate&, const ScheduleDate&) = default;
};

class MakeSchedule;

// DateSchedule
//
// An immutable schedule, made by `MakeSchedule::Build()`. Cheap to copy; the
// calendar is shared.
class DateSchedule {
 public:
  // At()
  //
  // Date `index`; nullopt for a negative index, past `Count()`, past
  // `Until()` or past year 9999. Constant time.
  std::optional<ScheduleDate> At(long index) const;

  // Between()
  //
  // The dates whose adjusted date lies in `[from, to]`, in order. Cost:
  // logarithmic in the number of dates before `from` (a search over `At()`,
  // since adjusted dates never decrease), plus linear in the dates returned.
  std::vector<ScheduleDate> Between(Date from, Date to) const;

  // Dates()
  //
  // Every date, in order (up to year 9999 for a schedule with neither
  // `Until()` nor `Count()`: prefer `Between()` for those).
  std::vector<ScheduleDate> Dates() const;

  // calendar(), convention()
  const BusinessCalendar& calendar() const { return calendar_; }
  BusinessDayConvention convention() const { return convention_; }

 private:
  friend class MakeSchedule;
  DateSchedule() = default;

  // The first index whose date is on or after `from`, or past the last date.
  long FirstIndexFrom(Date from) const;

  Date first_;
  Period step_{1, TimeUnit::kMonths};
  BusinessCalendar calendar_;
  BusinessDayConvention convention_ = BusinessDayConvention::kFollowing;
  bool end_of_month_ = false;
  DayRule day_rule_ = DayRule::kSame;
  Weekday weekday_ = Weekday::kMonday;
  int nth_ = 1;
  std::optional<Date> until_;
  std::optional<long> count_;
};

// MakeSchedule
//
// The builder. Defaults: a step of one month, the calendar where every day is
// a business day, `kFollowing`, no end-of-month rule, `DayRule::kSame`, no
// end.
class MakeSchedule {
 public:
  // From()
  //
  // The first date (required): date 0 is picked from it.
  MakeSchedule& From(Date first);

  // Until()
  //
  // The last unadjusted date allowed (inclusive); it is not itself added.
  // nullopt removes the bound.
  MakeSchedule& Until(std::optional<Date> last);

  // Count()
  //
  // At most `n` dates; nullopt removes the bound.
  MakeSchedule& Count(std::optional<long> n);

  // Every()
  //
  // The step between dates (positive).
  MakeSchedule& Every(const Period& step);

  // WithCalendar(), WithConvention()
  MakeSchedule& WithCalendar(BusinessCalendar calendar);
  MakeSchedule& WithConvention(BusinessDayConvention convention);

  // EndOfMonth()
  //
  // QuantLib's end-of-month rule (see the file comment).
  MakeSchedule& EndOfMonth(bool on = true);

  // OnDay(), OnNthWeekday()
  //
  // How each date is picked in its month (see the file comment).
  // `OnDay(DayRule::kNthWeekday)` means `OnNthWeekday(1, kMonday)`.
  MakeSchedule& OnDay(DayRule rule);
  MakeSchedule& OnNthWeekday(int nth, Weekday weekday);

  // Build()
  //
  // The schedule; `InvalidArgument` without `From()`, for a step below one,
  // a negative count, a day rule other than `same` with a step in days or
  // weeks, or `nth` outside 1 to 5 and -1.
  absl::StatusOr<DateSchedule> Build() const;

 private:
  DateSchedule s_;
  bool has_first_ = false;
};

}  // namespace netgov::calendar

#endif  // NETGOV_CALENDAR_SCHEDULE_HPP_
