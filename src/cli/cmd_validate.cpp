// netgov validate [FILE]: the validate engine's diagnostics for FILE (or
// --network, or the embedded default network; "-" reads standard input), sorted by (severity, pointer,
// message). Exit 1 if any is an error. A file that cannot be read exits 2; a
// file that fails to load is reported as one error diagnostic.
#include <string>
#include <vector>

#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"
#include "netgov/validate/validate.hpp"
#include "src/cli/commands.hpp"

namespace netgov::cli {

absl::StatusOr<int> RunValidate(const Context& ctx) {
  std::optional<std::string> path = ctx.invocation.network_file;
  if (!ctx.invocation.positional.empty()) path = ctx.invocation.positional.front();
  std::vector<validate::Diagnostic> found;
  validate::Options options;
  options.require_provenance = ctx.Option("require-provenance").has_value();
  if (path) {
    absl::StatusOr<Network> net =
        LoadNetworkArgument(*path, ctx.in, ctx.invocation.max_file_bytes);
    if (net.ok()) {
      found = validate::Validate(*net, options);
    } else if (net.status().code() == absl::StatusCode::kNotFound) {
      return net.status();
    } else {
      found.push_back(validate::DiagnosticFromLoadError(net.status()));
    }
  } else {
    found = validate::Validate(io::DefaultNetwork(), options);
  }
  const validate::Counts counts = validate::CountBySeverity(found);

  if (ctx.format == "json") {
    nlohmann::json j;
    j["diagnostics"] = nlohmann::json::array();
    for (const validate::Diagnostic& d : found) {
      j["diagnostics"].push_back({{"severity", std::string(ToString(d.severity))},
                                  {"pointer", d.pointer},
                                  {"message", d.message}});
    }
    PrintJson(ctx.out, j);
  } else {
    Table t({"severity", "pointer", "message"});
    for (const validate::Diagnostic& d : found) {
      t.AddRow({std::string(ToString(d.severity)), d.pointer.empty() ? "/" : d.pointer,
                d.message});
    }
    if (!t.empty()) t.Print(ctx.out);
    ctx.out << (t.empty() ? "" : "\n") << counts.errors
            << (counts.errors == 1 ? " error, " : " errors, ") << counts.warnings
            << (counts.warnings == 1 ? " warning, " : " warnings, ") << counts.notes
            << (counts.notes == 1 ? " note" : " notes") << "\n";
  }
  return counts.errors > 0 ? 1 : 0;
}

}  // namespace netgov::cli
