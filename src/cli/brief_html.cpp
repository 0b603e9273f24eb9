// `netgov brief --format html`: the briefing as one self-contained HTML page
// (see brief.hpp). The tables are rendered from the same JSON document as the
// text and JSON outputs, with the same cells, and names are given whole (the
// text output shortens them to fit a screen). The page has inline CSS only,
// with print rules for A4 paper, no scripts and no external resources; every
// text is escaped with io::XmlEscape. The page is written as it goes: the
// pillars one row at a time, the timeline and the graph as they are drawn.
#include <streambuf>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "netgov/graph/graph.hpp"
#include "netgov/io/svg.hpp"
#include "netgov/io/timeline.hpp"
#include "src/cli/brief.hpp"

namespace netgov::cli {
namespace {

constexpr std::string_view kStyle = R"(body{font-family:sans-serif;font-size:10.5pt;color:#111;max-width:1000px;margin:16px auto;padding:0 12px}
h1{font-size:16pt;margin:0}
h2{font-size:12pt;margin:16px 0 4px;border-bottom:1px solid #999}
h3{font-size:10.5pt;margin:8px 0 2px}
p{margin:2px 0}
.muted{color:#555}
table{border-collapse:collapse;width:100%;margin:2px 0 6px}
th,td{border:1px solid #c8c8c8;padding:2px 5px;text-align:left;vertical-align:top}
th{background:#eef2f7}
ul{margin:0;padding-left:16px}
figure{margin:6px 0}
svg{max-width:100%;height:auto}
@page{size:A4;margin:10mm}
@media print{body{font-size:7.5pt;max-width:none;margin:0;padding:0}h2{font-size:10pt;margin:8px 0 3px;break-after:avoid}th,td{padding:1px 3px}tr,figure{break-inside:avoid}}
)";

std::string Esc(std::string_view text) { return io::XmlEscape(text); }

// OpenOnFirstWrite
//
// A stream buffer that passes what is written through it to `out`, after
// `opening` before the first byte (or at `Open()`); nothing when nothing is
// written.
class OpenOnFirstWrite final : public std::streambuf {
 public:
  OpenOnFirstWrite(std::ostream& out, std::string_view opening)
      : out_(out), opening_(opening) {}

  void Open() {
    if (opened_) return;
    opened_ = true;
    out_ << opening_;
  }

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    Open();
    out_.write(s, n);
    return n;
  }
  int_type overflow(int_type ch) override {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    Open();
    out_.put(traits_type::to_char_type(ch));
    return ch;
  }

 private:
  std::ostream& out_;
  std::string_view opening_;
  bool opened_ = false;
};

std::string Str(const nlohmann::json& value) {
  return value.is_string() ? value.get<std::string>() : "";
}

void Heading(std::ostream& out, std::string_view text) {
  out << "<h2>" << Esc(text) << "</h2>\n";
}

// A table is written as its header, its rows one by one, and its end.
void HtmlTableHeader(std::ostream& out, const std::vector<std::string>& header) {
  out << "<table>\n<tr>";
  for (const std::string& h : header) out << "<th>" << Esc(h) << "</th>";
  out << "</tr>\n";
}

void HtmlRow(std::ostream& out, const std::vector<std::string>& row) {
  out << "<tr>";
  for (const std::string& cell : row) out << "<td>" << Esc(cell) << "</td>";
  out << "</tr>\n";
}

void HtmlTable(std::ostream& out, const std::vector<std::string>& header,
               const std::vector<std::vector<std::string>>& rows) {
  HtmlTableHeader(out, header);
  for (const std::vector<std::string>& row : rows) HtmlRow(out, row);
  out << "</table>\n";
}

// The pillars as of the date, each row made and written on its own.
void Pillars(std::ostream& out, const Network& network, Date as_of) {
  const std::vector<PillarStatus> pillars = PillarsOn(network, as_of);
  Heading(out, absl::StrCat("Pillars (", PillarCounts(pillars), ")"));
  HtmlTableHeader(out, {"#", "pillar", "leads", "members", "support", "status"});
  for (const PillarStatus& pillar : pillars) HtmlRow(out, PillarRow(network, PillarJson(pillar)));
  out << "</table>\n";
}

// The timeline of the default window, in a figure, or why there is none.
// io::WriteTimelineSvg() writes nothing when it fails, so the figure is
// opened only before its first byte.
void Timeline(std::ostream& out, const Network& network, Date as_of) {
  io::TimelineOptions timeline = io::DefaultTimelineOptions(as_of);
  timeline.svg.xml_declaration = false;
  Heading(out, absl::StrCat("Timeline ", FormatDate(timeline.from), " to ",
                            FormatDate(timeline.to)));
  OpenOnFirstWrite figure(out, "<figure>\n");
  std::ostream svg(&figure);
  if (const absl::Status status = io::WriteTimelineSvg(svg, network, timeline); status.ok()) {
    svg.flush();
    figure.Open();
    out << "</figure>\n";
  } else {
    out << "<p>no timeline: " << Esc(ToStd(status.message())) << "</p>\n";
  }
}

void Commitments(std::ostream& out, const Network& network, const nlohmann::json& list) {
  if (list.empty()) {
    out << "<p>none recorded</p>\n";
    return;
  }
  out << "<table>\n<tr><th>#</th><th>status</th><th>commitment</th><th>stated positions</th>"
         "</tr>\n";
  for (const auto& c : list) {
    out << "<tr><td>" << c.at("number").get<int>() << "</td><td>" << Esc(Str(c.at("status")))
        << "</td><td>" << Esc(Str(c.at("text"))) << "</td><td>";
    if (c.at("positions").empty()) out << "-";
    for (const auto& p : c.at("positions")) {
      const std::string note = Str(p.at("note"));
      out << "<p><b>" << Esc(EntityLabel(network, EntityId(Str(p.at("entity"))))) << "</b>: "
          << Esc(Str(p.at("stance"))) << (note.empty() ? "" : " - ") << Esc(note) << "</p>";
    }
    out << "</td></tr>\n";
  }
  out << "</table>\n";
}

void Deadlines(std::ostream& out, const nlohmann::json& list, std::string_view heading,
               bool due) {
  out << "<h3>" << Esc(heading) << "</h3>\n";
  if (list.empty()) {
    out << "<p>none</p>\n";
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& e : list) {
    std::string date = DateTextOf(e);
    if (Str(e.at("unadjusted")) != Str(e.at("date"))) {
      absl::StrAppend(&date, " (from ", Str(e.at("unadjusted")), ")");
    }
    const long long days = e.at("days_left").get<long long>();
    rows.push_back({date, due && days < 0 ? "running" : DaysLeftText(days), Str(e.at("id")),
                    Str(e.at("title"))});
  }
  HtmlTable(out, {"date", "when", "deadline", "title"}, rows);
}

}  // namespace

void PrintBriefHtml(const Context& ctx, const nlohmann::json& brief, std::ostream& out) {
  const Network& network = ctx.network;
  const std::string name = Str(brief.at("network").at("name"));
  const std::string as_of = Str(brief.at("as_of"));
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << Esc(name) << ": briefing as of " << as_of << "</title>\n"
      << "<style>\n" << kStyle << "</style>\n</head>\n<body>\n"
      << "<h1>" << Esc(name) << "</h1>\n<p class=\"muted\">Briefing as of " << as_of
      << "</p>\n";

  Heading(out, "Co-chairs in effect");
  if (brief.at("co_chairs").empty()) {
    out << "<p>no rotations</p>\n";
  } else {
    HtmlTable(out, {"rotation", "term", "holders", "status", "reason"}, CoChairsRows(brief));
  }

  Pillars(out, network, ctx.as_of);

  Heading(out, absl::StrCat("Commitments (", brief.at("commitments").size(),
                            ") and stated positions"));
  Commitments(out, network, brief.at("commitments"));

  Heading(out, "Deadlines");
  Deadlines(out, brief.at("deadlines").at("due_soon"), "due in the next 60 days", true);
  Deadlines(out, brief.at("deadlines").at("overdue"), "overdue (past 60 days)", false);

  Heading(out, "Rotation outlook");
  if (brief.at("rotation").empty()) out << "<p>no rotations</p>\n";
  for (const auto& rotation : brief.at("rotation")) {
    out << "<h3>" << Esc(Str(rotation.at("rotation"))) << "</h3>\n";
    if (rotation.at("terms").empty()) {
      out << "<p>no further terms</p>\n";
    } else {
      HtmlTable(out, {"start", "end", "holders", "status", "reason"}, OutlookRows(rotation));
    }
  }

  Heading(out, "Diagnostics");
  out << "<p>" << DiagnosticCounts(brief) << "</p>\n";
  std::vector<std::vector<std::string>> diagnostics;
  for (const auto& item : brief.at("diagnostics").at("items")) {
    diagnostics.push_back(
        {Str(item.at("severity")), Str(item.at("pointer")), Str(item.at("message"))});
  }
  if (!diagnostics.empty()) HtmlTable(out, {"severity", "pointer", "message"}, diagnostics);
  if (const std::size_t more = DiagnosticsNotListed(brief); more > 0) {
    out << "<p class=\"muted\">(" << more << " more; netgov validate lists them all)</p>\n";
  }

  Timeline(out, network, ctx.as_of);
  Heading(out, "Relationship graph");
  out << "<figure>\n";
  io::WriteGraphSvg(out, graph::RelationGraph(network), ctx.as_of, {.xml_declaration = false});
  out << "</figure>\n</body>\n</html>\n";
}

}  // namespace netgov::cli
