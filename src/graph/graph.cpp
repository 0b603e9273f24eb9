#include "netgov/graph/graph.hpp"

#include <algorithm>
#include <numeric>
#include <span>

#include "netgov/network/pillar_status.hpp"

namespace netgov::graph {

bool PresentOn::operator()(Vertex v) const {
  const VertexProps& p = (*graph)[v];
  if (p.kind == VertexKind::kEntity) {
    return network->entities()[p.index].IsMemberOn(day);
  }
  return network->pillars()[p.index].launch.LaunchedOn(day);
}

RelationGraph::RelationGraph(Network network)
    : network_(std::move(network)),
      graph_(network_.entities().size() + network_.pillars().size()),
      num_entities_(network_.entities().size()),
      num_pillars_(network_.pillars().size()) {
  for (std::size_t i = 0; i < num_entities_; ++i) {
    graph_[EntityVertex(i)] = {VertexKind::kEntity, i};
  }
  const auto pillars = network_.pillars();
  for (std::size_t i = 0; i < num_pillars_; ++i) {
    graph_[PillarVertex(i)] = {VertexKind::kPillar, i};
  }
  std::size_t roles = 0;
  // Each pillar's roles, so a role's position comes from pointers alone,
  // without reading its pillar.
  std::vector<const Role*> roles_of_pillar(num_pillars_);
  for (std::size_t i = 0; i < num_pillars_; ++i) {
    roles += pillars[i].roles.size();
    roles_of_pillar[i] = pillars[i].roles.data();
  }
  // adjacency_list keeps its edge list in the public `m_edges`; reserving it
  // saves the reallocations of a graph whose size is known up front.
  graph_.m_edges.reserve(roles);
  // Likewise each vertex's out-edge vector (`m_vertices[v].m_out_edges` for
  // vecS): the degrees are known, so every vector is allocated once.
  for (std::size_t i = 0; i < num_pillars_; ++i) {
    graph_.m_vertices[PillarVertex(i)].m_out_edges.reserve(pillars[i].roles.size());
  }
  const auto entities = network_.entities();
  std::vector<std::span<const RoleRef>> roles_of(num_entities_);
  for (std::size_t e = 0; e < num_entities_; ++e) {
    roles_of[e] = network_.RolesOf(entities[e].id);
    graph_.m_vertices[EntityVertex(e)].m_out_edges.reserve(roles_of[e].size());
  }
  // Edges entity by entity through the network's role index: one id lookup
  // per entity rather than one per role. The roles an entity holds lie in
  // different pillars, so reading them is a cache miss each on a large
  // network; they are prefetched a few entities ahead.
  constexpr std::size_t kPrefetchAhead = 8;
  for (std::size_t e = 0; e < num_entities_; ++e) {
    if (e + kPrefetchAhead < num_entities_) {
      for (const RoleRef& ref : roles_of[e + kPrefetchAhead]) {
        __builtin_prefetch(&ref.role->valid);
      }
    }
    for (const RoleRef& ref : roles_of[e]) {
      const auto p = static_cast<std::size_t>(ref.pillar - pillars.data());
      const auto j = static_cast<std::size_t>(ref.role - roles_of_pillar[p]);
      const Role& r = *ref.role;
      boost::add_edge(EntityVertex(e), PillarVertex(p),
                      EdgeProps{r.kind, r.provisional, r.valid, p, j}, graph_);
    }
  }
  // Ranks by id; files usually list entities sorted already, checked in O(N).
  std::vector<std::size_t> order(num_entities_);
  std::iota(order.begin(), order.end(), std::size_t{0});
  auto by_id = [&](std::size_t a, std::size_t b) {
    return entities[a].id < entities[b].id;
  };
  if (!std::is_sorted(order.begin(), order.end(), by_id)) {
    std::sort(order.begin(), order.end(), by_id);
  }
  entity_rank_.resize(num_entities_);
  for (std::size_t r = 0; r < order.size(); ++r) entity_rank_[order[r]] = r;
}

AsOfView RelationGraph::AsOf(Date day) const {
  return AsOfView(graph_, RoleValidOn{&graph_, day},
                  PresentOn{&graph_, &network_, day});
}

std::optional<Vertex> RelationGraph::FindEntity(std::string_view key) const {
  const Entity* e = network_.ResolveEntity(key);
  if (e == nullptr) return std::nullopt;
  return static_cast<Vertex>(e - network_.entities().data());
}

std::vector<Vertex> EntitiesIn(const RelationGraph& graph, const AsOfView& view) {
  std::vector<Vertex> out;
  for (std::size_t e = 0; e < graph.num_entities(); ++e) {
    if (view.m_vertex_pred(graph.EntityVertex(e))) out.push_back(graph.EntityVertex(e));
  }
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) {
    return graph.EntityRank(a) < graph.EntityRank(b);
  });
  return out;
}

std::vector<Vertex> PillarsIn(const RelationGraph& graph, const AsOfView& view) {
  std::vector<Vertex> out;
  for (std::size_t p = 0; p < graph.num_pillars(); ++p) {
    if (view.m_vertex_pred(graph.PillarVertex(p))) out.push_back(graph.PillarVertex(p));
  }
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) {
    return PillarLess(graph.PillarOf(a), graph.PillarOf(b));
  });
  return out;
}

std::vector<Edge> RolesIn(const RelationGraph& graph, const AsOfView& view,
                          Vertex pillar) {
  std::vector<Edge> out;
  for (auto [it, end] = boost::out_edges(pillar, view); it != end; ++it) {
    out.push_back(*it);
  }
  std::sort(out.begin(), out.end(), [&](const Edge& a, const Edge& b) {
    const std::size_t ra = graph.EntityRank(boost::target(a, view));
    const std::size_t rb = graph.EntityRank(boost::target(b, view));
    return ra != rb ? ra < rb : view[a].role < view[b].role;
  });
  return out;
}

}  // namespace netgov::graph
