// Private to the validate engine: the families of checks `Validate()` runs.
// Each appends its findings, unsorted, to `out`.
#ifndef NETGOV_SRC_VALIDATE_CHECKS_HPP_
#define NETGOV_SRC_VALIDATE_CHECKS_HPP_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "netgov/network/network.hpp"
#include "netgov/validate/validate.hpp"

namespace netgov::validate::detail {

// Roles: overlapping roles of one entity in a pillar, lead hand-overs and
// gaps, pillars without a (real) lead, entities without a role, roles and
// seats held outside membership.
void CheckRoles(const Network& network, std::vector<Diagnostic>& out);
void CheckSeats(const Network& network, std::vector<Diagnostic>& out);

// People: names and aliases that differ only slightly.
void CheckPeopleNames(const Network& network, std::vector<Diagnostic>& out);

// The record against itself: mentions of undefined things, stated counts.
void CheckMentions(const Network& network, std::vector<Diagnostic>& out);
void CheckStatedCounts(const Network& network, std::vector<Diagnostic>& out);

// "/collection/index" followed by `rest`.
std::string At(std::string_view collection, std::size_t index,
               std::string_view rest = "");

}  // namespace netgov::validate::detail

#endif  // NETGOV_SRC_VALIDATE_CHECKS_HPP_
