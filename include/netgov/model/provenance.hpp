// File: netgov/model/provenance.hpp
// -----------------------------------------------------------------------------
//
// What a fact rests on. Every fact of a network (an entity, a post, a role, a
// term of a rotation, a deadline...) carries a `source`, the verbatim words of
// the document it was encoded from, or a `Basis` saying what it rests on when
// it is not quoted, with a `note` saying how or from where:
//
//   - quoted:   the source's words state the fact (`source` is required);
//   - inferred: read from the source but not stated in these words (`source`,
//               when given, quotes the words it is read from);
//   - external: from outside the source (official names, headquarters,
//               holidays); the note says from where;
//   - assumed:  a modelling default the source does not give.
//
// The fact structs keep these as three flat members (`source`, `basis`,
// `note`), in this order, so that every fact reads and writes them the same
// way; `ProvenanceOf()` gathers them. `DatePrecision` says how exact a stated
// date is ("for 2022" is a year, not 1 January).
//
// Example:
//
//   netgov::Entity who;
//   who.basis = netgov::Basis::kExternal;
//   who.note = "Official name and headquarters: who.int";
//   netgov::Provenance p = netgov::ProvenanceOf(who);
//   bool ok = p.Has();  // true

#ifndef NETGOV_MODEL_PROVENANCE_HPP_
#define NETGOV_MODEL_PROVENANCE_HPP_

#include <array>
#include <string>
#include <string_view>

#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"

namespace netgov {

// Basis
//
// `kQuoted` is the default: a fact with a `source` and no other basis is
// stated in the source's words.
enum class Basis { kQuoted, kInferred, kExternal, kAssumed };

template <>
struct EnumTraits<Basis> {
  static constexpr std::array<std::string_view, 4> kNames = {
      "quoted", "inferred", "external", "assumed"};
};

// Provenance
//
// The provenance of one fact (or of one value of a fact, such as a rotation's
// `max_consecutive_terms`).
struct Provenance {
  std::string source;
  Basis basis = Basis::kQuoted;
  std::string note;

  // Has()
  //
  // True if the fact says what it rests on: a quote, or a basis other than
  // `quoted`.
  bool Has() const { return !source.empty() || basis != Basis::kQuoted; }

  friend bool operator==(const Provenance&, const Provenance&) = default;
};

// ProvenanceOf()
//
// The provenance members of any fact struct (`source`, `basis`, `note`).
template <typename Fact>
Provenance ProvenanceOf(const Fact& fact) {
  return Provenance{fact.source, fact.basis, fact.note};
}

// DatePrecision
//
// How exact a stated date is: the day itself, or the month or the year that
// starts on it (a deadline "for 2022" is the year 2022, written 2022-01-01).
enum class DatePrecision { kDay, kMonth, kYear };

template <>
struct EnumTraits<DatePrecision> {
  static constexpr std::array<std::string_view, 3> kNames = {"day", "month",
                                                             "year"};
};

// FormatDateAs()
//
// `date` as exactly as `precision` says: "2022-01-03" (a day), "2022-01" (a
// month), "2022" (a year).
inline std::string FormatDateAs(Date date, DatePrecision precision) {
  const std::string text = FormatDate(date);
  switch (precision) {
    case DatePrecision::kMonth:
      return text.substr(0, 7);
    case DatePrecision::kYear:
      return text.substr(0, 4);
    case DatePrecision::kDay:
      break;
  }
  return text;
}

// PeriodEnd()
//
// The last day of the period that `date` of `precision` stands for: `date`
// itself for a day, the month's or the year's last day otherwise.
inline Date PeriodEnd(Date date, DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kMonth:
      return date.end_of_month();
    case DatePrecision::kYear:
      return Date(date.year(), 12, 31);
    case DatePrecision::kDay:
      break;
  }
  return date;
}

}  // namespace netgov

#endif  // NETGOV_MODEL_PROVENANCE_HPP_
