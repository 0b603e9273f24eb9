// Queries the embedded default network (the UN Network on Racial
// Discrimination and Protection of Minorities, from the minutes of
// 6 December 2021): who leads each pillar, before and after 1 January 2022,
// and where OSAPG stands on each commitment.
#include <cstdlib>
#include <iostream>

#include "netgov/netgov.hpp"

int main() {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  std::cout << net.info().name << "\n";

  for (const netgov::Date day : {netgov::Date(2021, 12, 6), netgov::Date(2022, 1, 1)}) {
    std::cout << "\nLeads as of " << netgov::FormatDate(day) << "\n";
    for (const netgov::Pillar& pillar : net.pillars()) {
      std::cout << "  " << pillar.number << ". " << pillar.name << ": ";
      const auto leads = net.LeadsOf(pillar, day);
      if (leads.empty()) {
        std::cout << (pillar.launch.LaunchedOn(day) ? "no lead" : "not launched");
      }
      for (std::size_t i = 0; i < leads.size(); ++i) {
        std::cout << (i ? " and " : "")
                  << net.FindEntity(leads[i].role->entity)->DisplayName()
                  << (leads[i].role->provisional ? " (provisional)" : "");
      }
      std::cout << "\n";
    }
  }

  const netgov::Entity* osapg = net.ResolveEntity("OSAPG");
  if (osapg == nullptr) return EXIT_FAILURE;
  std::cout << "\nOSAPG's positions\n";
  for (const netgov::Commitment& c : net.commitments()) {
    std::cout << "  Commitment " << c.number << ": "
              << netgov::ToString(c.StanceOf(osapg->id)) << "\n";
  }
  return net.pillars().size() == 8 ? EXIT_SUCCESS : EXIT_FAILURE;
}
