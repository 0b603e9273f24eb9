#include "netgov/core/date.hpp"

#include <charconv>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "netgov/core/strings.hpp"

namespace netgov {
namespace {

bool ParseDigits(std::string_view text, int& out) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  const auto result =
      std::from_chars(text.data(), text.data() + text.size(), out);
  return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

}  // namespace

bool IsValidYmd(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear || month < 1 || month > 12 ||
      day < 1) {
    return false;
  }
  return day <= boost::gregorian::gregorian_calendar::end_of_month_day(
                    static_cast<unsigned short>(year),
                    static_cast<unsigned short>(month));
}

absl::StatusOr<Date> ParseDate(std::string_view text) {
  int year = 0;
  int month = 0;
  int day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      !ParseDigits(text.substr(0, 4), year) ||
      !ParseDigits(text.substr(5, 2), month) ||
      !ParseDigits(text.substr(8, 2), day)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "'", ToAbsl(text), "' is not a date; expected YYYY-MM-DD, e.g. 2021-12-06"));
  }
  if (year < kMinYear || year > kMaxYear) {
    return absl::InvalidArgumentError(
        absl::StrCat("'", ToAbsl(text), "': year ", year, " is outside ", kMinYear,
                     "..", kMaxYear));
  }
  if (month < 1 || month > 12) {
    return absl::InvalidArgumentError(
        absl::StrCat("'", ToAbsl(text), "': month ", month, " does not exist"));
  }
  if (!IsValidYmd(year, month, day)) {
    const auto last = boost::gregorian::gregorian_calendar::end_of_month_day(
        static_cast<unsigned short>(year), static_cast<unsigned short>(month));
    const Date first(static_cast<unsigned short>(year),
                     static_cast<unsigned short>(month), 1);
    return absl::InvalidArgumentError(absl::StrCat(
        "'", ToAbsl(text), "' does not exist: ", first.month().as_long_string(), " ",
        year, " has ", last, " days"));
  }
  return Date(static_cast<unsigned short>(year),
              static_cast<unsigned short>(month),
              static_cast<unsigned short>(day));
}

std::string FormatDate(Date date) {
  if (date.is_special()) return "invalid-date";
  const auto ymd = date.year_month_day();
  return absl::StrFormat("%04d-%02d-%02d", static_cast<int>(ymd.year),
                         static_cast<int>(ymd.month),
                         static_cast<int>(ymd.day));
}

std::string FormatInterval(const Interval& interval) {
  if (interval.IsAlways()) return "always";
  return absl::StrCat(interval.from ? FormatDate(*interval.from) : "", "..",
                      interval.to ? FormatDate(*interval.to) : "");
}

}  // namespace netgov
