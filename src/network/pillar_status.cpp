#include "netgov/network/pillar_status.hpp"

#include <algorithm>
#include <tuple>

namespace netgov {
namespace {

// The holders of the roles of `kind` in `pillar` valid on `as_of`, by entity
// id; an entity's roles keep their file order.
std::vector<RoleHolder> HoldersOf(const Network& network, const Pillar& pillar,
                                  RoleKind kind, Date as_of) {
  std::vector<RoleHolder> out;
  for (const Role& role : pillar.roles) {
    if (role.kind == kind && role.valid.Contains(as_of)) {
      out.push_back({network.FindEntity(role.entity), &role});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const RoleHolder& a, const RoleHolder& b) {
    return a.role->entity < b.role->entity;
  });
  return out;
}

}  // namespace

bool PillarLess(const Pillar& a, const Pillar& b) {
  // Unnumbered (0) sorts after every number: compare (is unnumbered, number, id).
  return std::make_tuple(a.number == 0, a.number, std::cref(a.id)) <
         std::make_tuple(b.number == 0, b.number, std::cref(b.id));
}

std::vector<const Pillar*> PillarsInOrder(const Network& network) {
  std::vector<const Pillar*> out;
  out.reserve(network.pillars().size());
  for (const Pillar& p : network.pillars()) out.push_back(&p);
  std::sort(out.begin(), out.end(),
            [](const Pillar* a, const Pillar* b) { return PillarLess(*a, *b); });
  return out;
}

PillarStatus PillarStatusOn(const Network& network, const Pillar& pillar,
                            Date as_of) {
  return {.network = network,
          .pillar = &pillar,
          .as_of = as_of,
          .launched = pillar.launch.LaunchedOn(as_of),
          .leadership = network.LeadershipOf(pillar, as_of),
          .leads = HoldersOf(network, pillar, RoleKind::kLead, as_of),
          .members = HoldersOf(network, pillar, RoleKind::kMember, as_of),
          .supporters = HoldersOf(network, pillar, RoleKind::kSupport, as_of)};
}

std::vector<PillarStatus> PillarsOn(const Network& network, Date as_of) {
  std::vector<PillarStatus> out;
  for (const Pillar* p : PillarsInOrder(network)) {
    out.push_back(PillarStatusOn(network, *p, as_of));
  }
  return out;
}

}  // namespace netgov
