// What an answer rests on (netgov/validate/explain.hpp).
#include "netgov/validate/explain.hpp"

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "netgov/calendar/calendars.hpp"
#include "netgov/calendar/deadlines.hpp"
#include "netgov/core/strings.hpp"
#include "netgov/rotation/schedule.hpp"

namespace netgov {
namespace {

// Gathers the facts an answer rests on, by pointer, each once, in the order
// of the file. Only the pointers are kept while the answer is worked out;
// Take() then reads the network's facts one by one and keeps the picked
// ones, so the facts of a large network are never held all at once.
class FactPicker {
 public:
  explicit FactPicker(const Network& network) : network_(network) {}

  void Pick(const std::string& pointer) { picked_.insert(pointer); }

  std::vector<Fact> Take() {
    // For a pointer stated by several facts, the last one (by file order).
    absl::flat_hash_map<std::string, std::pair<std::size_t, Fact>> found;
    std::size_t i = 0;
    ForEachFact(network_, [&](Fact&& f) {
      if (picked_.contains(f.pointer)) {
        std::string pointer = f.pointer;
        found.insert_or_assign(std::move(pointer), std::pair(i, std::move(f)));
      }
      ++i;
    });
    std::vector<std::pair<std::size_t, Fact>> ordered;
    ordered.reserve(found.size());
    for (auto& [pointer, fact] : found) ordered.push_back(std::move(fact));
    std::sort(ordered.begin(), ordered.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Fact> out;
    out.reserve(ordered.size());
    for (auto& [index, fact] : ordered) out.push_back(std::move(fact));
    return out;
  }

 private:
  const Network& network_;
  absl::flat_hash_set<std::string> picked_;
};

template <typename T>
std::size_t IndexIn(std::span<const T> items, const T* item) {
  return static_cast<std::size_t>(item - items.data());
}

std::string At(std::string_view collection, std::size_t index,
               std::string_view rest = "") {
  return absl::StrCat("/", ToAbsl(collection), "/", index, ToAbsl(rest));
}

std::string NameOf(const Network& network, const EntityId& id) {
  const Entity* e = network.FindEntity(id);
  return e == nullptr ? id.str() : e->DisplayName();
}

std::string Names(const Network& network, std::span<const EntityId> ids) {
  std::vector<std::string> names;
  for (const EntityId& id : ids) names.push_back(NameOf(network, id));
  return names.empty() ? "none" : absl::StrJoin(names, ", ");
}

std::string DateText(Date date, DatePrecision precision) {
  const std::string text = FormatDateAs(date, precision);
  switch (precision) {
    case DatePrecision::kDay:
      return text;
    case DatePrecision::kMonth:
      return absl::StrCat(text, " (the month)");
    case DatePrecision::kYear:
      return absl::StrCat(text, " (the year)");
  }
  return text;
}

// The fact stating `role`; for a role of a rotation's holders, also the
// rotation's fact that makes the entity a holder (the rotation itself for a
// permanent seat, the history entry of the term otherwise).
void PickRole(const Network& net, std::size_t pillar_index, const Pillar& pillar,
              const Role& role, FactPicker& facts) {
  facts.Pick(At("pillars", pillar_index, RolePointerIn(pillar, role)));
  if (!role.holders_of) return;
  const Rotation* r = net.FindRotation(*role.holders_of);
  if (r == nullptr) return;
  const std::size_t ri = IndexIn(net.rotations(), r);
  if (std::find(r->permanent.begin(), r->permanent.end(), role.entity) != r->permanent.end()) {
    facts.Pick(At("rotations", ri));
    return;
  }
  for (std::size_t h = 0; h < r->history.size(); ++h) {
    const HistoryEntry& e = r->history[h];
    if (role.valid.from &&
        TermIndexOf(r->term, e.start) == TermIndexOf(r->term, *role.valid.from) &&
        std::find(e.holders.begin(), e.holders.end(), role.entity) != e.holders.end()) {
      facts.Pick(At("rotations", ri, absl::StrCat("/history/", h)));
    }
  }
}

void ExplainPillar(const Network& net, const Pillar& p, Date as_of,
                   Explanation& out, FactPicker& facts) {
  const std::size_t i = IndexIn(net.pillars(), &p);
  facts.Pick(At("pillars", i));
  facts.Pick(At("pillars", i, "/launch"));
  if (p.launch.date) {
    out.answer.push_back(absl::StrCat(
        p.launch.LaunchedOn(as_of) ? "launched on " : "to be launched on ",
        FormatDate(*p.launch.date)));
  } else if (!p.launch.condition.empty()) {
    out.answer.push_back(absl::StrCat("not launched: ", p.launch.condition));
  }
  for (const RoleKind kind : {RoleKind::kLead, RoleKind::kMember, RoleKind::kSupport}) {
    std::vector<std::string> holders;
    for (const RoleRef& ref : net.RolesIn(p, kind, as_of)) {
      holders.push_back(absl::StrCat(NameOf(net, ref.role->entity),
                                     ref.role->provisional ? " (provisional)" : ""));
      PickRole(net, i, p, *ref.role, facts);
    }
    if (kind == RoleKind::kLead && holders.empty()) holders.push_back("none");
    if (holders.empty()) continue;
    out.answer.push_back(absl::StrCat(ToAbsl(ToString(kind)), ": ", absl::StrJoin(holders, ", ")));
  }
}

absl::Status ExplainRotationTerm(const Network& net, const Rotation& r, Date as_of,
                                 Explanation& out, FactPicker& facts,
                                 const EntityId* only_for) {
  const std::size_t i = IndexIn(net.rotations(), &r);
  absl::StatusOr<rotation::Schedule> schedule =
      rotation::Schedule::Make(net, r.id, {.as_of = as_of, .departures = {}});
  if (!schedule.ok()) return schedule.status();
  absl::StatusOr<rotation::Term> term = schedule->TermOn(as_of);
  if (!term.ok()) return term.status();
  if (only_for != nullptr) {
    const auto& h = term->holders;
    if (std::find(h.begin(), h.end(), *only_for) == h.end()) return absl::OkStatus();
  }
  facts.Pick(At("rotations", i));
  if (r.max_consecutive_terms) facts.Pick(At("rotations", i, "/max_consecutive_terms"));
  for (std::size_t k = 0; k < r.history.size(); ++k) {
    if (r.history[k].start <= term->start) {
      facts.Pick(At("rotations", i, absl::StrCat("/history/", k)));
    }
  }
  for (std::size_t k = 0; k < r.overrides.size(); ++k) {
    if (r.overrides[k].start <= term->start) {
      facts.Pick(At("rotations", i, absl::StrCat("/overrides/", k)));
    }
  }
  for (std::size_t k = 0; k < r.calls.size(); ++k) {
    if (r.calls[k].term <= term->start) {
      facts.Pick(At("rotations", i, absl::StrCat("/calls/", k)));
    }
  }
  std::string line = absl::StrCat(
      only_for != nullptr ? absl::StrCat(r.id.str(), " seat, term ") : "term ",
      FormatDate(term->start), "..", FormatDate(term->end), ": ",
      Names(net, term->holders), " (", ToAbsl(ToString(term->status)));
  if (!term->reason.empty()) absl::StrAppend(&line, ": ", term->reason);
  absl::StrAppend(&line, ")");
  out.answer.push_back(std::move(line));
  return absl::OkStatus();
}

absl::Status ExplainEntity(const Network& net, const Entity& e, Date as_of,
                           Explanation& out, FactPicker& facts) {
  facts.Pick(At("entities", IndexIn(net.entities(), &e)));
  for (const RoleRef& ref : net.RolesOf(e, as_of)) {
    const std::size_t pi = IndexIn(net.pillars(), ref.pillar);
    PickRole(net, pi, *ref.pillar, *ref.role, facts);
    out.answer.push_back(absl::StrCat(ref.role->provisional ? "provisional " : "",
                                      ToAbsl(ToString(ref.role->kind)), " of ",
                                      ref.pillar->id.str()));
  }
  for (const Rotation& r : net.rotations()) {
    if (absl::Status s = ExplainRotationTerm(net, r, as_of, out, facts, &e.id); !s.ok()) {
      return s;
    }
  }
  for (std::size_t i = 0; i < net.people().size(); ++i) {
    const Person& person = net.people()[i];
    for (std::size_t k = 0; k < person.posts.size(); ++k) {
      const Post& post = person.posts[k];
      if (post.entity != e.id || !post.valid.Contains(as_of)) continue;
      facts.Pick(At("people", i, absl::StrCat("/posts/", k)));
      out.answer.push_back(absl::StrCat("post: ", person.name,
                                        post.title.empty() ? "" : ", ", post.title));
    }
  }
  for (std::size_t i = 0; i < net.commitments().size(); ++i) {
    const Commitment& c = net.commitments()[i];
    for (std::size_t k = 0; k < c.positions.size(); ++k) {
      if (c.positions[k].entity != e.id) continue;
      facts.Pick(At("commitments", i, absl::StrCat("/positions/", k)));
      out.answer.push_back(absl::StrCat("position on ", c.id.str(), ": ",
                                        ToAbsl(ToString(c.positions[k].stance))));
    }
  }
  for (std::size_t i = 0; i < net.mentions().size(); ++i) {
    const Mention& m = net.mentions()[i];
    if (m.entity != e.id) continue;
    facts.Pick(At("mentions", i));
    out.answer.push_back(absl::StrCat("mentioned: ", m.name));
  }
  return absl::OkStatus();
}

void ExplainCommitment(const Network& net, const Commitment& c, Explanation& out,
                       FactPicker& facts) {
  const std::size_t i = IndexIn(net.commitments(), &c);
  facts.Pick(At("commitments", i));
  facts.Pick(At("commitments", i, "/status"));
  std::string status(ToAbsl(ToString(c.status)));
  if (c.adopted_at) {
    absl::StrAppend(&status, " at ", c.adopted_at->str());
    if (const Meeting* m = net.FindMeeting(*c.adopted_at)) {
      facts.Pick(At("meetings", IndexIn(net.meetings(), m)));
    }
  }
  out.answer.push_back(absl::StrCat("status: ", status));
  for (std::size_t k = 0; k < c.positions.size(); ++k) {
    facts.Pick(At("commitments", i, absl::StrCat("/positions/", k)));
    out.answer.push_back(absl::StrCat(NameOf(net, c.positions[k].entity), ": ",
                                      ToAbsl(ToString(c.positions[k].stance))));
  }
  out.answer.push_back(absl::StrCat("any other entity: ",
                                    ToAbsl(ToString(Stance::kNotRecorded))));
}

void PickCalendar(const Network& net, const CalendarId& id, FactPicker& facts) {
  const Calendar* c = net.FindCalendar(id);
  if (c == nullptr) return;
  facts.Pick(At("calendars", IndexIn(net.calendars(), c)));
  for (const CalendarId& part : c->union_of) PickCalendar(net, part, facts);
}

void ExplainDeadline(const Network& net, const Deadline& d, Date as_of,
                     Explanation& out, FactPicker& facts) {
  facts.Pick(At("deadlines", IndexIn(net.deadlines(), &d)));
  if (d.calendar) PickCalendar(net, *d.calendar, facts);
  out.answer.push_back(absl::StrCat("stated: ", DateText(d.date, d.precision)));
  const calendar::Calendars calendars(net);
  const absl::StatusOr<calendar::BusinessCalendar> cal = calendars.Get(d.calendar);
  if (!cal.ok()) return;  // the builder checked the reference
  // The first occurrence on or after the date (or the only one).
  const Date from = d.recurrence ? as_of : d.date - boost::gregorian::days(31);
  const std::vector<calendar::Occurrence> next =
      calendar::Expand(d, *cal, from, from + boost::gregorian::days(800));
  if (!next.empty()) {
    out.answer.push_back(absl::StrCat(
        d.recurrence ? "next occurrence: " : "date: ", FormatDate(next.front().date),
        " (", ToAbsl(ToString(d.convention)),
        d.calendar ? absl::StrCat(", calendar ", d.calendar->str()) : "", ")"));
  }
}

}  // namespace

absl::StatusOr<Explanation> Explain(const Network& network, ExplainKind kind,
                                    std::string_view id, Date as_of) {
  Explanation out;
  out.kind = kind;
  out.as_of = as_of;
  FactPicker facts(network);
  switch (kind) {
    case ExplainKind::kPillar: {
      absl::StatusOr<const Pillar*> p = network.LookupPillar(id);
      if (!p.ok()) return p.status();
      out.id = (*p)->id.str();
      ExplainPillar(network, **p, as_of, out, facts);
      break;
    }
    case ExplainKind::kEntity: {
      absl::StatusOr<const Entity*> e = network.LookupEntity(id);
      if (!e.ok()) return e.status();
      out.id = (*e)->id.str();
      if (absl::Status s = ExplainEntity(network, **e, as_of, out, facts); !s.ok()) {
        return s;
      }
      break;
    }
    case ExplainKind::kRotation: {
      absl::StatusOr<const Rotation*> r = network.LookupRotation(id);
      if (!r.ok()) return r.status();
      out.id = (*r)->id.str();
      if (absl::Status s = ExplainRotationTerm(network, **r, as_of, out, facts, nullptr);
          !s.ok()) {
        return s;
      }
      break;
    }
    case ExplainKind::kCommitment: {
      const Commitment* c = network.FindCommitment(CommitmentId(id));
      for (const Commitment& each : network.commitments()) {
        if (c == nullptr && std::to_string(each.number) == id) c = &each;
      }
      if (c == nullptr) {
        std::vector<std::string> ids;
        for (const Commitment& each : network.commitments()) ids.push_back(each.id.str());
        return absl::InvalidArgumentError(absl::StrCat(
            "unknown commitment '", ToAbsl(id), "'", DidYouMean(id, ids)));
      }
      out.id = c->id.str();
      ExplainCommitment(network, *c, out, facts);
      break;
    }
    case ExplainKind::kDeadline: {
      const Deadline* d = network.FindDeadline(DeadlineId(id));
      if (d == nullptr) {
        std::vector<std::string> ids;
        for (const Deadline& each : network.deadlines()) ids.push_back(each.id.str());
        return absl::InvalidArgumentError(absl::StrCat(
            "unknown deadline '", ToAbsl(id), "'", DidYouMean(id, ids)));
      }
      out.id = d->id.str();
      ExplainDeadline(network, *d, as_of, out, facts);
      break;
    }
  }
  out.facts = facts.Take();
  return out;
}

}  // namespace netgov
