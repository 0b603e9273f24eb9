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
//   absl::StatusOr<const netgov::Pillar*> pillar = net.LookupPillar("intersectionality");
//   if (pillar.ok()) {  // else "unknown pillar 'x'; did you mean 'y'?"
//     for (const netgov::RoleRef& lead : net.LeadsOf(**pillar, netgov::Date(2022, 1, 1))) {
//       std::cout << lead.role->entity << (lead.role->provisional ? " (provisional)" : "");
//     }
//   }

#ifndef NETGOV_NETWORK_NETWORK_HPP_
#define NETGOV_NETWORK_NETWORK_HPP_

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
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

// The items and indexes of a Network (src/network/network_data.hpp), kept
// out of this header so that it is cheap to include (docs/design.md, "Header
// sets"). Built and checked by NetworkBuilder only.
struct NetworkItems;

}  // namespace detail

// Network
class Network {
 public:
  // An empty network (no id, no items).
  Network();

  const NetworkInfo& info() const;
  std::span<const Entity> entities() const;
  std::span<const Person> people() const;
  std::span<const Pillar> pillars() const;
  std::span<const Rotation> rotations() const;
  std::span<const Calendar> calendars() const;
  std::span<const Meeting> meetings() const;
  std::span<const Commitment> commitments() const;
  std::span<const Deadline> deadlines() const;
  std::span<const Mention> mentions() const;
  std::span<const StatedCount> stated_counts() const;

  // Lookups by id: nullptr when absent. These answer "is there one?"; to turn
  // a string from a user into an item, use the `Lookup*()` functions below,
  // whose miss is an error with "did you mean" (docs/design.md, "Unknown
  // ids").
  const Entity* FindEntity(const EntityId& id) const;
  const Person* FindPerson(const PersonId& id) const;
  const Pillar* FindPillar(const PillarId& id) const;
  const Rotation* FindRotation(const RotationId& id) const;
  const Calendar* FindCalendar(const CalendarId& id) const;
  const Meeting* FindMeeting(const MeetingId& id) const;
  const Commitment* FindCommitment(const CommitmentId& id) const;
  const Deadline* FindDeadline(const DeadlineId& id) const;
  const Mention* FindMention(const MentionId& id) const;

  // ResolveEntity()
  //
  // The entity whose id, acronym, name or alias is `key` (ids exactly; the
  // others case-insensitively), or nullptr.
  const Entity* ResolveEntity(std::string_view key) const;

  // ResolvePerson()
  //
  // The person whose id, name or alias is `key`, or nullptr.
  const Person* ResolvePerson(std::string_view key) const;

  // LookupEntity()
  //
  // Like `ResolveEntity()`, but a miss is `InvalidArgument`:
  // "unknown entity 'unhcrr'; did you mean 'unhcr'?".
  absl::StatusOr<const Entity*> LookupEntity(std::string_view key) const;

  // LookupPillar()
  //
  // By id, or by number (the pillar's own, never the 0 of an unnumbered one).
  absl::StatusOr<const Pillar*> LookupPillar(std::string_view key) const;

  // LookupRotation()
  absl::StatusOr<const Rotation*> LookupRotation(std::string_view key) const;

  // LookupPerson(), LookupCalendar(), LookupMeeting(), LookupCommitment(),
  // LookupDeadline()
  //
  // By id (a person also by name or alias, as `ResolvePerson()`); a miss is
  // `InvalidArgument` "unknown <kind> 'x'; did you mean 'y'?".
  absl::StatusOr<const Person*> LookupPerson(std::string_view key) const;
  absl::StatusOr<const Calendar*> LookupCalendar(std::string_view key) const;
  absl::StatusOr<const Meeting*> LookupMeeting(std::string_view key) const;
  absl::StatusOr<const Commitment*> LookupCommitment(std::string_view key) const;
  absl::StatusOr<const Deadline*> LookupDeadline(std::string_view key) const;

  // Queries about one item take the item (from a lookup, or from the
  // network's lists), so an unknown id fails at the lookup and never reads
  // as an empty answer. The overloads taking an id are deprecated (the
  // compiler warns): they give an empty answer for an unknown id.

  // RolesOf()
  //
  // Every role `entity` holds in any pillar, at any time, in pillar order.
  std::span<const RoleRef> RolesOf(const Entity& entity) const;

  // RolesOf(entity, as_of)
  //
  // The roles of `entity` valid on `as_of`, in pillar order.
  std::vector<RoleRef> RolesOf(const Entity& entity, Date as_of) const;

  // RolesIn()
  //
  // The roles of `kind` in `pillar` valid on `as_of`, in file order.
  std::vector<RoleRef> RolesIn(const Pillar& pillar, RoleKind kind, Date as_of) const;

  // LeadsOf()
  //
  // The leads (co-leads when several) of `pillar` on `as_of`, provisional ones
  // included, in file order.
  std::vector<RoleRef> LeadsOf(const Pillar& pillar, Date as_of) const;

  // PositionsOn()
  //
  // The positions stated on `commitment`, in file order.
  std::span<const Position> PositionsOn(const Commitment& commitment) const;

  // PeopleOf()
  //
  // The people holding a post at `entity` on `as_of`, in file order.
  std::vector<const Person*> PeopleOf(const Entity& entity, Date as_of) const;

  // RecordedSeats()
  //
  // The seats of `rotation` on `as_of` as recorded: the permanent holders,
  // then the rotating holders of the recorded history entry for the term that
  // contains `as_of` (none if that term has no entry). For computed terms use
  // `netgov::rotation::Schedule`.
  std::vector<EntityId> RecordedSeats(const Rotation& rotation, Date as_of) const;

  // RolesOf(EntityId), RolesOf(EntityId, as_of), RolesIn(PillarId, ...),
  // LeadsOf(PillarId, as_of), PositionsOn(CommitmentId),
  // PeopleOf(EntityId, as_of), RecordedSeats(RotationId, as_of)
  //
  // Deprecated: empty for an unknown id. Look the item up
  // (`LookupEntity()`, `LookupPillar()`, ...) and pass it instead.
  [[deprecated("look the entity up (LookupEntity) and pass the Entity")]]
  std::span<const RoleRef> RolesOf(const EntityId& entity) const;
  [[deprecated("look the entity up (LookupEntity) and pass the Entity")]]
  std::vector<RoleRef> RolesOf(const EntityId& entity, Date as_of) const;
  [[deprecated("look the pillar up (LookupPillar) and pass the Pillar")]]
  std::vector<RoleRef> RolesIn(const PillarId& pillar, RoleKind kind, Date as_of) const;
  [[deprecated("look the pillar up (LookupPillar) and pass the Pillar")]]
  std::vector<RoleRef> LeadsOf(const PillarId& pillar, Date as_of) const;
  [[deprecated("look the commitment up (LookupCommitment) and pass the Commitment")]]
  std::span<const Position> PositionsOn(const CommitmentId& commitment) const;
  [[deprecated("look the entity up (LookupEntity) and pass the Entity")]]
  std::vector<const Person*> PeopleOf(const EntityId& entity, Date as_of) const;
  [[deprecated("look the rotation up (LookupRotation) and pass the Rotation")]]
  std::vector<EntityId> RecordedSeats(const RotationId& rotation, Date as_of) const;

  // LeadershipOf()
  Leadership LeadershipOf(const Pillar& pillar, Date as_of) const;

  // PillarsWithoutRealLead()
  //
  // Launched pillars with no lead or only provisional leads on `as_of`, in
  // file order.
  std::vector<const Pillar*> PillarsWithoutRealLead(Date as_of) const;

  // PillarsNotLaunched()
  std::vector<const Pillar*> PillarsNotLaunched(Date as_of) const;

  // Equal networks hold equal items (indexes follow from the items).
  friend bool operator==(const Network& a, const Network& b);

 private:
  friend class NetworkBuilder;

  // `data` points to a `detail::NetworkData`, the only kind of object a
  // Network is made of (src/network/network_data.hpp).
  explicit Network(std::shared_ptr<const detail::NetworkItems> data);

  std::shared_ptr<const detail::NetworkItems> data_;
};

}  // namespace netgov

#endif  // NETGOV_NETWORK_NETWORK_HPP_
