// The schedule engine: decides each term in order from the rotation's rules
// (see the overview in netgov/rotation/schedule.hpp and docs/rotation.md).
#include "netgov/rotation/schedule.hpp"

#include <algorithm>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
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
  absl::InlinedVector<Held, 2> previous;
};

using Holders = absl::InlinedVector<std::size_t, 2>;

// A term's rotating holders as decided before swaps.
struct Decision {
  Holders rotating;
  Status status = Status::kUndetermined;
  std::string reason;
  // True for recorded terms and terms before the start: swaps leave them be.
  bool fixed = false;
};

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

struct Schedule::Impl {
  Impl(Network net, const Rotation* r, ScheduleOptions opts)
      : network(std::move(net)),
        rotation(r),
        options(std::move(opts)),
        members(network),
        order(MakeOrderPolicy(*r, network)) {}

  Network network;
  const Rotation* rotation;
  ScheduleOptions options;
  Membership members;
  std::unique_ptr<OrderPolicy> order;

  // The rules, by term index.
  absl::flat_hash_map<long long, const HistoryEntry*> history;
  absl::flat_hash_map<long long, std::size_t> holder_override;
  absl::flat_hash_map<long long, std::vector<std::size_t>> skips;
  absl::flat_hash_map<long long, long long> swaps;
  absl::flat_hash_map<long long, const Call*> calls;
  std::vector<EntityId> permanent;
  // The reason of computed terms: the order rule in a few words.
  std::string computed_reason;
  // Computation starts here: term 0, or the earliest recorded term before it.
  long long first_index = 0;

  // The cache of computed terms (first_index, first_index + 1, ...) and the
  // state after the last of them. A deque keeps references stable.
  mutable std::mutex mu;
  mutable std::deque<Term> terms;
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

  // The rule for term `k` in `rules`, or nullptr; without hashing when there
  // are no such rules (the common case, on every term).
  template <typename V>
  static const V* Find(const absl::flat_hash_map<long long, V>& rules, long long k) {
    if (rules.empty()) return nullptr;
    const auto it = rules.find(k);
    return it == rules.end() ? nullptr : &it->second;
  }

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
    if (terms.empty() || !next) {
      absl::StatusOr<Interval> span = SpanOf(k);
      if (span.ok() && next) next_starts->Advance();
      return span;
    }
    const boost::gregorian::date_duration one_day(1);
    Interval span{terms.back().end + one_day, *next - one_day};
    next_starts->Advance();
    return span;
  }

  // Fills `seats` more seats of term `k` from the order after `s.position`.
  // On success appends to `out`, moves `s.position` and returns true; else
  // sets `why`. `skipped` tells whether a skip passed someone over.
  bool Fill(long long k, const Interval& span, std::size_t seats, State& s,
            Holders& out, bool& skipped, std::string& why) const {
    long long position = s.position;
    bool limited = false;
    const long long tries = order->size();
    for (long long t = 0; t < tries && out.size() < seats; ++t) {
      const std::optional<Candidate> c = order->Next(position, span, members);
      if (!c) break;
      position = c->position;
      if (IsSkipped(k, c->entity)) {
        skipped = true;
        continue;
      }
      if (std::find(out.begin(), out.end(), c->entity) != out.end()) continue;
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
    if (out.empty() && !skipped && !limited) {
      why = order->WhyNone(position);
    } else {
      std::vector<std::string> by;
      if (skipped) by.push_back("skip");
      if (limited) {
        by.push_back(absl::StrCat("max_consecutive_terms ", *rotation->max_consecutive_terms));
      }
      why = absl::StrCat("no eligible holder",
                         seats > 1 ? absl::StrCat(" for ", seats - out.size(), " of ",
                                                  seats, " seats")
                                   : "",
                         by.empty() ? "" : absl::StrCat(" (", absl::StrJoin(by, " and "), ")"));
    }
    out.clear();
    return false;
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

  // Applies the call's fallbacks in order.
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
      if (f == Fallback::kExtendIncumbent) {
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
        d.status = Status::kFallback;
        d.reason = absl::StrCat("fallback ", name, ": ", Ordinal(longest + 1),
                                " consecutive term");
        return;
      }
      bool skipped = false;
      std::string why;
      if (Fill(k, span, seats, s, d.rotating, skipped, why)) {
        d.status = Status::kFallback;
        d.reason = absl::StrCat("fallback ", name);
        return;
      }
      notes.push_back(absl::StrCat(name, ": ", why));
    }
    d.status = Status::kUndetermined;
    d.reason = notes.empty()
                   ? absl::StrCat("call closed ", FormatDate(call.closes),
                                  " with no holder recorded and no fallback")
                   : absl::StrCat("call closed ", FormatDate(call.closes),
                                  "; no computable fallback (", absl::StrJoin(notes, "; "),
                                  ")");
  }

  // Decides term `k` from state `s` (the state after term k-1) and moves `s`
  // on to the state after term `k`.
  Decision Decide(long long k, const Interval& span, State& s) const {
    Decision d;
    const std::size_t seats = static_cast<std::size_t>(rotation->rotating_seats);
    const HistoryEntry* const* h = Find(history, k);
    if (h != nullptr) {
      for (const EntityId& id : (*h)->holders) {
        d.rotating.push_back(IndexOf(id));
        s.position = order->PositionOf(d.rotating.back(), s.position);
      }
      d.status = Status::kRecorded;
      d.reason = "history";
      d.fixed = true;
    } else if (k < 0) {
      d.reason = absl::StrCat("before the rotation starts (",
                              FormatDate(rotation->term.start), ")");
      d.fixed = true;
    } else if (seats == 0) {
      d.status = Status::kComputed;
      d.reason = "no rotating seat";
    } else if (const std::size_t* o = Find(holder_override, k); o != nullptr) {
      d.rotating.push_back(*o);
      s.position = order->PositionOf(*o, s.position);
      d.status = Status::kOverride;
      d.reason = absl::StrCat("override: holder ", IdOf(*o));
      bool skipped = false;
      std::string why;
      if (seats > 1 && !Fill(k, span, seats, s, d.rotating, skipped, why)) {
        d.rotating = {*o};
        d.reason += absl::StrCat("; other seats: ", why);
      }
    } else if (const Call* const* c = Find(calls, k); c != nullptr) {
      if (options.as_of <= (*c)->closes) {
        d.status = Status::kPending;
        d.reason = absl::StrCat("call closes ", FormatDate((*c)->closes));
      } else {
        ApplyFallbacks(k, span, **c, s, d);
      }
    } else if (rotation->order.rule == OrderRuleKind::kOpenCall) {
      d.reason = absl::StrCat("no holder recorded and no call", LimitNote(s));
    } else {
      bool skipped = false;
      std::string why;
      if (Fill(k, span, seats, s, d.rotating, skipped, why)) {
        d.status = skipped ? Status::kOverride : Status::kComputed;
        d.reason = computed_reason;
        if (skipped) {
          std::vector<std::string> ids;
          for (std::size_t e : skips.at(k)) ids.push_back(IdOf(e));
          d.reason = absl::StrCat("override: skip ", absl::StrJoin(ids, ", "));
        }
      } else {
        d.reason = why;
      }
    }
    // Consecutive runs carry over only through held terms.
    absl::InlinedVector<Held, 2> next;
    for (std::size_t e : d.rotating) next.push_back({e, RunOf(s, e) + 1});
    s.previous = std::move(next);
    return d;
  }

  // Fills `t` (a default-constructed term, built in place in the cache) as
  // term `k`.
  void MakeTerm(long long k, const Interval& span, Decision&& d, Term& t) const {
    t.index = k;
    t.start = *span.from;
    t.end = *span.to;
    t.holders.reserve(permanent.size() + d.rotating.size());
    t.holders.insert(t.holders.end(), permanent.begin(), permanent.end());
    for (std::size_t e : d.rotating) t.holders.push_back(network.entities()[e].id);
    t.permanent_count = permanent.size();
    t.status = d.status;
    t.reason = std::move(d.reason);
  }

  // Computes the next uncached term. Requires `mu`.
  absl::Status ExtendOne() const {
    const long long k = first_index + static_cast<long long>(terms.size());
    absl::StatusOr<Interval> span = SpanAfterCached(k);
    if (!span.ok()) return span.status();
    Decision d = Decide(k, *span, state);
    if (const long long* sw = Find(swaps, k); sw != nullptr) {
      const long long j = *sw;
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
        d.status = Status::kOverride;
        d.reason = absl::StrCat("override: swapped with the term starting ", with);
      } else {
        d.reason += absl::StrCat(" (swap with ", with, " not applied: ",
                                 d.fixed || other.fixed ? "a recorded term"
                                                        : "a term without a holder",
                                 ")");
      }
    }
    MakeTerm(k, *span, std::move(d), terms.emplace_back());
    return absl::OkStatus();
  }

  // The term `k`, computing terms up to it. Requires `mu`. Terms before
  // `first_index` are built into `scratch`.
  absl::StatusOr<const Term*> Get(long long k, Term& scratch) const {
    const long long cached = first_index + static_cast<long long>(terms.size());
    if (k >= first_index && k < cached) {
      return &terms[static_cast<std::size_t>(k - first_index)];
    }
    if (k < first_index || k > cached) {
      // Far ahead, fail at once rather than after computing every term up
      // to the end of the supported dates.
      absl::StatusOr<Interval> span = SpanOf(k);
      if (!span.ok()) return span.status();
      if (k < first_index) {
        State s;
        scratch = Term();
        MakeTerm(k, *span, Decide(k, *span, s), scratch);
        return &scratch;
      }
    }
    while (first_index + static_cast<long long>(terms.size()) <= k) {
      if (absl::Status st = ExtendOne(); !st.ok()) return st;
    }
    return &terms[static_cast<std::size_t>(k - first_index)];
  }

  absl::StatusOr<Term> Copy(long long k) const {
    std::lock_guard<std::mutex> lock(mu);
    Term scratch;
    absl::StatusOr<const Term*> t = Get(k, scratch);
    if (!t.ok()) return t.status();
    return **t;
  }

  absl::StatusOr<std::vector<Term>> Range(long long from, long long to) const {
    std::vector<Term> out;
    out.reserve(static_cast<std::size_t>(std::min<long long>(to - from + 1, 1 << 20)));
    std::lock_guard<std::mutex> lock(mu);
    Term scratch;
    for (long long k = from; k <= to; ++k) {
      absl::StatusOr<const Term*> t = Get(k, scratch);
      if (!t.ok()) return t.status();
      out.push_back(**t);
    }
    return out;
  }
};

absl::StatusOr<Schedule> Schedule::Make(const Network& network, const RotationId& id,
                                        ScheduleOptions options) {
  absl::StatusOr<const Rotation*> r = network.LookupRotation(id.str());
  if (!r.ok()) return r.status();
  auto impl = std::make_unique<Impl>(network, *r, std::move(options));
  const Rotation& rot = **r;
  if (rot.term.count < 1) {
    return absl::InvalidArgumentError(impl->Named("a term must last at least 1 unit"));
  }
  for (const Departure& dep : impl->options.departures) {
    absl::StatusOr<const Entity*> e = network.LookupEntity(dep.entity.str());
    if (!e.ok()) return e.status();
    impl->members.AddDeparture(**e, dep.on);
  }
  impl->permanent = rot.permanent;
  impl->computed_reason = impl->order->Describe();
  for (const HistoryEntry& h : rot.history) {
    const long long k = TermIndexOf(rot.term, h.start);
    impl->history.emplace(k, &h);
    impl->first_index = std::min(impl->first_index, k);
  }
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
  return Schedule(std::move(impl));
}

Schedule::Schedule(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
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
  return TermCursor(this, TermIndexOf(impl_->rotation->term, from));
}

absl::StatusOr<const Term*> TermCursor::Next() {
  std::lock_guard<std::mutex> lock(schedule_->impl_->mu);
  absl::StatusOr<const Term*> t = schedule_->impl_->Get(index_, scratch_);
  if (t.ok()) ++index_;
  return t;
}

absl::StatusOr<std::vector<EntityId>> Schedule::HoldersOn(Date day) const {
  absl::StatusOr<Term> t = TermOn(day);
  if (!t.ok()) return t.status();
  return std::move(t->holders);
}

absl::StatusOr<std::optional<Term>> Schedule::NextChange(Date after) const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  Term scratch;
  long long k = TermIndexOf(impl_->rotation->term, after);
  absl::StatusOr<const Term*> current = impl_->Get(k, scratch);
  if (!current.ok()) return current.status();
  const std::vector<EntityId> holders = (*current)->holders;
  for (++k;; ++k) {
    absl::StatusOr<const Term*> t = impl_->Get(k, scratch);
    if (!t.ok()) {
      if (absl::IsOutOfRange(t.status())) return std::optional<Term>();
      return t.status();
    }
    if ((*t)->holders != holders) return std::optional<Term>(**t);
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
