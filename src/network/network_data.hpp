// Private: what every `Network` is made of, its items and the lookup indexes
// built by `NetworkBuilder::Build()`. The public header only declares
// `detail::NetworkItems`, so that including it pulls in neither Abseil's
// hash maps nor the instantiations of the item lists (docs/design.md,
// "Header sets").
#ifndef NETGOV_SRC_NETWORK_NETWORK_DATA_HPP_
#define NETGOV_SRC_NETWORK_NETWORK_DATA_HPP_

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/hash/hash.h"
#include "absl/strings/string_view.h"
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

// IdKey
//
// A key of an `Index`: up to 23 bytes held in the key itself (ids, and most
// acronyms and names), so that a lookup compares in the slot it probes
// rather than in the item's storage (a cache miss per hit, measured); a
// longer key is a view of the string it indexes: the item's id, which stays
// in place once `Build()` has indexed it (the item lists are not resized
// after that), or `NetworkData::key_text`. A copy of a `NetworkData` views
// the original's strings until it is built again, as its `role_refs` point
// into the original's pillars: every index is rebuilt by `Build()` before
// it is read.
class IdKey {
 public:
  explicit IdKey(absl::string_view key) {
    if (key.size() <= kInline) {
      std::memcpy(bytes_, key.data(), key.size());
      tag_ = static_cast<unsigned char>(key.size());
      return;
    }
    const char* data = key.data();
    const std::size_t size = key.size();
    std::memcpy(bytes_, &data, sizeof data);
    std::memcpy(bytes_ + sizeof data, &size, sizeof size);
    tag_ = kViewed;
  }

  // Whether the key's bytes are held in it (else it views them).
  bool is_inline() const { return tag_ != kViewed; }

  absl::string_view view() const {
    if (tag_ != kViewed) return absl::string_view(bytes_, tag_);
    const char* data = nullptr;
    std::size_t size = 0;
    std::memcpy(&data, bytes_, sizeof data);
    std::memcpy(&size, bytes_ + sizeof data, sizeof size);
    return absl::string_view(data, size);
  }

 private:
  static constexpr std::size_t kInline = 23;
  static constexpr unsigned char kViewed = 0xFF;

  char bytes_[kInline];
  unsigned char tag_;
};

// IdKeyHash, IdKeyEq
//
// Hash and equality of `IdKey`s and strings alike (lookups take any string).
struct IdKeyHash {
  using is_transparent = void;
  std::size_t operator()(absl::string_view key) const {
    return absl::Hash<absl::string_view>()(key);
  }
  std::size_t operator()(const IdKey& key) const { return (*this)(key.view()); }
};
struct IdKeyEq {
  using is_transparent = void;
  bool operator()(const IdKey& a, const IdKey& b) const { return a.view() == b.view(); }
  bool operator()(const IdKey& a, absl::string_view b) const { return a.view() == b; }
  bool operator()(absl::string_view a, const IdKey& b) const { return a == b.view(); }
  bool operator()(absl::string_view a, absl::string_view b) const { return a == b; }
};

// Index
//
// A lookup index: id, or lower-cased acronym, name or alias -> position. A
// large one prefers huge pages (src/core/huge_pages.hpp): it is reserved,
// then filled in one pass.
using Index = absl::flat_hash_map<IdKey, std::size_t, IdKeyHash, IdKeyEq,
                                  HugePageAllocator<std::pair<const IdKey, std::size_t>>>;

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
  // The lower-cased keys of `entity_by_key` and `person_by_key` too long
  // to be held inline (`IdKey`), one after another: reserved once at their
  // total size, so they never move.
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
