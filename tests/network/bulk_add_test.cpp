// NetworkBuilder::AddEntities(), AddPeople() and AddPillars(): a whole list
// at once is the same as each item added in turn, after what was added
// before, and the builder's messages point at the same places.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/network/network_builder.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov {
namespace {

using ::netgov::testing::StatusIs;

Entity MakeEntity(const std::string& id, const std::string& acronym,
                  const std::string& time_zone = "") {
  Entity e;
  e.id = EntityId(id);
  e.acronym = acronym;
  e.time_zone = time_zone;
  return e;
}

Person MakePerson(const std::string& id, const std::string& entity) {
  Person p;
  p.id = PersonId(id);
  p.name = id + " name";
  p.posts.push_back({EntityId(entity), "Focal point", {}, "", Basis::kQuoted, ""});
  return p;
}

Pillar MakePillar(const std::string& id, int number, const std::string& lead) {
  Pillar p;
  p.id = PillarId(id);
  p.number = number;
  p.roles.push_back({EntityId(lead), RoleKind::kLead, false, {}, "", ""});
  return p;
}

std::vector<std::string> EntityIds(const Network& net) {
  std::vector<std::string> ids;
  for (const Entity& e : net.entities()) ids.push_back(e.id.str());
  return ids;
}

TEST(NetworkBuilderBulk, AWholeListEqualsEachItemAdded) {
  NetworkBuilder each({"n", "N", "UTC", "", ""});
  each.AddEntity(MakeEntity("a", "A")).AddEntity(MakeEntity("b", "B"));
  each.AddPerson(MakePerson("pa", "a")).AddPerson(MakePerson("pb", "b"));
  each.AddPillar(MakePillar("p1", 1, "a")).AddPillar(MakePillar("p2", 2, "b"));
  NetworkBuilder bulk({"n", "N", "UTC", "", ""});
  bulk.AddEntities({MakeEntity("a", "A"), MakeEntity("b", "B")});
  bulk.AddPeople({MakePerson("pa", "a"), MakePerson("pb", "b")});
  bulk.AddPillars({MakePillar("p1", 1, "a"), MakePillar("p2", 2, "b")});
  const absl::StatusOr<Network> a = std::move(each).Build();
  const absl::StatusOr<Network> b = std::move(bulk).Build();
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_TRUE(*a == *b);
  EXPECT_EQ(b->people().size(), 2u);
  EXPECT_EQ(b->pillars()[1].id.str(), "p2");
}

TEST(NetworkBuilderBulk, AppendsAfterWhatWasAdded) {
  NetworkBuilder b({"n", "N", "UTC", "", ""});
  b.AddEntity(MakeEntity("a", "A"));
  b.AddEntities({MakeEntity("b", "B"), MakeEntity("c", "C")});
  b.AddEntities({});
  b.AddEntity(MakeEntity("d", "D"));
  const absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(EntityIds(*net), ::testing::ElementsAre("a", "b", "c", "d"));
}

TEST(NetworkBuilderBulk, MessagesPointAtTheItem) {
  NetworkBuilder acronym({"n", "N", "UTC", "", ""});
  acronym.AddEntities({MakeEntity("a", "A"), MakeEntity("b", "a")});
  EXPECT_THAT(std::move(acronym).Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/entities/1/acronym: 'a' already names /entities/0; acronyms, "
                       "names and aliases must identify one item"));
  NetworkBuilder post({"n", "N", "UTC", "", ""});
  post.AddEntities({MakeEntity("a", "A")});
  post.AddPeople({MakePerson("pa", "a"), MakePerson("pb", "b")});
  EXPECT_THAT(std::move(post).Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/people/1/posts/0/entity: unknown entity 'b'; did you mean 'a'?"));
  // The second entity of a zone is not looked up again; a typo still is.
  NetworkBuilder zone({"n", "N", "UTC", "", ""});
  zone.AddEntities({MakeEntity("a", "A"), MakeEntity("b", "B", "Europe/Zurich"),
                    MakeEntity("c", "C", "Europe/Zurich"),
                    MakeEntity("d", "D", "Europe/Zurik")});
  EXPECT_THAT(std::move(zone).Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/entities/3/time_zone: unknown time zone 'Europe/Zurik'; expected "
                       "an IANA name such as 'Europe/Zurich' (see /usr/share/zoneinfo)"));
}

}  // namespace
}  // namespace netgov
