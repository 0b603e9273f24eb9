#include "netgov/io/dot.hpp"

#include <algorithm>
#include <ostream>
#include <sstream>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "netgov/core/strings.hpp"

namespace netgov::io {
namespace {

std::string EdgeStyle(const graph::EdgeProps& e) {
  std::vector<std::string> styles;
  if (e.kind == RoleKind::kLead) styles.push_back("bold");
  if (e.kind == RoleKind::kSupport) styles.push_back("dotted");
  if (e.provisional) styles.push_back("dashed");
  std::string out;
  for (const std::string& s : styles) absl::StrAppend(&out, out.empty() ? "" : ",", s);
  return out;
}

}  // namespace

std::string DotQuote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += c;
    }
  }
  out += '"';
  return out;
}

void WriteDot(std::ostream& out, const graph::RelationGraph& graph, Date as_of) {
  const graph::AsOfView view = graph.AsOf(as_of);
  const Network& network = graph.network();
  out << absl::StrCat(
      "graph netgov {\n  label=", DotQuote(absl::StrCat(network.info().name, " (",
                                                       FormatDate(as_of), ")")),
      ";\n  labelloc=t;\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n"
      "  edge [fontname=\"Helvetica\", fontsize=10];\n");
  const std::vector<graph::Vertex> entities = graph::EntitiesIn(graph, view);
  out << "  subgraph cluster_entities {\n    label=\"Entities\";\n"
         "    style=rounded;\n    node [shape=box];\n";
  for (graph::Vertex v : entities) {
    const Entity& e = graph.EntityOf(v);
    out << absl::StrCat("    ", DotQuote(absl::StrCat("entity:", e.id.str())),
                        " [label=", DotQuote(e.DisplayName()), "];\n");
  }
  out << "  }\n";
  const std::vector<graph::Vertex> pillars = graph::PillarsIn(graph, view);
  out << "  subgraph cluster_pillars {\n    label=\"Pillars\";\n"
         "    style=rounded;\n"
         "    node [shape=ellipse, style=filled, fillcolor=\"#dde8f5\"];\n";
  for (graph::Vertex v : pillars) {
    const Pillar& p = graph.PillarOf(v);
    out << absl::StrCat("    ", DotQuote(absl::StrCat("pillar:", p.id.str())),
                        " [label=", DotQuote(absl::StrCat(p.number, ". ", p.name)), "];\n");
  }
  out << "  }\n";
  // Roles, by pillar, then entity id, then role order.
  for (graph::Vertex pv : pillars) {
    const std::vector<graph::Edge> edges = graph::RolesIn(graph, view, pv);
    const Pillar& p = graph.PillarOf(pv);
    for (const graph::Edge& e : edges) {
      const graph::EdgeProps& role = view[e];
      const Entity& entity = graph.EntityOf(boost::target(e, view));
      std::string label(ToString(role.kind));
      if (role.provisional) absl::StrAppend(&label, " (provisional)");
      out << absl::StrCat("  ", DotQuote(absl::StrCat("entity:", entity.id.str())), " -- ",
                          DotQuote(absl::StrCat("pillar:", p.id.str())),
                          " [label=", DotQuote(label));
      const std::string style = EdgeStyle(role);
      if (!style.empty()) out << absl::StrCat(", style=", DotQuote(style));
      out << "];\n";
    }
  }
  out << "}\n";
}

std::string WriteDot(const graph::RelationGraph& graph, Date as_of) {
  std::ostringstream out;
  WriteDot(out, graph, as_of);
  return std::move(out).str();
}

}  // namespace netgov::io
