// File: netgov/graph/leadership.hpp
// -----------------------------------------------------------------------------
//
// Who leads each pillar of a graph: pillars without a lead, and pillars whose
// only leads are provisional (no *real* lead). Function templates over
// Boost.Graph's VertexListGraph and IncidenceGraph concepts with property
// maps, so they run on the as-of view of a `RelationGraph` and on any view of
// it (a pillar a view hides is not listed: the as-of view hides pillars not
// yet launched).
//
// Example:
//
//   #include <iterator>
//   #include <vector>
//
//   #include "netgov/graph/leadership.hpp"
//   #include "netgov/io/default_network.hpp"
//
//   const netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   const netgov::graph::AsOfView view = g.AsOf(netgov::Date(2021, 12, 6));
//   std::vector<netgov::graph::Vertex> weak;
//   netgov::graph::PillarsWithLeadership(view, netgov::Leadership::kProvisional,
//                                        std::back_inserter(weak));
//   // weak == {*g.FindPillar("times-of-crisis")}

#ifndef NETGOV_GRAPH_LEADERSHIP_HPP_
#define NETGOV_GRAPH_LEADERSHIP_HPP_

#include "netgov/graph/graph.hpp"

namespace netgov::graph {

// PillarLeadership()
//
// The leadership of pillar vertex `pillar` in `g`: `kUnled` without a lead
// edge, `kProvisional` when every lead edge is provisional, else `kLed`.
template <typename G, typename RoleKindMap, typename ProvisionalMap>
Leadership PillarLeadership(const G& g,
                            typename boost::graph_traits<G>::vertex_descriptor pillar,
                            RoleKindMap role_kind, ProvisionalMap provisional) {
  int leads = 0;
  int confirmed = 0;
  for (auto [e, eend] = boost::out_edges(pillar, g); e != eend; ++e) {
    if (get(role_kind, *e) != RoleKind::kLead) continue;
    ++leads;
    if (!get(provisional, *e)) ++confirmed;
  }
  if (leads == 0) return Leadership::kUnled;
  return confirmed == 0 ? Leadership::kProvisional : Leadership::kLed;
}

// PillarsWithLeadership()
//
// Writes to `out` every pillar vertex of `g` (kind from `kind`) whose
// `PillarLeadership()` is `which`, in vertex order; returns the iterator past
// the last one written.
template <typename G, typename KindMap, typename RoleKindMap,
          typename ProvisionalMap, typename OutputIterator>
OutputIterator PillarsWithLeadership(const G& g, Leadership which, KindMap kind,
                                     RoleKindMap role_kind,
                                     ProvisionalMap provisional,
                                     OutputIterator out) {
  for (auto [v, vend] = boost::vertices(g); v != vend; ++v) {
    if (get(kind, *v) != VertexKind::kPillar) continue;
    if (PillarLeadership(g, *v, role_kind, provisional) == which) *out++ = *v;
  }
  return out;
}

// PillarsWithLeadership()
//
// The same with the kinds and flags read from the graph's bundled properties.
template <typename G, typename OutputIterator>
OutputIterator PillarsWithLeadership(const G& g, Leadership which,
                                     OutputIterator out) {
  return PillarsWithLeadership(g, which, VertexKindMap(g), RoleKindMap(g),
                               ProvisionalMap(g), out);
}

}  // namespace netgov::graph

#endif  // NETGOV_GRAPH_LEADERSHIP_HPP_
