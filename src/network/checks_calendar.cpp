// The load-time rules of calendars, meetings and deadlines.
#include <string>

#include "absl/strings/str_cat.h"
#include "netgov/core/error.hpp"
#include "netgov/core/strings.hpp"
#include "src/network/checks.hpp"

namespace netgov::detail {

absl::Status CheckCalendars(const NetworkData& d) {
  for (std::size_t i = 0; i < d.calendars.size(); ++i) {
    const Calendar& c = d.calendars[i];
    for (std::size_t k = 0; k < c.union_of.size(); ++k) {
      const std::string where = Pointer("calendars", i, absl::StrCat("/union/", k));
      if (absl::Status s = CheckReference(d.calendar_by_id, IdsOf(d.calendars),
                                          "calendar", c.union_of[k].str(), where);
          !s.ok()) {
        return s;
      }
      if (c.union_of[k] == c.id) {
        return ErrorAt(ToStd(where), absl::StrCat("calendar '", c.id.str(),
                                           "' cannot be a union with itself"));
      }
    }
  }
  return absl::OkStatus();
}

absl::Status CheckMeetings(const NetworkData& d) {
  for (std::size_t i = 0; i < d.meetings.size(); ++i) {
    const Meeting& m = d.meetings[i];
    if (absl::Status s = CheckTimeZone(m.time_zone, Pointer("meetings", i, "/time_zone"));
        !s.ok()) {
      return s;
    }
    if (m.end < m.start) {
      return ErrorAt(Pointer("meetings", i, "/end"),
                     absl::StrCat("meeting '", m.id.str(), "' ends before it starts"));
    }
    for (std::size_t k = 0; k < m.chairs.size(); ++k) {
      if (absl::Status s = CheckReference(d.person_by_id, IdsOf(d.people), "person",
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
        if (absl::Status s = CheckReference(d.person_by_id, IdsOf(d.people), "person",
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
                d.person_by_id, IdsOf(d.people), "person",
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

absl::Status CheckDeadlines(const NetworkData& d) {
  for (std::size_t i = 0; i < d.deadlines.size(); ++i) {
    const Deadline& dl = d.deadlines[i];
    if (dl.calendar) {
      if (absl::Status s = CheckReference(d.calendar_by_id, IdsOf(d.calendars),
                                          "calendar", dl.calendar->str(),
                                          Pointer("deadlines", i, "/calendar"));
          !s.ok()) {
        return s;
      }
    }
    if (absl::Status s = CheckTimeZone(dl.time_zone, Pointer("deadlines", i, "/time_zone"));
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
          s = CheckReference(d.rotation_by_id, IdsOf(d.rotations), "rotation", rel.id, where);
          break;
        case RelationKind::kCommitment:
          s = CheckReference(d.commitment_by_id, IdsOf(d.commitments), "commitment", rel.id,
                             where);
          break;
        case RelationKind::kPillar:
        case RelationKind::kRole:
          s = CheckReference(d.pillar_by_id, IdsOf(d.pillars), "pillar", rel.id, where);
          break;
        case RelationKind::kEntity:
          s = CheckEntityRef(d, EntityId(rel.id), where);
          break;
        case RelationKind::kMeeting:
          s = CheckReference(d.meeting_by_id, IdsOf(d.meetings), "meeting", rel.id, where);
          break;
        case RelationKind::kMention:
          s = CheckReference(d.mention_by_id, IdsOf(d.mentions), "mention", rel.id, where);
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
