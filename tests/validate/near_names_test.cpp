// Near person names in a network with more names than are compared pairwise
// (the sorted-neighbourhood passes of src/validate/checks_people.cpp), names
// too long to compare, two edits apart, equal ignoring case, and empty.
#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "netgov/core/error.hpp"
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

TEST(NearNames, FewNamesFindEveryPairWithinTheAllowedEdits) {
  // 40 names (every pair is compared): random edits of three stems, with
  // capitals, digits and punctuation (which share letter-count buckets), so
  // that many pairs are one to three edits apart. Reference: EditDistance()
  // over every pair, with the rule of docs/validation.md (at most two edits,
  // at most one per four letters of the shorter name, lengths within two).
  std::mt19937 random(20211206);
  const std::vector<std::string> stems = {"Jean-Luc Lemahieu", "Ilze Brands", "Ana 7b"};
  const std::string letters = "aeiLMn-7 .";
  std::vector<std::string> names;
  while (names.size() < 40) {
    std::string name = stems[random() % stems.size()];
    const int edits = static_cast<int>(random() % 4);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = random() % name.size();
      const char c = letters[random() % letters.size()];
      switch (random() % 4) {
        case 0: name.erase(at, 1); break;
        case 1: name.insert(at, 1, c); break;
        case 2: name[at] = c; break;
        default:
          if (at + 1 < name.size()) std::swap(name[at], name[at + 1]);
      }
    }
    const std::string lower = absl::AsciiStrToLower(name);
    if (std::none_of(names.begin(), names.end(), [&](const std::string& n) {
          return absl::AsciiStrToLower(n) == lower;
        })) {
      names.push_back(name);
    }
  }
  NetworkBuilder b(NetworkInfo{"n", "N", "", "", ""});
  for (std::size_t i = 0; i < names.size(); ++i) {
    b.AddPerson(MakePerson(absl::StrCat("p", i), names[i]));
  }
  absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  std::vector<std::string> expected;
  for (std::size_t i = 0; i < names.size(); ++i) {
    for (std::size_t j = i + 1; j < names.size(); ++j) {
      const std::size_t shorter = std::min(names[i].size(), names[j].size());
      const std::size_t longer = std::max(names[i].size(), names[j].size());
      if (shorter < 4 || longer - shorter > 2) continue;
      const int allowed = static_cast<int>(std::min<std::size_t>(2, shorter / 4));
      if (EditDistance(names[i], names[j]) <= allowed) {
        expected.push_back(absl::StrCat("/people/", j, "/name"));
      }
    }
  }
  std::vector<std::string> found;
  for (const Diagnostic& d : Validate(*net)) {
    if (absl::StrContains(d.message, "likely the same person")) found.push_back(d.pointer);
  }
  std::sort(expected.begin(), expected.end());
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, expected);
  EXPECT_GE(expected.size(), 20U);  // the test is about near pairs
}

}  // namespace
}  // namespace netgov::validate
