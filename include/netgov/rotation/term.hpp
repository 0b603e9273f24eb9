// File: netgov/rotation/term.hpp
// -----------------------------------------------------------------------------
//
// `Term`: one term of a rotation as the engine computes it, with its holders,
// its status and the reason for that status.
//
// A term's `status` describes its rotating seat(s): `recorded` (a history
// entry), `computed` (the order rule), `override` (a `holder`, `skip` or
// `swap_with` override shaped it), `pending` (its call is still open),
// `fallback` (a call closed and a fallback chose the holder), `undetermined`
// (nothing decides it). `holders` lists the permanent holders first, then the
// rotating holders.
//
// Example:
//
//   absl::StatusOr<netgov::rotation::Schedule> s = netgov::rotation::Schedule::Make(
//       net, netgov::RotationId("co-chair"), {.as_of = netgov::Date(2021, 12, 22)});
//   absl::StatusOr<netgov::rotation::Term> t = s->TermOn(netgov::Date(2022, 6, 1));
//   std::cout << netgov::FormatDate(t->start) << " "
//             << netgov::ToString(t->status) << " " << t->reason;
//   for (const netgov::EntityId& e : t->rotating()) std::cout << " " << e;

#ifndef NETGOV_ROTATION_TERM_HPP_
#define NETGOV_ROTATION_TERM_HPP_

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"
#include "netgov/core/id.hpp"

namespace netgov::rotation {

// TermStatus
//
// How a term's rotating seat(s) were decided; spelled as in the `rotation`
// command's output.
enum class TermStatus { kRecorded, kComputed, kOverride, kPending, kFallback, kUndetermined };

// Status
//
// The former name of `TermStatus` (it read like `absl::Status` beside it);
// kept for one release.
using Status [[deprecated("use netgov::rotation::TermStatus")]] = TermStatus;

}  // namespace netgov::rotation

namespace netgov {

template <>
struct EnumTraits<rotation::TermStatus> {
  static constexpr std::array<std::string_view, 6> kNames = {
      "recorded", "computed", "override", "pending", "fallback", "undetermined"};
};

}  // namespace netgov

namespace netgov::rotation {

// Term
//
// Term `index` (0 starts on the rotation's `term.start`; negative indexes run
// back in time) spans `start..end`, both inclusive. `holders` holds
// `permanent_count` permanent holders, then the rotating ones. `reason` says
// why the term has its status ("fallback extend-incumbent: 2nd consecutive
// term", "call closes 2021-12-21", "empty pool: no entity is a member for the
// whole term").
struct Term {
  long long index = 0;
  Date start;
  Date end;
  std::vector<EntityId> holders;
  std::size_t permanent_count = 0;
  TermStatus status = TermStatus::kUndetermined;
  std::string reason;

  // permanent()
  //
  // The permanent holders who are network members on the term's start.
  std::span<const EntityId> permanent() const {
    return std::span<const EntityId>(holders).first(permanent_count);
  }

  // rotating()
  //
  // The rotating holders (empty when pending or undetermined).
  std::span<const EntityId> rotating() const {
    return std::span<const EntityId>(holders).subspan(permanent_count);
  }

  // Contains()
  bool Contains(Date day) const { return start <= day && day <= end; }

  friend bool operator==(const Term&, const Term&) = default;
};

}  // namespace netgov::rotation

#endif  // NETGOV_ROTATION_TERM_HPP_
