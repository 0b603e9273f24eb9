// The command table: one entry per command, in the order `netgov --help`
// lists them.
#include "src/cli/commands.hpp"

namespace netgov::cli {

std::span<const Command> Commands() {
  static const std::vector<Command> kCommands = {
      {.name = "brief",
       .summary = "one-screen briefing: co-chairs, pillars and leads, "
                  "commitments, deadlines, rotation outlook, diagnostics",
       .usage = "brief [--format text|json]",
       .run = RunBrief},
      {.name = "pillars",
       .summary = "pillars and their roles as of a date",
       .usage = "pillars [--format text|json]",
       .run = RunPillars},
      {.name = "entity",
       .summary = "one entity's roles, posts, positions and seats",
       .usage = "entity ID [--format text|json]",
       .max_positional = 1,
       .run = RunEntity},
  };
  return kCommands;
}

}  // namespace netgov::cli
