// netgov diff --from DATE [--to DATE] [--entity ID]: what changed after
// `from` up to and including `to` (default: the as-of date).
//
//   roles started     a role whose first day is in (from, to];
//   roles ended       a role whose last day is in [from, to), so it no longer
//                     holds on the day after;
//   pillars launched  a launch date in (from, to];
//   seats changed     rotation seats on `from` differ from those on `to`
//                     (netgov::rotation::Schedule, each date as of itself);
//   deadlines passed  deadline occurrences adjusted into (from, to].
//
// Roles are sorted by (date, pillar number, pillar id, entity id, role),
// pillars by (date, number), seats by rotation id, deadlines by (date, id).
#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "netgov/calendar/calendars.hpp"
#include "netgov/calendar/deadlines.hpp"
#include "netgov/rotation/schedule.hpp"
#include "src/cli/commands.hpp"
#include "src/cli/csv_tables.hpp"

namespace netgov::cli {
namespace {

struct RoleChange {
  Date date;
  const Pillar* pillar;
  const Role* role;
};

bool Earlier(const RoleChange& x, const RoleChange& y) {
  return std::make_tuple(x.date, x.pillar->number, std::cref(x.pillar->id),
                         std::cref(x.role->entity), x.role->kind) <
         std::make_tuple(y.date, y.pillar->number, std::cref(y.pillar->id),
                         std::cref(y.role->entity), y.role->kind);
}

std::vector<std::string> Strings(const std::vector<EntityId>& ids) {
  std::vector<std::string> out;
  for (const EntityId& id : ids) out.push_back(id.str());
  return out;
}

}  // namespace

absl::StatusOr<int> RunDiff(const Context& ctx) {
  absl::StatusOr<std::optional<Date>> from_opt = ctx.OptionalDateOption("from");
  if (!from_opt.ok()) return from_opt.status();
  if (!*from_opt) {
    return absl::InvalidArgumentError("--from DATE is required (usage: netgov diff "
                                      "--from DATE [--to DATE])");
  }
  const Date from = **from_opt;
  absl::StatusOr<Date> to_or = ctx.DateOption("to", ctx.as_of);
  if (!to_or.ok()) return to_or.status();
  const Date to = *to_or;
  if (to < from) {
    return absl::InvalidArgumentError(absl::StrCat("--from ", FormatDate(from),
                                                   " is after --to ", FormatDate(to)));
  }
  const Network& net = ctx.network;
  std::optional<EntityId> only;
  if (const std::optional<std::string> key = ctx.Option("entity")) {
    absl::StatusOr<const Entity*> e = net.LookupEntity(*key);
    if (!e.ok()) return e.status();
    only = (*e)->id;
  }

  std::vector<RoleChange> started;
  std::vector<RoleChange> ended;
  std::vector<const Pillar*> launched;
  for (const Pillar& p : net.pillars()) {
    if (p.launch.date && from < *p.launch.date && *p.launch.date <= to && !only) {
      launched.push_back(&p);
    }
    for (const Role& r : p.roles) {
      if (only && r.entity != *only) continue;
      if (r.valid.from && from < *r.valid.from && *r.valid.from <= to) {
        started.push_back({*r.valid.from, &p, &r});
      }
      if (r.valid.to && from <= *r.valid.to && *r.valid.to < to) {
        ended.push_back({*r.valid.to, &p, &r});
      }
    }
  }
  std::sort(started.begin(), started.end(), Earlier);
  std::sort(ended.begin(), ended.end(), Earlier);
  std::sort(launched.begin(), launched.end(), [](const Pillar* a, const Pillar* b) {
    return std::make_tuple(*a->launch.date, a->number, std::cref(a->id)) <
           std::make_tuple(*b->launch.date, b->number, std::cref(b->id));
  });

  struct SeatChange {
    std::string rotation;
    std::vector<EntityId> before;
    std::vector<EntityId> after;
  };
  std::vector<SeatChange> seats;
  for (const Rotation& r : net.rotations()) {
    absl::StatusOr<rotation::Schedule> on_from =
        rotation::Schedule::Make(net, r.id, {from, {}});
    absl::StatusOr<rotation::Schedule> on_to = rotation::Schedule::Make(net, r.id, {to, {}});
    if (!on_from.ok()) return on_from.status();
    if (!on_to.ok()) return on_to.status();
    absl::StatusOr<std::vector<EntityId>> before = on_from->HoldersOn(from);
    absl::StatusOr<std::vector<EntityId>> after = on_to->HoldersOn(to);
    if (!before.ok()) return before.status();
    if (!after.ok()) return after.status();
    if (*before == *after) continue;
    if (only && std::find(before->begin(), before->end(), *only) == before->end() &&
        std::find(after->begin(), after->end(), *only) == after->end()) {
      continue;
    }
    seats.push_back({r.id.str(), *std::move(before), *std::move(after)});
  }
  std::sort(seats.begin(), seats.end(), [](const SeatChange& a, const SeatChange& b) {
    return a.rotation < b.rotation;
  });

  std::vector<calendar::Occurrence> deadlines;
  if (!only && from < to) {
    const calendar::Calendars calendars(net);
    deadlines = calendar::DeadlinesIn(net, calendars, from + boost::gregorian::days(1), to);
  }

  if (ctx.format == "json" || ctx.format == "csv") {
    auto roles_json = [](const std::vector<RoleChange>& changes) {
      nlohmann::json list = nlohmann::json::array();
      for (const RoleChange& c : changes) {
        list.push_back({{"date", FormatDate(c.date)},
                        {"pillar", c.pillar->id.str()},
                        {"entity", c.role->entity.str()},
                        {"role", std::string(ToString(c.role->kind))},
                        {"provisional", c.role->provisional}});
      }
      return list;
    };
    nlohmann::json j;
    j["from"] = FormatDate(from);
    j["to"] = FormatDate(to);
    j["roles_started"] = roles_json(started);
    j["roles_ended"] = roles_json(ended);
    j["pillars_launched"] = nlohmann::json::array();
    for (const Pillar* p : launched) {
      j["pillars_launched"].push_back({{"pillar", p->id.str()},
                                       {"date", FormatDate(*p->launch.date)}});
    }
    j["seats_changed"] = nlohmann::json::array();
    for (const SeatChange& s : seats) {
      j["seats_changed"].push_back({{"rotation", s.rotation},
                                    {"before", Strings(s.before)},
                                    {"after", Strings(s.after)}});
    }
    j["deadlines_passed"] = nlohmann::json::array();
    for (const calendar::Occurrence& o : deadlines) {
      j["deadlines_passed"].push_back({{"id", o.deadline->id.str()},
                                       {"title", o.deadline->title},
                                       {"date", FormatDate(o.date)}});
    }
    if (ctx.format == "csv") {
      PrintDiffCsv(ctx.out, j);
      return 0;
    }
    PrintJson(ctx.out, j);
    return 0;
  }

  ctx.out << "Changes after " << FormatDate(from) << " up to " << FormatDate(to) << "\n";
  auto print_roles = [&](std::string_view title, const std::vector<RoleChange>& changes) {
    ctx.out << "\n" << title << "\n";
    if (changes.empty()) {
      ctx.out << "  (none)\n";
      return;
    }
    Table t({"date", "pillar", "entity", "role"});
    for (const RoleChange& c : changes) {
      t.AddRow({FormatDate(c.date), c.pillar->id.str(), EntityLabel(net, c.role->entity),
                absl::StrCat(ToAbsl(ToString(c.role->kind)),
                             c.role->provisional ? " (provisional)" : "")});
    }
    t.Print(ctx.out, "  ");
  };
  print_roles("Roles started", started);
  print_roles("Roles ended (last day)", ended);
  ctx.out << "\nPillars launched\n";
  if (launched.empty()) ctx.out << "  (none)\n";
  for (const Pillar* p : launched) {
    ctx.out << "  " << FormatDate(*p->launch.date) << "  " << p->id << "\n";
  }
  ctx.out << "\nSeats changed\n";
  if (seats.empty()) ctx.out << "  (none)\n";
  for (const SeatChange& s : seats) {
    std::vector<std::string> before, after;
    for (const EntityId& id : s.before) before.push_back(EntityLabel(net, id));
    for (const EntityId& id : s.after) after.push_back(EntityLabel(net, id));
    ctx.out << "  " << s.rotation << ": " << absl::StrJoin(before, ", ") << " -> "
            << absl::StrJoin(after, ", ") << "\n";
  }
  ctx.out << "\nDeadlines passed\n";
  if (deadlines.empty()) {
    ctx.out << "  (none)\n";
  } else {
    Table t({"date", "deadline", "title"});
    for (const calendar::Occurrence& o : deadlines) {
      t.AddRow({FormatDate(o.date), o.deadline->id.str(), o.deadline->title});
    }
    t.Print(ctx.out, "  ");
  }
  return 0;
}

}  // namespace netgov::cli
