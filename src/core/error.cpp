#include "netgov/core/error.hpp"

#include <algorithm>
#include <array>
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
  const int over = bound + 1;
  if (bound < 0) return a.empty() && b.empty() ? 0 : over;
  if (a.size() > b.size() + static_cast<std::size_t>(bound) ||
      b.size() > a.size() + static_cast<std::size_t>(bound)) {
    return over;
  }
  auto lower = [](char c) { return absl::ascii_tolower(static_cast<unsigned char>(c)); };
  // A common prefix or suffix costs no edit, and no cheaper alignment uses
  // it otherwise (a transposition across its edge would swap two equal
  // letters), so only the middles are compared: near names, such as sorted
  // neighbours, mostly share long ends.
  while (!a.empty() && !b.empty() && lower(a.front()) == lower(b.front())) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && lower(a.back()) == lower(b.back())) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  if (n == 0 || m == 0) return std::min(std::max(n, m), over);
  // Rows i-2, i-1 and i of the optimal string alignment table, on the stack
  // for names of up to 63 bytes (the validator compares many short ones). A
  // cell more than `bound` off the diagonal holds `over` (it cannot be <=
  // bound): every cell starts so, and a row computes only its band.
  constexpr std::size_t kStackCells = 3 * 64;
  const auto width = static_cast<std::size_t>(m) + 1;
  std::array<int, kStackCells> stack_cells;
  std::vector<int> heap_cells;
  int* cells = stack_cells.data();
  if (3 * width > kStackCells) {
    heap_cells.resize(3 * width);
    cells = heap_cells.data();
  }
  std::fill(cells, cells + 3 * width, over);
  int* before = cells;
  int* previous = cells + width;
  int* row = cells + 2 * width;
  for (int j = 0; j <= std::min(m, bound); ++j) previous[j] = j;
  for (int i = 1; i <= n; ++i) {
    const int first = std::max(1, i - bound);
    const int last = std::min(m, i + bound);
    // `row` last held row i-3, whose band reached column first-1: that cell
    // is left of this row's band and read as its left neighbour. (Cells
    // right of the band were never written: still `over`.)
    row[0] = i <= bound ? i : over;
    if (first > 1) row[first - 1] = over;
    int best = row[0];
    for (int j = first; j <= last; ++j) {
      const bool same = lower(a[static_cast<std::size_t>(i - 1)]) ==
                        lower(b[static_cast<std::size_t>(j - 1)]);
      int cell = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (same ? 0 : 1)});
      if (i > 1 && j > 1 &&
          lower(a[static_cast<std::size_t>(i - 1)]) == lower(b[static_cast<std::size_t>(j - 2)]) &&
          lower(a[static_cast<std::size_t>(i - 2)]) == lower(b[static_cast<std::size_t>(j - 1)])) {
        cell = std::min(cell, before[j - 2] + 1);
      }
      row[j] = std::min(cell, over);
      best = std::min(best, row[j]);
    }
    if (best > bound) return over;
    int* oldest = before;
    before = previous;
    previous = row;
    row = oldest;
  }
  return previous[m];
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
