// The load-time rules of calendars, meetings and deadlines.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/time.h"
#include "absl/strings/str_format.h"
#include "netgov/core/error.hpp"
#include "netgov/core/strings.hpp"
#include "src/network/checks.hpp"

namespace netgov::detail {
namespace {

// The weekend days of `c` and of every calendar it joins; `path` holds the
// calendars being visited. A cycle is reported with the path that closes it.
absl::Status UnionWeekend(const NetworkData& d, std::size_t i,
                          std::vector<std::size_t>& path, unsigned& mask) {
  for (std::size_t k = 0; k < path.size(); ++k) {
    if (path[k] != i) continue;
    std::vector<std::string> names;
    for (std::size_t j = k; j < path.size(); ++j) names.push_back(d.calendars[path[j]].id.str());
    names.push_back(d.calendars[i].id.str());
    return ErrorAt(Pointer("calendars", path[0], "/union"),
                   absl::StrCat("calendar '", d.calendars[path[0]].id.str(),
                                "' includes itself through its unions (",
                                absl::StrJoin(names, " -> "),
                                "); a union must not include itself"));
  }
  const Calendar& c = d.calendars[i];
  for (Weekday w : c.weekend) mask |= 1u << static_cast<int>(w);
  path.push_back(i);
  for (const CalendarId& member : c.union_of) {
    const auto it = d.calendar_by_id.find(member.str());
    if (it == d.calendar_by_id.end()) continue;
    if (absl::Status s = UnionWeekend(d, it->second, path, mask); !s.ok()) return s;
  }
  path.pop_back();
  return absl::OkStatus();
}

// "02:00", the time of day of a civil second.
std::string ClockOf(absl::CivilSecond cs) {
  return absl::StrFormat("%02d:%02d", cs.hour(), cs.minute());
}

std::string FormatWithOffset(absl::Time t, const absl::TimeZone& zone) {
  return absl::FormatTime("%Y-%m-%dT%H:%M%Ez", t, zone);
}

// OK if `local` exists exactly once in `zone_name` (or the zone is unknown,
// which the time zone check reports).
absl::Status CheckLocalTime(absl::CivilMinute local, const std::string& zone_name,
                            absl::string_view pointer) {
  absl::TimeZone zone;
  if (zone_name.empty() || !absl::LoadTimeZone(zone_name, &zone)) return absl::OkStatus();
  absl::StatusOr<absl::Time> t = ResolveLocalTime(local, zone);
  if (t.ok()) return absl::OkStatus();
  return ErrorAt(ToStd(pointer), ToStd(t.status().message()));
}

}  // namespace

absl::StatusOr<absl::Time> ResolveLocalTime(absl::CivilMinute local,
                                            const absl::TimeZone& zone) {
  const absl::TimeZone::TimeInfo info = zone.At(absl::CivilSecond(local));
  if (info.kind == absl::TimeZone::TimeInfo::UNIQUE) return info.pre;
  const bool skipped = info.kind == absl::TimeZone::TimeInfo::SKIPPED;
  absl::TimeZone::CivilTransition change;
  const std::string clocks =
      zone.NextTransition(info.trans - absl::Seconds(1), &change)
          ? absl::StrCat(" (clocks go ", skipped ? "forward" : "back", " from ",
                         ClockOf(change.from), " to ", ClockOf(change.to), ")")
          : "";
  // For a skipped time, `post` applies the new offset and `pre` the old one;
  // for a repeated one, `pre` is the first pass and `post` the second.
  const std::string first = FormatWithOffset(std::min(info.pre, info.post), zone);
  const std::string second = FormatWithOffset(std::max(info.pre, info.post), zone);
  const std::string when = absl::StrFormat("%04d-%02d-%02dT%02d:%02d", local.year(),
                                           local.month(), local.day(), local.hour(),
                                           local.minute());
  if (skipped) {
    return absl::InvalidArgumentError(absl::StrCat(when, " does not exist in ", zone.name(),
                                                   clocks, "; choose ", first, " or ",
                                                   second));
  }
  return absl::InvalidArgumentError(absl::StrCat(
      when, " is ambiguous in ", zone.name(), clocks, ": it is ", first, " or ", second,
      "; choose a time outside the repeated hour"));
}

absl::Status CheckCalendars(const NetworkData& d) {
  for (std::size_t i = 0; i < d.calendars.size(); ++i) {
    const Calendar& c = d.calendars[i];
    for (std::size_t k = 0; k < c.holidays.size(); ++k) {
      if (absl::Status s = CheckOptionalDate(c.holidays[k],
                                             Pointer("calendars", i, absl::StrCat("/holidays/", k)));
          !s.ok()) {
        return s;
      }
    }
    std::vector<std::size_t> path;
    unsigned mask = 0;
    if (absl::Status s = UnionWeekend(d, i, path, mask); !s.ok()) return s;
    if (mask == 0x7fu) {
      return ErrorAt(Pointer("calendars", i, c.union_of.empty() ? "/weekend" : "/union"),
                     absl::StrCat("calendar '", c.id.str(),
                                  "' has no working day: every day of the week is "
                                  "a weekend day", c.union_of.empty() ? "" : " of one of its members"));
    }
    for (std::size_t k = 0; k < c.union_of.size(); ++k) {
      const std::string where = Pointer("calendars", i, absl::StrCat("/union/", k));
      if (absl::Status s = CheckReference(d.calendar_by_id, d.calendars,
                                          "calendar", c.union_of[k].str(), where);
          !s.ok()) {
        return s;
      }
      // (A union with itself was refused above, by UnionWeekend(), as a
      // union that includes itself.)
    }
  }
  return absl::OkStatus();
}

absl::Status CheckMeetings(const NetworkData& d, bool check_zones) {
  for (std::size_t i = 0; i < d.meetings.size(); ++i) {
    const Meeting& m = d.meetings[i];
    const std::string& zone = m.time_zone.empty() ? d.info.time_zone : m.time_zone;
    if (zone.empty()) {
      return ErrorAt(Pointer("meetings", i, "/time_zone"),
                     absl::StrCat("meeting '", m.id.str(),
                                  "' needs a time_zone: the network has none to lend it"));
    }
    if (check_zones) {
      if (absl::Status s = CheckTimeZone(m.time_zone, Pointer("meetings", i, "/time_zone"));
          !s.ok()) {
        return s;
      }
      if (absl::Status s = CheckLocalTime(m.start, zone, Pointer("meetings", i, "/start"));
          !s.ok()) {
        return s;
      }
      if (absl::Status s = CheckLocalTime(m.end, zone, Pointer("meetings", i, "/end"));
          !s.ok()) {
        return s;
      }
    }
    if (m.end < m.start) {
      return ErrorAt(Pointer("meetings", i, "/end"),
                     absl::StrCat("meeting '", m.id.str(), "' ends before it starts"));
    }
    for (std::size_t k = 0; k < m.chairs.size(); ++k) {
      if (absl::Status s = CheckReference(d.person_by_id, d.people, "person",
                                          m.chairs[k].str(),
                                          Pointer("meetings", i, absl::StrCat("/chairs/", k)));
          !s.ok()) {
        return s;
      }
    }
    for (std::size_t k = 0; k < m.participants.size(); ++k) {
      const Participant& p = m.participants[k];
      const std::string where = Pointer("meetings", i, absl::StrCat("/participants/", k));
      if (p.kind == ParticipantKind::kPerson) {
        if (absl::Status s = CheckReference(d.person_by_id, d.people, "person",
                                            p.id, where);
            !s.ok()) {
          return s;
        }
      } else if (absl::Status s = CheckEntityRef(d, EntityId(p.id), where); !s.ok()) {
        return s;
      }
    }
    for (std::size_t k = 0; k < m.agenda.size(); ++k) {
      for (std::size_t j = 0; j < m.agenda[k].presenters.size(); ++j) {
        if (absl::Status s = CheckReference(
                d.person_by_id, d.people, "person",
                m.agenda[k].presenters[j].str(),
                Pointer("meetings", i, absl::StrCat("/agenda/", k, "/presenters/", j)));
            !s.ok()) {
          return s;
        }
      }
    }
  }
  return absl::OkStatus();
}

absl::Status CheckDeadlines(const NetworkData& d, bool check_zones) {
  for (std::size_t i = 0; i < d.deadlines.size(); ++i) {
    const Deadline& dl = d.deadlines[i];
    if (absl::Status s = CheckDateSet(dl.date, Pointer("deadlines", i), "date"); !s.ok()) {
      return s;
    }
    if (dl.recurrence) {
      if (absl::Status s = CheckOptionalDate(dl.recurrence->until,
                                             Pointer("deadlines", i, "/recurrence/until"));
          !s.ok()) {
        return s;
      }
    }
    for (std::size_t k = 0; k < dl.relates_to.size(); ++k) {
      if (absl::Status s = CheckOptionalDate(
              dl.relates_to[k].term, Pointer("deadlines", i, absl::StrCat("/relates_to/", k, "/term")));
          !s.ok()) {
        return s;
      }
    }
    if (dl.calendar) {
      if (absl::Status s = CheckReference(d.calendar_by_id, d.calendars,
                                          "calendar", dl.calendar->str(),
                                          Pointer("deadlines", i, "/calendar"));
          !s.ok()) {
        return s;
      }
    }
    if (absl::Status s = check_zones ? CheckTimeZone(dl.time_zone,
                                                      Pointer("deadlines", i, "/time_zone"))
                                      : absl::OkStatus();
        !s.ok()) {
      return s;
    }
    for (std::size_t k = 0; k < dl.reminders.size(); ++k) {
      if (dl.reminders[k].days < 0) {
        return ErrorAt(Pointer("deadlines", i, absl::StrCat("/reminders/", k)),
                       "a reminder comes before its deadline: days_before must "
                       "be 0 or more");
      }
    }
    if (dl.recurrence) {
      const Recurrence& r = *dl.recurrence;
      if (r.freq == Frequency::kWeekly && r.day_rule != DayRule::kSame) {
        return ErrorAt(Pointer("deadlines", i, "/recurrence/day_rule"),
                       absl::StrCat("day_rule '", ToAbsl(ToString(r.day_rule)),
                                    "' picks a day of the month; a weekly recurrence "
                                    "takes 'same'"));
      }
      if (r.day_rule == DayRule::kNthWeekday && (r.nth < -1 || r.nth == 0 || r.nth > 5)) {
        return ErrorAt(Pointer("deadlines", i, "/recurrence/nth"),
                       absl::StrCat("expected 1 to 5, or -1 for the last; got ", r.nth));
      }
      if (r.interval < 1) {
        return ErrorAt(Pointer("deadlines", i, "/recurrence/interval"),
                       absl::StrCat("interval must be at least 1; got ", r.interval));
      }
      if (r.count && *r.count < 1) {
        return ErrorAt(Pointer("deadlines", i, "/recurrence/count"),
                       absl::StrCat("count must be at least 1; got ", *r.count));
      }
      if (r.until && *r.until < dl.date) {
        return ErrorAt(Pointer("deadlines", i, "/recurrence/until"),
                       absl::StrCat("until ", FormatDate(*r.until),
                                    " is before the first date ", FormatDate(dl.date)));
      }
    }
    for (std::size_t k = 0; k < dl.relates_to.size(); ++k) {
      const Relation& rel = dl.relates_to[k];
      const std::string where = Pointer("deadlines", i, absl::StrCat("/relates_to/", k, "/id"));
      absl::Status s;
      switch (rel.kind) {
        case RelationKind::kRotation:
          s = CheckReference(d.rotation_by_id, d.rotations, "rotation", rel.id, where);
          break;
        case RelationKind::kCommitment:
          s = CheckReference(d.commitment_by_id, d.commitments, "commitment", rel.id,
                             where);
          break;
        case RelationKind::kPillar:
        case RelationKind::kRole:
          s = CheckReference(d.pillar_by_id, d.pillars, "pillar", rel.id, where);
          break;
        case RelationKind::kEntity:
          s = CheckEntityRef(d, EntityId(rel.id), where);
          break;
        case RelationKind::kMeeting:
          s = CheckReference(d.meeting_by_id, d.meetings, "meeting", rel.id, where);
          break;
        case RelationKind::kMention:
          s = CheckReference(d.mention_by_id, d.mentions, "mention", rel.id, where);
          break;
      }
      if (!s.ok()) return s;
      if (rel.entity) {
        s = CheckEntityRef(d, *rel.entity,
                           Pointer("deadlines", i, absl::StrCat("/relates_to/", k, "/entity")));
        if (!s.ok()) return s;
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace netgov::detail
