// File: netgov/io/ical.hpp
// -----------------------------------------------------------------------------
//
// iCalendar (RFC 5545) export of a network's deadlines, meetings and rotation
// terms, for the calendar programs people already use.
//
// - A VCALENDAR with PRODID and VERSION:2.0, CRLF line ends, TEXT values
//   escaped (backslash, semicolon, comma, newline), lines folded at 75 octets
//   without splitting a UTF-8 character.
// - Meetings are VEVENTs with DTSTART/DTEND;TZID= in the meeting's zone, and
//   the VTIMEZONE of every zone used, with one STANDARD or DAYLIGHT component
//   per offset change (from absl::TimeZone's transitions) over the years the
//   events span, plus the change in force when the first year begins.
// - Deadlines are all-day VEVENTs (DTSTART;VALUE=DATE), one per deadline with
//   an occurrence in the window, sorted by deadline id. A one-off deadline's
//   DTSTART is its adjusted date. A recurrence is an RRULE (FREQ, INTERVAL,
//   BYDAY/BYMONTH/BYMONTHDAY, BYSETPOS=-1 for a month day some periods lack,
//   UNTIL) whose DTSTART is the first date it generates; an occurrence that
//   the convention moves (or a last business day, which the RRULE writes as
//   the month's last day) is an override VEVENT: same UID, RECURRENCE-ID the
//   generated date, DTSTART the real one. No RDATE, no EXDATE. For a series
//   without an end, overrides are written up to the window's end.
//   Reminders are VALARMs with a relative TRIGGER (-PnD); the series carries
//   the offsets of its first occurrence, and an occurrence whose business-day
//   reminders fall a different number of days before it has an override too
//   (one per occurrence, whatever the reason).
// - Rotation terms are all-day VEVENTs from the start to the day after the end.
// - UIDs are stable: `<deadline or meeting id>@<network id>.netgov`,
//   `<rotation id>-<term start>@<network id>.netgov`. DTSTAMP is
//   the as-of date at 00:00 UTC, so the same inputs give the same bytes.
//
// Example:
//
//   const netgov::Network& net = netgov::io::DefaultNetwork();
//   netgov::calendar::Calendars calendars(net);
//   std::string ics = netgov::io::DeadlinesICalendar(
//       net, calendars, netgov::Date(2021, 12, 1), netgov::Date(2022, 12, 31),
//       /*as_of=*/netgov::Date(2021, 12, 6));

#ifndef NETGOV_IO_ICAL_HPP_
#define NETGOV_IO_ICAL_HPP_

#include <span>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "netgov/calendar/calendars.hpp"
#include "netgov/core/date.hpp"
#include "netgov/model/rotation.hpp"
#include "netgov/network/network.hpp"
#include "netgov/rotation/term.hpp"

namespace netgov::io {

// kICalProductId
inline constexpr std::string_view kICalProductId = "-//netgov//netgov 0.1.0//EN";

// EscapeICalText()
//
// An RFC 5545 TEXT value: `\` `;` `,` escaped with a backslash, line breaks
// (LF, CRLF or CR) as `\n`, other control characters dropped.
std::string EscapeICalText(std::string_view text);

// FoldICalLine()
//
// One content line (without its line end) folded at 75 octets: CRLF and a
// space before each continuation, never inside a UTF-8 sequence. The result
// ends with CRLF.
std::string FoldICalLine(std::string_view line);

// DeadlinesICalendar()
//
// The deadlines with an occurrence whose adjusted date is in `[from, to]`.
std::string DeadlinesICalendar(const Network& network,
                               const calendar::Calendars& calendars, Date from,
                               Date to, Date as_of);

// MeetingsICalendar()
//
// Every meeting of the network, sorted by start instant then id. Errors as
// `calendar::TimesOf()`.
absl::StatusOr<std::string> MeetingsICalendar(const Network& network, Date as_of);

// RotationICalendar()
//
// One all-day VEVENT per term of `rotation`, in the order given: DTSTART the
// term's start, DTEND the day after its end (DURATION for a term ending on
// 9999-12-31), SUMMARY "<title>: <holders> (<status>)", DESCRIPTION the
// reason, UID `<rotation id>-<start>@<network id>.netgov`. The terms come
// from `rotation::Schedule::Terms()`.
std::string RotationICalendar(const Network& network, const Rotation& rotation,
                              std::span<const rotation::Term> terms, Date as_of);

}  // namespace netgov::io

#endif  // NETGOV_IO_ICAL_HPP_
