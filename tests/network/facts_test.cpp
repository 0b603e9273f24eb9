// FactsOf() states each fact of a network in words, with its JSON pointer;
// FactsWithoutProvenance() keeps those with neither a source nor a basis.
#include "netgov/network/facts.hpp"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/network/network_builder.hpp"

namespace netgov {
namespace {

using ::testing::ElementsAre;

Network Sample() {
  NetworkBuilder b({"n", "", "UTC", "", ""});
  for (const char* id : {"a", "b"}) {
    Entity e;
    e.id = EntityId(id);
    e.source = "a member";
    b.AddEntity(e);
  }
  Rotation r;
  r.id = RotationId("chairs");
  r.term = {Date(2021, 1, 1), TermUnit::kYears, 1};
  r.order.rule = OrderRuleKind::kAlphabetical;
  r.source = "co-chairs rotate";
  r.overrides = {{Date(2022, 1, 1), OverrideKind::kHolder, EntityId("a"), std::nullopt, "a holds"},
                 {Date(2023, 1, 1), OverrideKind::kSkip, EntityId("b"), std::nullopt, "b passes"},
                 {Date(2024, 1, 1), OverrideKind::kSwap, EntityId(), Date(2025, 1, 1), ""}};
  b.AddRotation(r);
  Pillar hub;
  hub.id = PillarId("hub");
  hub.source = "a pillar";
  Role chairs;
  chairs.kind = RoleKind::kLead;
  chairs.provisional = true;
  chairs.holders_of = RotationId("chairs");
  chairs.basis = Basis::kInferred;
  chairs.note = "the co-chairs lead it";
  hub.roles.push_back(chairs);
  b.AddPillar(hub);
  Commitment c;
  c.id = CommitmentId("c1");
  c.text = "Meet again";
  c.source = "agreed to meet";
  b.AddCommitment(c);
  absl::StatusOr<Network> net = std::move(b).Build();
  EXPECT_TRUE(net.ok()) << net.status();
  return net.ok() ? *net : Network();
}

std::vector<std::string> Lines(const std::vector<Fact>& facts) {
  std::vector<std::string> out;
  for (const Fact& f : facts) out.push_back(absl::StrCat(f.pointer, " ", f.statement));
  return out;
}

TEST(Facts, OverridesOfEachKindAndARoleOfARotationsHolders) {
  EXPECT_THAT(
      Lines(FactsOf(Sample())),
      ElementsAre("/network network n", "/entities/0 entity a (a)", "/entities/1 entity b (b)",
                  "/pillars/0 pillar 0 hub",
                  "/pillars/0/rotation_roles/0 the holders of chairs are provisional lead of hub",
                  "/rotations/0 rotation chairs: terms of 1 year from 2021-01-01; 1 rotating "
                  "seat by alphabetical",
                  "/rotations/0/overrides/0 a holds the chairs term starting 2022-01-01",
                  "/rotations/0/overrides/1 b is passed over for the chairs term starting "
                  "2023-01-01",
                  "/rotations/0/overrides/2 holders swapped with 2025-01-01 for the chairs term "
                  "starting 2024-01-01",
                  "/commitments/0 commitment 0 c1: Meet again"));
}

TEST(Facts, WithoutProvenanceKeepsOnlyFactsWithNeitherSourceNorBasis) {
  // The network's own header states no source; the swap was given none.
  EXPECT_THAT(Lines(FactsWithoutProvenance(Sample())),
              ElementsAre("/network network n",
                          "/rotations/0/overrides/2 holders swapped with 2025-01-01 for the "
                          "chairs term starting 2024-01-01"));
}

TEST(Facts, ForEachFactGivesFactsOfOneByOneInOrder) {
  std::vector<Fact> seen;
  ForEachFact(Sample(), [&](Fact&& f) { seen.push_back(std::move(f)); });
  EXPECT_EQ(seen, FactsOf(Sample()));
  EXPECT_EQ(seen.size(), 10u);
}

}  // namespace
}  // namespace netgov
