// File: netgov/graph/paths.hpp
// -----------------------------------------------------------------------------
//
// Shortest paths by breadth-first search (`boost::breadth_first_search`):
// from one vertex to another, the vertices along a path with the fewest
// edges. In the entity-pillar graph a path alternates entity and pillar. A
// function template over Boost.Graph's VertexListGraph and IncidenceGraph
// concepts (with a vertex index), so it runs on the as-of view of a
// `RelationGraph` and on any view of it.
//
// Example:
//
//   #include <vector>
//
//   #include "netgov/graph/paths.hpp"
//   #include "netgov/io/default_network.hpp"
//
//   const netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   const std::vector<netgov::graph::Vertex> path = netgov::graph::ShortestVertexPath(
//       g.AsOf(netgov::Date(2022, 1, 1)), *g.FindEntity("unhcr"), *g.FindEntity("who"));
//   // path: unhcr, leave-no-one-behind, who (g.IdOf(path[1]))

#ifndef NETGOV_GRAPH_PATHS_HPP_
#define NETGOV_GRAPH_PATHS_HPP_

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

#include "boost/graph/breadth_first_search.hpp"
#include "boost/property_map/property_map.hpp"
#include "netgov/graph/graph.hpp"

namespace netgov::graph {

// HasVertex()
//
// Whether `g` keeps vertex `v` (a view may hide it). O(V) for a view.
template <typename G>
bool HasVertex(const G& g, typename boost::graph_traits<G>::vertex_descriptor v) {
  auto [it, end] = boost::vertices(g);
  return std::find(it, end, v) != end;
}

// ShortestVertexPath()
//
// The vertices along a shortest path of `g` from `from` to `to`, both
// included (just `from` when they are the same); among shortest paths, the
// one breadth-first search finds visiting out-edges in `g`'s order. Empty
// when there is none, or when `g` does not keep `from` or `to`.
template <typename G>
std::vector<typename boost::graph_traits<G>::vertex_descriptor> ShortestVertexPath(
    const G& g, typename boost::graph_traits<G>::vertex_descriptor from,
    typename boost::graph_traits<G>::vertex_descriptor to) {
  using V = typename boost::graph_traits<G>::vertex_descriptor;
  std::vector<V> path;
  if (!HasVertex(g, from) || !HasVertex(g, to)) return path;
  const auto index = boost::get(boost::vertex_index, g);
  std::vector<V> pred(boost::num_vertices(g));
  std::vector<boost::default_color_type> color(boost::num_vertices(g),
                                               boost::white_color);
  auto preds = boost::make_iterator_property_map(pred.begin(), index);
  boost::breadth_first_search(
      g, from,
      boost::visitor(boost::make_bfs_visitor(
                         boost::record_predecessors(preds, boost::on_tree_edge())))
          .color_map(boost::make_iterator_property_map(color.begin(), index)));
  if (color[get(index, to)] == boost::white_color) return path;
  for (V v = to;; v = pred[get(index, v)]) {
    path.push_back(v);
    if (v == from) break;
  }
  std::reverse(path.begin(), path.end());
  return path;
}

}  // namespace netgov::graph

#endif  // NETGOV_GRAPH_PATHS_HPP_
