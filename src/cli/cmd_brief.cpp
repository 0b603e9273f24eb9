// netgov brief: the main job, a one-screen briefing for a date, readable by
// someone who never saw the minutes. Built as one JSON document; the text is
// rendered from it (see brief.hpp). The HTML page is rendered from it too,
// but for the pillars, whose rows it makes and writes one at a time.
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

namespace {

// PillarCounts() of the leaderships `leadership(i)` of `count` pillars.
template <typename LeadershipOf>
std::string CountLeaderships(std::size_t count, LeadershipOf leadership) {
  int provisional = 0, unled = 0, not_launched = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view l = leadership(i);
    provisional += l == "provisional";
    unled += l == "unled";
    not_launched += l == "not-launched";
  }
  return absl::StrCat(count, ": ", provisional, " with only a provisional lead, ", unled,
                      " without a lead, ", not_launched, " not launched");
}

}  // namespace

std::string PillarCounts(const nlohmann::json& pillars) {
  return CountLeaderships(pillars.size(), [&](std::size_t i) {
    return std::string_view(pillars[i]["leadership"].get_ref<const std::string&>());
  });
}

std::string PillarCounts(const std::vector<PillarStatus>& pillars) {
  return CountLeaderships(pillars.size(),
                          [&](std::size_t i) { return ToString(pillars[i].leadership); });
}

absl::StatusOr<int> RunBrief(const Context& ctx) {
  const Network& network = ctx.network;
  nlohmann::json brief = {
      {"as_of", FormatDate(ctx.as_of)},
      {"network", {{"id", network.info().id},
                   {"name", network.info().name},
                   {"time_zone", network.info().time_zone}}},
  };
  // The validation first: what it holds while it runs is then not added to
  // the sections' (the keys are written sorted whatever the order).
  AddDiagnosticsToBrief(ctx, brief);
  brief["commitments"] = CommitmentsJson(network);
  AddRotationToBrief(ctx, brief);
  AddDeadlinesToBrief(ctx, brief);
  if (ctx.format == "html") {
    // Pillars one at a time, as the page is written.
    PrintBriefHtml(ctx, brief, ctx.out);
    return 0;
  }
  brief["pillars"] = PillarsJson(network, ctx.as_of);
  if (ctx.format == "json") {
    PrintJson(ctx.out, brief);
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
