// File: netgov/core/strings.hpp
// -----------------------------------------------------------------------------
//
// The bridge between `std::string_view`, which the library's API uses, and
// `absl::string_view`, which Debian's Abseil 20220623 defines as its own type
// (it is not built with ABSL_USES_STD_STRING_VIEW). Abseil's string functions
// and heterogeneous lookups in its hash containers take the latter.
//
// Example:
//
//   #include "absl/container/flat_hash_map.h"
//   #include "absl/strings/str_cat.h"
//
//   absl::flat_hash_map<std::string, int> index = {{"ohchr", 0}};
//   std::string_view key = "ohchr";
//   auto it = index.find(netgov::ToAbsl(key));
//   std::string msg = absl::StrCat("unknown entity '", netgov::ToAbsl(key), "'");

#ifndef NETGOV_CORE_STRINGS_HPP_
#define NETGOV_CORE_STRINGS_HPP_

#include <string_view>

#include "absl/strings/string_view.h"

namespace netgov {

// ToAbsl()
inline absl::string_view ToAbsl(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

// ToStd()
inline std::string_view ToStd(absl::string_view s) {
  return std::string_view(s.data(), s.size());
}

}  // namespace netgov

#endif  // NETGOV_CORE_STRINGS_HPP_
