// The order rules: fixed, alphabetical and open-call (docs/rotation.md).
#include "netgov/rotation/order_policy.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"

namespace netgov::rotation {
namespace {

// `fixed`: the sequence in file order; after the last, the first again when
// `cycle`, else nothing. An entity that is not a member for the whole term is
// passed over.
class FixedOrder final : public OrderPolicy {
 public:
  FixedOrder(std::vector<std::size_t> sequence, bool cycle)
      : sequence_(std::move(sequence)), cycle_(cycle) {}

  std::optional<Candidate> Next(long long after, const Interval& term,
                                const Membership& members) const override {
    const long long n = size();
    for (long long step = 1; step <= n; ++step) {
      // `after` is kBeforeFirst or a position, so one subtraction wraps.
      long long p = after + step;
      if (p >= n) {
        if (!cycle_) return std::nullopt;
        p -= n;
      }
      const std::size_t e = sequence_[static_cast<std::size_t>(p)];
      if (members.IsMemberThroughout(e, term)) return Candidate{e, p};
    }
    return std::nullopt;
  }

  long long PositionOf(std::size_t entity, long long after) const override {
    const long long n = size();
    for (long long step = 1; step <= n; ++step) {
      const long long p = (after + step) % n;
      if (sequence_[static_cast<std::size_t>(p)] == entity) return p;
    }
    return after;
  }

  long long size() const override { return static_cast<long long>(sequence_.size()); }

  std::vector<std::size_t> Entities() const override {
    std::vector<std::size_t> out;
    absl::flat_hash_set<std::size_t> seen;
    for (std::size_t e : sequence_) {
      if (seen.insert(e).second) out.push_back(e);
    }
    return out;
  }

  std::string WhyNone(long long after) const override {
    if (!cycle_ && after + 1 >= size()) return "the fixed sequence has ended";
    return "no entity of the sequence is a member for the whole term";
  }

  std::string Describe() const override { return "fixed order"; }

 private:
  std::vector<std::size_t> sequence_;
  bool cycle_;
};

// `alphabetical`: every entity but the permanent holders, sorted by the
// lower-cased key (ties by id); wraps around.
class AlphabeticalOrder final : public OrderPolicy {
 public:
  AlphabeticalOrder(const Rotation& rotation, const Network& network) {
    const auto entities = network.entities();
    absl::flat_hash_set<std::string> permanent;
    for (const EntityId& id : rotation.permanent) permanent.insert(id.str());
    std::vector<std::string> keys;
    keys.reserve(entities.size());
    for (const Entity& e : entities) keys.push_back(KeyOf(e, rotation.order.key));
    // Entity indexes sorted by key; ties on the key break by id, so the
    // order is total. Sorting indexes moves no strings.
    std::vector<std::size_t> all(entities.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    std::sort(all.begin(), all.end(), [&](std::size_t a, std::size_t b) {
      const int c = keys[a].compare(keys[b]);
      return c != 0 ? c < 0 : entities[a].id < entities[b].id;
    });
    position_of_.assign(entities.size(), kBeforeFirst);
    for (const std::size_t e : all) {
      if (permanent.contains(entities[e].id.str())) {
        // Not in the pool: placed after the last listed entity sorting
        // before it.
        position_of_[e] = static_cast<long long>(pool_.size()) - 1;
      } else {
        position_of_[e] = static_cast<long long>(pool_.size());
        pool_.push_back(e);
      }
    }
  }

  std::optional<Candidate> Next(long long after, const Interval& term,
                                const Membership& members) const override {
    // `after` is kBeforeFirst or a position, so one subtraction wraps.
    const long long n = size();
    for (long long step = 1; step <= n; ++step) {
      long long p = after + step;
      if (p >= n) p -= n;
      const std::size_t e = pool_[static_cast<std::size_t>(p)];
      if (members.IsMemberThroughout(e, term)) return Candidate{e, p};
    }
    return std::nullopt;
  }

  long long PositionOf(std::size_t entity, long long /*after*/) const override {
    return position_of_[entity];
  }

  long long size() const override { return static_cast<long long>(pool_.size()); }

  std::vector<std::size_t> Entities() const override { return pool_; }

  std::string WhyNone(long long /*after*/) const override {
    return "empty pool: no entity is a member for the whole term";
  }

  std::string Describe() const override { return "alphabetical"; }

 private:
  // The key, lower-cased; an entity without one falls back to its name, then
  // its id.
  static std::string KeyOf(const Entity& e, SortKey key) {
    const std::string* text = &e.id.str();
    if (key == SortKey::kAcronym && !e.acronym.empty()) {
      text = &e.acronym;
    } else if (key != SortKey::kId && !e.name.empty()) {
      text = &e.name;
    }
    return absl::AsciiStrToLower(*text);
  }

  std::vector<std::size_t> pool_;
  std::vector<long long> position_of_;
};

// `open-call`: no automatic successor.
class OpenCallOrder final : public OrderPolicy {
 public:
  explicit OpenCallOrder(std::vector<std::size_t> candidates)
      : candidates_(std::move(candidates)) {}

  std::optional<Candidate> Next(long long /*after*/, const Interval& /*term*/,
                                const Membership& /*members*/) const override {
    return std::nullopt;
  }
  long long PositionOf(std::size_t /*entity*/, long long after) const override {
    return after;
  }
  long long size() const override { return 0; }
  std::vector<std::size_t> Entities() const override { return candidates_; }
  std::string WhyNone(long long /*after*/) const override {
    return "an open call has no automatic successor";
  }
  std::string Describe() const override { return "open call"; }

 private:
  std::vector<std::size_t> candidates_;
};

}  // namespace

std::unique_ptr<OrderPolicy> MakeOrderPolicy(const Rotation& rotation,
                                             const Network& network) {
  const auto entities = network.entities();
  auto index_of = [&](const EntityId& id) {
    return static_cast<std::size_t>(network.FindEntity(id) - entities.data());
  };
  switch (rotation.order.rule) {
    case OrderRuleKind::kFixed: {
      std::vector<std::size_t> sequence;
      for (const EntityId& id : rotation.order.sequence) {
        if (network.FindEntity(id) != nullptr) sequence.push_back(index_of(id));
      }
      return std::make_unique<FixedOrder>(std::move(sequence), rotation.order.cycle);
    }
    case OrderRuleKind::kAlphabetical:
      return std::make_unique<AlphabeticalOrder>(rotation, network);
    case OrderRuleKind::kOpenCall:
      break;
  }
  // Under an open call, any non-permanent entity may volunteer: those are the
  // candidates a tally lists.
  absl::flat_hash_set<std::string> permanent;
  for (const EntityId& id : rotation.permanent) permanent.insert(id.str());
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (!permanent.contains(entities[i].id.str())) candidates.push_back(i);
  }
  return std::make_unique<OpenCallOrder>(std::move(candidates));
}

}  // namespace netgov::rotation
