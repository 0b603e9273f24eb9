// netgov timeline: rotation seats, pillar leads, launches, deadlines and
// meetings on one time axis, as a self-contained SVG (io::WriteTimelineSvg).
// The window defaults to io::DefaultTimelineOptions(): 1 January of the year
// before the as-of date to 31 December of the year after.
#include "absl/strings/str_cat.h"
#include "netgov/io/timeline.hpp"
#include "src/cli/commands.hpp"

namespace netgov::cli {

absl::StatusOr<int> RunTimeline(const Context& ctx) {
  io::TimelineOptions options = io::DefaultTimelineOptions(ctx.as_of);
  absl::StatusOr<Date> from = ctx.DateOption("from", options.from);
  if (!from.ok()) return from.status();
  absl::StatusOr<Date> to = ctx.DateOption("to", options.to);
  if (!to.ok()) return to.status();
  options.from = *from;
  options.to = *to;
  const absl::Status status = io::WriteTimelineSvg(ctx.out, ctx.network, options);
  if (!status.ok()) return status;
  return 0;
}

}  // namespace netgov::cli
