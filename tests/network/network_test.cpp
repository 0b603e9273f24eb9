#include "netgov/network/network.hpp"

#include <thread>

#include "absl/strings/ascii.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/network/network_builder.hpp"

namespace netgov {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> EntitiesOf(const std::vector<RoleRef>& roles) {
  std::vector<std::string> out;
  for (const RoleRef& r : roles) out.push_back(r.role->entity.str());
  return out;
}

// "pillar entity kind[?] from..to" for each role ("?": provisional; "-":
// an open end).
std::vector<std::string> RolesOf(std::span<const RoleRef> roles) {
  std::vector<std::string> out;
  for (const RoleRef& r : roles) {
    const Interval& valid = r.role->valid;
    out.push_back(r.pillar->id.str() + " " + r.role->entity.str() + " " +
                  std::string(ToString(r.role->kind)) + (r.role->provisional ? "?" : "") + " " +
                  (valid.from ? FormatDate(*valid.from) : "-") + ".." +
                  (valid.to ? FormatDate(*valid.to) : "-"));
  }
  return out;
}

std::vector<std::string> IdsOf(const std::vector<const Pillar*>& pillars) {
  std::vector<std::string> out;
  for (const Pillar* p : pillars) out.push_back(p->id.str());
  return out;
}

// Two pillars: "hub" led by A until 2021-12-31 then by B (provisionally at
// first), with C supporting; "later" launched only on a condition.
Network Sample() {
  NetworkBuilder b({"demo", "Demo", "", "", ""});
  for (const char* id : {"a", "b", "c"}) {
    Entity e;
    e.id = EntityId(id);
    e.acronym = absl::AsciiStrToUpper(id);
    b.AddEntity(e);
  }
  Entity gone;
  gone.id = EntityId("d");
  gone.membership = {{Date(2020, 1, 1), Date(2021, 6, 30)}};
  b.AddEntity(gone);
  Pillar hub;
  hub.id = PillarId("hub");
  hub.number = 2;
  hub.name = "Hub";
  hub.launch.date = Date(2021, 1, 1);
  hub.roles = {
      {EntityId("a"), RoleKind::kLead, false, {std::nullopt, Date(2021, 12, 31)}, "", "a leads"},
      {EntityId("b"), RoleKind::kLead, true, {Date(2022, 1, 1), Date(2022, 3, 31)}, "", ""},
      {EntityId("b"), RoleKind::kLead, false, {Date(2022, 4, 1), std::nullopt}, "", ""},
      {EntityId("c"), RoleKind::kSupport, false, {}, "", ""},
  };
  Pillar later;
  later.id = PillarId("later");
  later.number = 1;
  later.launch.condition = "when the task force concludes";
  b.AddPillar(hub).AddPillar(later);
  Person p;
  p.id = PersonId("pat");
  p.name = "Pat Example";
  p.aliases = {"Pat Exmaple"};
  p.posts = {{EntityId("a"), "Director", {std::nullopt, Date(2021, 12, 31)}, ""},
             {EntityId("b"), "Chief", {Date(2022, 1, 1), std::nullopt}, ""}};
  b.AddPerson(p);
  Rotation r;
  r.id = RotationId("chair");
  r.term = {Date(2021, 1, 1), TermUnit::kYears, 1};
  r.permanent = {EntityId("a")};
  r.history = {{Date(2021, 1, 1), {EntityId("b")}, ""}};
  b.AddRotation(r);
  Commitment c;
  c.id = CommitmentId("c1");
  c.number = 1;
  c.positions = {{EntityId("c"), Stance::kPartially, "within means", ""}};
  b.AddCommitment(c);
  absl::StatusOr<Network> net = std::move(b).Build();
  EXPECT_TRUE(net.ok()) << net.status();
  return *net;
}

TEST(Network, LeadsOfFollowsValidity) {
  const Network net = Sample();
  EXPECT_THAT(EntitiesOf(net.LeadsOf(*net.FindPillar(PillarId("hub")), Date(2021, 12, 31))), ElementsAre("a"));
  EXPECT_THAT(EntitiesOf(net.LeadsOf(*net.FindPillar(PillarId("hub")), Date(2022, 1, 1))), ElementsAre("b"));
  EXPECT_TRUE(net.LeadsOf(*net.FindPillar(PillarId("hub")), Date(2022, 1, 1))[0].role->provisional);
  EXPECT_FALSE(net.LeadsOf(*net.FindPillar(PillarId("hub")), Date(2022, 4, 1))[0].role->provisional);
  EXPECT_FALSE(net.LookupPillar("nope").ok());
}

TEST(Network, LeadershipAndPillarsWithoutRealLead) {
  const Network net = Sample();
  const Pillar& hub = *net.FindPillar(PillarId("hub"));
  const Pillar& later = *net.FindPillar(PillarId("later"));
  EXPECT_EQ(net.LeadershipOf(hub, Date(2020, 12, 31)), Leadership::kNotLaunched);
  EXPECT_EQ(net.LeadershipOf(hub, Date(2021, 6, 1)), Leadership::kLed);
  EXPECT_EQ(net.LeadershipOf(hub, Date(2022, 2, 1)), Leadership::kProvisional);
  EXPECT_EQ(net.LeadershipOf(later, Date(2022, 2, 1)), Leadership::kNotLaunched);
  EXPECT_THAT(IdsOf(net.PillarsWithoutRealLead(Date(2022, 2, 1))), ElementsAre("hub"));
  EXPECT_THAT(IdsOf(net.PillarsWithoutRealLead(Date(2022, 4, 1))), ElementsAre());
  EXPECT_THAT(IdsOf(net.PillarsNotLaunched(Date(2022, 2, 1))), ElementsAre("later"));
  EXPECT_THAT(IdsOf(net.PillarsNotLaunched(Date(2020, 12, 31))), ElementsAre("hub", "later"));
}

TEST(Network, RolesOfAnEntity) {
  const Network net = Sample();
  const Entity& b = *net.FindEntity(EntityId("b"));
  EXPECT_THAT(RolesOf(net.RolesOf(b)),
              ElementsAre("hub b lead? 2022-01-01..2022-03-31", "hub b lead 2022-04-01..-"));
  EXPECT_THAT(RolesOf(net.RolesOf(b, Date(2021, 6, 1))), ElementsAre());
  EXPECT_THAT(RolesOf(net.RolesOf(b, Date(2022, 3, 31))),
              ElementsAre("hub b lead? 2022-01-01..2022-03-31"));
  EXPECT_THAT(RolesOf(net.RolesOf(b, Date(2022, 6, 1))),
              ElementsAre("hub b lead 2022-04-01..-"));
  // An open role is valid on any day, even before the pillar's launch.
  EXPECT_THAT(RolesOf(net.RolesOf(*net.FindEntity(EntityId("c")), Date(1999, 1, 1))),
              ElementsAre("hub c support -..-"));
  EXPECT_THAT(RolesOf(net.RolesOf(*net.FindEntity(EntityId("d")))), ElementsAre());
}

TEST(Network, LookupsByIdAcronymAndAlias) {
  const Network net = Sample();
  EXPECT_EQ(net.ResolveEntity("B")->id, EntityId("b"));
  EXPECT_EQ(net.ResolvePerson("pat exmaple")->id, PersonId("pat"));
  EXPECT_EQ(net.ResolvePerson("Pat Example")->id, PersonId("pat"));
  const absl::StatusOr<const Entity*> missing = net.LookupEntity("e");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "unknown entity 'e'; did you mean 'a'?");
  EXPECT_EQ((*net.LookupPillar("1"))->id, PillarId("later"));
  EXPECT_EQ(net.LookupPillar("hb").status().message(),
            "unknown pillar 'hb'; did you mean 'hub'?");
  EXPECT_EQ(net.LookupRotation("chairs").status().message(),
            "unknown rotation 'chairs'; did you mean 'chair'?");
}

TEST(Network, PeopleOfAndPositions) {
  const Network net = Sample();
  // Pat moves from A (until 2021-12-31) to B (from 2022-01-01).
  const auto names = [](const std::vector<const Person*>& people) {
    std::vector<std::string> out;
    for (const Person* p : people) out.push_back(p->name);
    return out;
  };
  const Entity& a = *net.FindEntity(EntityId("a"));
  const Entity& b = *net.FindEntity(EntityId("b"));
  EXPECT_THAT(names(net.PeopleOf(a, Date(2021, 12, 31))), ElementsAre("Pat Example"));
  EXPECT_THAT(names(net.PeopleOf(a, Date(2022, 1, 1))), ElementsAre());
  EXPECT_THAT(names(net.PeopleOf(b, Date(2021, 12, 31))), ElementsAre());
  EXPECT_THAT(names(net.PeopleOf(b, Date(2022, 1, 1))), ElementsAre("Pat Example"));
  EXPECT_THAT(net.PositionsOn(*net.FindCommitment(CommitmentId("c1"))),
              ElementsAre(Position{EntityId("c"), Stance::kPartially, "within means", ""}));
  EXPECT_EQ(net.FindCommitment(CommitmentId("c1"))->StanceOf(EntityId("a")), Stance::kNotRecorded);
}

TEST(Network, RecordedSeatsOnADate) {
  const Network net = Sample();
  std::vector<std::string> seats;
  for (const EntityId& id : net.RecordedSeats(*net.FindRotation(RotationId("chair")), Date(2021, 7, 1))) {
    seats.push_back(id.str());
  }
  EXPECT_THAT(seats, ElementsAre("a", "b"));
  // 2022 has no history entry: only the permanent holder A is recorded.
  EXPECT_THAT(net.RecordedSeats(*net.FindRotation(RotationId("chair")), Date(2022, 7, 1)),
              ElementsAre(EntityId("a")));
}

TEST(Network, MembershipOverTime) {
  const Network net = Sample();
  const Entity& d = *net.FindEntity(EntityId("d"));
  EXPECT_TRUE(d.IsMemberOn(Date(2021, 6, 30)));
  EXPECT_FALSE(d.IsMemberOn(Date(2021, 7, 1)));
  EXPECT_FALSE(d.IsMemberThroughout({Date(2021, 1, 1), Date(2021, 12, 31)}));
  EXPECT_TRUE(net.FindEntity(EntityId("a"))->IsMemberThroughout({}));
}

TEST(Network, CopiesShareTheDataAndCompareEqual) {
  const Network net = Sample();
  const Network copy = net;  // NOLINT: the copy is the point
  EXPECT_TRUE(copy == net);
  EXPECT_EQ(&copy.entities()[0], &net.entities()[0]);
}

TEST(Network, ConcurrentReadsAgree) {
  const Network net = Sample();
  std::vector<std::thread> threads;
  std::vector<int> counts(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&net, &counts, t] {
      for (int i = 0; i < 1000; ++i) {
        counts[static_cast<std::size_t>(t)] +=
            static_cast<int>(net.LeadsOf(*net.FindPillar(PillarId("hub")), Date(2021, 6, 1)).size());
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_THAT(counts, ElementsAre(1000, 1000, 1000, 1000));
}

}  // namespace
}  // namespace netgov
