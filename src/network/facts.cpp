// The facts of a network with their provenance (netgov/network/facts.hpp).
#include "netgov/network/facts.hpp"

#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "netgov/core/strings.hpp"

namespace netgov {
namespace {

std::string At(std::string_view collection, std::size_t index,
               std::string_view rest = "") {
  return absl::StrCat("/", ToAbsl(collection), "/", index, ToAbsl(rest));
}

// " (2021-01-01..2021-12-31)", or nothing for "always".
std::string During(const Interval& valid) {
  return valid.IsAlways() ? ""
                          : absl::StrCat(" (", FormatInterval(valid), ")");
}

std::string IdList(const std::vector<EntityId>& ids) {
  return absl::StrJoin(ids, ", ", [](std::string* out, const EntityId& id) {
    absl::StrAppend(out, id.str());
  });
}

// Hands each fact to `each` as it is stated.
class Collector {
 public:
  explicit Collector(absl::FunctionRef<void(Fact&&)> each) : each_(each) {}
  template <typename T>
  void Add(std::string pointer, std::string statement, const T& fact) {
    each_({std::move(pointer), std::move(statement), ProvenanceOf(fact)});
  }
  void Add(std::string pointer, std::string statement, Provenance p) {
    each_({std::move(pointer), std::move(statement), std::move(p)});
  }

 private:
  absl::FunctionRef<void(Fact&&)> each_;
};

void AddRotation(Collector& out, const Rotation& r, std::size_t i) {
  // "terms of 1 year", "terms of 2 years" (the unit's name is plural).
  absl::string_view unit = ToAbsl(ToString(r.term.unit));
  if (r.term.count == 1) unit.remove_suffix(1);
  std::vector<std::string> rules = {
      absl::StrCat("terms of ", r.term.count, " ", unit, " from ", FormatDate(r.term.start))};
  if (!r.permanent.empty()) {
    rules.push_back(absl::StrCat("permanent ", IdList(r.permanent)));
  }
  rules.push_back(absl::StrCat(r.rotating_seats, " rotating seat",
                               r.rotating_seats == 1 ? "" : "s", " by ",
                               ToAbsl(ToString(r.order.rule))));
  out.Add(At("rotations", i),
          absl::StrCat("rotation ", r.id.str(), ": ", absl::StrJoin(rules, "; ")),
          r);
  if (r.max_consecutive_terms) {
    out.Add(At("rotations", i, "/max_consecutive_terms"),
            absl::StrCat(r.id.str(), ": at most ", *r.max_consecutive_terms,
                         " consecutive terms"),
            r.max_consecutive_terms_provenance);
  }
  for (std::size_t k = 0; k < r.history.size(); ++k) {
    const HistoryEntry& h = r.history[k];
    out.Add(At("rotations", i, absl::StrCat("/history/", k)),
            absl::StrCat(IdList(h.holders), " held the ", r.id.str(),
                         " term starting ", FormatDate(h.start)),
            h);
  }
  for (std::size_t k = 0; k < r.overrides.size(); ++k) {
    const Override& o = r.overrides[k];
    std::string what;
    switch (o.kind) {
      case OverrideKind::kHolder:
        what = absl::StrCat(o.entity.str(), " holds");
        break;
      case OverrideKind::kSkip:
        what = absl::StrCat(o.entity.str(), " is passed over for");
        break;
      case OverrideKind::kSwap:
        what = absl::StrCat("holders swapped with ",
                            o.swap_with ? FormatDate(*o.swap_with) : "", " for");
        break;
    }
    out.Add(At("rotations", i, absl::StrCat("/overrides/", k)),
            absl::StrCat(what, " the ", r.id.str(), " term starting ",
                         FormatDate(o.start)),
            o);
  }
  for (std::size_t k = 0; k < r.calls.size(); ++k) {
    const Call& c = r.calls[k];
    std::string statement =
        absl::StrCat("the call for the ", r.id.str(), " term starting ",
                     FormatDate(c.term), " closes ", FormatDate(c.closes));
    if (!c.fallback.empty()) {
      absl::StrAppend(&statement, "; then ",
                      absl::StrJoin(c.fallback, " or ",
                                    [](std::string* s, Fallback f) {
                                      absl::StrAppend(s, ToAbsl(ToString(f)));
                                    }));
    }
    out.Add(At("rotations", i, absl::StrCat("/calls/", k)), std::move(statement),
            c);
  }
}

}  // namespace

std::string RolePointerIn(const Pillar& pillar, const Role& role) {
  if (role.holders_of) {
    for (std::size_t k = 0; k < pillar.rotation_roles.size(); ++k) {
      const Role& d = pillar.rotation_roles[k];
      if (d.holders_of == role.holders_of && d.kind == role.kind &&
          d.provisional == role.provisional && d.valid.Overlaps(role.valid) &&
          ProvenanceOf(d) == ProvenanceOf(role)) {
        return absl::StrCat("/rotation_roles/", k);
      }
    }
  }
  for (std::size_t k = 0; k < pillar.roles.size(); ++k) {
    if (&pillar.roles[k] == &role) return absl::StrCat("/roles/", k);
  }
  return "/roles";
}

void ForEachFact(const Network& network, absl::FunctionRef<void(Fact&&)> each) {
  Collector out(each);
  const NetworkInfo& info = network.info();
  out.Add("/network",
          absl::StrCat("network ", info.id, info.name.empty() ? "" : ": ", info.name),
          info);
  for (std::size_t i = 0; i < network.entities().size(); ++i) {
    const Entity& e = network.entities()[i];
    std::vector<std::string> parts;
    for (const std::string* s : {&e.name, &e.kind, &e.time_zone}) {
      if (!s->empty()) parts.push_back(*s);
    }
    out.Add(At("entities", i),
            absl::StrCat("entity ", e.id.str(), " (", e.DisplayName(), ")",
                         parts.empty() ? "" : ": ", absl::StrJoin(parts, ", ")),
            e);
  }
  for (std::size_t i = 0; i < network.people().size(); ++i) {
    const Person& p = network.people()[i];
    out.Add(At("people", i), absl::StrCat("person ", p.id.str(), ": ", p.name),
            p);
    for (std::size_t k = 0; k < p.posts.size(); ++k) {
      const Post& post = p.posts[k];
      out.Add(At("people", i, absl::StrCat("/posts/", k)),
              absl::StrCat(p.name, " holds a post at ", post.entity.str(),
                           post.title.empty() ? "" : ": ", post.title,
                           During(post.valid)),
              post);
    }
  }
  for (std::size_t i = 0; i < network.pillars().size(); ++i) {
    const Pillar& p = network.pillars()[i];
    out.Add(At("pillars", i),
            absl::StrCat("pillar ", p.number, " ", p.id.str(),
                         p.name.empty() ? "" : ": ", p.name),
            p);
    if (p.launch.date) {
      out.Add(At("pillars", i, "/launch"),
              absl::StrCat(p.id.str(), " is launched on ",
                           FormatDate(*p.launch.date)),
              p.launch);
    } else if (!p.launch.condition.empty()) {
      out.Add(At("pillars", i, "/launch"),
              absl::StrCat(p.id.str(), " is launched upon: ", p.launch.condition),
              p.launch);
    }
    for (std::size_t k = 0; k < p.roles.size(); ++k) {
      const Role& r = p.roles[k];
      if (r.holders_of) continue;  // stated by its rotation role
      out.Add(At("pillars", i, absl::StrCat("/roles/", k)),
              absl::StrCat(r.entity.str(), " is ",
                           r.provisional ? "provisional " : "",
                           ToAbsl(ToString(r.kind)), " of ", p.id.str(), During(r.valid)),
              r);
    }
    for (std::size_t k = 0; k < p.rotation_roles.size(); ++k) {
      const Role& r = p.rotation_roles[k];
      out.Add(At("pillars", i, absl::StrCat("/rotation_roles/", k)),
              absl::StrCat("the holders of ", r.holders_of->str(), " are ",
                           r.provisional ? "provisional " : "",
                           ToAbsl(ToString(r.kind)), " of ", p.id.str(), During(r.valid)),
              r);
    }
  }
  for (std::size_t i = 0; i < network.rotations().size(); ++i) {
    AddRotation(out, network.rotations()[i], i);
  }
  for (std::size_t i = 0; i < network.calendars().size(); ++i) {
    const Calendar& c = network.calendars()[i];
    out.Add(At("calendars", i),
            absl::StrCat("calendar ", c.id.str(), ": ", c.holidays.size(),
                         c.holidays.size() == 1 ? " holiday" : " holidays",
                         c.union_of.empty() ? "" : ", the union of ",
                         absl::StrJoin(c.union_of, " and ",
                                       [](std::string* s, const CalendarId& id) {
                                         absl::StrAppend(s, id.str());
                                       })),
            c);
  }
  for (std::size_t i = 0; i < network.meetings().size(); ++i) {
    const Meeting& m = network.meetings()[i];
    out.Add(At("meetings", i),
            absl::StrCat("meeting ", m.id.str(), ": ",
                         absl::FormatCivilTime(m.start), " ", m.time_zone),
            m);
  }
  for (std::size_t i = 0; i < network.commitments().size(); ++i) {
    const Commitment& c = network.commitments()[i];
    out.Add(At("commitments", i),
            absl::StrCat("commitment ", c.number, " ", c.id.str(), ": ", c.text),
            c);
    if (!c.status_source.empty() || c.status != CommitmentStatus::kProposed) {
      out.Add(At("commitments", i, "/status"),
              absl::StrCat(c.id.str(), " is ", ToAbsl(ToString(c.status))),
              Provenance{c.status_source, Basis::kQuoted, ""});
    }
    for (std::size_t k = 0; k < c.positions.size(); ++k) {
      const Position& p = c.positions[k];
      out.Add(At("commitments", i, absl::StrCat("/positions/", k)),
              absl::StrCat(p.entity.str(), " ", ToAbsl(ToString(p.stance)), " ",
                           c.id.str()),
              p);
    }
  }
  for (std::size_t i = 0; i < network.deadlines().size(); ++i) {
    const Deadline& d = network.deadlines()[i];
    out.Add(At("deadlines", i),
            absl::StrCat("deadline ", d.id.str(), ": ", d.title,
                         d.precision == DatePrecision::kDay ? " on " : " in ",
                         FormatDateAs(d.date, d.precision)),
            d);
  }
  for (std::size_t i = 0; i < network.mentions().size(); ++i) {
    const Mention& m = network.mentions()[i];
    out.Add(At("mentions", i),
            absl::StrCat("mention ", m.id.str(), ": ", m.name), m);
  }
  for (std::size_t i = 0; i < network.stated_counts().size(); ++i) {
    const StatedCount& s = network.stated_counts()[i];
    out.Add(At("stated_counts", i),
            absl::StrCat("stated count ", s.id, ": ", s.count, " ", s.collection),
            s);
  }
}

std::vector<Fact> FactsOf(const Network& network) {
  std::vector<Fact> out;
  ForEachFact(network, [&](Fact&& f) { out.push_back(std::move(f)); });
  return out;
}

std::vector<Fact> FactsWithoutProvenance(const Network& network) {
  std::vector<Fact> out;
  ForEachFact(network, [&](Fact&& f) {
    if (!f.provenance.Has()) out.push_back(std::move(f));
  });
  return out;
}

}  // namespace netgov
