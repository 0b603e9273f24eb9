// File: netgov/core/id.hpp
// -----------------------------------------------------------------------------
//
// Strong identifier types. An `EntityId` and a `PillarId` are both strings in
// the network file, but they are different types in the API, so a pillar id can
// never be passed where an entity id is expected.
//
// Example:
//
//   #include "absl/container/flat_hash_set.h"
//
//   netgov::EntityId ohchr("ohchr");
//   absl::flat_hash_set<netgov::EntityId> seen = {ohchr};
//   std::string_view text = ohchr.str();

#ifndef NETGOV_CORE_ID_HPP_
#define NETGOV_CORE_ID_HPP_

#include <compare>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace netgov {

// Id<Tag>
//
// A regular value type over a string: copyable, totally ordered (by the string),
// hashable with both `absl::Hash` and `std::hash`.
template <typename Tag>
class Id {
 public:
  Id() = default;
  explicit Id(std::string value) : value_(std::move(value)) {}
  explicit Id(std::string_view value) : value_(value) {}
  explicit Id(const char* value) : value_(value) {}

  const std::string& str() const { return value_; }
  bool empty() const { return value_.empty(); }

  friend auto operator<=>(const Id&, const Id&) = default;
  friend bool operator==(const Id&, const Id&) = default;

  template <typename H>
  friend H AbslHashValue(H h, const Id& id) {
    return H::combine(std::move(h), id.value_);
  }

  friend std::ostream& operator<<(std::ostream& os, const Id& id) {
    return os << id.value_;
  }

 private:
  std::string value_;
};

struct EntityTag {};
struct PersonTag {};
struct PillarTag {};
struct RotationTag {};
struct CalendarTag {};
struct MeetingTag {};
struct CommitmentTag {};
struct DeadlineTag {};
struct MentionTag {};

using EntityId = Id<EntityTag>;
using PersonId = Id<PersonTag>;
using PillarId = Id<PillarTag>;
using RotationId = Id<RotationTag>;
using CalendarId = Id<CalendarTag>;
using MeetingId = Id<MeetingTag>;
using CommitmentId = Id<CommitmentTag>;
using DeadlineId = Id<DeadlineTag>;
using MentionId = Id<MentionTag>;

}  // namespace netgov

template <typename Tag>
struct std::hash<netgov::Id<Tag>> {
  size_t operator()(const netgov::Id<Tag>& id) const noexcept {
    return std::hash<std::string>()(id.str());
  }
};

#endif  // NETGOV_CORE_ID_HPP_
