// netgov rotation [ID] --from DATE --terms N | --until DATE: a rotation's term
// schedule as a table, JSON or iCalendar (io::RotationICalendar).
#include "src/cli/cmd_rotation.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "netgov/core/strings.hpp"
#include "netgov/io/ical.hpp"
#include "src/cli/commands.hpp"
#include "src/cli/csv_tables.hpp"

namespace netgov::cli {
namespace {

// The most terms one invocation lists.
constexpr long long kMaxTerms = 1'000'000;

absl::StatusOr<const Rotation*> ChosenRotation(const Context& ctx) {
  if (!ctx.invocation.positional.empty()) {
    return ctx.network.LookupRotation(ctx.invocation.positional.front());
  }
  const std::vector<const Rotation*> all = RotationsById(ctx.network);
  if (all.empty()) return absl::InvalidArgumentError("the network has no rotations");
  return all.front();
}

}  // namespace

std::vector<const Rotation*> RotationsById(const Network& network) {
  std::vector<const Rotation*> out;
  for (const Rotation& r : network.rotations()) out.push_back(&r);
  std::sort(out.begin(), out.end(), [](const Rotation* a, const Rotation* b) {
    return a->id < b->id;
  });
  return out;
}

nlohmann::json TermJson(const rotation::Term& term) {
  nlohmann::json holders = nlohmann::json::array();
  for (const EntityId& id : term.holders) holders.push_back(id.str());
  return {{"start", FormatDate(term.start)},
          {"end", FormatDate(term.end)},
          {"holders", std::move(holders)},
          {"status", std::string(ToString(term.status))},
          {"reason", term.reason}};
}

absl::StatusOr<int> RunRotation(const Context& ctx) {
  absl::StatusOr<const Rotation*> r = ChosenRotation(ctx);
  if (!r.ok()) return r.status();
  absl::StatusOr<Date> from = ctx.DateOption("from", ctx.as_of);
  if (!from.ok()) return from.status();
  absl::StatusOr<std::optional<Date>> until = ctx.OptionalDateOption("until");
  if (!until.ok()) return until.status();
  if (*until && ctx.Option("terms")) {
    return absl::InvalidArgumentError("give --terms or --until, not both");
  }
  absl::StatusOr<long long> count = ctx.IntOption("terms", 5, 1, kMaxTerms);
  if (!count.ok()) return count.status();

  rotation::ScheduleOptions options{.as_of = ctx.as_of, .departures = {}};
  if (const std::optional<std::string> leaves = ctx.Option("leaves")) {
    absl::StatusOr<const Entity*> e = ctx.network.LookupEntity(*leaves);
    if (!e.ok()) return absl::InvalidArgumentError(absl::StrCat("--leaves: ", e.status().message()));
    absl::StatusOr<std::optional<Date>> on = ctx.OptionalDateOption("on");
    if (!on.ok()) return on.status();
    if (!*on) return absl::InvalidArgumentError("--leaves needs --on DATE, the day it leaves");
    options.departures.push_back({(*e)->id, **on});
  } else if (ctx.Option("on")) {
    return absl::InvalidArgumentError("--on goes with --leaves ENTITY");
  }
  absl::StatusOr<rotation::Schedule> schedule =
      rotation::Schedule::Make(ctx.network, (*r)->id, std::move(options));
  if (!schedule.ok()) return schedule.status();

  if (*until) {
    if (**until < *from) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--until ", FormatDate(**until), " is before --from ", FormatDate(*from)));
    }
    const long long n = TermIndexOf((*r)->term, **until) - TermIndexOf((*r)->term, *from) + 1;
    if (n > kMaxTerms) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--until ", FormatDate(**until), " gives ", n, " terms; at most ", kMaxTerms));
    }
    *count = n;
  }
  if (ctx.format == "json") {
    // Term by term from a cursor: a long schedule is never held whole, as
    // terms or as one JSON document. Both ends are computed first, so that
    // a range leaving the supported dates fails before any output.
    const long long first = TermIndexOf((*r)->term, *from);
    for (const long long end : {first, first + *count - 1}) {
      if (absl::StatusOr<rotation::Term> t = schedule->TermAt(end); !t.ok()) return t.status();
    }
    const nlohmann::json doc = {{"rotation", (*r)->id.str()},
                                {"title", (*r)->title},
                                {"as_of", FormatDate(ctx.as_of)}};
    rotation::TermCursor cursor = schedule->Cursor(*from);
    long long left = *count;
    absl::Status failed;
    PrintJsonWithArray(ctx.out, doc, "terms", [&](nlohmann::json& term) {
      if (left == 0) return false;
      --left;
      absl::StatusOr<const rotation::Term*> t = cursor.Next();
      if (!t.ok()) {
        failed = t.status();
        return false;
      }
      term = TermJson(**t);
      return true;
    });
    if (!failed.ok()) return failed;
    return 0;
  }
  absl::StatusOr<std::vector<rotation::Term>> terms = schedule->Terms(*from, *count);
  if (!terms.ok()) return terms.status();
  if (ctx.format == "ics") {
    ctx.out << io::RotationICalendar(ctx.network, **r, *terms, ctx.as_of);
    return 0;
  }
  if (ctx.format == "csv") {
    nlohmann::json list = nlohmann::json::array();
    for (const rotation::Term& t : *terms) list.push_back(TermJson(t));
    PrintTermsCsv(ctx.out, (*r)->id.str(), list);
    return 0;
  }
  ctx.out << ((*r)->title.empty() ? (*r)->id.str() : (*r)->title) << " ("
          << (*r)->id.str() << "), as of " << FormatDate(ctx.as_of) << "\n";
  Table table({"start", "end", "holders", "status", "reason"});
  for (const rotation::Term& t : *terms) {
    table.AddRow({FormatDate(t.start), FormatDate(t.end), EntityLabels(ctx.network, t.holders),
                  std::string(ToString(t.status)), t.reason});
  }
  table.Print(ctx.out);
  return 0;
}

}  // namespace netgov::cli
