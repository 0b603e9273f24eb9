// netgov brief: the "deadlines" section (see brief.hpp).
//
// "due_soon": occurrences whose adjusted date is on the as-of date or in the
// 60 days after it; "overdue": occurrences whose adjusted date is in the 60
// days before the as-of date (the model records no completion, so older ones
// are history). Each is {"id", "title", "date", "unadjusted", "days_left"}
// (days_left is negative when overdue), sorted by date then id; a deadline
// of precision month or year (a deadline "for 2022") adds "precision" and
// "last" (its period's last day), is due while its period runs (the text says
// "running" once it has begun) and overdue after its last day.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "netgov/calendar/calendars.hpp"
#include "netgov/calendar/deadlines.hpp"
#include "src/cli/brief.hpp"

namespace netgov::cli {
namespace {

nlohmann::json Entries(const std::vector<calendar::Occurrence>& occurrences, Date as_of) {
  nlohmann::json out = nlohmann::json::array();
  for (const calendar::Occurrence& o : occurrences) {
    nlohmann::json entry = {{"id", o.deadline->id.str()},
                            {"title", o.deadline->title},
                            {"date", FormatDate(o.date)},
                            {"unadjusted", FormatDate(o.unadjusted)},
                            {"days_left", (o.date - as_of).days()}};
    AddPrecision(o, entry);
    out.push_back(std::move(entry));
  }
  return out;
}

void PrintList(const nlohmann::json& list, std::string_view heading, bool due,
               std::ostream& out) {
  out << "  " << heading << ":";
  if (list.empty()) {
    out << " none\n";
    return;
  }
  out << "\n";
  Table table({"", "", "", ""});
  for (const auto& e : list) {
    const long long days = e["days_left"].get<long long>();
    // In the due list, a month or a year that began before the as-of date
    // and is still running.
    table.AddRow({DateTextOf(e), due && days < 0 ? "running" : DaysLeftText(days),
                  e["id"].get<std::string>(), e["title"].get<std::string>()});
  }
  table.Print(out, "    ");
}

}  // namespace

void AddPrecision(const calendar::Occurrence& o, nlohmann::json& entry) {
  if (o.precision == DatePrecision::kDay) return;
  entry["precision"] = std::string(ToString(o.precision));
  entry["last"] = FormatDate(o.last);
}

std::string DateTextOf(const nlohmann::json& entry) {
  std::string date = entry["date"].get<std::string>();
  if (!entry.contains("precision")) return date;
  const std::string precision = entry["precision"].get<std::string>();
  return date.substr(0, precision == "year" ? 4 : precision == "month" ? 7 : date.size());
}

std::string DaysLeftText(long long days) {
  return days >= 0 ? absl::StrCat("in ", days, " d") : absl::StrCat(-days, " d ago");
}

void AddDeadlinesToBrief(const Context& ctx, nlohmann::json& brief) {
  const calendar::Calendars calendars(ctx.network);
  brief["deadlines"] = {
      {"due_soon", Entries(calendar::DueSoon(ctx.network, calendars, ctx.as_of), ctx.as_of)},
      {"overdue", Entries(calendar::Overdue(ctx.network, calendars, ctx.as_of), ctx.as_of)}};
}

void PrintDeadlinesBrief(const nlohmann::json& brief, std::ostream& out) {
  PrintList(brief["deadlines"]["due_soon"], "due in the next 60 days", true, out);
  PrintList(brief["deadlines"]["overdue"], "overdue (past 60 days)", false, out);
}

}  // namespace netgov::cli
