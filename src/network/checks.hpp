// Private: the checks NetworkBuilder::Build() runs, split by concept so that
// each engine's rules sit beside the others (checks_rotation.cpp,
// checks_calendar.cpp). Each returns the first error in file order.
#ifndef NETGOV_SRC_NETWORK_CHECKS_HPP_
#define NETGOV_SRC_NETWORK_CHECKS_HPP_

#include <optional>
#include <string>
#include "absl/strings/string_view.h"

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "absl/container/flat_hash_map.h"
#include "netgov/network/network.hpp"
#include "src/network/network_data.hpp"

namespace netgov::detail {

// Pointer()
//
// "/<collection>/<index>" followed by the given tokens.
std::string Pointer(absl::string_view collection, std::size_t index,
                    absl::string_view rest = "");

// UnknownReference()
//
// "<pointer>: unknown <what> '<id>'; did you mean '<closest>'?".
absl::Status UnknownReference(const std::vector<std::string>& ids,
                              absl::string_view what, absl::string_view id,
                              absl::string_view pointer);

// CheckReference()
//
// OK if `id` is a key of `index`; otherwise `UnknownReference()` over the ids
// of `items`, which are listed only then, so a check costs one lookup.
template <typename T>
absl::Status CheckReference(
    const Index& index, const std::vector<T>& items, absl::string_view what, absl::string_view id,
    absl::string_view pointer) {
  if (index.contains(id)) return absl::OkStatus();
  return UnknownReference(IdsOf(items), what, id, pointer);
}

// CheckEntityRef()
absl::Status CheckEntityRef(const NetworkData& data, const EntityId& id,
                            absl::string_view pointer);

// CheckInterval()
//
// "<pointer>: from 2022-01-01 is after to 2021-12-31".
absl::Status CheckInterval(const Interval& interval, absl::string_view pointer);

// CheckDateSet()
//
// OK if `day` is a day. An unset date (`not_a_date_time`, what a
// default-constructed `Date` holds) is what the JSON reader calls a missing
// key, and gets its message: "<object>: missing required key '<key>'"; an
// infinity gets "<object>/<key>: ... is not a day".
absl::Status CheckDateSet(Date day, absl::string_view object, absl::string_view key);

// CheckOptionalDate()
//
// OK if `day` is unset (nullopt) or holds a day; a special value in it is an
// error at `pointer`.
absl::Status CheckOptionalDate(const std::optional<Date>& day, absl::string_view pointer);

// CheckTimeZone()
//
// OK if `name` is empty or `absl::LoadTimeZone()` loads it. On a host with no
// time-zone database at all, a well-formed name is accepted too: zones are
// then needed only where local times are computed, which fail there.
absl::Status CheckTimeZone(absl::string_view name, absl::string_view pointer);

// ResolveLocalTime()
//
// The instant `local` names in `zone`, or an error saying it is skipped or
// repeated there and giving the choices (checks_calendar.cpp; the calendar
// engine's `ResolveLocal()` shares it).
absl::StatusOr<absl::Time> ResolveLocalTime(absl::CivilMinute local, const absl::TimeZone& zone);

absl::Status CheckRotations(const NetworkData& data);
absl::Status CheckCalendars(const NetworkData& data);
// `check_zones`: false only for a network checked in full at build time
// (`BuildPrechecked()`): the checks that load time zones are left out.
absl::Status CheckMeetings(const NetworkData& data, bool check_zones);
absl::Status CheckDeadlines(const NetworkData& data, bool check_zones);

}  // namespace netgov::detail

#endif  // NETGOV_SRC_NETWORK_CHECKS_HPP_
