#include "netgov/io/svg.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "netgov/core/strings.hpp"
#include "src/io/chunked_out.hpp"

namespace netgov::io {
namespace {

constexpr std::array<std::string_view, 12> kPalette = {
    "#f4a582", "#92c5de", "#b8e186", "#fdd49e", "#c2a5cf", "#80cdc1",
    "#f1b6da", "#d9ef8b", "#fee090", "#9ecae1", "#fdae6b", "#bcbddc"};
constexpr std::string_view kUnknownEntityColor = "#cccccc";

// The colour of an entity with `rank` smaller ids, or of an unknown one.
std::string RankColor(std::optional<std::size_t> rank) {
  if (!rank) return std::string(kUnknownEntityColor);
  return std::string(kPalette[*rank % kPalette.size()]);
}

// Graph layout, in pixels.
constexpr int kGraphWidth = 920;
constexpr int kRowStep = 26;
constexpr int kBoxHeight = 20;
constexpr int kEntityX = 20, kEntityWidth = 170;
constexpr int kPillarX = 560, kPillarWidth = 340;
constexpr int kTop = 76;
constexpr double kFont = 12;

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string Stroke(RoleKind kind, bool provisional) {
  std::string out = kind == RoleKind::kLead
                        ? R"( stroke="#222222" stroke-width="2.5")"
                        : R"( stroke="#8a8a8a" stroke-width="1")";
  if (provisional) {
    absl::StrAppend(&out, R"( stroke-dasharray="7 4")");
  } else if (kind == RoleKind::kSupport) {
    absl::StrAppend(&out, R"( stroke-dasharray="2 3")");
  }
  return out;
}

}  // namespace

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

double TextWidth(std::string_view text, double font_size) {
  const auto chars = std::count_if(text.begin(), text.end(),
                                   [](char c) { return !IsContinuationByte(c); });
  return static_cast<double>(chars) * 0.6 * font_size;
}

std::string FitText(std::string_view text, double max_width, double font_size) {
  if (TextWidth(text, font_size) <= max_width) return std::string(text);
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t next = i + 1;
    while (next < text.size() && IsContinuationByte(text[next])) ++next;
    const std::string_view candidate = text.substr(0, next);
    if (TextWidth(candidate, font_size) + 3 * 0.6 * font_size > max_width) break;
    i = next;
  }
  if (i == 0) return "";
  return absl::StrCat(ToAbsl(text.substr(0, i)), "...");
}

std::string EntityColor(const Network& network, const EntityId& id) {
  if (network.FindEntity(id) == nullptr) return RankColor(std::nullopt);
  const auto rank = std::count_if(network.entities().begin(), network.entities().end(),
                                  [&](const Entity& e) { return e.id < id; });
  return RankColor(static_cast<std::size_t>(rank));
}

EntityColors::EntityColors(const Network& network) {
  sorted_ids_.reserve(network.entities().size());
  for (const Entity& e : network.entities()) sorted_ids_.push_back(e.id.str());
  std::sort(sorted_ids_.begin(), sorted_ids_.end());
}

std::string EntityColors::operator()(const EntityId& id) const {
  const auto it = std::lower_bound(sorted_ids_.begin(), sorted_ids_.end(), id.str());
  if (it == sorted_ids_.end() || *it != id.str()) return RankColor(std::nullopt);
  return RankColor(static_cast<std::size_t>(it - sorted_ids_.begin()));
}

void WriteGraphSvg(std::ostream& out, const graph::RelationGraph& graph, Date as_of,
                   SvgOptions options) {
  const Network& network = graph.network();
  const graph::AsOfView view = graph.AsOf(as_of);
  const std::vector<graph::Vertex> entities = graph::EntitiesIn(graph, view);
  const std::vector<graph::Vertex> pillars = graph::PillarsIn(graph, view);
  const std::size_t rows = std::max<std::size_t>({entities.size(), pillars.size(), 1});
  const int column_height = static_cast<int>(rows) * kRowStep;
  const int height = kTop + column_height + 40;
  // The shorter column is centred against the longer one.
  const auto column_top = [&](std::size_t count) {
    return kTop + (column_height - static_cast<int>(count) * kRowStep) / 2;
  };
  // Written as drawn: the layout needs only each entity's row.
  std::vector<int> entity_y(boost::num_vertices(graph.graph()), 0);
  {
    int ey = column_top(entities.size());
    for (graph::Vertex v : entities) {
      entity_y[v] = ey;
      ey += kRowStep;
    }
  }
  detail::ChunkedOut svg(out);
  if (options.xml_declaration) svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  svg.Append(R"(<svg xmlns="http://www.w3.org/2000/svg" width=")", kGraphWidth,
             R"(" height=")", height, R"(" viewBox="0 0 )", kGraphWidth, " ", height,
             R"(" font-family="sans-serif" font-size="12">)", "\n",
             R"(<rect width="100%" height="100%" fill="#ffffff"/>)", "\n");
  const std::string subtitle = absl::StrCat("Entities and pillars as of ", FormatDate(as_of));
  svg.Append("<title>", XmlEscape(absl::StrCat(network.info().name, ": ", subtitle)),
             "</title>\n", R"(<text x="20" y="22" font-size="15" font-weight="bold">)",
             XmlEscape(FitText(network.info().name, kGraphWidth - 40, 15)), "</text>\n",
             R"(<text x="20" y="40">)", subtitle, "</text>\n",
             R"(<text x="20" y="64" font-weight="bold">Entities</text>)", "\n");
  svg.Append(R"(<text x=")", kPillarX, R"(" y="64" font-weight="bold">Pillars</text>)", "\n");
  // Edges first, so that the boxes cover their ends.
  int y = column_top(pillars.size());
  for (graph::Vertex pv : pillars) {
    const Pillar& p = graph.PillarOf(pv);
    for (const graph::Edge& e : graph::RolesIn(graph, view, pv)) {
      const graph::EdgeProps& role = view[e];
      const graph::Vertex ev = boost::target(e, view);
      const Entity& entity = graph.EntityOf(ev);
      svg.Append(R"(<line x1=")", kEntityX + kEntityWidth, R"(" y1=")",
                 entity_y[ev] + kBoxHeight / 2, R"(" x2=")", kPillarX, R"(" y2=")");
      svg.Append(y + kBoxHeight / 2, R"(")", Stroke(role.kind, role.provisional), "><title>",
                 XmlEscape(absl::StrCat(entity.DisplayName(), ": ", ToAbsl(ToString(role.kind)),
                                        role.provisional ? " (provisional)" : "", " of ",
                                        p.name)),
                 "</title></line>\n");
    }
    y += kRowStep;
  }
  {
    const EntityColors colors(network);
    for (graph::Vertex v : entities) {
      const int ey = entity_y[v];
      const Entity& e = graph.EntityOf(v);
      svg.Append(R"(<rect x=")", kEntityX, R"(" y=")", ey, R"(" width=")", kEntityWidth,
                 R"(" height=")", kBoxHeight, R"(" rx="3" fill=")", colors(e.id),
                 R"(" stroke="#555555"><title>)");
      svg.Append(XmlEscape(absl::StrCat(e.DisplayName(), ": ", e.name)), "</title></rect>\n",
                 R"(<text x=")", kEntityX + 6, R"(" y=")", ey + 14, R"(">)",
                 XmlEscape(FitText(e.DisplayName(), kEntityWidth - 12, kFont)), "</text>\n");
    }
  }
  y = column_top(pillars.size());
  for (graph::Vertex pv : pillars) {
    const Pillar& p = graph.PillarOf(pv);
    const std::string label = absl::StrCat(p.number, ". ", p.name);
    svg.Append(R"(<rect x=")", kPillarX, R"(" y=")", y, R"(" width=")", kPillarWidth,
               R"(" height=")", kBoxHeight,
               R"(" rx="10" fill="#dde8f5" stroke="#555555"><title>)", XmlEscape(label),
               "</title></rect>\n");
    svg.Append(R"(<text x=")", kPillarX + 10, R"(" y=")", y + 14, R"(">)",
               XmlEscape(FitText(label, kPillarWidth - 20, kFont)), "</text>\n");
    y += kRowStep;
  }
  // Legend.
  const int ly = kTop + column_height + 22;
  int lx = 20;
  struct Key {
    std::string_view label;
    RoleKind kind;
    bool provisional;
  };
  const Key keys[] = {{"lead", RoleKind::kLead, false},
                      {"provisional lead", RoleKind::kLead, true},
                      {"member", RoleKind::kMember, false},
                      {"support", RoleKind::kSupport, false}};
  for (const Key& key : keys) {
    svg.Append(R"(<line x1=")", lx, R"(" y1=")", ly - 4, R"(" x2=")", lx + 30, R"(" y2=")",
               ly - 4, R"(")", Stroke(key.kind, key.provisional), "/>\n");
    svg.Append(R"(<text x=")", lx + 36, R"(" y=")", ly, R"(">)", ToAbsl(key.label),
               "</text>\n");
    lx += 36 + static_cast<int>(TextWidth(key.label, kFont)) + 24;
  }
  svg.Append("</svg>\n");
}

}  // namespace netgov::io
