#include "netgov/diff/diff.hpp"

#include <algorithm>
#include <functional>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "netgov/calendar/calendars.hpp"
#include "netgov/network/pillar_status.hpp"
#include "netgov/rotation/schedule.hpp"

namespace netgov::diff {
namespace {

bool Earlier(const RoleChange& x, const RoleChange& y) {
  if (x.date != y.date) return x.date < y.date;
  if (x.pillar != y.pillar) return PillarLess(*x.pillar, *y.pillar);
  return std::make_tuple(std::cref(x.role->entity), x.role->kind) <
         std::make_tuple(std::cref(y.role->entity), y.role->kind);
}

bool Holds(const std::vector<EntityId>& holders, const EntityId& entity) {
  return std::find(holders.begin(), holders.end(), entity) != holders.end();
}

// The seats of `rotation` on `day`, computed as of `day`.
absl::StatusOr<std::vector<EntityId>> SeatsOn(const Network& network,
                                              const RotationId& rotation, Date day) {
  absl::StatusOr<rotation::Schedule> schedule =
      rotation::Schedule::Make(network, rotation, {day, {}});
  if (!schedule.ok()) return schedule.status();
  return schedule->HoldersOn(day);
}

}  // namespace

absl::StatusOr<Changes> Diff(const Network& network, Date from, Date to,
                             const DiffOptions& options) {
  for (const auto& [name, day] : {std::pair{"from", from}, std::pair{"to", to}}) {
    if (day.is_special()) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, " is not a date (",
                       day.is_not_a_date() ? "not-a-date-time" : "an infinity",
                       "); give a date such as 2022-01-01"));
    }
  }
  if (to < from) {
    return absl::InvalidArgumentError(
        absl::StrCat("from ", FormatDate(from), " is after to ", FormatDate(to)));
  }
  const std::optional<EntityId>& only = options.entity;
  if (only) {
    absl::StatusOr<const Entity*> e = network.LookupEntity(only->str());
    if (!e.ok()) return e.status();
  }

  Changes out;
  out.network = network;
  out.from = from;
  out.to = to;
  for (const Pillar& p : network.pillars()) {
    if (p.launch.date && from < *p.launch.date && *p.launch.date <= to && !only) {
      out.pillars_launched.push_back({*p.launch.date, &p});
    }
    for (const Role& r : p.roles) {
      if (only && r.entity != *only) continue;
      if (r.valid.from && from < *r.valid.from && *r.valid.from <= to) {
        out.roles_started.push_back({*r.valid.from, &p, &r});
      }
      if (r.valid.to && from <= *r.valid.to && *r.valid.to < to) {
        out.roles_ended.push_back({*r.valid.to, &p, &r});
      }
    }
  }
  std::sort(out.roles_started.begin(), out.roles_started.end(), Earlier);
  std::sort(out.roles_ended.begin(), out.roles_ended.end(), Earlier);
  std::sort(out.pillars_launched.begin(), out.pillars_launched.end(),
            [](const PillarLaunch& a, const PillarLaunch& b) {
              return a.date != b.date ? a.date < b.date : PillarLess(*a.pillar, *b.pillar);
            });

  for (const Rotation& r : network.rotations()) {
    absl::StatusOr<std::vector<EntityId>> before = SeatsOn(network, r.id, from);
    if (!before.ok()) return before.status();
    absl::StatusOr<std::vector<EntityId>> after = SeatsOn(network, r.id, to);
    if (!after.ok()) return after.status();
    if (*before == *after) continue;
    if (only && !Holds(*before, *only) && !Holds(*after, *only)) continue;
    out.seats_changed.push_back({r.id, *std::move(before), *std::move(after)});
  }
  std::sort(out.seats_changed.begin(), out.seats_changed.end(),
            [](const SeatChange& a, const SeatChange& b) { return a.rotation < b.rotation; });

  if (!only && from < to) {
    const calendar::Calendars calendars(network);
    out.deadlines_passed =
        calendar::DeadlinesIn(network, calendars, from + boost::gregorian::days(1), to);
  }
  return out;
}

}  // namespace netgov::diff
