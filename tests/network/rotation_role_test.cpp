#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"
#include "netgov/network/network_builder.hpp"
#include "netgov/network/pillar_status.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov {
namespace {

using ::netgov::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// "entity from..to" for each lead of pillar 8 on `day`.
std::vector<std::string> LeadsOfPillar8(const Network& net, Date day) {
  std::vector<std::string> out;
  for (const RoleRef& ref : net.LeadsOf(*net.FindPillar(PillarId("network-development")), day)) {
    EXPECT_EQ(ref.role->holders_of, RotationId("co-chair"));
    out.push_back(ref.role->entity.str() + " " + FormatInterval(ref.role->valid));
  }
  return out;
}

TEST(RotationRole, Pillar8IsLedByTheCoChairsAsRecorded) {
  // "(8) ...: OHCHR and UNESCO Co-Chairs Pillar Leads": the co-chairs lead.
  // OHCHR holds the permanent seat; UNESCO the recorded 2021 term.
  const Network& net = io::DefaultNetwork();
  EXPECT_THAT(LeadsOfPillar8(net, Date(2021, 12, 6)),
              ElementsAre("ohchr always", "unesco 2021-01-01..2021-12-31"));
  // After the 2022 call closed ("open until 21 December 2021") no holder of
  // the 2022 seat is recorded (UNESCO may only be asked to stay on), so only
  // the permanent co-chair leads.
  EXPECT_THAT(LeadsOfPillar8(net, Date(2022, 6, 1)), ElementsAre("ohchr always"));
}

TEST(RotationRole, RecordingTheNextHolderMovesTheLead) {
  absl::StatusOr<Network> amended =
      NetworkBuilder(io::DefaultNetwork())
          .AddHistory(RotationId("co-chair"),
                      HistoryEntry{Date(2022, 1, 1), {EntityId("ilo")}, "", Basis::kAssumed,
                                   "a test"})
          .Build();
  ASSERT_TRUE(amended.ok()) << amended.status();
  EXPECT_THAT(LeadsOfPillar8(*amended, Date(2022, 6, 1)),
              ElementsAre("ohchr always", "ilo 2022-01-01..2022-12-31"));
  EXPECT_THAT(LeadsOfPillar8(*amended, Date(2021, 12, 6)),
              ElementsAre("ohchr always", "unesco 2021-01-01..2021-12-31"));
  const PillarStatus status = PillarStatusOn(
      *amended, *amended->FindPillar(PillarId("network-development")), Date(2022, 6, 1));
  EXPECT_EQ(status.leadership, Leadership::kLed);
  ASSERT_EQ(status.leads.size(), 2u);
  // Amending again derives the roles afresh, without doubles.
  absl::StatusOr<Network> again = NetworkBuilder(*amended).Build();
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(*again, *amended);
  EXPECT_EQ(again->RolesOf(*again->FindEntity(EntityId("ilo"))).size(), 2u);
}

TEST(RotationRole, WriterKeepsTheDeclarationNotTheDerivedRoles) {
  const Network& net = io::DefaultNetwork();
  const std::string text = io::WriteNetwork(net);
  EXPECT_THAT(text, HasSubstr("\"rotation_roles\": [\n        {\n"));
  EXPECT_THAT(text, HasSubstr("\"rotation\": \"co-chair\""));
  absl::StatusOr<Network> back = io::LoadNetwork(text, "written.json");
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(*back, net);
}

TEST(RotationRole, UnknownRotationSaysWhichWasMeant) {
  EXPECT_THAT(io::LoadNetwork(R"({"format": "netgov/1", "network": {"id": "n"},
      "rotations": [{"id": "co-chair", "term": {"start": "2021-01-01", "years": 1},
                     "order": {"rule": "open-call"}}],
      "pillars": [{"id": "p", "rotation_roles": [{"rotation": "co-chiar", "role": "lead"}]}]})",
                              "net.json"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "net.json: /pillars/0/rotation_roles/0/rotation: unknown rotation "
                       "'co-chiar'; did you mean 'co-chair'?"));
}

}  // namespace
}  // namespace netgov
