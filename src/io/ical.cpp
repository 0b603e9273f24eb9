#include "netgov/io/ical.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "netgov/calendar/deadlines.hpp"
#include "netgov/calendar/meeting_times.hpp"
#include "netgov/core/strings.hpp"

namespace netgov::io {
namespace {

// Collects content lines and folds each.
class Writer {
 public:
  void Line(std::string_view name, std::string_view value) {
    out_ += FoldICalLine(absl::StrCat(ToAbsl(name), ":", ToAbsl(value)));
  }
  void Text(std::string_view name, std::string_view text) {
    Line(name, EscapeICalText(text));
  }
  std::string Take() && { return std::move(out_); }

 private:
  std::string out_;
};

std::string IcalDate(Date d) {
  return absl::StrFormat("%04d%02d%02d", static_cast<int>(d.year()),
                         static_cast<int>(d.month()), static_cast<int>(d.day()));
}

std::string IcalCivil(absl::CivilSecond cs) {
  return absl::StrFormat("%04d%02d%02dT%02d%02d%02d", cs.year(), cs.month(), cs.day(),
                         cs.hour(), cs.minute(), cs.second());
}

std::string Stamp(Date as_of) { return IcalDate(as_of) + "T000000Z"; }

std::string Uid(const Network& network, std::string_view id) {
  return absl::StrCat(ToAbsl(id), "@", network.info().id, ".netgov");
}

// "+0100", "-0530", "+054540" (seconds only when there are some).
std::string Offset(int seconds) {
  const char sign = seconds < 0 ? '-' : '+';
  const int s = std::abs(seconds);
  std::string out = absl::StrFormat("%c%02d%02d", sign, s / 3600, (s / 60) % 60);
  if (s % 60 != 0) absl::StrAppendFormat(&out, "%02d", s % 60);
  return out;
}

void Begin(Writer& w, std::string_view what) { w.Line("BEGIN", what); }
void End(Writer& w, std::string_view what) { w.Line("END", what); }

void Header(Writer& w) {
  Begin(w, "VCALENDAR");
  w.Line("VERSION", "2.0");
  w.Line("PRODID", kICalProductId);
  w.Line("CALSCALE", "GREGORIAN");
}

// ---------------------------------------------------------------------------
// Deadlines

constexpr std::string_view kDays[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

// The date the RRULE we write generates for the period of occurrence `o`:
// its unadjusted date, except for `last-business-day`, whose RRULE gives the
// month's last day (holidays have no RRULE form).
Date RuleDate(const Deadline& d, const calendar::Occurrence& o) {
  const Recurrence& r = *d.recurrence;
  if (r.freq != Frequency::kWeekly && r.day_rule == DayRule::kLastBusinessDay) {
    return o.unadjusted.end_of_month();
  }
  return o.unadjusted;
}

// "BYMONTHDAY=D", or, for a day some periods lack (a 29th to 31st monthly, 29
// February yearly), the last of 28..D (BYSETPOS=-1): RFC 5545 skips a day a
// period lacks, netgov takes the period's last day.
std::string MonthDayRule(const Deadline& d) {
  const int day = d.date.day();
  const bool every_period_has_it = d.recurrence->freq == Frequency::kYearly
                                       ? !(d.date.month() == 2 && day == 29)
                                       : day <= 28;
  if (every_period_has_it) return absl::StrCat("BYMONTHDAY=", day);
  std::vector<int> days;
  for (int k = 28; k <= day; ++k) days.push_back(k);
  return absl::StrCat("BYMONTHDAY=", absl::StrJoin(days, ","), ";BYSETPOS=-1");
}

std::string RRule(const Deadline& d, std::optional<Date> until) {
  const Recurrence& r = *d.recurrence;
  std::vector<std::string> parts = {absl::StrCat("FREQ=", absl::AsciiStrToUpper(ToAbsl(ToString(r.freq))))};
  if (r.interval != 1) parts.push_back(absl::StrCat("INTERVAL=", r.interval));
  if (r.freq == Frequency::kWeekly) {
    parts.push_back(absl::StrCat("BYDAY=", ToAbsl(kDays[d.date.day_of_week().as_number()])));
  } else {
    if (r.freq == Frequency::kYearly) {
      parts.push_back(absl::StrCat("BYMONTH=", static_cast<int>(d.date.month())));
    }
    switch (r.day_rule) {
      case DayRule::kSame:
        parts.push_back(MonthDayRule(d));
        break;
      case DayRule::kLastDay:
      case DayRule::kLastBusinessDay:
        parts.push_back("BYMONTHDAY=-1");
        break;
      case DayRule::kNthWeekday:
        // A fifth weekday the month lacks is the fourth: the last.
        parts.push_back(absl::StrCat("BYDAY=", r.nth < 0 || r.nth == 5 ? -1 : r.nth,
                                     ToAbsl(kDays[static_cast<int>(r.weekday)])));
        break;
    }
  }
  if (until) {
    // The end of the last period, so the RRULE keeps that period's date.
    const Date end = r.freq == Frequency::kWeekly ? *until : until->end_of_month();
    parts.push_back(absl::StrCat("UNTIL=", IcalDate(end)));
  }
  return absl::StrJoin(parts, ";");
}

std::string Description(const Deadline& d) {
  std::vector<std::string> lines;
  lines.push_back(absl::StrCat("Stated date: ", FormatDate(d.date), "; calendar: ",
                               d.calendar ? d.calendar->str() : "every day",
                               "; convention: ", ToAbsl(ToString(d.convention))));
  for (const Relation& rel : d.relates_to) {
    std::string line = absl::StrCat("Relates to ", ToAbsl(ToString(rel.kind)), " ", rel.id);
    if (rel.entity) absl::StrAppend(&line, " (", rel.entity->str(), ")");
    if (rel.term) absl::StrAppend(&line, " (term ", FormatDate(*rel.term), ")");
    lines.push_back(line);
  }
  if (!d.source.empty()) lines.push_back(absl::StrCat("Source: \"", d.source, "\""));
  return absl::StrJoin(lines, "\n");
}

// How many calendar days before occurrence `o` each of its reminders falls:
// fixed for `days_before`, varying with weekends and holidays for
// `business_days_before`.
std::vector<long> ReminderOffsets(const calendar::Occurrence& o) {
  std::vector<long> days;
  for (const Date reminder : o.reminders) days.push_back((o.date - reminder).days());
  return days;
}

// The properties a deadline's VEVENT and its overrides share, then DTSTART.
void DeadlineHeader(Writer& w, const Network& network, const Deadline& d, Date as_of,
                    std::optional<Date> recurrence_id, Date start) {
  Begin(w, "VEVENT");
  w.Text("UID", Uid(network, d.id.str()));
  w.Line("DTSTAMP", Stamp(as_of));
  if (recurrence_id) w.Line("RECURRENCE-ID;VALUE=DATE", IcalDate(*recurrence_id));
  w.Line("DTSTART;VALUE=DATE", IcalDate(start));
  w.Text("SUMMARY", d.title.empty() ? d.id.str() : d.title);
  w.Text("DESCRIPTION", Description(d));
  w.Line("TRANSP", "TRANSPARENT");
}

// One VALARM per reminder, `offsets[i]` days before the instance's start.
void DeadlineAlarms(Writer& w, const Deadline& d, const std::vector<long>& offsets) {
  for (const long days : offsets) {
    Begin(w, "VALARM");
    w.Line("ACTION", "DISPLAY");
    w.Text("DESCRIPTION", absl::StrCat("Reminder: ", d.title.empty() ? d.id.str() : d.title));
    w.Line("TRIGGER", days == 0 ? "PT0S" : absl::StrCat("-P", days, "D"));
    End(w, "VALARM");
  }
}

void DeadlineEvent(Writer& w, const Network& network, const Deadline& d,
                   const calendar::BusinessCalendar& cal, Date to, Date as_of) {
  const std::optional<Date> last = calendar::LastUnadjustedDate(d, cal);
  // Every occurrence of a bounded series; of an endless one, up to `to`.
  const std::vector<calendar::Occurrence> all =
      calendar::Expand(d, cal, Date(kMinYear, 1, 1), last ? Date(kMaxYear, 12, 31) : to);
  // Alarms are relative to each instance's start; the series carries the
  // offsets of its first occurrence.
  const std::vector<long> series = ReminderOffsets(all.front());
  if (!d.recurrence) {
    // A one-off deadline: one VEVENT on its adjusted date.
    DeadlineHeader(w, network, d, as_of, std::nullopt, all.front().date);
    DeadlineAlarms(w, d, series);
    End(w, "VEVENT");
    return;
  }
  // The RRULE generates one date per period (RuleDate); DTSTART is the first.
  DeadlineHeader(w, network, d, as_of, std::nullopt, RuleDate(d, all.front()));
  w.Line("RRULE", RRule(d, last));
  DeadlineAlarms(w, d, series);
  End(w, "VEVENT");
  // An occurrence that the convention (or a last business day) moves, or
  // whose business-day reminders fall a different number of days before it,
  // is one override (RFC 5545 3.8.4.4): same UID, RECURRENCE-ID the date the
  // RRULE generates, DTSTART the real date, its own alarms.
  for (const calendar::Occurrence& o : all) {
    const Date generated = RuleDate(d, o);
    const std::vector<long> offsets = ReminderOffsets(o);
    if (o.date == generated && offsets == series) continue;
    DeadlineHeader(w, network, d, as_of, generated, o.date);
    DeadlineAlarms(w, d, offsets);
    End(w, "VEVENT");
  }
}

// ---------------------------------------------------------------------------
// Meetings and time zones

// The instant of a transition given as civil times.
absl::Time TransitionInstant(const absl::TimeZone& zone,
                             const absl::TimeZone::CivilTransition& change) {
  const absl::TimeZone::TimeInfo info = zone.At(change.to);
  return info.kind == absl::TimeZone::TimeInfo::UNIQUE ? info.pre : info.trans;
}

void ZoneComponent(Writer& w, const absl::TimeZone& zone, absl::Time at,
                   absl::CivilSecond local_before, int offset_before) {
  const absl::TimeZone::CivilInfo after = zone.At(at);
  const std::string_view kind = after.is_dst ? "DAYLIGHT" : "STANDARD";
  Begin(w, kind);
  w.Line("DTSTART", IcalCivil(local_before));
  w.Line("TZOFFSETFROM", Offset(offset_before));
  w.Line("TZOFFSETTO", Offset(after.offset));
  w.Text("TZNAME", after.zone_abbr);
  End(w, kind);
}

void TimeZoneDefinition(Writer& w, const absl::TimeZone& zone, int first_year,
                        int last_year) {
  Begin(w, "VTIMEZONE");
  w.Text("TZID", zone.name());
  const absl::Time begin = absl::FromCivil(absl::CivilYear(first_year), zone);
  const absl::Time end = absl::FromCivil(absl::CivilYear(last_year + 1), zone);
  std::vector<absl::TimeZone::CivilTransition> changes;
  absl::TimeZone::CivilTransition change;
  if (zone.PrevTransition(begin, &change)) changes.push_back(change);
  absl::Time t = begin;
  // A zone changes offset a few times a year at most; the bound only guards
  // against a pathological zoneinfo file.
  for (int guard = 0; guard < 64 * (last_year - first_year + 1); ++guard) {
    if (!zone.NextTransition(t, &change)) break;
    t = TransitionInstant(zone, change);
    if (t >= end) break;
    changes.push_back(change);
  }
  if (changes.empty()) {
    const absl::TimeZone::CivilInfo info = zone.At(begin);
    ZoneComponent(w, zone, begin, absl::CivilSecond(1970, 1, 1), info.offset);
  }
  for (const absl::TimeZone::CivilTransition& c : changes) {
    const absl::Time at = TransitionInstant(zone, c);
    ZoneComponent(w, zone, at, c.from, zone.At(at - absl::Seconds(1)).offset);
  }
  End(w, "VTIMEZONE");
}

std::string LocalTimesText(const Network& network, const calendar::MeetingTimes& times) {
  std::vector<std::string> lines;
  for (const calendar::LocalTime& l : times.local) {
    const Entity* e = network.FindEntity(l.entity);
    lines.push_back(absl::StrCat(e != nullptr ? e->DisplayName() : l.entity.str(), " (",
                                 l.time_zone, "): ", l.start, " to ", l.end));
  }
  return absl::StrJoin(lines, "\n");
}

// ---------------------------------------------------------------------------
// Rotation terms

// "Entity A, Entity B" (display names), "-" for none.
std::string HolderNames(const Network& network, const rotation::Term& term) {
  std::vector<std::string> names;
  for (const EntityId& id : term.holders) {
    const Entity* e = network.FindEntity(id);
    names.push_back(e != nullptr ? e->DisplayName() : id.str());
  }
  return names.empty() ? "-" : absl::StrJoin(names, ", ");
}

}  // namespace

std::string EscapeICalText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n': out += "\\n"; break;
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) break;
        out += c;
    }
  }
  return out;
}

std::string FoldICalLine(std::string_view line) {
  constexpr std::size_t kMaxOctets = 75;
  std::string out;
  std::size_t limit = kMaxOctets;  // the first line has no leading space
  while (line.size() > limit) {
    std::size_t cut = limit;
    // Never cut before a continuation byte (top bits 10) of a UTF-8 sequence.
    while (cut > 1 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string DeadlinesICalendar(const Network& network,
                               const calendar::Calendars& calendars, Date from,
                               Date to, Date as_of) {
  Writer w;
  Header(w);
  std::vector<const Deadline*> deadlines;
  for (const Deadline& d : network.deadlines()) {
    if (!calendar::Expand(d, calendar::CalendarOf(calendars, d), from, to).empty()) {
      deadlines.push_back(&d);
    }
  }
  std::sort(deadlines.begin(), deadlines.end(),
            [](const Deadline* a, const Deadline* b) { return a->id < b->id; });
  for (const Deadline* d : deadlines) {
    DeadlineEvent(w, network, *d, calendar::CalendarOf(calendars, *d), to, as_of);
  }
  End(w, "VCALENDAR");
  return std::move(w).Take();
}

absl::StatusOr<std::string> MeetingsICalendar(const Network& network, Date as_of) {
  absl::StatusOr<std::vector<calendar::MeetingTimes>> sorted = calendar::AllMeetingTimes(network);
  if (!sorted.ok()) return sorted.status();
  const std::vector<calendar::MeetingTimes>& all = *sorted;
  // Each zone's span of years, for its VTIMEZONE.
  std::map<std::string, std::pair<int, int>> years;
  for (const calendar::MeetingTimes& t : all) {
    const auto first = static_cast<int>(t.meeting->start.year());
    const auto last = static_cast<int>(t.meeting->end.year());
    auto [it, inserted] = years.emplace(t.time_zone, std::make_pair(first, last));
    it->second.first = std::min(it->second.first, first);
    it->second.second = std::max(it->second.second, last);
  }
  Writer w;
  Header(w);
  for (const auto& [name, span] : years) {
    absl::StatusOr<absl::TimeZone> zone = calendar::LoadZone(name);
    if (!zone.ok()) return zone.status();
    TimeZoneDefinition(w, *zone, span.first, span.second);
  }
  for (const calendar::MeetingTimes& t : all) {
    const Meeting& m = *t.meeting;
    const std::string tzid = absl::StrCat(";TZID=", t.time_zone);
    Begin(w, "VEVENT");
    w.Text("UID", Uid(network, m.id.str()));
    w.Line("DTSTAMP", Stamp(as_of));
    w.Line(absl::StrCat("DTSTART", tzid), IcalCivil(absl::CivilSecond(m.start)));
    w.Line(absl::StrCat("DTEND", tzid), IcalCivil(absl::CivilSecond(m.end)));
    w.Text("SUMMARY", m.title.empty() ? m.id.str() : m.title);
    if (!m.venue.empty()) w.Text("LOCATION", m.venue);
    if (!t.local.empty()) w.Text("DESCRIPTION", LocalTimesText(network, t));
    End(w, "VEVENT");
  }
  End(w, "VCALENDAR");
  return std::move(w).Take();
}

std::string RotationICalendar(const Network& network, const Rotation& rotation,
                              std::span<const rotation::Term> terms, Date as_of) {
  Writer w;
  Header(w);
  const std::string title = rotation.title.empty() ? rotation.id.str() : rotation.title;
  for (const rotation::Term& t : terms) {
    Begin(w, "VEVENT");
    w.Text("UID", Uid(network, absl::StrCat(rotation.id.str(), "-", FormatDate(t.start))));
    w.Line("DTSTAMP", Stamp(as_of));
    w.Line("DTSTART;VALUE=DATE", IcalDate(t.start));
    if (t.end < Date(kMaxYear, 12, 31)) {
      w.Line("DTEND;VALUE=DATE", IcalDate(t.end + boost::gregorian::date_duration(1)));
    } else {
      // The day after 9999-12-31 has no DATE form: give the length instead.
      w.Line("DURATION", absl::StrCat("P", (t.end - t.start).days() + 1, "D"));
    }
    w.Text("SUMMARY", absl::StrCat(title, ": ", HolderNames(network, t), " (",
                                   ToAbsl(ToString(t.status)), ")"));
    if (!t.reason.empty()) w.Text("DESCRIPTION", t.reason);
    w.Line("TRANSP", "TRANSPARENT");
    End(w, "VEVENT");
  }
  End(w, "VCALENDAR");
  return std::move(w).Take();
}

}  // namespace netgov::io
