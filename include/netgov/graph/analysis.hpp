// File: netgov/graph/analysis.hpp
// -----------------------------------------------------------------------------
//
// Structural questions about a network as of a date, answered without
// templates over the as-of view of the entity-pillar graph
// (`netgov/graph/graph.hpp`), with results as ids. Each is one of the
// function templates of the graph engine's own headers, which run on any
// view of the graph:
//
//   - workload (`netgov/graph/workload.hpp`): per entity, lead roles and all
//     roles;
//   - betweenness centrality (`netgov/graph/betweenness.hpp`, Brandes) over
//     the entity-pillar graph, RAW: the sum over unordered pairs {s, t} of
//     other vertices of the share of shortest s-t paths through the vertex.
//     In a path entity-pillar-entity the pillar scores 1 and each entity 0.
//     Not normalised (divide by (n-1)(n-2)/2 to normalise);
//   - the co-membership projection (`netgov/graph/projection.hpp`): each pair
//     of entities with the number of pillars they share (roles of any kind);
//   - articulation points (`netgov/graph/articulation.hpp`): the ENTITIES
//     whose removal disconnects some part of the graph (pillars that are cut
//     vertices are not reported);
//   - pillars with no lead, or only a provisional one
//     (`netgov/graph/leadership.hpp`); entities with no role;
//   - the shortest path between two entities through pillars
//     (`netgov/graph/paths.hpp`, breadth-first search);
//   - what-if (`netgov/graph/what_if.hpp`): if an entity leaves, the pillars
//     that lose their lead and the entities cut off.
//
// Only what holds on the date takes part: roles valid that day, entities that
// are members, pillars that are launched. Every listing is sorted as its
// comment says, so results are deterministic.
//
// Example:
//
//   #include <iostream>
//
//   #include "netgov/graph/analysis.hpp"
//   #include "netgov/io/default_network.hpp"
//
//   const netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   const netgov::graph::Analysis a = netgov::graph::Analyze(g, netgov::Date(2021, 12, 6));
//   for (const auto& e : a.entities) std::cout << e.entity << " " << e.betweenness << "\n";

#ifndef NETGOV_GRAPH_ANALYSIS_HPP_
#define NETGOV_GRAPH_ANALYSIS_HPP_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "netgov/core/date.hpp"
#include "netgov/core/id.hpp"
#include "netgov/core/progress.hpp"
#include "netgov/graph/graph.hpp"
#include "netgov/graph/projection.hpp"

namespace netgov::graph {

// EntityLoad
//
// One entity's part in the network on the date.
struct EntityLoad {
  EntityId entity;
  int leads = 0;        // lead roles, provisional ones included
  int roles = 0;        // roles of any kind
  double betweenness = 0.0;  // raw, see the file comment

  friend bool operator==(const EntityLoad&, const EntityLoad&) = default;
};

// SharedPillars
//
// A pair of entities (`a` < `b` by id) and how many pillars both have a role
// in.
struct SharedPillars {
  EntityId a;
  EntityId b;
  int shared = 0;

  friend bool operator==(const SharedPillars&, const SharedPillars&) = default;
};

// kMaxBetweennessVertices
//
// Brandes betweenness is O(V E): above this many vertices in the graph
// `Analyze()` leaves it out (about 20 s at this size) rather than run for
// hours; call `Betweenness()` directly to compute it anyway.
inline constexpr std::size_t kMaxBetweennessVertices = 10'000;

// Analysis
struct Analysis {
  Date as_of;
  // False when the graph was too large for betweenness (all values 0).
  bool has_betweenness = true;
  // Every member entity on the date, sorted by id.
  std::vector<EntityLoad> entities;
  // Pairs sharing at least one pillar, sorted by (a, b).
  std::vector<SharedPillars> projection;
  // Sorted by id.
  std::vector<EntityId> articulation_points;
  // Launched pillars with no lead at all; in the canonical order (PillarLess).
  std::vector<PillarId> unled_pillars;
  // Launched pillars whose only leads are provisional; same order.
  std::vector<PillarId> provisional_pillars;
  // Member entities with no role on the date; sorted by id.
  std::vector<EntityId> entities_without_role;
};

// AnalyzeOptions
//
// `progress`, when set, is told of each step of `Analyze()` as a stage of
// one unit: "betweenness", "workload", "projection", "articulation points"
// (netgov/core/progress.hpp). It does not change the analysis.
struct AnalyzeOptions {
  ProgressFn progress = {};
};

// Analyze()
//
// Everything above, as of `as_of`.
Analysis Analyze(const RelationGraph& graph, Date as_of, const AnalyzeOptions& options = {});

// Betweenness()
//
// Raw betweenness of every vertex of `view` (indexed by vertex; 0 for vertices
// the view hides). The template of `netgov/graph/betweenness.hpp` for one
// type of view.
std::vector<double> Betweenness(const AsOfView& view);

// ProjectionPairs()
//
// The co-membership projection of `view` (`ProjectionPair`, in
// `netgov/graph/projection.hpp`: entities as positions in
// `network.entities()`), sorted by (id of a, id of b).
std::vector<ProjectionPair> ProjectionPairs(const RelationGraph& graph,
                                            const AsOfView& view);

// Projection()
//
// `ProjectionPairs()` with entity ids, sorted by (a, b).
std::vector<SharedPillars> Projection(const RelationGraph& graph,
                                      const AsOfView& view);

// ArticulationEntities()
//
// The entities that are articulation points of `view`, sorted by id.
std::vector<EntityId> ArticulationEntities(const RelationGraph& graph,
                                           const AsOfView& view);

// Path
//
// A path from one entity to another through pillars: `entities` from the
// first to the last, `pillars[i]` joining `entities[i]` and
// `entities[i + 1]`. Both empty when there is no path.
struct Path {
  std::vector<EntityId> entities;
  std::vector<PillarId> pillars;

  // Ids()
  //
  // The ids along the path, alternating entity and pillar.
  std::vector<std::string> Ids() const;

  friend bool operator==(const Path&, const Path&) = default;
};

// FindPath()
//
// A shortest path from entity `from` to entity `to` as of `as_of`; among
// shortest paths, the one found by breadth-first search visiting neighbours in
// vertex order. Empty when no path exists on that date (including when either
// is not a member then). Entities are named as `Network::LookupEntity()`
// takes them; `InvalidArgument` for an unknown one ("unknown entity 'unhcrr';
// did you mean 'unhcr'?").
absl::StatusOr<Path> FindPath(const RelationGraph& graph, Date as_of,
                              std::string_view from, std::string_view to);

// ShortestPath()
//
// Deprecated: `FindPath()`, whose result keeps the ids typed; this is its
// `Path::Ids()`.
[[deprecated("use FindPath(), and Path::Ids() for the ids as strings")]]
absl::StatusOr<std::vector<std::string>> ShortestPath(const RelationGraph& graph,
                                                      Date as_of,
                                                      std::string_view from,
                                                      std::string_view to);

// LeaveImpact
//
// What changes on `as_of` if `entity` leaves the network.
struct LeaveImpact {
  EntityId entity;
  // Pillars where it is a lead and no other lead remains; in the canonical
  // order (PillarLess).
  std::vector<PillarId> pillars_losing_lead;
  // Entities cut off: the entity's connected component falls into pieces;
  // every entity outside the largest piece (most entities; ties go to the
  // piece holding the smallest id) is cut off. Sorted by id.
  std::vector<EntityId> entities_disconnected;

  friend bool operator==(const LeaveImpact&, const LeaveImpact&) = default;
};

// IfEntityLeaves()
//
// `InvalidArgument` for an unknown entity.
absl::StatusOr<LeaveImpact> IfEntityLeaves(const RelationGraph& graph,
                                           Date as_of, std::string_view entity);

}  // namespace netgov::graph

#endif  // NETGOV_GRAPH_ANALYSIS_HPP_
