// Private to the JSON network file (src/io/json*.cpp): turning text into a
// nlohmann::json DOM with the guarantees the loader needs.
//
// `ParseJsonText()` is a SAX pass that builds the DOM itself, so that it can
// refuse what nlohmann's own DOM parser accepts silently or too late:
// duplicate keys (nlohmann keeps the last one), nesting deeper than
// `io::kMaxDepth` (refused before the deep part is built, with no recursion),
// and it turns nlohmann's parse errors into one clean message,
// "<file>:<line>:<column>: syntax error: <what was expected>".
//
// Example:
//
//   absl::StatusOr<nlohmann::json> doc =
//       netgov::io::detail::ParseJsonText("{\"a\": 1,}", "net.json");
//   // INVALID_ARGUMENT: net.json:1:10: syntax error: expected a key in double
//   //                   quotes, found '}'

#ifndef NETGOV_SRC_IO_JSON_PARSE_HPP_
#define NETGOV_SRC_IO_JSON_PARSE_HPP_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "nlohmann/json.hpp"

namespace netgov::io::detail {

// LineColumn
//
// A 1-based position in a text; the column counts UTF-8 characters.
struct LineColumn {
  std::size_t line = 1;
  std::size_t column = 1;
};

// LineColumnAt()
//
// The position of byte `offset` of `text` (`text.size()` is just past the
// end).
LineColumn LineColumnAt(std::string_view text, std::size_t offset);

// ParseJsonText()
//
// Parses `text` (JSON with `//` and `/* */` comments). Errors are
// `InvalidArgument`, prefixed with `file_name`: syntax errors with
// `:line:column`, duplicate keys and excessive nesting with the JSON pointer
// of the offending key or value. Never throws except `std::bad_alloc`.
absl::StatusOr<nlohmann::json> ParseJsonText(std::string_view text,
                                             std::string_view file_name);

}  // namespace netgov::io::detail

#endif  // NETGOV_SRC_IO_JSON_PARSE_HPP_
