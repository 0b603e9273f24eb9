// File: netgov/calendar/meeting_times.hpp
// -----------------------------------------------------------------------------
//
// What time a meeting is for each participant. A meeting's start and end are
// wall-clock times in one IANA time zone; this header turns them into
// instants through `absl::TimeZone` (the system's zoneinfo) and gives them in
// each participating entity's zone, across daylight-saving changes and the
// date line. A wall-clock time that does not exist on its day (clocks go
// forward) or happens twice (clocks go back) is an error that says so and
// gives the choices, never a silent guess.
//
// A person participates for the entity of the post they hold on the
// meeting's day; chairs participate too. An entity without a time zone gets
// the network's; without either it gets no local time.
//
// Example:
//
//   const netgov::Network& net = netgov::io::DefaultNetwork();
//   absl::StatusOr<netgov::calendar::MeetingTimes> times =
//       netgov::calendar::TimesOf(net, net.meetings()[0]);
//   // times->local[k]: {entity "unesco", time_zone "Europe/Paris",
//   //                   start "2021-12-06T14:00+01:00", end "2021-12-06T15:00+01:00"}

#ifndef NETGOV_CALENDAR_MEETING_TIMES_HPP_
#define NETGOV_CALENDAR_MEETING_TIMES_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "netgov/core/id.hpp"
#include "netgov/model/meeting.hpp"
#include "netgov/network/network.hpp"

namespace netgov::calendar {

// LoadZone()
//
// The zone named `name` from the system's zoneinfo; `InvalidArgument`
// "unknown time zone 'x'; expected an IANA name such as 'Europe/Zurich'";
// `FailedPrecondition` "time zone 'x' cannot be loaded: this host has no
// time-zone database ..." when there is none (a container without tzdata).
absl::StatusOr<absl::TimeZone> LoadZone(std::string_view name);

// ResolveLocal()
//
// The instant at which clocks in `zone` show `local`. `InvalidArgument` when
// that wall-clock time is skipped or repeated on its day, e.g.
// "2022-03-13T02:30 does not exist in America/New_York (clocks go forward
// from 02:00 to 03:00); choose 2022-03-13T01:30-05:00 or
// 2022-03-13T03:30-04:00".
absl::StatusOr<absl::Time> ResolveLocal(absl::CivilMinute local,
                                        const absl::TimeZone& zone);

// FormatLocal()
//
// `YYYY-MM-DDTHH:MM+HH:MM`: the wall-clock time in `zone` and its UTC offset.
std::string FormatLocal(absl::Time time, const absl::TimeZone& zone);

// FormatCivil()
//
// `YYYY-MM-DDTHH:MM`, as the network file writes meeting times.
std::string FormatCivil(absl::CivilMinute local);

// LocalTime
//
// A meeting's start and end for one participating entity.
struct LocalTime {
  EntityId entity;
  std::string time_zone;
  std::string start;  // FormatLocal()
  std::string end;
};

// PersonTime
//
// A meeting's start and end for one person attending or speaking (a chair,
// a person participant, a presenter of an agenda item), in the person's own
// zone when the data gives one (`Person::time_zone`: someone who works away
// from their entity's headquarters), else their entity's, else the
// network's. `entity` is that of the post held on the meeting's day (empty
// without one).
struct PersonTime {
  PersonId person;
  EntityId entity;
  std::string time_zone;
  std::string start;  // FormatLocal()
  std::string end;
};

// MeetingTimes
struct MeetingTimes {
  const Meeting* meeting = nullptr;
  std::string time_zone;  // the meeting's, or the network's when it has none
  absl::Time start;
  absl::Time end;
  std::vector<LocalTime> local;  // one per participating entity, sorted by id
  // One per person attending or speaking, sorted by person id; a person
  // without a zone (none of their own, no entity zone, no network zone) is
  // left out.
  std::vector<PersonTime> people{};
};

// AttendingPeople()
//
// The people attending or speaking at `meeting`: its chairs, its person
// participants and the presenters of its agenda items; sorted by id,
// without repeats.
std::vector<PersonId> AttendingPeople(const Meeting& meeting);

// ParticipatingEntities()
//
// The entities taking part in `meeting`: entity participants, and the entity
// of each person participant's or chair's post on the meeting's day; sorted
// by id, without repeats.
std::vector<EntityId> ParticipatingEntities(const Network& network,
                                            const Meeting& meeting);

// TimesOf()
//
// The meeting's instants, every participating entity's local times and
// every attending person's (`people`).
// Errors: an unknown zone, a skipped or repeated wall-clock time, a meeting
// without a time zone in a network without one.
absl::StatusOr<MeetingTimes> TimesOf(const Network& network, const Meeting& meeting);

// AllMeetingTimes()
//
// `TimesOf()` every meeting of `network`, sorted by start instant then id;
// the first error otherwise.
absl::StatusOr<std::vector<MeetingTimes>> AllMeetingTimes(const Network& network);

}  // namespace netgov::calendar

#endif  // NETGOV_CALENDAR_MEETING_TIMES_HPP_
