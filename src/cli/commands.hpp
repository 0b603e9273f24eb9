// Private to the netgov program: one function per command, each defined in
// src/cli/cmd_<name>.cpp and listed in the table in commands.cpp.
#ifndef NETGOV_SRC_CLI_COMMANDS_HPP_
#define NETGOV_SRC_CLI_COMMANDS_HPP_

#include "src/cli/cli.hpp"

namespace netgov::cli {

absl::StatusOr<int> RunBrief(const Context& ctx);
absl::StatusOr<int> RunPillars(const Context& ctx);
absl::StatusOr<int> RunEntity(const Context& ctx);
absl::StatusOr<int> RunRotation(const Context& ctx);  // cmd_rotation.cpp
absl::StatusOr<int> RunDeadlines(const Context& ctx);  // cmd_deadlines.cpp
absl::StatusOr<int> RunMeetings(const Context& ctx);  // cmd_meetings.cpp
absl::StatusOr<int> RunGraph(const Context& ctx);     // cmd_graph.cpp
absl::StatusOr<int> RunAnalyze(const Context& ctx);   // cmd_analyze.cpp
absl::StatusOr<int> RunDiff(const Context& ctx);      // cmd_diff.cpp
absl::StatusOr<int> RunValidate(const Context& ctx);  // cmd_validate.cpp
absl::StatusOr<int> RunGenerate(const Context& ctx);  // cmd_generate.cpp
absl::StatusOr<int> RunCompletion(const Context& ctx);  // cmd_completion.cpp
absl::StatusOr<int> RunTimeline(const Context& ctx);  // cmd_timeline.cpp
absl::StatusOr<int> RunExplain(const Context& ctx);   // cmd_explain.cpp

}  // namespace netgov::cli

#endif  // NETGOV_SRC_CLI_COMMANDS_HPP_
