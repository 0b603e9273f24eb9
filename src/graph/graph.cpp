#include "netgov/graph/graph.hpp"

#include <algorithm>
#include <numeric>
#include <span>

#include "netgov/network/pillar_status.hpp"

namespace netgov::graph {
namespace {

// The vertices of kind `kind` that `view` keeps, in listing order.
std::vector<Vertex> VerticesIn(const RelationGraph& graph, const AsOfView& view,
                               VertexKind kind) {
  const auto kinds = VertexKindMap(view);
  std::vector<Vertex> out;
  for (auto [it, end] = boost::vertices(view); it != end; ++it) {
    if (get(kinds, *it) == kind) out.push_back(*it);
  }
  const RankMap rank = graph.IdRankMap();
  std::sort(out.begin(), out.end(),
            [&](Vertex a, Vertex b) { return get(rank, a) < get(rank, b); });
  return out;
}

}  // namespace

bool PresentOn::operator()(Vertex v) const {
  const VertexProps& p = (*graph)[v];
  if (p.kind == VertexKind::kEntity) {
    return network->entities()[p.index].IsMemberOn(day);
  }
  return network->pillars()[p.index].launch.LaunchedOn(day);
}

RelationGraph::RelationGraph(Network network) {
  auto data = std::make_shared<detail::RelationData>();
  data->network = std::move(network);
  const Network& net = data->network;
  const auto entities = net.entities();
  const auto pillars = net.pillars();
  const std::size_t n = entities.size();
  const std::size_t m = pillars.size();
  data->num_entities = n;
  data->num_pillars = m;
  Graph& g = data->graph;
  g = Graph(n + m);
  for (std::size_t i = 0; i < n; ++i) {
    g[i] = {VertexKind::kEntity, i, entities[i].id.str()};
  }
  // Each pillar's roles, so a role's position comes from pointers alone,
  // without reading its pillar.
  std::vector<const Role*> roles_of_pillar(m);
  for (std::size_t i = 0; i < m; ++i) {
    g[n + i] = {VertexKind::kPillar, i, pillars[i].id.str()};
    roles_of_pillar[i] = pillars[i].roles.data();
  }
  // Edges entity by entity through the network's role index: one id lookup
  // per entity rather than one per role. The roles an entity holds lie in
  // different pillars, so reading them is a cache miss each on a large
  // network; they are prefetched a few entities ahead.
  std::vector<std::span<const RoleRef>> roles_of(n);
  for (std::size_t e = 0; e < n; ++e) roles_of[e] = net.RolesOf(entities[e]);
  constexpr std::size_t kPrefetchAhead = 8;
  for (std::size_t e = 0; e < n; ++e) {
    if (e + kPrefetchAhead < n) {
      for (const RoleRef& ref : roles_of[e + kPrefetchAhead]) {
        __builtin_prefetch(&ref.role->valid);
      }
    }
    for (const RoleRef& ref : roles_of[e]) {
      const auto p = static_cast<std::size_t>(ref.pillar - pillars.data());
      const auto j = static_cast<std::size_t>(ref.role - roles_of_pillar[p]);
      const Role& r = *ref.role;
      boost::add_edge(e, n + p, EdgeProps{r.kind, r.provisional, r.valid, p, j}, g);
    }
  }
  // Ranks: entities by id (files usually list them sorted already, checked
  // in O(N)), then pillars in the canonical order (netgov::PillarLess).
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  auto by_id = [&](std::size_t a, std::size_t b) {
    return entities[a].id < entities[b].id;
  };
  if (!std::is_sorted(order.begin(), order.end(), by_id)) {
    std::sort(order.begin(), order.end(), by_id);
  }
  std::vector<std::size_t> pillar_order(m);
  std::iota(pillar_order.begin(), pillar_order.end(), std::size_t{0});
  std::sort(pillar_order.begin(), pillar_order.end(), [&](std::size_t a, std::size_t b) {
    return PillarLess(pillars[a], pillars[b]);
  });
  data->rank.resize(n + m);
  for (std::size_t r = 0; r < n; ++r) data->rank[order[r]] = r;
  for (std::size_t r = 0; r < m; ++r) data->rank[n + pillar_order[r]] = n + r;
  data_ = std::move(data);
}

AsOfView RelationGraph::AsOf(Date day) const& {
  return AsOfView(data_->graph, RoleValidOn{&data_->graph, day},
                  PresentOn{&data_->graph, &data_->network, day});
}

std::optional<Vertex> RelationGraph::FindEntity(std::string_view key) const {
  const Entity* e = data_->network.ResolveEntity(key);
  if (e == nullptr) return std::nullopt;
  return EntityVertex(static_cast<std::size_t>(e - data_->network.entities().data()));
}

std::optional<Vertex> RelationGraph::FindPillar(std::string_view key) const {
  const absl::StatusOr<const Pillar*> p = data_->network.LookupPillar(key);
  if (!p.ok()) return std::nullopt;
  return PillarVertex(static_cast<std::size_t>(*p - data_->network.pillars().data()));
}

std::vector<Vertex> EntitiesIn(const RelationGraph& graph, const AsOfView& view) {
  return VerticesIn(graph, view, VertexKind::kEntity);
}

std::vector<Vertex> PillarsIn(const RelationGraph& graph, const AsOfView& view) {
  return VerticesIn(graph, view, VertexKind::kPillar);
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
