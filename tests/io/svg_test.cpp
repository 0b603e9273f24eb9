#include "netgov/io/svg.hpp"

#include <set>
#include <sstream>
#include <string>
#include <type_traits>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/graph/graph.hpp"
#include "netgov/io/default_network.hpp"
#include "netgov/io/generate.hpp"
#include "netgov/io/json.hpp"
#include "tests/testing/write_recorder.hpp"

namespace netgov::io {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(XmlEscape, EscapesMarkupAndDropsForbiddenControls) {
  EXPECT_EQ(XmlEscape("<script>&\"'\x01\x1f ok\t\n"),
            "&lt;script&gt;&amp;&quot;&#39; ok\t\n");
  EXPECT_EQ(XmlEscape("Über"), "Über");
}

TEST(FitText, CutsAtCharactersWithDots) {
  // 0.6 em per character: 6 px at 10 px.
  EXPECT_EQ(TextWidth("Leave", 10), 30);
  EXPECT_EQ(TextWidth("Ünï", 10), 18);
  EXPECT_EQ(FitText("Leave No One Behind", 114, 10), "Leave No One Behind");
  EXPECT_EQ(FitText("Leave No One Behind", 60, 10), "Leave N...");
  EXPECT_EQ(FitText("ÜÜÜÜÜÜ", 36, 10), "ÜÜÜÜÜÜ");
  EXPECT_EQ(FitText("ÜÜÜÜÜÜ", 30, 10), "ÜÜ...");
  EXPECT_EQ(FitText("Leave", 20, 10), "");
}

TEST(EntityColor, TwelveDistinctByRankAndStable) {
  const Network& net = DefaultNetwork();
  ASSERT_EQ(net.entities().size(), 14u);
  std::set<std::string> colors;
  for (const Entity& e : net.entities()) colors.insert(EntityColor(net, e.id));
  EXPECT_EQ(colors.size(), 12u);  // the 13th and 14th by id repeat the 1st and 2nd
  EXPECT_EQ(EntityColor(net, EntityId("unrwa")), EntityColor(net, EntityId("dgc")));
  EXPECT_EQ(EntityColor(net, EntityId("dgc")), "#f4a582");  // first by id
  EXPECT_EQ(EntityColor(net, EntityId("nobody")), "#cccccc");
}

// It refers to the network's ids, so a temporary network is refused.
static_assert(std::is_constructible_v<EntityColors, const Network&>);
static_assert(!std::is_constructible_v<EntityColors, Network&&>);

TEST(EntityColors, SameColoursAsEntityColor) {
  const Network& net = DefaultNetwork();
  const EntityColors colors(net);
  for (const Entity& e : net.entities()) {
    EXPECT_EQ(colors(e.id), EntityColor(net, e.id)) << e.id;
  }
  EXPECT_EQ(colors(EntityId("dgc")), "#f4a582");
  EXPECT_EQ(colors(EntityId("unrwa")), "#f4a582");  // 13th by id: the palette again
  EXPECT_EQ(colors(EntityId("nobody")), "#cccccc");
  EXPECT_EQ(colors(EntityId("zzz")), "#cccccc");  // after the last id
  EXPECT_EQ(colors(EntityId("")), "#cccccc");     // before the first
}

TEST(WriteGraphSvg, DrawsEntitiesPillarsAndStyledRoles) {
  std::ostringstream out;
  WriteGraphSvg(out, graph::RelationGraph(DefaultNetwork()), Date(2021, 12, 6));
  const std::string svg = out.str();
  EXPECT_THAT(svg, ::testing::StartsWith(
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"920\" height=\"480\""));
  // OHCHR's provisional lead of Times of Crisis: bold and dashed.
  EXPECT_THAT(svg, HasSubstr("stroke=\"#222222\" stroke-width=\"2.5\" stroke-dasharray=\"7 4\">"
                             "<title>OHCHR: lead (provisional) of Times of Crisis</title>"));
  EXPECT_THAT(svg, HasSubstr(">3. Times of Crisis</text>"));
  EXPECT_THAT(svg, Not(HasSubstr("UN Internal Diversity")));  // not launched
}

TEST(WriteGraphSvg, EscapesHostileNamesAndOmitsTheDeclarationInline) {
  absl::StatusOr<Network> net =
      LoadNetworkFile(std::string(NETGOV_SOURCE_DIR) + "/tests/pictures/hostile.netgov.json");
  ASSERT_TRUE(net.ok()) << net.status();
  std::ostringstream out;
  WriteGraphSvg(out, graph::RelationGraph(*net), Date(2022, 6, 1), {.xml_declaration = false});
  const std::string svg = out.str();
  EXPECT_THAT(svg, ::testing::StartsWith("<svg "));
  EXPECT_THAT(svg, HasSubstr(">&lt;script&gt;&amp;&quot;&#39;</text>"));
  EXPECT_THAT(svg, HasSubstr(">1. &lt;img src=x onerror=alert(2)&gt;</text>"));
  EXPECT_THAT(svg, Not(HasSubstr("<script")));
  EXPECT_THAT(svg, Not(HasSubstr("<img")));
}

// The pictures' bytes, pinned as netgov wrote them when it built them whole
// in memory (390c1c5, by `netgov brief --format html`): written as drawn,
// in chunks (ChunkedOut: about 64 KiB each), they must stay the same.
TEST(WriteGraphSvg, DefaultNetworkSameBytesAsBuiltWhole) {
  std::ostringstream out;
  WriteGraphSvg(out, graph::RelationGraph(DefaultNetwork()), Date(2021, 12, 6),
                {.xml_declaration = false});
  EXPECT_EQ(out.str().size(), 6952u);
  EXPECT_EQ(testing::Fnv1a64(out.str()), 0x3e854e1076977f16u);
}

TEST(WriteGraphSvg, WritesAGeneratedNetworkAsItDrawsTheSameBytes) {
  absl::StatusOr<Network> net = GenerateNetwork({.entities = 2000, .pillars = 1000, .seed = 7});
  ASSERT_TRUE(net.ok()) << net.status();
  testing::WriteRecorder recorder;
  std::ostream out(&recorder);
  WriteGraphSvg(out, graph::RelationGraph(*net), Date(2026, 6, 1), {.xml_declaration = false});
  EXPECT_EQ(recorder.bytes().size(), 1247342u);
  EXPECT_EQ(testing::Fnv1a64(recorder.bytes()), 0x1177d993bb7febe8u);
  // Built whole, it was one write of 1.2 MB.
  EXPECT_GE(recorder.writes(), 19u);
  EXPECT_LE(recorder.largest_write(), 72u * 1024);
}

}  // namespace
}  // namespace netgov::io
