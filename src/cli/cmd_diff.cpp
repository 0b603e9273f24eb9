// netgov diff --from DATE [--to DATE] [--entity ID]: what changed after
// `from` up to and including `to` (default: the as-of date), as
// netgov::diff::Diff() computes it (netgov/diff/diff.hpp documents what each
// list holds and its order); this file parses the options and prints.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "netgov/diff/diff.hpp"
#include "src/cli/brief.hpp"
#include "src/cli/commands.hpp"
#include "src/cli/csv_tables.hpp"

namespace netgov::cli {
namespace {

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
  diff::DiffOptions options;
  if (const std::optional<std::string> key = ctx.Option("entity")) {
    absl::StatusOr<const Entity*> e = net.LookupEntity(*key);
    if (!e.ok()) return e.status();
    options.entity = (*e)->id;
  }
  absl::StatusOr<diff::Changes> changes = diff::Diff(net, from, to, options);
  if (!changes.ok()) return changes.status();
  const std::vector<diff::RoleChange>& started = changes->roles_started;
  const std::vector<diff::RoleChange>& ended = changes->roles_ended;
  const std::vector<diff::PillarLaunch>& launched = changes->pillars_launched;
  const std::vector<diff::SeatChange>& seats = changes->seats_changed;
  const std::vector<calendar::Occurrence>& deadlines = changes->deadlines_passed;

  if (ctx.format == "json" || ctx.format == "csv") {
    auto roles_json = [](const std::vector<diff::RoleChange>& roles) {
      nlohmann::json list = nlohmann::json::array();
      for (const diff::RoleChange& c : roles) {
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
    for (const diff::PillarLaunch& l : launched) {
      j["pillars_launched"].push_back({{"pillar", l.pillar->id.str()},
                                       {"date", FormatDate(l.date)}});
    }
    j["seats_changed"] = nlohmann::json::array();
    for (const diff::SeatChange& s : seats) {
      j["seats_changed"].push_back({{"rotation", s.rotation.str()},
                                    {"before", Strings(s.before)},
                                    {"after", Strings(s.after)}});
    }
    j["deadlines_passed"] = nlohmann::json::array();
    for (const calendar::Occurrence& o : deadlines) {
      nlohmann::json entry = {{"id", o.deadline->id.str()},
                              {"title", o.deadline->title},
                              {"date", FormatDate(o.date)}};
      AddPrecision(o, entry);
      j["deadlines_passed"].push_back(std::move(entry));
    }
    if (ctx.format == "csv") {
      PrintDiffCsv(ctx.out, j);
      return 0;
    }
    PrintJson(ctx.out, j);
    return 0;
  }

  ctx.out << "Changes after " << FormatDate(from) << " up to " << FormatDate(to) << "\n";
  auto print_roles = [&](std::string_view title, const std::vector<diff::RoleChange>& roles) {
    ctx.out << "\n" << title << "\n";
    if (roles.empty()) {
      ctx.out << "  (none)\n";
      return;
    }
    Table t({"date", "pillar", "entity", "role"});
    for (const diff::RoleChange& c : roles) {
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
  for (const diff::PillarLaunch& l : launched) {
    ctx.out << "  " << FormatDate(l.date) << "  " << l.pillar->id << "\n";
  }
  ctx.out << "\nSeats changed\n";
  if (seats.empty()) ctx.out << "  (none)\n";
  for (const diff::SeatChange& s : seats) {
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
      t.AddRow({o.DateText(), o.deadline->id.str(), o.deadline->title});
    }
    t.Print(ctx.out, "  ");
  }
  return 0;
}

}  // namespace netgov::cli
