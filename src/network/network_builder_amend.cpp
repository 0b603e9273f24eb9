// The amending calls of NetworkBuilder: change items of a builder (usually
// one made from a loaded Network) by id. Errors wait for Build().
#include <algorithm>
#include <string_view>
#include <utility>

#include "absl/strings/str_cat.h"
#include "netgov/network/network_builder.hpp"
#include "src/network/network_data.hpp"

namespace netgov {

template <typename T, typename Id>
T* NetworkBuilder::ItemToAmend(std::vector<T>& items, const Id& id,
                               std::string_view call, std::string_view kind) {
  const auto it = std::find_if(items.begin(), items.end(),
                               [&](const T& item) { return item.id == id; });
  if (it != items.end()) return &*it;
  if (amend_error_.ok()) {
    amend_error_ = absl::InvalidArgumentError(
        absl::StrCat(ToAbsl(call), ": unknown ", ToAbsl(kind), " '", id.str(), "'",
                     DidYouMean(id.str(), detail::IdsOf(items))));
  }
  return nullptr;
}

NetworkBuilder& NetworkBuilder::AddRole(const PillarId& pillar, Role role) {
  if (Pillar* p = ItemToAmend(data_->pillars, pillar, "AddRole", "pillar")) {
    p->roles.push_back(std::move(role));
  }
  return *this;
}

NetworkBuilder& NetworkBuilder::AddHistory(const RotationId& rotation,
                                           HistoryEntry entry) {
  if (Rotation* r = ItemToAmend(data_->rotations, rotation, "AddHistory", "rotation")) {
    r->history.push_back(std::move(entry));
  }
  return *this;
}

NetworkBuilder& NetworkBuilder::ReplaceEntity(Entity v) {
  if (Entity* e = ItemToAmend(data_->entities, v.id, "ReplaceEntity", "entity")) {
    *e = std::move(v);
  }
  return *this;
}

NetworkBuilder& NetworkBuilder::ReplacePillar(Pillar v) {
  if (Pillar* p = ItemToAmend(data_->pillars, v.id, "ReplacePillar", "pillar")) {
    *p = std::move(v);
  }
  return *this;
}

NetworkBuilder& NetworkBuilder::ReplaceRotation(Rotation v) {
  if (Rotation* r = ItemToAmend(data_->rotations, v.id, "ReplaceRotation", "rotation")) {
    *r = std::move(v);
  }
  return *this;
}

}  // namespace netgov
