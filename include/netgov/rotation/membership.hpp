// File: netgov/rotation/membership.hpp
// -----------------------------------------------------------------------------
//
// `Membership`: who belongs to the network for the whole of a term, as the
// order rules see it, with optional what-if departures ("if UNESCO leaves on
// 2024-06-30"). Entities are named by their position in `network.entities()`,
// which keeps the per-term checks cheap.
//
// Example:
//
//   netgov::rotation::Membership m(net);
//   m.AddDeparture(*net.FindEntity(netgov::EntityId("unesco")), netgov::Date(2024, 6, 30));
//   bool in = m.IsMemberThroughout(0, {netgov::Date(2025, 1, 1), netgov::Date(2025, 12, 31)});

#ifndef NETGOV_ROTATION_MEMBERSHIP_HPP_
#define NETGOV_ROTATION_MEMBERSHIP_HPP_

#include <cstddef>
#include <optional>
#include <vector>

#include "netgov/core/date.hpp"
#include "netgov/network/network.hpp"

namespace netgov::rotation {

// Membership
//
// A view of `network`'s entity membership. Copies share the network.
class Membership {
 public:
  explicit Membership(Network network)
      : network_(std::move(network)), leaves_(network_.entities().size()) {}

  // AddDeparture()
  //
  // From `on` (inclusive) on, `entity` (an entity of the network) is treated
  // as no longer a member. An earlier departure of the same entity wins.
  void AddDeparture(const Entity& entity, Date on) {
    const std::size_t i = IndexOf(entity);
    if (!leaves_[i] || on < *leaves_[i]) leaves_[i] = on;
    any_departure_ = true;
  }

  // IsMemberOn()
  //
  // True if entity `index` is a member on `day` and has not left (by a
  // departure) by then.
  bool IsMemberOn(std::size_t index, Date day) const {
    if (any_departure_ && leaves_[index] && day >= *leaves_[index]) return false;
    return network_.entities()[index].IsMemberOn(day);
  }

  // IsMemberThroughout()
  //
  // True if entity `index` is a member on every day of `term`, and has not
  // left (by a departure) by its last day.
  bool IsMemberThroughout(std::size_t index, const Interval& term) const {
    if (any_departure_ && leaves_[index] && (!term.to || *term.to >= *leaves_[index])) {
      return false;
    }
    return network_.entities()[index].IsMemberThroughout(term);
  }

  // IndexOf()
  //
  // The position of `entity`, which must be an entity of the network.
  std::size_t IndexOf(const Entity& entity) const {
    return static_cast<std::size_t>(&entity - network_.entities().data());
  }

  const Network& network() const { return network_; }

 private:
  Network network_;
  std::vector<std::optional<Date>> leaves_;
  bool any_departure_ = false;
};

}  // namespace netgov::rotation

#endif  // NETGOV_ROTATION_MEMBERSHIP_HPP_
