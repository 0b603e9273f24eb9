// File: netgov/io/svg.hpp
// -----------------------------------------------------------------------------
//
// Self-contained SVG pictures of a network, and the helpers they share with
// the HTML brief: XML escaping, text width estimates, entity colours.
//
// `WriteGraphSvg()` draws the entity-pillar relationship graph without
// Graphviz, in a fixed two-column layout: member entities on the left sorted
// by id, launched pillars on the right sorted by (number, id), one line per
// role valid on the date. Lead lines are bold, provisional ones dashed,
// support lines dotted, member lines thin. Every name is XML-escaped; the
// picture uses no external fonts, scripts, links or images (a generic
// `sans-serif` font), and the same inputs give the same bytes.
//
// Example:
//
//   netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   std::ostringstream svg;
//   netgov::io::WriteGraphSvg(svg, g, netgov::Date(2021, 12, 6));

#ifndef NETGOV_IO_SVG_HPP_
#define NETGOV_IO_SVG_HPP_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "netgov/core/date.hpp"
#include "netgov/graph/graph.hpp"
#include "netgov/network/network.hpp"

namespace netgov::io {

// XmlEscape()
//
// `text` safe in XML and HTML character data and quoted attributes: `&`,
// `<`, `>`, `"` and `'` as `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`;
// control characters XML 1.0 forbids (all below U+0020 but tab, newline and
// carriage return) are dropped.
std::string XmlEscape(std::string_view text);

// TextWidth()
//
// The estimated width in pixels of `text` in a sans-serif font of
// `font_size` pixels: 0.6 em per character (UTF-8 code point), generous for
// the usual sans-serif faces, so labels laid out with it do not overlap.
double TextWidth(std::string_view text, double font_size);

// FitText()
//
// `text` cut to fit `max_width` pixels (by `TextWidth()`), ending in "..."
// when cut, never inside a UTF-8 character; "" when not even one character
// and the dots fit.
std::string FitText(std::string_view text, double max_width, double font_size);

// EntityColor()
//
// The fill colour ("#rrggbb") of entity `id` in `network`'s pictures: the
// entity's rank by id picks one of 12 light colours, so the same network
// always gives an entity the same colour and the first 12 entities (by id)
// have distinct ones. An unknown id is grey.
std::string EntityColor(const Network& network, const EntityId& id);

// EntityColors
//
// `EntityColor()` for a picture of many entities: the ids are sorted once
// (O(N log N)) and each colour is then found in O(log N), where
// `EntityColor()` counts the smaller ids, O(N) a call. Same colours. It
// refers to `network`'s ids: the network must outlive it.
//
//   const netgov::io::EntityColors colors(network);
//   std::string fill = colors(netgov::EntityId("ohchr"));  // as EntityColor()
class EntityColors {
 public:
  explicit EntityColors(const Network& network);
  // It would outlive a temporary network: refused at compile time.
  explicit EntityColors(const Network&& network) = delete;
  std::string operator()(const EntityId& id) const;

 private:
  std::vector<std::string_view> sorted_ids_;
};

// SvgOptions
//
// `xml_declaration`: begin with `<?xml ...?>` (a file of its own); false for
// an SVG inlined in HTML.
struct SvgOptions {
  bool xml_declaration = true;
};

// WriteGraphSvg()
//
// The relationship graph as of `as_of` (entities that are members, launched
// pillars, the roles valid on that day) as SVG. Written to `out` as it is
// drawn, in chunks of about 64 KiB: besides `graph`, it holds each entity's
// row and a chunk, not the picture (1.2 MB for 2,000 entities, 59 MB for
// 100,000); the bytes are those of any other stream.
void WriteGraphSvg(std::ostream& out, const graph::RelationGraph& graph, Date as_of,
                   SvgOptions options = {});

}  // namespace netgov::io

#endif  // NETGOV_IO_SVG_HPP_
