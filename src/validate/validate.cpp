#include "netgov/validate/validate.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "netgov/core/strings.hpp"
#include "netgov/network/facts.hpp"
#include "src/validate/checks.hpp"

namespace netgov::validate {
namespace {

// Compares two pointers token by token; all-digit tokens compare as numbers.
int ComparePointers(std::string_view a, std::string_view b) {
  const std::vector<absl::string_view> ta = absl::StrSplit(ToAbsl(a), '/');
  const std::vector<absl::string_view> tb = absl::StrSplit(ToAbsl(b), '/');
  const std::size_t n = std::min(ta.size(), tb.size());
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t na = 0;
    std::uint64_t nb = 0;
    if (absl::SimpleAtoi(ta[i], &na) && absl::SimpleAtoi(tb[i], &nb)) {
      if (na != nb) return na < nb ? -1 : 1;
      continue;
    }
    if (const int c = ta[i].compare(tb[i]); c != 0) return c < 0 ? -1 : 1;
  }
  if (ta.size() == tb.size()) return 0;
  return ta.size() < tb.size() ? -1 : 1;
}

}  // namespace

namespace detail {

std::string At(std::string_view collection, std::size_t index,
               std::string_view rest) {
  return absl::StrCat("/", ToAbsl(collection), "/", index, ToAbsl(rest));
}

}  // namespace detail

bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b) {
  if (a.severity != b.severity) return a.severity < b.severity;
  if (const int c = ComparePointers(a.pointer, b.pointer); c != 0) return c < 0;
  return a.message < b.message;
}

std::vector<Diagnostic> Validate(const Network& network) {
  return Validate(network, Options{});
}

std::vector<Diagnostic> Validate(const Network& network, const Options& options) {
  std::vector<Diagnostic> out;
  // Facts resting on nothing: each one under --require-provenance, else a
  // note naming the first, when some facts have provenance and some not.
  std::size_t facts = 0;
  std::size_t bare = 0;
  std::string first_bare;
  ForEachFact(network, [&](Fact&& f) {
    ++facts;
    if (f.provenance.Has()) return;
    if (options.require_provenance) {
      out.push_back({Severity::kWarning, std::move(f.pointer),
                     absl::StrCat("states neither a source nor a basis: ", f.statement)});
    } else if (bare == 0) {
      first_bare = std::move(f.pointer);
    }
    ++bare;
  });
  if (!options.require_provenance && bare > 0 && bare < facts) {
    out.push_back({Severity::kNote, "",
                   absl::StrCat(bare, bare == 1 ? " fact states" : " facts state",
                                " neither a source nor a basis (the first: ", first_bare,
                                "); --require-provenance lists each")});
  }
  detail::CheckRoles(network, out);
  detail::CheckSeats(network, out);
  detail::CheckPeopleNames(network, out);
  detail::CheckMentions(network, out);
  detail::CheckStatedCounts(network, out);
  std::sort(out.begin(), out.end(), DiagnosticLess);
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Diagnostic DiagnosticFromLoadError(const absl::Status& status) {
  const std::string_view text = ToStd(status.message());
  // "<file>: /pointer: message" (the file name may itself contain ": ").
  for (std::size_t at = text.find(": /"); at != std::string_view::npos;
       at = text.find(": /", at + 1)) {
    const std::size_t start = at + 2;
    const std::size_t end = text.find(": ", start);
    if (end == std::string_view::npos) break;
    const std::string_view pointer = text.substr(start, end - start);
    if (pointer.find(' ') != std::string_view::npos) continue;
    return {Severity::kError, std::string(pointer),
            std::string(text.substr(end + 2))};
  }
  return {Severity::kError, "", std::string(text)};
}

Counts CountBySeverity(const std::vector<Diagnostic>& diagnostics) {
  Counts counts;
  for (const Diagnostic& d : diagnostics) {
    switch (d.severity) {
      case Severity::kError:
        ++counts.errors;
        break;
      case Severity::kWarning:
        ++counts.warnings;
        break;
      case Severity::kNote:
        ++counts.notes;
        break;
    }
  }
  return counts;
}

}  // namespace netgov::validate
