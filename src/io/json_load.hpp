// Private to the JSON network file (src/io/json*.cpp) and its tests: the two
// paths `io::LoadNetwork()` takes, each on its own.
//
// `LoadNetwork()` tries the fast path (simdjson's DOM, strict JSON) and, on
// any failure at all, loads the text again by the reference path
// (`ParseJsonText()`'s nlohmann DOM), whose messages are the ones users see:
// line:column for syntax, JSON pointer and "did you mean" for the rest. Both
// paths walk the document with the one reader of src/io/json.cpp, so a file
// both accept gives the same network; tests/io/json_paths_test.cpp and the
// load fuzz target check it.
//
// Example:
//
//   absl::StatusOr<Network> fast =
//       netgov::io::detail::LoadNetworkFast(text, /*padded=*/false, "net.json");
//   absl::StatusOr<Network> reference =
//       netgov::io::detail::LoadNetworkReference(text, "net.json");
//   // fast.ok() implies reference.ok() and *fast == *reference

#ifndef NETGOV_SRC_IO_JSON_LOAD_HPP_
#define NETGOV_SRC_IO_JSON_LOAD_HPP_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "netgov/io/json.hpp"
#include "netgov/network/network.hpp"

namespace netgov::io::detail {

// LoadNetworkReference()
//
// The reference path: JSON with comments, parsed by nlohmann (duplicate keys,
// depth, line:column syntax errors) and walked into a network; its errors
// are exactly those of `io::LoadNetwork()`. Text longer than `max_bytes`
// is refused.
absl::StatusOr<Network> LoadNetworkReference(std::string_view text,
                                             std::string_view file_name,
                                             std::size_t max_bytes = kMaxFileBytes);

// LoadNetworkFast()
//
// The fast path: strict JSON parsed by simdjson into its tape and walked into
// a network. `padded`: `text` is followed by at least SIMDJSON_PADDING (64)
// readable bytes, so simdjson reads it in place rather than copying it. Any
// error means "use the reference path"; its message is not for users.
absl::StatusOr<Network> LoadNetworkFast(std::string_view text, bool padded,
                                        std::string_view file_name,
                                        std::size_t max_bytes = kMaxFileBytes);

// LoadNetworkFast(..., parsed)
//
// The same, calling `parsed()` once simdjson's document is built and before
// the walk: from then on the fast path no longer reads `text`, so a caller
// that owns it may free it (`io::LoadNetworkFile()` does, and reads the file
// again for the reference path if this fails).
absl::StatusOr<Network> LoadNetworkFast(std::string_view text, bool padded,
                                        std::string_view file_name, std::size_t max_bytes,
                                        absl::FunctionRef<void()> parsed);

// LoadNetworkTape()
//
// A network from a document parsed at build time: simdjson's tape and string
// buffer as `netgov_json_tape` (src/tools/json_tape.cpp) writes them, walked
// by the same reader as a file and built by `detail::BuildPrechecked()`,
// without the checks that load time zones: the file was loaded with every
// check at build time (the `netgov_embedded_network_checked` step), and
// zones are loaded where local times are computed. For the embedded default
// network (src/io/default_network.cpp); `file_name` prefixes its errors.
absl::StatusOr<Network> LoadNetworkTape(const std::uint64_t* tape, std::size_t tape_size,
                                        const unsigned char* strings,
                                        std::size_t strings_size,
                                        std::string_view file_name);

}  // namespace netgov::io::detail

#endif  // NETGOV_SRC_IO_JSON_LOAD_HPP_
