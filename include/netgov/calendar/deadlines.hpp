// File: netgov/calendar/deadlines.hpp
// -----------------------------------------------------------------------------
//
// The occurrences of deadlines: a deadline's recurrence expanded within a
// window of dates, each occurrence with its unadjusted date (as stated, or as
// the recurrence's day rule picks it), its date adjusted by the deadline's
// calendar and convention, and its reminder dates. On top of that, the
// questions a secretariat asks as of a date: what is in a window, what is due
// soon, what is overdue, which reminders are due.
//
// Expansion is never infinite: it stops at the recurrence's `until` or
// `count`, and always at the end of the window asked for, so a recurrence
// without an end is fine.
//
// Recurrence rules (the first period is the one containing `date`; period k
// starts `k * interval` weeks, months or years later):
//   - `same`: the day of `date`. Month ends are anchored on the first date,
//     never drift: monthly from 31 January gives 28 (or 29) February, 31 March,
//     30 April, 31 May; yearly from 29 February gives 28 February in common
//     years and 29 February in leap years.
//   - `last-day`: the month's last day.
//   - `last-business-day`: the month's last business day by the calendar.
//   - `nth-weekday`: the `nth` `weekday` of the month (Boost.Date_Time's
//     `nth_day_of_the_week_in_month`); a fifth that the month lacks gives the
//     fourth, as Boost does; `nth` -1 is the last
//     (`last_day_of_the_week_in_month`).
// For `yearly`, the month is that of `date`; the day rules other than `same`
// apply to monthly and yearly recurrences only. `until` bounds the unadjusted
// dates; `count` the number of occurrences.
//
// Example:
//
//   const netgov::Network& net = netgov::io::DefaultNetwork();
//   netgov::calendar::Calendars calendars(net);
//   for (const netgov::calendar::Occurrence& o : netgov::calendar::DeadlinesIn(
//            net, calendars, netgov::Date(2021, 12, 1), netgov::Date(2022, 1, 31))) {
//     std::cout << netgov::FormatDate(o.date) << " " << o.deadline->id << "\n";
//   }

#ifndef NETGOV_CALENDAR_DEADLINES_HPP_
#define NETGOV_CALENDAR_DEADLINES_HPP_

#include <optional>
#include <string>
#include <vector>

#include "netgov/calendar/business_calendar.hpp"
#include "netgov/calendar/calendars.hpp"
#include "netgov/calendar/schedule.hpp"
#include "netgov/core/date.hpp"
#include "netgov/model/deadline.hpp"
#include "netgov/network/network.hpp"

namespace netgov::calendar {

// Occurrence
//
// One occurrence of a deadline. `deadline` points into the network (or the
// deadline passed to `Expand()`), which must outlive the occurrence.
//
// A deadline of precision month or year (a deadline "for 2022") stands for
// the whole period: `date` is its first day (never adjusted), `last` its last
// day, and `precision` says which; for a day, `last` is `date`.
struct Occurrence {
  const Deadline* deadline = nullptr;
  int index = 0;     // 0 for the first occurrence of the series
  Date unadjusted;   // as stated, or as the day rule picks it
  Date date;         // adjusted by the calendar and convention
  std::vector<Date> reminders;  // in the order of `deadline->reminders`
  DatePrecision precision = DatePrecision::kDay;
  Date last{};       // the period's last day (`date` for a day)

  // DateText()
  //
  // `date` as exactly as the precision says: "2021-12-21", "2022".
  std::string DateText() const { return FormatDateAs(date, precision); }
};

// DeadlineSchedule()
//
// The schedule of `deadline`'s dates, ready to `Build()`: from `date`, every
// `interval` weeks, months or years by its day rule, bounded by `until` and
// `count`, adjusted by `calendar` and the deadline's convention; one date
// without a recurrence. `Expand()` and `UnadjustedDate()` read it.
MakeSchedule DeadlineSchedule(const Deadline& deadline, const BusinessCalendar& calendar);

// UnadjustedDate()
//
// The unadjusted date of occurrence `index` (0 is the first) of `deadline`,
// ignoring `until` and `count`; nullopt past the end of Boost's date range.
// `calendar` serves the `last-business-day` rule.
std::optional<Date> UnadjustedDate(const Deadline& deadline,
                                   const BusinessCalendar& calendar, long index);

// ReminderDate()
//
// `reminder.days` calendar days, or business days of `calendar`, before
// `date`.
Date ReminderDate(const Reminder& reminder, const BusinessCalendar& calendar,
                  Date date);

// Expand()
//
// The occurrences of `deadline` whose adjusted date lies in `[from, to]`, in
// order of occurrence. Cost: linear in the number of periods from the first
// date to `to`.
std::vector<Occurrence> Expand(const Deadline& deadline,
                               const BusinessCalendar& calendar, Date from,
                               Date to);

// LastUnadjustedDate()
//
// The unadjusted date of the series' last occurrence, nullopt for a series
// without an end (no recurrence: `deadline.date`).
std::optional<Date> LastUnadjustedDate(const Deadline& deadline,
                                       const BusinessCalendar& calendar);

// DeadlinesIn()
//
// Every occurrence of every deadline of `network` with its adjusted date in
// `[from, to]`, sorted by adjusted date, then deadline id, then index.
std::vector<Occurrence> DeadlinesIn(const Network& network,
                                    const Calendars& calendars, Date from,
                                    Date to);

// kDueSoonDays
//
// The window of `DueSoon()` and `Overdue()` that `netgov brief` uses.
inline constexpr int kDueSoonDays = 60;

// DueSoon()
//
// Occurrences due on `as_of` or in the `days` days after it; an occurrence of
// precision month or year is due while its period overlaps that window (the
// year 2022 is due from 2021-12-02 to 2022-12-31 with 30 days).
std::vector<Occurrence> DueSoon(const Network& network, const Calendars& calendars,
                                Date as_of, int days = kDueSoonDays);

// Overdue()
//
// Occurrences whose adjusted date (for a month or a year: whose period's last
// day) is in the `days` days before `as_of` (the model records no
// completion, so older ones are history, not overdue).
std::vector<Occurrence> Overdue(const Network& network, const Calendars& calendars,
                                Date as_of, int days = kDueSoonDays);

// ReminderDue
//
// A reminder that has fired (its date is on or before the as-of date) for an
// occurrence that is not yet past.
struct ReminderDue {
  Occurrence occurrence;
  std::size_t reminder = 0;  // index into `occurrence.reminders`
  Date date;
};

// RemindersDue()
//
// Reminders with a date on or before `as_of` whose occurrence's adjusted date
// is on or after `as_of`; sorted by reminder date, then deadline id, then
// occurrence date.
std::vector<ReminderDue> RemindersDue(const Network& network,
                                      const Calendars& calendars, Date as_of);

}  // namespace netgov::calendar

#endif  // NETGOV_CALENDAR_DEADLINES_HPP_
