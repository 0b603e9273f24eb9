// File: netgov/graph/what_if.hpp
// -----------------------------------------------------------------------------
//
// What-if: what changes in a graph if one entity leaves it. The pillars
// where it is a lead and no other lead remains, and the entities cut off:
// the entity's connected component falls into pieces once it is removed
// (`boost::connected_components` on a `boost::filtered_graph` without it);
// every entity outside the largest piece (most entities; ties go to the
// piece holding the entity of smallest rank) is cut off. A function template
// over Boost.Graph's VertexListGraph and IncidenceGraph concepts (undirected,
// with a vertex index) and property maps, so it runs on the as-of view of a
// `RelationGraph` and on any view of it.
//
// Example:
//
//   #include "netgov/graph/what_if.hpp"
//   #include "netgov/io/default_network.hpp"
//
//   const netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   const netgov::graph::LeaveEffect<netgov::graph::Vertex> effect =
//       netgov::graph::IfVertexLeaves(g.AsOf(netgov::Date(2021, 12, 6)),
//                                     *g.FindEntity("ohchr"), g.IdRankMap());
//   // effect.pillars_losing_lead: times-of-crisis; entities_cut_off: unesco

#ifndef NETGOV_GRAPH_WHAT_IF_HPP_
#define NETGOV_GRAPH_WHAT_IF_HPP_

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

#include "boost/graph/breadth_first_search.hpp"
#include "boost/graph/connected_components.hpp"
#include "boost/graph/filtered_graph.hpp"
#include "boost/property_map/property_map.hpp"
#include "netgov/graph/graph.hpp"
#include "netgov/graph/paths.hpp"

namespace netgov::graph {

// LeaveEffect
//
// What `IfVertexLeaves()` finds, as vertices of the graph, each list sorted
// by rank.
template <typename V>
struct LeaveEffect {
  std::vector<V> pillars_losing_lead;
  std::vector<V> entities_cut_off;
};

// AllBut
//
// Vertex predicate of a `boost::filtered_graph`: every vertex but `gone`.
template <typename V>
struct AllBut {
  V gone{};
  bool operator()(const V& v) const { return v != gone; }
};

namespace detail {

// A piece of the graph once the entity left: its entities and the smallest
// rank among them.
struct Piece {
  std::size_t entities = 0;
  std::size_t smallest_rank = std::numeric_limits<std::size_t>::max();
};

}  // namespace detail

// IfVertexLeaves()
//
// What changes in `g` if entity vertex `gone` leaves (kinds from `kind`,
// role kinds from `role_kind`; `rank` orders vertices, as
// `RelationGraph::IdRankMap()` does). Nothing when `g` does not keep `gone`.
template <typename G, typename KindMap, typename RoleKindMap, typename Rank>
LeaveEffect<typename boost::graph_traits<G>::vertex_descriptor> IfVertexLeaves(
    const G& g, typename boost::graph_traits<G>::vertex_descriptor gone,
    KindMap kind, RoleKindMap role_kind, Rank rank) {
  using V = typename boost::graph_traits<G>::vertex_descriptor;
  LeaveEffect<V> effect;
  if (!HasVertex(g, gone)) return effect;
  auto by_rank = [&](V a, V b) { return get(rank, a) < get(rank, b); };
  for (auto [e, eend] = boost::out_edges(gone, g); e != eend; ++e) {
    if (get(role_kind, *e) != RoleKind::kLead) continue;
    const V pillar = boost::target(*e, g);
    bool other = false;
    for (auto [f, fend] = boost::out_edges(pillar, g); f != fend; ++f) {
      other = other || (get(role_kind, *f) == RoleKind::kLead &&
                        boost::target(*f, g) != gone);
    }
    if (!other) effect.pillars_losing_lead.push_back(pillar);
  }
  std::sort(effect.pillars_losing_lead.begin(), effect.pillars_losing_lead.end(), by_rank);
  effect.pillars_losing_lead.erase(
      std::unique(effect.pillars_losing_lead.begin(), effect.pillars_losing_lead.end()),
      effect.pillars_losing_lead.end());

  // The component `gone` belonged to, then its pieces without it.
  const auto index = boost::get(boost::vertex_index, g);
  const std::size_t n = boost::num_vertices(g);
  std::vector<boost::default_color_type> reached(n, boost::white_color);
  boost::breadth_first_search(
      g, gone, boost::color_map(boost::make_iterator_property_map(reached.begin(), index)));
  const boost::filtered_graph<G, boost::keep_all, AllBut<V>> without(
      g, boost::keep_all(), AllBut<V>{gone});
  std::vector<std::size_t> piece(n, 0);
  const std::size_t pieces = boost::connected_components(
      without, boost::make_iterator_property_map(piece.begin(), index));
  constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
  std::vector<detail::Piece> size(pieces);
  std::vector<V> others;
  for (auto [v, vend] = boost::vertices(g); v != vend; ++v) {
    const std::size_t i = get(index, *v);
    if (*v == gone || reached[i] == boost::white_color ||
        get(kind, *v) != VertexKind::kEntity) {
      continue;
    }
    others.push_back(*v);
    detail::Piece& p = size[piece[i]];
    ++p.entities;
    p.smallest_rank = std::min<std::size_t>(p.smallest_rank, get(rank, *v));
  }
  std::size_t main = kNone;
  for (std::size_t p = 0; p < pieces; ++p) {
    if (size[p].entities == 0) continue;
    if (main == kNone || size[p].entities > size[main].entities ||
        (size[p].entities == size[main].entities &&
         size[p].smallest_rank < size[main].smallest_rank)) {
      main = p;
    }
  }
  for (V v : others) {
    if (piece[get(index, v)] != main) effect.entities_cut_off.push_back(v);
  }
  std::sort(effect.entities_cut_off.begin(), effect.entities_cut_off.end(), by_rank);
  return effect;
}

// IfVertexLeaves()
//
// The same with the kinds read from the graph's bundled properties.
template <typename G, typename Rank>
LeaveEffect<typename boost::graph_traits<G>::vertex_descriptor> IfVertexLeaves(
    const G& g, typename boost::graph_traits<G>::vertex_descriptor gone, Rank rank) {
  return IfVertexLeaves(g, gone, VertexKindMap(g), RoleKindMap(g), rank);
}

}  // namespace netgov::graph

#endif  // NETGOV_GRAPH_WHAT_IF_HPP_
