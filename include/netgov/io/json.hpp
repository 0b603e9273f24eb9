// File: netgov/io/json.hpp
// -----------------------------------------------------------------------------
//
// Reading and writing network files in format `netgov/1` (docs/format.md).
//
// Loading never throws and never crashes: malformed text, wrong types, unknown
// keys, impossible dates and dangling references all come back as an
// `InvalidArgument` status whose message starts with where the problem is
// (`file:line:column` for syntax, `file: /json/pointer` otherwise) and says
// what was expected. Writing is deterministic: the same network always gives
// the same bytes, and loading what was written gives an equal network.
//
// Example:
//
//   absl::StatusOr<netgov::Network> net = netgov::io::LoadNetworkFile("net.json");
//   if (!net.ok()) { std::cerr << net.status().message() << "\n"; return 2; }
//   std::string text = netgov::io::WriteNetwork(*net);

#ifndef NETGOV_IO_JSON_HPP_
#define NETGOV_IO_JSON_HPP_

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "netgov/network/network.hpp"

namespace netgov::io {

// kMaxFileBytes
//
// Larger inputs are refused before parsing, with a message giving both sizes.
inline constexpr std::size_t kMaxFileBytes = 64u << 20;  // 64 MiB

// kMaxDepth
//
// Deeper JSON nesting is refused (the format itself needs at most 6 levels).
inline constexpr int kMaxDepth = 64;

// LoadOptions
//
// `max_bytes`: a larger input is refused before it is parsed (or read
// further), with a message giving both sizes. The default, `kMaxFileBytes`,
// holds a generated network of 100,000 entities (60 MB); one of a million
// entities is about 612 MB (`netgov --max-file-mib N` sets it).
//
//   netgov::io::LoadNetworkFile("big.json", {.max_bytes = std::size_t{1} << 30});
struct LoadOptions {
  std::size_t max_bytes = kMaxFileBytes;
};

// LoadNetwork()
//
// Parses and validates `text`; `file_name` prefixes every message.
absl::StatusOr<Network> LoadNetwork(std::string_view text,
                                    std::string_view file_name = "<input>",
                                    const LoadOptions& options = {});

// LoadNetworkFile()
//
// Reads `path` (NotFound if it cannot be read) and calls `LoadNetwork()`.
absl::StatusOr<Network> LoadNetworkFile(const std::string& path,
                                        const LoadOptions& options = {});

// ReadNetwork()
//
// Reads `in` to its end (refusing more than `options.max_bytes`, `NotFound`
// if it cannot be read) and calls `LoadNetwork()`; `name` prefixes every
// message (`<stdin>:3:5: ...`). `netgov --network -` reads standard input
// with it.
absl::StatusOr<Network> ReadNetwork(std::istream& in, std::string_view name = "<stdin>",
                                    const LoadOptions& options = {});

// WriteNetwork()
//
// The network as a `netgov/1` file: keys in the order of docs/format.md,
// defaults omitted, two-space indentation, a final newline. The first form
// writes it to `out` one list element at a time (the file is never held
// whole: `netgov generate` of a million entities writes 612 MB); the second
// returns the same bytes.
void WriteNetwork(std::ostream& out, const Network& network);
std::string WriteNetwork(const Network& network);

}  // namespace netgov::io

#endif  // NETGOV_IO_JSON_HPP_
