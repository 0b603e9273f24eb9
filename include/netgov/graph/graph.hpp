// File: netgov/graph/graph.hpp
// -----------------------------------------------------------------------------
//
// The entity-pillar relationship graph, in Boost.Graph, and its as-of views.
//
// `RelationGraph` holds one vertex per entity and one per pillar of a
// `Network`, and one undirected edge per role (entity -- pillar), with the
// role's kind, validity and provisional flag as bundled edge properties. The
// graph is built once, for all time; `AsOf()` gives a `boost::filtered_graph`
// over it that keeps only what holds on one date (roles valid that day,
// entities that are members, pillars that are launched) without copying
// anything, so every Boost.Graph algorithm runs on the network as it stood on
// that date.
//
// Vertices are numbered entities first, in file order (vertex `i` is
// `network.entities()[i]`), then pillars in file order.
//
// Example:
//
//   netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   netgov::graph::AsOfView view = g.AsOf(netgov::Date(2021, 12, 6));
//   for (auto [it, end] = boost::edges(view); it != end; ++it) {
//     const netgov::graph::EdgeProps& role = view[*it];
//     // role.kind, role.provisional, role.valid
//   }

#ifndef NETGOV_GRAPH_GRAPH_HPP_
#define NETGOV_GRAPH_GRAPH_HPP_

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boost/graph/adjacency_list.hpp"
#include "boost/graph/filtered_graph.hpp"
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
// `network.entities()` or `network.pillars()`.
struct VertexProps {
  VertexKind kind = VertexKind::kEntity;
  std::size_t index = 0;
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

// RelationGraph
//
// Owns a copy of the network handle (cheap: `Network` is a shared pointer)
// and the graph built from it.
class RelationGraph {
 public:
  // Builds the graph: one vertex per entity and pillar, one edge per role.
  explicit RelationGraph(Network network);

  const Network& network() const { return network_; }
  const Graph& graph() const { return graph_; }
  std::size_t num_entities() const { return num_entities_; }
  std::size_t num_pillars() const { return num_pillars_; }

  // AsOf()
  //
  // The view of the graph on `day`; O(1), copies nothing.
  AsOfView AsOf(Date day) const;

  // EntityVertex(), PillarVertex()
  //
  // The vertex of the entity (pillar) at `index` in file order.
  Vertex EntityVertex(std::size_t index) const { return index; }
  Vertex PillarVertex(std::size_t index) const { return num_entities_ + index; }

  // FindEntity()
  //
  // The vertex of the entity `key` names (id, acronym, name or alias; see
  // `Network::ResolveEntity()`), or nullopt.
  std::optional<Vertex> FindEntity(std::string_view key) const;

  // IsEntity()
  bool IsEntity(Vertex v) const { return v < num_entities_; }

  // EntityOf(), PillarOf()
  //
  // What vertex `v` stands for; `v` must be of that kind.
  const Entity& EntityOf(Vertex v) const { return network_.entities()[v]; }
  const Pillar& PillarOf(Vertex v) const {
    return network_.pillars()[v - num_entities_];
  }

  // IdOf()
  //
  // The id of the entity or pillar `v` stands for.
  const std::string& IdOf(Vertex v) const {
    return IsEntity(v) ? EntityOf(v).id.str() : PillarOf(v).id.str();
  }

  // EntityRank()
  //
  // The position of entity vertex `v` when entities are sorted by id, so
  // listings can be sorted by id without comparing strings.
  std::size_t EntityRank(Vertex v) const { return entity_rank_[v]; }

 private:
  Network network_;
  Graph graph_;
  std::size_t num_entities_ = 0;
  std::size_t num_pillars_ = 0;
  std::vector<std::size_t> entity_rank_;
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
