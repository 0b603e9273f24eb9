// netgov brief: the main job, a one-screen briefing for a date, readable by
// someone who never saw the minutes. Built as one JSON document; the text is
// rendered from it (see brief.hpp).
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "src/cli/brief.hpp"
#include "src/cli/commands.hpp"

namespace netgov::cli {
namespace {

constexpr std::size_t kTextWidth = 72;

nlohmann::json CommitmentsJson(const Network& network) {
  std::vector<const Commitment*> commitments;
  for (const Commitment& c : network.commitments()) commitments.push_back(&c);
  std::stable_sort(commitments.begin(), commitments.end(),
                   [](const Commitment* a, const Commitment* b) {
                     return a->number < b->number;
                   });
  nlohmann::json out = nlohmann::json::array();
  for (const Commitment* c : commitments) {
    nlohmann::json positions = nlohmann::json::array();
    std::vector<const Position*> sorted;
    for (const Position& p : c->positions) sorted.push_back(&p);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Position* a, const Position* b) {
      return a->entity < b->entity;
    });
    for (const Position* p : sorted) {
      positions.push_back({{"entity", p->entity.str()},
                           {"stance", std::string(ToString(p->stance))},
                           {"note", p->note}});
    }
    out.push_back({{"id", c->id.str()},
                   {"number", c->number},
                   {"text", c->text},
                   {"status", std::string(ToString(c->status))},
                   {"adopted_at", c->adopted_at ? nlohmann::json(c->adopted_at->str())
                                                : nlohmann::json(nullptr)},
                   {"positions", positions}});
  }
  return out;
}

void PrintHeading(std::ostream& out, std::string_view heading) {
  out << "\n" << heading << "\n";
}

void PrintCommitments(const Network& network, const nlohmann::json& commitments,
                      std::ostream& out) {
  if (commitments.empty()) {
    out << "  none recorded\n";
    return;
  }
  for (const auto& c : commitments) {
    out << "  " << c["number"].get<int>() << ". ["
        << c["status"].get<std::string>() << "] "
        << Shorten(c["text"].get<std::string>(), kTextWidth - 16) << "\n";
    for (const auto& p : c["positions"]) {
      out << "       " << EntityLabel(network, EntityId(p["entity"].get<std::string>()))
          << ": " << p["stance"].get<std::string>();
      const std::string note = p["note"].get<std::string>();
      if (!note.empty()) out << " - " << Shorten(note, kTextWidth - 24);
      out << "\n";
    }
  }
}

}  // namespace

std::string PillarCounts(const nlohmann::json& pillars) {
  int provisional = 0, unled = 0, not_launched = 0;
  for (const auto& p : pillars) {
    const std::string l = p["leadership"].get<std::string>();
    provisional += l == "provisional";
    unled += l == "unled";
    not_launched += l == "not-launched";
  }
  return absl::StrCat(pillars.size(), ": ", provisional, " with only a provisional lead, ",
                      unled, " without a lead, ", not_launched, " not launched");
}

absl::StatusOr<int> RunBrief(const Context& ctx) {
  const Network& network = ctx.network;
  nlohmann::json brief = {
      {"as_of", FormatDate(ctx.as_of)},
      {"network", {{"id", network.info().id},
                   {"name", network.info().name},
                   {"time_zone", network.info().time_zone}}},
      {"pillars", PillarsJson(network, ctx.as_of)},
      {"commitments", CommitmentsJson(network)},
  };
  AddRotationToBrief(ctx, brief);
  AddDeadlinesToBrief(ctx, brief);
  AddDiagnosticsToBrief(ctx, brief);
  if (ctx.format == "json") {
    PrintJson(ctx.out, brief);
    return 0;
  }
  if (ctx.format == "html") {
    PrintBriefHtml(ctx, brief, ctx.out);
    return 0;
  }
  std::ostream& out = ctx.out;
  out << network.info().name << "\nBriefing as of " << FormatDate(ctx.as_of) << "\n";
  PrintHeading(out, "CO-CHAIRS IN EFFECT");
  PrintCoChairsBrief(brief, out);

  PrintHeading(out, absl::StrCat("PILLARS (", PillarCounts(brief["pillars"]), ")"));
  PrintPillarsTable(network, brief["pillars"], out, 36);

  PrintHeading(out, absl::StrCat("COMMITMENTS (", brief["commitments"].size(),
                                 ") AND STATED POSITIONS"));
  PrintCommitments(network, brief["commitments"], out);

  PrintHeading(out, "DEADLINES");
  PrintDeadlinesBrief(brief, out);

  PrintHeading(out, "ROTATION OUTLOOK");
  PrintRotationBrief(brief, out);

  PrintHeading(out, "DIAGNOSTICS");
  PrintDiagnosticsBrief(brief, out);
  return 0;
}

}  // namespace netgov::cli
