// File: netgov/network/facts.hpp
// -----------------------------------------------------------------------------
//
// The facts of a network, one by one, each with the JSON pointer of where the
// file states it, a one-line statement of what it says and what it rests on
// (`Provenance`: a verbatim quote or a basis; netgov/model/provenance.hpp).
// `validate` uses it to find facts that rest on nothing, and `Explain()`
// (netgov/network/explain.hpp) to say what an answer rests on.
//
// The facts, in file order: the network itself; each entity; each person and
// their posts; each pillar, its launch and its roles; each rotation, its
// `max_consecutive_terms` when set (a rule of its own), its history entries,
// overrides and calls; each calendar, meeting, commitment (its adoption status
// when set, then its positions), deadline, mention and stated count.
//
// Example:
//
//   for (const netgov::Fact& f : netgov::FactsOf(netgov::io::DefaultNetwork())) {
//     if (!f.provenance.Has()) std::cout << f.pointer << ": " << f.statement;
//   }

#ifndef NETGOV_NETWORK_FACTS_HPP_
#define NETGOV_NETWORK_FACTS_HPP_

#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "netgov/model/provenance.hpp"
#include "netgov/network/network.hpp"

namespace netgov {

// Fact
//
// One fact: `pointer` is an RFC 6901 JSON pointer into the network file
// (`/pillars/3/roles/1`), `statement` says what it states in one line
// ("ilo is lead of intersectionality from 2022-01-01").
struct Fact {
  std::string pointer;
  std::string statement;
  Provenance provenance;

  friend bool operator==(const Fact&, const Fact&) = default;
};

// FactsOf()
//
// Every fact of `network`, in file order.
std::vector<Fact> FactsOf(const Network& network);

// ForEachFact()
//
// `FactsOf()` one fact at a time: calls `each` with every fact of `network`,
// in file order, holding none of them (a network of 100,000 entities has
// some 500,000 facts).
void ForEachFact(const Network& network, absl::FunctionRef<void(Fact&&)> each);

// FactsWithoutProvenance()
//
// The facts of `network` that state neither a source nor a basis.
std::vector<Fact> FactsWithoutProvenance(const Network& network);

// RolePointerIn()
//
// Where the file states `role` of `pillar`, relative to the pillar:
// "/roles/k"; for a role derived from a rotation's holders (`holders_of`),
// "/rotation_roles/k" of the declaration it was derived from.
std::string RolePointerIn(const Pillar& pillar, const Role& role);

}  // namespace netgov

#endif  // NETGOV_NETWORK_FACTS_HPP_
