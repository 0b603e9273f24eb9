#include "netgov/network/network_builder.hpp"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.hpp"

namespace netgov {
namespace {

using ::netgov::testing::StatusIs;

Entity MakeEntity(const char* id, const char* acronym) {
  Entity e;
  e.id = EntityId(id);
  e.acronym = acronym;
  e.name = std::string(acronym) + " name";
  return e;
}

NetworkBuilder Base() {
  NetworkBuilder b({"demo", "Demo", "Europe/Paris", "", ""});
  b.AddEntity(MakeEntity("unhcr", "UNHCR")).AddEntity(MakeEntity("undp", "UNDP"));
  return b;
}

void ExpectError(const NetworkBuilder& b, const std::string& message) {
  EXPECT_THAT(b.Build(), StatusIs(absl::StatusCode::kInvalidArgument, message));
}

TEST(NetworkBuilder, BuildsAndIndexes) {
  absl::StatusOr<Network> net = Base().Build();
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->entities().size(), 2u);
  EXPECT_EQ(net->FindEntity(EntityId("undp"))->acronym, "UNDP");
  EXPECT_EQ(net->ResolveEntity("unhcr name")->id, EntityId("unhcr"));
  EXPECT_EQ(net->ResolveEntity("UnHcR")->id, EntityId("unhcr"));
  EXPECT_EQ(net->ResolveEntity("nobody"), nullptr);
}

TEST(NetworkBuilder, RequiresANetworkId) {
  ExpectError(NetworkBuilder(), "/network/id: the network needs a non-empty id");
}

TEST(NetworkBuilder, RejectsDuplicateIds) {
  NetworkBuilder b = Base();
  b.AddEntity(MakeEntity("undp", "UNDP2"));
  ExpectError(b, "/entities/2/id: duplicate entity id 'undp' (first defined at /entities/1)");
}

TEST(NetworkBuilder, RejectsAmbiguousAcronyms) {
  NetworkBuilder b = Base();
  b.AddEntity(MakeEntity("other", "UNDP"));
  ExpectError(b,
              "/entities/2/acronym: 'UNDP' already names /entities/1; acronyms, "
              "names and aliases must identify one item");
}

TEST(NetworkBuilder, RejectsDanglingReferencesWithASuggestion) {
  NetworkBuilder b = Base();
  Pillar p;
  p.id = PillarId("hub");
  p.number = 1;
  p.roles.push_back({EntityId("unhcrr"), RoleKind::kLead, false, {}, "", ""});
  b.AddPillar(p);
  ExpectError(b, "/pillars/0/roles/0/entity: unknown entity 'unhcrr'; did you mean 'unhcr'?");
}

TEST(NetworkBuilder, RejectsFromAfterTo) {
  NetworkBuilder b = Base();
  Pillar p;
  p.id = PillarId("hub");
  p.roles.push_back({EntityId("unhcr"), RoleKind::kLead, false,
                     {Date(2022, 1, 1), Date(2021, 12, 31)}, "", ""});
  b.AddPillar(p);
  ExpectError(b,
              "/pillars/0/roles/0: from 2022-01-01 is after to 2021-12-31; "
              "'from' must be on or before 'to'");
}

TEST(NetworkBuilder, RejectsUnknownTimeZones) {
  NetworkBuilder b = Base();
  Entity e = MakeEntity("who", "WHO");
  e.time_zone = "Europe/Genva";
  b.AddEntity(e);
  ExpectError(b,
              "/entities/2/time_zone: unknown time zone 'Europe/Genva'; expected an "
              "IANA name such as 'Europe/Zurich' (see /usr/share/zoneinfo)");
}

TEST(NetworkBuilder, RejectsAPersonIdThatIsAlsoAnEntityId) {
  NetworkBuilder b = Base();
  Person p;
  p.id = PersonId("undp");
  p.name = "Someone";
  b.AddPerson(p);
  ExpectError(b,
              "/people/0/id: person id 'undp' is also an entity id; meeting "
              "participants may name either, so the ids must differ");
}

TEST(NetworkBuilder, RejectsDuplicatePillarNumbers) {
  NetworkBuilder b = Base();
  Pillar p1;
  p1.id = PillarId("a");
  p1.number = 4;
  Pillar p2 = p1;
  p2.id = PillarId("b");
  b.AddPillar(p1).AddPillar(p2);
  ExpectError(b, "/pillars/1/number: duplicate pillar number 4 (also /pillars/0)");
}

TEST(NetworkBuilder, RejectsBadRotations) {
  Rotation r;
  r.id = RotationId("chair");
  r.term = {Date(2021, 1, 1), TermUnit::kMonths, 12};
  r.order.rule = OrderRuleKind::kOpenCall;

  Rotation zero = r;
  zero.term.count = 0;
  ExpectError(NetworkBuilder(Base()).AddRotation(zero),
              "/rotations/0/term/months: rotation 'chair': a term must last at "
              "least 1 months; got 0");

  Rotation off = r;
  off.history = {{Date(2021, 3, 1), {EntityId("undp")}, ""}};
  ExpectError(NetworkBuilder(Base()).AddRotation(off),
              "/rotations/0/history/0/start: rotation 'chair': history entry "
              "2021-03-01 is not on a term boundary; the term containing it "
              "starts 2021-01-01 and the next 2022-01-01");

  Rotation twice = r;
  twice.history = {{Date(2021, 1, 1), {EntityId("undp")}, ""},
                   {Date(2021, 1, 1), {EntityId("unhcr")}, ""}};
  ExpectError(NetworkBuilder(Base()).AddRotation(twice),
              "/rotations/0/history/1: rotation 'chair': two history entries "
              "for the term starting 2021-01-01 (also /history/0)");

  Rotation early = r;
  early.overrides = {{Date(2020, 1, 1), OverrideKind::kSkip, EntityId("undp"), {}, ""}};
  ExpectError(NetworkBuilder(Base()).AddRotation(early),
              "/rotations/0/overrides/0/start: rotation 'chair': override for "
              "2020-01-01 is before the rotation starts (2021-01-01)");

  Rotation self = r;
  self.overrides = {{Date(2022, 1, 1), OverrideKind::kSwap, EntityId(), Date(2022, 1, 1), ""}};
  ExpectError(NetworkBuilder(Base()).AddRotation(self),
              "/rotations/0/overrides/0/swap_with: rotation 'chair': a term "
              "cannot swap with itself (2022-01-01)");

  Rotation limit = r;
  limit.max_consecutive_terms = 0;
  ExpectError(NetworkBuilder(Base()).AddRotation(limit),
              "/rotations/0/max_consecutive_terms: rotation 'chair': "
              "max_consecutive_terms must be at least 1; got 0");
}

TEST(NetworkBuilder, BuildConstLeavesTheBuilderUsable) {
  NetworkBuilder b = Base();
  absl::StatusOr<Network> first = b.Build();
  b.AddEntity(MakeEntity("who", "WHO"));
  absl::StatusOr<Network> second = b.Build();
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(first->entities().size(), 2u);
  EXPECT_EQ(second->entities().size(), 3u);
  EXPECT_FALSE(*first == *second);
}

}  // namespace
}  // namespace netgov
