#include "netgov/calendar/meeting_times.hpp"

#include <algorithm>
#include <string>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "netgov/core/strings.hpp"
#include "src/network/checks.hpp"

namespace netgov::calendar {
namespace {

Date DayOf(absl::CivilMinute m) {
  return Date(static_cast<unsigned short>(m.year()), static_cast<unsigned short>(m.month()),
              static_cast<unsigned short>(m.day()));
}

}  // namespace

absl::StatusOr<absl::TimeZone> LoadZone(std::string_view name) {
  absl::TimeZone zone;
  if (!name.empty() && absl::LoadTimeZone(std::string(name), &zone)) return zone;
  if (!name.empty() && !absl::LoadTimeZone("Etc/UTC", &zone)) {
    return absl::FailedPreconditionError(absl::StrCat(
        "time zone '", ToAbsl(name),
        "' cannot be loaded: this host has no time-zone database (install tzdata, "
        "or set TZDIR to a zoneinfo folder)"));
  }
  return absl::InvalidArgumentError(
      absl::StrCat("unknown time zone '", ToAbsl(name),
                   "'; expected an IANA name such as 'Europe/Zurich'"));
}

std::string FormatCivil(absl::CivilMinute local) {
  return absl::StrFormat("%04d-%02d-%02dT%02d:%02d", local.year(), local.month(),
                         local.day(), local.hour(), local.minute());
}

std::string FormatLocal(absl::Time time, const absl::TimeZone& zone) {
  return absl::FormatTime("%Y-%m-%dT%H:%M%Ez", time, zone);
}

absl::StatusOr<absl::Time> ResolveLocal(absl::CivilMinute local,
                                        const absl::TimeZone& zone) {
  return detail::ResolveLocalTime(local, zone);
}

std::vector<EntityId> ParticipatingEntities(const Network& network,
                                            const Meeting& meeting) {
  const Date day = DayOf(meeting.start);
  std::vector<EntityId> out;
  auto add_person = [&](const PersonId& id) {
    const Person* p = network.FindPerson(id);
    if (p == nullptr) return;
    if (const Post* post = p->PostOn(day)) out.push_back(post->entity);
  };
  for (const PersonId& chair : meeting.chairs) add_person(chair);
  for (const Participant& p : meeting.participants) {
    if (p.kind == ParticipantKind::kEntity) {
      out.push_back(EntityId(p.id));
    } else {
      add_person(PersonId(p.id));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

absl::StatusOr<MeetingTimes> TimesOf(const Network& network, const Meeting& meeting) {
  MeetingTimes times;
  times.meeting = &meeting;
  times.time_zone = meeting.time_zone.empty() ? network.info().time_zone : meeting.time_zone;
  if (times.time_zone.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "meeting '", meeting.id.str(),
        "' has no time_zone and the network has none to lend it"));
  }
  absl::StatusOr<absl::TimeZone> zone = LoadZone(times.time_zone);
  if (!zone.ok()) return zone.status();
  absl::StatusOr<absl::Time> start = ResolveLocal(meeting.start, *zone);
  if (!start.ok()) return start.status();
  absl::StatusOr<absl::Time> end = ResolveLocal(meeting.end, *zone);
  if (!end.ok()) return end.status();
  times.start = *start;
  times.end = *end;
  for (const EntityId& id : ParticipatingEntities(network, meeting)) {
    const Entity* e = network.FindEntity(id);
    std::string name = e != nullptr && !e->time_zone.empty() ? e->time_zone
                                                              : network.info().time_zone;
    if (name.empty()) continue;
    absl::StatusOr<absl::TimeZone> local = LoadZone(name);
    if (!local.ok()) return local.status();
    times.local.push_back({id, name, FormatLocal(times.start, *local),
                           FormatLocal(times.end, *local)});
  }
  const Date day = DayOf(meeting.start);
  for (const PersonId& id : AttendingPeople(meeting)) {
    const Person* person = network.FindPerson(id);
    if (person == nullptr) continue;
    const Post* post = person->PostOn(day);
    const Entity* entity = post == nullptr ? nullptr : network.FindEntity(post->entity);
    std::string name = !person->time_zone.empty()                       ? person->time_zone
                       : entity != nullptr && !entity->time_zone.empty() ? entity->time_zone
                                                                         : network.info().time_zone;
    if (name.empty()) continue;
    absl::StatusOr<absl::TimeZone> local = LoadZone(name);
    if (!local.ok()) return local.status();
    times.people.push_back({id, post == nullptr ? EntityId() : post->entity, std::move(name),
                            FormatLocal(times.start, *local), FormatLocal(times.end, *local)});
  }
  return times;
}

std::vector<PersonId> AttendingPeople(const Meeting& meeting) {
  std::vector<PersonId> out = meeting.chairs;
  for (const Participant& p : meeting.participants) {
    if (p.kind == ParticipantKind::kPerson) out.push_back(PersonId(p.id));
  }
  for (const AgendaItem& item : meeting.agenda) {
    out.insert(out.end(), item.presenters.begin(), item.presenters.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

absl::StatusOr<std::vector<MeetingTimes>> AllMeetingTimes(const Network& network) {
  std::vector<MeetingTimes> all;
  for (const Meeting& m : network.meetings()) {
    absl::StatusOr<MeetingTimes> times = TimesOf(network, m);
    if (!times.ok()) return times.status();
    all.push_back(*std::move(times));
  }
  std::sort(all.begin(), all.end(), [](const MeetingTimes& a, const MeetingTimes& b) {
    return std::tie(a.start, a.meeting->id) < std::tie(b.start, b.meeting->id);
  });
  return all;
}

}  // namespace netgov::calendar
