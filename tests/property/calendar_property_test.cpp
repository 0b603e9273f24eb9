// Invariants of business-day arithmetic over generated calendars
// (tests/property/property.hpp says how cases are seeded and re-run).
//
// Each case draws a weekend (any days but all seven), a few hundred
// holidays over 2020-2023, and dates in those years.
#include <vector>

#include "boost/date_time/gregorian/gregorian.hpp"
#include "netgov/calendar/business_calendar.hpp"
#include "tests/property/property.hpp"

namespace netgov::calendar {
namespace {

int Draw(int low, int high) { return *rc::gen::inRange(low, high + 1); }

Date DrawDay(Date first, int days) {
  return first + boost::gregorian::days(Draw(0, days - 1));
}

const Date kFirst(2020, 1, 1);
constexpr int kDays = 4 * 365;

// A weekend of 0 to 6 days and up to `max_holidays` holidays in 2020-2023.
BusinessCalendar DrawCalendar(int max_holidays) {
  const int mask = Draw(0, 0x7e);
  std::vector<Weekday> weekend;
  for (int w = 0; w < 7; ++w) {
    if ((mask >> w) & 1) weekend.push_back(static_cast<Weekday>(w));
  }
  std::vector<Date> holidays;
  for (int i = Draw(0, max_holidays); i > 0; --i) holidays.push_back(DrawDay(kFirst, kDays));
  // Shown with a failing case.
  RC_LOG() << "weekend (bit 0 Sunday) " << mask << ", holidays";
  for (Date h : holidays) RC_LOG() << " " << FormatDate(h);
  RC_LOG() << "\n";
  return BusinessCalendar::WeekendAndHolidays("drawn", weekend, holidays);
}

bool HasBusinessDayIn(const BusinessCalendar& cal, Date first, Date last) {
  for (Date d = first; d <= last; d += boost::gregorian::days(1)) {
    if (cal.IsBusinessDay(d)) return true;
  }
  return false;
}

const BusinessDayConvention kAdjusting[] = {
    BusinessDayConvention::kFollowing, BusinessDayConvention::kModifiedFollowing,
    BusinessDayConvention::kPreceding, BusinessDayConvention::kModifiedPreceding};

// Every adjusting convention gives a business day (the calendars drawn have
// business days on both sides of every day drawn).
NETGOV_PROPERTY(CalendarProperty, AdjustedDateIsABusinessDay, 2000, ()) {
  const BusinessCalendar cal = DrawCalendar(300);
  const Date day = DrawDay(Date(2021, 1, 1), 2 * 365);
  RC_LOG() << "day " << FormatDate(day) << "\n";
  for (BusinessDayConvention c : kAdjusting) {
    const Date adjusted = cal.Adjust(day, c);
    RC_ASSERT(cal.IsBusinessDay(adjusted));
    if (cal.IsBusinessDay(day)) RC_ASSERT(adjusted == day);
  }
  RC_ASSERT(cal.Adjust(day, BusinessDayConvention::kUnadjusted) == day);
  // Following never goes back, preceding never forward.
  RC_ASSERT(cal.Adjust(day, BusinessDayConvention::kFollowing) >= day);
  RC_ASSERT(cal.Adjust(day, BusinessDayConvention::kPreceding) <= day);
}

// The modified conventions stay in the month when it has a business day;
// when the plain one stays too, they agree with it.
NETGOV_PROPERTY(CalendarProperty, ModifiedConventionsStayInTheMonth, 2000, ()) {
  const BusinessCalendar cal = DrawCalendar(600);
  const Date day = DrawDay(Date(2021, 1, 1), 2 * 365);
  RC_LOG() << "day " << FormatDate(day) << "\n";
  const Date first(day.year(), day.month(), 1);
  const Date last = day.end_of_month();
  RC_PRE(HasBusinessDayIn(cal, first, last));
  const Date mf = cal.Adjust(day, BusinessDayConvention::kModifiedFollowing);
  const Date mp = cal.Adjust(day, BusinessDayConvention::kModifiedPreceding);
  RC_ASSERT(mf >= first && mf <= last);
  RC_ASSERT(mp >= first && mp <= last);
  RC_ASSERT(cal.IsBusinessDay(mf));
  RC_ASSERT(cal.IsBusinessDay(mp));
  const Date f = cal.Adjust(day, BusinessDayConvention::kFollowing);
  const Date p = cal.Adjust(day, BusinessDayConvention::kPreceding);
  if (f.month() == day.month()) RC_ASSERT(mf == f);
  if (f.month() != day.month()) RC_ASSERT(mf == p);
  if (p.month() == day.month()) RC_ASSERT(mp == p);
  if (p.month() != day.month()) RC_ASSERT(mp == f);
}

// Advancing n business days then -n returns to the day if it is a business
// day; from a holiday, n > 0 comes back to the business day before it
// (preceding) and n < 0 to the one after it (following): the first step of
// Advance goes to the next business day whether or not the day is one. The
// days between count n business days, and n == 0 is the following day.
NETGOV_PROPERTY(CalendarProperty, AdvanceThereAndBack, 2000, ()) {
  const BusinessCalendar cal = DrawCalendar(300);
  const Date day = DrawDay(Date(2021, 6, 1), 365);
  const int n = Draw(-40, 40);
  RC_LOG() << "day " << FormatDate(day) << ", n " << n << "\n";
  const Date there = cal.Advance(day, n);
  const Date back = cal.Advance(there, -n);
  RC_ASSERT(cal.IsBusinessDay(there));
  if (n == 0) {
    RC_ASSERT(there == cal.Adjust(day, BusinessDayConvention::kFollowing));
    RC_ASSERT(back == there);
  } else if (cal.IsBusinessDay(day)) {
    RC_ASSERT(back == day);
    RC_ASSERT(cal.BusinessDaysBetween(day, there) == n);
  } else if (n > 0) {
    RC_ASSERT(back == cal.Adjust(day, BusinessDayConvention::kPreceding));
    RC_ASSERT(there > day);
  } else {
    RC_ASSERT(back == cal.Adjust(day, BusinessDayConvention::kFollowing));
    RC_ASSERT(there < day);
  }
}

}  // namespace
}  // namespace netgov::calendar
