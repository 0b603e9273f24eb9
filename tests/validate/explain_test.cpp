// netgov::Explain(): the answer as of a date and the facts it rests on, on
// the default network.
#include "netgov/validate/explain.hpp"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"

namespace netgov {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Pointers(const Explanation& e) {
  std::vector<std::string> out;
  for (const Fact& f : e.facts) out.push_back(f.pointer);
  return out;
}

TEST(Explain, PillarLeadsAsOfADate) {
  absl::StatusOr<Explanation> before = Explain(io::DefaultNetwork(), ExplainKind::kPillar,
                                               "4", Date(2021, 12, 6));
  ASSERT_TRUE(before.ok()) << before.status();
  EXPECT_EQ(before->id, "intersectionality");
  EXPECT_THAT(before->answer, ElementsAre("launched on 2021-01-01", "lead: UNAIDS"));
  EXPECT_THAT(Pointers(*before), ElementsAre("/pillars/3", "/pillars/3/launch", "/pillars/3/roles/0"));
  EXPECT_EQ(before->facts[2].provenance,
            (Provenance{"UNAIDS for leading the intersectionality pillar", Basis::kInferred,
                        "UNAIDS is thanked for leading the pillar; its lead is read as ending "
                        "when the ILO's takes effect on 1 January 2022."}));
  absl::StatusOr<Explanation> after = Explain(io::DefaultNetwork(), ExplainKind::kPillar,
                                              "intersectionality", Date(2022, 1, 1));
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_THAT(after->answer, ElementsAre("launched on 2021-01-01", "lead: ILO"));
  EXPECT_THAT(Pointers(*after), ElementsAre("/pillars/3", "/pillars/3/launch", "/pillars/3/roles/1"));
}

TEST(Explain, EntityRolesSeatsPostsPositionsMentions) {
  absl::StatusOr<Explanation> e =
      Explain(io::DefaultNetwork(), ExplainKind::kEntity, "UNHCR", Date(2021, 12, 6));
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ(e->id, "unhcr");
  EXPECT_THAT(e->answer,
              ElementsAre("member of leave-no-one-behind", "lead of knowledge-hub",
                          "post: Gillian Triggs, Assistant High Commissioner for Protection",
                          "mentioned: Pillar on capacity-building",
                          "mentioned: UNHCR will dedicate extra staff time and expertise to "
                          "support the Network and other pillars' work"));
  EXPECT_THAT(Pointers(*e), ElementsAre("/entities/7", "/people/5/posts/0", "/pillars/0/roles/1",
                                        "/pillars/5/roles/0", "/mentions/0", "/mentions/12"));
}

TEST(Explain, RotationSeatOfAnEntity) {
  absl::StatusOr<Explanation> e =
      Explain(io::DefaultNetwork(), ExplainKind::kEntity, "ohchr", Date(2021, 12, 6));
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_THAT(e->answer, ::testing::Contains("co-chair seat, term 2021-01-01..2021-12-31: "
                                             "OHCHR, UNESCO (recorded: history)"));
}

TEST(Explain, ALeadOfTheCoChairsRestsOnTheRotationRoleAndTheSeat) {
  // UNESCO leads pillar 8 as the 2021 co-chair: the rotation role ("OHCHR and
  // UNESCO Co-Chairs Pillar Leads") and the history entry of its seat.
  absl::StatusOr<Explanation> e =
      Explain(io::DefaultNetwork(), ExplainKind::kEntity, "unesco", Date(2021, 12, 6));
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ(e->answer.front(), "lead of network-development");
  EXPECT_THAT(Pointers(*e), ElementsAre("/entities/1", "/people/1/posts/0",
                                        "/pillars/7/rotation_roles/0", "/rotations/0",
                                        "/rotations/0/max_consecutive_terms",
                                        "/rotations/0/history/0"));
}

TEST(Explain, UnknownSubjects) {
  EXPECT_EQ(Explain(io::DefaultNetwork(), ExplainKind::kCommitment, "c9", Date(2021, 12, 6))
                .status()
                .message(),
            "unknown commitment 'c9'; did you mean 'c1'?");
  EXPECT_EQ(Explain(io::DefaultNetwork(), ExplainKind::kDeadline, "work-plan-ends", Date(2021, 12, 6))
                .status()
                .message(),
            "unknown deadline 'work-plan-ends'; did you mean 'work-plan-end'?");
}

}  // namespace
}  // namespace netgov
