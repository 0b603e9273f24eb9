#include "netgov/calendar/business_calendar.hpp"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"

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

  bool IsBusinessDay(Date day) const override { return IsOpen(day.day_number()); }

  bool IsOpen(DayNumber n) const {
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

// A join whose members are not all weekend-and-holiday rules: a business day
// in every member (`all`), or in any member.
class JoinRules final : public CalendarRules {
 public:
  JoinRules(std::string name, std::vector<BusinessCalendar> members, bool all)
      : name_(std::move(name)), members_(std::move(members)), all_(all) {}

  const std::string& name() const override { return name_; }

  bool IsBusinessDay(Date day) const override {
    const auto open = [day](const BusinessCalendar& c) { return c.IsBusinessDay(day); };
    return all_ ? std::all_of(members_.begin(), members_.end(), open)
                : std::any_of(members_.begin(), members_.end(), open);
  }

 private:
  std::string name_;
  std::vector<BusinessCalendar> members_;
  bool all_;
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

namespace {

// JoinHolidays() (`all`: a business day in every member) or
// JoinBusinessDays(). Weekend-and-holiday members merge into one such
// calendar: for JoinHolidays the weekends and holidays of all of them; for
// JoinBusinessDays the weekend days they share and, of all their holidays,
// those on which every one of them is closed.
BusinessCalendar Join(std::string name, const std::vector<BusinessCalendar>& members,
                      bool all) {
  std::vector<const WeekendHolidayRules*> plain;
  std::vector<BusinessCalendar> others;
  for (const BusinessCalendar& m : members) {
    if (const auto* wh = dynamic_cast<const WeekendHolidayRules*>(&m.rules())) {
      plain.push_back(wh);
    } else {
      others.push_back(m);
    }
  }
  if (plain.empty() && others.empty()) return BusinessCalendar::WeekendAndHolidays(name, {}, {});
  WeekendMask mask = all || plain.empty() ? 0 : kAllWeek;
  std::vector<DayNumber> holidays;
  for (const WeekendHolidayRules* wh : plain) {
    mask = all ? (mask | wh->weekend()) : (mask & wh->weekend());
    holidays.insert(holidays.end(), wh->holidays().begin(), wh->holidays().end());
  }
  if (!all) {
    // A holiday of one member is a holiday of the join only if every member
    // is closed that day.
    const auto someone_works = [&plain](DayNumber n) {
      return std::any_of(plain.begin(), plain.end(),
                         [n](const WeekendHolidayRules* wh) { return wh->IsOpen(n); });
    };
    holidays.erase(std::remove_if(holidays.begin(), holidays.end(), someone_works),
                   holidays.end());
  }
  std::shared_ptr<const CalendarRules> merged;
  if (!plain.empty()) {
    merged = std::make_shared<WeekendHolidayRules>(name, mask, std::move(holidays));
  }
  if (others.empty()) return BusinessCalendar(std::move(merged));
  if (merged) others.push_back(BusinessCalendar(std::move(merged)));
  return BusinessCalendar(std::make_shared<JoinRules>(std::move(name), std::move(others), all));
}

}  // namespace

BusinessCalendar BusinessCalendar::JoinHolidays(std::string name,
                                                const std::vector<BusinessCalendar>& members) {
  return Join(std::move(name), members, /*all=*/true);
}

BusinessCalendar BusinessCalendar::JoinBusinessDays(
    std::string name, const std::vector<BusinessCalendar>& members) {
  return Join(std::move(name), members, /*all=*/false);
}

Date BusinessCalendar::Adjust(Date day, BusinessDayConvention convention) const {
  if (convention == BusinessDayConvention::kUnadjusted || IsBusinessDay(day)) return day;
  switch (convention) {
    case BusinessDayConvention::kFollowing:
      return Nearest(*this, day, +1);
    case BusinessDayConvention::kModifiedFollowing: {
      const Date next = Nearest(*this, day, +1);
      return next.month() == day.month() ? next : Nearest(*this, day, -1);
    }
    case BusinessDayConvention::kPreceding:
      return Nearest(*this, day, -1);
    case BusinessDayConvention::kModifiedPreceding: {
      const Date previous = Nearest(*this, day, -1);
      return previous.month() == day.month() ? previous : Nearest(*this, day, +1);
    }
    case BusinessDayConvention::kUnadjusted:
      break;
  }
  return day;
}

Date BusinessCalendar::Advance(Date day, int n) const {
  if (n == 0) return Adjust(day, BusinessDayConvention::kFollowing);
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

Date BusinessCalendar::Advance(Date day, const Period& period,
                                BusinessDayConvention convention,
                                bool end_of_month) const {
  if (period.length == 0) return Adjust(day, convention);
  if (period.unit == TimeUnit::kDays) return Advance(day, period.length);
  const std::optional<Date> moved = AddPeriod(day, period);
  if (!moved) return period.length > 0 ? Date(kMaxYear, 12, 31) : Date(kMinYear, 1, 1);
  if (end_of_month && period.unit != TimeUnit::kWeeks) {
    if (convention == BusinessDayConvention::kUnadjusted) {
      if (day == day.end_of_month()) return moved->end_of_month();
    } else if (IsEndOfMonth(day)) {
      return LastBusinessDayOfMonth(*moved);
    }
  }
  return Adjust(*moved, convention);
}

long BusinessCalendar::BusinessDaysBetween(Date from, Date to) const {
  if (to < from) return -BusinessDaysBetween(to, from);
  long count = 0;
  const boost::gregorian::date_duration one(1);
  for (Date d = from; d < to; d += one) count += IsBusinessDay(d) ? 1 : 0;
  return count;
}

Date BusinessCalendar::LastBusinessDayOfMonth(Date day) const {
  return Adjust(day.end_of_month(), BusinessDayConvention::kPreceding);
}

std::string FormatPeriod(const Period& period) {
  static constexpr const char* kSingular[] = {"day", "week", "month", "year"};
  const char* unit = kSingular[static_cast<int>(period.unit)];
  return absl::StrCat(period.length, " ", unit, period.length == 1 || period.length == -1 ? "" : "s");
}

std::optional<Date> AddPeriod(Date day, const Period& period) {
  const std::int64_t n = period.length;
  switch (period.unit) {
    case TimeUnit::kDays:
    case TimeUnit::kWeeks: {
      const std::int64_t target =
          std::int64_t{day.day_number()} + n * (period.unit == TimeUnit::kWeeks ? 7 : 1);
      if (target < std::int64_t{kFirstDay} || target > std::int64_t{kLastDay}) return std::nullopt;
      return day + boost::gregorian::date_duration(static_cast<long>(target - day.day_number()));
    }
    case TimeUnit::kMonths:
    case TimeUnit::kYears: {
      const std::int64_t total = std::int64_t{day.year()} * 12 + (day.month() - 1) +
                                 n * (period.unit == TimeUnit::kYears ? 12 : 1);
      const std::int64_t year = total / 12;  // total >= 0 whenever year >= kMinYear
      if (total < 0 || year < kMinYear || year > kMaxYear) return std::nullopt;
      const auto y = static_cast<unsigned short>(year);
      const auto m = static_cast<unsigned short>(total % 12 + 1);
      const unsigned short last = boost::gregorian::gregorian_calendar::end_of_month_day(y, m);
      return Date(y, m, std::min<unsigned short>(day.day(), last));
    }
  }
  return std::nullopt;
}

}  // namespace netgov::calendar
