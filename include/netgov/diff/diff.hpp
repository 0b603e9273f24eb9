// File: netgov/diff/diff.hpp
// -----------------------------------------------------------------------------
//
// What changed in a network between two dates, as one sorted value: roles
// started and ended, pillars launched, rotation seats changed, deadlines
// passed. `netgov diff` prints what `Diff()` returns.
//
// The window is half-open on the left: a change counts when it takes effect
// after `from`, up to and including `to`.
//
//   roles_started     a role whose first day is in (from, to];
//   roles_ended       a role whose last day is in [from, to), so it no longer
//                     holds on the day after (`date` is the last day);
//   pillars_launched  a launch date in (from, to];
//   seats_changed     rotations whose holders on `from` differ from those on
//                     `to` (`netgov::rotation::Schedule`, each date taken as
//                     its own as-of date, so a call still open then is
//                     pending);
//   deadlines_passed  deadline occurrences whose adjusted date is in
//                     (from, to] (`netgov::calendar::DeadlinesIn`).
//
// Order: roles by (date, pillar in the canonical order of
// `netgov::PillarLess`, entity id, role kind); launches by (date, pillar);
// seats by rotation id; deadlines by (date, deadline id, occurrence).
//
// Example:
//
//   const netgov::Network& net = netgov::io::DefaultNetwork();
//   absl::StatusOr<netgov::diff::Changes> changes =
//       netgov::diff::Diff(net, netgov::Date(2021, 12, 6), netgov::Date(2022, 1, 1));
//   if (changes.ok()) {
//     for (const netgov::diff::RoleChange& c : changes->roles_started) {
//       std::cout << netgov::FormatDate(c.date) << " " << c.role->entity << " "
//                 << netgov::ToString(c.role->kind) << " of " << c.pillar->id << "\n";
//     }
//   }

#ifndef NETGOV_DIFF_DIFF_HPP_
#define NETGOV_DIFF_DIFF_HPP_

#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "netgov/calendar/deadlines.hpp"
#include "netgov/core/date.hpp"
#include "netgov/core/id.hpp"
#include "netgov/network/network.hpp"

namespace netgov::diff {

// RoleChange
//
// A role that started (`date` is its first day) or ended (`date` is its last
// day). The pointers point into the network.
struct RoleChange {
  Date date;
  const Pillar* pillar = nullptr;
  const Role* role = nullptr;

  friend bool operator==(const RoleChange&, const RoleChange&) = default;
};

// PillarLaunch
//
// A pillar launched on `date`.
struct PillarLaunch {
  Date date;
  const Pillar* pillar = nullptr;

  friend bool operator==(const PillarLaunch&, const PillarLaunch&) = default;
};

// SeatChange
//
// The holders of `rotation`'s seats (permanent first, then rotating) on
// `from` (`before`) and on `to` (`after`), when they differ.
struct SeatChange {
  RotationId rotation;
  std::vector<EntityId> before;
  std::vector<EntityId> after;

  friend bool operator==(const SeatChange&, const SeatChange&) = default;
};

// Changes
//
// Everything that changed after `from` up to and including `to`, each list
// sorted as the file comment says. `network` is a copy of the handle that was
// asked, so the pointers in the lists stay valid as long as the `Changes`
// lives, even when the network passed to `Diff()` was a temporary.
struct Changes {
  Network network;
  Date from;
  Date to;
  std::vector<RoleChange> roles_started;
  std::vector<RoleChange> roles_ended;
  std::vector<PillarLaunch> pillars_launched;
  std::vector<SeatChange> seats_changed;
  std::vector<calendar::Occurrence> deadlines_passed;
};

// DiffOptions
//
// `entity`: keep only the roles of that entity and the rotations whose seats
// it holds on `from` or `to`; launches and deadlines are then left out.
struct DiffOptions {
  std::optional<EntityId> entity;
};

// Diff()
//
// The changes in `network` after `from` up to and including `to`. Errors
// (`InvalidArgument`): `from` after `to` ("from 2022-01-02 is after to
// 2022-01-01"), an unset date, an unknown `options.entity` (with "did you
// mean"), or a rotation whose schedule cannot be computed (its message).
absl::StatusOr<Changes> Diff(const Network& network, Date from, Date to,
                             const DiffOptions& options = {});

}  // namespace netgov::diff

#endif  // NETGOV_DIFF_DIFF_HPP_
