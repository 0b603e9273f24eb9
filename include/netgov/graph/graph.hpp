// File: netgov/graph/graph.hpp
// -----------------------------------------------------------------------------
//
// The entity-pillar relationship graph, in Boost.Graph, its as-of views and
// its property maps.
//
// `RelationGraph` holds one vertex per entity and one per pillar of a
// `Network`, and one undirected edge per role (entity -- pillar), with the
// role's kind, validity and provisional flag as bundled edge properties. The
// graph is built once, for all time; `AsOf()` gives a `boost::filtered_graph`
// over it that keeps only what holds on one date (roles valid that day,
// entities that are members, pillars that are launched) without copying
// anything, so every Boost.Graph algorithm runs on the network as it stood on
// that date, and so do netgov's own analyses, which are function templates
// over Boost.Graph's concepts in their own headers:
//
//   netgov/graph/workload.hpp      roles and lead roles per entity
//   netgov/graph/leadership.hpp    pillars without a lead, or a real one
//   netgov/graph/betweenness.hpp   Brandes betweenness
//   netgov/graph/projection.hpp    the entity co-membership projection
//   netgov/graph/articulation.hpp  entities that are articulation points
//   netgov/graph/paths.hpp         shortest paths
//   netgov/graph/what_if.hpp       what changes if an entity leaves
//
// They read the graph through property maps (below: `VertexKindMap()`,
// `RoleKindMap()`, ...), so they run as well on any further view a user makes
// (lead edges only, say) with `boost::filtered_graph`.
// `netgov/graph/analysis.hpp` answers the usual questions for one date
// without templates.
//
// Vertices are numbered entities first, in file order (vertex `i` is
// `network.entities()[i]`), then pillars in file order.
//
// Ownership: a `RelationGraph` is a handle to immutable, shared storage.
// Copying or moving one shares the storage (a moved-from graph stays usable),
// and the storage never moves, so an `AsOfView` stays valid as long as any
// copy of the `RelationGraph` it came from lives. `AsOf()` cannot be called
// on a temporary (that overload is deleted): the view would outlive it.
//
// Example:
//
//   #include "netgov/graph/graph.hpp"
//   #include "netgov/io/default_network.hpp"
//
//   const netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   const netgov::graph::AsOfView view = g.AsOf(netgov::Date(2021, 12, 6));
//   const auto role_kind = netgov::graph::RoleKindMap(view);
//   int leads = 0;
//   for (auto [it, end] = boost::edges(view); it != end; ++it) {
//     if (get(role_kind, *it) == netgov::RoleKind::kLead) ++leads;
//   }

#ifndef NETGOV_GRAPH_GRAPH_HPP_
#define NETGOV_GRAPH_GRAPH_HPP_

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/base/attributes.h"
#include "boost/graph/adjacency_list.hpp"
#include "boost/graph/filtered_graph.hpp"
#include "boost/property_map/property_map.hpp"
#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"
#include "netgov/network/network.hpp"

namespace netgov::graph {

// VertexKind
enum class VertexKind { kEntity, kPillar };

}  // namespace netgov::graph

namespace netgov {

template <>
struct EnumTraits<graph::VertexKind> {
  static constexpr std::array<std::string_view, 2> kNames = {"entity",
                                                             "pillar"};
};

}  // namespace netgov

namespace netgov::graph {

// VertexProps
//
// Bundled vertex property: what the vertex stands for, as a position in
// `network.entities()` or `network.pillars()`, and its id (a view of the
// network's string, valid as long as the graph).
struct VertexProps {
  VertexKind kind = VertexKind::kEntity;
  std::size_t index = 0;
  std::string_view id;
};

// EdgeProps
//
// Bundled edge property: one role. `pillar` and `role` locate it in the
// network (`network.pillars()[pillar].roles[role]`).
struct EdgeProps {
  RoleKind kind = RoleKind::kMember;
  bool provisional = false;
  Interval valid;
  std::size_t pillar = 0;
  std::size_t role = 0;
};

// Graph
//
// Undirected; vertices and edges in vectors (the graph is never edited after
// it is built, so descriptors stay valid).
using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                          VertexProps, EdgeProps, boost::no_property,
                          boost::vecS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// VertexKindMap(), VertexIdMap()
//
// Readable property maps of a vertex's kind and id (`std::string_view`), for
// the graph and for any view of it (`boost::filtered_graph` of it, or of a
// view of it): `get(VertexKindMap(g), v)`.
template <typename G>
auto VertexKindMap(const G& g) {
  return boost::get(&VertexProps::kind, g);
}
template <typename G>
auto VertexIdMap(const G& g) {
  return boost::get(&VertexProps::id, g);
}

// RoleKindMap(), ValidityMap(), ProvisionalMap()
//
// Readable property maps of an edge's role kind, validity (`Interval`) and
// provisional flag, for the graph and any view of it.
template <typename G>
auto RoleKindMap(const G& g) {
  return boost::get(&EdgeProps::kind, g);
}
template <typename G>
auto ValidityMap(const G& g) {
  return boost::get(&EdgeProps::valid, g);
}
template <typename G>
auto ProvisionalMap(const G& g) {
  return boost::get(&EdgeProps::provisional, g);
}

// RankMap
//
// A readable property map giving each vertex its place in netgov's listing
// order (see `RelationGraph::IdRankMap()`).
using RankMap =
    boost::iterator_property_map<const std::size_t*,
                                 boost::typed_identity_property_map<Vertex>,
                                 std::size_t, const std::size_t&>;

// RoleValidOn
//
// Edge predicate of the as-of view: the role holds on `day`.
struct RoleValidOn {
  const Graph* graph = nullptr;
  Date day;
  bool operator()(const Edge& e) const { return (*graph)[e].valid.Contains(day); }
};

// PresentOn
//
// Vertex predicate of the as-of view: an entity that is a member on `day`, a
// pillar launched by `day`. Edges to absent vertices are hidden too.
struct PresentOn {
  const Graph* graph = nullptr;
  const Network* network = nullptr;
  Date day;
  bool operator()(Vertex v) const;
};

// AsOfView
//
// The network's graph as it stood on one date: a `boost::filtered_graph`, so
// `num_vertices()` still counts every vertex of the underlying graph (vertex
// descriptors and `vertex_index` are shared with it).
using AsOfView = boost::filtered_graph<Graph, RoleValidOn, PresentOn>;

namespace detail {

// What a `RelationGraph` shares between its copies.
struct RelationData {
  Network network;
  Graph graph;
  std::size_t num_entities = 0;
  std::size_t num_pillars = 0;
  std::vector<std::size_t> rank;
};

}  // namespace detail

// RelationGraph
//
// A handle to the graph built from a network (and to that network: a copy of
// the cheap `Network` handle). Copies and moves share the storage.
class RelationGraph {
 public:
  // Builds the graph: one vertex per entity and pillar, one edge per role.
  explicit RelationGraph(Network network);

  // Copying shares the storage; there is no move that empties the source.
  RelationGraph(const RelationGraph&) = default;
  RelationGraph& operator=(const RelationGraph&) = default;
  ~RelationGraph() = default;

  const Network& network() const ABSL_ATTRIBUTE_LIFETIME_BOUND { return data_->network; }
  const Graph& graph() const ABSL_ATTRIBUTE_LIFETIME_BOUND { return data_->graph; }
  std::size_t num_entities() const { return data_->num_entities; }
  std::size_t num_pillars() const { return data_->num_pillars; }

  // AsOf()
  //
  // The view of the graph on `day`; O(1), copies nothing. Valid as long as
  // any copy of this graph lives; not callable on a temporary.
  AsOfView AsOf(Date day) const& ABSL_ATTRIBUTE_LIFETIME_BOUND;
  AsOfView AsOf(Date day) const&& = delete;

  // EntityVertex(), PillarVertex()
  //
  // The vertex of the entity (pillar) at `index` in file order.
  Vertex EntityVertex(std::size_t index) const { return index; }
  Vertex PillarVertex(std::size_t index) const { return data_->num_entities + index; }

  // FindEntity()
  //
  // The vertex of the entity `key` names (id, acronym, name or alias; see
  // `Network::ResolveEntity()`), or nullopt.
  std::optional<Vertex> FindEntity(std::string_view key) const;

  // FindPillar()
  //
  // The vertex of the pillar `key` names (as `Network::LookupPillar()`
  // accepts it), or nullopt.
  std::optional<Vertex> FindPillar(std::string_view key) const;

  // IsEntity()
  bool IsEntity(Vertex v) const { return v < data_->num_entities; }

  // EntityOf(), PillarOf()
  //
  // What vertex `v` stands for; `v` must be of that kind.
  const Entity& EntityOf(Vertex v) const ABSL_ATTRIBUTE_LIFETIME_BOUND {
    return data_->network.entities()[v];
  }
  const Pillar& PillarOf(Vertex v) const ABSL_ATTRIBUTE_LIFETIME_BOUND {
    return data_->network.pillars()[v - data_->num_entities];
  }

  // IdOf()
  //
  // The id of the entity or pillar `v` stands for.
  const std::string& IdOf(Vertex v) const ABSL_ATTRIBUTE_LIFETIME_BOUND {
    return IsEntity(v) ? EntityOf(v).id.str() : PillarOf(v).id.str();
  }

  // EntityRank()
  //
  // The position of entity vertex `v` when entities are sorted by id, so
  // listings can be sorted by id without comparing strings.
  std::size_t EntityRank(Vertex v) const { return data_->rank[v]; }

  // IdRankMap()
  //
  // Every vertex's place in netgov's listing order: entities by id
  // (0 .. num_entities() - 1), then pillars by (number, id). The order the
  // analysis templates sort their results by. Valid as long as the graph.
  RankMap IdRankMap() const ABSL_ATTRIBUTE_LIFETIME_BOUND {
    return RankMap(data_->rank.data());
  }

 private:
  std::shared_ptr<const detail::RelationData> data_;
};

// EntitiesIn()
//
// The entity vertices `view` keeps, sorted by entity id.
std::vector<Vertex> EntitiesIn(const RelationGraph& graph, const AsOfView& view);

// PillarsIn()
//
// The pillar vertices `view` keeps, in the canonical order (PillarLess).
std::vector<Vertex> PillarsIn(const RelationGraph& graph, const AsOfView& view);

// RolesIn()
//
// The edges of pillar vertex `pillar` in `view`, sorted by entity id, then
// by the role's position in the pillar.
std::vector<Edge> RolesIn(const RelationGraph& graph, const AsOfView& view,
                          Vertex pillar);

}  // namespace netgov::graph

#endif  // NETGOV_GRAPH_GRAPH_HPP_
