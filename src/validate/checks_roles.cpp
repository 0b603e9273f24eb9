// Checks on who holds what, and when: roles in pillars and seats in rotations.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "netgov/core/strings.hpp"
#include "netgov/network/facts.hpp"
#include "src/validate/checks.hpp"

namespace netgov::validate::detail {
namespace {

const Date kLastDay(9999, 12, 31);

std::string Label(const Network& network, const EntityId& id) {
  const Entity* e = network.FindEntity(id);
  return e == nullptr ? id.str() : e->DisplayName();
}

std::string MembershipText(const Entity& e) {
  std::vector<std::string> parts;
  for (const Interval& m : e.membership) parts.push_back(FormatInterval(m));
  return absl::StrJoin(parts, ", ");
}

// Two roles of one entity in one pillar at the same time.
void CheckOverlaps(const Network& network, const Pillar& pillar, std::size_t p,
                   std::vector<Diagnostic>& out) {
  for (std::size_t k = 0; k < pillar.roles.size(); ++k) {
    const Role& later = pillar.roles[k];
    for (std::size_t j = 0; j < k; ++j) {
      const Role& earlier = pillar.roles[j];
      if (earlier.entity != later.entity || !earlier.valid.Overlaps(later.valid)) {
        continue;
      }
      const bool lead = earlier.kind == RoleKind::kLead || later.kind == RoleKind::kLead;
      const std::string what =
          earlier.kind == later.kind
              ? absl::StrCat("overlaps ", At("pillars", p, RolePointerIn(pillar, pillar.roles[j])))
              : absl::StrCat("contradicts ",
                             At("pillars", p, RolePointerIn(pillar, pillar.roles[j])));
      out.push_back(
          {lead ? Severity::kError : Severity::kWarning,
           At("pillars", p, RolePointerIn(pillar, pillar.roles[k])),
           absl::StrCat(what, ": ", Label(network, later.entity), " is ",
                        ToAbsl(ToString(earlier.kind)), " (",
                        FormatInterval(earlier.valid), ") and ",
                        ToAbsl(ToString(later.kind)), " (",
                        FormatInterval(later.valid), ") of '", pillar.id.str(),
                        "' at the same time")});
    }
  }
}

// Whether some lead role of `pillar` holds on `day`.
bool LedOn(const Pillar& pillar, Date day) {
  for (const Role& r : pillar.roles) {
    if (r.kind == RoleKind::kLead && r.valid.Contains(day)) {
      return true;
    }
  }
  return false;
}

// Hand-overs of the lead, gaps in it, and pillars without a (real) lead.
void CheckLeadership(const Network& network, const Pillar& pillar,
                     std::size_t p, std::vector<Diagnostic>& out) {
  std::vector<std::size_t> leads;
  for (std::size_t j = 0; j < pillar.roles.size(); ++j) {
    if (pillar.roles[j].kind == RoleKind::kLead) leads.push_back(j);
  }
  const std::string name = absl::StrCat("'", pillar.id.str(), "'");
  if (leads.empty()) {
    if (!pillar.launch.date && !pillar.launch.condition.empty()) {
      out.push_back({Severity::kNote, At("pillars", p),
                     absl::StrCat(name, " has no lead; it is not launched (",
                                  pillar.launch.condition, ")")});
    } else {
      out.push_back({Severity::kWarning, At("pillars", p),
                     absl::StrCat(name, " has no lead")});
    }
    return;
  }
  // The lead's start: a pillar launched on a date should be led from then.
  if (pillar.launch.date && !LedOn(pillar, *pillar.launch.date)) {
    std::optional<Date> first;
    for (std::size_t j : leads) {
      const Role& r = pillar.roles[j];
      if (r.valid.from && *r.valid.from > *pillar.launch.date &&
          (!first || *r.valid.from < *first)) {
        first = *r.valid.from;
      }
    }
    if (first) {
      out.push_back({Severity::kWarning, At("pillars", p, "/launch"),
                     absl::StrCat(name, " has no lead from its launch on ",
                                  FormatDate(*pillar.launch.date), " to ",
                                  FormatDate(*first - boost::gregorian::days(1)))});
    }
  }
  for (std::size_t j : leads) {
    const Role& a = pillar.roles[j];
    // Provisional only: no confirmed lead at any time during this one.
    if (a.provisional) {
      bool confirmed = false;
      for (std::size_t k : leads) {
        const Role& c = pillar.roles[k];
        confirmed = confirmed || (!c.provisional && c.valid.Overlaps(a.valid));
      }
      if (!confirmed) {
        out.push_back({Severity::kWarning, At("pillars", p, RolePointerIn(pillar, pillar.roles[j])),
                       absl::StrCat(name, " is led only provisionally, by ",
                                    Label(network, a.entity),
                                    a.valid.IsAlways()
                                        ? std::string()
                                        : absl::StrCat(" (", FormatInterval(a.valid), ")"))});
      }
    }
    if (!a.valid.to || *a.valid.to >= kLastDay) continue;
    const Date next = *a.valid.to + boost::gregorian::days(1);
    if (LedOn(pillar, next)) {
      for (std::size_t k : leads) {
        const Role& b = pillar.roles[k];
        if (b.entity == a.entity || b.valid.from != next) continue;
        std::string sources;
        if (!a.source.empty() || !b.source.empty()) {
          sources = absl::StrCat(" (\"", a.source, "\"; \"", b.source, "\")");
        }
        out.push_back({Severity::kNote, At("pillars", p, RolePointerIn(pillar, pillar.roles[k])),
                       absl::StrCat("lead of ", name, " passes from ",
                                    Label(network, a.entity), " to ",
                                    Label(network, b.entity), " on ",
                                    FormatDate(next), sources)});
      }
      continue;
    }
    std::optional<std::size_t> resume;
    for (std::size_t k : leads) {
      const Role& b = pillar.roles[k];
      if (b.valid.from && *b.valid.from > next &&
          (!resume || *b.valid.from < *pillar.roles[*resume].valid.from)) {
        resume = k;
      }
    }
    if (resume) {
      const Role& b = pillar.roles[*resume];
      out.push_back(
          {Severity::kWarning, At("pillars", p, RolePointerIn(pillar, pillar.roles[j])),
           absl::StrCat(name, " has no lead from ", FormatDate(next), " to ",
                        FormatDate(*b.valid.from - boost::gregorian::days(1)),
                        ": ", Label(network, a.entity), " leads to ",
                        FormatDate(*a.valid.to), ", ", Label(network, b.entity),
                        " from ", FormatDate(*b.valid.from))});
    } else {
      out.push_back({Severity::kWarning, At("pillars", p, RolePointerIn(pillar, pillar.roles[j])),
                     absl::StrCat(name, " has no lead from ", FormatDate(next),
                                  ": ", Label(network, a.entity),
                                  " leads to ", FormatDate(*a.valid.to),
                                  " and nobody after")});
    }
  }
}

void CheckHolder(const Network& network, const EntityId& id, const Interval& span,
                 std::string_view what, std::string pointer,
                 std::vector<Diagnostic>& out) {
  const Entity* e = network.FindEntity(id);
  if (e == nullptr || e->IsMemberThroughout(span)) return;
  out.push_back({Severity::kError, std::move(pointer),
                 absl::StrCat(e->DisplayName(), " holds ", ToAbsl(what), " (",
                              FormatInterval(span),
                              ") outside its membership (", MembershipText(*e),
                              ")")});
}

}  // namespace

void CheckRoles(const Network& network, std::vector<Diagnostic>& out) {
  const auto pillars = network.pillars();
  for (std::size_t p = 0; p < pillars.size(); ++p) {
    const Pillar& pillar = pillars[p];
    CheckOverlaps(network, pillar, p, out);
    CheckLeadership(network, pillar, p, out);
    for (std::size_t j = 0; j < pillar.roles.size(); ++j) {
      const Role& r = pillar.roles[j];
      CheckHolder(network, r.entity, r.valid,
                  absl::StrCat("a ", ToAbsl(ToString(r.kind)), " role in '",
                               pillar.id.str(), "'"),
                  At("pillars", p, RolePointerIn(pillar, pillar.roles[j])), out);
    }
  }
  const auto entities = network.entities();
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (network.RolesOf(entities[i]).empty()) {
      out.push_back({Severity::kNote, At("entities", i),
                     absl::StrCat(entities[i].DisplayName(),
                                  " holds no role in any pillar")});
    }
  }
}

void CheckSeats(const Network& network, std::vector<Diagnostic>& out) {
  const auto rotations = network.rotations();
  for (std::size_t i = 0; i < rotations.size(); ++i) {
    const Rotation& r = rotations[i];
    const std::string seat = absl::StrCat("a seat of '", r.id.str(), "'");
    for (std::size_t k = 0; k < r.permanent.size(); ++k) {
      CheckHolder(network, r.permanent[k], Interval{r.term.start, std::nullopt},
                  absl::StrCat("a permanent seat of '", r.id.str(), "'"),
                  At("rotations", i, absl::StrCat("/permanent/", k)), out);
    }
    if (r.term.count < 1) continue;
    auto term_of = [&](Date start) {
      return TermInterval(r.term, TermIndexOf(r.term, start));
    };
    for (std::size_t k = 0; k < r.history.size(); ++k) {
      const std::optional<Interval> term = term_of(r.history[k].start);
      if (!term) continue;
      for (const EntityId& holder : r.history[k].holders) {
        CheckHolder(network, holder, *term, seat,
                    At("rotations", i, absl::StrCat("/history/", k)), out);
      }
    }
    for (std::size_t k = 0; k < r.overrides.size(); ++k) {
      const Override& o = r.overrides[k];
      if (o.kind != OverrideKind::kHolder) continue;
      const std::optional<Interval> term = term_of(o.start);
      if (!term) continue;
      CheckHolder(network, o.entity, *term, seat,
                  At("rotations", i, absl::StrCat("/overrides/", k)), out);
    }
  }
}

}  // namespace netgov::validate::detail
