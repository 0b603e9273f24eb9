// Person names that differ only slightly: likely one person recorded twice,
// or a misspelling in the source.
//
// Comparing every name with every other is quadratic; instead each distinct
// (lower-cased) name is indexed under itself and every string obtained by
// deleting one or two of its letters. Two names within two edits of each
// other share at least one such key (the symmetric-delete property), so only
// names that share a key are compared with `EditDistance()`. A network with
// few names (the usual case) skips the keys and compares every pair.
#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
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
// Longer names are compared only when equal (their keys would be many).
constexpr std::size_t kMaxIndexedLength = 80;
// Up to this many distinct names, every pair is compared without keys.
constexpr std::size_t kMaxDirectNames = 48;

struct NameUse {
  std::size_t person;
  std::string text;
  std::string pointer;
};

bool Near(const std::string& a, const std::string& b, int* distance) {
  const std::size_t shorter = std::min(a.size(), b.size());
  const std::size_t longer = std::max(a.size(), b.size());
  if (shorter < kMinLength || longer - shorter > kMaxEdits) return false;
  *distance = EditDistance(a, b);
  return *distance <= kMaxEdits &&
         static_cast<std::size_t>(*distance) * kLettersPerEdit <= shorter;
}

void AddDeletionKeys(const std::string& s, std::vector<std::string>& keys) {
  keys.push_back(s);
  if (s.size() < kMinLength || s.size() > kMaxIndexedLength) return;
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::string one = s;
    one.erase(i, 1);
    for (std::size_t j = i; j < one.size(); ++j) {
      std::string two = one;
      two.erase(j, 1);
      keys.push_back(std::move(two));
    }
    keys.push_back(std::move(one));
  }
}

std::string Edits(int n) {
  return n == 1 ? "1 edit" : absl::StrCat(n, " edits");
}

}  // namespace

void CheckPeopleNames(const Network& network, std::vector<Diagnostic>& out) {
  const auto people = network.people();
  std::vector<NameUse> uses;
  for (std::size_t i = 0; i < people.size(); ++i) {
    uses.push_back({i, people[i].name, At("people", i, "/name")});
    for (std::size_t k = 0; k < people[i].aliases.size(); ++k) {
      uses.push_back({i, people[i].aliases[k],
                      At("people", i, absl::StrCat("/aliases/", k))});
    }
  }
  // Distinct lower-cased names, each with its uses in file order.
  absl::flat_hash_map<std::string, std::size_t> distinct_index;
  std::vector<std::string> distinct;
  std::vector<std::vector<std::size_t>> uses_of;
  for (std::size_t u = 0; u < uses.size(); ++u) {
    if (uses[u].text.empty()) continue;
    std::string key = absl::AsciiStrToLower(uses[u].text);
    const auto [it, inserted] = distinct_index.try_emplace(key, distinct.size());
    if (inserted) {
      distinct.push_back(std::move(key));
      uses_of.emplace_back();
    }
    uses_of[it->second].push_back(u);
  }
  // The same name for different people: each later person against the first.
  for (const std::vector<std::size_t>& same : uses_of) {
    const NameUse& first = uses[same.front()];
    absl::flat_hash_set<std::size_t> reported = {first.person};
    for (std::size_t u : same) {
      if (!reported.insert(uses[u].person).second) continue;
      out.push_back({Severity::kWarning, uses[u].pointer,
                     absl::StrCat("'", uses[u].text, "' is also the name of ",
                                  people[first.person].id.str(), " (",
                                  first.pointer, "): likely the same person")});
    }
  }
  // Near names: reports the pair of distinct names a < b if they are near.
  const auto compare = [&](std::size_t a, std::size_t b) {
    int distance = 0;
    if (!Near(distinct[a], distinct[b], &distance) || distance == 0) return;
    // Report between the first uses of each spelling, in file order.
    const NameUse& first = uses[std::min(uses_of[a].front(), uses_of[b].front())];
    const NameUse& second = uses[std::max(uses_of[a].front(), uses_of[b].front())];
    if (first.person == second.person) {
      out.push_back({Severity::kNote, second.pointer,
                     absl::StrCat("'", second.text,
                                  "' is a variant spelling of '", first.text,
                                  "' (", Edits(distance), ")")});
    } else {
      out.push_back({Severity::kWarning, second.pointer,
                     absl::StrCat("'", second.text, "' and '", first.text,
                                  "' of ", people[first.person].id.str(), " (",
                                  first.pointer, ") differ by ",
                                  Edits(distance), ": likely the same person")});
    }
  };
  // A few names: every pair of indexed names is compared directly, which is
  // cheaper than building the keys and finds the same pairs (two near names
  // always share a key; a name longer than kMaxIndexedLength shares none).
  if (distinct.size() <= kMaxDirectNames) {
    for (std::size_t a = 0; a < distinct.size(); ++a) {
      if (distinct[a].size() > kMaxIndexedLength) continue;
      for (std::size_t b = a + 1; b < distinct.size(); ++b) {
        if (distinct[b].size() <= kMaxIndexedLength) compare(a, b);
      }
    }
    return;
  }
  // Many names: candidates share a deletion key.
  absl::flat_hash_map<std::string, std::vector<std::size_t>> by_key;
  std::vector<std::string> keys;
  for (std::size_t d = 0; d < distinct.size(); ++d) {
    keys.clear();
    AddDeletionKeys(distinct[d], keys);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (std::string& key : keys) by_key[std::move(key)].push_back(d);
  }
  absl::flat_hash_set<std::pair<std::size_t, std::size_t>> compared;
  for (const auto& [key, members] : by_key) {
    for (std::size_t x = 0; x < members.size(); ++x) {
      for (std::size_t y = x + 1; y < members.size(); ++y) {
        const std::size_t a = std::min(members[x], members[y]);
        const std::size_t b = std::max(members[x], members[y]);
        if (compared.insert({a, b}).second) compare(a, b);
      }
    }
  }
}

}  // namespace netgov::validate::detail
