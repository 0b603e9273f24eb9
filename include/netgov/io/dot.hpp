// File: netgov/io/dot.hpp
// -----------------------------------------------------------------------------
//
// The relationship graph as Graphviz DOT, for `netgov graph --format dot` and
// the picture of the default network (docs/default-network.svg).
//
// Entities and pillars are two visually distinct groups: entities are boxes in
// one cluster, pillars filled ellipses in another. Each role is an edge
// entity -- pillar: lead edges are bold, provisional ones dashed, support
// edges dotted, member edges plain. Labels are escaped for DOT quoted strings
// (quotes, backslashes, newlines) and for Graphviz's entity handling (`&`,
// `<`, `>` as `&amp;`, `&lt;`, `&gt;`), so any name renders as written.
// Output is deterministic: nodes by kind then id, edges by (pillar number,
// pillar id, entity id, role).
//
// Example:
//
//   netgov::graph::RelationGraph g(netgov::io::DefaultNetwork());
//   std::string dot = netgov::io::WriteDot(g, netgov::Date(2021, 12, 6));
//   // dot -Tsvg -o network.svg

#ifndef NETGOV_IO_DOT_HPP_
#define NETGOV_IO_DOT_HPP_

#include <ostream>
#include <string>
#include <string_view>

#include "netgov/core/date.hpp"
#include "netgov/graph/graph.hpp"

namespace netgov::io {

// DotQuote()
//
// `text` as a DOT quoted string, quotes included: `"` and `\` are
// backslash-escaped, a newline becomes `\n`, a carriage return is dropped,
// `&`, `<` and `>` become `&amp;`, `&lt;` and `&gt;`.
std::string DotQuote(std::string_view text);

// WriteDot()
//
// The graph as of `as_of`: entities that are members, launched pillars and
// the roles valid on that day. The first form writes it to `out` as it goes
// (nothing of it is held whole); the second returns it.
void WriteDot(std::ostream& out, const graph::RelationGraph& graph, Date as_of);
std::string WriteDot(const graph::RelationGraph& graph, Date as_of);

}  // namespace netgov::io

#endif  // NETGOV_IO_DOT_HPP_
