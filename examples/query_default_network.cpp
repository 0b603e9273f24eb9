// Queries the embedded default network (the UN Network on Racial
// Discrimination and Protection of Minorities, from the minutes of
// 6 December 2021) as of a date: each pillar's status before and after
// 1 January 2022, what changed in between, and where OSAPG stands on each
// commitment.
//
// Shows: netgov::PillarsOn (the status `netgov pillars` prints),
// netgov::diff::Diff (what `netgov diff` prints), as-of lookups.
#include <cstdlib>
#include <iostream>

#include "netgov/diff/diff.hpp"
#include "netgov/netgov.hpp"

int main() {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  std::cout << net.info().name << "\n";

  for (const netgov::Date day : {netgov::Date(2021, 12, 6), netgov::Date(2022, 1, 1)}) {
    std::cout << "\nLeads as of " << netgov::FormatDate(day) << "\n";
    for (const netgov::PillarStatus& s : netgov::PillarsOn(net, day)) {
      std::cout << "  " << s.pillar->number << ". " << s.pillar->name << ": ";
      if (s.leads.empty()) std::cout << netgov::ToString(s.leadership);
      for (std::size_t i = 0; i < s.leads.size(); ++i) {
        std::cout << (i ? " and " : "") << s.leads[i].entity->DisplayName()
                  << (s.leads[i].role->provisional ? " (provisional)" : "");
      }
      std::cout << "\n";
    }
  }

  const absl::StatusOr<netgov::diff::Changes> changes =
      netgov::diff::Diff(net, netgov::Date(2021, 12, 6), netgov::Date(2022, 1, 1));
  if (!changes.ok()) {
    std::cerr << changes.status().message() << "\n";
    return EXIT_FAILURE;
  }
  std::cout << "\nChanges after 2021-12-06 up to 2022-01-01\n";
  for (const netgov::diff::RoleChange& c : changes->roles_started) {
    std::cout << "  " << netgov::FormatDate(c.date) << " starts: " << c.role->entity << " "
              << netgov::ToString(c.role->kind) << " of " << c.pillar->id << "\n";
  }
  for (const netgov::diff::RoleChange& c : changes->roles_ended) {
    std::cout << "  " << netgov::FormatDate(c.date) << " last day: " << c.role->entity << " "
              << netgov::ToString(c.role->kind) << " of " << c.pillar->id << "\n";
  }
  for (const netgov::calendar::Occurrence& o : changes->deadlines_passed) {
    std::cout << "  " << netgov::FormatDate(o.date) << " due: " << o.deadline->title << "\n";
  }

  const netgov::Entity* osapg = net.ResolveEntity("OSAPG");
  if (osapg == nullptr) return EXIT_FAILURE;
  std::cout << "\nOSAPG's positions\n";
  for (const netgov::Commitment& c : net.commitments()) {
    std::cout << "  Commitment " << c.number << ": "
              << netgov::ToString(c.StanceOf(osapg->id)) << "\n";
  }
  return EXIT_SUCCESS;
}
