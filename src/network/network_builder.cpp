#include "netgov/network/network_builder.hpp"

#include <string>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/time.h"
#include "netgov/core/error.hpp"
#include "netgov/core/strings.hpp"
#include "src/network/checks.hpp"
#include "src/network/network_data.hpp"

namespace netgov {
namespace detail {

std::string Pointer(absl::string_view collection, std::size_t index,
                    absl::string_view rest) {
  return absl::StrCat("/", collection, "/", index, rest);
}

absl::Status UnknownReference(const std::vector<std::string>& ids,
                              absl::string_view what, absl::string_view id,
                              absl::string_view pointer) {
  return ErrorAt(ToStd(pointer), absl::StrCat("unknown ", what, " '", id, "'",
                                              DidYouMean(ToStd(id), ids)));
}

absl::Status CheckEntityRef(const NetworkData& data, const EntityId& id,
                            absl::string_view pointer) {
  if (data.entity_by_id.contains(id.str())) return absl::OkStatus();
  return CheckReference(data.entity_by_id, data.entities, "entity",
                        id.str(), pointer);
}

namespace {

// The error for a special value (not a day) at `pointer`.
absl::Status NotADay(Date day, absl::string_view pointer) {
  return ErrorAt(ToStd(pointer),
                 absl::StrCat("'", day.is_pos_infinity()   ? "+infinity"
                                   : day.is_neg_infinity() ? "-infinity"
                                                           : "not-a-date-time",
                              "' is not a day; expected a date from 1400-01-01 to "
                              "9999-12-31"));
}

}  // namespace

absl::Status CheckDateSet(Date day, absl::string_view object, absl::string_view key) {
  if (!day.is_special()) return absl::OkStatus();
  if (day.is_not_a_date()) {
    return ErrorAt(ToStd(object), absl::StrCat("missing required key '", key, "'"));
  }
  return NotADay(day, absl::StrCat(object, "/", key));
}

absl::Status CheckOptionalDate(const std::optional<Date>& day, absl::string_view pointer) {
  if (!day || !day->is_special()) return absl::OkStatus();
  return NotADay(*day, pointer);
}

absl::Status CheckInterval(const Interval& interval, absl::string_view pointer) {
  if (absl::Status s = CheckOptionalDate(interval.from, absl::StrCat(pointer, "/from"));
      !s.ok()) {
    return s;
  }
  if (absl::Status s = CheckOptionalDate(interval.to, absl::StrCat(pointer, "/to")); !s.ok()) {
    return s;
  }
  if (interval.ok()) return absl::OkStatus();
  return ErrorAt(ToStd(pointer), absl::StrCat("from ", FormatDate(*interval.from),
                                       " is after to ", FormatDate(*interval.to),
                                       "; 'from' must be on or before 'to'"));
}

namespace {

// Whether CheckInterval() accepts `interval` (no special date, from <= to),
// tested without writing out a pointer.
bool IntervalOk(const Interval& interval) {
  return (!interval.from || !interval.from->is_special()) &&
         (!interval.to || !interval.to->is_special()) && interval.ok();
}

// True when Abseil finds a time-zone database on this host ("Etc/UTC" is in
// every one; plain "UTC" is built in and proves nothing).
bool HostHasZoneInfo() {
  absl::TimeZone tz;
  return absl::LoadTimeZone("Etc/UTC", &tz);
}

// True if `name` has the form of an IANA zone name: parts of letters, digits,
// '_', '-' and '+' joined by '/' ("America/Argentina/Buenos_Aires", "UTC").
bool LooksLikeZoneName(absl::string_view name) {
  for (absl::string_view part : absl::StrSplit(name, '/')) {
    if (part.empty() || part == "." || part == "..") return false;
    for (char c : part) {
      if (!absl::ascii_isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' &&
          c != '+') {
        return false;
      }
    }
  }
  return !name.empty();
}

}  // namespace

absl::Status CheckTimeZone(absl::string_view name, absl::string_view pointer) {
  if (name.empty()) return absl::OkStatus();
  absl::TimeZone tz;
  if (absl::LoadTimeZone(std::string(name), &tz)) return absl::OkStatus();
  // A host without a time-zone database (a container without tzdata) cannot
  // tell a real zone from a typo: a well-formed name is accepted, and the
  // zone is loaded, with a clear error, where local times are computed.
  if (LooksLikeZoneName(name) && !HostHasZoneInfo()) return absl::OkStatus();
  return ErrorAt(ToStd(pointer),
                 absl::StrCat("unknown time zone '", name,
                              "'; expected an IANA name such as "
                              "'Europe/Zurich' (see /usr/share/zoneinfo)"));
}

namespace {

// Indexes `items` by id; the first duplicate is an error.
template <typename T>
absl::Status IndexIds(std::vector<T>& items, absl::string_view collection,
                      absl::string_view what,
                      Index& index) {
  index.clear();
  index.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string& id = items[i].id.str();
    if (id.empty()) {
      const bool vowel = absl::StrContains("aeiou", what.front());
      return ErrorAt(Pointer(collection, i, "/id"),
                     absl::StrCat(vowel ? "an " : "a ", what, " needs a non-empty id"));
    }
    const auto [it, inserted] = index.emplace(IdKey(id), i);
    if (!inserted) {
      return ErrorAt(Pointer(collection, i, "/id"),
                     absl::StrCat("duplicate ", what, " id '", id,
                                         "' (first defined at ",
                                         Pointer(collection, it->second), ")"));
    }
  }
  return absl::OkStatus();
}

// Adds lower-cased secondary keys; a key naming two different items is an
// error, since lookups by it would be ambiguous. `where()` is the key's
// pointer, written out only for the error. The lower-cased key is written at
// the end of `text` (reserved by the caller: it must not grow beyond its
// capacity, so that the views of earlier keys stay valid) and kept there
// only if it is new and too long for the `IdKey` to hold.
absl::Status AddKey(Index& index, absl::string_view collection, absl::string_view key,
                    std::size_t i, absl::FunctionRef<std::string()> where,
                    std::string& text) {
  if (key.empty()) return absl::OkStatus();
  const std::size_t start = text.size();
  text.append(key.data(), key.size());
  for (std::size_t k = start; k < text.size(); ++k) text[k] = absl::ascii_tolower(text[k]);
  const IdKey lower(absl::string_view(text.data() + start, key.size()));
  if (lower.is_inline()) text.resize(start);  // held in the key itself
  const auto [it, inserted] = index.try_emplace(lower, i);
  if (inserted) return absl::OkStatus();
  text.resize(start);
  if (it->second != i) {
    return ErrorAt(where(), absl::StrCat("'", key, "' already names ",
                                       Pointer(collection, it->second),
                                       "; acronyms, names and aliases must "
                                       "identify one item"));
  }
  return absl::OkStatus();
}

// The room `AddKey()` needs for the keys of `entities` and `people`.
std::size_t KeyTextSize(const std::vector<Entity>& entities,
                        const std::vector<Person>& people) {
  std::size_t size = 0;
  for (const Entity& e : entities) {
    size += e.acronym.size() + e.name.size();
    for (const std::string& alias : e.aliases) size += alias.size();
  }
  for (const Person& p : people) {
    size += p.name.size();
    for (const std::string& alias : p.aliases) size += alias.size();
  }
  return size;
}

absl::Status CheckEntities(NetworkData& d, bool check_zones) {
  d.entity_by_key.clear();
  d.entity_by_key.reserve(2 * d.entities.size());
  // Room for every lower-cased key, people's too (CheckPeople()).
  std::string& lower = d.key_text;
  lower.clear();
  lower.shrink_to_fit();
  ReservePreferringHugePages(lower, KeyTextSize(d.entities, d.people));
  // The zones already found (a network names few).
  absl::flat_hash_set<std::string> zones;
  for (std::size_t i = 0; i < d.entities.size(); ++i) {
    const Entity& e = d.entities[i];
    if (check_zones && !e.time_zone.empty() && !zones.contains(e.time_zone)) {
      if (absl::Status s =
              CheckTimeZone(e.time_zone, Pointer("entities", i, "/time_zone"));
          !s.ok()) {
        return s;
      }
      zones.insert(e.time_zone);
    }
    for (std::size_t m = 0; m < e.membership.size(); ++m) {
      if (IntervalOk(e.membership[m])) continue;
      if (absl::Status s = CheckInterval(
              e.membership[m],
              Pointer("entities", i, absl::StrCat("/membership/", m)));
          !s.ok()) {
        return s;
      }
    }
    if (absl::Status s =
            AddKey(d.entity_by_key, "entities", e.acronym, i,
                   [&] { return Pointer("entities", i, "/acronym"); }, lower);
        !s.ok()) {
      return s;
    }
    if (absl::Status s =
            AddKey(d.entity_by_key, "entities", e.name, i,
                   [&] { return Pointer("entities", i, "/name"); }, lower);
        !s.ok()) {
      return s;
    }
    for (std::size_t a = 0; a < e.aliases.size(); ++a) {
      if (absl::Status s = AddKey(
              d.entity_by_key, "entities", e.aliases[a], i,
              [&] { return Pointer("entities", i, absl::StrCat("/aliases/", a)); },
              lower);
          !s.ok()) {
        return s;
      }
    }
  }
  return absl::OkStatus();
}

absl::Status CheckPeople(NetworkData& d) {
  d.person_by_key.clear();
  d.person_by_key.reserve(d.people.size());
  std::string& lower = d.key_text;  // reserved by CheckEntities()
  for (std::size_t i = 0; i < d.people.size(); ++i) {
    const Person& p = d.people[i];
    if (d.entity_by_id.contains(p.id.str())) {
      return ErrorAt(Pointer("people", i, "/id"),
                     absl::StrCat("person id '", p.id.str(),
                                  "' is also an entity id; meeting participants "
                                  "may name either, so the ids must differ"));
    }
    for (std::size_t k = 0; k < p.posts.size(); ++k) {
      // The pointer is written out only for an error.
      if (d.entity_by_id.contains(p.posts[k].entity.str()) &&
          IntervalOk(p.posts[k].valid)) {
        continue;
      }
      const std::string where = Pointer("people", i, absl::StrCat("/posts/", k));
      if (absl::Status s = CheckEntityRef(d, p.posts[k].entity, where + "/entity");
          !s.ok()) {
        return s;
      }
      if (absl::Status s = CheckInterval(p.posts[k].valid, where); !s.ok()) {
        return s;
      }
    }
    if (absl::Status s =
            AddKey(d.person_by_key, "people", p.name, i,
                   [&] { return Pointer("people", i, "/name"); }, lower);
        !s.ok()) {
      return s;
    }
    for (std::size_t a = 0; a < p.aliases.size(); ++a) {
      if (absl::Status s = AddKey(
              d.person_by_key, "people", p.aliases[a], i,
              [&] { return Pointer("people", i, absl::StrCat("/aliases/", a)); },
              lower);
          !s.ok()) {
        return s;
      }
    }
  }
  return absl::OkStatus();
}

absl::Status CheckPillars(NetworkData& d) {
  absl::flat_hash_map<int, std::size_t> by_number;
  for (std::size_t i = 0; i < d.pillars.size(); ++i) {
    Pillar& p = d.pillars[i];
    // A role of a rotation's holders given in `roles` (in code) is declared;
    // those a previous Build() derived (with an entity) are derived again
    // by ExpandRotationRoles().
    for (Role& role : p.roles) {
      if (role.holders_of && role.entity.empty()) p.rotation_roles.push_back(std::move(role));
    }
    std::erase_if(p.roles, [](const Role& r) { return r.holders_of.has_value(); });
    // Number 0 is "no number" (the key is optional); only given numbers clash.
    const auto [it, inserted] =
        p.number == 0 ? std::pair(by_number.end(), true) : by_number.emplace(p.number, i);
    if (!inserted) {
      return ErrorAt(Pointer("pillars", i, "/number"),
                     absl::StrCat("duplicate pillar number ", p.number,
                                  " (also ", Pointer("pillars", it->second),
                                  ")"));
    }
    if (absl::Status s = CheckOptionalDate(p.launch.date, Pointer("pillars", i, "/launch/date"));
        !s.ok()) {
      return s;
    }
    if (p.launch.date && !p.launch.condition.empty()) {
      return ErrorAt(Pointer("pillars", i, "/launch"),
                     "a launch has either a date or a condition, not both");
    }
    for (std::size_t r = 0; r < p.roles.size(); ++r) {
      // The pointer is written out only for an error.
      if (d.entity_by_id.contains(p.roles[r].entity.str()) &&
          IntervalOk(p.roles[r].valid)) {
        continue;
      }
      const std::string where = Pointer("pillars", i, absl::StrCat("/roles/", r));
      if (absl::Status s = CheckEntityRef(d, p.roles[r].entity, where + "/entity");
          !s.ok()) {
        return s;
      }
      if (absl::Status s = CheckInterval(p.roles[r].valid, where); !s.ok()) {
        return s;
      }
    }
    for (std::size_t r = 0; r < p.rotation_roles.size(); ++r) {
      const Role& role = p.rotation_roles[r];
      const std::string where = Pointer("pillars", i, absl::StrCat("/rotation_roles/", r));
      if (!role.holders_of) {
        return ErrorAt(where + "/rotation", "a rotation role names the rotation whose holders hold it");
      }
      if (!role.entity.empty()) {
        return ErrorAt(where, "a rotation role has no entity: its holders are the rotation's");
      }
      if (absl::Status s = CheckReference(d.rotation_by_id, d.rotations, "rotation",
                                          role.holders_of->str(), where + "/rotation");
          !s.ok()) {
        return s;
      }
      if (absl::Status s = CheckInterval(role.valid, where); !s.ok()) return s;
    }
  }
  return absl::OkStatus();
}

// Derives the roles of rotations' holders (CheckPillars() dropped those a
// previous Build() derived, for an amended network): for each declared
// role, one role per permanent holder of its rotation over the role's
// interval, and one per holder of each recorded history term over that term
// (within the role's interval); then indexes every role by entity.
void ExpandRotationRoles(NetworkData& d) {
  for (Pillar& p : d.pillars) {
    for (const Role& declared : p.rotation_roles) {
      const Rotation* rotation =
          FindIn(d.rotation_by_id, d.rotations, declared.holders_of->str());
      const auto add = [&](const EntityId& holder, const Interval& valid) {
        Role role = declared;
        role.entity = holder;
        role.valid = valid;
        p.roles.push_back(std::move(role));
      };
      for (const EntityId& holder : rotation->permanent) add(holder, declared.valid);
      for (const HistoryEntry& h : rotation->history) {
        const std::optional<Interval> term =
            TermInterval(rotation->term, TermIndexOf(rotation->term, h.start));
        if (!term || !term->Overlaps(declared.valid)) continue;
        Interval both = *term;
        if (declared.valid.from && *declared.valid.from > *both.from) both.from = declared.valid.from;
        if (declared.valid.to && (!both.to || *declared.valid.to < *both.to)) {
          both.to = declared.valid.to;
        }
        for (const EntityId& holder : h.holders) add(holder, both);
      }
    }
  }
  // Every role by entity: counted, then placed in one array. (The checks
  // have found every role's entity; one not found would be left out.)
  constexpr std::size_t kUnknown = static_cast<std::size_t>(-1);
  std::size_t role_count = 0;
  for (const Pillar& p : d.pillars) role_count += p.roles.size();
  HugePageVector<std::size_t> entity_of;  // of each role, in order
  entity_of.reserve(role_count);
  d.role_starts.assign(d.entities.size() + 1, 0);
  for (const Pillar& p : d.pillars) {
    for (const Role& role : p.roles) {
      const auto it = d.entity_by_id.find(role.entity.str());
      entity_of.push_back(it == d.entity_by_id.end() ? kUnknown : it->second);
      if (it != d.entity_by_id.end()) ++d.role_starts[it->second + 1];
    }
  }
  for (std::size_t e = 0; e < d.entities.size(); ++e) {
    d.role_starts[e + 1] += d.role_starts[e];
  }
  d.role_refs.assign(d.role_starts.back(), RoleRef{});
  std::vector<std::size_t> next(d.role_starts.begin(), d.role_starts.end() - 1);
  std::size_t k = 0;
  for (const Pillar& p : d.pillars) {
    for (const Role& role : p.roles) {
      const std::size_t e = entity_of[k++];
      if (e != kUnknown) d.role_refs[next[e]++] = {&p, &role};
    }
  }
}

absl::Status CheckCommitments(const NetworkData& d) {
  for (std::size_t i = 0; i < d.commitments.size(); ++i) {
    const Commitment& c = d.commitments[i];
    if (c.adopted_at) {
      if (absl::Status s = CheckReference(
              d.meeting_by_id, d.meetings, "meeting",
              c.adopted_at->str(), Pointer("commitments", i, "/adopted_at"));
          !s.ok()) {
        return s;
      }
    }
    absl::flat_hash_map<absl::string_view, std::size_t> seen;
    for (std::size_t k = 0; k < c.positions.size(); ++k) {
      const std::string where =
          Pointer("commitments", i, absl::StrCat("/positions/", k, "/entity"));
      if (absl::Status s = CheckEntityRef(d, c.positions[k].entity, where);
          !s.ok()) {
        return s;
      }
      const auto [it, inserted] = seen.emplace(c.positions[k].entity.str(), k);
      if (!inserted) {
        return ErrorAt(ToStd(where), absl::StrCat("entity '", c.positions[k].entity.str(),
                                           "' already has a position at ",
                                           Pointer("commitments", i,
                                                   absl::StrCat("/positions/",
                                                                it->second))));
      }
    }
  }
  return absl::OkStatus();
}

absl::Status CheckMentionsAndCounts(const NetworkData& d) {
  for (std::size_t i = 0; i < d.mentions.size(); ++i) {
    const Mention& m = d.mentions[i];
    if (m.entity) {
      if (absl::Status s = CheckEntityRef(d, *m.entity, Pointer("mentions", i, "/entity"));
          !s.ok()) {
        return s;
      }
    }
    if (absl::Status s = CheckInterval(m.valid, Pointer("mentions", i)); !s.ok()) {
      return s;
    }
  }
  for (std::size_t i = 0; i < d.stated_counts.size(); ++i) {
    const StatedCount& c = d.stated_counts[i];
    if (c.count < 0) {
      return ErrorAt(Pointer("stated_counts", i, "/count"),
                     "a count cannot be negative");
    }
    if (c.meeting) {
      if (absl::Status s = CheckReference(d.meeting_by_id, d.meetings,
                                          "meeting", c.meeting->str(),
                                          Pointer("stated_counts", i, "/meeting"));
          !s.ok()) {
        return s;
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace
}  // namespace detail

NetworkBuilder::NetworkBuilder() : data_(std::make_shared<detail::NetworkData>()) {}

NetworkBuilder::NetworkBuilder(NetworkInfo info) : NetworkBuilder() {
  data_->info = std::move(info);
}

NetworkBuilder::NetworkBuilder(const Network& network) : NetworkBuilder() {
  static_cast<detail::NetworkItems&>(*data_) = *network.data_;
}

NetworkBuilder::NetworkBuilder(const NetworkBuilder& other)
    : data_(std::make_shared<detail::NetworkData>(*other.data_)),
      amend_error_(other.amend_error_) {}

NetworkBuilder& NetworkBuilder::operator=(const NetworkBuilder& other) {
  if (this != &other) {
    data_ = std::make_shared<detail::NetworkData>(*other.data_);
    amend_error_ = other.amend_error_;
  }
  return *this;
}

NetworkBuilder::NetworkBuilder(NetworkBuilder&&) noexcept = default;
NetworkBuilder& NetworkBuilder::operator=(NetworkBuilder&&) noexcept = default;
NetworkBuilder::~NetworkBuilder() = default;

NetworkBuilder& NetworkBuilder::SetInfo(NetworkInfo info) {
  data_->info = std::move(info);
  return *this;
}

NetworkBuilder& NetworkBuilder::AddEntity(Entity v) {
  data_->entities.push_back(std::move(v));
  return *this;
}
NetworkBuilder& NetworkBuilder::AddPerson(Person v) {
  data_->people.push_back(std::move(v));
  return *this;
}
NetworkBuilder& NetworkBuilder::AddPillar(Pillar v) {
  data_->pillars.push_back(std::move(v));
  return *this;
}
NetworkBuilder& NetworkBuilder::AddRotation(Rotation v) {
  data_->rotations.push_back(std::move(v));
  return *this;
}
NetworkBuilder& NetworkBuilder::AddCalendar(Calendar v) {
  data_->calendars.push_back(std::move(v));
  return *this;
}
NetworkBuilder& NetworkBuilder::AddMeeting(Meeting v) {
  data_->meetings.push_back(std::move(v));
  return *this;
}
NetworkBuilder& NetworkBuilder::AddCommitment(Commitment v) {
  data_->commitments.push_back(std::move(v));
  return *this;
}
NetworkBuilder& NetworkBuilder::AddDeadline(Deadline v) {
  data_->deadlines.push_back(std::move(v));
  return *this;
}
NetworkBuilder& NetworkBuilder::AddMention(Mention v) {
  data_->mentions.push_back(std::move(v));
  return *this;
}
NetworkBuilder& NetworkBuilder::AddStatedCount(StatedCount v) {
  data_->stated_counts.push_back(std::move(v));
  return *this;
}

namespace {

// Appends `v` to `items` (moving the vector itself into an empty list).
template <typename T>
void AppendAll(std::vector<T>& items, std::vector<T> v) {
  if (items.empty()) {
    items = std::move(v);
    return;
  }
  items.reserve(items.size() + v.size());
  for (T& item : v) items.push_back(std::move(item));
}

}  // namespace

NetworkBuilder& NetworkBuilder::AddEntities(std::vector<Entity> v) {
  AppendAll(data_->entities, std::move(v));
  return *this;
}
NetworkBuilder& NetworkBuilder::AddPeople(std::vector<Person> v) {
  AppendAll(data_->people, std::move(v));
  return *this;
}
NetworkBuilder& NetworkBuilder::AddPillars(std::vector<Pillar> v) {
  AppendAll(data_->pillars, std::move(v));
  return *this;
}

absl::StatusOr<Network> NetworkBuilder::Build() && {
  return std::move(*this).Build(/*check_zones=*/true);
}

absl::StatusOr<Network> detail::BuildPrechecked(NetworkBuilder&& builder) {
  return std::move(builder).Build(/*check_zones=*/false);
}

absl::StatusOr<Network> NetworkBuilder::Build(bool check_zones) && {
  using namespace detail;  // NOLINT: the checks live there.
  if (!amend_error_.ok()) return amend_error_;
  NetworkData& d = *data_;
  if (d.info.id.empty()) {
    return ErrorAt("/network/id", "the network needs a non-empty id");
  }
  if (check_zones) {
    if (absl::Status s = CheckTimeZone(d.info.time_zone, "/network/time_zone");
        !s.ok()) {
      return s;
    }
  }
  // Ids first, so that references can be resolved in any order.
  absl::Status status = IndexIds(d.entities, "entities", "entity", d.entity_by_id);
  if (status.ok()) status = IndexIds(d.people, "people", "person", d.person_by_id);
  if (status.ok()) status = IndexIds(d.pillars, "pillars", "pillar", d.pillar_by_id);
  if (status.ok()) status = IndexIds(d.rotations, "rotations", "rotation", d.rotation_by_id);
  if (status.ok()) status = IndexIds(d.calendars, "calendars", "calendar", d.calendar_by_id);
  if (status.ok()) status = IndexIds(d.meetings, "meetings", "meeting", d.meeting_by_id);
  if (status.ok()) status = IndexIds(d.commitments, "commitments", "commitment", d.commitment_by_id);
  if (status.ok()) status = IndexIds(d.deadlines, "deadlines", "deadline", d.deadline_by_id);
  if (status.ok()) status = IndexIds(d.mentions, "mentions", "mention", d.mention_by_id);
  if (status.ok()) status = CheckEntities(d, check_zones);
  if (status.ok()) status = CheckPeople(d);
  if (status.ok()) status = CheckPillars(d);
  if (status.ok()) status = CheckRotations(d);
  if (status.ok()) ExpandRotationRoles(d);
  if (status.ok()) status = CheckCalendars(d);
  if (status.ok()) status = CheckMeetings(d, check_zones);
  if (status.ok()) status = CheckCommitments(d);
  if (status.ok()) status = CheckDeadlines(d, check_zones);
  if (status.ok()) status = CheckMentionsAndCounts(d);
  if (!status.ok()) return status;
  std::shared_ptr<const NetworkData> frozen = std::move(data_);
  data_ = std::make_shared<NetworkData>();
  return Network(std::move(frozen));
}

}  // namespace netgov
