// File: netgov/graph/betweenness.hpp
// -----------------------------------------------------------------------------
//
// Betweenness centrality (Brandes, `boost::brandes_betweenness_centrality`)
// of every vertex of an undirected graph, RAW: the sum over unordered pairs
// {s, t} of other vertices of the share of shortest s-t paths through the
// vertex. In a path entity-pillar-entity the pillar scores 1 and each entity
// 0. Not normalised (divide by (n-1)(n-2)/2 to normalise). O(V E).
//
// Function templates over Boost.Graph's concepts (VertexListGraph,
// IncidenceGraph, a vertex index), so they run on the as-of view of a
// `RelationGraph` and on any view of it.
//
// Example:
//
//   #include <vector>
//
//   #include "netgov/graph/betweenness.hpp"
//   #include "netgov/io/default_network.hpp"
//
//   const netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   const std::vector<double> c =
//       netgov::graph::Betweenness(g.AsOf(netgov::Date(2021, 12, 6)));
//   // c[*g.FindPillar("times-of-crisis")] == 15

#ifndef NETGOV_GRAPH_BETWEENNESS_HPP_
#define NETGOV_GRAPH_BETWEENNESS_HPP_

#include <vector>

#include "boost/graph/betweenness_centrality.hpp"
#include "boost/property_map/property_map.hpp"
#include "netgov/graph/graph.hpp"

namespace netgov::graph {

// Betweenness()
//
// Puts the raw betweenness of every vertex of undirected `g` into the
// writable vertex property map `centrality` (for a directed graph Boost
// counts ordered pairs: twice the undirected value where both directions are
// edges).
template <typename G, typename CentralityMap>
void Betweenness(const G& g, CentralityMap centrality) {
  boost::brandes_betweenness_centrality(g, centrality);
}

// Betweenness()
//
// The raw betweenness of every vertex of `g`, indexed by
// `get(boost::vertex_index, g, v)`; 0 for vertices a view hides.
template <typename G>
std::vector<double> Betweenness(const G& g) {
  std::vector<double> centrality(boost::num_vertices(g), 0.0);
  Betweenness(g, boost::make_iterator_property_map(centrality.begin(),
                                                   boost::get(boost::vertex_index, g)));
  return centrality;
}

}  // namespace netgov::graph

#endif  // NETGOV_GRAPH_BETWEENNESS_HPP_
