#include "netgov/calendar/deadlines.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <tuple>

#include "boost/date_time/gregorian/gregorian.hpp"

namespace netgov::calendar {
namespace {

namespace bg = boost::gregorian;

bool Before(const Occurrence& a, const Occurrence& b) {
  return std::forward_as_tuple(a.date, a.deadline->id, a.index) <
         std::forward_as_tuple(b.date, b.deadline->id, b.index);
}

// `day` moved by `days`, saturating at the ends of Boost's range.
Date AddDays(Date day, long days) {
  const long n = static_cast<long>(day.day_number()) + days;
  const long first = static_cast<long>(Date(kMinYear, 1, 1).day_number());
  const long last = static_cast<long>(Date(kMaxYear, 12, 31).day_number());
  if (n < first) return Date(kMinYear, 1, 1);
  if (n > last) return Date(kMaxYear, 12, 31);
  return day + bg::date_duration(days);
}

// The deadline's schedule; `bounded` applies its recurrence's `until` and
// `count`.
absl::StatusOr<DateSchedule> ScheduleOf(const Deadline& deadline,
                                        const BusinessCalendar& calendar, bool bounded) {
  MakeSchedule m = DeadlineSchedule(deadline, calendar);
  if (!bounded && deadline.recurrence) m.Until(std::nullopt).Count(std::nullopt);
  return m.Build();
}

}  // namespace

MakeSchedule DeadlineSchedule(const Deadline& deadline, const BusinessCalendar& calendar) {
  MakeSchedule m;
  m.From(deadline.date).WithCalendar(calendar).WithConvention(deadline.convention);
  if (!deadline.recurrence) {
    m.Count(1);
    return m;
  }
  const Recurrence& r = *deadline.recurrence;
  const TimeUnit unit = r.freq == Frequency::kWeekly    ? TimeUnit::kWeeks
                        : r.freq == Frequency::kMonthly ? TimeUnit::kMonths
                                                        : TimeUnit::kYears;
  m.Every(Period(r.interval, unit));
  if (r.until) m.Until(*r.until);
  if (r.count) m.Count(*r.count);
  if (r.day_rule == DayRule::kNthWeekday) {
    m.OnNthWeekday(r.nth, r.weekday);
  } else {
    m.OnDay(r.day_rule);
  }
  return m;
}

std::optional<Date> UnadjustedDate(const Deadline& deadline,
                                   const BusinessCalendar& calendar, long index) {
  const absl::StatusOr<DateSchedule> schedule = ScheduleOf(deadline, calendar, false);
  if (!schedule.ok()) return std::nullopt;
  const std::optional<ScheduleDate> d = schedule->At(index);
  if (!d) return std::nullopt;
  return d->unadjusted;
}

Date ReminderDate(const Reminder& reminder, const BusinessCalendar& calendar,
                  Date date) {
  if (reminder.business_days) return calendar.Advance(date, -reminder.days);
  return AddDays(date, -static_cast<long>(reminder.days));
}

std::vector<Occurrence> Expand(const Deadline& deadline,
                               const BusinessCalendar& calendar, Date from,
                               Date to) {
  std::vector<Occurrence> out;
  // A deadline the schedule refuses (interval below 1, a bad `nth`, a month
  // day rule on a weekly recurrence) cannot pass NetworkBuilder::Build().
  const absl::StatusOr<DateSchedule> schedule = ScheduleOf(deadline, calendar, true);
  if (!schedule.ok()) return out;
  for (const ScheduleDate& d : schedule->Between(from, to)) {
    Occurrence o{&deadline, static_cast<int>(d.index), d.unadjusted, d.date, {},
                 deadline.precision, PeriodEnd(d.date, deadline.precision)};
    o.reminders.reserve(deadline.reminders.size());
    for (const Reminder& reminder : deadline.reminders) {
      o.reminders.push_back(ReminderDate(reminder, calendar, d.date));
    }
    out.push_back(std::move(o));
  }
  return out;
}

std::optional<Date> LastUnadjustedDate(const Deadline& deadline,
                                       const BusinessCalendar& calendar) {
  if (!deadline.recurrence) return deadline.date;
  const Recurrence& r = *deadline.recurrence;
  if (r.count) return UnadjustedDate(deadline, calendar, *r.count - 1);
  if (!r.until) return std::nullopt;
  std::optional<Date> last;
  for (long index = 0;; ++index) {
    const std::optional<Date> u = UnadjustedDate(deadline, calendar, index);
    if (!u || *u > *r.until) break;
    last = u;
  }
  return last;
}

std::vector<Occurrence> DeadlinesIn(const Network& network,
                                    const Calendars& calendars, Date from,
                                    Date to) {
  std::vector<Occurrence> out;
  for (const Deadline& d : network.deadlines()) {
    std::vector<Occurrence> some = Expand(d, CalendarOf(calendars, d), from, to);
    out.insert(out.end(), std::make_move_iterator(some.begin()),
               std::make_move_iterator(some.end()));
  }
  std::sort(out.begin(), out.end(), Before);
  return out;
}

namespace {

// The longest period a deadline's date can stand for (a year), so that a
// period which started before a window and is still running is found.
constexpr long kLongestPeriodDays = 366;

// The occurrences whose period [date, last] ends in `[from, to]` or, with
// `running`, overlaps it.
std::vector<Occurrence> PeriodsIn(const Network& network, const Calendars& calendars,
                                  Date from, Date to, bool running) {
  std::vector<Occurrence> out =
      DeadlinesIn(network, calendars, AddDays(from, -kLongestPeriodDays), to);
  std::erase_if(out, [&](const Occurrence& o) {
    return running ? o.last < from : (o.last < from || o.last > to);
  });
  return out;
}

}  // namespace

std::vector<Occurrence> DueSoon(const Network& network, const Calendars& calendars,
                                Date as_of, int days) {
  return PeriodsIn(network, calendars, as_of, AddDays(as_of, days), /*running=*/true);
}

std::vector<Occurrence> Overdue(const Network& network, const Calendars& calendars,
                                Date as_of, int days) {
  return PeriodsIn(network, calendars, AddDays(as_of, -days), AddDays(as_of, -1),
                   /*running=*/false);
}

std::vector<ReminderDue> RemindersDue(const Network& network,
                                      const Calendars& calendars, Date as_of) {
  std::vector<ReminderDue> out;
  for (const Deadline& d : network.deadlines()) {
    if (d.reminders.empty()) continue;
    const BusinessCalendar cal = CalendarOf(calendars, d);
    // The latest occurrence date whose reminders can have fired by `as_of`:
    // reminder dates only grow with the occurrence date.
    Date horizon = as_of;
    for (const Reminder& reminder : d.reminders) {
      const Date h = reminder.business_days ? cal.Advance(as_of, reminder.days + 1)
                                            : AddDays(as_of, reminder.days);
      horizon = std::max(horizon, h);
    }
    for (const Occurrence& o : Expand(d, cal, as_of, horizon)) {
      for (std::size_t k = 0; k < o.reminders.size(); ++k) {
        if (o.reminders[k] <= as_of) out.push_back({o, k, o.reminders[k]});
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const ReminderDue& a, const ReminderDue& b) {
    return std::forward_as_tuple(a.date, a.occurrence.deadline->id, a.occurrence.date,
                                 a.reminder) <
           std::forward_as_tuple(b.date, b.occurrence.deadline->id, b.occurrence.date,
                                 b.reminder);
  });
  return out;
}

}  // namespace netgov::calendar
