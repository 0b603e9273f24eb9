#include "netgov/network/network.hpp"

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "netgov/core/error.hpp"
#include "netgov/core/strings.hpp"
#include "src/network/network_data.hpp"

namespace netgov {
namespace {

using detail::DataOf;
using detail::FindIn;

// "unknown <what> '<key>'; did you mean '<closest id>'?".
template <typename T>
absl::Status Unknown(std::string_view what, std::string_view key, const std::vector<T>& items) {
  return absl::InvalidArgumentError(absl::StrCat("unknown ", ToAbsl(what), " '", ToAbsl(key),
                                                 "'", DidYouMean(key, detail::IdsOf(items))));
}

// Every role of the entity with id `entity`; empty for an unknown one.
std::span<const RoleRef> RolesOfId(const detail::NetworkData& d, const EntityId& entity) {
  const auto it = d.entity_by_id.find(entity.str());
  if (it == d.entity_by_id.end() || it->second + 1 >= d.role_starts.size()) return {};
  const std::size_t start = d.role_starts[it->second];
  return std::span<const RoleRef>(d.role_refs)
      .subspan(start, d.role_starts[it->second + 1] - start);
}

// The roles of the entity with id `entity` valid on `as_of`.
std::vector<RoleRef> RolesOfId(const detail::NetworkData& d, const EntityId& entity,
                               Date as_of) {
  std::vector<RoleRef> out;
  for (const RoleRef& ref : RolesOfId(d, entity)) {
    if (ref.role->valid.Contains(as_of)) out.push_back(ref);
  }
  return out;
}

// The people with a post at the entity with id `entity` on `as_of`.
std::vector<const Person*> PeopleOfId(const detail::NetworkData& d, const EntityId& entity,
                                      Date as_of) {
  std::vector<const Person*> out;
  for (const Person& person : d.people) {
    for (const Post& post : person.posts) {
      if (post.entity == entity && post.valid.Contains(as_of)) {
        out.push_back(&person);
        break;
      }
    }
  }
  return out;
}

}  // namespace

Network::Network() : data_(std::make_shared<const detail::NetworkData>()) {}
Network::Network(std::shared_ptr<const detail::NetworkItems> data)
    : data_(std::move(data)) {}

const NetworkInfo& Network::info() const { return data_->info; }

// The accessors are defined here, not inline, and the header declares
// `detail::NetworkItems` without defining it: building a std::span from a
// std::vector in the header cost every includer about a fifth of a second
// (docs/benchmarks.md, "Header cost").
std::span<const Entity> Network::entities() const { return data_->entities; }
std::span<const Person> Network::people() const { return data_->people; }
std::span<const Pillar> Network::pillars() const { return data_->pillars; }
std::span<const Rotation> Network::rotations() const { return data_->rotations; }
std::span<const Calendar> Network::calendars() const { return data_->calendars; }
std::span<const Meeting> Network::meetings() const { return data_->meetings; }
std::span<const Commitment> Network::commitments() const { return data_->commitments; }
std::span<const Deadline> Network::deadlines() const { return data_->deadlines; }
std::span<const Mention> Network::mentions() const { return data_->mentions; }
std::span<const StatedCount> Network::stated_counts() const { return data_->stated_counts; }
std::span<const Position> Network::PositionsOn(const Commitment& commitment) const {
  return commitment.positions;
}

const Entity* Network::FindEntity(const EntityId& id) const {
  return FindIn(DataOf(*data_).entity_by_id, data_->entities, id.str());
}
const Person* Network::FindPerson(const PersonId& id) const {
  return FindIn(DataOf(*data_).person_by_id, data_->people, id.str());
}
const Pillar* Network::FindPillar(const PillarId& id) const {
  return FindIn(DataOf(*data_).pillar_by_id, data_->pillars, id.str());
}
const Rotation* Network::FindRotation(const RotationId& id) const {
  return FindIn(DataOf(*data_).rotation_by_id, data_->rotations, id.str());
}
const Calendar* Network::FindCalendar(const CalendarId& id) const {
  return FindIn(DataOf(*data_).calendar_by_id, data_->calendars, id.str());
}
const Meeting* Network::FindMeeting(const MeetingId& id) const {
  return FindIn(DataOf(*data_).meeting_by_id, data_->meetings, id.str());
}
const Commitment* Network::FindCommitment(const CommitmentId& id) const {
  return FindIn(DataOf(*data_).commitment_by_id, data_->commitments, id.str());
}
const Deadline* Network::FindDeadline(const DeadlineId& id) const {
  return FindIn(DataOf(*data_).deadline_by_id, data_->deadlines, id.str());
}
const Mention* Network::FindMention(const MentionId& id) const {
  return FindIn(DataOf(*data_).mention_by_id, data_->mentions, id.str());
}

const Entity* Network::ResolveEntity(std::string_view key) const {
  const detail::NetworkData& d = DataOf(*data_);
  if (const Entity* e = FindIn(d.entity_by_id, d.entities, key)) return e;
  return FindIn(d.entity_by_key, d.entities, absl::AsciiStrToLower(ToAbsl(key)));
}

const Person* Network::ResolvePerson(std::string_view key) const {
  const detail::NetworkData& d = DataOf(*data_);
  if (const Person* p = FindIn(d.person_by_id, d.people, key)) return p;
  return FindIn(d.person_by_key, d.people, absl::AsciiStrToLower(ToAbsl(key)));
}

absl::StatusOr<const Entity*> Network::LookupEntity(std::string_view key) const {
  if (const Entity* e = ResolveEntity(key)) return e;
  return Unknown("entity", key, data_->entities);
}

absl::StatusOr<const Pillar*> Network::LookupPillar(std::string_view key) const {
  if (const Pillar* p = FindPillar(PillarId(key))) return p;
  for (const Pillar& p : data_->pillars) {
    if (p.number != 0 && std::to_string(p.number) == key) return &p;
  }
  return Unknown("pillar", key, data_->pillars);
}

absl::StatusOr<const Rotation*> Network::LookupRotation(std::string_view key) const {
  if (const Rotation* r = FindRotation(RotationId(key))) return r;
  return Unknown("rotation", key, data_->rotations);
}

absl::StatusOr<const Person*> Network::LookupPerson(std::string_view key) const {
  if (const Person* p = ResolvePerson(key)) return p;
  return Unknown("person", key, data_->people);
}

absl::StatusOr<const Calendar*> Network::LookupCalendar(std::string_view key) const {
  if (const Calendar* c = FindCalendar(CalendarId(key))) return c;
  return Unknown("calendar", key, data_->calendars);
}

absl::StatusOr<const Meeting*> Network::LookupMeeting(std::string_view key) const {
  if (const Meeting* m = FindMeeting(MeetingId(key))) return m;
  return Unknown("meeting", key, data_->meetings);
}

absl::StatusOr<const Commitment*> Network::LookupCommitment(std::string_view key) const {
  if (const Commitment* c = FindCommitment(CommitmentId(key))) return c;
  return Unknown("commitment", key, data_->commitments);
}

absl::StatusOr<const Deadline*> Network::LookupDeadline(std::string_view key) const {
  if (const Deadline* d = FindDeadline(DeadlineId(key))) return d;
  return Unknown("deadline", key, data_->deadlines);
}

std::span<const RoleRef> Network::RolesOf(const Entity& entity) const {
  return RolesOfId(DataOf(*data_), entity.id);
}

std::vector<RoleRef> Network::RolesOf(const Entity& entity, Date as_of) const {
  return RolesOfId(DataOf(*data_), entity.id, as_of);
}

std::vector<const Person*> Network::PeopleOf(const Entity& entity, Date as_of) const {
  return PeopleOfId(DataOf(*data_), entity.id, as_of);
}

std::vector<EntityId> Network::RecordedSeats(const Rotation& rotation, Date as_of) const {
  std::vector<EntityId> out = rotation.permanent;
  const std::optional<Date> start = TermStart(rotation.term, TermIndexOf(rotation.term, as_of));
  for (const HistoryEntry& h : rotation.history) {
    if (start && h.start == *start) out.insert(out.end(), h.holders.begin(), h.holders.end());
  }
  return out;
}

std::vector<RoleRef> Network::RolesIn(const Pillar& pillar, RoleKind kind, Date as_of) const {
  std::vector<RoleRef> out;
  for (const Role& role : pillar.roles) {
    if (role.kind == kind && role.valid.Contains(as_of)) out.push_back({&pillar, &role});
  }
  return out;
}

std::vector<RoleRef> Network::LeadsOf(const Pillar& pillar, Date as_of) const {
  return RolesIn(pillar, RoleKind::kLead, as_of);
}

Leadership Network::LeadershipOf(const Pillar& pillar, Date as_of) const {
  if (!pillar.launch.LaunchedOn(as_of)) return Leadership::kNotLaunched;
  bool any = false;
  for (const Role& role : pillar.roles) {
    if (role.kind != RoleKind::kLead || !role.valid.Contains(as_of)) continue;
    if (!role.provisional) return Leadership::kLed;
    any = true;
  }
  return any ? Leadership::kProvisional : Leadership::kUnled;
}

std::vector<const Pillar*> Network::PillarsWithoutRealLead(Date as_of) const {
  std::vector<const Pillar*> out;
  for (const Pillar& p : data_->pillars) {
    const Leadership l = LeadershipOf(p, as_of);
    if (l == Leadership::kUnled || l == Leadership::kProvisional) out.push_back(&p);
  }
  return out;
}

std::vector<const Pillar*> Network::PillarsNotLaunched(Date as_of) const {
  std::vector<const Pillar*> out;
  for (const Pillar& p : data_->pillars) {
    if (!p.launch.LaunchedOn(as_of)) out.push_back(&p);
  }
  return out;
}

bool operator==(const Network& a, const Network& b) {
  if (a.data_ == b.data_) return true;
  const detail::NetworkItems& x = *a.data_;
  const detail::NetworkItems& y = *b.data_;
  return x.info == y.info && x.entities == y.entities && x.people == y.people &&
         x.pillars == y.pillars && x.rotations == y.rotations && x.calendars == y.calendars &&
         x.meetings == y.meetings && x.commitments == y.commitments &&
         x.deadlines == y.deadlines && x.mentions == y.mentions &&
         x.stated_counts == y.stated_counts;
}

// The deprecated overloads taking an id.

std::span<const RoleRef> Network::RolesOf(const EntityId& entity) const {
  return RolesOfId(DataOf(*data_), entity);
}

std::vector<RoleRef> Network::RolesOf(const EntityId& entity, Date as_of) const {
  return RolesOfId(DataOf(*data_), entity, as_of);
}

std::vector<RoleRef> Network::RolesIn(const PillarId& pillar, RoleKind kind, Date as_of) const {
  const Pillar* p = FindPillar(pillar);
  return p == nullptr ? std::vector<RoleRef>() : RolesIn(*p, kind, as_of);
}

std::vector<RoleRef> Network::LeadsOf(const PillarId& pillar, Date as_of) const {
  const Pillar* p = FindPillar(pillar);
  return p == nullptr ? std::vector<RoleRef>() : LeadsOf(*p, as_of);
}

std::span<const Position> Network::PositionsOn(const CommitmentId& commitment) const {
  const Commitment* c = FindCommitment(commitment);
  if (c == nullptr) return {};
  return c->positions;
}

std::vector<const Person*> Network::PeopleOf(const EntityId& entity, Date as_of) const {
  return PeopleOfId(DataOf(*data_), entity, as_of);
}

std::vector<EntityId> Network::RecordedSeats(const RotationId& rotation, Date as_of) const {
  const Rotation* r = FindRotation(rotation);
  return r == nullptr ? std::vector<EntityId>() : RecordedSeats(*r, as_of);
}

}  // namespace netgov
