// File: netgov/validate/explain.hpp
// -----------------------------------------------------------------------------
//
// What an answer rests on. `Explain()` answers a question about one pillar,
// entity, rotation, commitment or deadline as of a date (who leads the pillar,
// what the entity holds, who holds the rotation's term, where the commitment
// stands, when the deadline falls) and lists each fact of the network that
// answer rests on, with its JSON pointer and its provenance (a verbatim quote,
// or the basis it rests on instead: netgov/model/provenance.hpp).
//
// The facts, in file order:
//   pillar      the pillar, its launch, its roles valid on the date;
//   entity      the entity, its roles valid on the date, the posts at it valid
//               on the date, the rotations' seats it holds on the date (the
//               rotation and the history entry or permanent seat), its
//               positions on commitments, the mentions that name it;
//   rotation    the rotation, its max_consecutive_terms, and the history
//               entries, overrides and calls of terms up to the date's term;
//   commitment  the commitment, its status, its positions, the meeting that
//               adopted it;
//   deadline    the deadline and its calendar (and the calendars that calendar
//               is the union of).
//
// Example:
//
//   absl::StatusOr<netgov::Explanation> e = netgov::Explain(
//       netgov::io::DefaultNetwork(), netgov::ExplainKind::kPillar,
//       "intersectionality", netgov::Date(2022, 1, 1));
//   // e->answer: {"lead: ILO"}; e->facts[0].pointer: "/pillars/3"

#ifndef NETGOV_VALIDATE_EXPLAIN_HPP_
#define NETGOV_VALIDATE_EXPLAIN_HPP_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"
#include "netgov/network/facts.hpp"
#include "netgov/network/network.hpp"

namespace netgov {

// ExplainKind
enum class ExplainKind { kPillar, kEntity, kRotation, kCommitment, kDeadline };

template <>
struct EnumTraits<ExplainKind> {
  static constexpr std::array<std::string_view, 5> kNames = {
      "pillar", "entity", "rotation", "commitment", "deadline"};
};

// Explanation
//
// `id` is the subject's id as the network spells it (a pillar asked for by
// number, an entity by acronym, are resolved). `answer` is the answer as of
// `as_of`, one line per item; `facts` are the facts it rests on.
struct Explanation {
  ExplainKind kind = ExplainKind::kPillar;
  std::string id;
  Date as_of;
  std::vector<std::string> answer;
  std::vector<Fact> facts;
};

// Explain()
//
// `InvalidArgument` for an unknown subject ("unknown pillar 'intersection';
// did you mean 'intersectionality'?").
absl::StatusOr<Explanation> Explain(const Network& network, ExplainKind kind,
                                    std::string_view id, Date as_of);

}  // namespace netgov

#endif  // NETGOV_VALIDATE_EXPLAIN_HPP_
