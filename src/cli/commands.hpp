// Private to the netgov program: one function per command, each defined in
// src/cli/cmd_<name>.cpp and listed in the table in commands.cpp.
#ifndef NETGOV_SRC_CLI_COMMANDS_HPP_
#define NETGOV_SRC_CLI_COMMANDS_HPP_

#include "src/cli/cli.hpp"

namespace netgov::cli {

absl::StatusOr<int> RunBrief(const Context& ctx);
absl::StatusOr<int> RunPillars(const Context& ctx);
absl::StatusOr<int> RunEntity(const Context& ctx);

}  // namespace netgov::cli

#endif  // NETGOV_SRC_CLI_COMMANDS_HPP_
