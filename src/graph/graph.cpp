#include "netgov/graph/graph.hpp"

#include <algorithm>
#include <numeric>

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
  std::size_t roles = 0;
  for (const Pillar& p : pillars) roles += p.roles.size();
  graph_.m_edges.reserve(roles);
  for (std::size_t i = 0; i < num_pillars_; ++i) {
    const Vertex pv = PillarVertex(i);
    graph_[pv] = {VertexKind::kPillar, i};
    for (std::size_t j = 0; j < pillars[i].roles.size(); ++j) {
      const Role& r = pillars[i].roles[j];
      const Entity* e = network_.FindEntity(r.entity);
      // The builder guarantees every role names a known entity.
      const auto ev = static_cast<Vertex>(e - network_.entities().data());
      boost::add_edge(ev, pv, EdgeProps{r.kind, r.provisional, r.valid, i, j},
                      graph_);
    }
  }
  std::vector<std::size_t> order(num_entities_);
  std::iota(order.begin(), order.end(), std::size_t{0});
  const auto entities = network_.entities();
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return entities[a].id < entities[b].id;
  });
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

}  // namespace netgov::graph
