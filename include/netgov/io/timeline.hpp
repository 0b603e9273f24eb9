// File: netgov/io/timeline.hpp
// -----------------------------------------------------------------------------
//
// A timeline picture of a network as a self-contained SVG
// (`netgov timeline --format svg`): on one time axis,
//   - each rotation's seats, term by term: each holder in its own colour
//     (`EntityColor()`), permanent holders and rotating holders stacked in the
//     term's bar; a `fallback` holder hatched, a `pending` seat outlined and
//     dashed, an `undetermined` seat grey with "?";
//   - each pillar's leads (pillars by number, then id): one bar per lead role,
//     co-leads in lanes of their own, provisional leads pale and dashed, a
//     hand-over (one lead's role ends the day before another's starts) as a
//     black bar at the change, a dated launch as a green diamond and a pillar
//     not launched in grey with its condition;
//   - deadline occurrences (adjusted to business days) as red triangles and
//     meetings (on their local start day) as blue circles;
//   - the as-of date as a red line.
// The axis labels months, quarters, half-years, years or every 2, 5, 10, ...
// years, the finest unit whose labels fit without overlapping; labels in bars
// and markers are shown only where they fit, and every item carries a
// `<title>` tooltip with the full facts. A legend explains the marks.
//
// The SVG uses no external fonts, scripts, links or images (the generic
// `sans-serif` font family), escapes every name (`XmlEscape()`), and the same
// inputs give the same bytes.
//
// Example:
//
//   std::ostringstream file;
//   absl::Status s = netgov::io::WriteTimelineSvg(
//       file, netgov::io::DefaultNetwork(),
//       {.from = netgov::Date(2021, 1, 1), .to = netgov::Date(2023, 12, 31),
//        .as_of = netgov::Date(2021, 12, 6)});

#ifndef NETGOV_IO_TIMELINE_HPP_
#define NETGOV_IO_TIMELINE_HPP_

#include <ostream>

#include "absl/status/status.h"
#include "netgov/core/date.hpp"
#include "netgov/io/svg.hpp"
#include "netgov/network/network.hpp"

namespace netgov::io {

// kMaxTimelineYears
//
// The longest window a timeline draws.
inline constexpr int kMaxTimelineYears = 200;

// TimelineOptions
//
// The window `from..to` (inclusive), the as-of date (which decides open
// calls and where the red line is), and the SVG options.
struct TimelineOptions {
  Date from;
  Date to;
  Date as_of;
  SvgOptions svg = {};
};

// DefaultTimelineOptions()
//
// The default window for `as_of`: 1 January of the year before to 31
// December of the year after (three calendar years, the as-of year in the
// middle).
TimelineOptions DefaultTimelineOptions(Date as_of);

// WriteTimelineSvg()
//
// Writes the timeline of `network` for `options` to `out`. `InvalidArgument`
// (and nothing written) when the window ends before it starts or is longer
// than `kMaxTimelineYears`; an error of the rotation engine (a term outside
// the supported years) is passed on, also with nothing written.
//
// Written as it is drawn, in chunks of about 64 KiB: all that can fail (the
// rotations' terms in the window) is done first, then the layout is walked
// to measure the picture's height, once for the row bands and once for the
// marks, so memory holds the terms, the pillar order and the deadline and
// meeting dates, never the picture.
absl::Status WriteTimelineSvg(std::ostream& out, const Network& network,
                              const TimelineOptions& options);

}  // namespace netgov::io

#endif  // NETGOV_IO_TIMELINE_HPP_
