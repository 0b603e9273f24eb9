// Private to the netgov program: the rotation helpers that `rotation` and
// `brief` share (defined in cmd_rotation.cpp).
#ifndef NETGOV_SRC_CLI_CMD_ROTATION_HPP_
#define NETGOV_SRC_CLI_CMD_ROTATION_HPP_

#include <string>
#include <vector>

#include "netgov/rotation/schedule.hpp"
#include "nlohmann/json.hpp"
#include "src/cli/cli.hpp"

namespace netgov::cli {

// RotationsById()
//
// The network's rotations sorted by id.
std::vector<const Rotation*> RotationsById(const Network& network);

// TermJson()
//
// {"start", "end", "holders": [ids], "status", "reason"}.
nlohmann::json TermJson(const rotation::Term& term);

}  // namespace netgov::cli

#endif  // NETGOV_SRC_CLI_CMD_ROTATION_HPP_
