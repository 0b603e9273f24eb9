// The text layer of the JSON network file: a SAX pass that builds the DOM
// while checking nesting depth and duplicate keys, and clean syntax errors.
#include "src/io/json_parse.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "netgov/core/error.hpp"
#include "netgov/core/strings.hpp"
#include "netgov/io/json.hpp"

namespace netgov::io::detail {
namespace {

using nlohmann::json;

// nlohmann's token names, as they appear in its messages, in words.
std::string_view DescribeToken(std::string_view token) {
  if (token == "string literal") return "a string";
  if (token == "number literal") return "a number";
  if (token == "true literal") return "true";
  if (token == "false literal") return "false";
  if (token == "null literal") return "null";
  if (token == "end of input") return "end of input";
  return token;  // "'['", "'}'", "','" ... are clear as they are
}

// What nlohmann's parser expected, given the context it was parsing.
std::string_view DescribeExpected(std::string_view context,
                                  std::string_view expected) {
  if (context == "object key") return "expected a key in double quotes";
  if (context == "object separator") return "expected ':' after an object key";
  if (context == "object") return "expected ',' or '}' after an object member";
  if (context == "array") return "expected ',' or ']' after an array element";
  if (expected == "end of input") {
    return "expected the end of the input after the top-level value";
  }
  return "expected a value (an object, an array, a string, a number, true, "
         "false or null)";
}

// Rewrites the message of a nlohmann parse error (without its line and
// column, which the caller computes) in the library's words.
std::string DescribeParseError(std::string_view what) {
  constexpr std::string_view kSyntax = "syntax error while parsing ";
  constexpr std::string_view kOverflow = "number overflow parsing ";
  if (const std::size_t at = what.find(kOverflow); at != what.npos) {
    return absl::StrCat("number out of range: ",
                        ToAbsl(what.substr(at + kOverflow.size())));
  }
  const std::size_t at = what.find(kSyntax);
  if (at == what.npos) return std::string(what);
  std::string_view rest = what.substr(at + kSyntax.size());
  const std::size_t dash = rest.find(" - ");
  if (dash == rest.npos) return absl::StrCat("syntax error: ", ToAbsl(rest));
  const std::string_view context = rest.substr(0, dash);
  std::string_view detail = rest.substr(dash + 3);
  constexpr std::string_view kUnexpected = "unexpected ";
  if (!absl::StartsWith(ToAbsl(detail), ToAbsl(kUnexpected))) {
    // A lexer error: "invalid string: ...; last read: '...'".
    if (const std::size_t last = detail.find("; last read:"); last != detail.npos) {
      detail = detail.substr(0, last);
    }
    return absl::StrCat("syntax error: ", ToAbsl(detail));
  }
  detail.remove_prefix(kUnexpected.size());
  std::string_view expected;
  if (const std::size_t semi = detail.find("; expected "); semi != detail.npos) {
    expected = detail.substr(semi + 11);
    detail = detail.substr(0, semi);
  }
  return absl::StrCat("syntax error: ",
                      ToAbsl(DescribeExpected(context, expected)), ", found ",
                      ToAbsl(DescribeToken(detail)));
}

// A SAX consumer building the DOM iteratively, like nlohmann's own, but
// refusing duplicate keys and deep nesting.
class DomBuilder {
 public:
  explicit DomBuilder(json& root) : root_(root) {}

  bool null() { return Put(json(nullptr)); }
  bool boolean(bool value) { return Put(json(value)); }
  bool number_integer(json::number_integer_t value) { return Put(json(value)); }
  bool number_unsigned(json::number_unsigned_t value) { return Put(json(value)); }
  bool number_float(json::number_float_t value, const json::string_t&) {
    return Put(json(value));
  }
  bool string(json::string_t& value) { return Put(json(std::move(value))); }
  bool binary(json::binary_t&) { return Fail("", "binary values are not JSON"); }

  bool start_object(std::size_t) { return Open(json::object()); }
  bool start_array(std::size_t) { return Open(json::array()); }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }

  bool key(json::string_t& name) {
    if (stack_.back()->contains(name)) {
      return Fail(absl::StrCat(Pointer(), JsonPointer({name})),
                  absl::StrCat("duplicate key '", name,
                               "'; each key may appear once in an object"));
    }
    key_ = std::move(name);
    return true;
  }

  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) {
    syntax_error_ = true;
    message_ = DescribeParseError(ex.what());
    position_ = position;
    last_token_ = last_token;
    whole_token_ = ex.id == 406 || absl::StrContains(ex.what(), " - unexpected ");
    return false;
  }

  bool syntax_error() const { return syntax_error_; }
  // nlohmann's position: the count of bytes read, the offending one included.
  std::size_t position() const { return position_; }
  // The text nlohmann gives for the last token.
  const std::string& last_token() const { return last_token_; }
  // Whether the error is about a whole token (unexpected or out of range)
  // rather than a byte the lexer could not take.
  bool whole_token() const { return whole_token_; }
  const std::string& message() const { return message_; }
  const std::string& pointer() const { return pointer_; }

 private:
  // The JSON pointer of the innermost open container.
  std::string Pointer() const { return JsonPointer(tokens_); }

  bool Fail(std::string pointer, std::string message) {
    pointer_ = std::move(pointer);
    message_ = std::move(message);
    return false;
  }

  // Places `value` in the open container (or at the root); returns it.
  json* Place(json&& value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    json& slot = parent[key_];
    slot = std::move(value);
    return &slot;
  }

  bool Put(json&& value) {
    Place(std::move(value));
    return true;
  }

  bool Open(json&& container) {
    std::string token;
    if (!stack_.empty()) {
      token = stack_.back()->is_array() ? absl::StrCat(stack_.back()->size())
                                        : key_;
    }
    if (stack_.size() >= static_cast<std::size_t>(kMaxDepth)) {
      std::vector<std::string> tokens = tokens_;
      tokens.push_back(token);
      return Fail(JsonPointer(tokens),
                  absl::StrCat("nesting deeper than ", kMaxDepth,
                               " levels; a netgov/1 file needs at most 6"));
    }
    json* placed = Place(std::move(container));
    if (!stack_.empty()) tokens_.push_back(std::move(token));
    stack_.push_back(placed);
    return true;
  }

  bool Close() {
    stack_.pop_back();
    if (!tokens_.empty() && !stack_.empty()) tokens_.pop_back();
    return true;
  }

  json& root_;
  std::vector<json*> stack_;
  std::vector<std::string> tokens_;  // pointer tokens of stack_[1..]
  std::string key_;
  bool syntax_error_ = false;
  std::size_t position_ = 0;
  std::string last_token_;
  bool whole_token_ = false;
  std::string message_;
  std::string pointer_;
};

// The byte a syntax error points at: the offending byte of a lexer error,
// the first byte of an unexpected token. nlohmann's token text is exact for
// strings and numbers (the lexer restarts it for them) but may carry earlier
// bytes for punctuation and literals, whose lengths are known anyway.
std::size_t ErrorOffset(std::string_view text, std::size_t position,
                        std::string_view last_token, bool whole_token) {
  std::size_t last = position == 0 ? 0 : position - 1;
  if (!whole_token || last >= text.size()) return std::min(last, text.size());
  std::size_t length = 1;
  const char c = text[last];
  if (c == '"' || (c >= '0' && c <= '9')) {
    length = last_token.size();
  } else if (absl::EndsWith(ToAbsl(last_token), "false")) {
    length = 5;
  } else if (absl::EndsWith(ToAbsl(last_token), "true") ||
             absl::EndsWith(ToAbsl(last_token), "null")) {
    length = 4;
  }
  return length >= 1 && length <= last + 1 ? last + 1 - length : last;
}

}  // namespace

LineColumn LineColumnAt(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  LineColumn at;
  for (std::size_t i = 0; i < offset; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // not a UTF-8 continuation byte
      ++at.column;
    }
  }
  return at;
}

absl::StatusOr<json> ParseJsonText(std::string_view text,
                                   std::string_view file_name) {
  // nlohmann's lexer takes a NUL byte for the end of the input, which would
  // accept anything after one; JSON text has no raw NUL.
  if (const std::size_t nul = text.find('\0'); nul != text.npos) {
    const LineColumn at = LineColumnAt(text, nul);
    return absl::InvalidArgumentError(
        absl::StrCat(ToAbsl(file_name), ":", at.line, ":", at.column,
                     ": syntax error: NUL byte; this is not JSON text"));
  }
  json root;
  DomBuilder builder(root);
  const bool ok = json::sax_parse(text.begin(), text.end(), &builder,
                                  json::input_format_t::json,
                                  /*strict=*/true, /*ignore_comments=*/true);
  if (ok) return root;
  if (builder.syntax_error()) {
    const LineColumn at = LineColumnAt(
        text, ErrorOffset(text, builder.position(), builder.last_token(),
                          builder.whole_token()));
    return absl::InvalidArgumentError(absl::StrCat(
        ToAbsl(file_name), ":", at.line, ":", at.column, ": ", builder.message()));
  }
  return absl::InvalidArgumentError(absl::StrCat(
      ToAbsl(file_name), ": ", builder.pointer(), ": ", builder.message()));
}

}  // namespace netgov::io::detail
