// Near person names in a network with more names than are compared pairwise
// (the sorted-neighbourhood passes of src/validate/checks_people.cpp).
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

TEST(NearNames, ManyNamesFarApartGiveNothing) {
  absl::StatusOr<Network> net = ManyNames({"Ilze Brands Kehris", "Jean-Luc Lemahieu"});
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(Validate(*net), ::testing::IsEmpty());
}

}  // namespace
}  // namespace netgov::validate
