// File: netgov/io/generate.hpp
// -----------------------------------------------------------------------------
//
// Synthetic networks for scale tests and benchmarks (`netgov generate`).
//
// `GenerateNetwork()` builds a valid network of N entities and M pillars with
// everything the engines read: roles of every kind (co-leads, provisional
// leads, hand-overs of a lead on 2022-01-01, members and supporters, about
// three roles per entity), one person per entity, a monthly alphabetical
// rotation, a calendar, meetings, commitments with positions, and deadlines
// with reminders and recurrences. The same options always give the same
// network, on every platform: the generator draws from `std::mt19937_64`
// (whose sequence the standard fixes) through its own bounded draws, never
// through the implementation-defined `std::uniform_int_distribution`.
//
// Example:
//
//   absl::StatusOr<netgov::Network> net =
//       netgov::io::GenerateNetwork({.entities = 1000, .pillars = 100, .seed = 7});
//   std::string file = netgov::io::WriteNetwork(*net);

#ifndef NETGOV_IO_GENERATE_HPP_
#define NETGOV_IO_GENERATE_HPP_

#include <cstdint>

#include "absl/status/statusor.h"
#include "netgov/core/progress.hpp"
#include "netgov/network/network.hpp"

namespace netgov::io {

// kMaxGeneratedEntities, kMaxGeneratedPillars
inline constexpr int kMaxGeneratedEntities = 1'000'000;
inline constexpr int kMaxGeneratedPillars = 100'000;

// GenerateOptions
//
// `progress`, when set, is told how far the generator has come: stages
// "entities", "pillars" and "checking" (netgov/core/progress.hpp). It does
// not change the network generated.
struct GenerateOptions {
  int entities = 100;
  int pillars = 10;
  std::uint64_t seed = 1;
  ProgressFn progress = {};
};

// GenerateNetwork()
//
// `InvalidArgument` when `entities` is outside [1, kMaxGeneratedEntities] or
// `pillars` outside [1, kMaxGeneratedPillars].
absl::StatusOr<Network> GenerateNetwork(const GenerateOptions& options);

}  // namespace netgov::io

#endif  // NETGOV_IO_GENERATE_HPP_
