#include "netgov/graph/analysis.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "netgov/network/pillar_status.hpp"
#include "boost/graph/betweenness_centrality.hpp"
#include "boost/graph/biconnected_components.hpp"
#include "boost/graph/breadth_first_search.hpp"
#include "boost/graph/connected_components.hpp"
#include "boost/property_map/property_map.hpp"

namespace netgov::graph {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// Pillars in the canonical order (netgov::PillarLess).
void SortPillars(const Network& network, std::vector<PillarId>& ids) {
  std::sort(ids.begin(), ids.end(), [&](const PillarId& a, const PillarId& b) {
    return PillarLess(*network.FindPillar(a), *network.FindPillar(b));
  });
}

void SortIds(std::vector<EntityId>& ids) { std::sort(ids.begin(), ids.end()); }

// Visits the vertices reachable from `start` in `g`, recording each one's
// predecessor (kNone for `start` and unreached vertices).
template <typename G>
std::vector<std::size_t> Bfs(const G& g, Vertex start) {
  std::vector<std::size_t> pred(boost::num_vertices(g), kNone);
  std::vector<boost::default_color_type> color(boost::num_vertices(g));
  auto colors = boost::make_iterator_property_map(
      color.begin(), boost::get(boost::vertex_index, g));
  auto preds = boost::make_iterator_property_map(
      pred.begin(), boost::get(boost::vertex_index, g));
  boost::breadth_first_search(
      g, start,
      boost::visitor(boost::make_bfs_visitor(
                         boost::record_predecessors(preds, boost::on_tree_edge())))
          .color_map(colors));
  // Mark reached vertices apart from unreached ones: the start is its own
  // predecessor here, reset below by callers that need kNone.
  for (std::size_t v = 0; v < color.size(); ++v) {
    if (color[v] != boost::white_color && pred[v] == kNone) pred[v] = v;
  }
  return pred;
}

// The view of `day` without vertex `gone`.
struct PresentWithout {
  PresentOn present;
  Vertex gone = 0;
  bool operator()(Vertex v) const { return v != gone && present(v); }
};
using ViewWithout = boost::filtered_graph<Graph, RoleValidOn, PresentWithout>;

}  // namespace

std::vector<double> Betweenness(const AsOfView& view) {
  std::vector<double> centrality(boost::num_vertices(view), 0.0);
  boost::brandes_betweenness_centrality(
      view, boost::make_iterator_property_map(centrality.begin(),
                                              boost::get(boost::vertex_index, view)));
  // For undirected graphs Boost already counts each unordered pair once: the
  // raw value the header documents.
  return centrality;
}

std::vector<ProjectionPair> ProjectionPairs(const RelationGraph& graph,
                                            const AsOfView& view) {
  // One pass over the view's edges lists each pillar's entities as id ranks,
  // sorted and distinct (an entity with two roles in a pillar counts once),
  // and, transposed, each entity's pillars. Then entity by entity in id
  // order, each of its pillars gives the pillar's entities after it: every
  // pair of the projection is met once per shared pillar and counted in a
  // dense array, with no hashing and no global sort.
  const std::size_t n = graph.num_entities();
  const std::size_t m = graph.num_pillars();
  std::vector<std::uint32_t> by_rank(n);
  for (std::size_t e = 0; e < n; ++e) {
    by_rank[graph.EntityRank(e)] = static_cast<std::uint32_t>(e);
  }
  // Entities of pillar p: members[first_member[p] .. first_member[p + 1]).
  std::vector<std::size_t> first_member(m + 1, 0);
  std::vector<std::uint32_t> members;
  for (std::size_t p = 0; p < m; ++p) {
    const Vertex pv = graph.PillarVertex(p);
    const std::size_t first = members.size();
    if (view.m_vertex_pred(pv)) {
      for (auto [it, end] = boost::out_edges(pv, view); it != end; ++it) {
        members.push_back(
            static_cast<std::uint32_t>(graph.EntityRank(boost::target(*it, view))));
      }
      std::sort(members.begin() + static_cast<std::ptrdiff_t>(first), members.end());
      members.erase(std::unique(members.begin() + static_cast<std::ptrdiff_t>(first),
                                members.end()),
                    members.end());
    }
    first_member[p + 1] = members.size();
  }
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
  boost::articulation_points(view, std::back_inserter(cut));
  std::vector<EntityId> out;
  for (Vertex v : cut) {
    if (graph.IsEntity(v)) out.push_back(graph.EntityOf(v).id);
  }
  SortIds(out);
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
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
  a.has_betweenness = boost::num_vertices(view) <= kMaxBetweennessVertices;
  next_step("betweenness");
  const std::vector<double> centrality =
      a.has_betweenness ? Betweenness(view)
                        : std::vector<double>(boost::num_vertices(view), 0.0);
  next_step("workload");
  for (std::size_t e = 0; e < graph.num_entities(); ++e) {
    const Vertex v = graph.EntityVertex(e);
    if (!view.m_vertex_pred(v)) continue;
    EntityLoad load{graph.EntityOf(v).id, 0, 0, centrality[v]};
    for (auto [it, end] = boost::out_edges(v, view); it != end; ++it) {
      ++load.roles;
      if (view[*it].kind == RoleKind::kLead) ++load.leads;
    }
    if (load.roles == 0) a.entities_without_role.push_back(load.entity);
    a.entities.push_back(std::move(load));
  }
  std::sort(a.entities.begin(), a.entities.end(),
            [](const EntityLoad& x, const EntityLoad& y) { return x.entity < y.entity; });
  SortIds(a.entities_without_role);
  for (std::size_t p = 0; p < graph.num_pillars(); ++p) {
    const Vertex v = graph.PillarVertex(p);
    if (!view.m_vertex_pred(v)) continue;
    int leads = 0;
    int confirmed = 0;
    for (auto [it, end] = boost::out_edges(v, view); it != end; ++it) {
      if (view[*it].kind != RoleKind::kLead) continue;
      ++leads;
      if (!view[*it].provisional) ++confirmed;
    }
    if (leads == 0) a.unled_pillars.push_back(graph.PillarOf(v).id);
    if (leads > 0 && confirmed == 0) a.provisional_pillars.push_back(graph.PillarOf(v).id);
  }
  SortPillars(graph.network(), a.unled_pillars);
  SortPillars(graph.network(), a.provisional_pillars);
  next_step("projection");
  a.projection = Projection(graph, view);
  next_step("articulation points");
  a.articulation_points = ArticulationEntities(graph, view);
  next_step("");
  return a;
}

absl::StatusOr<std::vector<std::string>> ShortestPath(const RelationGraph& graph,
                                                      Date as_of,
                                                      std::string_view from,
                                                      std::string_view to) {
  absl::StatusOr<const Entity*> a = graph.network().LookupEntity(from);
  if (!a.ok()) return a.status();
  absl::StatusOr<const Entity*> b = graph.network().LookupEntity(to);
  if (!b.ok()) return b.status();
  const Vertex va = *graph.FindEntity((*a)->id.str());
  const Vertex vb = *graph.FindEntity((*b)->id.str());
  const AsOfView view = graph.AsOf(as_of);
  std::vector<std::string> path;
  if (!view.m_vertex_pred(va) || !view.m_vertex_pred(vb)) return path;
  const std::vector<std::size_t> pred = Bfs(view, va);
  if (pred[vb] == kNone) return path;
  for (Vertex v = vb;; v = pred[v]) {
    path.push_back(graph.IdOf(v));
    if (v == va) break;
  }
  std::reverse(path.begin(), path.end());
  return path;
}

absl::StatusOr<LeaveImpact> IfEntityLeaves(const RelationGraph& graph,
                                           Date as_of, std::string_view entity) {
  absl::StatusOr<const Entity*> found = graph.network().LookupEntity(entity);
  if (!found.ok()) return found.status();
  LeaveImpact impact;
  impact.entity = (*found)->id;
  const Vertex gone = *graph.FindEntity(impact.entity.str());
  const AsOfView view = graph.AsOf(as_of);
  if (!view.m_vertex_pred(gone)) return impact;
  for (auto [it, end] = boost::out_edges(gone, view); it != end; ++it) {
    if (view[*it].kind != RoleKind::kLead) continue;
    const Vertex pillar = boost::target(*it, view);
    bool other = false;
    for (auto [jt, jend] = boost::out_edges(pillar, view); jt != jend; ++jt) {
      other = other || (view[*jt].kind == RoleKind::kLead &&
                        boost::target(*jt, view) != gone);
    }
    const PillarId& id = graph.PillarOf(pillar).id;
    if (!other && std::find(impact.pillars_losing_lead.begin(),
                            impact.pillars_losing_lead.end(),
                            id) == impact.pillars_losing_lead.end()) {
      impact.pillars_losing_lead.push_back(id);
    }
  }
  SortPillars(graph.network(), impact.pillars_losing_lead);

  // The component the entity belonged to, then its pieces without it.
  const std::vector<std::size_t> before = Bfs(view, gone);
  const ViewWithout without(graph.graph(), view.m_edge_pred,
                            PresentWithout{view.m_vertex_pred, gone});
  std::vector<std::size_t> piece(boost::num_vertices(without), kNone);
  boost::connected_components(
      without, boost::make_iterator_property_map(
                   piece.begin(), boost::get(boost::vertex_index, without)));
  struct Piece {
    std::size_t entities = 0;
    std::size_t smallest_rank = kNone;
  };
  absl::flat_hash_map<std::size_t, Piece> pieces;
  for (std::size_t e = 0; e < graph.num_entities(); ++e) {
    if (e == gone || before[e] == kNone) continue;
    Piece& p = pieces[piece[e]];
    ++p.entities;
    p.smallest_rank = std::min(p.smallest_rank, graph.EntityRank(e));
  }
  std::size_t main = kNone;
  Piece best;
  for (const auto& [id, p] : pieces) {
    if (main == kNone || p.entities > best.entities ||
        (p.entities == best.entities && p.smallest_rank < best.smallest_rank)) {
      main = id;
      best = p;
    }
  }
  for (std::size_t e = 0; e < graph.num_entities(); ++e) {
    if (e == gone || before[e] == kNone || piece[e] == main) continue;
    impact.entities_disconnected.push_back(graph.EntityOf(e).id);
  }
  SortIds(impact.entities_disconnected);
  return impact;
}

}  // namespace netgov::graph
