#include "netgov/io/timeline.hpp"

#include <algorithm>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/io/generate.hpp"
#include "netgov/io/json.hpp"
#include "tests/testing/status_matchers.hpp"
#include "tests/testing/write_recorder.hpp"

namespace netgov::io {
namespace {

using ::netgov::testing::StatusIs;
using ::testing::HasSubstr;
using ::testing::Not;

std::string Timeline(const Network& net, TimelineOptions options) {
  std::ostringstream out;
  const absl::Status status = WriteTimelineSvg(out, net, options);
  EXPECT_TRUE(status.ok()) << status;
  return out.str();
}

struct Label {
  int x;
  int y;
  std::string text;
};

// The `<text>` elements, or those whose attributes after x and y hold
// `attribute`.
std::vector<Label> Labels(const std::string& svg, const std::string& attribute = "") {
  std::vector<Label> out;
  const std::regex text("<text x=\"(-?[0-9]+)\" y=\"([0-9]+)\"([^>]*)>([^<]*)</text>");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text); it != std::sregex_iterator();
       ++it) {
    if ((*it)[3].str().find(attribute) == std::string::npos) continue;
    out.push_back({std::stoi((*it)[1]), std::stoi((*it)[2]), (*it)[4]});
  }
  return out;
}

// The axis labels of the top row, in order.
std::vector<Label> TopAxis(const std::string& svg) {
  std::vector<Label> axis = Labels(svg, " class=\"axis\"");
  std::vector<Label> top;
  for (const Label& l : axis) {
    if (l.y == axis.front().y) top.push_back(l);
  }
  return top;
}

std::vector<std::string> Texts(const std::vector<Label>& labels) {
  std::vector<std::string> out;
  for (const Label& l : labels) out.push_back(l.text);
  return out;
}

// No two labels of one row overlap: each starts after the previous one's
// estimated end.
void ExpectNoOverlap(const std::vector<Label>& row) {
  for (std::size_t i = 1; i < row.size(); ++i) {
    EXPECT_GE(row[i].x, row[i - 1].x + TextWidth(row[i - 1].text, 11))
        << row[i - 1].text << " and " << row[i].text;
  }
}

constexpr std::string_view kSmall = R"({
  "format": "netgov/1",
  "network": {"id": "small", "name": "Small & <b>"},
  "entities": [{"id": "x", "acronym": "<script>&\"'"}, {"id": "y", "acronym": "Y"}],
  "pillars": [{"id": "p", "number": 1, "name": "P <1>",
               "roles": [{"entity": "x", "role": "lead", "to": "2021-06-30"},
                         {"entity": "y", "role": "lead", "provisional": true,
                          "from": "2021-07-01"}]}],
  "rotations": [{"id": "chair", "title": "Chair", "term": {"start": "2021-01-01", "months": 6},
                 "order": {"rule": "open-call"},
                 "history": [{"start": "2021-01-01", "holder": "x"}],
                 "calls": [{"term": "2021-07-01", "closes": "2021-06-15",
                            "fallback": ["extend-incumbent"]}]}]
})";

TEST(WriteTimelineSvg, SmallNetworkExactly) {
  absl::StatusOr<Network> net = LoadNetwork(kSmall);
  ASSERT_TRUE(net.ok()) << net.status();
  const std::string svg = Timeline(
      *net, {.from = Date(2021, 1, 1), .to = Date(2021, 12, 31), .as_of = Date(2021, 7, 15)});
  EXPECT_EQ(svg, R"svg(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="244" viewBox="0 0 1000 244" font-family="sans-serif" font-size="11">
<defs><pattern id="netgov-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="6" fill="#000000" fill-opacity="0.45"/></pattern></defs>
<rect width="100%" height="100%" fill="#ffffff"/>
<rect x="0" y="196" width="1000" height="20" fill="#f3f3f3"/>
<line x1="210" y1="124" x2="210" y2="216" stroke="#b0b0b0"/>
<text x="213" y="108" class="axis">2021-01</text>
<text x="213" y="234" class="axis">2021-01</text>
<line x1="276" y1="124" x2="276" y2="216" stroke="#dddddd"/>
<text x="279" y="108" class="axis">2021-02</text>
<text x="279" y="234" class="axis">2021-02</text>
<line x1="335" y1="124" x2="335" y2="216" stroke="#dddddd"/>
<text x="338" y="108" class="axis">2021-03</text>
<text x="338" y="234" class="axis">2021-03</text>
<line x1="401" y1="124" x2="401" y2="216" stroke="#dddddd"/>
<text x="404" y="108" class="axis">2021-04</text>
<text x="404" y="234" class="axis">2021-04</text>
<line x1="465" y1="124" x2="465" y2="216" stroke="#dddddd"/>
<text x="468" y="108" class="axis">2021-05</text>
<text x="468" y="234" class="axis">2021-05</text>
<line x1="531" y1="124" x2="531" y2="216" stroke="#dddddd"/>
<text x="534" y="108" class="axis">2021-06</text>
<text x="534" y="234" class="axis">2021-06</text>
<line x1="594" y1="124" x2="594" y2="216" stroke="#dddddd"/>
<text x="597" y="108" class="axis">2021-07</text>
<text x="597" y="234" class="axis">2021-07</text>
<line x1="660" y1="124" x2="660" y2="216" stroke="#dddddd"/>
<text x="663" y="108" class="axis">2021-08</text>
<text x="663" y="234" class="axis">2021-08</text>
<line x1="726" y1="124" x2="726" y2="216" stroke="#dddddd"/>
<text x="729" y="108" class="axis">2021-09</text>
<text x="729" y="234" class="axis">2021-09</text>
<line x1="790" y1="124" x2="790" y2="216" stroke="#dddddd"/>
<text x="793" y="108" class="axis">2021-10</text>
<text x="793" y="234" class="axis">2021-10</text>
<line x1="855" y1="124" x2="855" y2="216" stroke="#dddddd"/>
<text x="858" y="108" class="axis">2021-11</text>
<text x="858" y="234" class="axis">2021-11</text>
<line x1="919" y1="124" x2="919" y2="216" stroke="#dddddd"/>
<text x="922" y="108" class="axis">2021-12</text>
<text x="922" y="234" class="axis">2021-12</text>
<title>Small &amp; &lt;b&gt;: Timeline 2021-01-01..2021-12-31, as of 2021-07-15</title>
<text x="10" y="22" font-size="15" font-weight="bold">Small &amp; &lt;b&gt;</text>
<text x="10" y="40" font-size="12">Timeline 2021-01-01..2021-12-31, as of 2021-07-15</text>
<rect x="10" y="56" width="18" height="11" fill="#f4a582"/>
<text x="34" y="66">seat or lead (colour per entity)</text>
<rect x="261" y="56" width="18" height="11" fill="#f4a582"/>
<rect x="261" y="56" width="18" height="11" fill="url(#netgov-hatch)"/>
<text x="285" y="66">fallback holder</text>
<rect x="400" y="56" width="18" height="11" fill="#ffffff" stroke="#444444" stroke-dasharray="3 2"/>
<text x="424" y="66">pending (call open)</text>
<rect x="565" y="56" width="18" height="11" fill="#d9d9d9"/>
<text x="589" y="66">undetermined</text>
<rect x="684" y="56" width="18" height="11" fill="#f4a582" fill-opacity="0.45" stroke="#333333" stroke-dasharray="4 2"/>
<text x="708" y="66">provisional lead</text>
<rect x="837" y="55" width="3" height="13" fill="#000000"/>
<text x="853" y="66">hand-over</text>
<path d="M19 73L25 79L19 85L13 79Z" fill="#2e8b57" stroke="#ffffff"></path>
<text x="34" y="84">launch</text>
<path d="M93 75L103 75L98 84Z" fill="#c0392b"></path>
<text x="113" y="84">deadline</text>
<circle cx="190" cy="79" r="5" fill="#1f5fa8"></circle>
<text x="205" y="84">meeting</text>
<line x1="276" y1="72" x2="276" y2="87" stroke="#d62728" stroke-width="1.5"/>
<text x="291" y="84">as of 2021-07-15</text>
<text x="10" y="143" font-weight="bold" font-size="12">Rotation seats</text>
<text x="10" y="166">Chair</text>
<rect x="210" y="153" width="384" height="18" fill="#f4a582" stroke="#ffffff"><title>Chair 2021-01-01..2021-06-30: &lt;script&gt;&amp;&quot;&#39;; recorded (history)</title></rect>
<text x="402" y="166" text-anchor="middle">&lt;script&gt;&amp;&quot;&#39;</text>
<rect x="594" y="153" width="391" height="18" fill="#f4a582" stroke="#ffffff"><title>Chair 2021-07-01..2021-12-31: &lt;script&gt;&amp;&quot;&#39;; fallback (fallback extend-incumbent: 2nd consecutive term)</title></rect>
<rect x="594" y="153" width="391" height="18" fill="url(#netgov-hatch)"/>
<text x="789" y="166" text-anchor="middle">&lt;script&gt;&amp;&quot;&#39;</text>
<text x="10" y="189" font-weight="bold" font-size="12">Pillar leads</text>
<text x="10" y="210">1. P &lt;1&gt;</text>
<rect x="210" y="199" width="384" height="12" fill="#f4a582" stroke="#ffffff"><title>&lt;script&gt;&amp;&quot;&#39;: lead of P &lt;1&gt;, until 2021-06-30</title></rect>
<text x="402" y="209" text-anchor="middle">&lt;script&gt;&amp;&quot;&#39;</text>
<rect x="594" y="199" width="391" height="12" fill="#92c5de" fill-opacity="0.45" stroke="#333333" stroke-dasharray="4 2"><title>Y: provisional lead of P &lt;1&gt;, from 2021-07-01</title></rect>
<text x="789" y="209" text-anchor="middle">Y (provisional)</text>
<rect x="593" y="197" width="3" height="18" fill="#000000"><title>hand-over: lead of P &lt;1&gt; passes from &lt;script&gt;&amp;&quot;&#39; to Y on 2021-07-01</title></rect>
<line x1="624" y1="96" x2="624" y2="216" stroke="#d62728" stroke-width="1.5"><title>as of 2021-07-15</title></line>
</svg>
)svg");
}

TEST(WriteTimelineSvg, DefaultNetworkShowsSeatsLeadsAndMarkers) {
  const std::string svg = Timeline(DefaultNetwork(), {.from = Date(2021, 1, 1),
                                                      .to = Date(2023, 12, 31),
                                                      .as_of = Date(2021, 12, 6)});
  // 2021 recorded, 2022 pending while the call is open, 2023 undetermined.
  EXPECT_THAT(svg, HasSubstr("<title>Co-Chair 2021-01-01..2021-12-31: OHCHR, UNESCO; recorded "
                             "(history)</title>"));
  EXPECT_THAT(svg, HasSubstr("fill=\"#ffffff\" stroke=\"#444444\" stroke-dasharray=\"3 2\">"
                             "<title>Co-Chair 2022-01-01..2022-12-31: OHCHR + ?; pending "
                             "(call closes 2021-12-21)</title>"));
  EXPECT_THAT(svg, HasSubstr("fill=\"#d9d9d9\" stroke=\"#ffffff\"><title>Co-Chair "
                             "2023-01-01..2023-12-31: OHCHR + ?; undetermined"));
  EXPECT_THAT(svg, HasSubstr("<title>hand-over: lead of Intersectionality passes from UNAIDS to "
                             "ILO on 2022-01-01</title>"));
  EXPECT_THAT(svg, HasSubstr("<title>OHCHR: provisional lead of Times of Crisis, throughout</title>"));
  EXPECT_THAT(svg, HasSubstr("<title>2021-12-21 deadline co-chair-2022-call: Open call for 2022 "
                             "rotating co-chair closes</title>"));
  EXPECT_THAT(svg, HasSubstr("<title>2021-12-06 meeting senior-2021-12-06: Senior-level "
                             "meeting, MS Teams</title>"));
  EXPECT_THAT(svg, HasSubstr("<title>as of 2021-12-06</title>"));
  EXPECT_THAT(Texts(TopAxis(svg)),
              ::testing::ElementsAre("2021 Q1", "2021 Q2", "2021 Q3", "2021 Q4", "2022 Q1",
                                     "2022 Q2", "2022 Q3", "2022 Q4", "2023 Q1", "2023 Q2",
                                     "2023 Q3", "2023 Q4"));
}

TEST(WriteTimelineSvg, FallbackIsHatched) {
  // The co-chairs "may ... alternately request that UNESCO stay on for a
  // second year": a request, so the 2022 term says it is not confirmed.
  const std::string svg = Timeline(DefaultNetwork(), {.from = Date(2021, 1, 1),
                                                      .to = Date(2023, 12, 31),
                                                      .as_of = Date(2021, 12, 22)});
  EXPECT_THAT(svg, HasSubstr("<title>Co-Chair 2022-01-01..2022-12-31: OHCHR, UNESCO; fallback "
                             "(fallback request-incumbent: 2nd consecutive term, requested, not "
                             "confirmed)</title></rect>\n"
                             "<rect x=\"468\" y=\"162\" width=\"259\" height=\"9\" "
                             "fill=\"url(#netgov-hatch)\"/>"));
}

TEST(WriteTimelineSvg, SameBytesEveryTime) {
  const TimelineOptions options = DefaultTimelineOptions(Date(2021, 12, 6));
  EXPECT_EQ(Timeline(DefaultNetwork(), options), Timeline(DefaultNetwork(), options));
}

TEST(WriteTimelineSvg, AxisThinsItsLabelsWithTheSpan) {
  const Network& net = DefaultNetwork();
  const Date as_of(2021, 12, 6);
  const std::vector<Label> months =
      TopAxis(Timeline(net, {.from = Date(2021, 1, 1), .to = Date(2021, 12, 31), .as_of = as_of}));
  EXPECT_EQ(months.size(), 12u);
  EXPECT_EQ(months.front().text, "2021-01");
  const std::vector<Label> years =
      TopAxis(Timeline(net, {.from = Date(2015, 1, 1), .to = Date(2030, 12, 31), .as_of = as_of}));
  EXPECT_THAT(Texts(years), ::testing::ElementsAre("2015", "2016", "2017", "2018", "2019",
                                                   "2020", "2021", "2022", "2023", "2024",
                                                   "2025", "2026", "2027", "2028", "2029",
                                                   "2030"));
  const std::vector<Label> decades =
      TopAxis(Timeline(net, {.from = Date(1900, 1, 1), .to = Date(2099, 12, 31), .as_of = as_of}));
  EXPECT_THAT(Texts(decades), ::testing::ElementsAre("1900", "1910", "1920", "1930", "1940",
                                                     "1950", "1960", "1970", "1980", "1990",
                                                     "2000", "2010", "2020", "2030", "2040",
                                                     "2050", "2060", "2070", "2080", "2090"));
  for (const auto* row : {&months, &years, &decades}) ExpectNoOverlap(*row);
}

TEST(WriteTimelineSvg, FiftyPillarsStayLegible) {
  absl::StatusOr<Network> net = GenerateNetwork({.entities = 120, .pillars = 50, .seed = 3});
  ASSERT_TRUE(net.ok()) << net.status();
  const std::string svg = Timeline(
      *net, {.from = Date(2021, 1, 1), .to = Date(2023, 12, 31), .as_of = Date(2022, 6, 1)});
  const std::vector<Label> axis = TopAxis(svg);
  EXPECT_EQ(axis.size(), 12u);  // quarters
  ExpectNoOverlap(axis);
  // The left column: headings, rotation and pillar labels, one under another
  // with at least a line of 11 px between baselines.
  std::vector<Label> left;
  for (const Label& l : Labels(svg)) {
    if (l.x == 10 && l.y > 100) left.push_back(l);
  }
  int pillars = 0;
  for (std::size_t i = 0; i < left.size(); ++i) {
    pillars += std::regex_match(left[i].text, std::regex("[0-9]+\\. .*"));
    if (i > 0) {
      EXPECT_GE(left[i].y - left[i - 1].y, 12) << left[i].text;
    }
    EXPECT_LE(TextWidth(left[i].text, 11), 190) << left[i].text;
  }
  EXPECT_EQ(pillars, 50);
  // The monthly rotation's 36 terms are too narrow for names: none is
  // labelled (bar labels share their row label's baseline).
  const auto chair = std::find_if(left.begin(), left.end(),
                                  [](const Label& l) { return l.text == "Chair"; });
  ASSERT_NE(chair, left.end());
  for (const Label& l : Labels(svg, "text-anchor=\"middle\"")) EXPECT_NE(l.y, chair->y) << l.text;
  EXPECT_THAT(svg, HasSubstr("text-anchor=\"middle\">E059</text>"));  // a lead's label fits
}

TEST(WriteTimelineSvg, EscapesHostileNames) {
  absl::StatusOr<Network> net =
      LoadNetworkFile(std::string(NETGOV_SOURCE_DIR) + "/tests/pictures/hostile.netgov.json");
  ASSERT_TRUE(net.ok()) << net.status();
  const std::string svg = Timeline(*net, DefaultTimelineOptions(Date(2021, 12, 6)));
  EXPECT_THAT(svg, Not(HasSubstr("<script")));
  EXPECT_THAT(svg, Not(HasSubstr("<img")));
  EXPECT_THAT(svg, Not(HasSubstr("</svg><")));
  EXPECT_THAT(svg, HasSubstr("Meeting &lt;/svg&gt;&lt;script&gt;alert(3)&lt;/script&gt;"));
}

TEST(WriteTimelineSvg, RejectsBadWindows) {
  std::ostringstream out;
  EXPECT_THAT(WriteTimelineSvg(out, DefaultNetwork(),
                               {.from = Date(2023, 1, 1), .to = Date(2022, 1, 1),
                                .as_of = Date(2021, 12, 6)}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "timeline window 2023-01-01..2022-01-01 ends before it starts; give a "
                       "--to on or after 2023-01-01"));
  EXPECT_THAT(WriteTimelineSvg(out, DefaultNetwork(),
                               {.from = Date(1800, 1, 1), .to = Date(2000, 1, 1),
                                .as_of = Date(2021, 12, 6)}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "timeline window 1800-01-01..2000-01-01 spans more than 200 years; give "
                       "a shorter --from..--to"));
  EXPECT_EQ(out.str(), "");
}

TEST(WriteTimelineSvg, EngineErrorWritesNothing) {
  // The term starting 9999-01-01 would end in 10000.
  absl::StatusOr<Network> net = LoadNetworkFile(std::string(NETGOV_SOURCE_DIR) +
                                                "/tests/pictures/far-future.netgov.json");
  ASSERT_TRUE(net.ok()) << net.status();
  std::ostringstream out;
  EXPECT_THAT(WriteTimelineSvg(out, *net, DefaultTimelineOptions(Date(9999, 6, 1))),
              StatusIs(absl::StatusCode::kOutOfRange,
                       "rotation 'chair': the term starting 9999-01-01 would end after "
                       "9999-12-31, the last date supported"));
  EXPECT_EQ(out.str(), "");
}

// The bytes, pinned as netgov wrote them when it built the picture whole in
// memory (390c1c5, `netgov timeline --as-of ...`): written as drawn (a walk
// to measure, one for the bands, one for the marks, in chunks of about 64
// KiB), they must stay the same.
TEST(WriteTimelineSvg, DefaultNetworkSameBytesAsBuiltWhole) {
  const std::string svg = Timeline(DefaultNetwork(), DefaultTimelineOptions(Date(2021, 12, 6)));
  EXPECT_EQ(svg.size(), 10968u);
  EXPECT_EQ(testing::Fnv1a64(svg), 0x3282e463fb4b7dc0u);
}

TEST(WriteTimelineSvg, WritesAGeneratedNetworkAsItDrawsTheSameBytes) {
  absl::StatusOr<Network> net = GenerateNetwork({.entities = 2000, .pillars = 1000, .seed = 7});
  ASSERT_TRUE(net.ok()) << net.status();
  testing::WriteRecorder recorder;
  std::ostream out(&recorder);
  ASSERT_TRUE(WriteTimelineSvg(out, *net, DefaultTimelineOptions(Date(2026, 6, 1))).ok());
  EXPECT_EQ(recorder.bytes().size(), 332244u);
  EXPECT_EQ(testing::Fnv1a64(recorder.bytes()), 0x9d3a96840a88d989u);
  // Built whole, it was one write of 332 KB.
  EXPECT_GE(recorder.writes(), 5u);
  EXPECT_LE(recorder.largest_write(), 72u * 1024);
}

TEST(DefaultTimelineOptions, TheYearBeforeToTheYearAfter) {
  const TimelineOptions o = DefaultTimelineOptions(Date(2021, 12, 6));
  EXPECT_EQ(o.from, Date(2020, 1, 1));
  EXPECT_EQ(o.to, Date(2022, 12, 31));
  EXPECT_EQ(o.as_of, Date(2021, 12, 6));
}

}  // namespace
}  // namespace netgov::io
