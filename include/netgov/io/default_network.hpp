// File: netgov/io/default_network.hpp
// -----------------------------------------------------------------------------
//
// The network embedded in the library: the UN Network on Racial Discrimination
// and Protection of Minorities as recorded in the minutes of its senior-level
// meeting of 6 December 2021 (data/un-network-rdpm.netgov.json in the source
// tree; every fact carries the words of the minutes it comes from). No file is
// read at run time.
//
// Example:
//
//   const netgov::Network& net = netgov::io::DefaultNetwork();
//   const netgov::Entity* who = net.ResolveEntity("WHO");

#ifndef NETGOV_IO_DEFAULT_NETWORK_HPP_
#define NETGOV_IO_DEFAULT_NETWORK_HPP_

#include <string_view>

#include "netgov/network/network.hpp"

namespace netgov::io {

// DefaultNetworkText()
//
// The embedded file, byte for byte.
std::string_view DefaultNetworkText();

// DefaultNetwork()
//
// The embedded network, loaded once (thread-safe) on first use.
const Network& DefaultNetwork();

}  // namespace netgov::io

#endif  // NETGOV_IO_DEFAULT_NETWORK_HPP_
