// File: netgov/rotation/order_policy.hpp
// -----------------------------------------------------------------------------
//
// `OrderPolicy`: the open family of order rules behind one small interface,
// after QuantLib's calendars. A policy knows a cyclic (or, for a fixed order
// without `cycle`, finite) sequence of positions, each naming an entity, and
// answers one question: who is the first eligible holder after a position, for
// a given term. Skips, `max_consecutive_terms`, several seats and fallbacks are
// the schedule's business (`netgov/rotation/schedule.hpp`), so a new rule only
// has to order its candidates.
//
// Positions are indexes into the policy's sequence; `kBeforeFirst` stands for
// "no previous holder".
//
// Example (who follows UNESCO alphabetically by acronym in 2023?):
//
//   const netgov::Rotation& rotation = net.rotations()[0];  // say, alphabetical by acronym
//   const netgov::Entity* unesco = net.ResolveEntity("UNESCO");
//   netgov::rotation::Membership members(net);
//   std::unique_ptr<netgov::rotation::OrderPolicy> order =
//       netgov::rotation::MakeOrderPolicy(rotation, net);
//   long long after = order->PositionOf(members.IndexOf(*unesco),
//                                       netgov::rotation::kBeforeFirst);
//   std::optional<netgov::rotation::Candidate> next =
//       order->Next(after, {netgov::Date(2023, 1, 1), netgov::Date(2023, 12, 31)}, members);

#ifndef NETGOV_ROTATION_ORDER_POLICY_HPP_
#define NETGOV_ROTATION_ORDER_POLICY_HPP_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "netgov/core/date.hpp"
#include "netgov/model/rotation.hpp"
#include "netgov/network/network.hpp"
#include "netgov/rotation/membership.hpp"

namespace netgov::rotation {

// kBeforeFirst
//
// The position before the first of a sequence: `Next(kBeforeFirst, ...)` is
// the first eligible entity.
inline constexpr long long kBeforeFirst = -1;

// Candidate
//
// An entity the order gives (its index in `network.entities()`) and its
// position in the order, from which the next search continues.
struct Candidate {
  std::size_t entity = 0;
  long long position = kBeforeFirst;

  friend bool operator==(const Candidate&, const Candidate&) = default;
};

// OrderPolicy
//
// Implementations are immutable after construction and safe to share.
class OrderPolicy {
 public:
  virtual ~OrderPolicy() = default;

  // Next()
  //
  // The first position after `after` (wrapping around when the order cycles)
  // whose entity is a member for the whole of `term`; nullopt when there is
  // none. Each position is visited at most once per call.
  virtual std::optional<Candidate> Next(long long after, const Interval& term,
                                        const Membership& members) const = 0;

  // PositionOf()
  //
  // The position computation continues from after `entity` held the seat
  // (recorded in history, or set by an override) when the previous position
  // was `after`. An entity the order does not list keeps `after`, except
  // under `alphabetical`, where it is placed by its key.
  virtual long long PositionOf(std::size_t entity, long long after) const = 0;

  // size()
  //
  // The number of positions: an upper bound on the candidates one term can
  // try.
  virtual long long size() const = 0;

  // Entities()
  //
  // Every entity the order can give, each once, in order.
  virtual std::vector<std::size_t> Entities() const = 0;

  // WhyNone()
  //
  // Why `Next(after, ...)` gave no one ("empty pool: no entity is a member
  // for the whole term", "the fixed sequence has ended").
  virtual std::string WhyNone(long long after) const = 0;

  // Describe()
  //
  // The rule in a few words, used as the reason of computed terms
  // ("alphabetical", "fixed order").
  virtual std::string Describe() const = 0;
};

// MakeOrderPolicy()
//
// The policy for `rotation.order` over the entities of `network` (which must
// hold the rotation's entities, as a built `Network` does).
std::unique_ptr<OrderPolicy> MakeOrderPolicy(const Rotation& rotation,
                                             const Network& network);

}  // namespace netgov::rotation

#endif  // NETGOV_ROTATION_ORDER_POLICY_HPP_
