// Near person names in a network with more names than are compared pairwise
// (the sorted-neighbourhood passes of src/validate/checks_people.cpp), names
// too long to compare, two edits apart, equal ignoring case, and empty.
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "absl/strings/str_cat.h"
#include "netgov/network/network_builder.hpp"
#include "netgov/validate/validate.hpp"

namespace netgov::validate {

namespace {

using ::testing::ElementsAre;

Person MakePerson(std::string id, std::string name) {
  Person p;
  p.id = PersonId(std::move(id));
  p.name = std::move(name);
  return p;
}

// 60 fillers "aaaa aaaa", "bbbb aaaa", ..., "hhhh cccc": any two differ in
// four letters or more, so none is near another; then the near pairs.
absl::StatusOr<Network> ManyNames(const std::vector<std::string>& extra) {
  NetworkBuilder b(NetworkInfo{"n", "N", "", "", ""});
  for (int i = 0; i < 60; ++i) {
    b.AddPerson(MakePerson(absl::StrCat("f", i),
                           absl::StrCat(std::string(4, static_cast<char>('a' + i % 26)), " ",
                                        std::string(4, static_cast<char>('a' + i / 26)))));
  }
  for (std::size_t k = 0; k < extra.size(); ++k) {
    b.AddPerson(MakePerson(absl::StrCat("x", k), extra[k]));
  }
  return std::move(b).Build();
}

TEST(NearNames, ManyNamesFindsADifferenceNearTheEnd) {
  // Sorted as written, the two names are next to each other.
  absl::StatusOr<Network> net = ManyNames({"Jean-Luc Lemahieu", "Jean-Luc Lemaheiu"});
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(Validate(*net),
              ElementsAre(Diagnostic{
                  Severity::kWarning, "/people/61/name",
                  "'Jean-Luc Lemaheiu' and 'Jean-Luc Lemahieu' of x0 "
                  "(/people/60/name) differ by 1 edit: likely the same person"}));
}

TEST(NearNames, ManyNamesFindsADifferenceAtTheStart) {
  // As written, the 20 fillers "mmmm aaaa" to "vvvv bbbb" sort between
  // "mark smithson" and "wark smithson", more than the window of 8; written
  // backwards the two are neighbours.
  absl::StatusOr<Network> net = ManyNames({"Mark Smithson", "Wark Smithson"});
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(Validate(*net),
              ElementsAre(Diagnostic{
                  Severity::kWarning, "/people/61/name",
                  "'Wark Smithson' and 'Mark Smithson' of x0 "
                  "(/people/60/name) differ by 1 edit: likely the same person"}));
}

TEST(NearNames, ManyNamesOver80LettersAreComparedOnlyWhenEqual) {
  // 81 letters, and 80 then one changed: one edit apart, but too long to be
  // compared. The same at 79 letters is found. The fillers "qqqq aaaa" ...
  // and "zzzz aaaa" ... sort next to them.
  const std::string q81(81, 'q');
  const std::string q80r = std::string(80, 'q') + "r";
  const std::string z79(79, 'z');
  const std::string z78y = std::string(78, 'z') + "y";
  absl::StatusOr<Network> net = ManyNames({q81, q80r, z79, z78y});
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(Validate(*net),
              ElementsAre(Diagnostic{
                  Severity::kWarning, "/people/63/name",
                  absl::StrCat("'", z78y, "' and '", z79,
                               "' of x2 (/people/62/name) differ by 1 edit: likely the "
                               "same person")}));
}

TEST(NearNames, TwoEditsApartInNamesOfEightLettersOrMore) {
  // "Mariah Gonzalez" is "Maria Gonzales" with an 'h' added and the 's'
  // made a 'z'; the shorter has 14 letters, which allow two edits.
  NetworkBuilder b(NetworkInfo{"n", "N", "", "", ""});
  b.AddPerson(MakePerson("mg", "Maria Gonzales"));
  b.AddPerson(MakePerson("mg2", "Mariah Gonzalez"));
  absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(Validate(*net),
              ElementsAre(Diagnostic{Severity::kWarning, "/people/1/name",
                                     "'Mariah Gonzalez' and 'Maria Gonzales' of mg "
                                     "(/people/0/name) differ by 2 edits: likely the same "
                                     "person"}));
}

TEST(NearNames, AnAliasEqualToTheNameIgnoringCaseIsNoVariant) {
  NetworkBuilder b(NetworkInfo{"n", "N", "", "", ""});
  Person p = MakePerson("al", "Ann Lee");
  p.aliases = {"ANN LEE"};
  b.AddPerson(std::move(p));
  absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(Validate(*net), ::testing::IsEmpty());
}

TEST(NearNames, EmptyNamesAreNotCompared) {
  // The builder (unlike the loader) accepts a person without a name; two
  // such people are not "also the name" of each other. Their aliases are
  // still compared.
  NetworkBuilder b(NetworkInfo{"n", "N", "", "", ""});
  Person p0 = MakePerson("p0", "");
  p0.aliases = {"Jean Dupont"};
  b.AddPerson(std::move(p0));
  Person p1 = MakePerson("p1", "");
  p1.aliases = {"Jean Dupond"};
  b.AddPerson(std::move(p1));
  absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(Validate(*net),
              ElementsAre(Diagnostic{Severity::kWarning, "/people/1/aliases/0",
                                     "'Jean Dupond' and 'Jean Dupont' of p0 "
                                     "(/people/0/aliases/0) differ by 1 edit: likely the "
                                     "same person"}));
}

TEST(NearNames, ManyNamesFarApartGiveNothing) {
  absl::StatusOr<Network> net = ManyNames({"Ilze Brands Kehris", "Jean-Luc Lemahieu"});
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(Validate(*net), ::testing::IsEmpty());
}

}  // namespace
}  // namespace netgov::validate
