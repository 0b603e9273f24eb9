// File: netgov/model/mention.hpp
// -----------------------------------------------------------------------------
//
// What a source says that the network cannot hold as a fact of its own:
// `Mention`, a thing the source names but the network does not define (a
// "Pillar on capacity-building" that is not among the pillars), and
// `StatedCount`, a count the source states ("six commitments") that
// `validate` checks against the data. Recording both lets the library report a
// source's inconsistencies instead of silently picking one reading.
//
// Example:
//
//   netgov::StatedCount six{"commitments-announced", "commitments", 6, {}, "six commitments"};

#ifndef NETGOV_MODEL_MENTION_HPP_
#define NETGOV_MODEL_MENTION_HPP_

#include <optional>
#include <string>

#include "netgov/core/date.hpp"
#include "netgov/core/id.hpp"
#include "netgov/model/provenance.hpp"

namespace netgov {

// Mention
//
// `kind` is "pillar", "entity", "person", "document", "event", "body",
// "mechanism", "statement" (a stated intention or willingness that is not a
// role, or a clause of the record) or "other"; `entity` and `role` optionally
// say who does what with the thing mentioned, during `valid`; `date` is when
// the source dates the thing itself, as exactly as `precision` says ("July
// 2021" is 2021-07-01 with `kMonth`).
struct Mention {
  MentionId id;
  std::string kind;
  std::string name;
  std::optional<EntityId> entity;
  std::string role;
  Interval valid;
  std::optional<Date> date{};
  DatePrecision precision = DatePrecision::kDay;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  friend bool operator==(const Mention&, const Mention&) = default;
};

// StatedCount
//
// `collection` is "commitments", "pillars", "entities", "people" or
// "meetings"; with `meeting`, the count is of that meeting's commitments.
struct StatedCount {
  std::string id;
  std::string collection;
  int count = 0;
  std::optional<MeetingId> meeting;
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note{};

  friend bool operator==(const StatedCount&, const StatedCount&) = default;
};

}  // namespace netgov

#endif  // NETGOV_MODEL_MENTION_HPP_
