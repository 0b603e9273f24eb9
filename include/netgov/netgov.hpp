// File: netgov/netgov.hpp
// -----------------------------------------------------------------------------
//
// The umbrella header: the vocabulary (core, model, network) and the JSON
// network file with the embedded default network. The engines have their own
// headers (`netgov/rotation/...`, `netgov/calendar/...`, `netgov/graph/...`,
// `netgov/validate/...`), included by those who use them, so that this header
// stays cheap to compile.
//
// Example:
//
//   #include "netgov/netgov.hpp"
//
//   const netgov::Network& net = netgov::io::DefaultNetwork();
//   absl::StatusOr<const netgov::Pillar*> p = net.LookupPillar("times-of-crisis");
//   if (p.ok()) auto leads = net.LeadsOf(**p, netgov::Date(2021, 12, 6));

#ifndef NETGOV_NETGOV_HPP_
#define NETGOV_NETGOV_HPP_

#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"
#include "netgov/core/error.hpp"
#include "netgov/core/id.hpp"
#include "netgov/core/strings.hpp"
#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"
#include "netgov/model/calendar.hpp"
#include "netgov/model/commitment.hpp"
#include "netgov/model/deadline.hpp"
#include "netgov/model/entity.hpp"
#include "netgov/model/meeting.hpp"
#include "netgov/model/mention.hpp"
#include "netgov/model/person.hpp"
#include "netgov/model/pillar.hpp"
#include "netgov/model/rotation.hpp"
#include "netgov/network/network.hpp"
#include "netgov/network/network_builder.hpp"
#include "netgov/network/pillar_status.hpp"

#endif  // NETGOV_NETGOV_HPP_
