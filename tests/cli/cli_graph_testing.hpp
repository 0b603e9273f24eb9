// Running the netgov program in-process for the graph engine's CLI tests.
#ifndef NETGOV_TESTS_CLI_CLI_GRAPH_TESTING_HPP_
#define NETGOV_TESTS_CLI_CLI_GRAPH_TESTING_HPP_

#include <sstream>
#include <string>
#include <vector>

#include "src/cli/cli.hpp"

namespace netgov::cli::testing {

struct CliResult {
  int code = 0;
  std::string out;
  std::string err;
};

// RunNetgov()
//
// `netgov args...` with today = 2021-12-06.
inline CliResult RunNetgov(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = Run(args, out, err, Date(2021, 12, 6));
  return {code, out.str(), err.str()};
}

}  // namespace netgov::cli::testing

#endif  // NETGOV_TESTS_CLI_CLI_GRAPH_TESTING_HPP_
