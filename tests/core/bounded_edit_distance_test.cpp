// BoundedEditDistance() against EditDistance(), its reference: equal whenever
// the distance is within the bound, bound + 1 otherwise.
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "netgov/core/error.hpp"

namespace netgov {
namespace {

TEST(BoundedEditDistance, HandWorked) {
  EXPECT_EQ(BoundedEditDistance("Lemahieu", "Lemaheiu", 2), 1);  // one transposition
  EXPECT_EQ(BoundedEditDistance("Kehris", "KEHRIS", 0), 0);      // case-insensitive
  EXPECT_EQ(BoundedEditDistance("kitten", "sitting", 3), 3);
  EXPECT_EQ(BoundedEditDistance("kitten", "sitting", 2), 3);     // over: bound + 1
  EXPECT_EQ(BoundedEditDistance("abc", "abcdef", 2), 3);         // lengths too far apart
  EXPECT_EQ(BoundedEditDistance("", "ab", 2), 2);
  EXPECT_EQ(BoundedEditDistance("", "", 0), 0);
  EXPECT_EQ(BoundedEditDistance("a", "b", 0), 1);
}

TEST(BoundedEditDistance, AgreesWithEditDistance) {
  // Strings over a three-letter alphabet (many near pairs), lengths 0 to 9.
  std::mt19937 random(20211206);
  std::vector<std::string> words;
  for (int i = 0; i < 300; ++i) {
    std::string w(random() % 10, 'a');
    for (char& c : w) c = static_cast<char>("abC"[random() % 3]);
    words.push_back(w);
  }
  int checked = 0;
  for (std::size_t x = 0; x < words.size(); ++x) {
    for (std::size_t y = x; y < words.size(); y += 7) {
      const int exact = EditDistance(words[x], words[y]);
      for (int bound = 0; bound <= 4; ++bound) {
        ASSERT_EQ(BoundedEditDistance(words[x], words[y], bound), std::min(exact, bound + 1))
            << "'" << words[x] << "' '" << words[y] << "' bound " << bound;
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 5 * 6'579);  // pairs: the sum of ceil(k / 7) for k = 1..300
}

}  // namespace
}  // namespace netgov
