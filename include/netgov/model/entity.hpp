// File: netgov/model/entity.hpp
// -----------------------------------------------------------------------------
//
// `Entity`: a member organisation of a network (an agency, a fund, a state...).
//
// Example:
//
//   netgov::Entity ohchr;
//   ohchr.id = netgov::EntityId("ohchr");
//   ohchr.acronym = "OHCHR";
//   ohchr.time_zone = "Europe/Zurich";
//   ohchr.membership = {netgov::Interval{netgov::Date(2020, 1, 1), std::nullopt}};
//   bool member = ohchr.IsMemberOn(netgov::Date(2021, 12, 6));  // true

#ifndef NETGOV_MODEL_ENTITY_HPP_
#define NETGOV_MODEL_ENTITY_HPP_

#include <string>
#include <vector>

#include "netgov/core/date.hpp"
#include "netgov/core/id.hpp"
#include "netgov/model/provenance.hpp"

namespace netgov {

// Entity
//
// `kind` is a free label. `membership` lists the intervals in which the entity
// belongs to the network; an empty list means "a member throughout".
struct Entity {
  EntityId id;
  std::string acronym;
  std::string name;
  std::string kind;
  std::string time_zone;  // IANA name, e.g. "Europe/Zurich"; may be empty
  std::vector<std::string> aliases;
  std::vector<Interval> membership;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  // IsMemberOn()
  //
  // True if some membership interval contains `day`.
  bool IsMemberOn(Date day) const {
    if (membership.empty()) return true;
    for (const Interval& m : membership) {
      if (m.Contains(day)) return true;
    }
    return false;
  }

  // IsMemberThroughout()
  //
  // True if one membership interval covers all of `span` (a term, a role).
  bool IsMemberThroughout(const Interval& span) const {
    if (membership.empty()) return true;
    for (const Interval& m : membership) {
      if (m.Covers(span)) return true;
    }
    return false;
  }

  // DisplayName()
  //
  // The acronym if there is one, else the name, else the id.
  const std::string& DisplayName() const {
    if (!acronym.empty()) return acronym;
    return name.empty() ? id.str() : name;
  }

  friend bool operator==(const Entity&, const Entity&) = default;
};

}  // namespace netgov

#endif  // NETGOV_MODEL_ENTITY_HPP_
