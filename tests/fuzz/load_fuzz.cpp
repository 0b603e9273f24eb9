// File: tests/fuzz/load_fuzz.cpp
// -----------------------------------------------------------------------------
//
// Fuzz target netgov_fuzz_load: any bytes into the network loader.
//
// The input is read three ways: `io::LoadNetwork()` on the text,
// `io::ReadNetwork()` on a stream of it (the `--network -` path), and, when
// it does not load, the diagnostic path of `netgov validate`
// (`validate::DiagnosticFromLoadError()`). Invariants:
// - both readers agree (same network, or the same message but for the name);
// - an error is `InvalidArgument` with a message naming where it is;
// - a network that loads validates, and writing it gives a file that loads
//   back to an equal network and the same bytes (docs/format.md).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "absl/status/statusor.h"
#include "netgov/io/json.hpp"
#include "netgov/validate/validate.hpp"
#include "tests/fuzz/fuzz_target.hpp"

using netgov::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = netgov::fuzz::Text(data, size);
  const absl::StatusOr<netgov::Network> net = netgov::io::LoadNetwork(text, "in.json");
  std::istringstream stream{std::string(text)};
  const absl::StatusOr<netgov::Network> read = netgov::io::ReadNetwork(stream, "in.json");
  Check(net.ok() == read.ok(), "LoadNetwork and ReadNetwork agree on success");
  if (!net.ok()) {
    Check(net.status().code() == absl::StatusCode::kInvalidArgument,
          "a load error is InvalidArgument");
    Check(net.status() == read.status(), "LoadNetwork and ReadNetwork give one message");
    Check(net.status().message().substr(0, 7) == "in.json", "a load error names the input");
    const netgov::validate::Diagnostic d =
        netgov::validate::DiagnosticFromLoadError(net.status());
    Check(d.severity == netgov::validate::Severity::kError, "a load error is an error");
    return 0;
  }
  Check(*net == *read, "LoadNetwork and ReadNetwork give one network");
  (void)netgov::validate::Validate(*net);
  const std::string written = netgov::io::WriteNetwork(*net);
  const absl::StatusOr<netgov::Network> again = netgov::io::LoadNetwork(written, "written");
  Check(again.ok(), "a written network loads");
  Check(*again == *net, "a written network loads back equal");
  Check(netgov::io::WriteNetwork(*again) == written, "writing is deterministic");
  return 0;
}
