// File: netgov/core/business_day_convention.hpp
// -----------------------------------------------------------------------------
//
// `BusinessDayConvention`: how a date that is not a business day moves to one,
// with QuantLib's names and meanings. The business-day arithmetic that applies
// it lives in the calendar engine (`netgov/calendar/business_calendar.hpp`);
// the type sits in the core layer only because the deadline model stores one
// (`Deadline::convention`) and the model may not include an engine.
//
// Example:
//
//   const netgov::calendar::BusinessCalendar cal =
//       netgov::calendar::BusinessCalendar::WeekendAndHolidays(
//           "weekends", {netgov::Weekday::kSaturday, netgov::Weekday::kSunday}, {});
//   netgov::Date d = cal.Adjust(netgov::Date(2022, 4, 30),
//                               netgov::BusinessDayConvention::kModifiedFollowing);
//   std::string_view name = netgov::ToString(
//       netgov::BusinessDayConvention::kModifiedFollowing);  // "modified-following"

#ifndef NETGOV_CORE_BUSINESS_DAY_CONVENTION_HPP_
#define NETGOV_CORE_BUSINESS_DAY_CONVENTION_HPP_

#include <array>
#include <string_view>

#include "netgov/core/enum.hpp"

namespace netgov {

// BusinessDayConvention
//
// QuantLib's meanings: `following` moves a non-business day to the next
// business day; `modified-following` does so unless that crosses into the next
// month, then moves back; `preceding` and `modified-preceding` mirror them;
// `unadjusted` keeps the date.
enum class BusinessDayConvention {
  kFollowing,
  kModifiedFollowing,
  kPreceding,
  kModifiedPreceding,
  kUnadjusted
};

template <>
struct EnumTraits<BusinessDayConvention> {
  static constexpr std::array<std::string_view, 5> kNames = {
      "following", "modified-following", "preceding", "modified-preceding",
      "unadjusted"};
};

}  // namespace netgov

#endif  // NETGOV_CORE_BUSINESS_DAY_CONVENTION_HPP_
