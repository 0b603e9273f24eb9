// File: netgov/model/rotation.hpp
// -----------------------------------------------------------------------------
//
// `Rotation`: the rules of a chair office as stated in a network file. This is
// data only; `netgov/rotation/` computes the schedule from it.
//
// Terms tile time from `term.start` in steps of `term.count` units, in both
// directions. Permanent seats are held in every term; `rotating_seats` seats
// pass according to `order`, recorded `history`, `overrides` and open `calls`.
//
// Example (an annual co-chair beside a permanent one, filled by open call):
//
//   netgov::Rotation r;
//   r.id = netgov::RotationId("co-chair");
//   r.term = {netgov::Date(2021, 1, 1), netgov::TermUnit::kMonths, 12};
//   r.permanent = {netgov::EntityId("ohchr")};
//   r.order.rule = netgov::OrderRuleKind::kOpenCall;
//   r.history = {{netgov::Date(2021, 1, 1), {netgov::EntityId("unesco")}, ""}};

#ifndef NETGOV_MODEL_ROTATION_HPP_
#define NETGOV_MODEL_ROTATION_HPP_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"
#include "netgov/core/id.hpp"
#include "netgov/model/provenance.hpp"

namespace netgov {

// TermUnit
enum class TermUnit { kDays, kWeeks, kMonths, kYears };

template <>
struct EnumTraits<TermUnit> {
  static constexpr std::array<std::string_view, 4> kNames = {"days", "weeks",
                                                             "months", "years"};
};

// TermSpec
//
// Terms of `count` units each, the first (index 0) starting on `start`.
struct TermSpec {
  Date start;
  TermUnit unit = TermUnit::kYears;
  int count = 1;

  friend bool operator==(const TermSpec&, const TermSpec&) = default;
};

// OrderRuleKind
enum class OrderRuleKind { kFixed, kAlphabetical, kOpenCall };

template <>
struct EnumTraits<OrderRuleKind> {
  static constexpr std::array<std::string_view, 3> kNames = {
      "fixed", "alphabetical", "open-call"};
};

// SortKey
//
// What `alphabetical` sorts entities by (case-insensitively).
enum class SortKey { kName, kAcronym, kId };

template <>
struct EnumTraits<SortKey> {
  static constexpr std::array<std::string_view, 3> kNames = {"name", "acronym",
                                                             "id"};
};

// OrderRule
//
// `sequence` and `cycle` apply to `fixed` (without `cycle` the terms after
// the sequence runs out are undetermined, as in the file format, where
// `cycle` defaults to false); `key` applies to `alphabetical`.
struct OrderRule {
  OrderRuleKind rule = OrderRuleKind::kOpenCall;
  std::vector<EntityId> sequence;
  bool cycle = false;
  SortKey key = SortKey::kName;

  friend bool operator==(const OrderRule&, const OrderRule&) = default;
};

// HistoryEntry
//
// A recorded fact: the rotating holder(s) of the term starting on `start`.
struct HistoryEntry {
  Date start;
  std::vector<EntityId> holders;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  friend bool operator==(const HistoryEntry&, const HistoryEntry&) = default;
};

// OverrideKind
enum class OverrideKind { kHolder, kSkip, kSwap };

template <>
struct EnumTraits<OverrideKind> {
  static constexpr std::array<std::string_view, 3> kNames = {"holder", "skip",
                                                             "swap_with"};
};

// Override
//
// For the term starting on `start`: set its holder (`entity`), pass `entity`
// over, or exchange its computed holders with those of the term starting on
// `swap_with`.
struct Override {
  Date start;
  OverrideKind kind = OverrideKind::kHolder;
  EntityId entity;
  std::optional<Date> swap_with;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  friend bool operator==(const Override&, const Override&) = default;
};

// Fallback
//
// What applies to a term under `open-call` after its call closes with no
// holder recorded. `approach-bilaterally` is recorded but not computable.
// `request-incumbent` is a request the incumbent may decline: it gives the
// incumbent as `extend-incumbent` does, but the term's reason says
// "requested, not confirmed".
enum class Fallback {
  kApproachBilaterally,
  kExtendIncumbent,
  kNextInOrder,
  kRequestIncumbent
};

template <>
struct EnumTraits<Fallback> {
  static constexpr std::array<std::string_view, 4> kNames = {
      "approach-bilaterally", "extend-incumbent", "next-in-order",
      "request-incumbent"};
};

// Call
//
// An open call for the term starting on `term`, open up to and including
// `closes`.
struct Call {
  Date term;
  Date closes;
  std::vector<Fallback> fallback;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  friend bool operator==(const Call&, const Call&) = default;
};

// Rotation
struct Rotation {
  RotationId id;
  std::string title;
  TermSpec term;
  int rotating_seats = 1;
  std::vector<EntityId> permanent;
  OrderRule order;
  std::optional<int> max_consecutive_terms;
  // What `max_consecutive_terms` rests on, when the file says (the value
  // written as an object with `count` and provenance keys).
  Provenance max_consecutive_terms_provenance{};
  std::vector<HistoryEntry> history;
  std::vector<Override> overrides;
  std::vector<Call> calls;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  friend bool operator==(const Rotation&, const Rotation&) = default;
};

// TermStart()
//
// The first day of term `index` (0 is the term starting on `spec.start`;
// negative indexes run back in time), or nullopt when that day is outside the
// years Boost.Date_Time supports. Month and year terms are computed from the
// anchor, not step by step, with Boost's month arithmetic: a day past the end
// of a shorter month is clamped to its last day, and an anchor on a month's
// last day gives every term's start on a month's last day (terms from
// 2021-01-31 start 2021-02-28, 2021-03-31, 2021-04-30...).
std::optional<Date> TermStart(const TermSpec& spec, long long index);

// TermStarts
//
// The starts of consecutive terms `index`, `index + 1`, ...: `start()` is
// always `TermStart(spec, index())`, but `Advance()` costs a few additions
// instead of a conversion of the anchor, so walking N terms is cheap. Month
// and year terms still follow the anchor's day (the clamp rule of
// `TermStart()`), never the previous term's clamped day.
//
//   netgov::TermStarts starts(spec, 0);
//   for (int i = 0; i < 12 && starts.start(); ++i, starts.Advance()) { ... }
class TermStarts {
 public:
  // Requires `spec.count >= 1` (else every start is nullopt).
  TermStarts(const TermSpec& spec, long long index);

  // index()
  long long index() const { return index_; }

  // start()
  //
  // `TermStart(spec, index())`: nullopt outside the supported dates.
  const std::optional<Date>& start() const { return start_; }

  // Advance()
  //
  // Moves on to term `index() + 1`.
  void Advance();

 private:
  void Compute();
  void SetMonthStart();

  TermSpec spec_;
  long long index_;
  // Months (and years) terms: the month serial (year * 12 + month - 1) of
  // term `index_`, the step, the anchor's day and whether it is its month's
  // last day. Days and weeks terms: the day number of term `index_` and the
  // step in days.
  long long serial_ = 0;
  long long step_ = 0;
  unsigned short anchor_day_ = 1;
  bool anchor_on_last_ = false;
  bool valid_ = false;
  // Months (and years) terms within the supported years: month `serial_`
  // as a year, a month and its length, and the day number of its first,
  // walked on month by month by `Advance()`.
  unsigned short year_ = 0;
  unsigned short month_ = 0;
  unsigned short month_days_ = 0;
  long long first_day_ = 0;
  bool have_first_ = false;
  std::optional<Date> start_;
};

// TermIndexOf()
//
// The index of the term containing `day`. Requires `spec.count >= 1`.
long long TermIndexOf(const TermSpec& spec, Date day);

// TermInterval()
//
// The days of term `index`, `[TermStart(index), TermStart(index + 1) - 1]`;
// a term whose successor would start on 10000-01-01 ends on 9999-12-31; the
// end is open (nullopt) when the term would end after 9999-12-31. nullopt
// when the term itself starts outside the supported range.
std::optional<Interval> TermInterval(const TermSpec& spec, long long index);

}  // namespace netgov

#endif  // NETGOV_MODEL_ROTATION_HPP_
