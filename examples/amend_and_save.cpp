// Amends a loaded network and saves it: records that UNESCO stays on as the
// 2022 rotating co-chair, adds UNRWA (which held no role) as a member of the
// Knowledge Hub from 2022, writes the network file, loads it again and
// checks that what was loaded is exactly what was amended.
//
// Shows: NetworkBuilder(const Network&), AddHistory, AddRole,
// netgov::io::WriteNetwork and LoadNetworkFile.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "netgov/netgov.hpp"

int main() {
  using netgov::Date;
  using netgov::EntityId;
  const netgov::Network& original = netgov::io::DefaultNetwork();

  netgov::NetworkBuilder amend(original);
  amend.AddHistory(netgov::RotationId("co-chair"),
                   {Date(2022, 1, 1), {EntityId("unesco")},
                    "UNESCO stays on for a second year as 2022 rotating co-chair"});
  amend.AddRole(netgov::PillarId("knowledge-hub"),
                {EntityId("unrwa"), netgov::RoleKind::kMember, false,
                 {Date(2022, 1, 1), std::nullopt}, "", ""});
  absl::StatusOr<netgov::Network> amended = std::move(amend).Build();
  if (!amended.ok()) {
    std::cerr << amended.status().message() << "\n";
    return EXIT_FAILURE;
  }

  const std::string path = "amended.netgov.json";
  std::ofstream(path, std::ios::binary) << netgov::io::WriteNetwork(*amended);
  absl::StatusOr<netgov::Network> reloaded = netgov::io::LoadNetworkFile(path);
  if (!reloaded.ok()) {
    std::cerr << reloaded.status().message() << "\n";
    return EXIT_FAILURE;
  }
  std::cout << "saved and reloaded: "
            << (*reloaded == *amended ? "equal to the amended network" : "DIFFERENT") << "\n";
  std::cout << "unchanged original: " << (original == *amended ? "no" : "yes") << "\n";

  const netgov::Network* saved = &*reloaded;
  for (const netgov::Network* net : {&original, saved}) {
    std::cout << (net == &original ? "\noriginal\n" : "\namended\n");
    std::cout << "  co-chair seats recorded for 2022:";
    const absl::StatusOr<const netgov::Rotation*> co_chair = net->LookupRotation("co-chair");
    const absl::StatusOr<const netgov::Entity*> unrwa = net->LookupEntity("unrwa");
    if (!co_chair.ok() || !unrwa.ok()) return EXIT_FAILURE;
    for (const EntityId& id : net->RecordedSeats(**co_chair, Date(2022, 6, 1))) {
      std::cout << " " << net->FindEntity(id)->DisplayName();
    }
    std::cout << "\n  UNRWA's roles on 2022-01-01: "
              << net->RolesOf(**unrwa, Date(2022, 1, 1)).size() << "\n";
  }

  // A mistyped id fails at Build(), with a hint.
  netgov::NetworkBuilder typo(original);
  netgov::Role member;
  member.entity = EntityId("unrwa");
  typo.AddRole(netgov::PillarId("knowledge-hbu"), member);
  std::cout << "\n" << typo.Build().status().message() << "\n";
  return *reloaded == *amended ? EXIT_SUCCESS : EXIT_FAILURE;
}
