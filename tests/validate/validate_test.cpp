// The validate engine: each check on a small network built in code, the
// documented order, and the exact list for the default network.
#include "netgov/validate/validate.hpp"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/network/network_builder.hpp"
#include "tests/graph/small_networks.hpp"

namespace netgov::validate {

void PrintTo(const Diagnostic& d, std::ostream* os) {
  *os << ToString(d.severity) << " " << d.pointer << ": " << d.message;
}

namespace {

using ::netgov::testing::RoleSpec;
using ::netgov::testing::SmallNetwork;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr RoleKind kLead = RoleKind::kLead;
constexpr RoleKind kMember = RoleKind::kMember;
constexpr Severity kError = Severity::kError;
constexpr Severity kWarning = Severity::kWarning;
constexpr Severity kNote = Severity::kNote;

TEST(Validate, DefaultNetworkReportsTheMinutesOwnInconsistencies) {
  EXPECT_THAT(
      Validate(io::DefaultNetwork()),
      ElementsAre(
          Diagnostic{kWarning, "/mentions/0",
                     "'Pillar on capacity-building' (\"will chair the Pillar on "
                     "capacity-building for 2022\"), named with UNHCR as chair "
                     "2022-01-01..2022-12-31 is not among the 8 pillars"},
          Diagnostic{kWarning, "/pillars/2/roles/0",
                     "'times-of-crisis' is led only provisionally, by OHCHR"},
          Diagnostic{kWarning, "/stated_counts/0/count",
                     "6 commitments of 'senior-2021-12-06' stated (\"requesting to "
                     "reaffirm six commitments\"), 5 recorded"},
          Diagnostic{kWarning, "/stated_counts/1/count",
                     "5 commitments of 'senior-2021-12-06' stated (\"presented the 5 "
                     "commitments for adoption\") contradicts 6 stated at "
                     "/stated_counts/0 (\"requesting to reaffirm six commitments\")"},
          // UNDP ("willingness to support the work of each pillar"), DPPA
          // ("Reflected on ... DPPA participation") and UNICEF ("Highlights
          // the importance of continuing engagement with intersectionality")
          // state no role: their words are mentions.
          Diagnostic{kNote, "/entities/8", "UNDP holds no role in any pillar"},
          Diagnostic{kNote, "/entities/9", "DPPA holds no role in any pillar"},
          Diagnostic{kNote, "/entities/10", "UNICEF holds no role in any pillar"},
          Diagnostic{kNote, "/entities/11", "UNRWA holds no role in any pillar"},
          Diagnostic{kNote, "/people/0/aliases/0",
                     "'Ilze Brands Kheris' is a variant spelling of 'Ilze Brands "
                     "Kehris' (1 edit)"},
          Diagnostic{kNote, "/pillars/3/roles/1",
                     "lead of 'intersectionality' passes from UNAIDS to ILO on "
                     "2022-01-01 (\"UNAIDS for leading the intersectionality "
                     "pillar\"; \"(4) Intersectionality: ILO (effective 1 January "
                     "2022)\")"},
          Diagnostic{kNote, "/pillars/6",
                     "'un-internal-diversity' has no lead; it is not launched "
                     "(Conclusion of the work of the Secretary-General's Task Force "
                     "on Addressing Racism at the UN)"}));
}

TEST(Validate, OverlappingAndContradictoryRoles) {
  const Date d(2021, 6, 30);
  const Network net = SmallNetwork(
      {"a", "b"}, {{{"a", kLead, false, {std::nullopt, d}},
                    {"a", kLead, false, {Date(2021, 6, 1), std::nullopt}},
                    {"b", kLead},
                    {"b", kMember, false, {Date(2022, 1, 1), std::nullopt}}}});
  EXPECT_THAT(
      Validate(net),
      ElementsAre(
          Diagnostic{kError, "/pillars/0/roles/1",
                     "overlaps /pillars/0/roles/0: A is lead (..2021-06-30) and "
                     "lead (2021-06-01..) of 'p1' at the same time"},
          Diagnostic{kError, "/pillars/0/roles/3",
                     "contradicts /pillars/0/roles/2: B is lead (always) and member "
                     "(2022-01-01..) of 'p1' at the same time"}));
}

TEST(Validate, LeadGapsHandOversAndMissingLeads) {
  const Network net = SmallNetwork(
      {"a", "b", "c"},
      {{{"a", kLead, false, {std::nullopt, Date(2021, 12, 31)}},
        {"b", kLead, false, {Date(2022, 3, 1), std::nullopt}},
        {"c", kMember}},
       {{"c", kLead, false, {std::nullopt, Date(2021, 12, 31)}},
        {"a", kLead, false, {Date(2022, 1, 1), std::nullopt}}},
       {{"b", kMember}}});
  EXPECT_THAT(
      Validate(net),
      ElementsAre(
          Diagnostic{kWarning, "/pillars/0/roles/0",
                     "'p1' has no lead from 2022-01-01 to 2022-02-28: A leads to "
                     "2021-12-31, B from 2022-03-01"},
          Diagnostic{kWarning, "/pillars/2", "'p3' has no lead"},
          Diagnostic{kNote, "/pillars/1/roles/1",
                     "lead of 'p2' passes from C to A on 2022-01-01"}));
}

TEST(Validate, RolesAndSeatsOutsideMembership) {
  NetworkBuilder b(NetworkInfo{"n", "N", "", "", ""});
  Entity a;
  a.id = EntityId("a");
  a.acronym = "A";
  a.membership = {{Date(2021, 1, 1), Date(2021, 12, 31)}};
  b.AddEntity(a);
  Pillar p;
  p.id = PillarId("p");
  p.number = 1;
  p.roles = {{EntityId("a"), kLead, false, {Date(2021, 6, 1), std::nullopt}, "", ""}};
  b.AddPillar(p);
  Rotation r;
  r.id = RotationId("chair");
  r.term = {Date(2021, 1, 1), TermUnit::kYears, 1};
  r.order.rule = OrderRuleKind::kOpenCall;
  r.history = {{Date(2022, 1, 1), {EntityId("a")}, ""}};
  b.AddRotation(r);
  absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(
      Validate(*net),
      ElementsAre(
          Diagnostic{kError, "/pillars/0/roles/0",
                     "A holds a lead role in 'p' (2021-06-01..) outside its "
                     "membership (2021-01-01..2021-12-31)"},
          Diagnostic{kError, "/rotations/0/history/0",
                     "A holds a seat of 'chair' (2022-01-01..2022-12-31) outside "
                     "its membership (2021-01-01..2021-12-31)"}));
}

TEST(Validate, NearNamesAcrossPeopleAreLikelyTheSamePerson) {
  NetworkBuilder b(NetworkInfo{"n", "N", "", "", ""});
  auto person = [](const char* id, const char* name, std::vector<std::string> aliases) {
    Person p;
    p.id = PersonId(id);
    p.name = name;
    p.aliases = std::move(aliases);
    return p;
  };
  b.AddPerson(person("jl", "Jean-Luc Lemahieu", {}));
  b.AddPerson(person("jl2", "Jean-Luc Lemaheiu", {}));
  b.AddPerson(person("ben", "Ben", {}));
  b.AddPerson(person("ken", "Ken", {}));
  absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  // "Ben" and "Ken" are one edit apart but too short to call.
  EXPECT_THAT(Validate(*net),
              ElementsAre(Diagnostic{
                  kWarning, "/people/1/name",
                  "'Jean-Luc Lemaheiu' and 'Jean-Luc Lemahieu' of jl "
                  "(/people/0/name) differ by 1 edit: likely the same person"}));
}

TEST(Validate, FactsWithoutProvenanceAreANoteOrUnderRequireAWarningEach) {
  NetworkBuilder b(NetworkInfo{"n", "N", "", "", "the N network"});
  Entity a;
  a.id = EntityId("a");
  a.acronym = "A";
  b.AddEntity(a);
  Entity c;
  c.id = EntityId("c");
  c.basis = Basis::kExternal;
  c.note = "from c.example";
  b.AddEntity(c);
  Pillar p;
  p.id = PillarId("p");
  p.number = 1;
  p.roles = {{EntityId("c"), kLead, false, {}, "", "C leads"}};
  b.AddPillar(p);
  absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(Validate(*net),
              ElementsAre(Diagnostic{kNote, "",
                                     "2 facts state neither a source nor a basis (the "
                                     "first: /entities/0); --require-provenance lists each"},
                          Diagnostic{kNote, "/entities/0", "A holds no role in any pillar"}));
  EXPECT_THAT(Validate(*net, {.require_provenance = true}),
              ElementsAre(Diagnostic{kWarning, "/entities/0",
                                     "states neither a source nor a basis: entity a (A)"},
                          Diagnostic{kWarning, "/pillars/0",
                                     "states neither a source nor a basis: pillar 1 p"},
                          Diagnostic{kNote, "/entities/0", "A holds no role in any pillar"}));
}

TEST(Validate, DefaultNetworkPassesRequireProvenance) {
  for (const Diagnostic& d : Validate(io::DefaultNetwork(), {.require_provenance = true})) {
    EXPECT_THAT(d.message, ::testing::Not(::testing::HasSubstr("neither a source")))
        << d.pointer;
  }
}

TEST(Validate, EmptyNetworkHasNoDiagnostics) {
  EXPECT_THAT(Validate(Network()), IsEmpty());
}

TEST(Validate, SortsByPointerTokensNumerically) {
  std::vector<Diagnostic> d = {{kNote, "/pillars/10", "x"},
                               {kNote, "/pillars/9/roles/0", "x"},
                               {kWarning, "/z", "x"},
                               {kNote, "/pillars/9", "y"}};
  std::sort(d.begin(), d.end(), DiagnosticLess);
  EXPECT_THAT(d, ElementsAre(Diagnostic{kWarning, "/z", "x"},
                             Diagnostic{kNote, "/pillars/9", "y"},
                             Diagnostic{kNote, "/pillars/9/roles/0", "x"},
                             Diagnostic{kNote, "/pillars/10", "x"}));
}

TEST(Validate, SortsNumericTokensBeforeWordsAndEqualPointersByMessage) {
  std::vector<Diagnostic> d = {{kNote, "/a/b", "x"},
                               {kNote, "/a/10", "y"},
                               {kNote, "/a/10", "x"},
                               {kNote, "/a/9", "x"}};
  std::sort(d.begin(), d.end(), DiagnosticLess);
  // "10" and "b" are not both numbers: they compare as text.
  EXPECT_THAT(d, ElementsAre(Diagnostic{kNote, "/a/9", "x"}, Diagnostic{kNote, "/a/10", "x"},
                             Diagnostic{kNote, "/a/10", "y"}, Diagnostic{kNote, "/a/b", "x"}));
}

TEST(DiagnosticFromLoadError, SkipsAFileNameThatLooksLikeAPointer) {
  // "/my nets/n.json" has a space: it is part of the file name, not a pointer.
  EXPECT_EQ(DiagnosticFromLoadError(absl::InvalidArgumentError(
                "C: /my nets/n.json: /entities/0/name: expected a string, got number")),
            (Diagnostic{kError, "/entities/0/name", "expected a string, got number"}));
  // A pointer-like tail with no message after it is not a pointer either.
  EXPECT_EQ(DiagnosticFromLoadError(absl::NotFoundError("cannot read: /tmp/n.json")),
            (Diagnostic{kError, "", "cannot read: /tmp/n.json"}));
}

TEST(DiagnosticFromLoadError, TakesThePointerFromTheMessage) {
  EXPECT_EQ(DiagnosticFromLoadError(absl::InvalidArgumentError(
                "net.json: /pillars/0/roles/0/entity: unknown entity 'whoo'")),
            (Diagnostic{kError, "/pillars/0/roles/0/entity", "unknown entity 'whoo'"}));
  EXPECT_EQ(DiagnosticFromLoadError(
                absl::InvalidArgumentError("net.json:3:5: expected ',' or '}'")),
            (Diagnostic{kError, "", "net.json:3:5: expected ',' or '}'"}));
}

TEST(CountBySeverity, CountsEach) {
  // The 4 warnings and 7 notes of
  // Validate.DefaultNetworkReportsTheMinutesOwnInconsistencies.
  EXPECT_EQ(CountBySeverity(Validate(io::DefaultNetwork())), (Counts{0, 4, 7}));
}

TEST(CountBySeverity, CountsErrors) {
  EXPECT_EQ(CountBySeverity({{kError, "/a", "x"}, {kNote, "/b", "y"}, {kError, "/c", "z"}}),
            (Counts{2, 0, 1}));
}

}  // namespace
}  // namespace netgov::validate
