// The command table: one entry per command, in the order `netgov --help`
// lists them.
#include "src/cli/commands.hpp"

namespace netgov::cli {

std::span<const Command> Commands() {
  static const std::vector<Command> kCommands = {
      {.name = "brief",
       .summary = "one-screen briefing: co-chairs, pillars and leads, "
                  "commitments, deadlines, rotation outlook, diagnostics",
       .usage = "brief [--format text|json|html]",
       .formats = {"text", "json", "html"},
       .run = RunBrief},
      {.name = "pillars",
       .summary = "pillars and their roles as of a date",
       .usage = "pillars [--format text|json|csv]",
       .formats = {"text", "json", "csv"},
       .run = RunPillars},
      {.name = "entity",
       .summary = "one entity's roles, posts, positions and seats",
       .usage = "entity ID [--format text|json]",
       .max_positional = 1,
       .run = RunEntity},
      {.name = "rotation", .summary = "a rotation's term schedule: holders, status and reason", .usage = "rotation [ID] [--from DATE] [--terms N | --until DATE] [--leaves ENTITY --on DATE] [--format text|json|ics|csv]", .options = {"from", "terms", "until", "leaves", "on"}, .max_positional = 1, .formats = {"text", "json", "ics", "csv"}, .run = RunRotation},
      {.name = "deadlines", .summary = "deadlines and reminders in a window, one entry per occurrence", .usage = "deadlines [--from DATE] [--to DATE] [--format text|json|ics|csv]", .options = {"from", "to"}, .formats = {"text", "json", "ics", "csv"}, .run = RunDeadlines},
      {.name = "meetings", .summary = "meetings with local times for each participating entity", .usage = "meetings [--format text|json|ics|csv]", .formats = {"text", "json", "ics", "csv"}, .run = RunMeetings},
      {.name = "graph", .summary = "the entity-pillar relationship graph as of a date", .usage = "graph [--format text|json|dot]", .formats = {"text", "json", "dot"}, .run = RunGraph},
      {.name = "analyze", .summary = "workload, betweenness, co-membership, articulation points, unled pillars; paths and what-if", .usage = "analyze [--from-entity ID --to-entity ID] [--leave ID] [--format text|json|csv [--table NAME]]", .options = {"from-entity", "to-entity", "leave", "table"}, .formats = {"text", "json", "csv"}, .run = RunAnalyze},
      {.name = "diff", .summary = "what changed between two dates: roles, launches, seats, deadlines", .usage = "diff --from DATE [--to DATE] [--entity ID] [--format text|json|csv]", .options = {"from", "to", "entity"}, .formats = {"text", "json", "csv"}, .run = RunDiff},
      {.name = "timeline", .summary = "seats, leads, launches, deadlines and meetings on one time axis (SVG)", .usage = "timeline [--from DATE] [--to DATE] [--format svg]", .options = {"from", "to"}, .formats = {"svg"}, .run = RunTimeline},
      {.name = "validate", .summary = "diagnostics: severity, JSON pointer, message (exit 1 on errors)", .usage = "validate [FILE] [--require-provenance] [--format text|json]", .options = {"require-provenance"}, .max_positional = 1, .run = RunValidate, .loads_own_network = true, .file_argument = true},
      {.name = "explain", .summary = "what an answer rests on: each fact with its JSON pointer and its quote or basis", .usage = "explain pillar|entity|rotation|commitment|deadline ID [--on DATE] [--format text|json]", .options = {"on"}, .max_positional = 2, .run = RunExplain},
      {.name = "generate", .summary = "a synthetic network file, for scale tests", .usage = "generate --entities N --pillars M --seed S", .options = {"entities", "pillars", "seed"}, .run = RunGenerate, .loads_own_network = true},
      {.name = "completion", .summary = "a bash completion script: source <(netgov completion bash)", .usage = "completion bash", .max_positional = 1, .formats = {"text"}, .run = RunCompletion, .loads_own_network = true, .arguments = {"bash"}},
  };
  return kCommands;
}

}  // namespace netgov::cli
