// File: netgov/graph/workload.hpp
// -----------------------------------------------------------------------------
//
// Roles per entity: for every entity vertex of a graph, how many edges it has
// and how many of them are lead roles. A function template over Boost.Graph's
// VertexListGraph and IncidenceGraph concepts with property maps, so it runs
// on the as-of view of a `RelationGraph` and on any view of it.
//
// Example:
//
//   #include <vector>
//
//   #include "netgov/graph/workload.hpp"
//   #include "netgov/io/default_network.hpp"
//
//   const netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   const netgov::graph::AsOfView view = g.AsOf(netgov::Date(2021, 12, 6));
//   std::vector<int> leads(boost::num_vertices(view));
//   std::vector<int> roles(boost::num_vertices(view));
//   netgov::graph::Workload(view, leads.data(), roles.data());
//   // leads[*g.FindEntity("ohchr")] == 2

#ifndef NETGOV_GRAPH_WORKLOAD_HPP_
#define NETGOV_GRAPH_WORKLOAD_HPP_

#include "netgov/graph/graph.hpp"

namespace netgov::graph {

// Workload()
//
// For every vertex `v` of `g` whose kind (`get(kind, v)`) is an entity, puts
// the number of its out-edges in `g` into `roles` and the number of those
// whose role kind (`get(role_kind, e)`) is a lead, provisional ones included,
// into `leads`. Other vertices are left alone. `leads` and `roles` are
// writable vertex property maps (a pointer works for graphs whose vertex
// descriptors are indexes, as `RelationGraph`'s are).
template <typename G, typename KindMap, typename RoleKindMap, typename LeadsMap,
          typename RolesMap>
void Workload(const G& g, KindMap kind, RoleKindMap role_kind, LeadsMap leads,
              RolesMap roles) {
  for (auto [v, vend] = boost::vertices(g); v != vend; ++v) {
    if (get(kind, *v) != VertexKind::kEntity) continue;
    int lead_count = 0;
    int role_count = 0;
    for (auto [e, eend] = boost::out_edges(*v, g); e != eend; ++e) {
      ++role_count;
      if (get(role_kind, *e) == RoleKind::kLead) ++lead_count;
    }
    put(leads, *v, lead_count);
    put(roles, *v, role_count);
  }
}

// Workload()
//
// The same with the kinds read from the graph's bundled properties: `g` is a
// `Graph` or a (filtered) view of one.
template <typename G, typename LeadsMap, typename RolesMap>
void Workload(const G& g, LeadsMap leads, RolesMap roles) {
  Workload(g, VertexKindMap(g), RoleKindMap(g), leads, roles);
}

}  // namespace netgov::graph

#endif  // NETGOV_GRAPH_WORKLOAD_HPP_
