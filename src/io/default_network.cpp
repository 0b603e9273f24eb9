#include "netgov/io/default_network.hpp"

#include <cstdlib>
#include <iostream>

#include "netgov/io/json.hpp"

extern const unsigned char netgov_default_network_json[];
extern const std::size_t netgov_default_network_json_size;

namespace netgov::io {

std::string_view DefaultNetworkText() {
  return {reinterpret_cast<const char*>(netgov_default_network_json),
          netgov_default_network_json_size};
}

const Network& DefaultNetwork() {
  static const Network* const network = [] {
    absl::StatusOr<Network> loaded =
        LoadNetwork(DefaultNetworkText(), "un-network-rdpm.netgov.json");
    if (!loaded.ok()) {
      // The embedded file is checked by the test suite; reaching this means
      // the library was built from a broken tree.
      std::cerr << "netgov: the embedded default network does not load: "
                << loaded.status().message() << "\n";
      std::abort();
    }
    return new Network(*std::move(loaded));
  }();
  return *network;
}

}  // namespace netgov::io
