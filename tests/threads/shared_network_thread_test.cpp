// Many threads sharing the library's objects (issue 13, "Threads under
// ThreadSanitizer"). Each test builds the shared objects fresh, starts
// kThreads threads at once (a latch), lets every thread ask the same
// questions in its own scattered order, and compares each thread's answers
// with a single-threaded reference computed on separate objects. The tsan
// preset runs these tests under ThreadSanitizer (`ctest --preset tsan`,
// label `threads`); any data race fails them there. docs/reliability.md
// ("Threads") says what is covered.
//
// Shared here: one `Network` (the embedded default one from its first,
// concurrent load, and a generated one), rotation `Schedule`s whose term
// cache starts empty (cursors, `TermAt`, `TermOn`, `HoldersOn`; through
// copies of the schedule, which share its cache: `TermsUntil`, `NextChange`,
// `Tally`, `IfLeaves`), schedules made by every thread from one network,
// business `Calendars` with deadlines, reminders and meeting times (time
// zones loaded concurrently), `RelationGraph`s with their as-of views,
// analyses, paths and what-ifs, diffs, validation and the writers (JSON,
// DOT, iCalendar, the SVG graph and timeline).
#include <algorithm>
#include <cstdint>
#include <functional>
#include <latch>
#include <numeric>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "netgov/calendar/calendars.hpp"
#include "netgov/calendar/deadlines.hpp"
#include "netgov/calendar/meeting_times.hpp"
#include "netgov/core/date.hpp"
#include "netgov/diff/diff.hpp"
#include "netgov/graph/analysis.hpp"
#include "netgov/graph/graph.hpp"
#include "netgov/io/default_network.hpp"
#include "netgov/io/dot.hpp"
#include "netgov/io/generate.hpp"
#include "netgov/io/ical.hpp"
#include "netgov/io/json.hpp"
#include "netgov/io/svg.hpp"
#include "netgov/io/timeline.hpp"
#include "netgov/rotation/schedule.hpp"
#include "netgov/validate/validate.hpp"

namespace netgov {
namespace {

constexpr int kThreads = 8;

// RunConcurrently()
//
// Runs `work(t)` for t in [0, kThreads) on kThreads threads released at the
// same moment; returns each thread's result.
std::vector<std::string> RunConcurrently(const std::function<std::string(int)>& work) {
  std::latch start(kThreads);
  std::vector<std::string> results(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      start.arrive_and_wait();
      results[static_cast<std::size_t>(t)] = work(t);
    });
  }
  for (std::thread& thread : threads) thread.join();
  return results;
}

// ExpectAllEqual()
//
// Every thread's answers equal the single-threaded reference.
void ExpectAllEqual(const std::vector<std::string>& results, const std::string& reference) {
  ASSERT_FALSE(reference.empty());
  for (std::size_t t = 0; t < results.size(); ++t) {
    EXPECT_EQ(results[t], reference) << "thread " << t;
  }
}

// Answers()
//
// Answers queries 0..count-1 with `answer`, in an order shuffled by `seed`
// (in index order for seed 0), and joins the answers in index order, so the
// text does not depend on the order the queries were asked in.
std::string Answers(std::size_t count, std::uint32_t seed,
                    const std::function<std::string(std::size_t)>& answer) {
  std::vector<std::size_t> order(count);
  std::iota(order.begin(), order.end(), std::size_t{0});
  if (seed != 0) std::shuffle(order.begin(), order.end(), std::mt19937(seed));
  std::vector<std::string> out(count);
  for (const std::size_t i : order) out[i] = answer(i);
  return absl::StrJoin(out, "\n");
}

std::string StatusText(const absl::Status& status) {
  return absl::StrCat("error ", status.ToString());
}

template <typename T>
std::string Ids(const std::vector<T>& ids) {
  return absl::StrJoin(ids, ",", [](std::string* out, const T& id) { out->append(id.str()); });
}

// Day()
//
// Day `i` of a stretch from 2020-06-01 on: the dates the tests ask about.
Date Day(std::size_t i) {
  return Date(2020, 6, 1) + boost::gregorian::days(static_cast<long>(i));
}

// The default network's questions: leads and leadership of every pillar on
// many days, entity lookups, validation and the writers.
std::string NetworkAnswers(const Network& net, std::uint32_t seed) {
  const std::size_t pillars = net.pillars().size();
  return Answers(pillars * 60 + 3, seed, [&](std::size_t i) -> std::string {
    if (i == pillars * 60) {
      std::string text;
      for (const validate::Diagnostic& d : validate::Validate(net)) {
        absl::StrAppend(&text, ToAbsl(ToString(d.severity)), " ", d.pointer, " ", d.message, ";");
      }
      return text;
    }
    if (i == pillars * 60 + 1) return io::WriteNetwork(net);
    if (i == pillars * 60 + 2) {
      std::string text;
      for (const Entity& e : net.entities()) {
        const Entity* found = net.ResolveEntity(e.acronym);
        absl::StrAppend(&text, e.acronym, "=", found == nullptr ? "-" : found->id.str(), ",");
      }
      return text;
    }
    const Pillar& pillar = net.pillars()[i % pillars];
    const Date day = Day(i / pillars * 23);
    std::string text = absl::StrCat(pillar.id.str(), "@", FormatDate(day), ":",
                                    ToAbsl(ToString(net.LeadershipOf(pillar, day))));
    for (const RoleRef& lead : net.LeadsOf(pillar, day)) {
      absl::StrAppend(&text, " ", lead.role->entity.str());
    }
    return text;
  });
}

TEST(Threads, DefaultNetworkFirstLoadIsOneNetworkForAll) {
  // No code in this process has touched DefaultNetwork() yet (ctest runs each
  // test in a process of its own): the threads race for its first load.
  std::vector<const Network*> seen(kThreads, nullptr);
  const std::vector<std::string> results = RunConcurrently([&](int t) {
    const Network& net = io::DefaultNetwork();
    seen[static_cast<std::size_t>(t)] = &net;
    const Network copy = net;  // handles copied and dropped across threads
    return NetworkAnswers(copy, static_cast<std::uint32_t>(t + 1));
  });
  absl::StatusOr<Network> reference =
      io::LoadNetwork(io::DefaultNetworkText(), "un-network-rdpm.netgov.json");
  ASSERT_TRUE(reference.ok()) << reference.status();
  for (const Network* net : seen) EXPECT_EQ(net, seen.front());
  ExpectAllEqual(results, NetworkAnswers(*reference, 0));
}

std::string TermText(const rotation::Term& term) {
  return absl::StrCat(term.index, " ", FormatDate(term.start), "..", FormatDate(term.end),
                      " ", Ids(term.holders), " ", ToAbsl(ToString(term.status)), " ", term.reason);
}

// The questions asked of one schedule: terms by index, terms and holders on
// days, and cursor walks from scattered days.
std::string ScheduleAnswers(const rotation::Schedule& schedule, std::uint32_t seed) {
  constexpr std::size_t kKinds = 4;
  return Answers(kKinds * 150, seed, [&](std::size_t i) -> std::string {
    const std::size_t n = i / kKinds;
    const Date day = Day(n * 97);
    switch (i % kKinds) {
      case 0: {
        absl::StatusOr<rotation::Term> term = schedule.TermAt(static_cast<long long>(n * 3));
        return term.ok() ? TermText(*term) : StatusText(term.status());
      }
      case 1: {
        absl::StatusOr<rotation::Term> term = schedule.TermOn(day);
        return term.ok() ? TermText(*term) : StatusText(term.status());
      }
      case 2: {
        absl::StatusOr<std::vector<EntityId>> holders = schedule.HoldersOn(day);
        return holders.ok() ? Ids(*holders) : StatusText(holders.status());
      }
      default: {
        rotation::TermCursor cursor = schedule.Cursor(day);
        std::string text;
        for (int k = 0; k < 12; ++k) {
          absl::StatusOr<const rotation::Term*> term = cursor.Next();
          absl::StrAppend(&text, term.ok() ? TermText(**term) : StatusText(term.status()), ";");
        }
        return text;
      }
    }
  });
}

// SharedScheduleMatchesReference()
//
// One schedule, its cache empty, read by every thread at once.
void SharedScheduleMatchesReference(const Network& net, const RotationId& id, Date as_of) {
  absl::StatusOr<rotation::Schedule> shared = rotation::Schedule::Make(net, id, {as_of, {}});
  absl::StatusOr<rotation::Schedule> reference = rotation::Schedule::Make(net, id, {as_of, {}});
  ASSERT_TRUE(shared.ok()) << shared.status();
  ASSERT_TRUE(reference.ok()) << reference.status();
  const std::vector<std::string> results = RunConcurrently([&](int t) {
    return ScheduleAnswers(*shared, static_cast<std::uint32_t>(t + 1));
  });
  ExpectAllEqual(results, ScheduleAnswers(*reference, 0));
}

absl::StatusOr<Network> Generated() {
  return io::GenerateNetwork({.entities = 300, .pillars = 30, .seed = 13});
}

// ExpectSharedMatchesReference<Shared>()
//
// For the default network and a generated one: a `Shared` made from the
// network (calendars, a relation graph), read by every thread at once
// through `answers(network, shared, seed)`, answers as a separate one read
// by a single thread.
template <typename Shared>
void ExpectSharedMatchesReference(
    const std::function<std::string(const Network&, const Shared&, std::uint32_t)>& answers) {
  for (const bool generated : {false, true}) {
    absl::StatusOr<Network> net = generated ? Generated() : io::DefaultNetwork();
    ASSERT_TRUE(net.ok()) << net.status();
    const Shared shared(*net);
    const std::vector<std::string> results = RunConcurrently(
        [&](int t) { return answers(*net, shared, static_cast<std::uint32_t>(t + 1)); });
    const Shared reference(*net);
    ExpectAllEqual(results, answers(*net, reference, 0));
  }
}

TEST(Threads, ScheduleOfTheDefaultNetworkIsSharedByThreads) {
  SharedScheduleMatchesReference(io::DefaultNetwork(), RotationId("co-chair"),
                                 Date(2021, 12, 22));
}

TEST(Threads, MonthlyScheduleIsSharedByThreads) {
  absl::StatusOr<Network> net = Generated();
  ASSERT_TRUE(net.ok()) << net.status();
  SharedScheduleMatchesReference(*net, RotationId("chair"), Date(2022, 3, 1));
}

// The calendar questions: business days and conventions per calendar,
// deadlines and reminders in windows, meetings in their time zones.
std::string CalendarAnswers(const Network& net, const calendar::Calendars& calendars,
                            std::uint32_t seed) {
  std::vector<calendar::BusinessCalendar> owned;
  for (const Calendar& c : net.calendars()) {
    absl::StatusOr<calendar::BusinessCalendar> cal = calendars.Get(c.id);
    if (cal.ok()) owned.push_back(*std::move(cal));
  }
  std::vector<const calendar::BusinessCalendar*> all;
  for (const calendar::BusinessCalendar& c : owned) all.push_back(&c);
  const std::size_t days = 200;
  return Answers(all.size() * days + 40, seed, [&](std::size_t i) -> std::string {
    if (i == all.size() * days) {
      absl::StatusOr<std::vector<calendar::MeetingTimes>> times =
          calendar::AllMeetingTimes(net);
      if (!times.ok()) return StatusText(times.status());
      std::string text;
      for (const calendar::MeetingTimes& m : *times) {
        for (const calendar::LocalTime& l : m.local) {
          absl::StrAppend(&text, l.entity.str(), " ", l.time_zone, " ", l.start, " ", l.end, ";");
        }
      }
      return text;
    }
    if (i > all.size() * days) {
      const Date from = Day((i - all.size() * days) * 31);
      std::string text;
      for (const calendar::Occurrence& o :
           calendar::DeadlinesIn(net, calendars, from, from + boost::gregorian::days(90))) {
        absl::StrAppend(&text, o.deadline->id.str(), "#", o.index, " ",
                        FormatDate(o.date), ";");
      }
      for (const calendar::ReminderDue& r : calendar::RemindersDue(net, calendars, from)) {
        absl::StrAppend(&text, "reminder ", r.occurrence.deadline->id.str(), " ",
                        FormatDate(r.date), ";");
      }
      return text;
    }
    const calendar::BusinessCalendar& cal = *all[i % all.size()];
    const Date day = Day(i / all.size() * 5);
    std::string text = absl::StrCat(cal.name(), " ", FormatDate(day), " ",
                                    cal.IsBusinessDay(day) ? "open" : "closed");
    for (int c = 0; c < 5; ++c) {
      absl::StrAppend(&text, " ", FormatDate(cal.Adjust(day, static_cast<Convention>(c))));
    }
    absl::StrAppend(&text, " +3=", FormatDate(cal.Advance(day, 3)),
                    " -3=", FormatDate(cal.Advance(day, -3)),
                    " to-month-end=", cal.BusinessDaysBetween(day, cal.LastBusinessDayOfMonth(day)));
    return text;
  });
}

TEST(Threads, CalendarsDeadlinesAndMeetingTimesAreSharedByThreads) {
  ExpectSharedMatchesReference<calendar::Calendars>(CalendarAnswers);
}

std::string AnalysisText(const graph::Analysis& a) {
  std::string text = absl::StrCat(FormatDate(a.as_of), a.has_betweenness ? "" : " no-betweenness");
  for (const graph::EntityLoad& e : a.entities) {
    absl::StrAppend(&text, " ", e.entity.str(), ":", e.leads, "/", e.roles, "/", e.betweenness);
  }
  for (const graph::SharedPillars& s : a.projection) {
    absl::StrAppend(&text, " ", s.a.str(), "+", s.b.str(), "=", s.shared);
  }
  absl::StrAppend(&text, " cut:", Ids(a.articulation_points), " unled:", Ids(a.unled_pillars),
                  " provisional:", Ids(a.provisional_pillars),
                  " idle:", Ids(a.entities_without_role));
  return text;
}

// The graph questions: as-of views, analyses, shortest paths, what-ifs and
// the DOT writer, on scattered days.
std::string GraphAnswers(const graph::RelationGraph& g, std::uint32_t seed) {
  const std::span<const Entity> entities = g.network().entities();
  constexpr std::size_t kKinds = 4;
  return Answers(kKinds * 12, seed, [&](std::size_t i) -> std::string {
    const std::size_t n = i / kKinds;
    const Date day = Day(n * 61);
    const std::string& from = entities[n % entities.size()].id.str();
    const std::string& to = entities[(n * 7 + 3) % entities.size()].id.str();
    switch (i % kKinds) {
      case 0: {
        const graph::AsOfView view = g.AsOf(day);
        return absl::StrCat(graph::EntitiesIn(g, view).size(), " entities ",
                            graph::PillarsIn(g, view).size(), " pillars");
      }
      case 1:
        return AnalysisText(graph::Analyze(g, day));
      case 2: {
        absl::StatusOr<graph::Path> path = graph::FindPath(g, day, from, to);
        if (!path.ok()) return StatusText(path.status());
        absl::StatusOr<graph::LeaveImpact> leave = graph::IfEntityLeaves(g, day, from);
        if (!leave.ok()) return StatusText(leave.status());
        return absl::StrCat(absl::StrJoin(path->Ids(), ">"), " lose:",
                            Ids(leave->pillars_losing_lead),
                            " cut:", Ids(leave->entities_disconnected));
      }
      default:
        return io::WriteDot(g, day);
    }
  });
}

TEST(Threads, RelationGraphsAndAnalysesAreSharedByThreads) {
  ExpectSharedMatchesReference<graph::RelationGraph>(
      [](const Network&, const graph::RelationGraph& g, std::uint32_t seed) {
        return GraphAnswers(g, seed);
      });
}

TEST(Threads, ICalendarWritersShareOneNetwork) {
  const Network& net = io::DefaultNetwork();
  const calendar::Calendars calendars(net);
  auto write = [&](std::uint32_t seed) {
    return Answers(6, seed, [&](std::size_t i) -> std::string {
      if (i == 0) {
        absl::StatusOr<std::string> ics = io::MeetingsICalendar(net, Date(2021, 12, 6));
        return ics.ok() ? *ics : StatusText(ics.status());
      }
      const Date from = Day(i * 120);
      return io::DeadlinesICalendar(net, calendars, from, from + boost::gregorian::days(365),
                                     Date(2021, 12, 6));
    });
  };
  const std::vector<std::string> results =
      RunConcurrently([&](int t) { return write(static_cast<std::uint32_t>(t + 1)); });
  ExpectAllEqual(results, write(0));
}

// The rest of a schedule's questions, each thread asking through a copy of
// the shared schedule (copies share its cache): term lists, the next change,
// the tally over windows, and what-ifs (a schedule made from the shared one).
std::string ScheduleCopyAnswers(const Network& net, const rotation::Schedule& shared,
                                std::uint32_t seed) {
  const rotation::Schedule schedule = shared;  // a copy, made in this thread
  const std::span<const Entity> entities = net.entities();
  constexpr std::size_t kKinds = 4;
  return Answers(kKinds * 16, seed, [&](std::size_t i) -> std::string {
    const std::size_t n = i / kKinds;
    const Date day = Day(n * 131);
    switch (i % kKinds) {
      case 0: {
        absl::StatusOr<std::vector<rotation::Term>> terms =
            schedule.TermsUntil(day, day + boost::gregorian::days(800));
        if (!terms.ok()) return StatusText(terms.status());
        std::string text;
        for (const rotation::Term& t : *terms) absl::StrAppend(&text, TermText(t), ";");
        return text;
      }
      case 1: {
        absl::StatusOr<std::optional<rotation::Term>> next = schedule.NextChange(day);
        if (!next.ok()) return StatusText(next.status());
        return *next ? TermText(**next) : "no change";
      }
      case 2: {
        absl::StatusOr<std::vector<rotation::TallyEntry>> tally =
            schedule.Tally(day, day + boost::gregorian::days(1500));
        if (!tally.ok()) return StatusText(tally.status());
        std::string text;
        for (const rotation::TallyEntry& e : *tally) {
          absl::StrAppend(&text, e.entity.str(), "=", e.terms_held, "@",
                          e.last_held ? FormatDate(*e.last_held) : "-", ";");
        }
        return text;
      }
      default: {
        absl::StatusOr<rotation::Schedule> leaves =
            schedule.IfLeaves(entities[n * 5 % entities.size()].id, day);
        if (!leaves.ok()) return StatusText(leaves.status());
        absl::StatusOr<std::vector<rotation::Term>> terms = leaves->Terms(day, 4);
        if (!terms.ok()) return StatusText(terms.status());
        std::string text;
        for (const rotation::Term& t : *terms) absl::StrAppend(&text, TermText(t), ";");
        return text;
      }
    }
  });
}

TEST(Threads, ScheduleCopiesShareTermListsTalliesAndWhatIfs) {
  for (const bool generated : {false, true}) {
    absl::StatusOr<Network> net = generated ? Generated() : io::DefaultNetwork();
    ASSERT_TRUE(net.ok()) << net.status();
    const RotationId id(generated ? "chair" : "co-chair");
    const Date as_of = generated ? Date(2022, 3, 1) : Date(2021, 12, 22);
    absl::StatusOr<rotation::Schedule> shared = rotation::Schedule::Make(*net, id, {as_of, {}});
    absl::StatusOr<rotation::Schedule> reference =
        rotation::Schedule::Make(*net, id, {as_of, {}});
    ASSERT_TRUE(shared.ok()) << shared.status();
    ASSERT_TRUE(reference.ok()) << reference.status();
    const std::vector<std::string> results = RunConcurrently([&](int t) {
      return ScheduleCopyAnswers(*net, *shared, static_cast<std::uint32_t>(t + 1));
    });
    ExpectAllEqual(results, ScheduleCopyAnswers(*net, *reference, 0));
  }
}

TEST(Threads, SchedulesMadeByEveryThreadFromOneNetwork) {
  // Every thread makes its own schedules of every rotation of the shared
  // network (Make() reads the network and its rules concurrently).
  const Network& net = io::DefaultNetwork();
  auto answers = [&](std::uint32_t seed) {
    return Answers(net.rotations().size() * 20, seed, [&](std::size_t i) -> std::string {
      const Rotation& rotation = net.rotations()[i % net.rotations().size()];
      const Date as_of = Day(i / net.rotations().size() * 73);
      absl::StatusOr<rotation::Schedule> schedule =
          rotation::Schedule::Make(net, rotation.id, {as_of, {}});
      if (!schedule.ok()) return StatusText(schedule.status());
      absl::StatusOr<rotation::Term> term = schedule->TermOn(as_of);
      return term.ok() ? TermText(*term) : StatusText(term.status());
    });
  };
  const std::vector<std::string> results =
      RunConcurrently([&](int t) { return answers(static_cast<std::uint32_t>(t + 1)); });
  ExpectAllEqual(results, answers(0));
}

std::string ChangesText(const diff::Changes& c) {
  std::string text = absl::StrCat(FormatDate(c.from), "..", FormatDate(c.to));
  for (const diff::RoleChange& r : c.roles_started) {
    absl::StrAppend(&text, " +", r.pillar->id.str(), ":", r.role->entity.str(), "@",
                    FormatDate(r.date));
  }
  for (const diff::RoleChange& r : c.roles_ended) {
    absl::StrAppend(&text, " -", r.pillar->id.str(), ":", r.role->entity.str(), "@",
                    FormatDate(r.date));
  }
  for (const diff::PillarLaunch& l : c.pillars_launched) {
    absl::StrAppend(&text, " launch ", l.pillar->id.str(), "@", FormatDate(l.date));
  }
  for (const diff::SeatChange& s : c.seats_changed) {
    absl::StrAppend(&text, " seat ", s.rotation.str(), ":", Ids(s.before), ">", Ids(s.after));
  }
  for (const calendar::Occurrence& o : c.deadlines_passed) {
    absl::StrAppend(&text, " due ", o.deadline->id.str(), "@", FormatDate(o.date));
  }
  return text;
}

// Diffs between scattered dates, and the SVG pictures (the relation graph
// of a shared RelationGraph, the timeline of the shared network).
std::string DiffAndPictureAnswers(const Network& net, const graph::RelationGraph& g,
                                  std::uint32_t seed) {
  constexpr std::size_t kKinds = 3;
  return Answers(kKinds * 8, seed, [&](std::size_t i) -> std::string {
    const std::size_t n = i / kKinds;
    const Date day = Day(n * 89);
    switch (i % kKinds) {
      case 0: {
        absl::StatusOr<diff::Changes> changes =
            diff::Diff(net, day - boost::gregorian::days(400), day);
        return changes.ok() ? ChangesText(*changes) : StatusText(changes.status());
      }
      case 1: {
        std::ostringstream out;
        io::WriteGraphSvg(out, g, day);
        return out.str();
      }
      default: {
        std::ostringstream out;
        const absl::Status status =
            io::WriteTimelineSvg(out, net, io::DefaultTimelineOptions(day));
        return status.ok() ? out.str() : StatusText(status);
      }
    }
  });
}

TEST(Threads, DiffsAndPicturesShareOneNetwork) {
  ExpectSharedMatchesReference<graph::RelationGraph>(DiffAndPictureAnswers);
}

}  // namespace
}  // namespace netgov
