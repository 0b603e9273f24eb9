// File: netgov/model/meeting.hpp
// -----------------------------------------------------------------------------
//
// `Meeting`: a dated event given in local time in one IANA time zone. The
// conversion to each participant's zone lives in `netgov/calendar/`.
//
// Example:
//
//   netgov::Meeting m;
//   m.id = netgov::MeetingId("senior-2021-12-06");
//   m.start = absl::CivilMinute(2021, 12, 6, 8, 0);
//   m.end = absl::CivilMinute(2021, 12, 6, 9, 0);
//   m.time_zone = "America/New_York";
//   m.participants = {{netgov::ParticipantKind::kPerson, "gabriela-ramos"}};

#ifndef NETGOV_MODEL_MEETING_HPP_
#define NETGOV_MODEL_MEETING_HPP_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "absl/time/civil_time.h"
#include "netgov/core/enum.hpp"
#include "netgov/core/id.hpp"
#include "netgov/model/provenance.hpp"

namespace netgov {

// ParticipantKind
enum class ParticipantKind { kPerson, kEntity };

template <>
struct EnumTraits<ParticipantKind> {
  static constexpr std::array<std::string_view, 2> kNames = {"person",
                                                             "entity"};
};

// Participant
//
// A meeting's participant is a person or an entity; the file gives only the
// id, and the loader resolves which.
struct Participant {
  ParticipantKind kind = ParticipantKind::kPerson;
  std::string id;

  friend bool operator==(const Participant&, const Participant&) = default;
};

// AgendaItem
struct AgendaItem {
  int number = 0;
  std::string title;
  std::vector<PersonId> presenters;

  friend bool operator==(const AgendaItem&, const AgendaItem&) = default;
};

// Meeting
//
// `start` and `end` are wall-clock times in `time_zone`.
struct Meeting {
  MeetingId id;
  std::string title;
  absl::CivilMinute start;
  absl::CivilMinute end;
  std::string time_zone;
  std::string venue;
  std::vector<PersonId> chairs;
  std::vector<Participant> participants;
  std::vector<AgendaItem> agenda;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  friend bool operator==(const Meeting&, const Meeting&) = default;
};

}  // namespace netgov

#endif  // NETGOV_MODEL_MEETING_HPP_
