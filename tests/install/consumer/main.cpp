// A program built against an installed netgov (see ../install_test.cmake): it
// uses the embedded default network and the JSON reader and writer, checks a
// few facts of the minutes of 6 December 2021, and prints what it checked.
// Exit code 0 only if every check holds.
#include <cstdlib>
#include <iostream>
#include <string>

#include "netgov/core/date.hpp"
#include "netgov/core/id.hpp"
#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"
#include "netgov/network/network.hpp"

namespace {

int Fail(const std::string& what) {
  std::cerr << "consumer: " << what << "\n";
  return EXIT_FAILURE;
}

}  // namespace

int main() {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  if (net.info().id != "un-network-rdpm") {
    return Fail("unexpected network id '" + net.info().id + "'");
  }
  if (net.pillars().size() != 8) {
    return Fail("expected 8 pillars, got " + std::to_string(net.pillars().size()));
  }
  // "(2) Criminal Justice: UNODC Pillar Lead".
  const absl::StatusOr<const netgov::Pillar*> pillar = net.LookupPillar("criminal-justice");
  if (!pillar.ok()) return Fail(std::string(pillar.status().message()));
  const auto leads = net.LeadsOf(**pillar, netgov::Date(2021, 12, 6));
  if (leads.size() != 1 || leads.front().role->entity.str() != "unodc") {
    return Fail("expected UNODC alone to lead criminal-justice");
  }
  // The library's writer and reader, through the installed archives.
  const absl::StatusOr<netgov::Network> reread =
      netgov::io::LoadNetwork(netgov::io::WriteNetwork(net), "written.json");
  if (!reread.ok()) return Fail(reread.status().ToString());
  if (!(*reread == net)) return Fail("the written network reads back different");

  std::cout << "consumer: " << net.pillars().size() << " pillars, "
            << net.entities().size() << " entities, criminal-justice led by "
            << leads.front().role->entity.str() << "\n";
  return EXIT_SUCCESS;
}
