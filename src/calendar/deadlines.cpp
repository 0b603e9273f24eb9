#include "netgov/calendar/deadlines.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <tuple>

#include "boost/date_time/gregorian/gregorian.hpp"

namespace netgov::calendar {
namespace {

namespace bg = boost::gregorian;

bg::greg_weekday ToBoost(Weekday w) {
  return bg::greg_weekday(static_cast<unsigned short>(w));
}

// The day the rule picks in month `month` of `year`.
Date PickDay(const Deadline& d, const Recurrence& r, const BusinessCalendar& cal,
             int year, int month) {
  const auto y = static_cast<unsigned short>(year);
  const auto m = static_cast<unsigned short>(month);
  const Date first(y, m, 1);
  switch (r.day_rule) {
    case DayRule::kSame: {
      const int last = first.end_of_month().day();
      return Date(y, m, static_cast<unsigned short>(std::min<int>(d.date.day(), last)));
    }
    case DayRule::kLastDay:
      return first.end_of_month();
    case DayRule::kLastBusinessDay:
      return cal.LastBusinessDayOfMonth(first);
    case DayRule::kNthWeekday:
      if (r.nth < 0) {
        return bg::last_day_of_the_week_in_month(ToBoost(r.weekday), m).get_date(y);
      }
      return bg::nth_day_of_the_week_in_month(
                 static_cast<bg::nth_day_of_the_week_in_month::week_num>(
                     std::clamp(r.nth, 1, 5)),
                 ToBoost(r.weekday), m)
          .get_date(y);
  }
  return first;
}

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

}  // namespace

std::optional<Date> UnadjustedDate(const Deadline& deadline,
                                   const BusinessCalendar& calendar, long index) {
  if (!deadline.recurrence) {
    return index == 0 ? std::optional<Date>(deadline.date) : std::nullopt;
  }
  const Recurrence& r = *deadline.recurrence;
  const std::int64_t steps = static_cast<std::int64_t>(index) * r.interval;
  if (index < 0 || steps > 4'000'000) return std::nullopt;
  if (r.freq == Frequency::kWeekly) {
    const std::int64_t day = static_cast<std::int64_t>(deadline.date.day_number()) + 7 * steps;
    if (day > static_cast<std::int64_t>(Date(kMaxYear, 12, 31).day_number())) {
      return std::nullopt;
    }
    return deadline.date + bg::date_duration(static_cast<long>(7 * steps));
  }
  const std::int64_t months = steps * (r.freq == Frequency::kYearly ? 12 : 1);
  const std::int64_t total = std::int64_t{deadline.date.year()} * 12 +
                             (deadline.date.month() - 1) + months;
  const std::int64_t year = total / 12;
  if (year > kMaxYear) return std::nullopt;
  return PickDay(deadline, r, calendar, static_cast<int>(year),
                 static_cast<int>(total % 12) + 1);
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
  const std::optional<Recurrence>& r = deadline.recurrence;
  for (long index = 0;; ++index) {
    if (r && r->count && index >= *r->count) break;
    const std::optional<Date> unadjusted = UnadjustedDate(deadline, calendar, index);
    if (!unadjusted || (r && r->until && *unadjusted > *r->until)) break;
    const Date date = calendar.Adjust(*unadjusted, deadline.convention);
    // Adjusted dates never move back past an earlier occurrence's window end
    // once both dates are beyond it (every convention is monotone across
    // months), so the first such occurrence ends the scan.
    if (*unadjusted > to && date > to) break;
    if (date < from || date > to) continue;
    Occurrence o{&deadline, static_cast<int>(index), *unadjusted, date, {}};
    o.reminders.reserve(deadline.reminders.size());
    for (const Reminder& reminder : deadline.reminders) {
      o.reminders.push_back(ReminderDate(reminder, calendar, date));
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
    std::vector<Occurrence> some = Expand(d, calendars.For(d.calendar), from, to);
    out.insert(out.end(), std::make_move_iterator(some.begin()),
               std::make_move_iterator(some.end()));
  }
  std::sort(out.begin(), out.end(), Before);
  return out;
}

std::vector<Occurrence> DueSoon(const Network& network, const Calendars& calendars,
                                Date as_of, int days) {
  return DeadlinesIn(network, calendars, as_of, AddDays(as_of, days));
}

std::vector<Occurrence> Overdue(const Network& network, const Calendars& calendars,
                                Date as_of, int days) {
  return DeadlinesIn(network, calendars, AddDays(as_of, -days), AddDays(as_of, -1));
}

std::vector<ReminderDue> RemindersDue(const Network& network,
                                      const Calendars& calendars, Date as_of) {
  std::vector<ReminderDue> out;
  for (const Deadline& d : network.deadlines()) {
    if (d.reminders.empty()) continue;
    const BusinessCalendar& cal = calendars.For(d.calendar);
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
