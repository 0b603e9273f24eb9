// File: netgov/rotation/schedule.hpp
// -----------------------------------------------------------------------------
//
// `Schedule`: the terms of one rotation, computed from its rules, history,
// overrides and calls as seen on an as-of date. Terms are computed lazily, in
// order, the first time they are needed, and kept in a compact cache (about 32
// bytes per term): after the first query that reaches a date, finding the term
// on that date costs O(1).
//
// How a term is decided, in order of precedence (docs/rotation.md has worked
// examples):
//   1. a `history` entry for the term: `recorded`;
//   2. a term before the rotation's start (and before any history): `undetermined`;
//   3. a `holder` override: `override`;
//   4. a call for the term: `pending` while it is open on the as-of date; after
//      it closes the first computable fallback (`fallback`), else `undetermined`;
//   5. under `open-call`, a term with no call: `undetermined`;
//   6. the order rule (`computed`, or `override` when a `skip` changed it).
// Then `swap_with` exchanges the rotating holders of two terms that were
// decided by rules 3-6 (status `override`). Computation continues from each
// term's holder as decided before swaps, so a swap changes only its two terms.
// `max_consecutive_terms` bounds `extend-incumbent` and computed holders: a
// computed holder that would exceed it is passed over, like a skip.
//
// Example:
//
//   absl::StatusOr<netgov::rotation::Schedule> s = netgov::rotation::Schedule::Make(
//       net, netgov::RotationId("co-chair"), {.as_of = netgov::Date(2021, 12, 22)});
//   absl::StatusOr<std::vector<netgov::rotation::Term>> terms =
//       s->Terms(netgov::Date(2021, 1, 1), 3);
//   // 2021 recorded OHCHR+UNESCO; 2022 fallback UNESCO (2nd consecutive
//   // term); 2023 undetermined.

#ifndef NETGOV_ROTATION_SCHEDULE_HPP_
#define NETGOV_ROTATION_SCHEDULE_HPP_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "netgov/core/date.hpp"
#include "netgov/core/id.hpp"
#include "netgov/network/network.hpp"
#include "netgov/rotation/term.hpp"

namespace netgov::rotation {

// Departure
//
// What-if: `entity` is no longer a network member from `on` (inclusive).
struct Departure {
  EntityId entity;
  Date on;
};

// ScheduleOptions
//
// `as_of` decides whether calls are still open and must be set (there is no
// default: `Make()` refuses an unset date rather than read every call as
// pending); `departures` are what-if changes of membership (entities that
// must belong to the network).
struct ScheduleOptions {
  Date as_of;
  std::vector<Departure> departures;
};

// TallyEntry
//
// The fairness view of one entity over a range of terms: how many terms it
// held a rotating seat, and the start of the last one.
struct TallyEntry {
  EntityId entity;
  long long terms_held = 0;
  std::optional<Date> last_held;

  friend bool operator==(const TallyEntry&, const TallyEntry&) = default;
};

class TermCursor;

// Schedule
//
// A handle: copies are cheap and share one cache of computed terms, and the
// cursors a schedule makes share it too, so no cursor outlives what it reads
// (docs/design.md, "Ownership"). Queries are `const` and may be called from
// several threads (the cache is guarded by a mutex). A moved-from schedule
// may only be assigned to or destroyed. Errors:
// `OutOfRange` when a term would start or end outside the years
// Boost.Date_Time supports (1400 to 9999); `InvalidArgument` for bad
// arguments.
class Schedule {
 public:
  // Make()
  //
  // The schedule of rotation `id` of `network`: `InvalidArgument` for an
  // unknown rotation ("unknown rotation 'co-chiar'; did you mean
  // 'co-chair'?"), an unknown departing entity, or an unset `options.as_of`
  // ("rotation 'co-chair': the as-of date is not set; ...").
  static absl::StatusOr<Schedule> Make(const Network& network, const RotationId& id,
                                       ScheduleOptions options);

  Schedule(const Schedule&);
  Schedule& operator=(const Schedule&);
  Schedule(Schedule&&) noexcept;
  Schedule& operator=(Schedule&&) noexcept;
  ~Schedule();

  // rotation()
  const Rotation& rotation() const;

  // options()
  const ScheduleOptions& options() const;

  // TermAt()
  //
  // Term `index` (0 starts on `term.start`).
  absl::StatusOr<Term> TermAt(long long index) const;

  // TermOn()
  //
  // The term containing `day`.
  absl::StatusOr<Term> TermOn(Date day) const;

  // Terms()
  //
  // `count` terms (at least 1), the first being the one containing `from`.
  absl::StatusOr<std::vector<Term>> Terms(Date from, long long count) const;

  // TermsUntil()
  //
  // The terms from the one containing `from` to the one containing `until`
  // (not before `from`).
  absl::StatusOr<std::vector<Term>> TermsUntil(Date from, Date until) const;

  // Cursor()
  //
  // A lazy walk over the terms from the one containing `from` on. The cursor
  // keeps the schedule's state alive: it may outlive this object.
  TermCursor Cursor(Date from) const;

  // HoldersOn()
  //
  // The holders on `day`: permanent first, then rotating.
  absl::StatusOr<std::vector<EntityId>> HoldersOn(Date day) const;

  // NextChange()
  //
  // The first term after the one containing `after` whose holders differ
  // from it; nullopt when the holders stay the same up to the end of the
  // supported dates.
  absl::StatusOr<std::optional<Term>> NextChange(Date after) const;

  // Tally()
  //
  // For the terms from the one containing `from` to the one containing
  // `until`: every entity the order can give, plus any other rotating holder,
  // with the terms it held and the last one; sorted by entity id. Permanent
  // seats are not counted.
  absl::StatusOr<std::vector<TallyEntry>> Tally(Date from, Date until) const;

  // IfLeaves()
  //
  // What-if: the schedule, with the same options, if `entity` leaves the
  // network on `on` (it holds no computed or fallback term that ends on or
  // after that day; recorded history is unchanged).
  absl::StatusOr<Schedule> IfLeaves(const EntityId& entity, Date on) const;

 private:
  friend class TermCursor;
  struct Impl;
  explicit Schedule(std::shared_ptr<const Impl> impl);
  // Shared with the cursors made from this schedule (and with its copies):
  // immutable but for the cache, which its mutex guards.
  std::shared_ptr<const Impl> impl_;
};

// TermCursor
//
// Walks a schedule's terms forward. `Next()` returns the next term, or
// `OutOfRange` at the end of the supported dates (the cursor then stays on
// that term). The term returned is the cursor's own, valid until the next
// call to `Next()` or the cursor's end; copy it to keep it. The cursor takes
// the schedule's lock once per batch of terms (it may compute a few terms
// ahead of the one asked for), so walking N terms costs little more than
// computing them. The cursor shares the schedule's state, so it stays valid
// after the schedule is moved or destroyed (`Schedule::Make(...)->Cursor(d)`
// is fine). Movable, not copyable.
class TermCursor {
 public:
  TermCursor(TermCursor&&) noexcept;
  TermCursor& operator=(TermCursor&&) noexcept;
  ~TermCursor();

  // Next()
  absl::StatusOr<const Term*> Next();

 private:
  friend class Schedule;
  struct Batch;
  TermCursor(std::shared_ptr<const Schedule::Impl> impl, long long index);
  std::shared_ptr<const Schedule::Impl> impl_;
  long long index_;
  std::unique_ptr<Batch> batch_;
  Term term_;
};

}  // namespace netgov::rotation

#endif  // NETGOV_ROTATION_SCHEDULE_HPP_
