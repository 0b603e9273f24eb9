// File: netgov/model/pillar.hpp
// -----------------------------------------------------------------------------
//
// `Pillar` (a workstream) and `Role` (an entity's part in it over time).
//
// Two or more `lead` roles valid on the same day make co-leads. A provisional
// lead counts as a lead but is reported as provisional: a pillar whose only
// leads are provisional has no real lead.
//
// Example:
//
//   netgov::Pillar p;
//   p.id = netgov::PillarId("times-of-crisis");
//   p.number = 3;
//   p.launch.date = netgov::Date(2021, 1, 1);
//   p.roles.push_back({netgov::EntityId("ohchr"), netgov::RoleKind::kLead,
//                      /*provisional=*/true, {}, "", "(provisional)"});

#ifndef NETGOV_MODEL_PILLAR_HPP_
#define NETGOV_MODEL_PILLAR_HPP_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"
#include "netgov/core/id.hpp"
#include "netgov/model/provenance.hpp"

namespace netgov {

// RoleKind
enum class RoleKind { kLead, kMember, kSupport };

template <>
struct EnumTraits<RoleKind> {
  static constexpr std::array<std::string_view, 3> kNames = {"lead", "member",
                                                             "support"};
};

// Role
//
// An entity's part in a pillar; or, with `holders_of` set, the part of
// "the holders of rotation R" (pillar 8 of the default network is led by "the
// co-chairs"). Such a role is declared in `Pillar::rotation_roles` without an
// entity; `NetworkBuilder::Build()` adds to `Pillar::roles` one role per
// holder recorded by the rotation (its permanent seats over the role's
// interval, and the holders of each recorded `history` term over that term),
// each with `entity` set and `holders_of` kept, so every query on roles
// answers with the rotation's holders as of any date.
struct Role {
  EntityId entity;
  RoleKind kind = RoleKind::kMember;
  bool provisional = false;
  Interval valid;
  std::string note;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::optional<RotationId> holders_of{};

  friend bool operator==(const Role&, const Role&) = default;
};

// Launch
//
// Either a date (launched from then on) or a condition not yet met (not
// launched until the data gives a date). With neither, the pillar counts as
// launched throughout.
struct Launch {
  std::optional<Date> date;
  std::string condition;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  bool LaunchedOn(Date day) const {
    if (date) return *date <= day;
    return condition.empty();
  }

  friend bool operator==(const Launch&, const Launch&) = default;
};

// Pillar
struct Pillar {
  PillarId id;
  int number = 0;
  std::string name;
  std::string goal;
  Launch launch;
  std::vector<Role> roles;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};
  // Roles held by the holders of a rotation, as declared (`holders_of` set,
  // no entity); see `Role`.
  std::vector<Role> rotation_roles{};

  friend bool operator==(const Pillar&, const Pillar&) = default;
};

}  // namespace netgov

#endif  // NETGOV_MODEL_PILLAR_HPP_
