#include "netgov/model/rotation.hpp"

#include <algorithm>
#include <cstdint>

namespace netgov {
namespace {

long long FloorDiv(long long a, long long b) {
  long long q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

long long UnitDays(const TermSpec& spec) {
  return spec.unit == TermUnit::kWeeks ? 7LL * spec.count : spec.count;
}

long long UnitMonths(const TermSpec& spec) {
  return spec.unit == TermUnit::kYears ? 12LL * spec.count : spec.count;
}

// True when `index` terms from the anchor certainly leave the supported
// dates (about 3.1 million days, 103,000 months), so that the products
// below stay far from overflowing.
bool FarOutOfRange(const TermSpec& spec, long long index) {
  const long long limit = spec.unit == TermUnit::kDays || spec.unit == TermUnit::kWeeks
                             ? 4'000'000LL / UnitDays(spec) + 1
                             : 200'000LL / UnitMonths(spec) + 1;
  return index > limit || index < -limit;
}

bool InDayRange(long long day_number) {
  static const long long kFirst = Date(kMinYear, 1, 1).day_number();
  static const long long kLast = Date(kMaxYear, 12, 31).day_number();
  return day_number >= kFirst && day_number <= kLast;
}

// True when term `index + 1` would start on the day after the last supported
// day, so that term `index` ends exactly on 9999-12-31.
bool NextStartsAfterLastDay(const TermSpec& spec, long long index) {
  static const long long kLast = Date(kMaxYear, 12, 31).day_number();
  const long long next = index + 1;
  if (spec.count < 1 || FarOutOfRange(spec, next)) return false;
  if (spec.unit == TermUnit::kDays || spec.unit == TermUnit::kWeeks) {
    return static_cast<long long>(spec.start.day_number()) + next * UnitDays(spec) ==
           kLast + 1;
  }
  // Month terms start on the anchor's day of the month (clamped, or snapped to
  // month ends), so only an anchor on the 1st can give 1 January 10000.
  const auto ymd = spec.start.year_month_day();
  const long long month_serial =
      static_cast<long long>(ymd.year) * 12 + (ymd.month - 1) + next * UnitMonths(spec);
  return ymd.day == 1 && month_serial == (kMaxYear + 1LL) * 12;
}

// The start of a month (or year) term in month `month_serial` (year * 12 +
// month - 1), with Boost's month arithmetic (`date + months(n)`) from an
// anchor on day `anchor_day`: an anchor on its month's last day gives last
// days; another day is clamped to the length of the month.
std::optional<Date> MonthTermStart(long long month_serial, unsigned short anchor_day,
                                   bool anchor_on_last) {
  const long long year = FloorDiv(month_serial, 12);
  if (year < kMinYear || year > kMaxYear) return std::nullopt;
  using Calendar = boost::gregorian::gregorian_calendar;
  const auto y = static_cast<unsigned short>(year);
  const auto m = static_cast<unsigned short>(month_serial - year * 12 + 1);
  const unsigned short last = Calendar::end_of_month_day(y, m);
  return Date(y, m, anchor_on_last ? last : std::min<unsigned short>(anchor_day, last));
}

bool IsMonthUnit(const TermSpec& spec) {
  return spec.unit == TermUnit::kMonths || spec.unit == TermUnit::kYears;
}

}  // namespace

std::optional<Date> TermStart(const TermSpec& spec, long long index) {
  if (spec.count < 1 || spec.start.is_special()) return std::nullopt;
  // Bound the index so the products below cannot overflow.
  if (FarOutOfRange(spec, index)) return std::nullopt;
  if (spec.unit == TermUnit::kDays || spec.unit == TermUnit::kWeeks) {
    const long long offset = index * UnitDays(spec);
    const long long target = static_cast<long long>(spec.start.day_number()) + offset;
    if (!InDayRange(target)) return std::nullopt;
    return spec.start + boost::gregorian::date_duration(offset);
  }
  const long long offset = index * UnitMonths(spec);
  const auto ymd = spec.start.year_month_day();
  const long long month_serial =
      static_cast<long long>(ymd.year) * 12 + (ymd.month - 1) + offset;
  // Computed from the anchor in one step.
  using Calendar = boost::gregorian::gregorian_calendar;
  const bool anchor_on_last = ymd.day == Calendar::end_of_month_day(ymd.year, ymd.month);
  return MonthTermStart(month_serial, ymd.day, anchor_on_last);
}

TermStarts::TermStarts(const TermSpec& spec, long long index) : spec_(spec), index_(index) {
  valid_ = spec.count >= 1 && !spec.start.is_special() && !FarOutOfRange(spec, index);
  if (!valid_) return;
  if (IsMonthUnit(spec)) {
    const auto ymd = spec.start.year_month_day();
    using Calendar = boost::gregorian::gregorian_calendar;
    step_ = UnitMonths(spec);
    serial_ = static_cast<long long>(ymd.year) * 12 + (ymd.month - 1) + index * step_;
    anchor_day_ = ymd.day;
    anchor_on_last_ = ymd.day == Calendar::end_of_month_day(ymd.year, ymd.month);
  } else {
    step_ = UnitDays(spec);
    serial_ = static_cast<long long>(spec.start.day_number()) + index * step_;
  }
  Compute();
}

void TermStarts::Advance() {
  if (!valid_) {
    // Far before the supported dates (or a bad spec): start again from the
    // anchor, as TermStart() would.
    *this = TermStarts(spec_, index_ + 1);
    return;
  }
  // Within TermStart()'s bound on the index, the range checks in Compute()
  // decide alone: the bound lies beyond the supported years.
  ++index_;
  serial_ += step_;
  // Month terms within the supported years (only they set `have_first_`):
  // walk the first of the month on by the lengths of the months passed. A
  // long step, or one leaving the supported years, starts afresh in
  // Compute().
  if (have_first_ && step_ <= 12) {
    for (long long i = 0; i < step_; ++i) {
      first_day_ += month_days_;
      if (++month_ > 12) {
        month_ = 1;
        ++year_;
      }
      if (year_ > kMaxYear) break;
      month_days_ = boost::gregorian::gregorian_calendar::end_of_month_day(year_, month_);
    }
    if (year_ <= kMaxYear) {
      SetMonthStart();
      return;
    }
  }
  have_first_ = false;
  Compute();
}

void TermStarts::SetMonthStart() {
  // The day of the month as MonthTermStart() gives it, from the first.
  const unsigned short day = anchor_on_last_ ? month_days_ : std::min(anchor_day_, month_days_);
  start_ = Date(static_cast<Date::date_int_type>(first_day_ + day - 1));
}

void TermStarts::Compute() {
  if (!valid_) {
    start_.reset();
  } else if (IsMonthUnit(spec_)) {
    if (!have_first_) {
      const long long year = FloorDiv(serial_, 12);
      if (year < kMinYear || year > kMaxYear) {
        start_.reset();
        return;
      }
      year_ = static_cast<unsigned short>(year);
      month_ = static_cast<unsigned short>(serial_ - year * 12 + 1);
      first_day_ = Date(year_, month_, 1).day_number();
      month_days_ = boost::gregorian::gregorian_calendar::end_of_month_day(year_, month_);
      have_first_ = true;
    }
    SetMonthStart();
  } else if (!InDayRange(serial_)) {
    start_.reset();
  } else {
    start_ = Date(static_cast<Date::date_int_type>(serial_));
  }
}

long long TermIndexOf(const TermSpec& spec, Date day) {
  if (spec.unit == TermUnit::kDays || spec.unit == TermUnit::kWeeks) {
    const long long diff = (day - spec.start).days();
    return FloorDiv(diff, UnitDays(spec));
  }
  const auto a = spec.start.year_month_day();
  const auto b = day.year_month_day();
  const long long months = (static_cast<long long>(b.year) * 12 + b.month) -
                           (static_cast<long long>(a.year) * 12 + a.month);
  long long index = FloorDiv(months, UnitMonths(spec));
  // Clamping at month ends can put `day` one term either side; settle it.
  for (int guard = 0; guard < 4; ++guard) {
    const std::optional<Date> start = TermStart(spec, index);
    if (start && *start > day) {
      --index;
      continue;
    }
    const std::optional<Date> next = TermStart(spec, index + 1);
    if (next && *next <= day) {
      ++index;
      continue;
    }
    break;
  }
  return index;
}

std::optional<Interval> TermInterval(const TermSpec& spec, long long index) {
  const std::optional<Date> start = TermStart(spec, index);
  if (!start) return std::nullopt;
  Interval term{start, std::nullopt};
  if (const std::optional<Date> next = TermStart(spec, index + 1)) {
    term.to = *next - boost::gregorian::date_duration(1);
  } else if (NextStartsAfterLastDay(spec, index)) {
    term.to = Date(kMaxYear, 12, 31);
  }
  return term;
}

}  // namespace netgov
