// Running the netgov program in-process for the CLI tests: the same code as
// the `netgov` executable (netgov::cli::Run), with "today" fixed so that
// outputs are reproducible.
//
//   const CliResult r = RunNetgov({"entity", "unhcrr"});
//   EXPECT_EQ(r.code, 2);
//   const std::string json = RunNetgovOk({"pillars", "--format", "json"});
#ifndef NETGOV_TESTS_TESTING_CLI_RUNNER_HPP_
#define NETGOV_TESTS_TESTING_CLI_RUNNER_HPP_

#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "src/cli/cli.hpp"

namespace netgov::cli::testing {

struct CliResult {
  int code = 0;
  std::string out;
  std::string err;
};

// kToday
//
// "Today" for every CLI test: the day of the default network's meeting.
inline const Date kToday(2021, 12, 6);

// kRecurringNetwork
//
// The network of recurring deadlines and meetings across zones that the
// iCalendar checks also read.
inline const std::string kRecurringNetwork =
    std::string(NETGOV_SOURCE_DIR) + "/tests/ical/recurring.netgov.json";

// RunNetgov()
//
// `netgov args...`, today being `today`.
inline CliResult RunNetgov(const std::vector<std::string>& args, Date today = kToday) {
  std::ostringstream out, err;
  const int code = Run(args, out, err, today);
  return {code, out.str(), err.str()};
}

// RunNetgovOk()
//
// The standard output of `netgov args...`, expecting exit 0 and nothing on
// standard error.
inline std::string RunNetgovOk(const std::vector<std::string>& args, Date today = kToday) {
  const CliResult r = RunNetgov(args, today);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  return r.out;
}

}  // namespace netgov::cli::testing

#endif  // NETGOV_TESTS_TESTING_CLI_RUNNER_HPP_
