// File: netgov/core/error.hpp
// -----------------------------------------------------------------------------
//
// Helpers for the library's error values. Every recoverable error is an
// `absl::Status` whose message says where (a file and line:column, or a JSON
// pointer such as `/pillars/3/roles/0/entity`) and what would be right.
//
// Example:
//
//   const std::vector<std::string> ids = {"ohchr", "unhcr"};
//   absl::Status status = netgov::ErrorAt(
//       "/pillars/3/roles/0/entity",
//       absl::StrCat("unknown entity 'unhcrr'", netgov::DidYouMean("unhcrr", ids)));
//   // INVALID_ARGUMENT: /pillars/3/roles/0/entity: unknown entity 'unhcrr';
//   //                   did you mean 'unhcr'?

#ifndef NETGOV_CORE_ERROR_HPP_
#define NETGOV_CORE_ERROR_HPP_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"

namespace netgov {

// EditDistance()
//
// Levenshtein distance (insertions, deletions, substitutions; adjacent
// transpositions count 1), case-insensitive.
int EditDistance(std::string_view a, std::string_view b);

// BoundedEditDistance()
//
// `EditDistance(a, b)` when it is at most `bound` (>= 0), else `bound + 1`,
// in O((|a| + |b|) * bound) time: only the cells within `bound` of the
// diagonal are computed, and the computation stops at the first row whose
// cells all exceed `bound`. For "is this within k edits?" over many pairs.
int BoundedEditDistance(std::string_view a, std::string_view b, int bound);

// ClosestMatch()
//
// The candidate closest to `name` within a small edit distance (a third of its
// length, at least 1; ties break alphabetically), or nullopt.
std::optional<std::string> ClosestMatch(
    std::string_view name, const std::vector<std::string>& candidates);

// DidYouMean()
//
// "; did you mean 'x'?" for the closest candidate within a small distance of
// `name` (ties break alphabetically), or "" when nothing is close.
std::string DidYouMean(std::string_view name,
                       const std::vector<std::string>& candidates);

// ErrorAt()
//
// An `InvalidArgument` status reading "<where>: <message>".
absl::Status ErrorAt(std::string_view where, std::string_view message);

// JsonPointer()
//
// Joins reference tokens into an RFC 6901 pointer, escaping `~` and `/`:
// JsonPointer({"pillars", "3", "roles"}) == "/pillars/3/roles".
std::string JsonPointer(const std::vector<std::string>& tokens);

}  // namespace netgov

#endif  // NETGOV_CORE_ERROR_HPP_
