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

TEST(BoundedEditDistance, AgreesWithEditDistanceOnLongNearStrings) {
  // Strings of 40 to 100 letters (rows kept on the stack up to 63 bytes, on
  // the heap beyond) and copies of them a few random edits away, so that
  // the band is followed to the last row rather than left early.
  std::mt19937 random(20211207);
  int checked = 0;
  int within = 0;
  for (int i = 0; i < 400; ++i) {
    std::string a(40 + random() % 61, 'a');
    for (char& c : a) c = static_cast<char>("abcD"[random() % 4]);
    std::string b = a;
    const int edits = static_cast<int>(random() % 5);
    for (int e = 0; e < edits && !b.empty(); ++e) {
      const std::size_t at = random() % b.size();
      switch (random() % 4) {
        case 0: b.erase(at, 1); break;
        case 1: b.insert(at, 1, "abcD"[random() % 4]); break;
        case 2: b[at] = "abcD"[random() % 4]; break;
        default:
          if (at + 1 < b.size()) std::swap(b[at], b[at + 1]);
      }
    }
    const int exact = EditDistance(a, b);
    for (int bound = 0; bound <= 4; ++bound) {
      ASSERT_EQ(BoundedEditDistance(a, b, bound), std::min(exact, bound + 1))
          << "'" << a << "' '" << b << "' bound " << bound;
      ASSERT_EQ(BoundedEditDistance(b, a, bound), std::min(exact, bound + 1));
      if (exact <= bound) ++within;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 5 * 400);
  EXPECT_GT(within, 1000);  // most pairs are followed to the end
}

}  // namespace
}  // namespace netgov
