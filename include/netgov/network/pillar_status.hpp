// File: netgov/network/pillar_status.hpp
// -----------------------------------------------------------------------------
//
// A pillar's status as of a date, as one value: whether it is launched, how
// it is led, and who holds which role (leads with their provisional flag,
// members, supporters, each as entities of the network); and the one
// canonical order of pillars every listing uses (`PillarLess`): numbered
// pillars first, by number, then unnumbered ones (number 0), by id.
//
// `netgov pillars` and the pillars section of `netgov brief` print what
// `PillarsOn()` returns.
//
// Example:
//
//   const netgov::Network& net = netgov::io::DefaultNetwork();
//   for (const netgov::PillarStatus& s : netgov::PillarsOn(net, netgov::Date(2022, 1, 1))) {
//     std::cout << s.pillar->number << " " << s.pillar->name << ": "
//               << netgov::ToString(s.leadership) << "\n";
//     for (const netgov::RoleHolder& lead : s.leads) {
//       std::cout << "  " << lead.entity->DisplayName()
//                 << (lead.role->provisional ? " (provisional)" : "") << "\n";
//     }
//   }

#ifndef NETGOV_NETWORK_PILLAR_STATUS_HPP_
#define NETGOV_NETWORK_PILLAR_STATUS_HPP_

#include <vector>

#include "netgov/core/date.hpp"
#include "netgov/model/entity.hpp"
#include "netgov/model/pillar.hpp"
#include "netgov/network/network.hpp"

namespace netgov {

// PillarLess()
//
// The canonical order of pillars: numbered pillars (number >= 1) before
// unnumbered ones (number 0); numbered by number, then id; unnumbered by id.
// Ids are unique in a network, so this is a total order there and every
// listing sorted by it is stable across runs and platforms.
bool PillarLess(const Pillar& a, const Pillar& b);

// PillarsInOrder()
//
// The pillars of `network` in the canonical order (`PillarLess`). The
// pointers live as long as any copy of `network`.
std::vector<const Pillar*> PillarsInOrder(const Network& network);

// RoleHolder
//
// An entity holding a role in a pillar on a date. Both pointers point into
// the network and live as long as any copy of it.
struct RoleHolder {
  const Entity* entity = nullptr;
  const Role* role = nullptr;

  friend bool operator==(const RoleHolder&, const RoleHolder&) = default;
};

// PillarStatus
//
// What `netgov pillars` says about one pillar on `as_of`. `leads` (co-leads
// when several; provisional ones included, see `role->provisional`),
// `members` and `supporters` hold the roles valid on `as_of`, each list
// sorted by entity id (roles of one entity in file order). `network` is a
// copy of the handle asked (a pointer copy), so the pointers stay valid as
// long as the status lives.
struct PillarStatus {
  Network network;
  const Pillar* pillar = nullptr;
  Date as_of;
  bool launched = false;
  Leadership leadership = Leadership::kNotLaunched;
  std::vector<RoleHolder> leads;
  std::vector<RoleHolder> members;
  std::vector<RoleHolder> supporters;

  friend bool operator==(const PillarStatus&, const PillarStatus&) = default;
};

// PillarStatusOn()
//
// The status of `pillar`, a pillar of `network`, on `as_of`.
PillarStatus PillarStatusOn(const Network& network, const Pillar& pillar,
                            Date as_of);

// PillarsOn()
//
// The status of every pillar of `network` on `as_of`, in the canonical
// order (`PillarLess`).
std::vector<PillarStatus> PillarsOn(const Network& network, Date as_of);

}  // namespace netgov

#endif  // NETGOV_NETWORK_PILLAR_STATUS_HPP_
