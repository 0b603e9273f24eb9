// Computes the default network's co-chair rotation: the terms as seen the day
// after the call for 2022 closed unanswered, who holds the seats on a date,
// and what would happen if UNESCO left the network on 1 January 2022.
//
// Shows: netgov::rotation::Schedule (Terms, HoldersOn, NextChange, IfLeaves).
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "netgov/netgov.hpp"
#include "netgov/rotation/schedule.hpp"

namespace {

std::string Names(const netgov::Network& net, const std::vector<netgov::EntityId>& ids) {
  std::vector<std::string> names;
  for (const netgov::EntityId& id : ids) {
    names.push_back(net.FindEntity(id)->DisplayName());
  }
  return names.empty() ? "-" : absl::StrJoin(names, ", ");
}

void PrintTerms(const netgov::Network& net,
                const std::vector<netgov::rotation::Term>& terms) {
  for (const netgov::rotation::Term& t : terms) {
    std::cout << "  " << netgov::FormatDate(t.start) << ".." << netgov::FormatDate(t.end)
              << "  " << Names(net, t.holders) << "  [" << netgov::ToString(t.status)
              << "] " << t.reason << "\n";
  }
}

}  // namespace

int main() {
  const netgov::Network& net = netgov::io::DefaultNetwork();
  const netgov::RotationId co_chair("co-chair");

  absl::StatusOr<netgov::rotation::Schedule> schedule = netgov::rotation::Schedule::Make(
      net, co_chair, {.as_of = netgov::Date(2021, 12, 22), .departures = {}});
  if (!schedule.ok()) {
    std::cerr << schedule.status().message() << "\n";
    return EXIT_FAILURE;
  }
  absl::StatusOr<std::vector<netgov::rotation::Term>> terms =
      schedule->Terms(netgov::Date(2021, 1, 1), 3);
  if (!terms.ok()) return EXIT_FAILURE;
  std::cout << "Co-chair terms as of 2021-12-22\n";
  PrintTerms(net, *terms);

  absl::StatusOr<std::vector<netgov::EntityId>> holders =
      schedule->HoldersOn(netgov::Date(2022, 6, 1));
  if (!holders.ok()) return EXIT_FAILURE;
  std::cout << "\nCo-chairs on 2022-06-01: " << Names(net, *holders) << "\n";

  absl::StatusOr<std::optional<netgov::rotation::Term>> next =
      schedule->NextChange(netgov::Date(2022, 6, 1));
  if (!next.ok()) return EXIT_FAILURE;
  if (*next) {
    std::cout << "Next change: " << netgov::FormatDate((*next)->start) << ", "
              << Names(net, (*next)->holders) << "\n";
  }

  // What-if: UNESCO leaves the network on 1 January 2022. The recorded 2021
  // term stands; the fallback can no longer extend UNESCO.
  absl::StatusOr<netgov::rotation::Schedule> without =
      schedule->IfLeaves(netgov::EntityId("unesco"), netgov::Date(2022, 1, 1));
  if (!without.ok()) return EXIT_FAILURE;
  terms = without->Terms(netgov::Date(2021, 1, 1), 3);
  if (!terms.ok()) return EXIT_FAILURE;
  std::cout << "\nIf UNESCO leaves on 2022-01-01\n";
  PrintTerms(net, *terms);
  return EXIT_SUCCESS;
}
