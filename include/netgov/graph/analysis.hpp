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
//   - betweenness centrality (Brandes: `netgov/graph/brandes.hpp`, exact or
//     sampled, on several threads; `netgov/graph/betweenness.hpp` is Boost's,
//     the reference) over the entity-pillar graph, RAW: the sum over unordered pairs {s, t} of
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

#include <algorithm>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
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

// ProjectionList
//
// The co-membership projection of an `Analysis`: a read-only, random-access
// sequence of `SharedPillars` sorted by (a, b), held compact (each pair as
// a `ProjectionPair`, 12 bytes, and each entity's id once) so that a
// network of 100,000 entities with millions of pairs costs tens of
// megabytes, not hundreds. Its elements are made on access, by value:
//
//   for (const netgov::graph::SharedPillars& s : analysis.projection) {
//     std::cout << s.a << " " << s.b << " " << s.shared << "\n";
//   }
//
// `pairs()` and `ids()` give the compact form itself (`ids()[pair.a]` is
// the id of `pair.a`). Two lists are equal when their elements are, as are a
// list and a `std::vector<SharedPillars>` holding the same elements.
class ProjectionList {
 public:
  // ProjectionList::const_iterator
  //
  // A random-access iterator whose `operator*` makes the element (a
  // `SharedPillars` value).
  class const_iterator {
   public:
    using iterator_concept = std::random_access_iterator_tag;
    using iterator_category = std::input_iterator_tag;  // elements are values
    using value_type = SharedPillars;
    using difference_type = std::ptrdiff_t;
    using reference = SharedPillars;
    using pointer = void;

    const_iterator() = default;
    const_iterator(const ProjectionList* list, std::size_t i) : list_(list), i_(i) {}

    SharedPillars operator*() const { return (*list_)[i_]; }
    SharedPillars operator[](difference_type k) const { return *(*this + k); }
    const_iterator& operator++() { ++i_; return *this; }
    const_iterator operator++(int) { const_iterator old = *this; ++i_; return old; }
    const_iterator& operator--() { --i_; return *this; }
    const_iterator operator--(int) { const_iterator old = *this; --i_; return old; }
    const_iterator& operator+=(difference_type k) {
      i_ = static_cast<std::size_t>(static_cast<difference_type>(i_) + k);
      return *this;
    }
    const_iterator& operator-=(difference_type k) { return *this += -k; }
    friend const_iterator operator+(const_iterator it, difference_type k) { return it += k; }
    friend const_iterator operator+(difference_type k, const_iterator it) { return it += k; }
    friend const_iterator operator-(const_iterator it, difference_type k) { return it -= k; }
    friend difference_type operator-(const const_iterator& x, const const_iterator& y) {
      return static_cast<difference_type>(x.i_) - static_cast<difference_type>(y.i_);
    }
    friend bool operator==(const const_iterator& x, const const_iterator& y) {
      return x.i_ == y.i_;
    }
    friend auto operator<=>(const const_iterator& x, const const_iterator& y) {
      return x.i_ <=> y.i_;
    }

   private:
    const ProjectionList* list_ = nullptr;
    std::size_t i_ = 0;
  };

  using iterator = const_iterator;
  using value_type = SharedPillars;
  using size_type = std::size_t;
  using difference_type = std::ptrdiff_t;

  ProjectionList() = default;
  // `ids[i]` names the entity `i` of every pair (`ProjectionPair::a` and
  // `b`); `pairs` are kept in the order given.
  ProjectionList(std::vector<EntityId> ids, std::vector<ProjectionPair> pairs)
      : ids_(std::move(ids)), pairs_(std::move(pairs)) {}

  std::size_t size() const { return pairs_.size(); }
  bool empty() const { return pairs_.empty(); }
  SharedPillars operator[](std::size_t i) const {
    const ProjectionPair& p = pairs_[i];
    return {ids_[p.a], ids_[p.b], p.shared};
  }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, pairs_.size()}; }

  std::span<const ProjectionPair> pairs() const { return pairs_; }
  std::span<const EntityId> ids() const { return ids_; }

  friend bool operator==(const ProjectionList& x, const ProjectionList& y) {
    return std::equal(x.begin(), x.end(), y.begin(), y.end());
  }
  friend bool operator==(const ProjectionList& x, const std::vector<SharedPillars>& y) {
    return std::equal(x.begin(), x.end(), y.begin(), y.end());
  }

 private:
  std::vector<EntityId> ids_;
  std::vector<ProjectionPair> pairs_;
};

// kMaxBetweennessVertices
//
// Brandes betweenness is O(V E): about 10 s on one core at this many
// vertices (entities and pillars) of the as-of graph, hours at 100,000.
// Above it, `Analyze()` computes betweenness only when
// `AnalyzeOptions::betweenness` asks for it (exact or sampled) and otherwise
// leaves it out, saying so in `Analysis::betweenness`; `netgov analyze`
// refuses to guess and asks for `--betweenness exact`,
// `--betweenness-samples K` or `--betweenness none`.
inline constexpr std::size_t kMaxBetweennessVertices = 10'000;

// BetweennessMethod
//
// How betweenness was (or is to be) computed: exactly, estimated from a
// sample of sources (`netgov/graph/brandes.hpp`), or not at all.
enum class BetweennessMethod { kExact, kSampled, kNone };

// BetweennessComputed
//
// What `Analyze()` computed: the method, and for a sample the number of
// sources and the seed; `vertices` is the number of vertices of the as-of
// graph (the n of the estimator's n / K scale).
struct BetweennessComputed {
  BetweennessMethod method = BetweennessMethod::kExact;
  std::size_t samples = 0;
  std::uint64_t seed = 0;
  std::size_t vertices = 0;

  friend bool operator==(const BetweennessComputed&, const BetweennessComputed&) = default;
};

// Analysis
struct Analysis {
  Date as_of;
  // False when betweenness was left out (all values 0); see `betweenness`.
  bool has_betweenness = true;
  // How the betweenness values were computed.
  BetweennessComputed betweenness;
  // Every member entity on the date, sorted by id.
  std::vector<EntityLoad> entities;
  // Pairs sharing at least one pillar, sorted by (a, b), held compact.
  ProjectionList projection;
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
//
// `betweenness`: unset, exact betweenness up to `kMaxBetweennessVertices`
// vertices and none above; kExact, exact at any size; kSampled, estimated
// from `betweenness_samples` sources drawn with `betweenness_seed` (see
// `netgov/graph/brandes.hpp` for the estimator and its error; at least as
// many samples as vertices is exact, none is kNone); kNone, left out.
//
// `threads`: threads for betweenness, 0 for every core. The results are the
// same, double for double, whatever the count.
//
// Example (an estimate from 10 sources, on every core):
//
//   #include "netgov/graph/analysis.hpp"
//   #include "netgov/io/default_network.hpp"
//
//   const netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   const netgov::graph::Analysis a = netgov::graph::Analyze(
//       g, netgov::Date(2021, 12, 6),
//       {.betweenness = netgov::graph::BetweennessMethod::kSampled,
//        .betweenness_samples = 10,
//        .betweenness_seed = 42});
//   // a.betweenness.method == netgov::graph::BetweennessMethod::kSampled
struct AnalyzeOptions {
  ProgressFn progress = {};
  std::optional<BetweennessMethod> betweenness = std::nullopt;
  std::size_t betweenness_samples = 0;
  std::uint64_t betweenness_seed = 0;
  int threads = 0;
};

// AsOfVertices()
//
// The number of vertices `view` keeps: entities that are members and pillars
// that are launched on its date (what `kMaxBetweennessVertices` is compared
// with).
std::size_t AsOfVertices(const AsOfView& view);

// Analyze()
//
// Everything above, as of `as_of`.
Analysis Analyze(const RelationGraph& graph, Date as_of, const AnalyzeOptions& options = {});

// Betweenness()
//
// Raw betweenness of every vertex of `view` (indexed by vertex; 0 for vertices
// the view hides). The template of `netgov/graph/betweenness.hpp` (Boost's
// Brandes, the reference `Analyze()`'s own is tested against) for one type
// of view; on one thread, slower than `BrandesBetweenness()`.
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
