// The load-time rules of a rotation (see docs/rotation.md). Each message names
// the rotation and the JSON pointer.
#include <algorithm>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "netgov/core/error.hpp"
#include "netgov/core/strings.hpp"
#include "src/network/checks.hpp"

namespace netgov::detail {
namespace {

std::string Named(const Rotation& r, absl::string_view message) {
  return absl::StrCat("rotation '", r.id.str(), "': ", message);
}

// A date on which a term starts, or an error saying which terms it falls in.
absl::Status CheckTermStart(const Rotation& r, Date day, absl::string_view what,
                            const std::string& where) {
  const long long index = TermIndexOf(r.term, day);
  const std::optional<Date> start = TermStart(r.term, index);
  if (start && *start == day) return absl::OkStatus();
  const std::optional<Date> next = TermStart(r.term, index + 1);
  return ErrorAt(ToStd(where),
                 Named(r, absl::StrCat(what, " ", FormatDate(day),
                                       " is not on a term boundary; the term "
                                       "containing it starts ",
                                       start ? FormatDate(*start) : "?",
                                       next ? absl::StrCat(" and the next ", FormatDate(*next))
                                            : "")));
}

// An entity reference, with the rotation named in the message.
absl::Status CheckRef(const NetworkData& d, const Rotation& r, const EntityId& id,
                      const std::string& where) {
  if (d.entity_by_id.contains(id.str())) return absl::OkStatus();
  return ErrorAt(where, Named(r, absl::StrCat("unknown entity '", id.str(), "'",
                                              DidYouMean(id.str(), IdsOf(d.entities)))));
}

absl::Status CheckOne(const NetworkData& d, const Rotation& r, std::size_t i) {
  // Unset dates first: term arithmetic needs days.
  if (absl::Status s = CheckDateSet(r.term.start, Pointer("rotations", i, "/term"), "start");
      !s.ok()) {
    return s;
  }
  for (std::size_t k = 0; k < r.history.size(); ++k) {
    if (absl::Status s = CheckDateSet(
            r.history[k].start, Pointer("rotations", i, absl::StrCat("/history/", k)), "start");
        !s.ok()) {
      return s;
    }
  }
  for (std::size_t k = 0; k < r.overrides.size(); ++k) {
    const std::string where = Pointer("rotations", i, absl::StrCat("/overrides/", k));
    if (absl::Status s = CheckDateSet(r.overrides[k].start, where, "start"); !s.ok()) return s;
    if (absl::Status s = CheckOptionalDate(r.overrides[k].swap_with, where + "/swap_with");
        !s.ok()) {
      return s;
    }
  }
  for (std::size_t k = 0; k < r.calls.size(); ++k) {
    const std::string where = Pointer("rotations", i, absl::StrCat("/calls/", k));
    if (absl::Status s = CheckDateSet(r.calls[k].term, where, "term"); !s.ok()) return s;
    if (absl::Status s = CheckDateSet(r.calls[k].closes, where, "closes"); !s.ok()) return s;
  }
  if (r.term.count < 1) {
    return ErrorAt(Pointer("rotations", i, absl::StrCat("/term/", ToAbsl(ToString(r.term.unit)))),
                   Named(r, absl::StrCat("a term must last at least 1 ",
                                         ToAbsl(ToString(r.term.unit)), "; got ",
                                         r.term.count)));
  }
  if (r.rotating_seats < 0) {
    return ErrorAt(Pointer("rotations", i, "/rotating_seats"),
                   Named(r, "rotating_seats must be 0 or more"));
  }
  if (r.max_consecutive_terms && *r.max_consecutive_terms < 1) {
    return ErrorAt(Pointer("rotations", i, "/max_consecutive_terms"),
                   Named(r, absl::StrCat("max_consecutive_terms must be at "
                                         "least 1; got ",
                                         *r.max_consecutive_terms)));
  }
  for (std::size_t k = 0; k < r.permanent.size(); ++k) {
    if (absl::Status s = CheckRef(d, r, r.permanent[k],
                                  Pointer("rotations", i, absl::StrCat("/permanent/", k)));
        !s.ok()) {
      return s;
    }
  }
  for (std::size_t k = 0; k < r.order.sequence.size(); ++k) {
    if (absl::Status s = CheckRef(
            d, r, r.order.sequence[k],
            Pointer("rotations", i, absl::StrCat("/order/sequence/", k)));
        !s.ok()) {
      return s;
    }
  }
  if (r.order.rule == OrderRuleKind::kFixed && r.order.sequence.empty()) {
    return ErrorAt(Pointer("rotations", i, "/order/sequence"),
                   Named(r, "a fixed order needs a non-empty sequence"));
  }
  absl::flat_hash_map<long long, std::size_t> history_terms;
  for (std::size_t k = 0; k < r.history.size(); ++k) {
    const HistoryEntry& h = r.history[k];
    const std::string where = Pointer("rotations", i, absl::StrCat("/history/", k));
    if (absl::Status s = CheckTermStart(r, h.start, "history entry", where + "/start");
        !s.ok()) {
      return s;
    }
    const auto [it, inserted] = history_terms.emplace(TermIndexOf(r.term, h.start), k);
    if (!inserted) {
      return ErrorAt(ToStd(where), Named(r, absl::StrCat("two history entries for the "
                                                  "term starting ",
                                                  FormatDate(h.start),
                                                  " (also /history/", it->second,
                                                  ")")));
    }
    if (h.holders.empty()) {
      return ErrorAt(ToStd(where), Named(r, "a history entry needs a holder"));
    }
    if (h.holders.size() > static_cast<std::size_t>(std::max(r.rotating_seats, 0))) {
      return ErrorAt(where + "/holders",
                     Named(r, absl::StrCat("a history entry names ", h.holders.size(),
                                           " holders but the rotation has ",
                                           r.rotating_seats, " rotating seat",
                                           r.rotating_seats == 1 ? "" : "s")));
    }
    for (std::size_t e = 0; e < h.holders.size(); ++e) {
      const std::string at = h.holders.size() == 1 && e == 0
                                 ? where + "/holder"
                                 : absl::StrCat(where, "/holders/", e);
      if (absl::Status s = CheckRef(d, r, h.holders[e], at); !s.ok()) return s;
    }
  }
  absl::flat_hash_map<long long, std::size_t> holder_terms;
  absl::flat_hash_map<long long, std::size_t> swap_terms;
  for (std::size_t k = 0; k < r.overrides.size(); ++k) {
    const Override& o = r.overrides[k];
    const std::string where = Pointer("rotations", i, absl::StrCat("/overrides/", k));
    if (o.start < r.term.start) {
      return ErrorAt(where + "/start",
                     Named(r, absl::StrCat("override for ", FormatDate(o.start),
                                           " is before the rotation starts (",
                                           FormatDate(r.term.start), ")")));
    }
    if (absl::Status s = CheckTermStart(r, o.start, "override", where + "/start"); !s.ok()) {
      return s;
    }
    if (o.kind == OverrideKind::kSwap) {
      if (!o.swap_with) {
        return ErrorAt(where + "/swap_with", Named(r, "a swap needs the other term's start"));
      }
      if (*o.swap_with == o.start) {
        return ErrorAt(where + "/swap_with",
                       Named(r, absl::StrCat("a term cannot swap with itself (",
                                             FormatDate(o.start), ")")));
      }
      if (*o.swap_with < r.term.start) {
        return ErrorAt(where + "/swap_with",
                       Named(r, absl::StrCat("swap_with ", FormatDate(*o.swap_with),
                                             " is before the rotation starts (",
                                             FormatDate(r.term.start), ")")));
      }
      if (absl::Status s = CheckTermStart(r, *o.swap_with, "swap_with", where + "/swap_with");
          !s.ok()) {
        return s;
      }
      for (const Date day : {o.start, *o.swap_with}) {
        const auto [it, inserted] = swap_terms.emplace(TermIndexOf(r.term, day), k);
        if (!inserted) {
          return ErrorAt(where, Named(r, absl::StrCat("the term starting ", FormatDate(day),
                                                      " is already swapped by /overrides/",
                                                      it->second)));
        }
      }
    } else {
      const std::string key = o.kind == OverrideKind::kHolder ? "/holder" : "/skip";
      if (o.kind == OverrideKind::kHolder) {
        const auto [it, inserted] = holder_terms.emplace(TermIndexOf(r.term, o.start), k);
        if (!inserted) {
          return ErrorAt(where, Named(r, absl::StrCat("two holder overrides for the term "
                                                      "starting ",
                                                      FormatDate(o.start), " (also /overrides/",
                                                      it->second, ")")));
        }
      }
      if (absl::Status s = CheckRef(d, r, o.entity, where + key); !s.ok()) return s;
    }
  }
  absl::flat_hash_map<long long, std::size_t> call_terms;
  for (std::size_t k = 0; k < r.calls.size(); ++k) {
    const Call& c = r.calls[k];
    const std::string where = Pointer("rotations", i, absl::StrCat("/calls/", k));
    if (absl::Status s = CheckTermStart(r, c.term, "call term", where + "/term"); !s.ok()) {
      return s;
    }
    const auto [it, inserted] = call_terms.emplace(TermIndexOf(r.term, c.term), k);
    if (!inserted) {
      return ErrorAt(where, Named(r, absl::StrCat("two calls for the term starting ",
                                                  FormatDate(c.term), " (also /calls/",
                                                  it->second, ")")));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status CheckRotations(const NetworkData& data) {
  for (std::size_t i = 0; i < data.rotations.size(); ++i) {
    if (absl::Status s = CheckOne(data, data.rotations[i], i); !s.ok()) return s;
  }
  return absl::OkStatus();
}

}  // namespace netgov::detail
