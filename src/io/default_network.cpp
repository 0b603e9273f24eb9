#include "netgov/io/default_network.hpp"

#include <cstddef>
#include <cstdint>
#include <iostream>

#include "netgov/io/json.hpp"
#include "src/io/json_load.hpp"

// The file, byte for byte (cmake/NetgovEmbed.cmake).
extern const unsigned char netgov_default_network_json[];
extern const std::size_t netgov_default_network_json_size;
// The file parsed at build time (src/tools/json_tape.cpp).
extern const std::uint64_t netgov_default_network_tape[];
extern const std::size_t netgov_default_network_tape_size;
extern const unsigned char netgov_default_network_strings[];
extern const std::size_t netgov_default_network_strings_size;

namespace netgov::io {

std::string_view DefaultNetworkText() {
  return {reinterpret_cast<const char*>(netgov_default_network_json),
          netgov_default_network_json_size};
}

namespace {

// The embedded network, loaded once (thread-safe) from its tape.
const absl::StatusOr<Network>& Loaded() {
  static const absl::StatusOr<Network>* const loaded =
      new absl::StatusOr<Network>(detail::LoadNetworkTape(
          netgov_default_network_tape, netgov_default_network_tape_size,
          netgov_default_network_strings, netgov_default_network_strings_size,
          "un-network-rdpm.netgov.json"));
  return *loaded;
}

}  // namespace

absl::StatusOr<Network> LoadDefaultNetwork() { return Loaded(); }

const Network& DefaultNetwork() {
  static const Network* const network = [] {
    const absl::StatusOr<Network>& loaded = Loaded();
    if (loaded.ok()) return &*loaded;
    // Only a library built from a broken tree gets here (the test suite
    // loads the embedded file, with and without a time-zone database).
    std::cerr << "netgov: the embedded default network does not load: "
              << loaded.status().message() << "\n";
    return static_cast<const Network*>(new Network());
  }();
  return *network;
}

}  // namespace netgov::io
