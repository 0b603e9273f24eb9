// netgov entity ID: one entity's roles, posts, positions and seats.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "netgov/network/pillar_status.hpp"
#include "src/cli/commands.hpp"

namespace netgov::cli {
namespace {

// "always", or "from..to" with an open side left empty ("2022-01-01..").
std::string IntervalText(const nlohmann::json& from, const nlohmann::json& to) {
  if (from.is_null() && to.is_null()) return "always";
  return absl::StrCat(from.is_null() ? "" : from.get<std::string>(), "..",
                      to.is_null() ? "" : to.get<std::string>());
}

nlohmann::json RolesJson(const Network& network, const Entity& entity,
                         Date as_of) {
  std::vector<RoleRef> roles(network.RolesOf(entity).begin(),
                             network.RolesOf(entity).end());
  std::stable_sort(roles.begin(), roles.end(), [](const RoleRef& a, const RoleRef& b) {
    return PillarLess(*a.pillar, *b.pillar);
  });
  nlohmann::json out = nlohmann::json::array();
  for (const RoleRef& ref : roles) {
    nlohmann::json role = {{"pillar", ref.pillar->id.str()},
                           {"pillar_number", ref.pillar->number},
                           {"pillar_name", ref.pillar->name},
                           {"role", std::string(ToString(ref.role->kind))},
                           {"provisional", ref.role->provisional},
                           {"from", DateJson(ref.role->valid.from)},
                           {"to", DateJson(ref.role->valid.to)},
                           {"current", ref.role->valid.Contains(as_of)}};
    if (!ref.role->source.empty()) role["source"] = ref.role->source;
    if (!ref.role->note.empty()) role["note"] = ref.role->note;
    out.push_back(std::move(role));
  }
  return out;
}

nlohmann::json PostsJson(const Network& network, const Entity& entity) {
  nlohmann::json out = nlohmann::json::array();
  for (const Person& person : network.people()) {
    for (const Post& post : person.posts) {
      if (post.entity != entity.id) continue;
      out.push_back({{"person", person.id.str()},
                     {"name", person.name},
                     {"title", post.title},
                     {"from", DateJson(post.valid.from)},
                     {"to", DateJson(post.valid.to)}});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a["person"].template get<std::string>() < b["person"].template get<std::string>();
  });
  return out;
}

nlohmann::json PositionsJson(const Network& network, const Entity& entity) {
  nlohmann::json out = nlohmann::json::array();
  std::vector<const Commitment*> commitments;
  for (const Commitment& c : network.commitments()) commitments.push_back(&c);
  std::stable_sort(commitments.begin(), commitments.end(),
                   [](const Commitment* a, const Commitment* b) {
                     return a->number < b->number;
                   });
  for (const Commitment* c : commitments) {
    const Position* p = c->PositionOf(entity.id);
    nlohmann::json item = {{"commitment", c->id.str()},
                           {"number", c->number},
                           {"stance", std::string(ToString(c->StanceOf(entity.id)))}};
    if (p != nullptr && !p->note.empty()) item["note"] = p->note;
    out.push_back(std::move(item));
  }
  return out;
}

// Seats as recorded in the data: permanent seats and recorded history. The
// computed schedule is `netgov rotation`'s business.
nlohmann::json SeatsJson(const Network& network, const Entity& entity) {
  nlohmann::json out = nlohmann::json::array();
  for (const Rotation& r : network.rotations()) {
    if (std::find(r.permanent.begin(), r.permanent.end(), entity.id) != r.permanent.end()) {
      out.push_back({{"rotation", r.id.str()}, {"seat", "permanent"},
                     {"start", nullptr}, {"end", nullptr}});
    }
    for (const HistoryEntry& h : r.history) {
      if (std::find(h.holders.begin(), h.holders.end(), entity.id) == h.holders.end()) {
        continue;
      }
      const std::optional<Interval> term =
          TermInterval(r.term, TermIndexOf(r.term, h.start));
      out.push_back({{"rotation", r.id.str()}, {"seat", "rotating"},
                     {"start", FormatDate(h.start)},
                     {"end", DateJson(term ? term->to : std::nullopt)}});
    }
  }
  return out;
}

}  // namespace

absl::StatusOr<int> RunEntity(const Context& ctx) {
  if (ctx.invocation.positional.empty()) {
    return absl::InvalidArgumentError(
        "missing entity; usage: netgov entity ID (an id, acronym or alias)");
  }
  absl::StatusOr<const Entity*> found =
      ctx.network.LookupEntity(ctx.invocation.positional.front());
  if (!found.ok()) return found.status();
  const Entity& e = **found;
  const nlohmann::json roles = RolesJson(ctx.network, e, ctx.as_of);
  const nlohmann::json posts = PostsJson(ctx.network, e);
  const nlohmann::json positions = PositionsJson(ctx.network, e);
  const nlohmann::json seats = SeatsJson(ctx.network, e);
  if (ctx.format == "json") {
    PrintJson(ctx.out, {{"as_of", FormatDate(ctx.as_of)},
                        {"entity", e.id.str()},
                        {"acronym", e.acronym},
                        {"name", e.name},
                        {"kind", e.kind},
                        {"time_zone", e.time_zone},
                        {"member", e.IsMemberOn(ctx.as_of)},
                        {"roles", roles},
                        {"posts", posts},
                        {"positions", positions},
                        {"seats", seats}});
    return 0;
  }
  std::ostream& out = ctx.out;
  out << e.DisplayName() << ": " << e.name << " (" << e.id << ")\n";
  out << "  kind " << (e.kind.empty() ? "-" : e.kind) << ", time zone "
      << (e.time_zone.empty() ? "-" : e.time_zone) << ", "
      << (e.IsMemberOn(ctx.as_of) ? "a member" : "not a member") << " on "
      << FormatDate(ctx.as_of) << "\n";
  if (!e.aliases.empty()) out << "  also known as " << absl::StrJoin(e.aliases, "; ") << "\n";
  out << "\nRoles\n";
  Table role_table({"#", "PILLAR", "ROLE", "VALID", "ON " + FormatDate(ctx.as_of)});
  for (const auto& r : roles) {
    role_table.AddRow({std::to_string(r["pillar_number"].get<int>()),
                       r["pillar_name"].get<std::string>(),
                       absl::StrCat(r["role"].get<std::string>(),
                                    r["provisional"].get<bool>() ? " (provisional)" : ""),
                       IntervalText(r["from"], r["to"]),
                       r["current"].get<bool>() ? "yes" : "no"});
  }
  if (role_table.empty()) out << "  none\n"; else role_table.Print(out, "  ");
  out << "\nPeople\n";
  Table post_table({"NAME", "TITLE"});
  for (const auto& p : posts) {
    post_table.AddRow({p["name"].get<std::string>(), p["title"].get<std::string>()});
  }
  if (post_table.empty()) out << "  none\n"; else post_table.Print(out, "  ");
  out << "\nPositions on commitments\n";
  Table position_table({"#", "STANCE", "NOTE"});
  for (const auto& p : positions) {
    position_table.AddRow({std::to_string(p["number"].get<int>()),
                           p["stance"].get<std::string>(),
                           p.contains("note") ? p["note"].get<std::string>() : ""});
  }
  if (position_table.empty()) out << "  none\n"; else position_table.Print(out, "  ");
  out << "\nSeats (recorded)\n";
  Table seat_table({"ROTATION", "SEAT", "TERM"});
  for (const auto& s : seats) {
    seat_table.AddRow({s["rotation"].get<std::string>(), s["seat"].get<std::string>(),
                       s["start"].is_null() ? "every term" : IntervalText(s["start"], s["end"])});
  }
  if (seat_table.empty()) out << "  none\n"; else seat_table.Print(out, "  ");
  return 0;
}

}  // namespace netgov::cli
