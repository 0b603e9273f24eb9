// File: src/tools/check_embedded.cpp
//
// netgov_check_embedded: run by the build once the core library is built.
// The library loads its embedded network from the tape parsed at build time
// (src/tools/json_tape.cpp), without the checks that load time zones; this
// step loads the embedded file itself with every check (time zones and the
// meeting times they govern included) and requires both networks to be the
// same. So the embedded network is checked by the same builder as any file,
// at build time, and a tape that walked differently from the file would
// stop the build.
//
//   netgov_check_embedded <stamp file>   # written when both agree
//
// Exit status: 0, or 1 with the reason on standard error.

#include <fstream>
#include <iostream>

#include "absl/status/statusor.h"
#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: netgov_check_embedded <stamp file>\n";
    return 1;
  }
  const absl::StatusOr<netgov::Network> file =
      netgov::io::LoadNetwork(netgov::io::DefaultNetworkText(), "data/un-network-rdpm.netgov.json");
  if (!file.ok()) {
    std::cerr << "netgov_check_embedded: " << file.status().message() << "\n";
    return 1;
  }
  const absl::StatusOr<netgov::Network> tape = netgov::io::LoadDefaultNetwork();
  if (!tape.ok()) {
    std::cerr << "netgov_check_embedded: the tape does not load: " << tape.status().message()
              << "\n";
    return 1;
  }
  if (!(*file == *tape) ||
      netgov::io::WriteNetwork(*file) != netgov::io::WriteNetwork(*tape)) {
    std::cerr << "netgov_check_embedded: the network of the tape differs from the file's\n";
    return 1;
  }
  std::ofstream stamp(argv[1]);
  stamp << "the embedded network loads with every check, and its tape gives the same network\n";
  return stamp.flush() ? 0 : 1;
}
