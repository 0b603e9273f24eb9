// Person names that differ only slightly: likely one person recorded twice,
// or a misspelling in the source.
//
// Comparing every name with every other is quadratic. Up to kMaxDirectNames
// distinct names, every pair is compared; above, the names are compared with
// their neighbours only, the sorted-neighbourhood method of record linkage
// (Hernandez and Stolfo, 1995) in two passes: the distinct (lower-cased)
// names sorted as written, and sorted as written backwards, each compared with
// the next kWindow names of each order. A near pair is found when the two
// names are that close in either order: a difference near the end of the
// names keeps them together in the first order, one near the start in the
// second. The work is O(n log n) for n names whatever they are, where an exact
// index (deletion keys, q-grams) degrades towards every pair on names that
// share long parts, as generated and transliterated names do.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "netgov/core/error.hpp"
#include "netgov/core/strings.hpp"
#include "src/validate/checks.hpp"

namespace netgov::validate::detail {
namespace {

// Names this far apart or closer are "near": at most two edits, and at most
// one edit per four letters of the shorter name ("Ben" and "Ken" are not).
constexpr int kMaxEdits = 2;
constexpr std::size_t kLettersPerEdit = 4;
constexpr std::size_t kMinLength = kLettersPerEdit;
// Longer names are compared only when equal (the edit distance is quadratic
// in the length).
constexpr std::size_t kMaxComparedLength = 80;
// Up to this many distinct names, every pair is compared.
constexpr std::size_t kMaxDirectNames = 48;
// Above, each name is compared with this many next names in each order.
constexpr std::size_t kWindow = 8;

// A name or an alias of a person; its JSON pointer is written out only for a
// diagnostic.
struct NameUse {
  static constexpr std::size_t kName = static_cast<std::size_t>(-1);
  std::size_t person;
  std::size_t alias;  // kName for the name
  std::string_view text;

  std::string Pointer() const {
    return alias == kName ? At("people", person, "/name")
                          : At("people", person, absl::StrCat("/aliases/", alias));
  }
};

// The edits allowed between names of these lengths, or -1 when names of
// these lengths cannot be near (no edit distance needed).
int AllowedEdits(std::size_t a, std::size_t b) {
  const std::size_t shorter = std::min(a, b);
  const std::size_t longer = std::max(a, b);
  if (shorter < kMinLength || longer - shorter > kMaxEdits || longer > kMaxComparedLength) {
    return -1;
  }
  return static_cast<int>(std::min<std::size_t>(kMaxEdits, shorter / kLettersPerEdit));
}

// LetterCounts
//
// How many of each letter a (lower-cased) name has, by the low five bits of
// each byte: a to z apart, other bytes sharing buckets, counts capped at 255.
// One edit changes the counts by at most 2 in all (a substitution takes one
// letter and adds another, an insertion or a deletion changes one, a
// transposition none), so names whose counts differ by more than 2k are more
// than k edits apart. Shared buckets and capped counts can only make the
// difference smaller: the test never rules out a near pair. Most sorted
// neighbours differ in more than two letters; they are ruled out without
// an edit distance.
using LetterCounts = std::array<std::uint8_t, 32>;

LetterCounts CountLetters(std::string_view name) {
  LetterCounts counts{};
  for (const char c : name) {
    std::uint8_t& n = counts[static_cast<unsigned char>(c) & 31U];
    if (n < 255) ++n;
  }
  return counts;
}

int CountDifference(const LetterCounts& a, const LetterCounts& b) {
  int difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) difference += std::abs(a[i] - b[i]);
  return difference;
}

std::string Edits(int n) {
  return n == 1 ? "1 edit" : absl::StrCat(n, " edits");
}

}  // namespace

void CheckPeopleNames(const Network& network, std::vector<Diagnostic>& out) {
  const auto people = network.people();
  std::vector<NameUse> uses;
  for (std::size_t i = 0; i < people.size(); ++i) {
    uses.push_back({i, NameUse::kName, people[i].name});
    for (std::size_t k = 0; k < people[i].aliases.size(); ++k) {
      uses.push_back({i, k, people[i].aliases[k]});
    }
  }
  // Distinct lower-cased names, each with its uses in file order.
  absl::flat_hash_map<std::string, std::size_t> distinct_index;
  std::vector<std::string> distinct;
  std::vector<std::vector<std::size_t>> uses_of;
  for (std::size_t u = 0; u < uses.size(); ++u) {
    if (uses[u].text.empty()) continue;
    std::string key = absl::AsciiStrToLower(ToAbsl(uses[u].text));
    const auto [it, inserted] = distinct_index.try_emplace(key, distinct.size());
    if (inserted) {
      distinct.push_back(std::move(key));
      uses_of.emplace_back();
    }
    uses_of[it->second].push_back(u);
  }
  // (The same name for two people cannot be: NetworkBuilder::Build() refuses
  // a name or alias, ignoring case, that already names another person.)
  // Near names: reports the pair of distinct names a < b if they are near.
  const auto compare = [&](std::size_t a, std::size_t b) {
    // Distinct names differ: a near pair is at least one edit apart.
    const int allowed = AllowedEdits(distinct[a].size(), distinct[b].size());
    const int distance = BoundedEditDistance(distinct[a], distinct[b], allowed);
    if (distance > allowed) return;
    // Report between the first uses of each spelling, in file order.
    const NameUse& first = uses[std::min(uses_of[a].front(), uses_of[b].front())];
    const NameUse& second = uses[std::max(uses_of[a].front(), uses_of[b].front())];
    if (first.person == second.person) {
      out.push_back({Severity::kNote, second.Pointer(),
                     absl::StrCat("'", ToAbsl(second.text),
                                  "' is a variant spelling of '", ToAbsl(first.text),
                                  "' (", Edits(distance), ")")});
    } else {
      out.push_back({Severity::kWarning, second.Pointer(),
                     absl::StrCat("'", ToAbsl(second.text), "' and '", ToAbsl(first.text),
                                  "' of ", people[first.person].id.str(), " (",
                                  first.Pointer(), ") differ by ",
                                  Edits(distance), ": likely the same person")});
    }
  };
  // The candidate pairs (a < b), each compared once, in order; pairs whose
  // lengths or letters rule them out are not kept.
  std::vector<LetterCounts> counts(distinct.size());
  for (std::size_t d = 0; d < distinct.size(); ++d) counts[d] = CountLetters(distinct[d]);
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  const auto add = [&](std::size_t x, std::size_t y) {
    const int allowed = AllowedEdits(distinct[x].size(), distinct[y].size());
    if (allowed < 0 || CountDifference(counts[x], counts[y]) > 2 * allowed) return;
    pairs.emplace_back(std::min(x, y), std::max(x, y));
  };
  if (distinct.size() <= kMaxDirectNames) {
    for (std::size_t a = 0; a < distinct.size(); ++a) {
      for (std::size_t b = a + 1; b < distinct.size(); ++b) add(a, b);
    }
  } else {
    std::vector<std::size_t> order(distinct.size());
    const auto neighbours = [&](const std::vector<std::string>& keys) {
      for (std::size_t d = 0; d < order.size(); ++d) order[d] = d;
      // The keys are distinct (the names, or the names reversed): no ties.
      std::sort(order.begin(), order.end(),
                [&](std::size_t x, std::size_t y) { return keys[x] < keys[y]; });
      for (std::size_t i = 0; i < order.size(); ++i) {
        for (std::size_t j = i + 1; j < order.size() && j <= i + kWindow; ++j) {
          add(order[i], order[j]);
        }
      }
    };
    neighbours(distinct);
    std::vector<std::string> backwards(distinct.size());
    for (std::size_t d = 0; d < distinct.size(); ++d) {
      backwards[d].assign(distinct[d].rbegin(), distinct[d].rend());
    }
    neighbours(backwards);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  }
  for (const auto& [a, b] : pairs) compare(a, b);
}

}  // namespace netgov::validate::detail
