// The DOT writer: escaping, styles, determinism; the dot_render ctest
// (tests/dot.cmake) checks that Graphviz parses the output.
#include "netgov/io/dot.hpp"

#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/graph/small_networks.hpp"

namespace netgov::io {
namespace {

using ::netgov::testing::SmallNetwork;

TEST(DotQuote, EscapesQuotesBackslashesNewlinesAndAngleBrackets) {
  EXPECT_EQ(DotQuote("a \"b\" \\c\nd<e>&f\r"),
            "\"a \\\"b\\\" \\\\c\\nd&lt;e&gt;&amp;f\"");
  EXPECT_EQ(DotQuote(""), "\"\"");
}

TEST(WriteDot, TwoClustersAndStyledEdges) {
  const graph::RelationGraph g(SmallNetwork(
      {"b", "a"}, {{{"a", RoleKind::kLead, true}, {"b", RoleKind::kSupport}},
                   {{"b", RoleKind::kLead}, {"a", RoleKind::kMember}}}));
  EXPECT_EQ(WriteDot(g, Date(2021, 12, 6)),
            "graph netgov {\n"
            "  label=\"Small (2021-12-06)\";\n"
            "  labelloc=t;\n"
            "  rankdir=LR;\n"
            "  node [fontname=\"Helvetica\"];\n"
            "  edge [fontname=\"Helvetica\", fontsize=10];\n"
            "  subgraph cluster_entities {\n"
            "    label=\"Entities\";\n"
            "    style=rounded;\n"
            "    node [shape=box];\n"
            "    \"entity:a\" [label=\"A\"];\n"
            "    \"entity:b\" [label=\"B\"];\n"
            "  }\n"
            "  subgraph cluster_pillars {\n"
            "    label=\"Pillars\";\n"
            "    style=rounded;\n"
            "    node [shape=ellipse, style=filled, fillcolor=\"#dde8f5\"];\n"
            "    \"pillar:p1\" [label=\"1. Pillar 1\"];\n"
            "    \"pillar:p2\" [label=\"2. Pillar 2\"];\n"
            "  }\n"
            "  \"entity:a\" -- \"pillar:p1\" [label=\"lead (provisional)\", style=\"bold,dashed\"];\n"
            "  \"entity:b\" -- \"pillar:p1\" [label=\"support\", style=\"dotted\"];\n"
            "  \"entity:a\" -- \"pillar:p2\" [label=\"member\"];\n"
            "  \"entity:b\" -- \"pillar:p2\" [label=\"lead\", style=\"bold\"];\n"
            "}\n");
}

TEST(WriteDot, WritesToAStreamWhatItReturns) {
  const graph::RelationGraph g(SmallNetwork(
      {"b", "a"}, {{{"a", RoleKind::kLead, true}, {"b", RoleKind::kSupport}},
                   {{"b", RoleKind::kLead}, {"a", RoleKind::kMember}}}));
  std::ostringstream out;
  out << "before\n";
  WriteDot(out, g, Date(2021, 12, 6));
  EXPECT_EQ(out.str(), "before\n" + WriteDot(g, Date(2021, 12, 6)));
  EXPECT_THAT(out.str(), ::testing::EndsWith("[label=\"lead\", style=\"bold\"];\n}\n"));
}

}  // namespace
}  // namespace netgov::io
