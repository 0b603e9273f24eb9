#include "netgov/calendar/calendars.hpp"

#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "netgov/core/error.hpp"

namespace netgov::calendar {
namespace {

// Builds `id` and its members depth first; `visiting` breaks cycles.
const BusinessCalendar* Build(const Network& network, const CalendarId& id,
                              std::map<std::string, BusinessCalendar, std::less<>>& built,
                              absl::flat_hash_map<std::string, bool>& visiting) {
  if (auto it = built.find(id.str()); it != built.end()) return &it->second;
  const Calendar* model = network.FindCalendar(id);
  if (model == nullptr || visiting[id.str()]) return nullptr;
  visiting[id.str()] = true;
  std::vector<BusinessCalendar> members;
  for (const CalendarId& member : model->union_of) {
    if (const BusinessCalendar* m = Build(network, member, built, visiting)) {
      members.push_back(*m);
    }
  }
  visiting[id.str()] = false;
  return &built.emplace(id.str(), FromModel(*model, members)).first->second;
}

}  // namespace

BusinessCalendar FromModel(const Calendar& calendar,
                           const std::vector<BusinessCalendar>& members) {
  BusinessCalendar own = BusinessCalendar::WeekendAndHolidays(
      calendar.id.str(), calendar.weekend, calendar.holidays);
  if (calendar.union_of.empty()) return own;
  std::vector<BusinessCalendar> all = members;
  all.push_back(std::move(own));
  return BusinessCalendar::JoinHolidays(calendar.id.str(), all);
}

Calendars::Calendars(const Network& network) {
  absl::flat_hash_map<std::string, bool> visiting;
  for (const Calendar& c : network.calendars()) {
    Build(network, c.id, by_id_, visiting);
  }
}

absl::StatusOr<BusinessCalendar> Calendars::Get(const CalendarId& id) const {
  if (auto it = by_id_.find(id.str()); it != by_id_.end()) return it->second;
  std::vector<std::string> ids;
  ids.reserve(by_id_.size());
  for (const auto& [name, unused] : by_id_) ids.push_back(name);
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown calendar '", id.str(), "'", DidYouMean(id.str(), ids)));
}

absl::StatusOr<BusinessCalendar> Calendars::Get(
    const std::optional<CalendarId>& calendar) const {
  if (!calendar) return every_day_;
  return Get(*calendar);
}

BusinessCalendar CalendarOf(const Calendars& calendars, const Deadline& deadline) {
  absl::StatusOr<BusinessCalendar> calendar = calendars.Get(deadline.calendar);
  return calendar.ok() ? *std::move(calendar) : BusinessCalendar();
}

const BusinessCalendar& Calendars::For(
    const std::optional<CalendarId>& calendar) const {
  if (calendar) {
    if (auto it = by_id_.find(calendar->str()); it != by_id_.end()) return it->second;
  }
  return every_day_;
}

}  // namespace netgov::calendar
