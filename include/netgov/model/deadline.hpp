// File: netgov/model/deadline.hpp
// -----------------------------------------------------------------------------
//
// `Deadline`: a dated obligation with a business-day calendar and convention,
// reminders, an optional recurrence, and links to what it relates to. The
// business-day arithmetic and the expansion of recurrences live in
// `netgov/calendar/`.
//
// Example:
//
//   netgov::Deadline d;
//   d.id = netgov::DeadlineId("co-chair-2022-call");
//   d.date = netgov::Date(2021, 12, 21);
//   d.calendar = netgov::CalendarId("un-new-york");
//   d.convention = netgov::BusinessDayConvention::kFollowing;
//   d.reminders = {{7, /*business_days=*/false}};

#ifndef NETGOV_MODEL_DEADLINE_HPP_
#define NETGOV_MODEL_DEADLINE_HPP_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netgov/core/business_day_convention.hpp"
#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"
#include "netgov/core/id.hpp"
#include "netgov/model/calendar.hpp"
#include "netgov/model/provenance.hpp"

namespace netgov {

// Convention
//
// The former name of `BusinessDayConvention` (now in
// `netgov/core/business_day_convention.hpp`, beside the calendar engine that
// applies it), kept so existing code compiles.
using Convention = BusinessDayConvention;

// Reminder
//
// `days` calendar days (or business days) before the adjusted date.
struct Reminder {
  int days = 0;
  bool business_days = false;

  friend bool operator==(const Reminder&, const Reminder&) = default;
};

// Frequency
enum class Frequency { kYearly, kMonthly, kWeekly };

template <>
struct EnumTraits<Frequency> {
  static constexpr std::array<std::string_view, 3> kNames = {
      "yearly", "monthly", "weekly"};
};

// DayRule
//
// How a recurrence picks the day of each period: the same day as the first
// date (clamped to the month's end), the month's last day, its last business
// day, or the nth weekday (`nth` -1 is the last).
enum class DayRule { kSame, kLastDay, kLastBusinessDay, kNthWeekday };

template <>
struct EnumTraits<DayRule> {
  static constexpr std::array<std::string_view, 4> kNames = {
      "same", "last-day", "last-business-day", "nth-weekday"};
};

// Recurrence
struct Recurrence {
  Frequency freq = Frequency::kYearly;
  int interval = 1;
  std::optional<Date> until;
  std::optional<int> count;
  DayRule day_rule = DayRule::kSame;
  Weekday weekday = Weekday::kMonday;
  int nth = 1;

  friend bool operator==(const Recurrence&, const Recurrence&) = default;
};

// RelationKind
enum class RelationKind {
  kRotation,
  kCommitment,
  kPillar,
  kRole,
  kEntity,
  kMeeting,
  kMention
};

template <>
struct EnumTraits<RelationKind> {
  static constexpr std::array<std::string_view, 7> kNames = {
      "rotation", "commitment", "pillar", "role",
      "entity",   "meeting",    "mention"};
};

// Relation
//
// What a deadline relates to. For `kRotation`, `term` names the term; for
// `kRole`, `id` is the pillar and `entity` the role holder.
struct Relation {
  RelationKind kind = RelationKind::kEntity;
  std::string id;
  std::optional<Date> term;
  std::optional<EntityId> entity;

  friend bool operator==(const Relation&, const Relation&) = default;
};

// Deadline
//
// Without a calendar every day is a business day.
struct Deadline {
  DeadlineId id;
  std::string title;
  Date date;
  // How exact `date` is: a deadline "for 2022" is the year 2022, written
  // 2022-01-01 with `kYear`. Only a `kDay` date is moved by `convention`.
  DatePrecision precision = DatePrecision::kDay;
  std::optional<CalendarId> calendar;
  BusinessDayConvention convention = BusinessDayConvention::kFollowing;
  std::string time_zone;
  std::vector<Reminder> reminders;
  std::optional<Recurrence> recurrence;
  std::vector<Relation> relates_to;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  friend bool operator==(const Deadline&, const Deadline&) = default;
};

}  // namespace netgov

#endif  // NETGOV_MODEL_DEADLINE_HPP_
