// netgov explain KIND ID [--on DATE]: an answer as of a date and each fact of
// the network it rests on, with its JSON pointer and its quote or basis
// (netgov/validate/explain.hpp).
#include <string>

#include "absl/strings/str_cat.h"
#include "netgov/validate/explain.hpp"
#include "src/cli/commands.hpp"

namespace netgov::cli {
namespace {

nlohmann::json OrNull(const std::string& s) {
  return s.empty() ? nlohmann::json() : nlohmann::json(s);
}

}  // namespace

absl::StatusOr<int> RunExplain(const Context& ctx) {
  const std::vector<std::string>& args = ctx.invocation.positional;
  if (args.size() != 2) {
    return absl::InvalidArgumentError(
        "expected KIND ID, e.g. 'explain pillar intersectionality' (KIND: " +
        EnumChoices<ExplainKind>() + ")");
  }
  const std::optional<ExplainKind> kind = ParseEnum<ExplainKind>(args[0]);
  if (!kind) {
    return absl::InvalidArgumentError(absl::StrCat(
        "unknown kind '", args[0], "'; expected ", EnumChoices<ExplainKind>()));
  }
  absl::StatusOr<Date> on = ctx.DateOption("on", ctx.as_of);
  if (!on.ok()) return on.status();
  absl::StatusOr<Explanation> e = Explain(ctx.network, *kind, args[1], *on);
  if (!e.ok()) return e.status();

  if (ctx.format == "json") {
    nlohmann::json facts = nlohmann::json::array();
    for (const Fact& f : e->facts) {
      facts.push_back({{"pointer", f.pointer},
                       {"statement", f.statement},
                       {"source", OrNull(f.provenance.source)},
                       {"basis", std::string(ToString(f.provenance.basis))},
                       {"note", OrNull(f.provenance.note)}});
    }
    PrintJson(ctx.out, {{"subject", {{"kind", args[0]}, {"id", e->id}}},
                        {"as_of", FormatDate(e->as_of)},
                        {"answer", e->answer},
                        {"facts", facts}});
    return 0;
  }
  ctx.out << args[0] << " " << e->id << " as of " << FormatDate(e->as_of) << ":\n";
  for (const std::string& line : e->answer) ctx.out << "  " << line << "\n";
  ctx.out << "\nrests on:\n";
  for (const Fact& f : e->facts) {
    ctx.out << f.pointer << "  " << f.statement << "\n";
    const Provenance& p = f.provenance;
    if (!p.source.empty()) ctx.out << "  source: \"" << p.source << "\"\n";
    if (p.basis != Basis::kQuoted) ctx.out << "  basis: " << ToString(p.basis) << "\n";
    if (!p.note.empty()) ctx.out << "  note: " << p.note << "\n";
    if (!p.Has()) ctx.out << "  (no source and no basis)\n";
  }
  return 0;
}

}  // namespace netgov::cli
