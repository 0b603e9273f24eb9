// Invariants of rotation schedules over generated networks and rules
// (tests/property/property.hpp says how cases are seeded and re-run).
//
// Each case draws a few entities (memberships that start and end), one
// rotation (any term unit and length, any order rule, permanent and rotating
// seats, max_consecutive_terms, history, holder/skip/swap overrides, calls
// with fallbacks) and an as-of date, builds them with NetworkBuilder and
// checks the schedule's terms around the rotation's start.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "boost/date_time/gregorian/gregorian.hpp"
#include "netgov/io/json.hpp"
#include "netgov/network/network_builder.hpp"
#include "netgov/rotation/schedule.hpp"
#include "tests/property/property.hpp"
#include "tests/testing/rotation_lines.hpp"

namespace netgov::rotation {
namespace {

using ::netgov::testing::Line;

// The terms checked: from kFirstTerm to kLastTerm (term 0 starts on the
// rotation's start).
constexpr long long kFirstTerm = -4;
constexpr long long kLastTerm = 30;
// Rules are drawn for terms up to this index.
constexpr int kLastRuled = 14;

int Draw(int low, int high) { return *rc::gen::inRange(low, high + 1); }
bool Chance(int percent) { return Draw(1, 100) <= percent; }

// `items` in an order drawn at random (Fisher-Yates).
template <typename T>
std::vector<T> Shuffle(std::vector<T> items) {
  for (std::size_t i = items.size(); i > 1; --i) {
    std::swap(items[i - 1], items[static_cast<std::size_t>(Draw(0, static_cast<int>(i) - 1))]);
  }
  return items;
}

Date DrawDate(int first_year, int last_year) {
  const int y = Draw(first_year, last_year);
  const int m = Draw(1, 12);
  const int last = boost::gregorian::gregorian_calendar::end_of_month_day(
      static_cast<unsigned short>(y), static_cast<unsigned short>(m));
  // Month ends are where month arithmetic goes wrong: drawn more often.
  const int d = Chance(30) ? last - Draw(0, 3) : Draw(1, last);
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(d));
}

// What each case is made of; `Show()` prints it when a case fails.
struct Case {
  Network network;
  Rotation rotation;
  ScheduleOptions options;
};

// Which rules to draw.
struct Draws {
  bool overrides = true;
  bool swaps = true;
  bool calls = true;
  bool max_consecutive = true;
  std::optional<OrderRuleKind> rule;
};

std::vector<Entity> DrawEntities() {
  const int n = Draw(1, 7);
  // Ids, acronyms and names in three independent orders, so that the
  // alphabetical keys disagree; names differ in case only by chance.
  std::vector<int> ids{0, 1, 2, 3, 4, 5, 6};
  std::vector<int> acronyms = ids;
  std::vector<int> names = ids;
  ids = Shuffle(ids);
  acronyms = Shuffle(acronyms);
  names = Shuffle(names);
  std::vector<Entity> out;
  for (int i = 0; i < n; ++i) {
    Entity e;
    e.id = EntityId(std::string(1, static_cast<char>('a' + ids[i])));
    if (Chance(75)) e.acronym = absl::StrCat("X", std::string(1, static_cast<char>('A' + acronyms[i])));
    e.name = absl::StrCat(Chance(50) ? "N" : "n", std::string(1, static_cast<char>('a' + names[i])));
    if (Chance(50)) {
      // One interval, open at either end, or two with a gap.
      const Date a = DrawDate(2014, 2030);
      const Date b = DrawDate(2014, 2030);
      const Date from = std::min(a, b);
      const Date to = std::max(a, b);
      if (Chance(25)) {
        e.membership = {{std::nullopt, from}, {to + boost::gregorian::days(1), std::nullopt}};
      } else {
        e.membership = {{Chance(30) ? std::nullopt : std::optional<Date>(from),
                         Chance(30) ? std::nullopt : std::optional<Date>(to)}};
      }
    }
    out.push_back(std::move(e));
  }
  return out;
}

EntityId Pick(const std::vector<Entity>& entities) {
  return entities[static_cast<std::size_t>(Draw(0, static_cast<int>(entities.size()) - 1))].id;
}

Date StartOf(const Rotation& r, long long k) { return *TermStart(r.term, k); }

Rotation DrawRotation(const std::vector<Entity>& entities, const Draws& draws) {
  Rotation r;
  r.id = RotationId("r");
  const int unit = Draw(0, 3);
  r.term.unit = static_cast<TermUnit>(unit);
  r.term.count = unit == 0 ? Draw(1, 40) : unit == 1 ? Draw(1, 6) : unit == 2 ? Draw(1, 6)
                                                                                : Draw(1, 2);
  r.term.start = DrawDate(2016, 2024);
  r.order.rule = draws.rule ? *draws.rule : static_cast<OrderRuleKind>(Draw(0, 2));
  r.order.key = static_cast<SortKey>(Draw(0, 2));
  r.order.cycle = Chance(70);
  if (r.order.rule == OrderRuleKind::kFixed) {
    const int length = Draw(1, 6);
    for (int i = 0; i < length; ++i) r.order.sequence.push_back(Pick(entities));
  }
  r.rotating_seats = Chance(5) ? 0 : Draw(1, 3);
  std::set<std::string> permanent;
  for (int i = Draw(0, 2); i > 0; --i) {
    const EntityId e = Pick(entities);
    if (permanent.insert(e.str()).second) r.permanent.push_back(e);
  }
  if (draws.max_consecutive && Chance(50)) r.max_consecutive_terms = Draw(1, 3);
  // History: distinct terms, distinct holders, at most one per seat.
  std::set<int> recorded;
  for (int i = r.rotating_seats > 0 ? Draw(0, 3) : 0; i > 0; --i) {
    const int k = Draw(-3, kLastRuled);
    if (!recorded.insert(k).second) continue;
    HistoryEntry h;
    h.start = StartOf(r, k);
    std::set<std::string> seen;
    for (int j = Draw(1, r.rotating_seats); j > 0; --j) {
      const EntityId e = Pick(entities);
      if (seen.insert(e.str()).second) h.holders.push_back(e);
    }
    r.history.push_back(std::move(h));
  }
  if (draws.overrides) {
    std::set<int> held;
    std::set<int> swapped;
    for (int i = Draw(0, 4); i > 0; --i) {
      const int k = Draw(0, kLastRuled);
      Override o;
      o.start = StartOf(r, k);
      const int kind = Draw(0, draws.swaps ? 2 : 1);
      if (kind == 0) {
        if (!held.insert(k).second) continue;
        o.kind = OverrideKind::kHolder;
        o.entity = Pick(entities);
      } else if (kind == 1) {
        o.kind = OverrideKind::kSkip;
        o.entity = Pick(entities);
      } else {
        const int j = Draw(0, kLastRuled);
        if (j == k || swapped.count(k) > 0 || swapped.count(j) > 0) continue;
        swapped.insert(k);
        swapped.insert(j);
        o.kind = OverrideKind::kSwap;
        o.swap_with = StartOf(r, j);
      }
      r.overrides.push_back(std::move(o));
    }
  }
  if (draws.calls) {
    std::set<int> called;
    for (int i = Draw(0, 2); i > 0; --i) {
      const int k = Draw(0, kLastRuled);
      if (!called.insert(k).second) continue;
      Call c;
      c.term = StartOf(r, k);
      c.closes = c.term - boost::gregorian::days(Draw(1, 60));
      std::vector<Fallback> all = {Fallback::kApproachBilaterally, Fallback::kExtendIncumbent,
                                   Fallback::kNextInOrder};
      all = Shuffle(all);
      all.resize(static_cast<std::size_t>(Draw(0, 3)));
      c.fallback = all;
      r.calls.push_back(std::move(c));
    }
  }
  return r;
}

// A case as drawn; discarded (RC_PRE) if the builder refuses it, which the
// draws above make rare.
Case DrawCase(const Draws& draws = {}) {
  Case c;
  const std::vector<Entity> entities = DrawEntities();
  c.rotation = DrawRotation(entities, draws);
  NetworkBuilder b({"n", "N", "UTC", "", ""});
  for (const Entity& e : entities) b.AddEntity(e);
  b.AddRotation(c.rotation);
  absl::StatusOr<Network> net = std::move(b).Build();
  RC_PRE(net.ok());
  c.network = *net;
  c.options.as_of = DrawDate(2015, 2030);
  if (Chance(30)) c.options.departures.push_back({Pick(entities), DrawDate(2016, 2030)});
  // Shown with a failing case: a network file `netgov rotation` reads.
  RC_LOG() << "as of " << FormatDate(c.options.as_of);
  for (const Departure& d : c.options.departures) {
    RC_LOG() << ", if " << d.entity.str() << " leaves on " << FormatDate(d.on);
  }
  RC_LOG() << "\n" << io::WriteNetwork(c.network) << "\n";
  return c;
}

Schedule Make(const Case& c) {
  absl::StatusOr<Schedule> s = Schedule::Make(c.network, c.rotation.id, c.options);
  RC_ASSERT(s.ok());
  return *s;
}

std::vector<Term> Walk(const Schedule& s) {
  absl::StatusOr<std::vector<Term>> terms =
      s.Terms(StartOf(s.rotation(), kFirstTerm), kLastTerm - kFirstTerm + 1);
  RC_ASSERT(terms.ok());
  return *terms;
}

// Whether `entity` is a member on `day` with the case's departures.
bool MemberOn(const Case& c, const EntityId& entity, Date day) {
  for (const Departure& d : c.options.departures) {
    if (d.entity == entity && day >= d.on) return false;
  }
  return c.network.FindEntity(entity)->IsMemberOn(day);
}

bool MemberThroughout(const Case& c, const EntityId& entity, const Term& t) {
  for (const Departure& d : c.options.departures) {
    if (d.entity == entity && t.end >= d.on) return false;
  }
  return c.network.FindEntity(entity)->IsMemberThroughout({t.start, t.end});
}

bool Placed(const Term& t) {
  return t.status == TermStatus::kRecorded ||
         absl::StartsWith(t.reason, "override: holder") ||
         absl::StartsWith(t.reason, "override: swapped");
}

// Terms follow each other day after day, each on its own index, and the term
// on any of its days is itself.
NETGOV_PROPERTY(RotationProperty, TermsTileTime, 1500, ()) {
  const Case c = DrawCase();
  const Schedule s = Make(c);
  const std::vector<Term> terms = Walk(s);
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const Term& t = terms[i];
    RC_ASSERT(t.index == kFirstTerm + static_cast<long long>(i));
    RC_ASSERT(t.start <= t.end);
    if (i > 0) RC_ASSERT(t.start == terms[i - 1].end + boost::gregorian::days(1));
    RC_ASSERT(TermIndexOf(c.rotation.term, t.start) == t.index);
    RC_ASSERT(TermIndexOf(c.rotation.term, t.end) == t.index);
    const long long length = (t.end - t.start).days();
    const Date day = t.start + boost::gregorian::days(Draw(0, static_cast<int>(length)));
    absl::StatusOr<Term> on = s.TermOn(day);
    RC_ASSERT(on.ok());
    RC_ASSERT(Line(*on) == Line(t));
  }
}

// Every holder is a member on the term's start: permanent holders always,
// rotating ones unless history or an override placed them (those always
// win); a rotating holder the rules chose is a member for the whole term.
NETGOV_PROPERTY(RotationProperty, HoldersAreMembers, 1500, ()) {
  const Case c = DrawCase();
  for (const Term& t : Walk(Make(c))) {
    for (const EntityId& e : t.permanent()) RC_ASSERT(MemberOn(c, e, t.start));
    if (Placed(t)) continue;
    for (const EntityId& e : t.rotating()) {
      RC_ASSERT(MemberOn(c, e, t.start));
      RC_ASSERT(MemberThroughout(c, e, t));
    }
  }
}

// No rotating holder the rules chose (computed, fallback, or computed past a
// skip) holds more than max_consecutive_terms terms in a row. Swaps are left
// out: the order continues from the holders as decided before a swap.
NETGOV_PROPERTY(RotationProperty, MaxConsecutiveTermsIsNeverExceeded, 1500, ()) {
  Draws draws;
  draws.swaps = false;
  const Case c = DrawCase(draws);
  RC_PRE(c.rotation.max_consecutive_terms.has_value());
  const int max = *c.rotation.max_consecutive_terms;
  std::map<std::string, int> run;
  for (const Term& t : Walk(Make(c))) {
    std::map<std::string, int> next;
    for (const EntityId& e : t.rotating()) next[e.str()] = run[e.str()] + 1;
    const bool chosen = t.status == TermStatus::kComputed || t.status == TermStatus::kFallback ||
                        absl::StartsWith(t.reason, "override: skip");
    if (chosen) {
      for (const auto& [id, n] : next) RC_ASSERT(n <= max);
    }
    run = std::move(next);
  }
}

// The alphabetical order, worked out independently: all entities sorted by
// their lower-cased key (then id); each term's seats go to the next
// entities after the previous holder (recorded or computed, a member or
// not, permanent or not) that are not permanent and are members for the
// whole term; with too few, the term is undetermined and the order stays.
std::vector<std::string> Alphabetical(const Case& c) {
  const Rotation& r = c.rotation;
  std::vector<const Entity*> sorted;
  for (const Entity& e : c.network.entities()) sorted.push_back(&e);
  auto key = [&](const Entity* e) {
    const std::string& text = r.order.key == SortKey::kAcronym && !e->acronym.empty() ? e->acronym
                              : r.order.key != SortKey::kId && !e->name.empty()   ? e->name
                                                                                   : e->id.str();
    return absl::AsciiStrToLower(text);
  };
  std::sort(sorted.begin(), sorted.end(), [&](const Entity* a, const Entity* b) {
    return std::make_pair(key(a), a->id) < std::make_pair(key(b), b->id);
  });
  auto position_of = [&](const EntityId& id) {
    return static_cast<long long>(
        std::find_if(sorted.begin(), sorted.end(), [&](const Entity* e) { return e->id == id; }) -
        sorted.begin());
  };
  auto permanent = [&](const EntityId& id) {
    return std::find(r.permanent.begin(), r.permanent.end(), id) != r.permanent.end();
  };
  long long first = 0;
  for (const HistoryEntry& h : r.history) first = std::min(first, TermIndexOf(r.term, h.start));
  const long long n = static_cast<long long>(sorted.size());
  long long position = -1;
  std::vector<std::string> out;
  for (long long k = std::min(first, kFirstTerm); k <= kLastTerm; ++k) {
    Term t;
    t.index = k;
    t.start = StartOf(r, k);
    t.end = StartOf(r, k + 1) - boost::gregorian::days(1);
    for (const EntityId& e : r.permanent) {
      if (MemberOn(c, e, t.start)) t.holders.push_back(e);
    }
    t.permanent_count = t.holders.size();
    const auto h = std::find_if(r.history.begin(), r.history.end(),
                                [&](const HistoryEntry& h) { return h.start == t.start; });
    std::vector<EntityId> chosen;
    if (h != r.history.end()) {
      chosen = h->holders;
      position = position_of(chosen.back());
      t.status = TermStatus::kRecorded;
      t.reason = "history";
    } else if (k < 0) {
      t.reason = absl::StrCat("before the rotation starts (", FormatDate(r.term.start), ")");
    } else {
      long long p = position;
      for (long long step = 1; step <= n && chosen.size() < static_cast<std::size_t>(r.rotating_seats);
           ++step) {
        p = (position + step) % n;
        const Entity& e = *sorted[static_cast<std::size_t>(p)];
        if (!permanent(e.id) && MemberThroughout(c, e.id, t)) chosen.push_back(e.id);
      }
      const std::size_t seats = static_cast<std::size_t>(r.rotating_seats);
      if (chosen.size() == seats) {
        position = position_of(chosen.back());
        t.status = TermStatus::kComputed;
        t.reason = "alphabetical";
      } else {
        t.reason = chosen.empty() ? "empty pool: no entity is a member for the whole term"
                                  : absl::StrCat("no eligible holder for ", seats - chosen.size(),
                                                 " of ", seats, " seats");
        chosen.clear();
      }
    }
    for (const EntityId& e : chosen) t.holders.push_back(e);
    if (k >= kFirstTerm) out.push_back(Line(t));
  }
  return out;
}

// An alphabetical order continues after the previous holder across
// membership changes, departures, permanent seats and history.
NETGOV_PROPERTY(RotationProperty, AlphabeticalContinuesAfterThePreviousHolder, 1500, ()) {
  Draws draws;
  draws.overrides = false;
  draws.calls = false;
  draws.max_consecutive = false;
  draws.rule = OrderRuleKind::kAlphabetical;
  const Case c = DrawCase(draws);
  RC_PRE(c.rotation.rotating_seats > 0);
  std::vector<std::string> got;
  for (const Term& t : Walk(Make(c))) got.push_back(Line(t));
  RC_ASSERT(got == Alphabetical(c));
}

// History and overrides always win: a recorded term has the holders its
// history names; a holder override gives its term that holder first (unless
// a swap exchanged the term's holders); a skipped entity holds no seat the
// rules fill in its term.
NETGOV_PROPERTY(RotationProperty, HistoryAndOverridesAlwaysWin, 1500, ()) {
  const Case c = DrawCase();
  const Schedule s = Make(c);
  for (const HistoryEntry& h : c.rotation.history) {
    absl::StatusOr<Term> t = s.TermOn(h.start);
    RC_ASSERT(t.ok());
    RC_ASSERT(t->status == TermStatus::kRecorded);
    RC_ASSERT(std::vector<EntityId>(t->rotating().begin(), t->rotating().end()) == h.holders);
  }
  auto recorded = [&](Date start) {
    return std::any_of(c.rotation.history.begin(), c.rotation.history.end(),
                       [&](const HistoryEntry& h) { return h.start == start; });
  };
  for (const Override& o : c.rotation.overrides) {
    if (recorded(o.start) || c.rotation.rotating_seats == 0) continue;
    absl::StatusOr<Term> t = s.TermOn(o.start);
    RC_ASSERT(t.ok());
    if (absl::StartsWith(t->reason, "override: swapped")) continue;
    if (o.kind == OverrideKind::kHolder) {
      RC_ASSERT(t->status == TermStatus::kOverride);
      RC_ASSERT(!t->rotating().empty());
      RC_ASSERT(t->rotating().front() == o.entity);
      RC_ASSERT(absl::StartsWith(t->reason, absl::StrCat("override: holder ", o.entity.str())));
    } else if (o.kind == OverrideKind::kSkip && !absl::StartsWith(t->reason, "override: holder")) {
      for (const EntityId& e : t->rotating()) RC_ASSERT(e != o.entity);
    }
  }
}

// The schedule read forwards (Terms, a cursor), backwards, in random order
// and by date (HoldersOn) gives the same terms, each from a fresh schedule.
NETGOV_PROPERTY(RotationProperty, ReadingOrderDoesNotChangeTheSchedule, 1000, ()) {
  const Case c = DrawCase();
  std::vector<std::string> forwards;
  for (const Term& t : Walk(Make(c))) forwards.push_back(Line(t));
  const std::size_t n = forwards.size();
  std::vector<std::string> backwards(n);
  const Schedule back = Make(c);
  for (std::size_t i = n; i-- > 0;) {
    absl::StatusOr<Term> t = back.TermAt(kFirstTerm + static_cast<long long>(i));
    RC_ASSERT(t.ok());
    backwards[i] = Line(*t);
  }
  RC_ASSERT(backwards == forwards);
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  order = Shuffle(order);
  std::vector<std::string> scattered(n);
  const Schedule random = Make(c);
  for (std::size_t i : order) {
    absl::StatusOr<Term> t = random.TermAt(kFirstTerm + static_cast<long long>(i));
    RC_ASSERT(t.ok());
    scattered[i] = Line(*t);
  }
  RC_ASSERT(scattered == forwards);
  TermCursor cursor = Make(c).Cursor(StartOf(c.rotation, kFirstTerm));
  for (std::size_t i = 0; i < n; ++i) {
    absl::StatusOr<const Term*> t = cursor.Next();
    RC_ASSERT(t.ok());
    RC_ASSERT(Line(**t) == forwards[i]);
  }
  const Schedule by_date = Make(c);
  for (std::size_t i : order) {
    const Date start = StartOf(c.rotation, kFirstTerm + static_cast<long long>(i));
    absl::StatusOr<Term> t = random.TermAt(kFirstTerm + static_cast<long long>(i));
    absl::StatusOr<std::vector<EntityId>> holders = by_date.HoldersOn(start);
    RC_ASSERT(holders.ok());
    RC_ASSERT(*holders == t->holders);
  }
}

}  // namespace
}  // namespace netgov::rotation
