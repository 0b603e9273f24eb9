#include "netgov/calendar/business_calendar.hpp"

#include <algorithm>
#include <utility>

#include "boost/date_time/gregorian/gregorian.hpp"

namespace netgov::calendar {
namespace {

using DayNumber = std::uint32_t;

const DayNumber kFirstDay = Date(kMinYear, 1, 1).day_number();
const DayNumber kLastDay = Date(kMaxYear, 12, 31).day_number();

// Sunday is 0, as in Boost and `netgov::Weekday`: day number 0 (the Julian
// day) was a Monday.
int WeekdayOf(DayNumber n) { return static_cast<int>((n + 1) % 7); }

// Weekend days and holidays, held as a weekday bit mask and a sorted vector of
// day numbers.
class WeekendHolidayRules final : public CalendarRules {
 public:
  WeekendHolidayRules(std::string name, WeekendMask weekend,
                      std::vector<DayNumber> holidays)
      : name_(std::move(name)), weekend_(weekend), holidays_(std::move(holidays)) {
    std::sort(holidays_.begin(), holidays_.end());
    holidays_.erase(std::unique(holidays_.begin(), holidays_.end()),
                    holidays_.end());
  }

  const std::string& name() const override { return name_; }

  bool IsBusinessDay(Date day) const override {
    const DayNumber n = day.day_number();
    if ((weekend_ >> WeekdayOf(n)) & 1u) return false;
    return !std::binary_search(holidays_.begin(), holidays_.end(), n);
  }

  WeekendMask weekend() const { return weekend_; }
  const std::vector<DayNumber>& holidays() const { return holidays_; }

 private:
  std::string name_;
  WeekendMask weekend_;
  std::vector<DayNumber> holidays_;
};

// A union whose members are not all weekend-and-holiday rules.
class UnionRules final : public CalendarRules {
 public:
  UnionRules(std::string name, std::vector<BusinessCalendar> members)
      : name_(std::move(name)), members_(std::move(members)) {}

  const std::string& name() const override { return name_; }

  bool IsBusinessDay(Date day) const override {
    return std::all_of(members_.begin(), members_.end(),
                       [day](const BusinessCalendar& c) { return c.IsBusinessDay(day); });
  }

 private:
  std::string name_;
  std::vector<BusinessCalendar> members_;
};

// The nearest business day from `day` in direction `step` (+1 or -1), `day`
// itself included; `day` when none exists before the end of the range.
Date Nearest(const BusinessCalendar& cal, Date day, int step) {
  const boost::gregorian::date_duration one(step);
  Date d = day;
  DayNumber n = d.day_number();
  while (!cal.IsBusinessDay(d)) {
    if ((step > 0 && n >= kLastDay) || (step < 0 && n <= kFirstDay)) return day;
    d += one;
    n = d.day_number();
  }
  return d;
}

}  // namespace

WeekendMask ToWeekendMask(const std::vector<Weekday>& weekend) {
  WeekendMask mask = 0;
  for (Weekday w : weekend) mask |= static_cast<WeekendMask>(1u << static_cast<int>(w));
  return mask;
}

BusinessCalendar::BusinessCalendar()
    : rules_(std::make_shared<WeekendHolidayRules>("", WeekendMask{0},
                                                   std::vector<DayNumber>{})) {}

BusinessCalendar BusinessCalendar::WeekendAndHolidays(
    std::string name, const std::vector<Weekday>& weekend,
    const std::vector<Date>& holidays) {
  std::vector<DayNumber> numbers;
  numbers.reserve(holidays.size());
  for (Date d : holidays) numbers.push_back(d.day_number());
  return BusinessCalendar(std::make_shared<WeekendHolidayRules>(
      std::move(name), ToWeekendMask(weekend), std::move(numbers)));
}

BusinessCalendar BusinessCalendar::Union(
    std::string name, const std::vector<BusinessCalendar>& members) {
  WeekendMask mask = 0;
  std::vector<DayNumber> holidays;
  std::vector<BusinessCalendar> others;
  for (const BusinessCalendar& m : members) {
    if (const auto* wh = dynamic_cast<const WeekendHolidayRules*>(m.rules_.get())) {
      mask |= wh->weekend();
      holidays.insert(holidays.end(), wh->holidays().begin(), wh->holidays().end());
    } else {
      others.push_back(m);
    }
  }
  auto merged = std::make_shared<WeekendHolidayRules>(name, mask, std::move(holidays));
  if (others.empty()) return BusinessCalendar(std::move(merged));
  others.push_back(BusinessCalendar(std::move(merged)));
  return BusinessCalendar(std::make_shared<UnionRules>(std::move(name), std::move(others)));
}

Date BusinessCalendar::Adjust(Date day, Convention convention) const {
  if (convention == Convention::kUnadjusted || IsBusinessDay(day)) return day;
  switch (convention) {
    case Convention::kFollowing:
      return Nearest(*this, day, +1);
    case Convention::kModifiedFollowing: {
      const Date next = Nearest(*this, day, +1);
      return next.month() == day.month() ? next : Nearest(*this, day, -1);
    }
    case Convention::kPreceding:
      return Nearest(*this, day, -1);
    case Convention::kModifiedPreceding: {
      const Date previous = Nearest(*this, day, -1);
      return previous.month() == day.month() ? previous : Nearest(*this, day, +1);
    }
    case Convention::kUnadjusted:
      break;
  }
  return day;
}

Date BusinessCalendar::Advance(Date day, int n) const {
  if (n == 0) return Adjust(day, Convention::kFollowing);
  const int step = n > 0 ? 1 : -1;
  const boost::gregorian::date_duration one(step);
  Date d = day;
  for (int left = n > 0 ? n : -n; left > 0; --left) {
    const DayNumber k = d.day_number();
    if ((step > 0 && k >= kLastDay) || (step < 0 && k <= kFirstDay)) return d;
    const Date next = Nearest(*this, d + one, step);
    if (!IsBusinessDay(next)) return d;  // none left in the range
    d = next;
  }
  return d;
}

long BusinessCalendar::BusinessDaysBetween(Date from, Date to) const {
  if (to < from) return -BusinessDaysBetween(to, from);
  long count = 0;
  const boost::gregorian::date_duration one(1);
  for (Date d = from; d < to; d += one) count += IsBusinessDay(d) ? 1 : 0;
  return count;
}

Date BusinessCalendar::LastBusinessDayOfMonth(Date day) const {
  return Adjust(day.end_of_month(), Convention::kPreceding);
}

}  // namespace netgov::calendar
