// File: netgov/graph/projection.hpp
// -----------------------------------------------------------------------------
//
// The co-membership projection of the entity-pillar graph: each pair of
// entities with the number of pillars both have an edge to (roles of any
// kind; an entity with two roles in one pillar counts it once). A function
// template over Boost.Graph's VertexListGraph and IncidenceGraph concepts
// with property maps, so it runs on the as-of view of a `RelationGraph` and
// on any view of it (lead edges only, say: pairs of co-leads).
//
// Its cost is that of the graph's edges plus the pairs it produces, each met
// once per shared pillar: entity by entity in rank order, the entities after
// it in its pillars are counted in a dense array (no hashing, no global
// sort).
//
// Example:
//
//   #include <vector>
//
//   #include "netgov/graph/projection.hpp"
//   #include "netgov/io/default_network.hpp"
//
//   const netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   const netgov::graph::AsOfView view = g.AsOf(netgov::Date(2021, 12, 6));
//   const std::vector<netgov::graph::ProjectionPair> pairs =
//       netgov::graph::ProjectionPairs(view, g.IdRankMap());
//   // pairs[0]: dgc and unfpa share 1 pillar (g.IdOf(pairs[0].a) == "dgc")

#ifndef NETGOV_GRAPH_PROJECTION_HPP_
#define NETGOV_GRAPH_PROJECTION_HPP_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "netgov/graph/graph.hpp"

namespace netgov::graph {

// ProjectionPair
//
// A pair of the projection, as vertex indexes (`get(boost::vertex_index, g,
// v)`; for a `RelationGraph`, positions in `network.entities()`): the compact
// form, 12 bytes a pair.
struct ProjectionPair {
  std::uint32_t a = 0;
  std::uint32_t b = 0;
  int shared = 0;

  friend bool operator==(const ProjectionPair&, const ProjectionPair&) = default;
};

// ProjectionPairs()
//
// The projection of `g` onto its entity vertices (kind from `kind`): every
// pair sharing at least one pillar, sorted by (rank of a, rank of b) with
// rank of a < rank of b. `rank` gives each entity vertex of `g` a distinct
// value below `num_vertices(g)` (`RelationGraph::IdRankMap()`: by id).
template <typename G, typename KindMap, typename Rank>
std::vector<ProjectionPair> ProjectionPairs(const G& g, KindMap kind, Rank rank) {
  // One pass over the pillars' edges lists each pillar's entities as ranks,
  // sorted and distinct, and, transposed, each entity's pillars. Then entity
  // by entity in rank order, each of its pillars gives the pillar's entities
  // after it: every pair is met once per shared pillar and counted in a
  // dense array.
  const std::size_t n = boost::num_vertices(g);
  const auto index = boost::get(boost::vertex_index, g);
  std::vector<std::uint32_t> by_rank(n);
  // Entities of the p-th pillar met: members[first_member[p] ..
  // first_member[p + 1]).
  std::vector<std::size_t> first_member(1, 0);
  std::vector<std::uint32_t> members;
  for (auto [v, vend] = boost::vertices(g); v != vend; ++v) {
    if (get(kind, *v) == VertexKind::kEntity) {
      by_rank[get(rank, *v)] = static_cast<std::uint32_t>(get(index, *v));
      continue;
    }
    const std::size_t first = members.size();
    for (auto [e, eend] = boost::out_edges(*v, g); e != eend; ++e) {
      const auto t = boost::target(*e, g);
      if (get(kind, t) == VertexKind::kEntity) {
        members.push_back(static_cast<std::uint32_t>(get(rank, t)));
      }
    }
    const auto begin = members.begin() + static_cast<std::ptrdiff_t>(first);
    std::sort(begin, members.end());
    members.erase(std::unique(begin, members.end()), members.end());
    first_member.push_back(members.size());
  }
  const std::size_t m = first_member.size() - 1;
  // Pillars of entity rank r: pillars_of[first_pillar[r] .. first_pillar[r + 1]).
  std::vector<std::size_t> first_pillar(n + 1, 0);
  for (std::uint32_t r : members) ++first_pillar[r + 1];
  for (std::size_t r = 0; r < n; ++r) first_pillar[r + 1] += first_pillar[r];
  std::vector<std::uint32_t> pillars_of(members.size());
  {
    std::vector<std::size_t> next(first_pillar.begin(), first_pillar.end() - 1);
    for (std::size_t p = 0; p < m; ++p) {
      for (std::size_t k = first_member[p]; k < first_member[p + 1]; ++k) {
        pillars_of[next[members[k]]++] = static_cast<std::uint32_t>(p);
      }
    }
  }
  // Entities are taken in rank order, so when rank ra reaches pillar p, the
  // members of p before ra are done: ra is members[seen[p]] and the ones
  // after it are its partners through p.
  std::vector<std::size_t> seen(first_member.begin(), first_member.end() - 1);
  std::vector<int> count(n, 0);
  std::vector<std::uint32_t> touched;
  std::vector<ProjectionPair> out;
  for (std::size_t ra = 0; ra < n; ++ra) {
    if (first_pillar[ra] == first_pillar[ra + 1]) continue;
    touched.clear();
    for (std::size_t k = first_pillar[ra]; k < first_pillar[ra + 1]; ++k) {
      const std::uint32_t p = pillars_of[k];
      const std::size_t after = ++seen[p];
      for (std::size_t j = after; j < first_member[p + 1]; ++j) {
        const std::uint32_t rb = members[j];
        if (count[rb]++ == 0) touched.push_back(rb);
      }
    }
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t rb : touched) {
      out.push_back({by_rank[ra], by_rank[rb], count[rb]});
      count[rb] = 0;
    }
  }
  return out;
}

// ProjectionPairs()
//
// The same with the kinds read from the graph's bundled properties.
template <typename G, typename Rank>
std::vector<ProjectionPair> ProjectionPairs(const G& g, Rank rank) {
  return ProjectionPairs(g, VertexKindMap(g), rank);
}

}  // namespace netgov::graph

#endif  // NETGOV_GRAPH_PROJECTION_HPP_
