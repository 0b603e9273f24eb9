#include "netgov/core/error.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "netgov/core/strings.hpp"

namespace netgov {

int EditDistance(std::string_view a, std::string_view b) {
  // Optimal string alignment distance over lower-cased text.
  const size_t n = a.size();
  const size_t m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  auto lower = [](char c) { return absl::ascii_tolower(static_cast<unsigned char>(c)); };
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      const int cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
          lower(a[i - 2]) == lower(b[j - 1])) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

int BoundedEditDistance(std::string_view a, std::string_view b, int bound) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  const int over = bound + 1;
  if (bound < 0) return 0 == n && 0 == m ? 0 : over;
  if (n - m > bound || m - n > bound) return over;
  auto lower = [](char c) { return absl::ascii_tolower(static_cast<unsigned char>(c)); };
  // Rows i-2, i-1 and i of the optimal string alignment table; a cell more
  // than `bound` off the diagonal holds `over` (it cannot be <= bound).
  std::vector<int> before(static_cast<std::size_t>(m) + 1, over);
  std::vector<int> previous(static_cast<std::size_t>(m) + 1, over);
  std::vector<int> row(static_cast<std::size_t>(m) + 1, over);
  for (int j = 0; j <= std::min(m, bound); ++j) previous[static_cast<std::size_t>(j)] = j;
  for (int i = 1; i <= n; ++i) {
    std::fill(row.begin(), row.end(), over);
    if (i <= bound) row[0] = i;
    int best = row[0];
    for (int j = std::max(1, i - bound); j <= std::min(m, i + bound); ++j) {
      const auto at = static_cast<std::size_t>(j);
      const bool same = lower(a[static_cast<std::size_t>(i - 1)]) == lower(b[at - 1]);
      int cell = std::min({previous[at] + 1, row[at - 1] + 1, previous[at - 1] + (same ? 0 : 1)});
      if (i > 1 && j > 1 && lower(a[static_cast<std::size_t>(i - 1)]) == lower(b[at - 2]) &&
          lower(a[static_cast<std::size_t>(i - 2)]) == lower(b[at - 1])) {
        cell = std::min(cell, before[at - 2] + 1);
      }
      row[at] = std::min(cell, over);
      best = std::min(best, row[at]);
    }
    if (best > bound) return over;
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return previous[static_cast<std::size_t>(m)];
}

std::optional<std::string> ClosestMatch(
    std::string_view name, const std::vector<std::string>& candidates) {
  if (name.size() > 256) return std::nullopt;
  const int limit = std::max(1, static_cast<int>(name.size()) / 3);
  const std::string* best = nullptr;
  int best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    if (candidate.size() > 256 || candidate == name) continue;
    const int distance = EditDistance(name, candidate);
    if (distance < best_distance ||
        (distance == best_distance && best != nullptr && candidate < *best)) {
      best = &candidate;
      best_distance = distance;
    }
  }
  if (best == nullptr) return std::nullopt;
  return *best;
}

std::string DidYouMean(std::string_view name,
                       const std::vector<std::string>& candidates) {
  const std::optional<std::string> best = ClosestMatch(name, candidates);
  if (!best) return "";
  return absl::StrCat("; did you mean '", *best, "'?");
}

absl::Status ErrorAt(std::string_view where, std::string_view message) {
  return absl::InvalidArgumentError(absl::StrCat(ToAbsl(where), ": ", ToAbsl(message)));
}

std::string JsonPointer(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& token : tokens) {
    absl::StrAppend(&out, "/",
                    absl::StrReplaceAll(token, {{"~", "~0"}, {"/", "~1"}}));
  }
  return out;
}

}  // namespace netgov
