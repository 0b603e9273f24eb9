// netgov meetings: every meeting with its start and end in its own zone and
// in each participating entity's zone, sorted by start instant then id; as
// text, JSON or iCalendar. JSON adds "people" (each attending person's
// times, in their own zone when the data gives one); text adds a table of
// the people whose own zone the data gives (away from their entity's).
#include <string>

#include "netgov/calendar/meeting_times.hpp"
#include "netgov/io/ical.hpp"
#include "src/cli/commands.hpp"
#include "src/cli/csv_tables.hpp"

namespace netgov::cli {

absl::StatusOr<int> RunMeetings(const Context& ctx) {
  if (ctx.format == "ics") {
    absl::StatusOr<std::string> ics = io::MeetingsICalendar(ctx.network, ctx.as_of);
    if (!ics.ok()) return ics.status();
    ctx.out << *ics;
    return 0;
  }
  absl::StatusOr<std::vector<calendar::MeetingTimes>> sorted =
      calendar::AllMeetingTimes(ctx.network);
  if (!sorted.ok()) return sorted.status();
  const std::vector<calendar::MeetingTimes>& all = *sorted;
  if (ctx.format == "json" || ctx.format == "csv") {
    nlohmann::json list = nlohmann::json::array();
    for (const calendar::MeetingTimes& t : all) {
      absl::StatusOr<absl::TimeZone> zone = calendar::LoadZone(t.time_zone);
      if (!zone.ok()) return zone.status();
      nlohmann::json local = nlohmann::json::object();
      nlohmann::json local_end = nlohmann::json::object();
      for (const calendar::LocalTime& l : t.local) {
        local[l.entity.str()] = l.start;
        local_end[l.entity.str()] = l.end;
      }
      nlohmann::json people = nlohmann::json::object();
      for (const calendar::PersonTime& p : t.people) {
        people[p.person.str()] = {{"entity", p.entity.empty() ? nlohmann::json(nullptr)
                                                              : nlohmann::json(p.entity.str())},
                                  {"time_zone", p.time_zone},
                                  {"start", p.start},
                                  {"end", p.end}};
      }
      list.push_back({{"id", t.meeting->id.str()},
                      {"people", people},
                      {"title", t.meeting->title},
                      {"start", calendar::FormatLocal(t.start, *zone)},
                      {"end", calendar::FormatLocal(t.end, *zone)},
                      {"time_zone", t.time_zone},
                      {"venue", t.meeting->venue},
                      {"local", local},
                      {"local_end", local_end}});
    }
    if (ctx.format == "csv") {
      PrintMeetingsCsv(ctx.out, list);
      return 0;
    }
    PrintJson(ctx.out, {{"meetings", list}});
    return 0;
  }
  if (all.empty()) ctx.out << "No meetings recorded.\n";
  for (const calendar::MeetingTimes& t : all) {
    absl::StatusOr<absl::TimeZone> zone = calendar::LoadZone(t.time_zone);
    if (!zone.ok()) return zone.status();
    ctx.out << t.meeting->id << "  " << t.meeting->title << "\n  "
            << calendar::FormatLocal(t.start, *zone) << " to "
            << calendar::FormatLocal(t.end, *zone) << " (" << t.time_zone << ")";
    if (!t.meeting->venue.empty()) ctx.out << ", " << t.meeting->venue;
    ctx.out << "\n";
    Table table({"ENTITY", "TIME ZONE", "START", "END"});
    for (const calendar::LocalTime& l : t.local) {
      table.AddRow({EntityLabel(ctx.network, l.entity), l.time_zone, l.start, l.end});
    }
    table.Print(ctx.out, "  ");
    // People whose own zone the data gives (they work away from their
    // entity's headquarters): the entity's row is not their time.
    Table people({"PERSON", "ENTITY", "TIME ZONE", "START", "END"});
    bool any = false;
    for (const calendar::PersonTime& p : t.people) {
      const Person* person = ctx.network.FindPerson(p.person);
      if (person == nullptr || person->time_zone.empty()) continue;
      people.AddRow({person->name, p.entity.empty() ? "-" : EntityLabel(ctx.network, p.entity),
                     p.time_zone, p.start, p.end});
      any = true;
    }
    if (any) people.Print(ctx.out, "  ");
  }
  return 0;
}

}  // namespace netgov::cli
