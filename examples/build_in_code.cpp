// Builds a small network in code, a standards consortium with three working
// groups and a rotating chair, and asks it who leads what.
//
// Shows: NetworkBuilder, validation errors as values, as-of queries.
#include <cstdlib>
#include <iostream>

#include "netgov/netgov.hpp"

int main() {
  using netgov::Date;
  using netgov::EntityId;

  netgov::NetworkBuilder builder(
      {"consortium", "Open Formats Consortium", "Europe/Berlin", "", ""});
  for (const auto& [id, acronym, name] :
       {std::tuple{"acme", "ACME", "Acme Corporation"},
        std::tuple{"globex", "GLX", "Globex"},
        std::tuple{"initech", "INI", "Initech"}}) {
    netgov::Entity e;
    e.id = EntityId(id);
    e.acronym = acronym;
    e.name = name;
    e.kind = "company";
    e.time_zone = "Europe/Berlin";
    builder.AddEntity(std::move(e));
  }

  netgov::Pillar syntax;
  syntax.id = netgov::PillarId("syntax");
  syntax.number = 1;
  syntax.name = "Syntax working group";
  syntax.launch.date = Date(2024, 1, 1);
  syntax.roles = {
      {EntityId("acme"), netgov::RoleKind::kLead, false, {std::nullopt, Date(2024, 12, 31)}, "", ""},
      {EntityId("globex"), netgov::RoleKind::kLead, true, {Date(2025, 1, 1), std::nullopt}, "", ""},
      {EntityId("initech"), netgov::RoleKind::kMember, false, {}, "", ""},
  };
  builder.AddPillar(syntax);

  netgov::Rotation chair;
  chair.id = netgov::RotationId("chair");
  chair.title = "Chair";
  chair.term = {Date(2024, 1, 1), netgov::TermUnit::kYears, 1};
  chair.order.rule = netgov::OrderRuleKind::kAlphabetical;
  chair.order.key = netgov::SortKey::kName;
  chair.history = {{Date(2024, 1, 1), {EntityId("acme")}, ""}};
  builder.AddRotation(chair);

  absl::StatusOr<netgov::Network> network = std::move(builder).Build();
  if (!network.ok()) {
    std::cerr << network.status().message() << "\n";
    return EXIT_FAILURE;
  }

  for (const Date day : {Date(2024, 6, 1), Date(2025, 6, 1)}) {
    std::cout << "Syntax working group on " << netgov::FormatDate(day) << ": ";
    for (const netgov::RoleRef& lead : network->LeadsOf(syntax, day)) {
      std::cout << network->FindEntity(lead.role->entity)->DisplayName()
                << (lead.role->provisional ? " (provisional lead)" : " (lead)");
    }
    std::cout << ", " << netgov::ToString(network->LeadershipOf(
                             *network->FindPillar(syntax.id), day))
              << "\n";
  }

  // A dangling reference is an error value with a JSON pointer and a hint.
  netgov::NetworkBuilder broken({"broken", "Broken", "", "", ""});
  netgov::Pillar p;
  p.id = netgov::PillarId("p");
  p.roles = {{EntityId("acmee"), netgov::RoleKind::kLead, false, {}, "", ""}};
  broken.AddPillar(p);
  const absl::StatusOr<netgov::Network> bad = std::move(broken).Build();
  std::cout << "broken network: " << bad.status().message() << "\n";

  // The run is checked by ctest: exit 0 only if the answers are the expected ones.
  const bool ok =
      network->LeadsOf(syntax, Date(2025, 6, 1)).at(0).role->entity == EntityId("globex") &&
      !bad.ok();
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
