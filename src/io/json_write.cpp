// Writing a `netgov/1` network file: keys in the order of docs/format.md,
// defaults omitted (empty strings and lists, `provisional: false`, `status:
// proposed`, `rotating_seats: 1`, `convention: following`, `interval: 1`,
// `day_rule: same`, `cycle: false`, open interval ends, a meeting `end` equal
// to its `start`), two-space indentation and a final newline.
#include <cstddef>
#include <optional>
#include <ostream>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/time/civil_time.h"
#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"
#include "netgov/io/json.hpp"
#include "nlohmann/json.hpp"

namespace netgov::io {
namespace {

using Json = nlohmann::ordered_json;

void PutString(Json& out, std::string_view key, const std::string& value) {
  if (!value.empty()) out[std::string(key)] = value;
}

template <typename T>
void PutStrings(Json& out, std::string_view key, const std::vector<T>& values) {
  if (values.empty()) return;
  Json list = Json::array();
  for (const T& v : values) {
    if constexpr (std::is_same_v<T, std::string>) {
      list.push_back(v);
    } else {
      list.push_back(v.str());
    }
  }
  out[std::string(key)] = std::move(list);
}

void PutDate(Json& out, std::string_view key, const std::optional<Date>& date) {
  if (date) out[std::string(key)] = FormatDate(*date);
}

void PutInterval(Json& out, const Interval& valid) {
  PutDate(out, "from", valid.from);
  PutDate(out, "to", valid.to);
}

// Writes `fn(item)` for each of `items` (a vector or a span), if any.
template <typename Range, typename Fn>
void PutList(Json& out, std::string_view key, const Range& items, Fn fn) {
  if (items.empty()) return;
  Json list = Json::array();
  for (const auto& item : items) list.push_back(fn(item));
  out[std::string(key)] = std::move(list);
}

std::string LocalTime(const absl::CivilMinute& t) {
  return absl::FormatCivilTime(t);
}

// The provenance keys of a fact (netgov/model/provenance.hpp), each only
// when set.
template <typename Fact>
void PutProvenance(Json& out, const Fact& fact) {
  PutString(out, "source", fact.source);
  if (fact.basis != Basis::kQuoted) out["basis"] = ToString(fact.basis);
  PutString(out, "note", fact.note);
}

Json WriteEntity(const Entity& e) {
  Json out = Json::object();
  out["id"] = e.id.str();
  PutString(out, "acronym", e.acronym);
  PutString(out, "name", e.name);
  PutString(out, "kind", e.kind);
  PutString(out, "time_zone", e.time_zone);
  PutStrings(out, "aliases", e.aliases);
  PutList(out, "membership", e.membership, [](const Interval& m) {
    Json period = Json::object();
    PutInterval(period, m);
    return period;
  });
  PutProvenance(out, e);
  return out;
}

Json WritePerson(const Person& p) {
  Json out = Json::object();
  out["id"] = p.id.str();
  PutString(out, "name", p.name);
  PutStrings(out, "aliases", p.aliases);
  PutString(out, "time_zone", p.time_zone);
  PutList(out, "posts", p.posts, [](const Post& post) {
    Json o = Json::object();
    o["entity"] = post.entity.str();
    PutString(o, "title", post.title);
    PutInterval(o, post.valid);
    PutProvenance(o, post);
    return o;
  });
  PutProvenance(out, p);
  return out;
}

Json WritePillar(const Pillar& p) {
  Json out = Json::object();
  out["id"] = p.id.str();
  if (p.number != 0) out["number"] = p.number;
  PutString(out, "name", p.name);
  PutString(out, "goal", p.goal);
  if (p.launch.date || !p.launch.condition.empty()) {
    Json launch = Json::object();
    PutDate(launch, "date", p.launch.date);
    PutString(launch, "condition", p.launch.condition);
    PutProvenance(launch, p.launch);
    out["launch"] = std::move(launch);
  }
  // The roles derived from `rotation_roles` are not written: a load derives
  // them again.
  std::vector<Role> own;
  for (const Role& r : p.roles) {
    if (!r.holders_of) own.push_back(r);
  }
  const auto role_json = [](const Role& r) {
    Json o = Json::object();
    if (r.holders_of) {
      o["rotation"] = r.holders_of->str();
    } else {
      o["entity"] = r.entity.str();
    }
    o["role"] = ToString(r.kind);
    if (r.provisional) o["provisional"] = true;
    PutInterval(o, r.valid);
    PutProvenance(o, r);
    return o;
  };
  PutList(out, "roles", own, role_json);
  PutList(out, "rotation_roles", p.rotation_roles, role_json);
  PutProvenance(out, p);
  return out;
}

Json WriteRotation(const Rotation& r) {
  Json out = Json::object();
  out["id"] = r.id.str();
  PutString(out, "title", r.title);
  Json term = Json::object();
  term["start"] = FormatDate(r.term.start);
  term[std::string(ToString(r.term.unit))] = r.term.count;
  out["term"] = std::move(term);
  PutStrings(out, "permanent", r.permanent);
  if (r.rotating_seats != 1) out["rotating_seats"] = r.rotating_seats;
  Json order = Json::object();
  order["rule"] = ToString(r.order.rule);
  if (r.order.rule == OrderRuleKind::kFixed) {
    PutStrings(order, "sequence", r.order.sequence);
    if (r.order.cycle) order["cycle"] = true;
  } else if (r.order.rule == OrderRuleKind::kAlphabetical) {
    order["key"] = ToString(r.order.key);
  }
  out["order"] = std::move(order);
  if (r.max_consecutive_terms) {
    if (r.max_consecutive_terms_provenance.Has()) {
      Json limit = Json::object();
      limit["count"] = *r.max_consecutive_terms;
      PutProvenance(limit, r.max_consecutive_terms_provenance);
      out["max_consecutive_terms"] = std::move(limit);
    } else {
      out["max_consecutive_terms"] = *r.max_consecutive_terms;
    }
  }
  PutList(out, "history", r.history, [](const HistoryEntry& h) {
    Json o = Json::object();
    o["start"] = FormatDate(h.start);
    if (h.holders.size() == 1) {
      o["holder"] = h.holders.front().str();
    } else {
      PutStrings(o, "holders", h.holders);
    }
    PutProvenance(o, h);
    return o;
  });
  PutList(out, "overrides", r.overrides, [](const Override& ov) {
    Json o = Json::object();
    o["start"] = FormatDate(ov.start);
    if (ov.kind == OverrideKind::kSwap) {
      PutDate(o, "swap_with", ov.swap_with);
    } else {
      o[std::string(ToString(ov.kind))] = ov.entity.str();
    }
    PutProvenance(o, ov);
    return o;
  });
  PutList(out, "calls", r.calls, [](const Call& c) {
    Json o = Json::object();
    o["term"] = FormatDate(c.term);
    o["closes"] = FormatDate(c.closes);
    if (!c.fallback.empty()) {
      Json list = Json::array();
      for (Fallback f : c.fallback) list.push_back(ToString(f));
      o["fallback"] = std::move(list);
    }
    PutProvenance(o, c);
    return o;
  });
  PutProvenance(out, r);
  return out;
}

Json WriteCalendar(const Calendar& c) {
  Json out = Json::object();
  out["id"] = c.id.str();
  PutString(out, "name", c.name);
  PutList(out, "weekend", c.weekend, [](Weekday d) { return Json(ToString(d)); });
  PutList(out, "holidays", c.holidays, [](Date d) { return Json(FormatDate(d)); });
  PutStrings(out, "union", c.union_of);
  PutProvenance(out, c);
  return out;
}

Json WriteMeeting(const Meeting& m) {
  Json out = Json::object();
  out["id"] = m.id.str();
  PutString(out, "title", m.title);
  out["start"] = LocalTime(m.start);
  if (m.end != m.start) out["end"] = LocalTime(m.end);
  PutString(out, "time_zone", m.time_zone);
  PutString(out, "venue", m.venue);
  PutStrings(out, "chairs", m.chairs);
  PutList(out, "participants", m.participants,
          [](const Participant& p) { return Json(p.id); });
  PutList(out, "agenda", m.agenda, [](const AgendaItem& a) {
    Json o = Json::object();
    o["number"] = a.number;
    o["title"] = a.title;
    PutStrings(o, "presenters", a.presenters);
    return o;
  });
  PutProvenance(out, m);
  return out;
}

Json WriteCommitment(const Commitment& c) {
  Json out = Json::object();
  out["id"] = c.id.str();
  if (c.number != 0) out["number"] = c.number;
  out["text"] = c.text;
  if (c.adopted_at) out["adopted_at"] = c.adopted_at->str();
  if (c.status != CommitmentStatus::kProposed) out["status"] = ToString(c.status);
  PutString(out, "status_source", c.status_source);
  PutList(out, "positions", c.positions, [](const Position& p) {
    Json o = Json::object();
    o["entity"] = p.entity.str();
    o["stance"] = ToString(p.stance);
    PutProvenance(o, p);
    return o;
  });
  PutProvenance(out, c);
  return out;
}

Json WriteRecurrence(const Recurrence& r) {
  Json out = Json::object();
  out["freq"] = ToString(r.freq);
  if (r.interval != 1) out["interval"] = r.interval;
  PutDate(out, "until", r.until);
  if (r.count) out["count"] = *r.count;
  if (r.day_rule != DayRule::kSame) out["day_rule"] = ToString(r.day_rule);
  if (r.day_rule == DayRule::kNthWeekday) {
    out["weekday"] = ToString(r.weekday);
    out["nth"] = r.nth;
  }
  return out;
}

Json WriteDeadline(const Deadline& d) {
  Json out = Json::object();
  out["id"] = d.id.str();
  PutString(out, "title", d.title);
  out["date"] = FormatDate(d.date);
  if (d.precision != DatePrecision::kDay) out["precision"] = ToString(d.precision);
  PutString(out, "time_zone", d.time_zone);
  if (d.calendar) out["calendar"] = d.calendar->str();
  if (d.convention != BusinessDayConvention::kFollowing) out["convention"] = ToString(d.convention);
  PutList(out, "reminders", d.reminders, [](const Reminder& r) {
    Json o = Json::object();
    o[r.business_days ? "business_days_before" : "days_before"] = r.days;
    return o;
  });
  if (d.recurrence) out["recurrence"] = WriteRecurrence(*d.recurrence);
  PutList(out, "relates_to", d.relates_to, [](const Relation& rel) {
    Json o = Json::object();
    o["kind"] = ToString(rel.kind);
    o["id"] = rel.id;
    PutDate(o, "term", rel.term);
    if (rel.entity) o["entity"] = rel.entity->str();
    return o;
  });
  PutProvenance(out, d);
  return out;
}

Json WriteMention(const Mention& m) {
  Json out = Json::object();
  out["id"] = m.id.str();
  out["kind"] = m.kind;
  out["name"] = m.name;
  if (m.entity) out["entity"] = m.entity->str();
  PutString(out, "role", m.role);
  PutInterval(out, m.valid);
  PutDate(out, "date", m.date);
  if (m.date && m.precision != DatePrecision::kDay) {
    out["precision"] = ToString(m.precision);
  }
  PutProvenance(out, m);
  return out;
}

Json WriteStatedCount(const StatedCount& c) {
  Json out = Json::object();
  out["id"] = c.id;
  out["collection"] = c.collection;
  out["count"] = c.count;
  if (c.meeting) out["meeting"] = c.meeting->str();
  PutProvenance(out, c);
  return out;
}

}  // namespace

namespace {

// `value` as `dump(2)` writes it `depth` levels deep: the lines after its
// first indented by two spaces a level. (JSON text has no raw newline inside
// a string, so every newline starts a line.) Invalid UTF-8 (possible only in
// networks built in code) is replaced rather than thrown on.
void WriteNested(std::ostream& out, const Json& value, std::size_t depth) {
  const std::string text = value.dump(2, ' ', /*ensure_ascii=*/false,
                                      Json::error_handler_t::replace);
  std::string line_start(1 + 2 * depth, ' ');
  line_start.front() = '\n';
  std::size_t from = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
    out.write(text.data() + from, static_cast<std::streamsize>(nl - from));
    out << line_start;
    from = nl + 1;
  }
  out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

// The list `key` of the top-level object, element by element; nothing when
// `items` is empty (as PutList()).
template <typename Range, typename Fn>
void WriteList(std::ostream& out, std::string_view key, const Range& items, Fn fn) {
  if (items.empty()) return;
  out << ",\n  \"" << key << "\": [";
  bool first = true;
  for (const auto& item : items) {
    out << (first ? "\n    " : ",\n    ");
    WriteNested(out, fn(item), 2);
    first = false;
  }
  out << "\n  ]";
}

}  // namespace

void WriteNetwork(std::ostream& out, const Network& network) {
  // What dump(2) of the whole document writes, one top-level list element
  // at a time.
  const NetworkInfo& info = network.info();
  Json net = Json::object();
  net["id"] = info.id;
  PutString(net, "name", info.name);
  PutString(net, "time_zone", info.time_zone);
  PutString(net, "description", info.description);
  PutProvenance(net, info);
  out << "{\n  \"format\": \"netgov/1\",\n  \"network\": ";
  WriteNested(out, net, 1);
  WriteList(out, "entities", network.entities(), WriteEntity);
  WriteList(out, "people", network.people(), WritePerson);
  WriteList(out, "pillars", network.pillars(), WritePillar);
  WriteList(out, "rotations", network.rotations(), WriteRotation);
  WriteList(out, "calendars", network.calendars(), WriteCalendar);
  WriteList(out, "meetings", network.meetings(), WriteMeeting);
  WriteList(out, "commitments", network.commitments(), WriteCommitment);
  WriteList(out, "deadlines", network.deadlines(), WriteDeadline);
  WriteList(out, "mentions", network.mentions(), WriteMention);
  WriteList(out, "stated_counts", network.stated_counts(), WriteStatedCount);
  out << "\n}\n";
}

std::string WriteNetwork(const Network& network) {
  std::ostringstream out;
  WriteNetwork(out, network);
  return std::move(out).str();
}

}  // namespace netgov::io
