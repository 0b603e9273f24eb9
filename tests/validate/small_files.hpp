// Small netgov/1 files for the validate and explain tests: a network loaded
// from the members given (JSON text, as a file would hold them), and the
// diagnostics as one line each, "severity pointer message", to compare with
// the list a test works out by hand.
#ifndef NETGOV_TESTS_VALIDATE_SMALL_FILES_HPP_
#define NETGOV_TESTS_VALIDATE_SMALL_FILES_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "netgov/core/strings.hpp"
#include "netgov/io/json.hpp"
#include "netgov/validate/validate.hpp"

namespace netgov::testing {

// LoadMembers()
//
// The network of a file holding `members` (top-level members after
// "format" and "network", e.g. R"("entities": [{"id": "a"}])"), in the time
// zone UTC (or with the "network" object given); an empty network (and a
// test failure) if it does not load.
inline Network LoadMembers(std::string_view members,
                           std::string_view network = R"({"id": "n", "time_zone": "UTC"})") {
  const std::string text =
      absl::StrCat(R"({"format": "netgov/1", "network": )", ToAbsl(network),
                   members.empty() ? "" : ", ", ToAbsl(members), "}");
  absl::StatusOr<Network> net = io::LoadNetwork(text, "t.json");
  EXPECT_TRUE(net.ok()) << net.status();
  return net.ok() ? *std::move(net) : Network();
}

// DiagnosticLines()
//
// Validate(network), one "severity pointer message" line per diagnostic.
inline std::vector<std::string> DiagnosticLines(const Network& network) {
  std::vector<std::string> lines;
  for (const validate::Diagnostic& d : validate::Validate(network)) {
    lines.push_back(absl::StrCat(ToAbsl(ToString(d.severity)), " ", d.pointer, " ", d.message));
  }
  return lines;
}

}  // namespace netgov::testing

#endif  // NETGOV_TESTS_VALIDATE_SMALL_FILES_HPP_
