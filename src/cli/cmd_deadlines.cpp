// netgov deadlines --from DATE --to DATE: every occurrence of every deadline
// whose adjusted date is in the window (default: the as-of date and the 60
// days after it), sorted by adjusted date, then id, then occurrence; as text,
// JSON or iCalendar.
#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "netgov/calendar/calendars.hpp"
#include "netgov/calendar/deadlines.hpp"
#include "netgov/io/ical.hpp"
#include "src/cli/brief.hpp"
#include "src/cli/commands.hpp"
#include "src/cli/csv_tables.hpp"

namespace netgov::cli {
namespace {

nlohmann::json RelationJson(const Relation& rel) {
  return {{"kind", std::string(ToString(rel.kind))},
          {"id", rel.id},
          {"term", DateJson(rel.term)},
          {"entity", rel.entity ? nlohmann::json(rel.entity->str()) : nlohmann::json(nullptr)}};
}

nlohmann::json OccurrenceJson(const calendar::Occurrence& o) {
  const Deadline& d = *o.deadline;
  nlohmann::json reminders = nlohmann::json::array();
  for (Date r : o.reminders) reminders.push_back(FormatDate(r));
  nlohmann::json relates_to = nlohmann::json::array();
  for (const Relation& rel : d.relates_to) relates_to.push_back(RelationJson(rel));
  nlohmann::json entry = {{"id", d.id.str()},
          {"title", d.title},
          {"date", FormatDate(o.date)},
          {"unadjusted", FormatDate(o.unadjusted)},
          {"occurrence", o.index + 1},
          {"calendar", d.calendar ? nlohmann::json(d.calendar->str()) : nlohmann::json(nullptr)},
          {"convention", std::string(ToString(d.convention))},
          {"reminders", reminders},
          {"relates_to", relates_to},
          {"source", d.source}};
  AddPrecision(o, entry);
  return entry;
}

// A title on one table row: line breaks become spaces.
std::string OneLine(std::string text) {
  std::replace_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  return text;
}

}  // namespace

absl::StatusOr<int> RunDeadlines(const Context& ctx) {
  absl::StatusOr<Date> from = ctx.DateOption("from", ctx.as_of);
  if (!from.ok()) return from.status();
  absl::StatusOr<Date> to =
      ctx.DateOption("to", *from + boost::gregorian::date_duration(calendar::kDueSoonDays));
  if (!to.ok()) return to.status();
  if (*to < *from) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--to ", FormatDate(*to), " is before --from ", FormatDate(*from)));
  }
  const calendar::Calendars calendars(ctx.network);
  if (ctx.format == "ics") {
    ctx.out << io::DeadlinesICalendar(ctx.network, calendars, *from, *to, ctx.as_of);
    return 0;
  }
  const std::vector<calendar::Occurrence> occurrences =
      calendar::DeadlinesIn(ctx.network, calendars, *from, *to);
  if (ctx.format == "json" || ctx.format == "csv") {
    nlohmann::json list = nlohmann::json::array();
    for (const calendar::Occurrence& o : occurrences) list.push_back(OccurrenceJson(o));
    if (ctx.format == "csv") {
      PrintDeadlinesCsv(ctx.out, list);
      return 0;
    }
    PrintJson(ctx.out, {{"from", FormatDate(*from)}, {"to", FormatDate(*to)},
                        {"deadlines", list}});
    return 0;
  }
  ctx.out << "Deadlines from " << FormatDate(*from) << " to " << FormatDate(*to) << "\n";
  if (occurrences.empty()) {
    ctx.out << "  none\n";
    return 0;
  }
  Table table({"DATE", "STATED", "ID", "TITLE", "REMINDERS"});
  for (const calendar::Occurrence& o : occurrences) {
    std::vector<std::string> reminders;
    for (Date r : o.reminders) reminders.push_back(FormatDate(r));
    table.AddRow({o.DateText(), o.date == o.unadjusted ? "" : FormatDate(o.unadjusted),
                  o.deadline->id.str(), OneLine(o.deadline->title),
                  absl::StrJoin(reminders, ", ")});
  }
  table.Print(ctx.out, "  ");
  return 0;
}

}  // namespace netgov::cli
