#include "netgov/network/pillar_status.hpp"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/network/network_builder.hpp"

namespace netgov {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> EntitiesOf(const std::vector<RoleHolder>& holders) {
  std::vector<std::string> out;
  for (const RoleHolder& h : holders) out.push_back(h.entity->id.str());
  return out;
}

std::vector<std::string> IdsOf(const std::vector<const Pillar*>& pillars) {
  std::vector<std::string> out;
  for (const Pillar* p : pillars) out.push_back(p->id.str());
  return out;
}

Pillar MakePillar(const char* id, int number) {
  Pillar p;
  p.id = PillarId(id);
  p.number = number;
  return p;
}

TEST(PillarLess, NumberedByNumberThenUnnumberedById) {
  NetworkBuilder b({"order", "Order", "", "", ""});
  // File order deliberately scrambled; 0 is "unnumbered".
  b.AddPillar(MakePillar("zeta", 0))
      .AddPillar(MakePillar("two", 2))
      .AddPillar(MakePillar("alpha", 0))
      .AddPillar(MakePillar("one", 1))
      .AddPillar(MakePillar("mu", 0))
      .AddPillar(MakePillar("ten", 10));
  const absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(IdsOf(PillarsInOrder(*net)),
              ElementsAre("one", "two", "ten", "alpha", "mu", "zeta"));
  EXPECT_TRUE(PillarLess(MakePillar("b", 7), MakePillar("a", 0)));
  EXPECT_FALSE(PillarLess(MakePillar("a", 0), MakePillar("b", 7)));
  EXPECT_TRUE(PillarLess(MakePillar("a", 0), MakePillar("b", 0)));
  EXPECT_FALSE(PillarLess(MakePillar("a", 3), MakePillar("a", 3)));
}

TEST(PillarsOn, DefaultNetworkOnTheDayOfTheMeeting) {
  const Network& net = io::DefaultNetwork();
  const std::vector<PillarStatus> all = PillarsOn(net, Date(2021, 12, 6));
  ASSERT_EQ(all.size(), 8u);
  std::vector<int> numbers;
  for (const PillarStatus& s : all) numbers.push_back(s.pillar->number);
  EXPECT_THAT(numbers, ElementsAre(1, 2, 3, 4, 5, 6, 7, 8));

  const PillarStatus& crisis = all[2];
  EXPECT_EQ(crisis.pillar->id, PillarId("times-of-crisis"));
  EXPECT_EQ(crisis.as_of, Date(2021, 12, 6));
  EXPECT_TRUE(crisis.launched);
  EXPECT_EQ(crisis.leadership, Leadership::kProvisional);
  EXPECT_THAT(EntitiesOf(crisis.leads), ElementsAre("ohchr"));
  EXPECT_TRUE(crisis.leads[0].role->provisional);
  // The minutes only "reflected on ... DPPA participation in the Times of
  // Crisis Pillar": no membership is stated (a mention, not a role).
  EXPECT_THAT(EntitiesOf(crisis.members), IsEmpty());
  EXPECT_THAT(EntitiesOf(crisis.supporters), ElementsAre("osapg"));

  // Co-leads, by entity id.
  EXPECT_THAT(EntitiesOf(all[4].leads), ElementsAre("dgc", "unfpa"));
  EXPECT_EQ(all[4].leadership, Leadership::kLed);

  const PillarStatus& diversity = all[6];
  EXPECT_EQ(diversity.pillar->id, PillarId("un-internal-diversity"));
  EXPECT_FALSE(diversity.launched);
  EXPECT_EQ(diversity.leadership, Leadership::kNotLaunched);
  EXPECT_TRUE(diversity.leads.empty());
}

TEST(PillarStatusOn, LeadPassesOnNewYear) {
  const Network& net = io::DefaultNetwork();
  const Pillar* p = net.FindPillar(PillarId("intersectionality"));
  ASSERT_NE(p, nullptr);
  const PillarStatus before = PillarStatusOn(net, *p, Date(2021, 12, 31));
  const PillarStatus after = PillarStatusOn(net, *p, Date(2022, 1, 1));
  EXPECT_THAT(EntitiesOf(before.leads), ElementsAre("unaids"));
  EXPECT_THAT(EntitiesOf(after.leads), ElementsAre("ilo"));
  EXPECT_EQ(after.leads[0].entity->DisplayName(), "ILO");
  // UNICEF "Highlights the importance of continuing engagement with
  // intersectionality": a statement about the topic, not a support role.
  EXPECT_THAT(EntitiesOf(after.supporters), IsEmpty());
  EXPECT_EQ(after, PillarsOn(net, Date(2022, 1, 1))[3]);
}

TEST(PillarStatusOn, OutlivesTheNetworkHandleItWasAskedWith) {
  PillarStatus status;
  {
    const Network copy = io::DefaultNetwork();  // a handle that dies first
    status = PillarStatusOn(copy, *copy.FindPillar(PillarId("knowledge-hub")),
                            Date(2021, 12, 6));
  }
  EXPECT_EQ(status.pillar->name, "Knowledge Hub");
  EXPECT_THAT(EntitiesOf(status.leads), ElementsAre("unhcr"));
}

}  // namespace
}  // namespace netgov
