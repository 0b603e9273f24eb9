// netgov graph: the entity-pillar graph as of a date, as DOT (Graphviz), JSON
// or a text adjacency list. Nodes are sorted by kind, then pillar number or
// entity id; edges by pillar (number, id), then entity id, then role order.
#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "netgov/graph/graph.hpp"
#include "netgov/io/dot.hpp"
#include "src/cli/commands.hpp"

namespace netgov::cli {

absl::StatusOr<int> RunGraph(const Context& ctx) {
  const graph::RelationGraph g(ctx.network);
  if (ctx.format == "dot") {
    io::WriteDot(ctx.out, g, ctx.as_of);
    return 0;
  }
  const graph::AsOfView view = g.AsOf(ctx.as_of);
  const std::vector<graph::Vertex> entities = graph::EntitiesIn(g, view);
  const std::vector<graph::Vertex> pillars = graph::PillarsIn(g, view);
  auto sorted_edges = [&](graph::Vertex pv) { return graph::RolesIn(g, view, pv); };

  if (ctx.format == "json") {
    // Nodes and edges are written one by one, never held whole.
    nlohmann::json j;
    j["as_of"] = FormatDate(ctx.as_of);
    std::size_t next_node = 0;
    const auto node = [&](nlohmann::json& out) {
      if (next_node < entities.size()) {
        const graph::Vertex v = entities[next_node++];
        out = {{"id", g.IdOf(v)}, {"kind", "entity"}, {"label", g.EntityOf(v).DisplayName()}};
        return true;
      }
      if (next_node < entities.size() + pillars.size()) {
        const graph::Vertex v = pillars[next_node++ - entities.size()];
        out = {{"id", g.IdOf(v)}, {"kind", "pillar"}, {"label", g.PillarOf(v).name},
               {"number", g.PillarOf(v).number}};
        return true;
      }
      return false;
    };
    // The edges of pillars[next_pillar - 1] not yet written: edges[next_edge..].
    std::size_t next_pillar = 0;
    std::vector<graph::Edge> edges;
    std::size_t next_edge = 0;
    const auto edge = [&](nlohmann::json& out) {
      while (next_edge == edges.size()) {
        if (next_pillar == pillars.size()) return false;
        edges = sorted_edges(pillars[next_pillar++]);
        next_edge = 0;
      }
      const graph::Edge& e = edges[next_edge++];
      const graph::EdgeProps& r = view[e];
      out = {{"entity", g.IdOf(boost::target(e, view))},
             {"pillar", g.IdOf(pillars[next_pillar - 1])},
             {"role", std::string(ToString(r.kind))},
             {"provisional", r.provisional},
             {"from", DateJson(r.valid.from)},
             {"to", DateJson(r.valid.to)}};
      return true;
    };
    const StreamedArray arrays[] = {{"edges", edge}, {"nodes", node}};
    PrintJsonWithArrays(ctx.out, j, arrays);
    return 0;
  }

  ctx.out << "Graph as of " << FormatDate(ctx.as_of) << ": " << entities.size()
          << " entities, " << pillars.size() << " pillars\n\n";
  for (graph::Vertex pv : pillars) {
    const Pillar& p = g.PillarOf(pv);
    ctx.out << p.number << ". " << p.name << " (" << p.id << ")\n";
    const std::vector<graph::Edge> edges = sorted_edges(pv);
    if (edges.empty()) ctx.out << "  (no roles)\n";
    for (const graph::Edge& e : edges) {
      const graph::EdgeProps& r = view[e];
      ctx.out << "  -- " << g.IdOf(boost::target(e, view)) << " (" << ToString(r.kind)
              << (r.provisional ? ", provisional" : "") << ")\n";
    }
  }
  std::vector<std::string> alone;
  for (graph::Vertex v : entities) {
    if (boost::out_degree(v, view) == 0) alone.push_back(g.IdOf(v));
  }
  if (!alone.empty()) {
    ctx.out << "\nEntities with no role:";
    for (const std::string& id : alone) ctx.out << " " << id;
    ctx.out << "\n";
  }
  return 0;
}

}  // namespace netgov::cli
