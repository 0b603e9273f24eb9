#include "netgov/calendar/schedule.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "boost/date_time/gregorian/gregorian.hpp"
#include "boost/iterator/counting_iterator.hpp"
#include "netgov/core/strings.hpp"

namespace netgov::calendar {
namespace {

namespace bg = boost::gregorian;

// Larger step counts leave Boost's range whatever the unit (9999 years are
// about 3.7 million days).
constexpr std::int64_t kMaxSteps = 4'000'000;

bg::greg_weekday ToBoost(Weekday w) {
  return bg::greg_weekday(static_cast<unsigned short>(w));
}

// The day `rule` picks in the month of `month` (any day of it).
Date PickDay(Date month, DayRule rule, Weekday weekday, int nth,
             const BusinessCalendar& calendar) {
  const auto y = static_cast<unsigned short>(month.year());
  const auto m = static_cast<unsigned short>(month.month());
  switch (rule) {
    case DayRule::kSame:
      break;
    case DayRule::kLastDay:
      return month.end_of_month();
    case DayRule::kLastBusinessDay:
      return calendar.LastBusinessDayOfMonth(month);
    case DayRule::kNthWeekday:
      if (nth < 0) return bg::last_day_of_the_week_in_month(ToBoost(weekday), m).get_date(y);
      return bg::nth_day_of_the_week_in_month(
                 static_cast<bg::nth_day_of_the_week_in_month::week_num>(std::clamp(nth, 1, 5)),
                 ToBoost(weekday), m)
          .get_date(y);
  }
  return month;
}

}  // namespace

std::optional<ScheduleDate> DateSchedule::At(long index) const {
  if (index < 0 || (count_ && index >= *count_)) return std::nullopt;
  const std::int64_t steps = std::int64_t{index} * step_.length;
  if (steps > kMaxSteps) return std::nullopt;
  const Period offset(static_cast<int>(steps), step_.unit);
  ScheduleDate out{index, first_, first_};
  if (day_rule_ == DayRule::kSame) {
    const std::optional<Date> moved = AddPeriod(first_, offset);
    if (!moved) return std::nullopt;
    out.unadjusted = *moved;
    if (step_.unit == TimeUnit::kDays) {
      out.date = calendar_.Adjust(*moved, convention_);
    } else {
      out.date = calendar_.Advance(first_, offset, convention_, end_of_month_);
      // Where the end-of-month rule applies, the date as the rule states it is
      // the month's last day.
      const bool at_month_end = convention_ == BusinessDayConvention::kUnadjusted
                                    ? first_ == first_.end_of_month()
                                    : calendar_.IsEndOfMonth(first_);
      if (index > 0 && end_of_month_ && step_.unit != TimeUnit::kWeeks && at_month_end) {
        out.unadjusted = moved->end_of_month();
      }
    }
  } else {
    // The first of the month keeps `AddPeriod()` from clamping.
    const std::optional<Date> month =
        AddPeriod(Date(first_.year(), first_.month(), 1), offset);
    if (!month) return std::nullopt;
    out.unadjusted = PickDay(*month, day_rule_, weekday_, nth_, calendar_);
    out.date = calendar_.Adjust(out.unadjusted, convention_);
  }
  if (until_ && out.unadjusted > *until_) return std::nullopt;
  return out;
}

long DateSchedule::FirstIndexFrom(Date from) const {
  // Adjusted dates never decrease with the index (each convention is
  // monotone, and an unadjusted date grows with the index), and `At()` ends
  // for good once it returns nullopt; so "no date, or a date on or after
  // `from`" holds from some index on. Doubling bounds that index, then a
  // binary search finds it: O(log n) calls of `At()`.
  const auto before = [&](long index) {
    const std::optional<ScheduleDate> d = At(index);
    return d && d->date < from;
  };
  if (!before(0)) return 0;
  long below = 0;  // before(below)
  long above = 1;
  while (before(above)) {
    below = above;
    above *= 2;
  }
  // !before(above): the first such index is in (below, above]; a counting
  // iterator at `above` reads `above` when no index before it qualifies.
  return *std::partition_point(boost::counting_iterator<long>(below + 1),
                               boost::counting_iterator<long>(above), before);
}

std::vector<ScheduleDate> DateSchedule::Between(Date from, Date to) const {
  std::vector<ScheduleDate> out;
  for (long index = FirstIndexFrom(from);; ++index) {
    const std::optional<ScheduleDate> d = At(index);
    if (!d) break;
    // Adjusted dates never move back past the window's end once both dates
    // are beyond it (every convention is monotone across months), so the
    // first such date ends the scan.
    if (d->unadjusted > to && d->date > to) break;
    if (d->date < from || d->date > to) continue;
    out.push_back(*d);
  }
  return out;
}

std::vector<ScheduleDate> DateSchedule::Dates() const {
  std::vector<ScheduleDate> out;
  for (long index = 0;; ++index) {
    std::optional<ScheduleDate> d = At(index);
    if (!d) break;
    out.push_back(*d);
  }
  return out;
}

MakeSchedule& MakeSchedule::From(Date first) {
  s_.first_ = first;
  has_first_ = true;
  return *this;
}

MakeSchedule& MakeSchedule::Until(std::optional<Date> last) {
  s_.until_ = last;
  return *this;
}

MakeSchedule& MakeSchedule::Count(std::optional<long> n) {
  s_.count_ = n;
  return *this;
}

MakeSchedule& MakeSchedule::Every(const Period& step) {
  s_.step_ = step;
  return *this;
}

MakeSchedule& MakeSchedule::WithCalendar(BusinessCalendar calendar) {
  s_.calendar_ = std::move(calendar);
  return *this;
}

MakeSchedule& MakeSchedule::WithConvention(BusinessDayConvention convention) {
  s_.convention_ = convention;
  return *this;
}

MakeSchedule& MakeSchedule::EndOfMonth(bool on) {
  s_.end_of_month_ = on;
  return *this;
}

MakeSchedule& MakeSchedule::OnDay(DayRule rule) {
  s_.day_rule_ = rule;
  return *this;
}

MakeSchedule& MakeSchedule::OnNthWeekday(int nth, Weekday weekday) {
  s_.day_rule_ = DayRule::kNthWeekday;
  s_.nth_ = nth;
  s_.weekday_ = weekday;
  return *this;
}

absl::StatusOr<DateSchedule> MakeSchedule::Build() const {
  if (!has_first_ || s_.first_.is_special()) {
    return absl::InvalidArgumentError("a schedule needs a first date: call From()");
  }
  if (s_.step_.length < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("the step must be at least one; got ", FormatPeriod(s_.step_)));
  }
  if (s_.count_ && *s_.count_ < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("the count must not be negative; got ", *s_.count_));
  }
  if (s_.day_rule_ != DayRule::kSame &&
      (s_.step_.unit == TimeUnit::kDays || s_.step_.unit == TimeUnit::kWeeks)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "day rule '", ToAbsl(ToString(s_.day_rule_)),
        "' picks a day of the month; a step of ", FormatPeriod(s_.step_), " takes 'same'"));
  }
  if (s_.day_rule_ == DayRule::kNthWeekday && (s_.nth_ < -1 || s_.nth_ == 0 || s_.nth_ > 5)) {
    return absl::InvalidArgumentError(
        absl::StrCat("nth must be 1 to 5, or -1 for the last; got ", s_.nth_));
  }
  return s_;
}

}  // namespace netgov::calendar
