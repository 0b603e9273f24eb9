#include "src/cli/cli.hpp"

#include <algorithm>
#include <exception>
#include <iostream>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "netgov/core/error.hpp"
#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"

namespace netgov::cli {
namespace {

constexpr std::string_view kGlobalOptions[] = {"network", "as-of", "format", "max-file-mib"};

// --max-file-mib: from 1 MiB to 1 TiB.
constexpr long long kMaxFileMib = 1 << 20;

// Options that take no value (`validate --require-provenance`).
constexpr std::string_view kFlags[] = {"require-provenance"};

const Command* FindCommand(std::string_view name) {
  for (const Command& c : Commands()) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

void PrintUsage(std::ostream& out) {
  out << "usage: netgov [--network FILE] [--as-of YYYY-MM-DD] COMMAND [options]"
         " [--format FORMAT]\n\n"
         "Without --network, the embedded default network is used; without\n"
         "--as-of, today in the network's time zone. --max-file-mib N reads\n"
         "network files of up to N MiB (default 64).\n\ncommands:\n";
  Table table({"", ""});
  for (const Command& c : Commands()) {
    table.AddRow({std::string(c.name), std::string(c.summary)});
  }
  table.Print(out, "  ");
  out << "\n'netgov COMMAND --help' shows a command's options.\n";
}

void PrintCommandHelp(const Command& c, std::ostream& out) {
  out << "usage: netgov " << c.usage << "\n\n" << c.summary << "\n\nformats: "
      << absl::StrJoin(c.formats, ", ", [](std::string* o, std::string_view f) { o->append(f); }) << "\n";
}

std::vector<std::string> OptionNames(const Command& c) {
  std::vector<std::string> names;
  for (std::string_view o : kGlobalOptions) names.push_back(std::string(o));
  for (std::string_view o : c.options) names.push_back(std::string(o));
  return names;
}

int Fail(std::ostream& err, std::string_view where, std::string_view message) {
  err << "netgov" << (where.empty() ? "" : " ") << where << ": " << message
      << "\n";
  return 2;
}

}  // namespace

std::span<const std::string_view> GlobalOptions() { return kGlobalOptions; }

std::optional<std::string> Context::Option(absl::string_view name) const {
  const auto it = invocation.options.find(std::string(name));
  if (it == invocation.options.end()) return std::nullopt;
  return it->second;
}

absl::StatusOr<std::optional<Date>> Context::OptionalDateOption(
    absl::string_view name) const {
  const std::optional<std::string> text = Option(name);
  if (!text) return std::optional<Date>();
  absl::StatusOr<Date> date = ParseDate(*text);
  if (!date.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("--", name, ": ", date.status().message()));
  }
  return std::optional<Date>(*date);
}

absl::StatusOr<Date> Context::DateOption(absl::string_view name,
                                         Date fallback) const {
  absl::StatusOr<std::optional<Date>> date = OptionalDateOption(name);
  if (!date.ok()) return date.status();
  return date->value_or(fallback);
}

absl::StatusOr<long long> Context::IntOption(absl::string_view name,
                                             long long fallback, long long min,
                                             long long max) const {
  const std::optional<std::string> text = Option(name);
  if (!text) return fallback;
  long long value = 0;
  if (!absl::SimpleAtoi(*text, &value) || value < min || value > max) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--", name, ": '", *text, "' is not a whole number from ", min, " to ",
        max));
  }
  return value;
}

Date Today(std::string_view time_zone) {
  absl::TimeZone tz = absl::UTCTimeZone();
  if (!time_zone.empty()) {
    absl::TimeZone loaded;
    if (absl::LoadTimeZone(std::string(time_zone), &loaded)) tz = loaded;
  }
  const absl::CivilDay day = absl::ToCivilDay(absl::Now(), tz);
  return Date(static_cast<unsigned short>(day.year()),
              static_cast<unsigned short>(day.month()),
              static_cast<unsigned short>(day.day()));
}

void PrintTable(std::ostream& out, std::string_view indent,
                const std::vector<std::string>& header, std::size_t rows,
                absl::FunctionRef<const std::vector<std::string>&(std::size_t)> row) {
  std::vector<std::size_t> widths(header.size(), 0);
  auto measure = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], cells[i].size());
    }
  };
  const bool has_header =
      std::any_of(header.begin(), header.end(),
                  [](const std::string& h) { return !h.empty(); });
  if (has_header) measure(header);
  for (std::size_t r = 0; r < rows; ++r) measure(row(r));
  std::string line;
  auto print = [&](const std::vector<std::string>& cells) {
    line.assign(indent);
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
      line += cells[i];
      if (i + 1 < cells.size()) line.append(widths[i] - cells[i].size() + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  };
  if (has_header) print(header);
  for (std::size_t r = 0; r < rows; ++r) {
    if (!out) return;  // the output failed: Run() reports it
    print(row(r));
  }
}

void Table::Print(std::ostream& out, std::string_view indent) const {
  PrintTable(out, indent, header_, rows_.size(),
             [&](std::size_t r) -> const std::vector<std::string>& { return rows_[r]; });
}

namespace {

// `value` as the CLI writes JSON: two-space indentation (none for `indent`
// -1), UTF-8 as is, invalid UTF-8 replaced.
std::string DumpJson(const nlohmann::json& value, int indent = 2) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// `value` as PrintJson() writes it nested `depth` levels deep: its lines
// after the first indented by two spaces a level. (JSON text has no raw
// newline inside a string, so every newline starts a line.)
std::string NestedJson(const nlohmann::json& value, int depth) {
  std::string line_start(1 + 2 * static_cast<std::size_t>(depth), ' ');
  line_start.front() = '\n';
  return absl::StrReplaceAll(DumpJson(value), {{"\n", line_start}});
}

}  // namespace

void PrintJson(std::ostream& out, const nlohmann::json& value) {
  out << DumpJson(value) << "\n";
}

void PrintJsonWithArray(std::ostream& out, const nlohmann::json& doc, const std::string& key,
                        absl::FunctionRef<bool(nlohmann::json&)> next) {
  const StreamedArray array{key, next};
  PrintJsonWithArrays(out, doc, std::span<const StreamedArray>(&array, 1));
}

void PrintJsonWithArrays(std::ostream& out, const nlohmann::json& doc,
                         std::span<const StreamedArray> arrays) {
  // The keys in PrintJson()'s (sorted) order, the arrays' among them; an
  // array's entry points at its StreamedArray, a document key's is null.
  std::vector<std::pair<std::string, const StreamedArray*>> keys;
  for (const auto& item : doc.items()) keys.emplace_back(item.key(), nullptr);
  for (const StreamedArray& array : arrays) keys.emplace_back(array.key, &array);
  std::sort(keys.begin(), keys.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  out << "{";
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const auto& [key, array] = keys[i];
    out << (i == 0 ? "\n  " : ",\n  ") << DumpJson(key, -1) << ": ";
    if (array == nullptr) {
      out << NestedJson(doc.at(key), 1);
      continue;
    }
    nlohmann::json element;
    bool any = false;
    while (out && array->next(element)) {
      out << (any ? ",\n    " : "[\n    ") << NestedJson(element, 2);
      any = true;
    }
    out << (any ? "\n  ]" : "[]");
  }
  out << "\n}\n";
}

nlohmann::json DateJson(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return FormatDate(*date);
}

std::string EntityLabel(const Network& network, const EntityId& id) {
  const Entity* e = network.FindEntity(id);
  return e == nullptr ? id.str() : e->DisplayName();
}

std::string EntityLabels(const Network& network, std::span<const EntityId> ids) {
  std::vector<std::string> labels;
  for (const EntityId& id : ids) labels.push_back(EntityLabel(network, id));
  return labels.empty() ? "-" : absl::StrJoin(labels, ", ");
}

ProgressLine::ProgressLine(const Context& ctx, bool large)
    : err_(ctx.err_is_terminal && large ? &ctx.err : nullptr),
      command_(ctx.invocation.command) {}

ProgressLine::~ProgressLine() { Done(); }

void ProgressLine::Done() {
  // "\r" and erase to the end of the line: the terminal is left as it was.
  if (err_ != nullptr && !last_.empty()) *err_ << "\r\x1b[K" << std::flush;
  last_.clear();
}

ProgressFn ProgressLine::fn() {
  if (err_ == nullptr) return {};
  return [this](std::string_view stage, std::int64_t done, std::int64_t total) {
    std::string line = absl::StrCat("netgov ", command_, ": ", ToAbsl(stage), " ",
                                    total > 0 ? 100 * done / total : 0, "%");
    if (line == last_) return;
    *err_ << "\r\x1b[K" << line << std::flush;
    last_ = std::move(line);
  };
}

absl::StatusOr<Network> LoadNetworkArgument(const std::string& path, std::istream& in,
                                            std::size_t max_bytes) {
  absl::StatusOr<Network> net = path == "-"
                                    ? io::ReadNetwork(in, "<stdin>", {.max_bytes = max_bytes})
                                    : io::LoadNetworkFile(path, {.max_bytes = max_bytes});
  // Too large: say how to read it anyway.
  if (!net.ok() && absl::StrContains(net.status().message(), "; the limit is ")) {
    return absl::Status(net.status().code(),
                        absl::StrCat(net.status().message(),
                                     "; --max-file-mib N reads files of up to N MiB"));
  }
  return net;
}

namespace {

// `code`, unless `out` could not be written: then one line on `err`, exit 2.
int Written(std::ostream& out, std::ostream& err, int code) {
  if (out.flush()) return code;
  return Fail(err, "", "cannot write output: the output stream failed");
}

}  // namespace

int Run(const std::vector<std::string>& args, std::ostream& out,
        std::ostream& err, std::optional<Date> today, std::istream& in,
        bool err_is_terminal) {
  try {
    Invocation inv;
    bool help = false;
    bool format_given = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
      const std::string& arg = args[i];
      if (arg == "--help" || arg == "-h") {
        help = true;
        continue;
      }
      if (arg == "--version") {
        out << "netgov " << NETGOV_VERSION << "\n";
        return 0;
      }
      if (absl::StartsWith(arg, "--") && arg.size() > 2) {
        std::string name = arg.substr(2);
        std::string value;
        if (std::find(std::begin(kFlags), std::end(kFlags), name) != std::end(kFlags)) {
          inv.options[name] = "";
          continue;
        }
        if (const auto eq = name.find('='); eq != std::string::npos) {
          value = name.substr(eq + 1);
          name.resize(eq);
        } else if (i + 1 < args.size()) {
          value = args[++i];
        } else {
          return Fail(err, "", absl::StrCat("option --", name, " needs a value"));
        }
        if (name == "network") {
          inv.network_file = value;
        } else if (name == "as-of") {
          absl::StatusOr<Date> d = ParseDate(value);
          if (!d.ok()) return Fail(err, "", absl::StrCat("--as-of: ", d.status().message()));
          inv.as_of = *d;
        } else if (name == "format") {
          inv.format = value;
          format_given = true;
        } else if (name == "max-file-mib") {
          long long mib = 0;
          if (!absl::SimpleAtoi(value, &mib) || mib < 1 || mib > kMaxFileMib) {
            return Fail(err, "", absl::StrCat("--max-file-mib: '", value,
                                              "' is not a whole number from 1 to ", kMaxFileMib,
                                              " (the largest network file read, in MiB)"));
          }
          inv.max_file_bytes = static_cast<std::size_t>(mib) << 20;
        } else {
          inv.options[name] = value;
        }
        continue;
      }
      if (inv.command.empty()) {
        inv.command = arg;
      } else {
        inv.positional.push_back(arg);
      }
    }
    if (inv.command.empty() || inv.command == "help") {
      if (!inv.positional.empty()) {
        if (const Command* c = FindCommand(inv.positional.front())) {
          PrintCommandHelp(*c, out);
          return Written(out, err, 0);
        }
      }
      if (help || inv.command == "help") {
        PrintUsage(out);
        return Written(out, err, 0);
      }
      PrintUsage(err);
      return 2;
    }
    const Command* command = FindCommand(inv.command);
    if (command == nullptr) {
      std::vector<std::string> names;
      for (const Command& c : Commands()) names.push_back(std::string(c.name));
      return Fail(err, "", absl::StrCat("unknown command '", inv.command, "'",
                                        DidYouMean(inv.command, names),
                                        " (netgov --help lists them)"));
    }
    if (help) {
      PrintCommandHelp(*command, out);
      return Written(out, err, 0);
    }
    const std::vector<std::string> known = OptionNames(*command);
    for (const auto& [name, value] : inv.options) {
      if (std::find(command->options.begin(), command->options.end(), name) ==
          command->options.end()) {
        const std::optional<std::string> close = ClosestMatch(name, known);
        const std::string hint =
            close ? absl::StrCat("; did you mean --", *close, "?") : "";
        return Fail(err, command->name,
                    absl::StrCat("unknown option --", name, hint,
                                 " (usage: netgov ", ToAbsl(command->usage), ")"));
      }
    }
    // A command without text output (timeline) defaults to its first format.
    if (!format_given && std::find(command->formats.begin(), command->formats.end(),
                                   "text") == command->formats.end()) {
      inv.format = command->formats.front();
    }
    if (std::find(command->formats.begin(), command->formats.end(), inv.format) ==
        command->formats.end()) {
      return Fail(err, command->name,
                  absl::StrCat("unknown format '", inv.format, "'; expected ",
                               absl::StrJoin(command->formats, ", ", [](std::string* o, std::string_view f) { o->append(f); })));
    }
    if (static_cast<int>(inv.positional.size()) > command->max_positional) {
      return Fail(err, command->name,
                  absl::StrCat("unexpected argument '",
                               inv.positional[static_cast<std::size_t>(command->max_positional)],
                               "' (usage: netgov ", ToAbsl(command->usage), ")"));
    }
    Network loaded;
    const Network* network = &loaded;
    if (command->loads_own_network) {
      // The command reads its own input (validate, generate).
    } else if (inv.network_file) {
      absl::StatusOr<Network> from_file =
          LoadNetworkArgument(*inv.network_file, in, inv.max_file_bytes);
      if (!from_file.ok()) return Fail(err, "", ToStd(from_file.status().message()));
      loaded = *std::move(from_file);
    } else {
      network = &io::DefaultNetwork();
    }
    const Date as_of =
        inv.as_of ? *inv.as_of
                  : (today ? *today : Today(network->info().time_zone));
    const Context ctx{inv, *network, as_of, inv.format, out, err, in, err_is_terminal};
    absl::StatusOr<int> code = command->run(ctx);
    if (!code.ok()) return Fail(err, command->name, ToStd(code.status().message()));
    return Written(out, err, *code);
  } catch (const std::exception& e) {
    // Nothing should reach here; if something does, it is still one line and
    // exit 2, never a crash.
    return Fail(err, "", absl::StrCat("internal error: ", e.what()));
  }
}

}  // namespace netgov::cli
