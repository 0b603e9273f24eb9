#include "netgov/graph/analysis.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <type_traits>
#include <utility>

#include "netgov/graph/articulation.hpp"
#include "netgov/graph/betweenness.hpp"
#include "netgov/graph/brandes.hpp"
#include "netgov/graph/leadership.hpp"
#include "netgov/graph/paths.hpp"
#include "netgov/graph/what_if.hpp"
#include "netgov/graph/workload.hpp"

namespace netgov::graph {
namespace {

// `vertices` sorted by rank (netgov's listing order), as typed ids.
template <typename Id>
std::vector<Id> IdsInOrder(const RelationGraph& graph, std::vector<Vertex> vertices) {
  const RankMap rank = graph.IdRankMap();
  std::sort(vertices.begin(), vertices.end(),
            [&](Vertex a, Vertex b) { return get(rank, a) < get(rank, b); });
  std::vector<Id> out;
  out.reserve(vertices.size());
  for (Vertex v : vertices) {
    if constexpr (std::is_same_v<Id, EntityId>) {
      out.push_back(graph.EntityOf(v).id);
    } else {
      out.push_back(graph.PillarOf(v).id);
    }
  }
  return out;
}

// The pillars of `view` whose leadership is `which`, in the canonical order.
std::vector<PillarId> PillarsLed(const RelationGraph& graph, const AsOfView& view,
                                 Leadership which) {
  std::vector<Vertex> found;
  PillarsWithLeadership(view, which, std::back_inserter(found));
  return IdsInOrder<PillarId>(graph, std::move(found));
}

}  // namespace

std::vector<double> Betweenness(const AsOfView& view) {
  return Betweenness<AsOfView>(view);
}

std::size_t AsOfVertices(const AsOfView& view) {
  auto [begin, end] = boost::vertices(view);
  return static_cast<std::size_t>(std::distance(begin, end));
}

std::vector<ProjectionPair> ProjectionPairs(const RelationGraph& graph,
                                            const AsOfView& view) {
  return ProjectionPairs(view, VertexKindMap(view), graph.IdRankMap());
}

std::vector<SharedPillars> Projection(const RelationGraph& graph,
                                      const AsOfView& view) {
  const auto entities = graph.network().entities();
  const std::vector<ProjectionPair> pairs = ProjectionPairs(graph, view);
  std::vector<SharedPillars> out;
  out.reserve(pairs.size());
  for (const ProjectionPair& p : pairs) {
    out.push_back({entities[p.a].id, entities[p.b].id, p.shared});
  }
  return out;
}

std::vector<EntityId> ArticulationEntities(const RelationGraph& graph,
                                           const AsOfView& view) {
  std::vector<Vertex> cut;
  ArticulationEntities(view, VertexKindMap(view), std::back_inserter(cut));
  return IdsInOrder<EntityId>(graph, std::move(cut));
}

Analysis Analyze(const RelationGraph& graph, Date as_of, const AnalyzeOptions& options) {
  // Each step a stage of one unit, announced before it starts.
  std::string_view step;
  auto next_step = [&](std::string_view name) {
    if (!step.empty()) ReportProgress(options.progress, step, 1, 1);
    step = name;
    if (!step.empty()) ReportProgress(options.progress, step, 0, 1);
  };
  Analysis a;
  a.as_of = as_of;
  const AsOfView view = graph.AsOf(as_of);
  const std::size_t n = boost::num_vertices(view);
  next_step("betweenness");
  const CsrGraph csr = CsrGraph::FromGraph(view);
  a.betweenness.vertices = csr.size();
  a.betweenness.method = options.betweenness.value_or(
      csr.size() <= kMaxBetweennessVertices ? BetweennessMethod::kExact
                                                    : BetweennessMethod::kNone);
  if (a.betweenness.method == BetweennessMethod::kSampled) {
    if (options.betweenness_samples == 0) {
      a.betweenness.method = BetweennessMethod::kNone;  // no sources
    } else if (options.betweenness_samples >= csr.size()) {
      a.betweenness.method = BetweennessMethod::kExact;  // every source: exact
    } else {
      a.betweenness.samples = options.betweenness_samples;
      a.betweenness.seed = options.betweenness_seed;
    }
  }
  a.has_betweenness = a.betweenness.method != BetweennessMethod::kNone;
  std::vector<double> centrality(n, 0.0);
  if (a.has_betweenness) {
    const std::vector<double> compact = BrandesBetweenness(
        csr, {.threads = options.threads, .samples = a.betweenness.samples,
              .seed = a.betweenness.seed});
    for (std::size_t v = 0; v < compact.size(); ++v) centrality[csr.original[v]] = compact[v];
  }
  next_step("workload");
  std::vector<int> leads(n, 0);
  std::vector<int> roles(n, 0);
  Workload(view, leads.data(), roles.data());
  for (Vertex v : EntitiesIn(graph, view)) {
    a.entities.push_back({graph.EntityOf(v).id, leads[v], roles[v], centrality[v]});
    if (roles[v] == 0) a.entities_without_role.push_back(graph.EntityOf(v).id);
  }
  a.unled_pillars = PillarsLed(graph, view, Leadership::kUnled);
  a.provisional_pillars = PillarsLed(graph, view, Leadership::kProvisional);
  next_step("projection");
  {
    std::vector<EntityId> ids;
    ids.reserve(graph.network().entities().size());
    for (const Entity& e : graph.network().entities()) ids.push_back(e.id);
    a.projection = ProjectionList(std::move(ids), ProjectionPairs(graph, view));
  }
  next_step("articulation points");
  a.articulation_points = ArticulationEntities(graph, view);
  next_step("");
  return a;
}

std::vector<std::string> Path::Ids() const {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    out.push_back(entities[i].str());
    if (i < pillars.size()) out.push_back(pillars[i].str());
  }
  return out;
}

absl::StatusOr<Path> FindPath(const RelationGraph& graph, Date as_of,
                              std::string_view from, std::string_view to) {
  absl::StatusOr<const Entity*> a = graph.network().LookupEntity(from);
  if (!a.ok()) return a.status();
  absl::StatusOr<const Entity*> b = graph.network().LookupEntity(to);
  if (!b.ok()) return b.status();
  const std::vector<Vertex> vertices = ShortestVertexPath(
      graph.AsOf(as_of), *graph.FindEntity((*a)->id.str()), *graph.FindEntity((*b)->id.str()));
  Path path;
  for (Vertex v : vertices) {
    if (graph.IsEntity(v)) {
      path.entities.push_back(graph.EntityOf(v).id);
    } else {
      path.pillars.push_back(graph.PillarOf(v).id);
    }
  }
  return path;
}

absl::StatusOr<std::vector<std::string>> ShortestPath(const RelationGraph& graph,
                                                      Date as_of,
                                                      std::string_view from,
                                                      std::string_view to) {
  absl::StatusOr<Path> path = FindPath(graph, as_of, from, to);
  if (!path.ok()) return path.status();
  return path->Ids();
}

absl::StatusOr<LeaveImpact> IfEntityLeaves(const RelationGraph& graph,
                                           Date as_of, std::string_view entity) {
  absl::StatusOr<const Entity*> found = graph.network().LookupEntity(entity);
  if (!found.ok()) return found.status();
  const AsOfView view = graph.AsOf(as_of);
  const LeaveEffect<Vertex> effect =
      IfVertexLeaves(view, *graph.FindEntity((*found)->id.str()), graph.IdRankMap());
  return LeaveImpact{(*found)->id,
                     IdsInOrder<PillarId>(graph, effect.pillars_losing_lead),
                     IdsInOrder<EntityId>(graph, effect.entities_cut_off)};
}

}  // namespace netgov::graph
