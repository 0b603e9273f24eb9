// Small networks built in code for the graph and validate tests, whose
// answers are worked out by hand in the tests.
#ifndef NETGOV_TESTS_GRAPH_SMALL_NETWORKS_HPP_
#define NETGOV_TESTS_GRAPH_SMALL_NETWORKS_HPP_

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "netgov/network/network_builder.hpp"

namespace netgov::testing {

// RoleSpec: (entity id, kind) valid throughout.
struct RoleSpec {
  std::string entity;
  RoleKind kind = RoleKind::kMember;
  bool provisional = false;
  Interval valid = {};
};

// SmallNetwork()
//
// Entities with the given ids (acronyms upper-cased ids), and pillars p1, p2,
// ... (numbered from 1, launched throughout) with the given roles.
inline Network SmallNetwork(const std::vector<std::string>& entities,
                            const std::vector<std::vector<RoleSpec>>& pillars) {
  NetworkBuilder b(NetworkInfo{"small", "Small", "", "", ""});
  for (const std::string& id : entities) {
    std::string acronym;
    for (char c : id) acronym += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    Entity e;
    e.id = EntityId(id);
    e.acronym = acronym;
    e.name = absl::StrCat("Entity ", id);
    b.AddEntity(std::move(e));
  }
  for (std::size_t i = 0; i < pillars.size(); ++i) {
    Pillar p;
    p.id = PillarId(absl::StrCat("p", i + 1));
    p.number = static_cast<int>(i + 1);
    p.name = absl::StrCat("Pillar ", i + 1);
    for (const RoleSpec& r : pillars[i]) {
      p.roles.push_back({EntityId(r.entity), r.kind, r.provisional, r.valid, "", ""});
    }
    b.AddPillar(std::move(p));
  }
  absl::StatusOr<Network> net = std::move(b).Build();
  EXPECT_TRUE(net.ok()) << net.status();
  return net.ok() ? *std::move(net) : Network();
}

}  // namespace netgov::testing

#endif  // NETGOV_TESTS_GRAPH_SMALL_NETWORKS_HPP_
