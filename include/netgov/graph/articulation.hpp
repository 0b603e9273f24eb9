// File: netgov/graph/articulation.hpp
// -----------------------------------------------------------------------------
//
// The entities that hold the network together: entity vertices that are
// articulation points (`boost::articulation_points`), whose removal
// disconnects some part of the graph. Pillars that are cut vertices are not
// reported. A function template over Boost.Graph's VertexListGraph and
// IncidenceGraph concepts (undirected, with a vertex index) and a vertex-kind
// property map, so it runs on the as-of view of a `RelationGraph` and on any
// view of it.
//
// Example:
//
//   #include <iterator>
//   #include <vector>
//
//   #include "netgov/graph/articulation.hpp"
//   #include "netgov/io/default_network.hpp"
//
//   const netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   std::vector<netgov::graph::Vertex> cut;
//   netgov::graph::ArticulationEntities(g.AsOf(netgov::Date(2021, 12, 6)),
//                                       std::back_inserter(cut));
//   // cut: the vertices of ohchr and osapg

#ifndef NETGOV_GRAPH_ARTICULATION_HPP_
#define NETGOV_GRAPH_ARTICULATION_HPP_

#include <algorithm>
#include <iterator>
#include <vector>

#include "boost/graph/biconnected_components.hpp"
#include "netgov/graph/graph.hpp"

namespace netgov::graph {

// ArticulationEntities()
//
// Writes to `out` each entity vertex of `g` (kind from `kind`) that is an
// articulation point of `g`, once, in vertex-index order; returns the
// iterator past the last one written.
template <typename G, typename KindMap, typename OutputIterator>
OutputIterator ArticulationEntities(const G& g, KindMap kind, OutputIterator out) {
  using V = typename boost::graph_traits<G>::vertex_descriptor;
  std::vector<V> cut;
  boost::articulation_points(g, std::back_inserter(cut));
  const auto index = boost::get(boost::vertex_index, g);
  std::sort(cut.begin(), cut.end(),
            [&](V a, V b) { return get(index, a) < get(index, b); });
  cut.erase(std::unique(cut.begin(), cut.end()), cut.end());
  for (V v : cut) {
    if (get(kind, v) == VertexKind::kEntity) *out++ = v;
  }
  return out;
}

// ArticulationEntities()
//
// The same with the kinds read from the graph's bundled properties.
template <typename G, typename OutputIterator>
OutputIterator ArticulationEntities(const G& g, OutputIterator out) {
  return ArticulationEntities(g, VertexKindMap(g), out);
}

}  // namespace netgov::graph

#endif  // NETGOV_GRAPH_ARTICULATION_HPP_
