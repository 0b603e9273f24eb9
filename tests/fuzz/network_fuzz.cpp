// File: tests/fuzz/network_fuzz.cpp
// -----------------------------------------------------------------------------
//
// Fuzz target netgov_fuzz_network: a valid network mutated field by field,
// then every engine run on what loads.
//
// The inputs are network files (the seed corpus holds the default network
// and the tests' files). Built with libFuzzer, `LLVMFuzzerCustomMutator()`
// parses the input as JSON and changes one thing in it: a value swapped for
// a nasty one (huge and negative numbers, dates at both ends of the
// supported range and just outside it, impossible dates, empty, long and
// non-ASCII strings, the spellings of every enum, another item's id, values
// of the wrong type), a key dropped, an array item duplicated or dropped, a
// value copied from elsewhere in the file, or a string's bytes mutated. One
// time in eight, or when the input is not JSON, libFuzzer's own byte
// mutation is used instead.
//
// `LLVMFuzzerTestOneInput()` loads the input; when it loads, it runs:
// validate; the writer and a round trip through it; every rotation's terms
// forwards (cursors, `Terms`) and backwards (`TermOn`, `TermAt` counting
// down) from dates near 1400-01-01 and, for one input in four, near
// 9999-12-31 (as of a date near either end), holders on a date, next
// change, tally, what-if and its iCalendar; deadlines expanded over a window,
// due, overdue and reminders, their iCalendar; meeting local times and their
// iCalendar; the relation graph with analyze, paths and what-if, DOT and
// SVG; diff over 800 days each side of the as-of date; the SVG timeline;
// and two of the CLI's command and format pairs (brief text/json/html,
// pillars, rotation, deadlines, meetings, graph, analyze, diff, timeline and
// validate in each of their formats, CSV included), picked by a hash of the
// input, through `cli::Run()` reading the network with `--network -`.
// Errors from the engines are fine; crashes, sanitizer reports, hangs and
// broken invariants are findings.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "netgov/calendar/calendars.hpp"
#include "netgov/calendar/deadlines.hpp"
#include "netgov/calendar/meeting_times.hpp"
#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"
#include "netgov/diff/diff.hpp"
#include "netgov/graph/analysis.hpp"
#include "netgov/graph/graph.hpp"
#include "netgov/io/dot.hpp"
#include "netgov/io/ical.hpp"
#include "netgov/io/json.hpp"
#include "netgov/io/svg.hpp"
#include "netgov/io/timeline.hpp"
#include "netgov/model/calendar.hpp"
#include "netgov/model/commitment.hpp"
#include "netgov/model/deadline.hpp"
#include "netgov/model/meeting.hpp"
#include "netgov/model/pillar.hpp"
#include "netgov/model/rotation.hpp"
#include "netgov/rotation/schedule.hpp"
#include "netgov/validate/validate.hpp"
#include "nlohmann/json.hpp"
#include "src/cli/cli.hpp"
#include "tests/fuzz/fuzz_target.hpp"
#include "tests/testing/fnv1a.hpp"

namespace {

using netgov::Date;
using netgov::fuzz::Check;

// Dates near both ends of the supported range, and one inside it.
const Date kFirst(netgov::kMinYear, 1, 1);
const Date kNearFirst(netgov::kMinYear, 1, 2);
const Date kLast(netgov::kMaxYear, 12, 31);
const Date kNearLast(netgov::kMaxYear, 12, 1);
const Date kMiddle(2021, 12, 6);

// The as-of dates the engines are asked about. Asking near 9999-12-31
// computes every term up to there, which costs time: one input in four (by
// its hash) goes that far, with an as-of date picked from these; the others
// ask from 1400-01-01 to 2021-12-06, as of 2021-12-06.
const std::array<Date, 5> kAsOf = {kFirst, kNearFirst, kMiddle, kNearLast, kLast};

// At most this many rotations, deadlines, meetings and entities are walked,
// so that a duplicated item costs time linearly, not more.
constexpr std::size_t kMaxItems = 8;

Date Clamp(Date day, int days) {
  const long long j = day.julian_day() + days;
  if (j < kFirst.julian_day()) return kFirst;
  if (j > kLast.julian_day()) return kLast;
  return day + boost::gregorian::days(days);
}

void RunRotations(const netgov::Network& net, Date as_of, bool far) {
  std::size_t n = 0;
  for (const netgov::Rotation& rotation : net.rotations()) {
    if (++n > kMaxItems) break;
    absl::StatusOr<netgov::rotation::Schedule> schedule =
        netgov::rotation::Schedule::Make(net, rotation.id, {.as_of = as_of, .departures = {}});
    Check(schedule.ok(), "a loaded network's rotation has a schedule");
    for (const Date from : {kFirst, kNearFirst, kMiddle, kNearLast, kLast}) {
      if (!far && from > kMiddle) break;
      // Forwards: a cursor and Terms().
      netgov::rotation::TermCursor cursor = schedule->Cursor(from);
      std::optional<netgov::rotation::Term> previous;
      for (int i = 0; i < 4; ++i) {
        absl::StatusOr<const netgov::rotation::Term*> term = cursor.Next();
        if (!term.ok() || *term == nullptr) break;
        if (previous) {
          Check((*term)->start == previous->end + boost::gregorian::days(1),
                "a cursor's terms tile time");
        }
        previous = **term;
      }
      (void)schedule->Terms(from, 3);
      (void)schedule->TermsUntil(from, Clamp(from, 400));
      // Backwards: the term on a day, then the ones before it by index.
      absl::StatusOr<netgov::rotation::Term> on = schedule->TermOn(from);
      if (on.ok()) {
        Check(on->Contains(from), "TermOn's term contains the day");
        for (long long i = on->index; i >= 0 && i > on->index - 4; --i) {
          absl::StatusOr<netgov::rotation::Term> at = schedule->TermAt(i);
          if (at.ok() && i == on->index) {
            Check(at->start == on->start && at->holders == on->holders,
                  "TermAt and TermOn agree");
          }
        }
      }
      (void)schedule->HoldersOn(from);
      (void)schedule->NextChange(from);
    }
    (void)schedule->TermAt(-1);
    (void)schedule->TermAt(1'000'000'000'000LL);
    (void)schedule->Tally(kFirst, kMiddle);
    if (far) (void)schedule->Tally(kMiddle, kLast);
    if (!net.entities().empty()) {
      absl::StatusOr<netgov::rotation::Schedule> leaves =
          schedule->IfLeaves(net.entities().front().id, as_of);
      if (leaves.ok()) (void)leaves->Terms(as_of, 3);
    }
    absl::StatusOr<std::vector<netgov::rotation::Term>> terms = schedule->Terms(as_of, 3);
    if (terms.ok()) (void)netgov::io::RotationICalendar(net, rotation, *terms, as_of);
  }
}

void RunCalendars(const netgov::Network& net, Date as_of) {
  const netgov::calendar::Calendars calendars(net);
  for (const netgov::Calendar& calendar : net.calendars()) {
    absl::StatusOr<netgov::calendar::BusinessCalendar> c = calendars.Get(calendar.id);
    Check(c.ok(), "a loaded network's calendar builds");
    for (const Date day : {kFirst, kNearFirst, kMiddle, kNearLast, kLast}) {
      for (const netgov::BusinessDayConvention convention :
           {netgov::BusinessDayConvention::kFollowing,
            netgov::BusinessDayConvention::kModifiedFollowing,
            netgov::BusinessDayConvention::kPreceding,
            netgov::BusinessDayConvention::kModifiedPreceding,
            netgov::BusinessDayConvention::kUnadjusted}) {
        (void)c->Adjust(day, convention);
      }
    }
    (void)c->Advance(as_of, 10);
    (void)c->Advance(as_of, -10);
  }
  const Date from = Clamp(as_of, -400);
  const Date to = Clamp(as_of, 400);
  std::size_t n = 0;
  for (const netgov::Deadline& deadline : net.deadlines()) {
    if (++n > kMaxItems) break;
    absl::StatusOr<netgov::calendar::BusinessCalendar> c = calendars.Get(deadline.calendar);
    if (!c.ok()) continue;
    for (const netgov::calendar::Occurrence& o :
         netgov::calendar::Expand(deadline, *c, from, to)) {
      Check(from <= o.unadjusted && o.unadjusted <= to, "Expand stays in its window");
    }
    (void)netgov::calendar::LastUnadjustedDate(deadline, *c);
  }
  (void)netgov::calendar::DeadlinesIn(net, calendars, from, to);
  (void)netgov::calendar::DueSoon(net, calendars, as_of);
  (void)netgov::calendar::Overdue(net, calendars, as_of);
  (void)netgov::calendar::RemindersDue(net, calendars, as_of);
  (void)netgov::io::DeadlinesICalendar(net, calendars, from, to, as_of);
  (void)netgov::calendar::AllMeetingTimes(net);
  (void)netgov::io::MeetingsICalendar(net, as_of);
}

void RunGraph(const netgov::Network& net, Date as_of) {
  const netgov::graph::RelationGraph graph(net);
  (void)netgov::graph::Analyze(graph, as_of);
  const auto entities = net.entities();
  if (!entities.empty()) {
    const std::string first = entities.front().id.str();
    const std::string last = entities.back().id.str();
    (void)netgov::graph::FindPath(graph, as_of, first, last);
    (void)netgov::graph::IfEntityLeaves(graph, as_of, last);
  }
  (void)netgov::io::WriteDot(graph, as_of);
  netgov::fuzz::NullStream null;
  netgov::io::WriteGraphSvg(null, graph, as_of);
  (void)netgov::io::WriteTimelineSvg(null, net, netgov::io::DefaultTimelineOptions(as_of));
  // Windows of 800 days each side: a diff lists every occurrence of every
  // deadline in its window, so a window of centuries over a daily
  // recurrence is slow by its output alone (docs/reliability.md, "The slow
  // input"); the as-of dates already reach both ends of the range.
  (void)netgov::diff::Diff(net, Clamp(as_of, -800), as_of);
  (void)netgov::diff::Diff(net, as_of, Clamp(as_of, 800));
}

// The CLI's command and format pairs; two are run per input.
struct CliCall {
  const char* command;
  const char* format;
  std::vector<std::string> options;
};

const std::vector<CliCall>& CliCalls() {
  static const std::vector<CliCall> calls = [] {
    std::vector<CliCall> c;
    for (const char* f : {"text", "json", "html"}) c.push_back({"brief", f, {}});
    for (const char* f : {"text", "json", "csv"}) {
      c.push_back({"pillars", f, {}});
      c.push_back({"graph", std::strcmp(f, "csv") == 0 ? "dot" : f, {}});
      c.push_back({"analyze", f, {}});
      c.push_back({"diff", f, {}});  // --from 800 days before the as-of date
    }
    for (const char* f : {"text", "json", "ics", "csv"}) {
      c.push_back({"rotation", f, {"--from", "1400-01-01", "--terms", "3"}});
      c.push_back({"rotation", f, {"--from", "9990-01-01", "--terms", "30"}});
      c.push_back({"deadlines", f, {}});
      c.push_back({"meetings", f, {}});
    }
    c.push_back({"timeline", "svg", {}});
    c.push_back({"validate", "text", {}});
    c.push_back({"validate", "json", {}});
    return c;
  }();
  return calls;
}

void RunCli(std::string_view text, Date as_of, std::uint64_t hash) {
  const std::vector<CliCall>& calls = CliCalls();
  for (int i = 0; i < 2; ++i) {
    const CliCall& call = calls[(hash >> (8 * i)) % calls.size()];
    std::vector<std::string> args = {"--network", "-", "--as-of", netgov::FormatDate(as_of),
                                     call.command, "--format", call.format};
    args.insert(args.end(), call.options.begin(), call.options.end());
    if (std::strcmp(call.command, "diff") == 0) {
      args.insert(args.end(), {"--from", netgov::FormatDate(Clamp(as_of, -800))});
    }
    std::istringstream in{std::string(text)};
    netgov::fuzz::NullStream out, err;
    const int code = netgov::cli::Run(args, out, err, kMiddle, in);
    Check(code == 0 || code == 1 || code == 2, "the CLI exits 0, 1 or 2");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = netgov::fuzz::Text(data, size);
  const absl::StatusOr<netgov::Network> net = netgov::io::LoadNetwork(text, "in.json");
  if (!net.ok()) {
    (void)netgov::validate::DiagnosticFromLoadError(net.status());
    return 0;
  }
  const std::uint64_t hash = netgov::testing::Fnv1a64(text);
  const bool far = hash % 4 == 0;
  const Date as_of = far ? kAsOf[(hash >> 2) % kAsOf.size()] : kMiddle;

  (void)netgov::validate::Validate(*net);
  const std::string written = netgov::io::WriteNetwork(*net);
  const absl::StatusOr<netgov::Network> again = netgov::io::LoadNetwork(written, "written");
  Check(again.ok() && *again == *net, "a written network loads back equal");

  RunRotations(*net, as_of, far);
  RunCalendars(*net, as_of);
  RunGraph(*net, as_of);
  RunCli(text, as_of, hash >> 8);
  return 0;
}

#ifdef NETGOV_FUZZ_MUTATOR

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size,
                                        std::size_t max_size);

namespace {

using nlohmann::json;

template <typename E>
void AddNames(std::vector<json>& out) {
  for (const std::string_view name : netgov::EnumTraits<E>::kNames) {
    out.emplace_back(std::string(name));
  }
}

// The nasty values a field may be swapped for.
const std::vector<json>& NastyValues() {
  static const std::vector<json> values = [] {
    std::vector<json> v = {
        json(0), json(-1), json(1), json(2), json(7), json(12), json(31), json(366),
        json(2147483647), json(2147483648LL), json(-2147483648LL),
        json(9223372036854775807LL), json(-9223372036854775807LL - 1),
        json(18446744073709551615ULL), json(1e308), json(-1e308), json(0.5), json(-0.0),
        json(true), json(false), json(nullptr), json::array(), json::object(),
        json::array({json(nullptr)}), json(""), json(" "), json("-"), json("x"),
        json(std::string(4096, 'x')), json("\u00c5\u03a9\u4e2d\u6587\U0001F600"),
        json(std::string("a\0b", 3)), json("\u202e\u200b"), json("<&\"'>"),
        json("=cmd|' /C calc'!A0"), json("\r\nEND:VCALENDAR\r\n"), json("\\"),
        json("1400-01-01"), json("1400-01-02"), json("9999-12-31"), json("9999-12-30"),
        json("1399-12-31"), json("10000-01-01"), json("2021-02-29"), json("2020-02-29"),
        json("2021-13-01"), json("2021-04-31"), json("0000-00-00"), json("2021-1-1"),
        json("2021-12-06T10:00"), json("2021-12-06T23:59"), json("24:00"), json("00:00"),
        json("UTC"), json("Europe/Paris"), json("America/New_York"), json("Not/AZone"),
        json("../../etc/passwd"), json("Etc/GMT+14"), json("Pacific/Kiritimati"),
        json("netgov/1"), json("netgov/2"),
    };
    AddNames<netgov::Stance>(v);
    AddNames<netgov::CommitmentStatus>(v);
    AddNames<netgov::ParticipantKind>(v);
    AddNames<netgov::Frequency>(v);
    AddNames<netgov::DayRule>(v);
    AddNames<netgov::RelationKind>(v);
    AddNames<netgov::RoleKind>(v);
    AddNames<netgov::TermUnit>(v);
    AddNames<netgov::OrderRuleKind>(v);
    AddNames<netgov::SortKey>(v);
    AddNames<netgov::OverrideKind>(v);
    AddNames<netgov::Fallback>(v);
    AddNames<netgov::Weekday>(v);
    AddNames<netgov::BusinessDayConvention>(v);
    return v;
  }();
  return values;
}

// Every value of the document, depth first.
void Collect(json& node, std::vector<json*>& out) {
  out.push_back(&node);
  if (node.is_object() || node.is_array()) {
    for (json& child : node) Collect(child, out);
  }
}

// A date string shifted by a few days, months or years (possibly out of range).
std::optional<std::string> NudgeDate(const std::string& s, std::mt19937_64& rng) {
  int y = 0, m = 0, d = 0;
  if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) {
    return std::nullopt;
  }
  const int delta = static_cast<int>(rng() % 5) - 2;
  switch (rng() % 3) {
    case 0: d += delta; break;
    case 1: m += delta; break;
    default: y += delta * static_cast<int>(1 + rng() % 4000); break;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

// Changes one thing in `doc`; false when nothing could be changed.
bool MutateJson(json& doc, std::mt19937_64& rng) {
  std::vector<json*> nodes;
  Collect(doc, nodes);
  json& node = *nodes[rng() % nodes.size()];
  switch (rng() % 8) {
    case 0:
    case 1: {  // a nasty value
      const std::vector<json>& nasty = NastyValues();
      node = nasty[rng() % nasty.size()];
      return true;
    }
    case 2: {  // a value copied from elsewhere (another item's id, say)
      const json copy = *nodes[rng() % nodes.size()];
      node = copy;
      return true;
    }
    case 3: {  // a key dropped
      if (!node.is_object() || node.empty()) return false;
      auto it = node.begin();
      std::advance(it, static_cast<long>(rng() % node.size()));
      node.erase(it);
      return true;
    }
    case 4: {  // an array item duplicated
      if (!node.is_array() || node.empty()) return false;
      const std::size_t i = rng() % node.size();
      const json copy = node[i];
      node.insert(node.begin() + static_cast<long>(rng() % (node.size() + 1)), copy);
      return true;
    }
    case 5: {  // an array item dropped
      if (!node.is_array() || node.empty()) return false;
      node.erase(node.begin() + static_cast<long>(rng() % node.size()));
      return true;
    }
    case 6: {  // a date nudged, or a number changed a little
      if (node.is_string()) {
        std::optional<std::string> date = NudgeDate(node.get<std::string>(), rng);
        if (!date) return false;
        node = *date;
        return true;
      }
      if (node.is_number_integer()) {
        node = node.get<long long>() + static_cast<long long>(rng() % 7) - 3;
        return true;
      }
      return false;
    }
    default: {  // a string's bytes mutated by libFuzzer
      if (!node.is_string()) return false;
      std::string s = node.get<std::string>();
      const std::size_t max = s.size() * 2 + 16;
      s.resize(max);
      const std::size_t n = LLVMFuzzerMutate(reinterpret_cast<std::uint8_t*>(s.data()),
                                             node.get_ref<const std::string&>().size(), max);
      s.resize(n);
      node = s;
      return true;
    }
  }
}

}  // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned int seed) {
  std::mt19937_64 rng(seed);
  if (rng() % 8 != 0) {
    json doc = json::parse(netgov::fuzz::Text(data, size), nullptr, /*allow_exceptions=*/false);
    if (!doc.is_discarded()) {
      bool changed = false;
      for (int tries = 0; tries < 8 && !changed; ++tries) changed = MutateJson(doc, rng);
      // Invalid UTF-8 in a mutated string is written as U+FFFD.
      const std::string out = doc.dump(-1, ' ', false, json::error_handler_t::replace);
      if (changed && out.size() <= max_size) {
        std::memcpy(data, out.data(), out.size());
        return out.size();
      }
    }
  }
  return LLVMFuzzerMutate(data, size, max_size);
}

#endif  // NETGOV_FUZZ_MUTATOR
