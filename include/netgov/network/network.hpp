// File: netgov/network/network.hpp
// -----------------------------------------------------------------------------
//
// `Network`: an immutable, validated aggregate of a network's entities,
// people, pillars, rotations, calendars, meetings, commitments and deadlines,
// with indexes for lookups and as-of queries.
//
// A `Network` is a cheap handle to shared immutable data: copying it copies a
// pointer, every query is `const`, and any number of threads may read one
// network at once. Pointers and references a query returns stay valid as long
// as any copy of the network lives. Build one with `NetworkBuilder`
// (`netgov/network/network_builder.hpp`) or load one with `netgov::io`
// (`netgov/io/json.hpp`); the embedded default network is
// `netgov::io::DefaultNetwork()`.
//
// Every list keeps the order of the file (or of the builder calls); queries
// that return several items document their order.
//
// Example:
//
//   const netgov::Network& net = netgov::io::DefaultNetwork();
//   for (const netgov::RoleRef& lead :
//        net.LeadsOf(netgov::PillarId("intersectionality"), netgov::Date(2022, 1, 1))) {
//     std::cout << lead.role->entity << (lead.role->provisional ? " (provisional)" : "");
//   }

#ifndef NETGOV_NETWORK_NETWORK_HPP_
#define NETGOV_NETWORK_NETWORK_HPP_

#include <algorithm>
#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"
#include "netgov/core/error.hpp"
#include "netgov/core/id.hpp"
#include "netgov/core/strings.hpp"
#include "netgov/model/calendar.hpp"
#include "netgov/model/commitment.hpp"
#include "netgov/model/deadline.hpp"
#include "netgov/model/entity.hpp"
#include "netgov/model/meeting.hpp"
#include "netgov/model/mention.hpp"
#include "netgov/model/person.hpp"
#include "netgov/model/pillar.hpp"
#include "netgov/model/rotation.hpp"
#include "netgov/model/provenance.hpp"

namespace netgov {

// NetworkInfo
//
// The `network` object of the file.
struct NetworkInfo {
  std::string id;
  std::string name;
  std::string time_zone;
  std::string description;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  friend bool operator==(const NetworkInfo&, const NetworkInfo&) = default;
};

// RoleRef
//
// A role together with its pillar.
struct RoleRef {
  const Pillar* pillar = nullptr;
  const Role* role = nullptr;
};

// Leadership
//
// How a pillar is led on a date: not launched; launched with no lead; led only
// provisionally; led.
enum class Leadership { kNotLaunched, kUnled, kProvisional, kLed };

template <>
struct EnumTraits<Leadership> {
  static constexpr std::array<std::string_view, 4> kNames = {
      "not-launched", "unled", "provisional", "led"};
};

namespace detail {

// The data behind a Network. Built and checked by NetworkBuilder only.
struct NetworkData {
  NetworkInfo info;
  std::vector<Entity> entities;
  std::vector<Person> people;
  std::vector<Pillar> pillars;
  std::vector<Rotation> rotations;
  std::vector<Calendar> calendars;
  std::vector<Meeting> meetings;
  std::vector<Commitment> commitments;
  std::vector<Deadline> deadlines;
  std::vector<Mention> mentions;
  std::vector<StatedCount> stated_counts;

  // Indexes: id -> position; lower-cased acronym, name or alias -> position.
  absl::flat_hash_map<std::string, std::size_t> entity_by_id;
  absl::flat_hash_map<std::string, std::size_t> entity_by_key;
  absl::flat_hash_map<std::string, std::size_t> person_by_id;
  absl::flat_hash_map<std::string, std::size_t> person_by_key;
  absl::flat_hash_map<std::string, std::size_t> pillar_by_id;
  absl::flat_hash_map<std::string, std::size_t> rotation_by_id;
  absl::flat_hash_map<std::string, std::size_t> calendar_by_id;
  absl::flat_hash_map<std::string, std::size_t> meeting_by_id;
  absl::flat_hash_map<std::string, std::size_t> commitment_by_id;
  absl::flat_hash_map<std::string, std::size_t> deadline_by_id;
  absl::flat_hash_map<std::string, std::size_t> mention_by_id;
  // Roles of each entity, in pillar order then role order.
  absl::flat_hash_map<std::string, std::vector<RoleRef>> roles_by_entity;

  bool operator==(const NetworkData& other) const {
    return info == other.info && entities == other.entities &&
           people == other.people && pillars == other.pillars &&
           rotations == other.rotations && calendars == other.calendars &&
           meetings == other.meetings && commitments == other.commitments &&
           deadlines == other.deadlines && mentions == other.mentions &&
           stated_counts == other.stated_counts;
  }
};

template <typename T>
const T* FindIn(const absl::flat_hash_map<std::string, std::size_t>& index,
                const std::vector<T>& items, std::string_view key) {
  const auto it = index.find(ToAbsl(key));
  return it == index.end() ? nullptr : &items[it->second];
}

template <typename T>
std::vector<std::string> IdsOf(const std::vector<T>& items) {
  std::vector<std::string> ids;
  ids.reserve(items.size());
  for (const T& item : items) ids.push_back(item.id.str());
  return ids;
}

}  // namespace detail

// Network
class Network {
 public:
  // An empty network (no id, no items).
  Network() : data_(std::make_shared<const detail::NetworkData>()) {}

  const NetworkInfo& info() const { return data_->info; }
  std::span<const Entity> entities() const { return data_->entities; }
  std::span<const Person> people() const { return data_->people; }
  std::span<const Pillar> pillars() const { return data_->pillars; }
  std::span<const Rotation> rotations() const { return data_->rotations; }
  std::span<const Calendar> calendars() const { return data_->calendars; }
  std::span<const Meeting> meetings() const { return data_->meetings; }
  std::span<const Commitment> commitments() const { return data_->commitments; }
  std::span<const Deadline> deadlines() const { return data_->deadlines; }
  std::span<const Mention> mentions() const { return data_->mentions; }
  std::span<const StatedCount> stated_counts() const {
    return data_->stated_counts;
  }

  // Lookups by id: nullptr when absent. These answer "is there one?"; to turn
  // a string from a user into an item, use the `Lookup*()` functions below,
  // whose miss is an error with "did you mean" (docs/design.md, "Unknown
  // ids").
  const Entity* FindEntity(const EntityId& id) const {
    return detail::FindIn(data_->entity_by_id, data_->entities, id.str());
  }
  const Person* FindPerson(const PersonId& id) const {
    return detail::FindIn(data_->person_by_id, data_->people, id.str());
  }
  const Pillar* FindPillar(const PillarId& id) const {
    return detail::FindIn(data_->pillar_by_id, data_->pillars, id.str());
  }
  const Rotation* FindRotation(const RotationId& id) const {
    return detail::FindIn(data_->rotation_by_id, data_->rotations, id.str());
  }
  const Calendar* FindCalendar(const CalendarId& id) const {
    return detail::FindIn(data_->calendar_by_id, data_->calendars, id.str());
  }
  const Meeting* FindMeeting(const MeetingId& id) const {
    return detail::FindIn(data_->meeting_by_id, data_->meetings, id.str());
  }
  const Commitment* FindCommitment(const CommitmentId& id) const {
    return detail::FindIn(data_->commitment_by_id, data_->commitments,
                          id.str());
  }
  const Deadline* FindDeadline(const DeadlineId& id) const {
    return detail::FindIn(data_->deadline_by_id, data_->deadlines, id.str());
  }
  const Mention* FindMention(const MentionId& id) const {
    return detail::FindIn(data_->mention_by_id, data_->mentions, id.str());
  }

  // ResolveEntity()
  //
  // The entity whose id, acronym, name or alias is `key` (ids exactly; the
  // others case-insensitively), or nullptr.
  const Entity* ResolveEntity(std::string_view key) const {
    if (const Entity* e = detail::FindIn(data_->entity_by_id, data_->entities, key)) {
      return e;
    }
    return detail::FindIn(data_->entity_by_key, data_->entities,
                          absl::AsciiStrToLower(ToAbsl(key)));
  }

  // ResolvePerson()
  //
  // The person whose id, name or alias is `key`, or nullptr.
  const Person* ResolvePerson(std::string_view key) const {
    if (const Person* p = detail::FindIn(data_->person_by_id, data_->people, key)) {
      return p;
    }
    return detail::FindIn(data_->person_by_key, data_->people,
                          absl::AsciiStrToLower(ToAbsl(key)));
  }

  // LookupEntity()
  //
  // Like `ResolveEntity()`, but a miss is `InvalidArgument`:
  // "unknown entity 'unhcrr'; did you mean 'unhcr'?".
  absl::StatusOr<const Entity*> LookupEntity(std::string_view key) const {
    if (const Entity* e = ResolveEntity(key)) return e;
    return Unknown("entity", key, data_->entities);
  }

  // LookupPillar()
  //
  // By id, or by number (the pillar's own, never the 0 of an unnumbered one).
  absl::StatusOr<const Pillar*> LookupPillar(std::string_view key) const {
    if (const Pillar* p = FindPillar(PillarId(key))) return p;
    for (const Pillar& p : data_->pillars) {
      if (p.number != 0 && std::to_string(p.number) == key) return &p;
    }
    return Unknown("pillar", key, data_->pillars);
  }

  // LookupRotation()
  absl::StatusOr<const Rotation*> LookupRotation(std::string_view key) const {
    if (const Rotation* r = FindRotation(RotationId(key))) return r;
    return Unknown("rotation", key, data_->rotations);
  }

  // LookupPerson(), LookupCalendar(), LookupMeeting(), LookupCommitment(),
  // LookupDeadline()
  //
  // By id (a person also by name or alias, as `ResolvePerson()`); a miss is
  // `InvalidArgument` "unknown <kind> 'x'; did you mean 'y'?".
  absl::StatusOr<const Person*> LookupPerson(std::string_view key) const {
    if (const Person* p = ResolvePerson(key)) return p;
    return Unknown("person", key, data_->people);
  }
  absl::StatusOr<const Calendar*> LookupCalendar(std::string_view key) const {
    if (const Calendar* c = FindCalendar(CalendarId(key))) return c;
    return Unknown("calendar", key, data_->calendars);
  }
  absl::StatusOr<const Meeting*> LookupMeeting(std::string_view key) const {
    if (const Meeting* m = FindMeeting(MeetingId(key))) return m;
    return Unknown("meeting", key, data_->meetings);
  }
  absl::StatusOr<const Commitment*> LookupCommitment(std::string_view key) const {
    if (const Commitment* c = FindCommitment(CommitmentId(key))) return c;
    return Unknown("commitment", key, data_->commitments);
  }
  absl::StatusOr<const Deadline*> LookupDeadline(std::string_view key) const {
    if (const Deadline* d = FindDeadline(DeadlineId(key))) return d;
    return Unknown("deadline", key, data_->deadlines);
  }

  // Queries about one item take the item (from a lookup, or from the
  // network's lists), so an unknown id fails at the lookup and never reads
  // as an empty answer. The overloads taking an id are deprecated: they give
  // an empty answer for an unknown id.

  // RolesOf()
  //
  // Every role `entity` holds in any pillar, at any time, in pillar order.
  std::span<const RoleRef> RolesOf(const Entity& entity) const { return RolesOf(entity.id); }

  // RolesOf(entity, as_of)
  //
  // The roles of `entity` valid on `as_of`, in pillar order.
  std::vector<RoleRef> RolesOf(const Entity& entity, Date as_of) const {
    return RolesOf(entity.id, as_of);
  }

  // RolesIn()
  //
  // The roles of `kind` in `pillar` valid on `as_of`, in file order.
  std::vector<RoleRef> RolesIn(const Pillar& pillar, RoleKind kind, Date as_of) const {
    std::vector<RoleRef> out;
    for (const Role& role : pillar.roles) {
      if (role.kind == kind && role.valid.Contains(as_of)) out.push_back({&pillar, &role});
    }
    return out;
  }

  // LeadsOf()
  //
  // The leads (co-leads when several) of `pillar` on `as_of`, provisional ones
  // included, in file order.
  std::vector<RoleRef> LeadsOf(const Pillar& pillar, Date as_of) const {
    return RolesIn(pillar, RoleKind::kLead, as_of);
  }

  // PositionsOn()
  //
  // The positions stated on `commitment`, in file order.
  std::span<const Position> PositionsOn(const Commitment& commitment) const {
    return commitment.positions;
  }

  // PeopleOf()
  //
  // The people holding a post at `entity` on `as_of`, in file order.
  std::vector<const Person*> PeopleOf(const Entity& entity, Date as_of) const {
    return PeopleOf(entity.id, as_of);
  }

  // RecordedSeats()
  //
  // The seats of `rotation` on `as_of` as recorded: the permanent holders,
  // then the rotating holders of the recorded history entry for the term that
  // contains `as_of` (none if that term has no entry). For computed terms use
  // `netgov::rotation::Schedule`.
  std::vector<EntityId> RecordedSeats(const Rotation& rotation, Date as_of) const {
    std::vector<EntityId> out = rotation.permanent;
    const std::optional<Date> start =
        TermStart(rotation.term, TermIndexOf(rotation.term, as_of));
    for (const HistoryEntry& h : rotation.history) {
      if (start && h.start == *start) {
        out.insert(out.end(), h.holders.begin(), h.holders.end());
      }
    }
    return out;
  }

  // RolesOf(EntityId) (deprecated: empty for an unknown entity)
  std::span<const RoleRef> RolesOf(const EntityId& entity) const {
    const auto it = data_->roles_by_entity.find(entity.str());
    if (it == data_->roles_by_entity.end()) return {};
    return it->second;
  }

  // RolesOf(EntityId, as_of) (deprecated: empty for an unknown entity)
  std::vector<RoleRef> RolesOf(const EntityId& entity, Date as_of) const {
    std::vector<RoleRef> out;
    for (const RoleRef& ref : RolesOf(entity)) {
      if (ref.role->valid.Contains(as_of)) out.push_back(ref);
    }
    return out;
  }

  // RolesIn(PillarId, ...) (deprecated: empty for an unknown pillar)
  std::vector<RoleRef> RolesIn(const PillarId& pillar, RoleKind kind,
                               Date as_of) const {
    const Pillar* p = FindPillar(pillar);
    return p == nullptr ? std::vector<RoleRef>() : RolesIn(*p, kind, as_of);
  }

  // LeadsOf(PillarId, as_of) (deprecated: empty for an unknown pillar)
  std::vector<RoleRef> LeadsOf(const PillarId& pillar, Date as_of) const {
    return RolesIn(pillar, RoleKind::kLead, as_of);
  }

  // LeadershipOf()
  Leadership LeadershipOf(const Pillar& pillar, Date as_of) const {
    if (!pillar.launch.LaunchedOn(as_of)) return Leadership::kNotLaunched;
    bool any = false;
    for (const Role& role : pillar.roles) {
      if (role.kind != RoleKind::kLead || !role.valid.Contains(as_of)) continue;
      if (!role.provisional) return Leadership::kLed;
      any = true;
    }
    return any ? Leadership::kProvisional : Leadership::kUnled;
  }

  // PillarsWithoutRealLead()
  //
  // Launched pillars with no lead or only provisional leads on `as_of`, in
  // file order.
  std::vector<const Pillar*> PillarsWithoutRealLead(Date as_of) const {
    std::vector<const Pillar*> out;
    for (const Pillar& p : data_->pillars) {
      const Leadership l = LeadershipOf(p, as_of);
      if (l == Leadership::kUnled || l == Leadership::kProvisional) {
        out.push_back(&p);
      }
    }
    return out;
  }

  // PillarsNotLaunched()
  std::vector<const Pillar*> PillarsNotLaunched(Date as_of) const {
    std::vector<const Pillar*> out;
    for (const Pillar& p : data_->pillars) {
      if (!p.launch.LaunchedOn(as_of)) out.push_back(&p);
    }
    return out;
  }

  // PositionsOn(CommitmentId) (deprecated: empty for an unknown commitment)
  std::span<const Position> PositionsOn(const CommitmentId& commitment) const {
    const Commitment* c = FindCommitment(commitment);
    if (c == nullptr) return {};
    return c->positions;
  }

  // PeopleOf(EntityId, as_of) (deprecated: empty for an unknown entity)
  std::vector<const Person*> PeopleOf(const EntityId& entity,
                                      Date as_of) const {
    std::vector<const Person*> out;
    for (const Person& person : data_->people) {
      for (const Post& post : person.posts) {
        if (post.entity == entity && post.valid.Contains(as_of)) {
          out.push_back(&person);
          break;
        }
      }
    }
    return out;
  }

  // RecordedSeats(RotationId, as_of) (deprecated: empty for an unknown
  // rotation)
  std::vector<EntityId> RecordedSeats(const RotationId& rotation,
                                      Date as_of) const {
    const Rotation* r = FindRotation(rotation);
    return r == nullptr ? std::vector<EntityId>() : RecordedSeats(*r, as_of);
  }

  // Equal networks hold equal data (indexes follow from the data).
  friend bool operator==(const Network& a, const Network& b) {
    return a.data_ == b.data_ || *a.data_ == *b.data_;
  }

 private:
  friend class NetworkBuilder;

  // "unknown <what> '<key>'; did you mean '<closest id>'?".
  template <typename T>
  static absl::Status Unknown(std::string_view what, std::string_view key,
                              const std::vector<T>& items) {
    return absl::InvalidArgumentError(absl::StrCat("unknown ", ToAbsl(what), " '", ToAbsl(key),
                                                   "'", DidYouMean(key, detail::IdsOf(items))));
  }

  explicit Network(std::shared_ptr<const detail::NetworkData> data)
      : data_(std::move(data)) {}

  std::shared_ptr<const detail::NetworkData> data_;
};

}  // namespace netgov

#endif  // NETGOV_NETWORK_NETWORK_HPP_
