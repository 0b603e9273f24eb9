#include "netgov/diff/diff.hpp"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/network/network_builder.hpp"
#include "tests/testing/ids.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov::diff {
namespace {

using ::netgov::testing::Ids;
using ::netgov::testing::IsOk;
using ::netgov::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// "2022-01-01 intersectionality ilo lead" for each change.
std::vector<std::string> Lines(const std::vector<RoleChange>& changes) {
  std::vector<std::string> out;
  for (const RoleChange& c : changes) {
    out.push_back(FormatDate(c.date) + " " + c.pillar->id.str() + " " +
                  c.role->entity.str() + " " + std::string(ToString(c.role->kind)));
  }
  return out;
}

TEST(Diff, AcrossTheNewYear) {
  const absl::StatusOr<Changes> c =
      Diff(io::DefaultNetwork(), Date(2021, 12, 6), Date(2022, 1, 1));
  ASSERT_THAT(c, IsOk());
  EXPECT_EQ(c->from, Date(2021, 12, 6));
  EXPECT_EQ(c->to, Date(2022, 1, 1));
  // "ILO (effective 1 January 2022)". UNHCR's LNOB role starts on no date
  // ("will step up their role": a role already held).
  EXPECT_THAT(Lines(c->roles_started),
              ElementsAre("2022-01-01 intersectionality ilo lead"));
  // UNESCO leads pillar 8 as a co-chair ("OHCHR and UNESCO Co-Chairs Pillar
  // Leads"), to the end of its recorded 2021 term.
  EXPECT_THAT(Lines(c->roles_ended),
              ElementsAre("2021-12-31 intersectionality unaids lead",
                          "2021-12-31 network-development unesco lead"));
  EXPECT_THAT(c->pillars_launched, IsEmpty());
  EXPECT_THAT(c->seats_changed, IsEmpty());
  ASSERT_EQ(c->deadlines_passed.size(), 3u);
  EXPECT_EQ(c->deadlines_passed[0].deadline->id, DeadlineId("co-chair-2022-call"));
  EXPECT_EQ(c->deadlines_passed[0].date, Date(2021, 12, 21));
  EXPECT_EQ(c->deadlines_passed[1].deadline->id, DeadlineId("ilo-intersectionality-lead"));
  // "will chair the Pillar on capacity-building for 2022": the year 2022,
  // which starts on 2022-01-01 (no longer moved to Monday 2022-01-03).
  EXPECT_EQ(c->deadlines_passed[2].deadline->id, DeadlineId("unhcr-capacity-building-2022"));
  EXPECT_EQ(c->deadlines_passed[2].date, Date(2022, 1, 1));
}

TEST(Diff, WorkPlanStartLaunchesPillarsAndSeatsTheCoChair) {
  const absl::StatusOr<Changes> c =
      Diff(io::DefaultNetwork(), Date(2020, 12, 31), Date(2021, 1, 1));
  ASSERT_THAT(c, IsOk());
  std::vector<std::string> launched;
  for (const PillarLaunch& l : c->pillars_launched) {
    EXPECT_EQ(l.date, Date(2021, 1, 1));
    launched.push_back(l.pillar->id.str());
  }
  EXPECT_THAT(launched, ElementsAre("leave-no-one-behind", "criminal-justice",
                                    "times-of-crisis", "intersectionality",
                                    "communications", "knowledge-hub",
                                    "network-development"));
  ASSERT_EQ(c->seats_changed.size(), 1u);
  EXPECT_EQ(c->seats_changed[0],
            (SeatChange{RotationId("co-chair"), Ids({"ohchr"}), Ids({"ohchr", "unesco"})}));
  // Pillar 8 is led by "OHCHR and UNESCO Co-Chairs" (a role of the co-chair
  // rotation's holders): UNESCO's recorded 2021 seat makes it a lead from
  // the same day. OHCHR's lead is permanent, so it starts before the window.
  EXPECT_THAT(Lines(c->roles_started), ElementsAre("2021-01-01 network-development unesco lead"));
  EXPECT_THAT(c->deadlines_passed, IsEmpty());
}

TEST(Diff, OneEntityKeepsItsRolesAndSeatsOnly) {
  const absl::StatusOr<Changes> c = Diff(io::DefaultNetwork(), Date(2020, 12, 31),
                                         Date(2022, 1, 1), {.entity = EntityId("ilo")});
  ASSERT_THAT(c, IsOk());
  EXPECT_THAT(Lines(c->roles_started), ElementsAre("2022-01-01 intersectionality ilo lead"));
  EXPECT_THAT(c->roles_ended, IsEmpty());
  EXPECT_THAT(c->pillars_launched, IsEmpty());
  EXPECT_THAT(c->seats_changed, IsEmpty());
  EXPECT_THAT(c->deadlines_passed, IsEmpty());

  const absl::StatusOr<Changes> unesco = Diff(io::DefaultNetwork(), Date(2020, 12, 31),
                                              Date(2021, 1, 1), {.entity = EntityId("unesco")});
  ASSERT_THAT(unesco, IsOk());
  EXPECT_EQ(unesco->seats_changed.size(), 1u);
}

TEST(Diff, RolesOnOneDayFollowTheCanonicalPillarOrder) {
  NetworkBuilder b({"order", "Order", "", "", ""});
  Entity e;
  e.id = EntityId("a");
  b.AddEntity(e);
  const Interval from_2024{Date(2024, 1, 1), std::nullopt};
  for (const auto& [id, number] : {std::pair{"unnumbered", 0}, std::pair{"second", 2},
                                   std::pair{"first", 1}}) {
    Pillar p;
    p.id = PillarId(id);
    p.number = number;
    p.roles = {{EntityId("a"), RoleKind::kMember, false, from_2024, "", ""}};
    b.AddPillar(p);
  }
  const absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_THAT(net, IsOk());
  const absl::StatusOr<Changes> c = Diff(*net, Date(2023, 12, 31), Date(2024, 1, 1));
  ASSERT_THAT(c, IsOk());
  EXPECT_THAT(Lines(c->roles_started),
              ElementsAre("2024-01-01 first a member", "2024-01-01 second a member",
                          "2024-01-01 unnumbered a member"));
}

// Changes on different days come in date order, whatever the pillars'
// order; an entity that held a seat before a change keeps that rotation.
TEST(Diff, ChangesOnDifferentDaysComeInDateOrder) {
  NetworkBuilder b({"days", "Days", "", "", ""});
  for (const char* id : {"a", "b"}) {
    Entity e;
    e.id = EntityId(id);
    b.AddEntity(e);
  }
  for (const auto& [id, launch] : {std::pair{"first", Date(2024, 3, 1)},
                                   std::pair{"second", Date(2024, 2, 1)}}) {
    Pillar p;
    p.id = PillarId(id);
    p.number = id == std::string("first") ? 1 : 2;
    p.launch.date = launch;
    p.roles = {{EntityId("a"), RoleKind::kLead, false, Interval{launch, std::nullopt}, "", ""}};
    b.AddPillar(p);
  }
  Rotation r;
  r.id = RotationId("chair");
  r.term = {Date(2023, 1, 1), TermUnit::kYears, 1};
  r.order.rule = OrderRuleKind::kFixed;
  r.order.sequence = Ids({"a", "b"});
  b.AddRotation(r);
  const absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_THAT(net, IsOk());
  const absl::StatusOr<Changes> c = Diff(*net, Date(2023, 12, 31), Date(2024, 12, 31));
  ASSERT_THAT(c, IsOk());
  EXPECT_THAT(Lines(c->roles_started),
              ElementsAre("2024-02-01 second a lead", "2024-03-01 first a lead"));
  ASSERT_EQ(c->pillars_launched.size(), 2u);
  EXPECT_EQ(c->pillars_launched[0].pillar->id, PillarId("second"));
  EXPECT_EQ(c->pillars_launched[1].pillar->id, PillarId("first"));
  // a held the chair in 2023, b holds it in 2024: a's diff keeps it.
  const absl::StatusOr<Changes> of_a =
      Diff(*net, Date(2023, 12, 31), Date(2024, 12, 31), {EntityId("a")});
  ASSERT_THAT(of_a, IsOk());
  ASSERT_EQ(of_a->seats_changed.size(), 1u);
  EXPECT_EQ(of_a->seats_changed[0].rotation, RotationId("chair"));
  EXPECT_EQ(of_a->seats_changed[0].before, Ids({"a"}));
  EXPECT_EQ(of_a->seats_changed[0].after, Ids({"b"}));
}

TEST(Diff, OutlivesATemporaryNetwork) {
  absl::StatusOr<Changes> c =
      Diff(Network(io::DefaultNetwork()), Date(2021, 12, 6), Date(2022, 1, 1));
  ASSERT_THAT(c, IsOk());
  EXPECT_EQ(c->roles_ended.at(0).pillar->name, "Intersectionality");
  EXPECT_EQ(c->deadlines_passed.at(0).deadline->title,
            "Open call for 2022 rotating co-chair closes");
}

TEST(Diff, BadArgumentsAreErrors) {
  const Network& net = io::DefaultNetwork();
  EXPECT_THAT(Diff(net, Date(2022, 1, 2), Date(2022, 1, 1)),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "from 2022-01-02 is after to 2022-01-01"));
  EXPECT_THAT(Diff(net, Date(), Date(2022, 1, 1)),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "from is not a date (not-a-date-time); give a date such as 2022-01-01"));
  EXPECT_THAT(Diff(net, Date(2021, 1, 1), Date(2022, 1, 1), {.entity = EntityId("unhcrr")}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "unknown entity 'unhcrr'; did you mean 'unhcr'?"));
}

}  // namespace
}  // namespace netgov::diff
