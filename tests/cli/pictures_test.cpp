// `netgov timeline` and `netgov brief --format html`.
#include <fstream>
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/io/timeline.hpp"
#include "tests/testing/cli_runner.hpp"
#include "tests/testing/write_recorder.hpp"

namespace netgov::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

const std::string kHostile = std::string(NETGOV_SOURCE_DIR) + "/tests/pictures/hostile.netgov.json";

std::string LibraryTimeline(io::TimelineOptions options) {
  std::ostringstream out;
  EXPECT_TRUE(io::WriteTimelineSvg(out, io::DefaultNetwork(), options).ok());
  return out.str();
}

TEST(TimelineCommand, WritesTheLibrarysSvgForTheDefaultWindow) {
  EXPECT_EQ(testing::RunNetgovOk({"timeline"}),
            LibraryTimeline(io::DefaultTimelineOptions(testing::kToday)));
  EXPECT_EQ(testing::RunNetgovOk({"timeline", "--format", "svg"}),
            LibraryTimeline(io::DefaultTimelineOptions(testing::kToday)));
}

TEST(TimelineCommand, TakesTheWindow) {
  EXPECT_EQ(testing::RunNetgovOk({"timeline", "--from", "2021-01-01", "--to", "2023-12-31"}),
            LibraryTimeline({.from = Date(2021, 1, 1), .to = Date(2023, 12, 31),
                             .as_of = testing::kToday}));
}

TEST(TimelineCommand, ErrorsSayWhatWouldBeRight) {
  const testing::CliResult reversed =
      testing::RunNetgov({"timeline", "--from", "2023-01-01", "--to", "2022-01-01"});
  EXPECT_EQ(reversed.code, 2);
  EXPECT_EQ(reversed.out, "");
  EXPECT_EQ(reversed.err,
            "netgov timeline: timeline window 2023-01-01..2022-01-01 ends before it starts; "
            "give a --to on or after 2023-01-01\n");
  const testing::CliResult text = testing::RunNetgov({"timeline", "--format", "text"});
  EXPECT_EQ(text.code, 2);
  EXPECT_EQ(text.err, "netgov timeline: unknown format 'text'; expected svg\n");
}

TEST(BriefHtml, SelfContainedPageWithTheBriefsFacts) {
  const std::string html = testing::RunNetgovOk({"brief", "--format", "html"});
  EXPECT_THAT(html, StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                               "<meta charset=\"utf-8\">\n"));
  EXPECT_THAT(html, HasSubstr("<tr><td>Co-Chair</td><td>2021-01-01..2021-12-31</td>"
                              "<td>OHCHR, UNESCO</td><td>recorded</td><td>history</td></tr>\n"));
  EXPECT_THAT(html, HasSubstr("<h2>Pillars (8: 1 with only a provisional lead, 0 without a "
                              "lead, 1 not launched)</h2>\n"));
  // No DPPA membership: the minutes "Reflected on ... DPPA participation".
  EXPECT_THAT(html, HasSubstr("<tr><td>3</td><td>Times of Crisis</td><td>OHCHR (provisional)"
                              "</td><td>-</td><td>OSAPG</td><td>provisional lead only</td>"
                              "</tr>\n"));
  EXPECT_THAT(html, HasSubstr("<tr><td>2021-12-21</td><td>in 15 d</td><td>co-chair-2022-call"
                              "</td><td>Open call for 2022 rotating co-chair closes</td></tr>\n"));
  // UNDP, DPPA and UNICEF hold no role (the minutes state none): 3 more notes.
  EXPECT_THAT(html, HasSubstr("<p>0 errors, 4 warnings, 7 notes</p>\n"));
  EXPECT_THAT(html, HasSubstr("<h2>Timeline 2020-01-01 to 2022-12-31</h2>\n<figure>\n<svg "));
  EXPECT_THAT(html, HasSubstr("<h2>Relationship graph</h2>\n<figure>\n<svg "));
  EXPECT_THAT(html, HasSubstr("@media print{"));
  // Nothing to fetch and nothing to run.
  for (const char* outside : {"<script", "<link", "<img", "src=", "href=", "@import", "url(http"}) {
    EXPECT_THAT(html, Not(HasSubstr(outside))) << outside;
  }
  EXPECT_THAT(html, ::testing::EndsWith("</figure>\n</body>\n</html>\n"));
}

TEST(BriefHtml, HostileNamesAreText) {
  const std::string html =
      testing::RunNetgovOk({"--network", kHostile, "brief", "--format", "html"});
  EXPECT_THAT(html, HasSubstr("<title>Hostile &lt;b&gt;names&lt;/b&gt; &amp; &quot;quotes&quot;: "
                              "briefing as of 2021-12-06</title>\n"));
  EXPECT_THAT(html, HasSubstr("<tr><td>1</td><td>&lt;img src=x onerror=alert(2)&gt;</td>"
                              "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>PLAIN</td>"
                              "<td>-</td><td>led</td></tr>\n"));
  EXPECT_THAT(html, HasSubstr("<tr><td>Chair &lt;i&gt;</td><td>2021-01-01..2021-12-31</td>"
                              "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>recorded</td>"
                              "<td>history</td></tr>\n"));
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  EXPECT_THAT(html, Not(HasSubstr("<b>")));
}

// A file in the test's temporary folder holding `text`; its path.
std::string TempFile(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path) << text;
  return path;
}

// The page, pinned as netgov wrote it when it built the brief as one JSON
// document and the pictures as strings first (390c1c5, `netgov --network
// FILE brief --format html --as-of 2026-06-01`): written as it goes, it must
// stay the same.
TEST(BriefHtml, WrittenAsItGoesTheSameBytes) {
  const std::string file = TempFile(
      "brief_html_generated.json",
      testing::RunNetgovOk({"generate", "--entities", "2000", "--pillars", "1000", "--seed", "7"}));
  ::netgov::testing::WriteRecorder recorder;
  std::ostream out(&recorder);
  std::ostringstream err;
  EXPECT_EQ(cli::Run({"--network", file, "brief", "--format", "html"}, out, err, Date(2026, 6, 1)),
            0);
  out.flush();
  EXPECT_EQ(err.str(), "");
  EXPECT_EQ(recorder.bytes().size(), 1712047u);
  EXPECT_EQ(::netgov::testing::Fnv1a64(recorder.bytes()), 0x6f6f02a60593b21eu);
  // The timeline (332 KB) and the graph (1.2 MB) were one write each.
  EXPECT_LE(recorder.largest_write(), 72u * 1024);
}

TEST(BriefHtml, NoTimelineWhenTheRotationEngineCannotDrawIt) {
  // The term starting 9999-01-01 would end in 10000.
  const std::string file =
      std::string(NETGOV_SOURCE_DIR) + "/tests/pictures/far-future.netgov.json";
  const std::string html = testing::RunNetgovOk(
      {"--network", file, "brief", "--format", "html", "--as-of", "9999-06-01"});
  EXPECT_THAT(html, HasSubstr("<h2>Timeline 9998-01-01 to 9999-12-31</h2>\n"
                              "<p>no timeline: rotation &#39;chair&#39;: the term starting "
                              "9999-01-01 would end after 9999-12-31, the last date "
                              "supported</p>\n<h2>Relationship graph</h2>\n<figure>\n<svg "));
}

}  // namespace
}  // namespace netgov::cli
