// File: netgov/validate/validate.hpp
// -----------------------------------------------------------------------------
//
// Diagnostics over a network: what a `NetworkBuilder` accepts (every reference
// resolves, every interval is ordered) can still be inconsistent as a record.
// `Validate()` reports those inconsistencies, each with a severity, the JSON
// pointer of the item concerned and a message that says what is wrong:
//
//   error    the data contradicts itself: overlapping roles of one entity in
//            one pillar, a role or seat held outside the holder's membership;
//   warning  probably wrong or incomplete: a pillar with no lead or only a
//            provisional one, a gap in a pillar's lead, person names that
//            differ only slightly across people, a mention of something the
//            network does not define, a stated count the data contradicts;
//   note     worth knowing: an entity with no role, a lead handed over from
//            one entity to the next, an alias that is a near-spelling of the
//            person's own name, facts that rest on nothing stated (neither a
//            quote nor a basis) in a network that records provenance for
//            others (a warning each under `Options::require_provenance`).
//
// The checks do not depend on an as-of date: they look at the whole record.
// The list is sorted by (severity, pointer, message); pointers compare token by
// token, numeric tokens as numbers (`/pillars/2` before `/pillars/10`).
//
// Example:
//
//   std::vector<netgov::validate::Diagnostic> found =
//       netgov::validate::Validate(netgov::io::DefaultNetwork());
//   for (const auto& d : found) {
//     std::cout << netgov::ToString(d.severity) << " " << d.pointer << ": "
//               << d.message << "\n";
//   }

#ifndef NETGOV_VALIDATE_VALIDATE_HPP_
#define NETGOV_VALIDATE_VALIDATE_HPP_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "netgov/core/enum.hpp"
#include "netgov/network/network.hpp"

namespace netgov::validate {

// Severity
//
// In decreasing order of gravity; a network "has errors" when any diagnostic
// is `kError`.
enum class Severity { kError, kWarning, kNote };

}  // namespace netgov::validate

namespace netgov {

template <>
struct EnumTraits<validate::Severity> {
  static constexpr std::array<std::string_view, 3> kNames = {"error", "warning",
                                                             "note"};
};

}  // namespace netgov

namespace netgov::validate {

// Diagnostic
//
// One finding. `pointer` is an RFC 6901 JSON pointer into the network file
// (`/pillars/3/roles/0`), empty for the whole document.
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string pointer;
  std::string message;

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

// DiagnosticLess()
//
// The documented order: severity, then pointer (token by token, numeric tokens
// as numbers), then message.
bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b);

// Options
//
// `require_provenance`: report each fact that states neither a `source` nor a
// `basis` (netgov/network/facts.hpp) as a warning at its pointer. Without it,
// such facts are summed up in one note on the whole document, and only in a
// network that records provenance for some of its facts: a network that
// records none (built in code, generated) is not the encoding of a source.
struct Options {
  bool require_provenance = false;
};

// Validate()
//
// Every diagnostic for `network`, sorted with `DiagnosticLess()`.
std::vector<Diagnostic> Validate(const Network& network);
std::vector<Diagnostic> Validate(const Network& network, const Options& options);

// DiagnosticFromLoadError()
//
// A network file that fails to load is one `kError` diagnostic: when the
// message of `status` reads "<file>: /pointer: what", the pointer is taken
// from it and the message is "what"; otherwise (syntax errors located by
// line:column) the pointer is empty and the message is the whole text.
Diagnostic DiagnosticFromLoadError(const absl::Status& status);

// Counts
//
// How many diagnostics of each severity.
struct Counts {
  int errors = 0;
  int warnings = 0;
  int notes = 0;

  friend bool operator==(const Counts&, const Counts&) = default;
};

// CountBySeverity()
Counts CountBySeverity(const std::vector<Diagnostic>& diagnostics);

}  // namespace netgov::validate

#endif  // NETGOV_VALIDATE_VALIDATE_HPP_
