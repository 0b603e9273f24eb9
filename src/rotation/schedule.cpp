// The schedule engine: decides each term in order from the rotation's rules
// (see the overview in netgov/rotation/schedule.hpp and docs/rotation.md).
#include "netgov/rotation/schedule.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/inlined_vector.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "netgov/core/strings.hpp"
#include "netgov/rotation/membership.hpp"
#include "netgov/rotation/order_policy.hpp"

namespace netgov::rotation {
namespace {

// An entity holding a rotating seat, and for how many terms in a row.
struct Held {
  std::size_t entity = 0;
  int run = 0;
};

// What computation carries from one term to the next.
struct State {
  long long position = kBeforeFirst;
  std::vector<Held> previous;
  // The next `previous` while it is worked out, kept for its capacity.
  std::vector<Held> next;
};

using Holders = absl::InlinedVector<std::size_t, 2>;

// A term's rotating holders as decided before swaps; `reason` indexes the
// schedule's table of reasons.
struct Decision {
  Holders rotating;
  TermStatus status = TermStatus::kUndetermined;
  std::uint32_t reason = 0;
  // True for recorded terms and terms before the start: swaps leave them be.
  bool fixed = false;
};

// The reason of computed terms is the first of the table.
constexpr std::uint32_t kComputedReason = 0;

// "1st", "2nd", "3rd", "4th", ... "11th", "12th", "13th", "21st".
std::string Ordinal(long long n) {
  const long long tens = n % 100;
  const long long ones = n % 10;
  const char* suffix = "th";
  if (tens < 11 || tens > 13) {
    if (ones == 1) suffix = "st";
    if (ones == 2) suffix = "nd";
    if (ones == 3) suffix = "rd";
  }
  return absl::StrCat(n, suffix);
}

}  // namespace

namespace schedule_internal {

// A computed term, compactly (32 bytes): its days, its rotating holders (the
// entity indexes `pool[first, first + count)` of whichever pool holds it),
// its status and its reason (an index into a table of reasons).
struct Record {
  Date start;
  Date end;
  std::size_t first = 0;
  std::uint32_t count = 0;
  std::uint32_t reason = 0;
  TermStatus status = TermStatus::kUndetermined;
};

}  // namespace schedule_internal

using schedule_internal::Record;

struct Schedule::Impl {
  Impl(Network net, const Rotation* r, ScheduleOptions opts)
      : network(std::move(net)),
        rotation(r),
        options(std::move(opts)),
        members(network),
        order(MakeOrderPolicy(*r, network)),
        order_size(order->size()) {
    reasons.push_back(order->Describe());
    reason_ids.emplace(reasons.front(), kComputedReason);
  }

  Network network;
  const Rotation* rotation;
  ScheduleOptions options;
  Membership members;
  std::unique_ptr<OrderPolicy> order;
  long long order_size;

  // The rules, by term index.
  absl::flat_hash_map<long long, const HistoryEntry*> history;
  absl::flat_hash_map<long long, std::size_t> holder_override;
  absl::flat_hash_map<long long, std::vector<std::size_t>> skips;
  absl::flat_hash_map<long long, long long> swaps;
  absl::flat_hash_map<long long, const Call*> calls;
  // Every term with a rule above: most terms have none, and one lookup (or
  // none, when there are no rules) tells.
  absl::flat_hash_set<long long> ruled;
  std::vector<EntityId> permanent;
  // The permanent holders as entity indexes, and whether all of them are
  // members on every day (no membership limits, no departures): then every
  // term lists them all.
  std::vector<std::size_t> permanent_index;
  bool permanent_always = true;
  // Computation starts here: term 0, or the earliest recorded term before it.
  long long first_index = 0;

  // The cache, guarded by `mu`: the terms computed so far (first_index,
  // first_index + 1, ...), their rotating holders, the reasons they give
  // (each text once; the first is the order rule's, for computed terms) and
  // the state after the last of them. Deques grow without moving what they
  // hold.
  mutable std::mutex mu;
  mutable std::deque<Record> records;
  mutable std::deque<std::size_t> pool;
  // One past the last cached term, and the size of `pool` (a deque's size
  // costs more than a counter).
  mutable long long cached_end = 0;
  mutable std::size_t pool_size = 0;
  // The decision of the term being cached, kept for its storage.
  mutable Decision decided;
  mutable std::vector<std::string> reasons;
  mutable absl::flat_hash_map<std::string, std::uint32_t> reason_ids;
  mutable State state;
  // The start of the term after the next uncached one.
  mutable std::optional<TermStarts> next_starts;
  // Decisions before swaps of the terms that take part in a swap.
  mutable absl::flat_hash_map<long long, Decision> swap_base;

  std::size_t IndexOf(const EntityId& id) const {
    return members.IndexOf(*network.FindEntity(id));
  }
  const std::string& IdOf(std::size_t entity) const {
    return network.entities()[entity].id.str();
  }
  std::string Named(absl::string_view message) const {
    return absl::StrCat("rotation '", rotation->id.str(), "': ", message);
  }

  // The index of `text` in the table of reasons, adding it if new. Requires
  // `mu`.
  std::uint32_t Intern(std::string text) const {
    const auto [it, added] =
        reason_ids.try_emplace(text, static_cast<std::uint32_t>(reasons.size()));
    if (added) reasons.push_back(std::move(text));
    return it->second;
  }

  // The rule for term `k` in `rules`, or nullptr; without hashing when there
  // are no such rules (the common case, on every term).
  template <typename V>
  static const V* Find(const absl::flat_hash_map<long long, V>& rules, long long k) {
    if (rules.empty()) return nullptr;
    const auto it = rules.find(k);
    return it == rules.end() ? nullptr : &it->second;
  }

  bool IsRuled(long long k) const { return !ruled.empty() && ruled.contains(k); }

  bool IsSkipped(long long k, std::size_t entity) const {
    const std::vector<std::size_t>* skipped = Find(skips, k);
    return skipped != nullptr &&
           std::find(skipped->begin(), skipped->end(), entity) != skipped->end();
  }

  int RunOf(const State& s, std::size_t entity) const {
    for (const Held& h : s.previous) {
      if (h.entity == entity) return h.run;
    }
    return 0;
  }

  bool ExceedsMax(const State& s, std::size_t entity) const {
    return rotation->max_consecutive_terms &&
           RunOf(s, entity) >= *rotation->max_consecutive_terms;
  }

  // The term's span, or OutOfRange when it leaves the supported dates.
  absl::StatusOr<Interval> SpanOf(long long k) const {
    const std::optional<Interval> span = TermInterval(rotation->term, k);
    if (span && span->to) return *span;
    if (span) {
      return absl::OutOfRangeError(Named(absl::StrCat(
          "the term starting ", FormatDate(*span->from), " would end after ",
          FormatDate(Date(kMaxYear, 12, 31)), ", the last date supported")));
    }
    if (k >= 0) {
      return absl::OutOfRangeError(Named(absl::StrCat(
          "no term can start after ", FormatDate(Date(kMaxYear, 12, 31)),
          ", the last date supported")));
    }
    return absl::OutOfRangeError(Named(absl::StrCat(
        "no term can start before ", FormatDate(Date(kMinYear, 1, 1)),
        ", the first date supported")));
  }

  // SpanOf(k) for the term after the last cached one: it starts the day
  // after that one ends, and it ends the day before the next start, which
  // `next_starts` gives step by step (no month computation from the anchor
  // per term). Requires `mu`.
  absl::StatusOr<Interval> SpanAfterCached(long long k) const {
    if (!next_starts || next_starts->index() != k + 1) {
      next_starts.emplace(rotation->term, k + 1);
    }
    const std::optional<Date>& next = next_starts->start();
    if (records.empty() || !next) {
      absl::StatusOr<Interval> span = SpanOf(k);
      if (span.ok() && next) next_starts->Advance();
      return span;
    }
    // Both days are within the supported dates: day numbers suffice.
    Interval span{Date(records.back().end.day_number() + 1), Date(next->day_number() - 1)};
    next_starts->Advance();
    return span;
  }

  // Fills `seats` more seats of term `k` from the order after `s.position`.
  // On success appends to `out`, moves `s.position` and returns true; else
  // sets `why`. `skipped` tells whether a skip passed someone over.
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool Fill(long long k, const Interval& span, std::size_t seats,
                                         State& s, Holders& out, bool& skipped,
                                         std::string& why) const {
    long long position = s.position;
    bool limited = false;
    const long long tries = order_size;
    for (long long t = 0; t < tries && out.size() < seats; ++t) {
      const std::optional<Candidate> c = order->Next(position, span, members);
      if (!c) break;
      position = c->position;
      if (IsSkipped(k, c->entity)) {
        skipped = true;
        continue;
      }
      if (!out.empty() && std::find(out.begin(), out.end(), c->entity) != out.end()) continue;
      if (ExceedsMax(s, c->entity)) {
        limited = true;
        continue;
      }
      out.push_back(c->entity);
    }
    if (out.size() == seats) {
      s.position = position;
      return true;
    }
    why = WhyNoHolder(seats, out.size(), position, skipped, limited);
    out.clear();
    return false;
  }

  // Why Fill() found no (or too few) holders.
  ABSL_ATTRIBUTE_NOINLINE std::string WhyNoHolder(std::size_t seats, std::size_t found,
                                                  long long position, bool skipped,
                                                  bool limited) const {
    std::string why;
    if (found == 0 && !skipped && !limited) {
      why = order->WhyNone(position);
    } else {
      std::vector<std::string> by;
      if (skipped) by.push_back("skip");
      if (limited) {
        by.push_back(absl::StrCat("max_consecutive_terms ", *rotation->max_consecutive_terms));
      }
      why = absl::StrCat("no eligible holder",
                         seats > 1 ? absl::StrCat(" for ", seats - found, " of ",
                                                  seats, " seats")
                                   : "",
                         by.empty() ? "" : absl::StrCat(" (", absl::StrJoin(by, " and "), ")"));
    }
    return why;
  }

  // The incumbent's note when a further term would exceed the limit.
  std::string LimitNote(const State& s) const {
    for (const Held& h : s.previous) {
      if (ExceedsMax(s, h.entity)) {
        return absl::StrCat("; a ", Ordinal(h.run + 1), " consecutive term for ",
                            IdOf(h.entity), " is not allowed (max_consecutive_terms ",
                            *rotation->max_consecutive_terms, ")");
      }
    }
    return "";
  }

  // Applies the call's fallbacks in order. Requires `mu`.
  void ApplyFallbacks(long long k, const Interval& span, const Call& call, State& s,
                      Decision& d) const {
    std::vector<std::string> notes;
    const std::size_t seats = static_cast<std::size_t>(rotation->rotating_seats);
    for (const Fallback f : call.fallback) {
      const std::string name(ToString(f));
      if (f == Fallback::kApproachBilaterally) {
        notes.push_back(absl::StrCat(name, " is not computable"));
        continue;
      }
      if (f == Fallback::kExtendIncumbent || f == Fallback::kRequestIncumbent) {
        if (s.previous.empty()) {
          notes.push_back(absl::StrCat(name, ": no incumbent"));
          continue;
        }
        int longest = 0;
        std::string blocked;
        for (const Held& h : s.previous) {
          longest = std::max(longest, h.run);
          if (ExceedsMax(s, h.entity)) {
            blocked = absl::StrCat(name, " would make a ", Ordinal(h.run + 1),
                                   " consecutive term for ", IdOf(h.entity),
                                   " (max_consecutive_terms ",
                                   *rotation->max_consecutive_terms, ")");
          } else if (IsSkipped(k, h.entity)) {
            blocked = absl::StrCat(name, ": ", IdOf(h.entity), " is skipped");
          } else if (!members.IsMemberThroughout(h.entity, span)) {
            blocked = absl::StrCat(name, ": ", IdOf(h.entity),
                                   " is not a member for the whole term");
          }
          if (!blocked.empty()) break;
        }
        if (!blocked.empty()) {
          notes.push_back(blocked);
          continue;
        }
        for (const Held& h : s.previous) d.rotating.push_back(h.entity);
        d.status = TermStatus::kFallback;
        d.reason = Intern(absl::StrCat(
            "fallback ", name, ": ", Ordinal(longest + 1), " consecutive term",
            f == Fallback::kRequestIncumbent ? ", requested, not confirmed" : ""));
        return;
      }
      bool skipped = false;
      std::string why;
      if (Fill(k, span, seats, s, d.rotating, skipped, why)) {
        d.status = TermStatus::kFallback;
        d.reason = Intern(absl::StrCat("fallback ", name));
        return;
      }
      notes.push_back(absl::StrCat(name, ": ", why));
    }
    d.status = TermStatus::kUndetermined;
    d.reason = Intern(notes.empty()
                          ? absl::StrCat("call closed ", FormatDate(call.closes),
                                         " with no holder recorded and no fallback")
                          : absl::StrCat("call closed ", FormatDate(call.closes),
                                         "; no computable fallback (",
                                         absl::StrJoin(notes, "; "), ")"));
  }

  // Decides term `k` from state `s` (the state after term k-1) and moves `s`
  // on to the state after term `k`. Requires `mu`.
  Decision Decide(long long k, const Interval& span, State& s) const {
    Decision d;
    Decide(k, span, s, d);
    return d;
  }

  // Decide() into `d`, reusing its storage.
  ABSL_ATTRIBUTE_ALWAYS_INLINE void Decide(long long k, const Interval& span, State& s,
                                           Decision& d) const {
    d.rotating.clear();
    d.status = TermStatus::kUndetermined;
    d.reason = 0;
    d.fixed = false;
    // Most terms have no rule of their own: the order decides (rule 6).
    if (k >= 0 && rotation->rotating_seats > 0 &&
        rotation->order.rule != OrderRuleKind::kOpenCall && !IsRuled(k)) {
      ByOrder(k, span, s, d);
    } else {
      ByRules(k, span, s, d);
    }
    // Consecutive runs carry over only through held terms.
    s.next.clear();
    for (std::size_t e : d.rotating) {
      Held& h = s.next.emplace_back();
      h.entity = e;
      h.run = RunOf(s, e) + 1;
    }
    s.previous.swap(s.next);
  }

  // Rule 6: the order rule, with any skips of term `k`.
  ABSL_ATTRIBUTE_ALWAYS_INLINE void ByOrder(long long k, const Interval& span, State& s,
                                            Decision& d) const {
    bool skipped = false;
    std::string why;
    if (!Fill(k, span, static_cast<std::size_t>(rotation->rotating_seats), s, d.rotating,
              skipped, why)) {
      d.reason = Intern(std::move(why));
      return;
    }
    d.status = skipped ? TermStatus::kOverride : TermStatus::kComputed;
    d.reason = kComputedReason;
    if (skipped) {
      std::vector<std::string> ids;
      for (std::size_t e : skips.at(k)) ids.push_back(IdOf(e));
      d.reason = Intern(absl::StrCat("override: skip ", absl::StrJoin(ids, ", ")));
    }
  }

  // Rules 1-6 in order of precedence.
  ABSL_ATTRIBUTE_NOINLINE void ByRules(long long k, const Interval& span, State& s,
                                       Decision& d) const {
    const std::size_t seats = static_cast<std::size_t>(rotation->rotating_seats);
    const bool is_ruled = IsRuled(k);
    const HistoryEntry* const* h = is_ruled ? Find(history, k) : nullptr;
    if (h != nullptr) {
      for (const EntityId& id : (*h)->holders) {
        d.rotating.push_back(IndexOf(id));
        s.position = order->PositionOf(d.rotating.back(), s.position);
      }
      d.status = TermStatus::kRecorded;
      d.reason = Intern("history");
      d.fixed = true;
    } else if (k < 0) {
      d.reason = Intern(absl::StrCat("before the rotation starts (",
                                     FormatDate(rotation->term.start), ")"));
      d.fixed = true;
    } else if (seats == 0) {
      d.status = TermStatus::kComputed;
      d.reason = Intern("no rotating seat");
    } else if (const std::size_t* o = is_ruled ? Find(holder_override, k) : nullptr;
               o != nullptr) {
      d.rotating.push_back(*o);
      s.position = order->PositionOf(*o, s.position);
      d.status = TermStatus::kOverride;
      std::string reason = absl::StrCat("override: holder ", IdOf(*o));
      bool skipped = false;
      std::string why;
      if (seats > 1 && !Fill(k, span, seats, s, d.rotating, skipped, why)) {
        d.rotating = {*o};
        absl::StrAppend(&reason, "; other seats: ", why);
      }
      d.reason = Intern(std::move(reason));
    } else if (const Call* const* c = is_ruled ? Find(calls, k) : nullptr; c != nullptr) {
      if (options.as_of <= (*c)->closes) {
        d.status = TermStatus::kPending;
        d.reason = Intern(absl::StrCat("call closes ", FormatDate((*c)->closes)));
      } else {
        ApplyFallbacks(k, span, **c, s, d);
      }
    } else if (rotation->order.rule == OrderRuleKind::kOpenCall) {
      d.reason = Intern(absl::StrCat("no holder recorded and no call", LimitNote(s)));
    } else {
      ByOrder(k, span, s, d);
    }
  }

  // The record of a term decided as `d`, its rotating holders stored from
  // `first` of some pool.
  static Record RecordOf(const Interval& span, const Decision& d, std::size_t first) {
    return Record{*span.from, *span.to, first, static_cast<std::uint32_t>(d.rotating.size()),
                  d.reason, d.status};
  }

  // Exchanges term `k`'s rotating holders (decided as `d`, before swaps) with
  // those of term `j`, as decided before swaps. Requires `mu`.
  ABSL_ATTRIBUTE_NOINLINE absl::Status ApplySwap(long long k, long long j, Decision& d) const {
    swap_base[k] = d;
    if (!swap_base.contains(j)) {
      // Run a copy of the computation ahead to the partner term.
      State ahead = state;
      for (long long i = k + 1; i <= j; ++i) {
        absl::StatusOr<Interval> at = SpanOf(i);
        if (!at.ok()) return at.status();
        Decision di = Decide(i, *at, ahead);
        if (i == j) swap_base[j] = std::move(di);
      }
    }
    const Decision& other = swap_base.at(j);
    const absl::StatusOr<Interval> other_span = SpanOf(j);
    const std::string with =
        other_span.ok() ? FormatDate(*other_span->from) : std::to_string(j);
    if (!d.fixed && !other.fixed && !d.rotating.empty() && !other.rotating.empty()) {
      d.rotating = other.rotating;
      d.status = TermStatus::kOverride;
      d.reason = Intern(absl::StrCat("override: swapped with the term starting ", with));
    } else {
      d.reason = Intern(absl::StrCat(reasons[d.reason], " (swap with ", with, " not applied: ",
                                     d.fixed || other.fixed ? "a recorded term"
                                                            : "a term without a holder",
                                     ")"));
    }
    return absl::OkStatus();
  }

  // Computes the next uncached term. Requires `mu`.
  absl::Status ExtendOne() const {
    const long long k = cached_end;
    absl::StatusOr<Interval> span = SpanAfterCached(k);
    if (!span.ok()) return span.status();
    Decision& d = decided;
    Decide(k, *span, state, d);
    if (const long long* sw = IsRuled(k) ? Find(swaps, k) : nullptr; sw != nullptr) {
      if (absl::Status st = ApplySwap(k, *sw, d); !st.ok()) return st;
    }
    records.push_back(RecordOf(*span, d, pool_size));
    for (std::size_t e : d.rotating) pool.push_back(e);
    pool_size += d.rotating.size();
    ++cached_end;
    return absl::OkStatus();
  }

  // One past the last cached term.
  long long CachedEnd() const { return cached_end; }

  // Computes the terms up to `k` (at least `first_index`). Requires `mu`.
  absl::Status Reach(long long k) const {
    if (k > CachedEnd()) {
      // Far ahead, fail at once rather than after computing every term up
      // to the end of the supported dates.
      absl::StatusOr<Interval> span = SpanOf(k);
      if (!span.ok()) return span.status();
    }
    while (CachedEnd() <= k) {
      if (absl::Status st = ExtendOne(); !st.ok()) return st;
    }
    return absl::OkStatus();
  }

  // Term `k`'s record, computing terms up to it, and its rotating holders in
  // `rotating` (the record's `first` is then meaningless). Terms before
  // `first_index` are computed alone, not cached. Requires `mu`.
  absl::StatusOr<Record> At(long long k, Holders& rotating) const {
    if (k < first_index) {
      absl::StatusOr<Interval> span = SpanOf(k);
      if (!span.ok()) return span.status();
      State s;
      Decision d = Decide(k, *span, s);
      rotating = std::move(d.rotating);
      return RecordOf(*span, d, 0);
    }
    if (absl::Status st = Reach(k); !st.ok()) return st;
    const Record& r = records[static_cast<std::size_t>(k - first_index)];
    const auto first = pool.begin() + static_cast<std::ptrdiff_t>(r.first);
    rotating.assign(first, first + r.count);
    return r;
  }

  // Whether permanent holder `i` (of `permanent`) holds its seat in the term
  // starting `start`: it is a member on that day.
  bool HoldsPermanentSeat(std::size_t i, Date start) const {
    return permanent_always || members.IsMemberOn(permanent_index[i], start);
  }

  // The permanent holders of the term starting `start` (those who are
  // members on that day), then the ids of `rotating`, into `holders`,
  // reusing its storage; returns how many permanent holders it put.
  ABSL_ATTRIBUTE_ALWAYS_INLINE std::size_t PutHolders(Date start,
                                                      std::span<const std::size_t> rotating,
                                                      std::vector<EntityId>& holders) const {
    const Entity* entities = network.entities().data();
    if (permanent_always) {
      const std::size_t size = permanent.size() + rotating.size();
      if (holders.size() != size) holders.resize(size);
      EntityId* out = std::copy(permanent.begin(), permanent.end(), holders.data());
      for (const std::size_t e : rotating) *out++ = entities[e].id;
      return permanent.size();
    }
    holders.clear();
    for (std::size_t i = 0; i < permanent.size(); ++i) {
      if (HoldsPermanentSeat(i, start)) holders.push_back(permanent[i]);
    }
    const std::size_t count = holders.size();
    for (const std::size_t e : rotating) holders.push_back(entities[e].id);
    return count;
  }

  // Builds term `k` into `t` from its record, reusing `t`'s storage; a null
  // `reason` keeps `t`'s.
  ABSL_ATTRIBUTE_ALWAYS_INLINE void BuildTerm(const Record& r, long long k,
                                              std::span<const std::size_t> rotating,
                                              const std::string* reason, Term& t) const {
    t.index = k;
    t.start = r.start;
    t.end = r.end;
    t.permanent_count = PutHolders(r.start, rotating, t.holders);
    t.status = r.status;
    if (reason != nullptr) t.reason = *reason;
  }

  absl::StatusOr<Term> Copy(long long k) const {
    std::lock_guard<std::mutex> lock(mu);
    Holders rotating;
    absl::StatusOr<Record> r = At(k, rotating);
    if (!r.ok()) return r.status();
    Term t;
    BuildTerm(*r, k, rotating, &reasons[r->reason], t);
    return t;
  }

  absl::StatusOr<std::vector<Term>> Range(long long from, long long to) const {
    std::vector<Term> out;
    out.reserve(static_cast<std::size_t>(std::min<long long>(to - from + 1, 1 << 20)));
    std::lock_guard<std::mutex> lock(mu);
    Holders rotating;
    for (long long k = from; k <= to; ++k) {
      absl::StatusOr<Record> r = At(k, rotating);
      if (!r.ok()) return r.status();
      BuildTerm(*r, k, rotating, &reasons[r->reason], out.emplace_back());
    }
    return out;
  }
};

// A cursor's terms: up to `size` records from `first`, with their holders
// and reasons copied out of the cache, so that `Next()` reads them without
// the lock. `size` doubles per batch up to kMaxBatch.
struct TermCursor::Batch {
  static constexpr std::size_t kMaxBatch = 256;

  std::vector<Record> records;
  std::vector<std::size_t> pool;
  std::vector<std::string> reasons;
  std::size_t next = 0;
  std::size_t size = 4;

  // Loads the terms from `from` on; an error only when term `from` itself
  // fails (a later failure ends the batch early, and is met at its turn).
  absl::Status Load(const Schedule::Impl& impl, long long from) {
    records.clear();
    pool.clear();
    reasons.clear();
    next = 0;
    built_reason = kNone;
    std::lock_guard<std::mutex> lock(impl.mu);
    if (from < impl.first_index) {
      // Before computation starts: one term, computed alone.
      Holders rotating;
      absl::StatusOr<Record> r = impl.At(from, rotating);
      if (!r.ok()) return r.status();
      Add(*r, impl.reasons[r->reason]);
      pool.assign(rotating.begin(), rotating.end());
      return absl::OkStatus();
    }
    if (absl::Status st = impl.Reach(from); !st.ok()) return st;
    const long long last = from + static_cast<long long>(size) - 1;
    while (impl.CachedEnd() <= last && impl.ExtendOne().ok()) {
    }
    const auto begin = impl.records.begin() + (from - impl.first_index);
    const auto end = impl.records.begin() + (std::min(last + 1, impl.CachedEnd()) - impl.first_index);
    const std::size_t base = begin->first;
    const std::size_t past = (end - 1)->first + (end - 1)->count;
    for (auto it = begin; it != end; ++it) {
      Add(*it, impl.reasons[it->reason]);
      records.back().first -= base;
    }
    pool.assign(impl.pool.begin() + static_cast<std::ptrdiff_t>(base),
                impl.pool.begin() + static_cast<std::ptrdiff_t>(past));
    size = std::min(size * 2, kMaxBatch);
    return absl::OkStatus();
  }

  // Appends `r`, its reason kept once per run of equal reasons.
  void Add(const Record& r, const std::string& reason) {
    if (reasons.empty() || reason_id != r.reason) {
      reasons.push_back(reason);
      reason_id = r.reason;
    }
    records.push_back(r);
    records.back().reason = static_cast<std::uint32_t>(reasons.size() - 1);
  }

  // The schedule's index of the last reason added.
  std::uint32_t reason_id = 0;
  // The index in `reasons` of the reason the cursor's term has, or kNone.
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};
  std::uint32_t built_reason = kNone;
};

absl::StatusOr<Schedule> Schedule::Make(const Network& network, const RotationId& id,
                                        ScheduleOptions options) {
  absl::StatusOr<const Rotation*> r = network.LookupRotation(id.str());
  if (!r.ok()) return r.status();
  auto impl = std::make_shared<Impl>(network, *r, std::move(options));
  const Rotation& rot = **r;
  if (rot.term.count < 1) {
    return absl::InvalidArgumentError(impl->Named("a term must last at least 1 unit"));
  }
  if (impl->options.as_of.is_special()) {
    return absl::InvalidArgumentError(impl->Named(
        "the as-of date is not set; set ScheduleOptions::as_of to the day on which "
        "calls are judged open or closed"));
  }
  for (const Departure& dep : impl->options.departures) {
    absl::StatusOr<const Entity*> e = network.LookupEntity(dep.entity.str());
    if (!e.ok()) return e.status();
    impl->members.AddDeparture(**e, dep.on);
  }
  impl->permanent = rot.permanent;
  for (const EntityId& id : rot.permanent) {
    const Entity& e = *network.FindEntity(id);
    impl->permanent_index.push_back(impl->members.IndexOf(e));
    const bool departs = std::any_of(
        impl->options.departures.begin(), impl->options.departures.end(),
        [&](const Departure& d) { return d.entity == id; });
    if (!e.membership.empty() || departs) impl->permanent_always = false;
  }
  for (const HistoryEntry& h : rot.history) {
    const long long k = TermIndexOf(rot.term, h.start);
    impl->history.emplace(k, &h);
    impl->first_index = std::min(impl->first_index, k);
  }
  impl->cached_end = impl->first_index;
  for (const Override& o : rot.overrides) {
    const long long k = TermIndexOf(rot.term, o.start);
    switch (o.kind) {
      case OverrideKind::kHolder:
        impl->holder_override.emplace(k, impl->IndexOf(o.entity));
        break;
      case OverrideKind::kSkip:
        impl->skips[k].push_back(impl->IndexOf(o.entity));
        break;
      case OverrideKind::kSwap:
        if (o.swap_with) {
          const long long j = TermIndexOf(rot.term, *o.swap_with);
          if (j != k) {
            impl->swaps.emplace(k, j);
            impl->swaps.emplace(j, k);
          }
        }
        break;
    }
  }
  for (const Call& c : rot.calls) impl->calls.emplace(TermIndexOf(rot.term, c.term), &c);
  auto mark = [&](const auto& rules) {
    for (const auto& entry : rules) impl->ruled.insert(entry.first);
  };
  mark(impl->history);
  mark(impl->holder_override);
  mark(impl->skips);
  mark(impl->swaps);
  mark(impl->calls);
  return Schedule(std::move(impl));
}

Schedule::Schedule(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
Schedule::Schedule(const Schedule&) = default;
Schedule& Schedule::operator=(const Schedule&) = default;
Schedule::Schedule(Schedule&&) noexcept = default;
Schedule& Schedule::operator=(Schedule&&) noexcept = default;
Schedule::~Schedule() = default;

const Rotation& Schedule::rotation() const { return *impl_->rotation; }

const ScheduleOptions& Schedule::options() const { return impl_->options; }

absl::StatusOr<Term> Schedule::TermAt(long long index) const { return impl_->Copy(index); }

absl::StatusOr<Term> Schedule::TermOn(Date day) const {
  return impl_->Copy(TermIndexOf(impl_->rotation->term, day));
}

absl::StatusOr<std::vector<Term>> Schedule::Terms(Date from, long long count) const {
  if (count < 1) {
    return absl::InvalidArgumentError(
        impl_->Named(absl::StrCat("the number of terms must be at least 1; got ", count)));
  }
  const long long first = TermIndexOf(impl_->rotation->term, from);
  return impl_->Range(first, first + count - 1);
}

absl::StatusOr<std::vector<Term>> Schedule::TermsUntil(Date from, Date until) const {
  if (until < from) {
    return absl::InvalidArgumentError(impl_->Named(absl::StrCat(
        "until ", FormatDate(until), " is before from ", FormatDate(from))));
  }
  const TermSpec& spec = impl_->rotation->term;
  return impl_->Range(TermIndexOf(spec, from), TermIndexOf(spec, until));
}

TermCursor Schedule::Cursor(Date from) const {
  return TermCursor(impl_, TermIndexOf(impl_->rotation->term, from));
}

TermCursor::TermCursor(std::shared_ptr<const Schedule::Impl> impl, long long index)
    : impl_(std::move(impl)), index_(index), batch_(std::make_unique<Batch>()) {}
TermCursor::TermCursor(TermCursor&&) noexcept = default;
TermCursor& TermCursor::operator=(TermCursor&&) noexcept = default;
TermCursor::~TermCursor() = default;

absl::StatusOr<const Term*> TermCursor::Next() {
  Batch& b = *batch_;
  const Schedule::Impl& impl = *impl_;
  if (b.next == b.records.size()) {
    if (absl::Status st = b.Load(impl, index_); !st.ok()) return st;
  }
  const Record& r = b.records[b.next++];
  // Runs of terms share a reason (all computed terms do): copied once a run.
  const std::string* reason = nullptr;
  if (r.reason != b.built_reason) {
    reason = &b.reasons[r.reason];
    b.built_reason = r.reason;
  }
  impl.BuildTerm(r, index_, std::span<const std::size_t>(b.pool).subspan(r.first, r.count),
                 reason, term_);
  ++index_;
  return &term_;
}

absl::StatusOr<std::vector<EntityId>> Schedule::HoldersOn(Date day) const {
  const long long k = TermIndexOf(impl_->rotation->term, day);
  std::lock_guard<std::mutex> lock(impl_->mu);
  Holders rotating;
  absl::StatusOr<Record> r = impl_->At(k, rotating);
  if (!r.ok()) return r.status();
  std::vector<EntityId> holders;
  impl_->PutHolders(r->start, rotating, holders);
  return holders;
}

absl::StatusOr<std::optional<Term>> Schedule::NextChange(Date after) const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  long long k = TermIndexOf(impl_->rotation->term, after);
  Holders current;
  absl::StatusOr<Record> r = impl_->At(k, current);
  if (!r.ok()) return r.status();
  // Whether each permanent holder holds its seat in the term starting
  // `start` (all of them in every term, unless some are members only for a
  // while).
  const Schedule::Impl& impl = *impl_;
  auto seated = [&](Date start) {
    std::vector<bool> out(impl.permanent.size(), true);
    for (std::size_t i = 0; !impl.permanent_always && i < out.size(); ++i) {
      out[i] = impl.HoldsPermanentSeat(i, start);
    }
    return out;
  };
  const std::vector<bool> permanent = seated(r->start);
  Holders rotating;
  for (++k;; ++k) {
    r = impl.At(k, rotating);
    if (!r.ok()) {
      if (absl::IsOutOfRange(r.status())) return std::optional<Term>();
      return r.status();
    }
    if (rotating != current || (!impl.permanent_always && seated(r->start) != permanent)) {
      Term t;
      impl.BuildTerm(*r, k, rotating, &impl.reasons[r->reason], t);
      return std::optional<Term>(std::move(t));
    }
  }
}

absl::StatusOr<std::vector<TallyEntry>> Schedule::Tally(Date from, Date until) const {
  absl::StatusOr<std::vector<Term>> terms = TermsUntil(from, until);
  if (!terms.ok()) return terms.status();
  absl::flat_hash_map<std::string, TallyEntry> by_id;
  for (std::size_t e : impl_->order->Entities()) {
    const EntityId& id = impl_->network.entities()[e].id;
    by_id[id.str()].entity = id;
  }
  for (const Term& t : *terms) {
    for (const EntityId& id : t.rotating()) {
      TallyEntry& entry = by_id[id.str()];
      entry.entity = id;
      ++entry.terms_held;
      entry.last_held = t.start;
    }
  }
  std::vector<TallyEntry> out;
  out.reserve(by_id.size());
  for (auto& [id, entry] : by_id) out.push_back(std::move(entry));
  std::sort(out.begin(), out.end(), [](const TallyEntry& a, const TallyEntry& b) {
    return a.entity < b.entity;
  });
  return out;
}

absl::StatusOr<Schedule> Schedule::IfLeaves(const EntityId& entity, Date on) const {
  ScheduleOptions options = impl_->options;
  options.departures.push_back({entity, on});
  return Make(impl_->network, impl_->rotation->id, std::move(options));
}

}  // namespace netgov::rotation
