// File: netgov/core/enum.hpp
// -----------------------------------------------------------------------------
//
// One mechanism for every closed set of values in the library: an `enum class`
// whose spellings in the network file are listed once, in `EnumTraits<E>`.
// `ToString()`, `ParseEnum<E>()` and `EnumChoices<E>()` (for error messages)
// all read that list, so a spelling cannot drift between the loader, the writer
// and the CLI.
//
// Example:
//
//   std::optional<netgov::RoleKind> k = netgov::ParseEnum<netgov::RoleKind>("lead");
//   std::string_view s = netgov::ToString(netgov::RoleKind::kSupport);  // "support"
//   std::string c = netgov::EnumChoices<netgov::RoleKind>();  // "lead, member or support"

#ifndef NETGOV_CORE_ENUM_HPP_
#define NETGOV_CORE_ENUM_HPP_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace netgov {

// EnumTraits<E>
//
// Specialize with `static constexpr std::array<std::string_view, N> kNames`,
// listing the spelling of each enumerator in declaration order (enumerators
// are 0, 1, ... N-1).
template <typename E>
struct EnumTraits;

// ToString()
//
// The file spelling of `value`.
template <typename E>
constexpr std::string_view ToString(E value) {
  const auto index = static_cast<std::size_t>(value);
  return index < EnumTraits<E>::kNames.size() ? EnumTraits<E>::kNames[index]
                                              : std::string_view("?");
}

// ParseEnum<E>()
//
// The enumerator spelled `text` (exact, case-sensitive), or nullopt.
template <typename E>
constexpr std::optional<E> ParseEnum(std::string_view text) {
  for (std::size_t i = 0; i < EnumTraits<E>::kNames.size(); ++i) {
    if (EnumTraits<E>::kNames[i] == text) return static_cast<E>(i);
  }
  return std::nullopt;
}

// EnumChoices<E>()
//
// "a, b or c": the accepted spellings, for messages.
template <typename E>
std::string EnumChoices() {
  std::string out;
  const auto& names = EnumTraits<E>::kNames;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += (i + 1 == names.size()) ? " or " : ", ";
    out += names[i];
  }
  return out;
}

}  // namespace netgov

#endif  // NETGOV_CORE_ENUM_HPP_
