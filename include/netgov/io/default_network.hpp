// File: netgov/io/default_network.hpp
// -----------------------------------------------------------------------------
//
// The network embedded in the library: the UN Network on Racial Discrimination
// and Protection of Minorities as recorded in the minutes of its senior-level
// meeting of 6 December 2021 (data/un-network-rdpm.netgov.json in the source
// tree; every fact carries the words of the minutes it comes from). No file is
// read at run time, and nothing is parsed: the file is parsed at build time
// (simdjson's tape of it is compiled into the library) and loaded there with
// every check, time zones included; at run time the tape is walked into a
// network by the loader's own reader, and time zones are loaded only where
// local times are computed (docs/design.md, "The embedded network").
//
// Example:
//
//   const netgov::Network& net = netgov::io::DefaultNetwork();
//   const netgov::Entity* who = net.ResolveEntity("WHO");

#ifndef NETGOV_IO_DEFAULT_NETWORK_HPP_
#define NETGOV_IO_DEFAULT_NETWORK_HPP_

#include <string_view>

#include "absl/status/statusor.h"
#include "netgov/network/network.hpp"

namespace netgov::io {

// DefaultNetworkText()
//
// The embedded file, byte for byte.
std::string_view DefaultNetworkText();

// LoadDefaultNetwork()
//
// The embedded network, loaded once (thread-safe) on first use; a copy of
// the handle (cheap). It equals `LoadNetwork(DefaultNetworkText())`, which
// the build checks. Its loading does not depend on the host: it loads no time
// zone, and what computes local times (meeting times, iCalendar) fails on a
// host without a time-zone database (a container without tzdata) with a
// clear error. An error here would mean a library built from a broken tree.
absl::StatusOr<Network> LoadDefaultNetwork();

// DefaultNetwork()
//
// The embedded network, loaded once (thread-safe) on first use. Never aborts:
// should `LoadDefaultNetwork()` fail, this writes its error to stderr once
// and gives an empty network.
const Network& DefaultNetwork();

}  // namespace netgov::io

#endif  // NETGOV_IO_DEFAULT_NETWORK_HPP_
