// Private: what every `Network` is made of, its items and the lookup indexes
// built by `NetworkBuilder::Build()`. The public header only declares
// `detail::NetworkItems`, so that including it pulls in neither Abseil's
// hash maps nor the instantiations of the item lists (docs/design.md,
// "Header sets").
#ifndef NETGOV_SRC_NETWORK_NETWORK_DATA_HPP_
#define NETGOV_SRC_NETWORK_NETWORK_DATA_HPP_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "netgov/core/strings.hpp"
#include "netgov/network/network.hpp"
#include "src/core/huge_pages.hpp"

namespace netgov::detail {

// NetworkItems
//
// The items of a Network, in file order: what `NetworkBuilder` copies when it
// amends a network.
struct NetworkItems {
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
};

// Index
//
// A lookup index: id, or lower-cased acronym, name or alias -> position. Its
// keys are views of the strings they index (no copy of each id): the items'
// ids, which stay in place once `Build()` has indexed them (the item lists
// are not resized after that), or `NetworkData::key_text`. A copy of a
// `NetworkData` views the original's strings until it is built again, as
// its `role_refs` point into the original's pillars: every index is rebuilt
// by `Build()` before it is read. A large index prefers huge pages
// (src/core/huge_pages.hpp): it is reserved, then filled in one pass.
using Index = absl::flat_hash_map<
    absl::string_view, std::size_t,
    absl::flat_hash_map<absl::string_view, std::size_t>::hasher,
    absl::flat_hash_map<absl::string_view, std::size_t>::key_equal,
    HugePageAllocator<std::pair<const absl::string_view, std::size_t>>>;

// NetworkData
//
// A network's items and indexes. A `Network` holds a
// `shared_ptr<const NetworkItems>` that always points to one of these
// (`DataOf()`).
struct NetworkData : NetworkItems {
  // Indexes: id -> position; lower-cased acronym, name or alias -> position.
  Index entity_by_id;
  Index entity_by_key;
  Index person_by_id;
  Index person_by_key;
  Index pillar_by_id;
  Index rotation_by_id;
  Index calendar_by_id;
  Index meeting_by_id;
  Index commitment_by_id;
  Index deadline_by_id;
  Index mention_by_id;
  // The lower-cased keys of `entity_by_key` and `person_by_key`, one after
  // another: reserved once at their total size, so they never move.
  std::string key_text;
  // Roles of each entity, in pillar order then role order, in one array:
  // those of the entity at position i are role_refs[role_starts[i]] up to
  // role_refs[role_starts[i + 1]] (no map keyed by id, no list per entity).
  HugePageVector<RoleRef> role_refs;
  HugePageVector<std::size_t> role_starts;
};

// DataOf()
//
// The `NetworkData` behind a network's items.
inline const NetworkData& DataOf(const NetworkItems& items) {
  return static_cast<const NetworkData&>(items);
}

// FindIn()
//
// The item whose key in `index` is `key`, or nullptr.
template <typename T>
const T* FindIn(const Index& index,
                const std::vector<T>& items, std::string_view key) {
  const auto it = index.find(ToAbsl(key));
  return it == index.end() ? nullptr : &items[it->second];
}

// IdsOf()
//
// The ids of `items`, in order (for "did you mean").
template <typename T>
std::vector<std::string> IdsOf(const std::vector<T>& items) {
  std::vector<std::string> ids;
  ids.reserve(items.size());
  for (const T& item : items) ids.push_back(item.id.str());
  return ids;
}

}  // namespace netgov::detail

#endif  // NETGOV_SRC_NETWORK_NETWORK_DATA_HPP_
