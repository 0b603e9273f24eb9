// File: benchmarks/generated_network.hpp
//
// The generated networks the benchmarks share: `netgov generate --entities N
// --pillars N/10 --seed 42`, built once per size and kept for the process.
#ifndef NETGOV_BENCHMARKS_GENERATED_NETWORK_HPP_
#define NETGOV_BENCHMARKS_GENERATED_NETWORK_HPP_

#include <algorithm>
#include <map>

#include "netgov/io/generate.hpp"
#include "netgov/network/network.hpp"

namespace netgov::benchmarks {

// GeneratedNetwork()
//
// The network of `entities` entities and entities / 10 pillars (at least
// one), seed 42; an empty network if generation fails.
inline const Network& GeneratedNetwork(int entities) {
  static std::map<int, Network> cache;
  auto it = cache.find(entities);
  if (it == cache.end()) {
    absl::StatusOr<Network> net =
        io::GenerateNetwork({entities, std::max(1, entities / 10), 42});
    it = cache.emplace(entities, net.ok() ? *net : Network()).first;
  }
  return it->second;
}

}  // namespace netgov::benchmarks

#endif  // NETGOV_BENCHMARKS_GENERATED_NETWORK_HPP_
