// netgov brief: the "deadlines" section (see brief.hpp).
//
// "due_soon": occurrences whose adjusted date is on the as-of date or in the
// 60 days after it; "overdue": occurrences whose adjusted date is in the 60
// days before the as-of date. Each is {"id", "title", "date", "unadjusted",
// "days_left"} (days_left is negative when overdue), sorted by date then id.
#include <algorithm>
#include <string>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "src/cli/brief.hpp"

namespace netgov::cli {
namespace {

constexpr int kBriefWindowDays = 60;

nlohmann::json Entry(const Deadline& d, Date as_of) {
  return {{"id", d.id.str()},
          {"title", d.title},
          {"date", FormatDate(d.date)},
          {"unadjusted", FormatDate(d.date)},
          {"days_left", (d.date - as_of).days()}};
}

void PrintList(const nlohmann::json& list, std::string_view heading,
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
    table.AddRow({e["date"].get<std::string>(),
                  days >= 0 ? absl::StrCat("in ", days, " d")
                            : absl::StrCat(-days, " d ago"),
                  e["id"].get<std::string>(), e["title"].get<std::string>()});
  }
  table.Print(out, "    ");
}

}  // namespace

void AddDeadlinesToBrief(const Context& ctx, nlohmann::json& brief) {
  nlohmann::json due_soon = nlohmann::json::array();
  nlohmann::json overdue = nlohmann::json::array();
  const boost::gregorian::date_duration window(kBriefWindowDays);
  for (const Deadline& d : ctx.network.deadlines()) {
    if (d.date >= ctx.as_of && d.date <= ctx.as_of + window) {
      due_soon.push_back(Entry(d, ctx.as_of));
    } else if (d.date < ctx.as_of && d.date >= ctx.as_of - window) {
      overdue.push_back(Entry(d, ctx.as_of));
    }
  }
  auto by_date_then_id = [](const nlohmann::json& a, const nlohmann::json& b) {
    return std::tie(a["date"], a["id"]) < std::tie(b["date"], b["id"]);
  };
  std::sort(due_soon.begin(), due_soon.end(), by_date_then_id);
  std::sort(overdue.begin(), overdue.end(), by_date_then_id);
  brief["deadlines"] = {{"due_soon", due_soon}, {"overdue", overdue}};
}

void PrintDeadlinesBrief(const nlohmann::json& brief, std::ostream& out) {
  PrintList(brief["deadlines"]["due_soon"], "due in the next 60 days", out);
  PrintList(brief["deadlines"]["overdue"], "overdue (past 60 days)", out);
}

}  // namespace netgov::cli
