#include "netgov/io/timeline.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "netgov/calendar/calendars.hpp"
#include "netgov/calendar/deadlines.hpp"
#include "netgov/core/strings.hpp"
#include "netgov/rotation/schedule.hpp"
#include "src/io/chunked_out.hpp"

namespace netgov::io {
namespace {

// Layout, in pixels.
constexpr int kWidth = 1000;
constexpr int kLabelX = 10;
constexpr int kLabelWidth = 190;
constexpr int kPlotX0 = 210;
constexpr int kPlotX1 = 985;
constexpr double kFont = 11;
constexpr int kHeadingHeight = 22;
constexpr int kRotationRowHeight = 24;
constexpr int kLaneHeight = 14;
constexpr int kMarkerRowHeight = 42;
constexpr int kMaxMarkerLabelWidth = 180;

constexpr char kAsOfColor[] = "#d62728";
constexpr char kDeadlineColor[] = "#c0392b";
constexpr char kMeetingColor[] = "#1f5fa8";
constexpr char kLaunchColor[] = "#2e8b57";
constexpr char kUndeterminedColor[] = "#d9d9d9";

std::string RangeText(Date start, Date end) {
  return absl::StrCat(FormatDate(start), "..", FormatDate(end));
}

// "2021-01-01..2021-06-30", "from 2021-07-01", "until 2021-06-30" or
// "throughout".
std::string IntervalText(const Interval& valid) {
  if (valid.from && valid.to) return RangeText(*valid.from, *valid.to);
  if (valid.from) return absl::StrCat("from ", FormatDate(*valid.from));
  if (valid.to) return absl::StrCat("until ", FormatDate(*valid.to));
  return "throughout";
}

std::string Names(const Network& network, std::span<const EntityId> ids) {
  std::vector<std::string> names;
  for (const EntityId& id : ids) {
    const Entity* e = network.FindEntity(id);
    names.push_back(e == nullptr ? id.str() : e->DisplayName());
  }
  return absl::StrJoin(names, ", ");
}

// A `<text>` element; `attributes` are added as given.
std::string Text(int x, int y, std::string_view text, absl::string_view attributes = "") {
  return absl::StrCat("<text x=\"", x, "\" y=\"", y, "\"", attributes, ">", XmlEscape(text),
                      "</text>\n");
}

std::string Title(std::string_view text) {
  if (text.empty()) return "";
  return absl::StrCat("<title>", XmlEscape(text), "</title>");
}

// The time scale of the plot area: day `from` starts at kPlotX0, the day
// after `to` at kPlotX1.
class Scale {
 public:
  Scale(Date from, Date to)
      : from_(from),
        to_(to),
        per_day_(static_cast<double>(kPlotX1 - kPlotX0) /
                 static_cast<double>((to - from).days() + 1)) {}

  Date from() const { return from_; }
  Date to() const { return to_; }
  double per_day() const { return per_day_; }
  bool Contains(Date d) const { return from_ <= d && d <= to_; }

  // X()
  //
  // Where day `d` starts.
  int X(Date d) const {
    return kPlotX0 + static_cast<int>(std::lround(static_cast<double>((d - from_).days()) *
                                                  per_day_));
  }
  // XEnd()
  //
  // Where day `d` ends.
  int XEnd(Date d) const {
    return kPlotX0 + static_cast<int>(std::lround(
                         static_cast<double>((d - from_).days() + 1) * per_day_));
  }

  // Clip()
  //
  // `valid` within the window, or nullopt when it misses it.
  std::optional<std::pair<Date, Date>> Clip(const Interval& valid) const {
    const Date start = valid.from ? std::max(*valid.from, from_) : from_;
    const Date end = valid.to ? std::min(*valid.to, to_) : to_;
    if (end < start) return std::nullopt;
    return std::make_pair(start, end);
  }

 private:
  Date from_;
  Date to_;
  double per_day_;
};

// One unit of the axis: a number of months, and how its labels read.
struct AxisUnit {
  int months;
  int min_days;  // the fewest days one unit can have
  std::string_view sample;  // the widest label
};

constexpr AxisUnit kAxisUnits[] = {
    {1, 28, "2021-01"},       {3, 89, "2021 Q1"},        {6, 181, "2021 H1"},
    {12, 365, "2021"},        {24, 730, "2021"},         {60, 1826, "2021"},
    {120, 3652, "2021"},      {240, 7305, "2021"},       {600, 18262, "2021"},
    {1200, 36524, "2021"}};

std::string AxisLabel(int year, int month, int unit_months) {
  switch (unit_months) {
    case 1:
      return absl::StrFormat("%04d-%02d", year, month);
    case 3:
      return absl::StrFormat("%04d Q%d", year, (month - 1) / 3 + 1);
    case 6:
      return absl::StrFormat("%04d H%d", year, (month - 1) / 6 + 1);
    default:
      return absl::StrFormat("%04d", year);
  }
}

// The unit whose labels fit: the finest one whose shortest span is wider
// than its widest label and a gap.
const AxisUnit& ChooseAxisUnit(const Scale& scale) {
  for (const AxisUnit& unit : kAxisUnits) {
    if (static_cast<double>(unit.min_days) * scale.per_day() >=
        TextWidth(unit.sample, kFont) + 8) {
      return unit;
    }
  }
  return kAxisUnits[std::size(kAxisUnits) - 1];
}

// The first days of the axis units within the window.
std::vector<Date> AxisTicks(const Scale& scale, const AxisUnit& unit) {
  std::vector<Date> ticks;
  const Date from = scale.from();
  long long m = static_cast<long long>(from.year()) * 12 + (from.month() - 1);
  if (from.day() != 1) ++m;
  m = (m + unit.months - 1) / unit.months * unit.months;
  for (;; m += unit.months) {
    const int year = static_cast<int>(m / 12);
    if (year > 9999) break;
    const Date d(static_cast<unsigned short>(year), static_cast<unsigned short>(m % 12 + 1), 1);
    if (d > scale.to()) break;
    ticks.push_back(d);
  }
  return ticks;
}

// Places marker labels in lanes under their markers, greedily by date: a
// label goes into the first lane where it does not overlap the previous
// label; it is left out when no lane has room.
class LabelLanes {
 public:
  explicit LabelLanes(int lanes) : ends_(static_cast<std::size_t>(lanes), kPlotX0 - 100) {}

  // Place()
  //
  // The lane and x (with text-anchor) of a label of width `width` for a
  // marker at `x`, or nullopt.
  struct Placement {
    int lane;
    int x;
    bool anchor_end;
  };
  std::optional<Placement> Place(int x, double width) {
    const int w = static_cast<int>(std::ceil(width));
    const bool anchor_end = x + 6 + w > kPlotX1;
    const int start = anchor_end ? x - 6 - w : x + 6;
    if (start < kPlotX0) return std::nullopt;
    for (std::size_t lane = 0; lane < ends_.size(); ++lane) {
      if (start >= ends_[lane] + 8) {
        ends_[lane] = start + w;
        return Placement{static_cast<int>(lane), anchor_end ? x - 6 : x + 6, anchor_end};
      }
    }
    return std::nullopt;
  }

 private:
  std::vector<int> ends_;
};

class TimelineWriter {
 public:
  TimelineWriter(const Network& network, const TimelineOptions& options)
      : network_(network),
        colors_(network),
        options_(options),
        scale_(options.from, options.to) {}

  // Prepare()
  //
  // Everything that can fail, and what the layout needs besides the network,
  // before anything is written: each rotation's terms in the window (a
  // rotation has few), the pillars in order, the deadline occurrences and
  // the meetings in the window.
  absl::Status Prepare() {
    std::vector<const Rotation*> rotations;
    for (const Rotation& r : network_.rotations()) rotations.push_back(&r);
    std::sort(rotations.begin(), rotations.end(),
              [](const Rotation* a, const Rotation* b) { return a->id < b->id; });
    for (const Rotation* r : rotations) {
      absl::StatusOr<rotation::Schedule> schedule = rotation::Schedule::Make(
          network_, r->id, {.as_of = options_.as_of, .departures = {}});
      if (!schedule.ok()) return schedule.status();
      absl::StatusOr<std::vector<rotation::Term>> terms =
          schedule->TermsUntil(options_.from, options_.to);
      if (!terms.ok()) return terms.status();
      rotations_.push_back({r->title.empty() ? r->id.str() : r->title, std::move(*terms)});
    }
    for (const netgov::Pillar& p : network_.pillars()) pillars_.push_back(&p);
    std::sort(pillars_.begin(), pillars_.end(), [](const netgov::Pillar* a,
                                                   const netgov::Pillar* b) {
      return a->number != b->number ? a->number < b->number : a->id < b->id;
    });
    const calendar::Calendars calendars(network_);
    deadlines_ = calendar::DeadlinesIn(network_, calendars, options_.from, options_.to);
    for (const Meeting& m : network_.meetings()) {
      if (m.start.year() < options_.from.year() || m.start.year() > options_.to.year()) continue;
      const Date day(static_cast<unsigned short>(m.start.year()),
                     static_cast<unsigned short>(m.start.month()),
                     static_cast<unsigned short>(m.start.day()));
      if (!scale_.Contains(day)) continue;
      meetings_.push_back({day, &m});
    }
    std::stable_sort(meetings_.begin(), meetings_.end(),
                     [](const MeetingDay& a, const MeetingDay& b) { return a.day < b.day; });
    return absl::OkStatus();
  }

  // Write()
  //
  // The picture, after `Prepare()`, written as it is drawn: the layout is
  // walked once to measure the height the `<svg>` element begins with, then
  // once for the background bands and once for the marks (the axis between
  // them), so nothing but the layout's few numbers is held.
  void Write(std::ostream& out) {
    Walk(Pass::kMeasure);
    detail::ChunkedOut svg(out);
    svg_ = &svg;
    if (options_.svg.xml_declaration) svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"", kWidth, "\" height=\"",
               height_, "\" viewBox=\"0 0 ", kWidth, " ", height_,
               "\" font-family=\"sans-serif\" font-size=\"11\">\n");
    svg.Append("<defs><pattern id=\"netgov-hatch\" width=\"6\" height=\"6\" "
               "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
               "<rect width=\"2\" height=\"6\" fill=\"#000000\" fill-opacity=\"0.45\"/>"
               "</pattern></defs>\n",
               "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    Walk(Pass::kBackground);
    Axis(axis_y_, plot_top_ - 4, plot_bottom_, bottom_label_y_);
    Walk(Pass::kMarks);
    if (scale_.Contains(options_.as_of)) {
      const int x = scale_.X(options_.as_of);
      svg.Append("<line x1=\"", x, "\" y1=\"", axis_y_ - 12, "\" x2=\"", x, "\" y2=\"",
                 plot_bottom_, "\" stroke=\"", kAsOfColor, "\" stroke-width=\"1.5\">",
                 Title(absl::StrCat("as of ", FormatDate(options_.as_of))), "</line>\n");
    }
    svg.Append("</svg>\n");
    svg_ = nullptr;
  }

 private:
  // What a walk over the layout writes: nothing (it measures), the light
  // bands behind odd rows, or everything else.
  enum class Pass { kMeasure, kBackground, kMarks };

  // Walk()
  //
  // Lays the picture out from the top, writing what belongs to `pass`.
  void Walk(Pass pass) {
    pass_ = pass;
    y_ = 0;
    row_ = 0;
    Header();
    axis_y_ = y_;
    y_ += 20;
    plot_top_ = y_;
    Rotations();
    Pillars();
    Markers();
    plot_bottom_ = y_;
    y_ += 18;
    bottom_label_y_ = y_;
    y_ += 10;
    height_ = y_;
  }

  bool Drawing() const { return pass_ == Pass::kMarks; }

  // Draw()
  //
  // The pieces, in the marks pass. (Callers that would build the pieces for
  // nothing in the other passes ask `Drawing()` first.)
  template <typename... Pieces>
  void Draw(const Pieces&... pieces) {
    if (Drawing()) svg_->Append(pieces...);
  }

  void Header() {
    if (Drawing()) HeaderText();
    y_ = 56;
    Legend();
    y_ += 34;
  }

  void HeaderText() {
    const std::string name =
        network_.info().name.empty() ? network_.info().id : network_.info().name;
    const std::string window = absl::StrCat("Timeline ", RangeText(options_.from, options_.to),
                                            ", as of ", FormatDate(options_.as_of));
    Draw(Title(absl::StrCat(name, ": ", window)), "\n",
         Text(kLabelX, 22, FitText(name, kWidth - 2 * kLabelX, 15),
              " font-size=\"15\" font-weight=\"bold\""),
         Text(kLabelX, 40, window, " font-size=\"12\""));
  }

  // The legend: one swatch and label per mark, wrapped to the width.
  void Legend() {
    int x = kLabelX;
    const auto item = [&](std::string_view swatch_kind, std::string_view label) {
      const int width = 18 + 6 + static_cast<int>(TextWidth(label, kFont)) + 16;
      if (x + width > kWidth - kLabelX) {
        x = kLabelX;
        y_ += 18;
      }
      const int sy = y_;
      if (!Drawing()) {
        x += width;
        return;
      }
      if (swatch_kind == "holder") {
        Draw(Rect(x, sy, 18, 11, colors_(FirstEntity()), ""));
      } else if (swatch_kind == "fallback") {
        Draw(Rect(x, sy, 18, 11, colors_(FirstEntity()), ""),
                        Rect(x, sy, 18, 11, "url(#netgov-hatch)", ""));
      } else if (swatch_kind == "pending") {
        Draw(Rect(x, sy, 18, 11, "#ffffff",
                                     " stroke=\"#444444\" stroke-dasharray=\"3 2\""));
      } else if (swatch_kind == "undetermined") {
        Draw(Rect(x, sy, 18, 11, kUndeterminedColor, ""));
      } else if (swatch_kind == "provisional") {
        Draw(Rect(x, sy, 18, 11, colors_(FirstEntity()),
                                     ProvisionalStyle()));
      } else if (swatch_kind == "handover") {
        Draw(Rect(x + 8, sy - 1, 3, 13, "#000000", ""));
      } else if (swatch_kind == "launch") {
        Draw(Diamond(x + 9, sy + 5, ""));
      } else if (swatch_kind == "deadline") {
        Draw(Triangle(x + 9, sy + 1, ""));
      } else if (swatch_kind == "meeting") {
        Draw(Circle(x + 9, sy + 5, ""));
      } else {
        Draw("<line x1=\"", x + 9, "\" y1=\"", sy - 2, "\" x2=\"", x + 9,
                        "\" y2=\"", sy + 13, "\" stroke=\"", kAsOfColor,
                        "\" stroke-width=\"1.5\"/>\n");
      }
      Draw(Text(x + 24, sy + 10, label));
      x += width;
    };
    item("holder", "seat or lead (colour per entity)");
    item("fallback", "fallback holder");
    item("pending", "pending (call open)");
    item("undetermined", "undetermined");
    item("provisional", "provisional lead");
    item("handover", "hand-over");
    item("launch", "launch");
    item("deadline", "deadline");
    item("meeting", "meeting");
    item("asof", absl::StrCat("as of ", FormatDate(options_.as_of)));
  }

  EntityId FirstEntity() const {
    EntityId first;
    for (const Entity& e : network_.entities()) {
      if (first.str().empty() || e.id < first) first = e.id;
    }
    return first;
  }

  static std::string ProvisionalStyle() {
    return " fill-opacity=\"0.45\" stroke=\"#333333\" stroke-dasharray=\"4 2\"";
  }

  static std::string Rect(int x, int y, int w, int h, absl::string_view fill,
                          absl::string_view attributes, std::string_view title = "") {
    std::string out = absl::StrCat("<rect x=\"", x, "\" y=\"", y, "\" width=\"", std::max(w, 1),
                                   "\" height=\"", h, "\" fill=\"", fill, "\"", attributes);
    if (title.empty()) return absl::StrCat(out, "/>\n");
    return absl::StrCat(out, ">", Title(title), "</rect>\n");
  }

  static std::string Diamond(int x, int y, std::string_view title) {
    return absl::StrCat("<path d=\"M", x, " ", y - 6, "L", x + 6, " ", y, "L", x, " ", y + 6,
                        "L", x - 6, " ", y, "Z\" fill=\"", kLaunchColor,
                        "\" stroke=\"#ffffff\">", Title(title), "</path>\n");
  }

  static std::string Triangle(int x, int y, std::string_view title) {
    return absl::StrCat("<path d=\"M", x - 5, " ", y, "L", x + 5, " ", y, "L", x, " ", y + 9,
                        "Z\" fill=\"", kDeadlineColor, "\">", Title(title), "</path>\n");
  }

  static std::string Circle(int x, int y, std::string_view title) {
    return absl::StrCat("<circle cx=\"", x, "\" cy=\"", y, "\" r=\"5\" fill=\"", kMeetingColor,
                        "\">", Title(title), "</circle>\n");
  }

  void Heading(std::string_view text) {
    if (Drawing()) {
      svg_->Append(Text(kLabelX, y_ + 15, text, " font-weight=\"bold\" font-size=\"12\""));
    }
    y_ += kHeadingHeight;
  }

  // A row's label in the left column, and a light band behind odd rows.
  void RowLabel(std::string_view label, int height, absl::string_view attributes = "") {
    if (row_++ % 2 == 1 && pass_ == Pass::kBackground) {
      svg_->Append(Rect(0, y_, kWidth, height, "#f3f3f3", ""));
    }
    if (Drawing()) {
      svg_->Append(Text(kLabelX, y_ + height / 2 + 4, FitText(label, kLabelWidth, kFont),
                        attributes));
    }
  }

  // A label centred in the bar x..x+w, if it fits.
  void BarLabel(int x, int w, int y, std::string_view text) {
    const std::string fitted = FitText(text, w - 4, kFont);
    if (fitted.empty()) return;
    Draw(Text(x + w / 2, y, fitted, " text-anchor=\"middle\""));
  }

  void Rotations() {
    if (rotations_.empty()) return;
    Heading("Rotation seats");
    for (const RotationRow& row : rotations_) {
      RowLabel(row.label, kRotationRowHeight);
      if (Drawing()) {
        for (const rotation::Term& term : row.terms) DrawTerm(row.label, term);
      }
      y_ += kRotationRowHeight;
    }
  }

  void DrawTerm(std::string_view rotation, const rotation::Term& term) {
    const std::optional<std::pair<Date, Date>> clip = scale_.Clip({term.start, term.end});
    if (!clip) return;
    const int x = scale_.X(clip->first);
    const int w = std::max(scale_.XEnd(clip->second) - x, 1);
    const bool open = term.status == rotation::TermStatus::kPending ||
                      term.status == rotation::TermStatus::kUndetermined ||
                      term.rotating().empty();
    std::vector<std::string> slots;  // entity ids, "" for an open rotating seat
    for (const EntityId& id : term.permanent()) slots.push_back(id.str());
    if (open) {
      slots.push_back("");
    } else {
      for (const EntityId& id : term.rotating()) slots.push_back(id.str());
    }
    std::string holders = Names(network_, term.holders);
    if (open) absl::StrAppend(&holders, holders.empty() ? "?" : " + ?");
    const std::string title =
        absl::StrCat(ToAbsl(rotation), " ", RangeText(term.start, term.end), ": ",
                     holders, "; ", ToAbsl(ToString(term.status)),
                     term.reason.empty() ? "" : absl::StrCat(" (", term.reason, ")"));
    const int top = y_ + 3;
    const int height = kRotationRowHeight - 6;
    for (std::size_t i = 0; i < slots.size(); ++i) {
      const int sy = top + static_cast<int>(i) * height / static_cast<int>(slots.size());
      const int sh = top + static_cast<int>(i + 1) * height / static_cast<int>(slots.size()) - sy;
      if (slots[i].empty()) {
        if (term.status == rotation::TermStatus::kPending) {
          Draw(Rect(x, sy, w, sh, "#ffffff",
                                       " stroke=\"#444444\" stroke-dasharray=\"3 2\"", title));
        } else {
          Draw(Rect(x, sy, w, sh, kUndeterminedColor,
                                       " stroke=\"#ffffff\"", title));
        }
        continue;
      }
      Draw(Rect(x, sy, w, sh, colors_(EntityId(slots[i])),
                                   " stroke=\"#ffffff\"", title));
      const bool rotating = i >= term.permanent_count;
      if (rotating && term.status == rotation::TermStatus::kFallback) {
        Draw(Rect(x, sy, w, sh, "url(#netgov-hatch)", ""));
      }
    }
    BarLabel(x, w, top + height / 2 + 4, holders);
  }

  void Pillars() {
    if (pillars_.empty()) return;
    Heading("Pillar leads");
    for (const netgov::Pillar* p : pillars_) DrawPillar(*p);
  }

  struct Bar {
    Date start;
    Date end;
    const Role* role;
    int lane = 0;
  };

  void DrawPillar(const netgov::Pillar& pillar) {
    std::vector<Bar> bars;
    for (const Role& role : pillar.roles) {
      if (role.kind != RoleKind::kLead) continue;
      if (const auto clip = scale_.Clip(role.valid)) {
        bars.push_back({clip->first, clip->second, &role});
      }
    }
    std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) {
      return a.start != b.start ? a.start < b.start : a.role->entity < b.role->entity;
    });
    std::vector<Date> lane_ends;
    for (Bar& bar : bars) {
      std::size_t lane = 0;
      while (lane < lane_ends.size() && !(lane_ends[lane] < bar.start)) ++lane;
      if (lane == lane_ends.size()) lane_ends.push_back(bar.end);
      lane_ends[lane] = bar.end;
      bar.lane = static_cast<int>(lane);
    }
    const int lanes = std::max<int>(1, static_cast<int>(lane_ends.size()));
    const int height = lanes * kLaneHeight + 6;
    const bool never_launched = !pillar.launch.date && !pillar.launch.condition.empty();
    const std::string label =
        Drawing() ? absl::StrCat(pillar.number, ". ", pillar.name) : std::string();
    RowLabel(label, height, never_launched ? " fill=\"#777777\"" : "");
    if (!Drawing()) {
      y_ += height;
      return;
    }
    for (const Bar& bar : bars) {
      const int x = scale_.X(bar.start);
      const int w = std::max(scale_.XEnd(bar.end) - x, 1);
      const int y = y_ + 3 + bar.lane * kLaneHeight;
      const Entity* e = network_.FindEntity(bar.role->entity);
      const std::string name = e == nullptr ? bar.role->entity.str() : e->DisplayName();
      const std::string title =
          absl::StrCat(name, ": ", bar.role->provisional ? "provisional lead" : "lead", " of ",
                       pillar.name, ", ", IntervalText(bar.role->valid));
      Draw(Rect(x, y, w, kLaneHeight - 2,
                                   colors_(bar.role->entity),
                                   bar.role->provisional ? ProvisionalStyle()
                                                         : std::string(" stroke=\"#ffffff\""),
                                   title));
      BarLabel(x, w, y + 10, bar.role->provisional ? absl::StrCat(name, " (provisional)") : name);
    }
    // Hand-overs: a lead role ending the day before another entity's starts.
    for (const Role& a : pillar.roles) {
      for (const Role& b : pillar.roles) {
        if (a.kind != RoleKind::kLead || b.kind != RoleKind::kLead || a.entity == b.entity ||
            !a.valid.to || !b.valid.from ||
            *a.valid.to + boost::gregorian::days(1) != *b.valid.from ||
            !scale_.Contains(*b.valid.from)) {
          continue;
        }
        const std::string title = absl::StrCat(
            "hand-over: lead of ", pillar.name, " passes from ",
            Names(network_, std::span<const EntityId>(&a.entity, 1)), " to ",
            Names(network_, std::span<const EntityId>(&b.entity, 1)), " on ",
            FormatDate(*b.valid.from));
        Draw(Rect(scale_.X(*b.valid.from) - 1, y_ + 1, 3, height - 2,
                                     "#000000", "", title));
      }
    }
    if (pillar.launch.date && scale_.Contains(*pillar.launch.date)) {
      Draw(Diamond(scale_.X(*pillar.launch.date), y_ + height / 2,
                                      absl::StrCat(pillar.name, ": launched ",
                                                   FormatDate(*pillar.launch.date))));
    }
    if (never_launched && bars.empty()) {
      Draw(Text(kPlotX0 + 4, y_ + height / 2 + 4,
                                   FitText(absl::StrCat("not launched: ",
                                                        pillar.launch.condition),
                                           kPlotX1 - kPlotX0 - 8, kFont),
                                   " fill=\"#777777\" font-style=\"italic\""));
    }
    y_ += height;
  }

  struct Marker {
    Date date;
    std::string_view label;
    std::string title;
  };

  // A row of `count` markers, `marker(i)` the i-th.
  void MarkerRow(std::string_view label, std::size_t count,
                 absl::FunctionRef<Marker(std::size_t)> marker, bool deadline) {
    RowLabel(label, kMarkerRowHeight);
    if (Drawing()) {
      LabelLanes lanes(2);
      for (std::size_t i = 0; i < count; ++i) {
        const Marker m = marker(i);
        const int x =
            scale_.X(m.date) + std::max(0, (scale_.XEnd(m.date) - scale_.X(m.date)) / 2);
        Draw(deadline ? Triangle(x, y_ + 3, m.title) : Circle(x, y_ + 8, m.title));
        const std::string text = FitText(m.label, kMaxMarkerLabelWidth, kFont);
        const std::optional<LabelLanes::Placement> at = lanes.Place(x, TextWidth(text, kFont));
        if (!at) continue;
        Draw(Text(at->x, y_ + 24 + at->lane * 13, text,
                  at->anchor_end ? " text-anchor=\"end\"" : ""));
      }
    }
    y_ += kMarkerRowHeight;
  }

  void Markers() {
    if (deadlines_.empty() && meetings_.empty()) return;
    Heading("Deadlines and meetings");
    MarkerRow("Deadlines", deadlines_.size(), [&](std::size_t i) {
      const calendar::Occurrence& o = deadlines_[i];
      return Marker{o.date, o.deadline->title,
                    absl::StrCat(o.DateText(), " deadline ", o.deadline->id.str(), ": ",
                                 o.deadline->title,
                                 o.date == o.unadjusted
                                     ? ""
                                     : absl::StrCat(" (moved from ", FormatDate(o.unadjusted),
                                                    ")"))};
    }, true);
    MarkerRow("Meetings", meetings_.size(), [&](std::size_t i) {
      const Meeting& m = *meetings_[i].meeting;
      return Marker{meetings_[i].day, m.title,
                    absl::StrCat(FormatDate(meetings_[i].day), " meeting ", m.id.str(), ": ",
                                 m.title, m.venue.empty() ? "" : absl::StrCat(", ", m.venue))};
    }, false);
  }

  // The axis: a grid line and a label (above the plot and below it) for
  // each unit.
  void Axis(int top_label_y, int grid_top, int grid_bottom, int bottom_label_y) {
    const AxisUnit& unit = ChooseAxisUnit(scale_);
    for (const Date tick : AxisTicks(scale_, unit)) {
      const int x = scale_.X(tick);
      const bool year_start = tick.month() == 1;
      svg_->Append("<line x1=\"", x, "\" y1=\"", grid_top, "\" x2=\"", x, "\" y2=\"",
                      grid_bottom, "\" stroke=\"", year_start ? "#b0b0b0" : "#dddddd",
                      "\"/>\n");
      const std::string label = AxisLabel(tick.year(), tick.month(), unit.months);
      if (x + 3 + TextWidth(label, kFont) > kPlotX1) continue;
      svg_->Append(Text(x + 3, top_label_y, label, " class=\"axis\""),
                      Text(x + 3, bottom_label_y, label, " class=\"axis\""));
    }
  }

  const Network& network_;
  const EntityColors colors_;  // EntityColor() of each entity, ranks sorted once
  const TimelineOptions& options_;
  Scale scale_;
  // From Prepare().
  struct RotationRow {
    std::string label;
    std::vector<rotation::Term> terms;
  };
  std::vector<RotationRow> rotations_;
  std::vector<const netgov::Pillar*> pillars_;
  std::vector<calendar::Occurrence> deadlines_;
  struct MeetingDay {
    Date day;
    const Meeting* meeting;
  };
  std::vector<MeetingDay> meetings_;
  // The walk.
  detail::ChunkedOut* svg_ = nullptr;  // while Write() writes
  Pass pass_ = Pass::kMeasure;
  int y_ = 0;
  int row_ = 0;
  // Measured by a walk.
  int axis_y_ = 0;
  int plot_top_ = 0;
  int plot_bottom_ = 0;
  int bottom_label_y_ = 0;
  int height_ = 0;
};

}  // namespace

TimelineOptions DefaultTimelineOptions(Date as_of) {
  const int year = as_of.year();
  return {.from = Date(static_cast<unsigned short>(std::max(year - 1, 1400)), 1, 1),
          .to = Date(static_cast<unsigned short>(std::min(year + 1, 9999)), 12, 31),
          .as_of = as_of};
}

absl::Status WriteTimelineSvg(std::ostream& out, const Network& network,
                              const TimelineOptions& options) {
  if (options.to < options.from) {
    return absl::InvalidArgumentError(
        absl::StrCat("timeline window ", RangeText(options.from, options.to),
                     " ends before it starts; give a --to on or after ",
                     FormatDate(options.from)));
  }
  if (options.to.year() - options.from.year() >= kMaxTimelineYears) {
    return absl::InvalidArgumentError(absl::StrCat(
        "timeline window ", RangeText(options.from, options.to), " spans more than ",
        kMaxTimelineYears, " years; give a shorter --from..--to"));
  }
  TimelineWriter writer(network, options);
  if (absl::Status status = writer.Prepare(); !status.ok()) return status;
  writer.Write(out);
  return absl::OkStatus();
}

}  // namespace netgov::io
