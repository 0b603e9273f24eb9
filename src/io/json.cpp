// Loading a `netgov/1` network file: text -> DOM (src/io/json_parse.cpp) ->
// model values -> NetworkBuilder. This file checks the shape of the file
// (types, keys, enumerations, dates, the "exactly one of" rules); the builder
// checks meaning (ids, references, intervals, time zones, rotations...). Every
// message is prefixed with the file name. The rules are those of
// docs/format.md and data/schema/netgov-1.schema.json.
#include "netgov/io/json.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "netgov/core/date.hpp"
#include "netgov/core/enum.hpp"
#include "netgov/core/error.hpp"
#include "netgov/core/strings.hpp"
#include "netgov/network/network_builder.hpp"
#include "nlohmann/json.hpp"
#include "simdjson.h"
#include "src/core/huge_pages.hpp"
#include "src/io/json_load.hpp"
#include "src/io/json_parse.hpp"
#include "src/io/json_value.hpp"

namespace netgov {

// The closed sets the model keeps as strings (Mention::kind,
// StatedCount::collection) are still closed in the file; these enums exist
// only to check them with the same mechanism as every other enumeration.
namespace io::detail {
enum class MentionKind {
  kPillar,
  kEntity,
  kPerson,
  kDocument,
  kEvent,
  kBody,
  kMechanism,
  kStatement,
  kOther
};
enum class CountedCollection { kCommitments, kPillars, kEntities, kPeople, kMeetings };
}  // namespace io::detail

template <>
struct EnumTraits<io::detail::MentionKind> {
  static constexpr std::array<std::string_view, 9> kNames = {
      "pillar",    "entity",    "person",    "document", "event",
      "body",      "mechanism", "statement", "other"};
};

template <>
struct EnumTraits<io::detail::CountedCollection> {
  static constexpr std::array<std::string_view, 5> kNames = {
      "commitments", "pillars", "entities", "people", "meetings"};
};

namespace io {
namespace {

using nlohmann::json;
using detail::CountedCollection;
using detail::NlohmannValue;
using detail::SimdValue;
using detail::MentionKind;

constexpr std::string_view kFormat = "netgov/1";

// Key
//
// A key an object may have.
struct Key {
  std::string_view name;
  bool required = false;
};

constexpr Key Req(std::string_view name) { return {name, true}; }

std::string Child(const std::string& pointer, std::string_view key) {
  // Only '~' and '/' need escaping; most keys have neither.
  if (key.find_first_of("~/") == std::string_view::npos) {
    return absl::StrCat(pointer, "/", ToAbsl(key));
  }
  return absl::StrCat(pointer, JsonPointer({std::string(key)}));
}

std::string Child(const std::string& pointer, std::size_t index) {
  return absl::StrCat(pointer, "/", index);
}

// Where
//
// Where a value is in the file: its JSON pointer, built only when a message
// needs it (`str()`), so that the walk allocates nothing per value read. A
// `Where` names its parent, which must outlive it: the walk keeps them on
// its stack, a child never beyond its parent's call.
class Where {
 public:
  // The document itself (""), or a value at a fixed pointer ("/network").
  explicit Where(std::string_view text = {}) : text_(text) {}
  // The member `key` of `parent`.
  Where(const Where& parent, std::string_view key)
      : parent_(&parent), text_(key), is_key_(true) {}
  // The element `index` of `parent`.
  Where(const Where& parent, std::size_t index) : parent_(&parent), index_(index) {}

  // The JSON pointer ("" for the document, "/entities/3/id", "/a~1b").
  std::string str() const {
    if (parent_ == nullptr) return std::string(text_);
    return is_key_ ? Child(parent_->str(), text_) : Child(parent_->str(), index_);
  }

 private:
  const Where* parent_ = nullptr;
  std::string_view text_;  // the fixed pointer, or the key
  std::size_t index_ = 0;
  bool is_key_ = false;
};

// Loader
//
// Walks the DOM and keeps the first error (later ones are ignored, so the
// walk may continue with default values and stay simple).
template <typename V>
class Loader {
 public:
  explicit Loader(std::string_view file) : file_(file) {}

  bool ok() const { return error_.ok(); }
  const absl::Status& error() const { return error_; }

  // Fail()
  //
  // Records "<file>: <pointer>: <message>" unless an error is recorded.
  void Fail(const Where& pointer, std::string_view message) {
    if (!error_.ok()) return;
    Fail(std::string_view(pointer.str()), message);
  }
  // The same, at a pointer already written out ("" for the document).
  void Fail(std::string_view pointer, std::string_view message) {
    if (!error_.ok()) return;
    error_ = absl::InvalidArgumentError(
        pointer.empty()
            ? absl::StrCat(file_, ": ", ToAbsl(message))
            : absl::StrCat(file_, ": ", ToAbsl(pointer), ": ", ToAbsl(message)));
  }

  void Expected(const Where& pointer, std::string_view what,
                V got) {
    Fail(pointer, absl::StrCat("expected ", ToAbsl(what), ", got ",
                               ToAbsl(got.TypeName())));
  }

  // Typed reads: on a mismatch they record an error and return a default.

  std::string String(V v, const Where& pointer) {
    if (!v.IsString()) {
      Expected(pointer, "a string", v);
      return "";
    }
    const std::string_view s = v.Str();
    if (s.empty()) Fail(pointer, "expected a non-empty string, got \"\"");
    return std::string(s);
  }

  bool Bool(V v, const Where& pointer) {
    if (!v.IsBool()) {
      Expected(pointer, "true or false", v);
      return false;
    }
    return v.Bool();
  }

  // An integer in [min, max]; a float with no fractional part counts, as in
  // JSON Schema.
  int Int(V v, const Where& pointer, int min,
          int max = std::numeric_limits<int>::max()) {
    // Written out only for a message.
    const auto range = [&]() -> std::string {
      return max == std::numeric_limits<int>::max()
                 ? absl::StrCat("an integer of at least ", min)
                 : absl::StrCat("an integer from ", min, " to ", max);
    };
    long double value = 0;
    if (v.IsInteger()) {
      value = v.IsUnsigned() ? static_cast<long double>(v.Uint64())
                             : static_cast<long double>(v.Int64());
    } else if (v.IsFloat()) {
      const double d = v.Double();
      if (std::trunc(d) != d) {
        Fail(pointer, absl::StrCat("expected ", range(), ", got ", v.Dump()));
        return min;
      }
      value = d;
    } else {
      Expected(pointer, range(), v);
      return min;
    }
    if (value < min || value > max) {
      Fail(pointer, absl::StrCat("expected ", range(), ", got ", v.Dump()));
      return min;
    }
    return static_cast<int>(value);
  }

  Date DateOf(V v, const Where& pointer) {
    const std::string text = String(v, pointer);
    if (!ok()) return Date();
    return DateOfText(text, pointer);
  }

  // The date `text` (a string already read at `pointer`).
  Date DateOfText(const std::string& text, const Where& pointer) {
    absl::StatusOr<Date> date = ParseDate(text);
    if (!date.ok()) {
      Fail(pointer, ToStd(date.status().message()));
      return Date();
    }
    return *date;
  }

  std::optional<Date> OpenDate(std::optional<V> v, const Where& pointer) {
    if (!v || v->IsNull()) return std::nullopt;
    if (!v->IsString()) {
      Expected(pointer, "a date (YYYY-MM-DD) or null", *v);
      return std::nullopt;
    }
    return DateOf(*v, pointer);
  }

  // "YYYY-MM-DDTHH:MM", strictly.
  absl::CivilMinute LocalTime(V v, const Where& pointer) {
    const std::string text = String(v, pointer);
    if (!ok()) return {};
    const auto digits = [&](std::size_t at) {
      return text[at] >= '0' && text[at] <= '9' && text[at + 1] >= '0' &&
             text[at + 1] <= '9';
    };
    if (text.size() != 16 || text[10] != 'T' || text[13] != ':' ||
        !digits(11) || !digits(14)) {
      Fail(pointer, absl::StrCat("'", text,
                                 "' is not a local time; expected "
                                 "YYYY-MM-DDTHH:MM, e.g. 2021-12-06T08:00"));
      return {};
    }
    absl::StatusOr<Date> date = ParseDate(std::string_view(text).substr(0, 10));
    if (!date.ok()) {
      Fail(pointer, ToStd(date.status().message()));
      return {};
    }
    const int hour = (text[11] - '0') * 10 + (text[12] - '0');
    const int minute = (text[14] - '0') * 10 + (text[15] - '0');
    if (hour > 23 || minute > 59) {
      Fail(pointer, absl::StrCat("'", text,
                                 "': the time must be 00:00 to 23:59"));
      return {};
    }
    const auto ymd = date->year_month_day();
    return absl::CivilMinute(ymd.year, ymd.month.as_number(), ymd.day, hour,
                             minute);
  }

  template <typename E>
  E Enum(V v, const Where& pointer, std::string_view what) {
    const std::string text = String(v, pointer);
    if (!ok()) return E{};
    return EnumOfText<E>(text, pointer, what);
  }

  // The enumerator `text` (a string already read at `pointer`).
  template <typename E>
  E EnumOfText(const std::string& text, const Where& pointer,
               std::string_view what) {
    const std::optional<E> parsed = ParseEnum<E>(text);
    if (!parsed) {
      Fail(pointer, absl::StrCat("unknown ", ToAbsl(what), " '", text,
                                 "'; expected ", EnumChoices<E>()));
      return E{};
    }
    return *parsed;
  }

  // Calls `fn(element, pointer)` for each element of the array `v`.
  template <typename Fn>
  void Array(V v, const Where& pointer, Fn&& fn) {
    if (!v.IsArray()) {
      Expected(pointer, "an array", v);
      return;
    }
    std::size_t i = 0;
    v.Elements([&](V element) {
      fn(element, Where(pointer, i++));
      return ok();
    });
  }

  // A list of non-empty strings, each at most once when `unique`.
  std::vector<std::string> Strings(V v, const Where& pointer,
                                   bool unique = true) {
    std::vector<std::string> out;
    absl::flat_hash_map<std::string, std::size_t> seen;
    Array(v, pointer, [&](V item, const Where& at) {
      std::string s = String(item, at);
      if (!ok()) return;
      const auto [it, inserted] = seen.emplace(s, out.size());
      if (unique && !inserted) {
        Fail(at, absl::StrCat("'", s, "' is listed twice (also ",
                              Where(pointer, it->second).str(), ")"));
        return;
      }
      out.push_back(std::move(s));
    });
    return out;
  }

  template <typename IdT>
  std::vector<IdT> Ids(V v, const Where& pointer,
                       bool unique = true) {
    std::vector<IdT> out;
    for (std::string& s : Strings(v, pointer, unique)) out.emplace_back(std::move(s));
    return out;
  }

 private:
  std::string file_;
  absl::Status error_;
};

// Object
//
// An object of the file being read: the constructor checks that `value` is an
// object whose keys are all in `keys` ("did you mean" for typos), with every
// required key present.
template <typename V>
class Object {
 public:
  Object(Loader<V>& loader, V value, Where pointer,
         std::initializer_list<Key> keys)
      : loader_(loader), pointer_(std::move(pointer)) {
    if (!value.IsObject()) {
      loader_.Expected(pointer_, "an object", value);
      return;
    }
    value_ = value;
    // Which of `keys` are present, and their values, found in one pass: a
    // key seen twice is refused (the reference DOM has none; simdjson's
    // keeps both).
    if (keys.size() > kMaxKeys) {
      loader_.Fail(pointer_, "internal error: too many keys");
      return;
    }
    for (const Key& k : keys) names_[names_size_++] = k.name;
    std::uint64_t& present = present_;
    // Files mostly list the keys in the order of `keys` (io::WriteNetwork()
    // does), so the search starts after the key found last.
    std::size_t next = 0;
    value.Members([&](std::string_view name, V member) {
      std::size_t index = names_size_;
      for (std::size_t j = next; j < names_size_; ++j) {
        if (names_[j] == name) {
          index = j;
          break;
        }
      }
      for (std::size_t j = 0; j < next && index == names_size_; ++j) {
        if (names_[j] == name) index = j;
      }
      next = index + 1;
      if (index < keys.size()) {
        const std::uint64_t bit = std::uint64_t{1} << index;
        if ((present & bit) != 0) {
          loader_.Fail(Where(pointer_, name),
                       absl::StrCat("duplicate key '", ToAbsl(name),
                                    "'; each key may appear once in an object"));
          return false;
        }
        present |= bit;
        values_[index] = member;
        return true;
      }
      std::vector<std::string> names;
      for (const Key& k : keys) names.emplace_back(k.name);
      loader_.Fail(Where(pointer_, name),
                   absl::StrCat("unknown key '", ToAbsl(name), "'",
                                DidYouMean(std::string(name), names)));
      return false;
    });
    if (!loader_.ok()) return;
    std::size_t index = 0;
    for (const Key& k : keys) {
      const std::uint64_t bit = std::uint64_t{1} << index++;
      if (k.required && (present & bit) == 0) {
        loader_.Fail(pointer_, absl::StrCat("missing required key '",
                                            ToAbsl(k.name), "'"));
        return;
      }
    }
  }

  // ok()
  //
  // The value is an object with acceptable keys (and nothing failed before).
  bool ok() const { return value_.has_value() && loader_.ok(); }
  const Where& pointer() const { return pointer_; }
  Where At(std::string_view key) const { return Where(pointer_, key); }

  // Get()
  //
  // The member `key`, or nullptr when absent.
  std::optional<V> Get(std::string_view key) const {
    if (!value_) return std::nullopt;
    for (std::size_t i = 0; i < names_size_; ++i) {
      if (names_[i] == key) {
        if ((present_ & (std::uint64_t{1} << i)) == 0) return std::nullopt;
        return values_[i];
      }
    }
    return value_->Find(key);  // not a key of this object: absent
  }
  bool Has(std::string_view key) const { return Get(key).has_value(); }

  std::string String(std::string_view key) const {
    const std::optional<V> v = Get(key);
    return !v ? "" : loader_.String(*v, At(key));
  }
  template <typename IdT>
  IdT IdOf(std::string_view key) const {
    return IdT(String(key));
  }
  template <typename IdT>
  std::optional<IdT> OptionalId(std::string_view key) const {
    if (!Has(key)) return std::nullopt;
    return IdT(String(key));
  }
  std::optional<int> OptionalInt(std::string_view key, int min,
                                 int max = std::numeric_limits<int>::max()) const {
    const std::optional<V> v = Get(key);
    if (!v) return std::nullopt;
    return loader_.Int(*v, At(key), min, max);
  }
  int IntOr(std::string_view key, int fallback, int min,
            int max = std::numeric_limits<int>::max()) const {
    return OptionalInt(key, min, max).value_or(fallback);
  }
  bool BoolOr(std::string_view key, bool fallback) const {
    const std::optional<V> v = Get(key);
    return !v ? fallback : loader_.Bool(*v, At(key));
  }
  Date DateOf(std::string_view key) const {
    const std::optional<V> v = Get(key);
    return !v ? Date() : loader_.DateOf(*v, At(key));
  }
  std::optional<Date> OptionalDate(std::string_view key) const {
    const std::optional<V> v = Get(key);
    if (!v) return std::nullopt;
    return loader_.DateOf(*v, At(key));
  }
  // An inclusive interval from the keys `from` and `to` (null: open).
  Interval Valid() const {
    return {loader_.OpenDate(Get("from"), At("from")),
            loader_.OpenDate(Get("to"), At("to"))};
  }
  template <typename E>
  E EnumOr(std::string_view key, E fallback, std::string_view what) const {
    const std::optional<V> v = Get(key);
    return !v ? fallback : loader_.template Enum<E>(*v, At(key), what);
  }
  std::vector<std::string> Strings(std::string_view key) const {
    const std::optional<V> v = Get(key);
    return !v ? std::vector<std::string>{}
                        : loader_.Strings(*v, At(key));
  }
  // A list of ids, each at most once unless `unique` is false.
  template <typename IdT>
  std::vector<IdT> Ids(std::string_view key, bool unique = true) const {
    const std::optional<V> v = Get(key);
    return !v ? std::vector<IdT>{}
                        : loader_.template Ids<IdT>(*v, At(key), unique);
  }
  // Calls `fn(element, pointer)` for each element of the array `key`.
  template <typename Fn>
  void Each(std::string_view key, Fn&& fn) const {
    const std::optional<V> v = Get(key);
    if (v) loader_.Array(*v, At(key), std::forward<Fn>(fn));
  }

  // ExactlyOne()
  //
  // The one of `keys` present; an error when none or several are.
  std::string_view ExactlyOne(std::initializer_list<std::string_view> keys,
                              std::string_view what) const {
    std::vector<std::string_view> present;
    for (std::string_view k : keys) {
      if (Has(k)) present.push_back(k);
    }
    if (present.size() == 1) return present.front();
    std::vector<std::string> quoted;
    for (std::string_view k : keys) quoted.push_back(absl::StrCat("'", ToAbsl(k), "'"));
    const std::string choices = absl::StrCat(
        absl::StrJoin(quoted.begin(), quoted.end() - 1, ", "),
        " or ", quoted.back());
    if (present.empty()) {
      loader_.Fail(pointer_, absl::StrCat(ToAbsl(what), " needs one of ", choices));
    } else {
      loader_.Fail(At(present[1]),
                   absl::StrCat(ToAbsl(what), " takes only one of ", choices,
                                "; '", ToAbsl(present[0]), "' is given too"));
    }
    return "";
  }

  Loader<V>& loader() const { return loader_; }

 private:
  static constexpr std::size_t kMaxKeys = 16;

  Loader<V>& loader_;
  Where pointer_;
  std::optional<V> value_;
  // The keys the object may have, which are present, and their values.
  std::array<std::string_view, kMaxKeys> names_{};
  std::size_t names_size_ = 0;
  std::uint64_t present_ = 0;
  std::array<std::optional<V>, kMaxKeys> values_{};
};

// ReadProvenance()
//
// The provenance keys every fact may have: `source` (a verbatim quote),
// `basis` (quoted, inferred, external or assumed) and `note`. A basis other
// than `quoted` needs a note saying what the fact rests on; `quoted` needs a
// source.
template <typename V, typename Fact>
void ReadProvenance(const Object<V>& o, Fact& fact) {
  fact.source = o.String("source");
  fact.basis = o.EnumOr("basis", Basis::kQuoted, "basis");
  fact.note = o.String("note");
  Loader<V>& l = o.loader();
  if (!l.ok() || !o.Has("basis")) return;
  if (fact.basis == Basis::kQuoted && fact.source.empty()) {
    l.Fail(o.At("basis"), "basis 'quoted' needs a 'source' (the verbatim words)");
  } else if (fact.basis != Basis::kQuoted && fact.note.empty()) {
    l.Fail(o.At("basis"),
           absl::StrCat("basis '", ToAbsl(ToString(fact.basis)),
                        "' needs a 'note' saying what the fact rests on"));
  }
}

// ReadPrecision()
//
// The `precision` of `date` (default `day`); a month starts on its 1st, a
// year on 1 January.
template <typename V>
DatePrecision ReadPrecision(const Object<V>& o, Date date) {
  const DatePrecision p =
      o.EnumOr("precision", DatePrecision::kDay, "precision");
  Loader<V>& l = o.loader();
  if (!l.ok() || p == DatePrecision::kDay) return p;
  const auto ymd = date.year_month_day();
  if (ymd.day != 1 || (p == DatePrecision::kYear && ymd.month != 1)) {
    l.Fail(o.At("date"),
           absl::StrCat("a date of precision '", ToAbsl(ToString(p)),
                        "' is written as the first day of its ",
                        ToAbsl(ToString(p)), ", e.g. ",
                        p == DatePrecision::kYear ? "2022-01-01" : "2021-07-01",
                        "; got ", FormatDate(date)));
  }
  return p;
}

template <typename V>
NetworkInfo ReadInfo(Loader<V>& l, V v, const Where& at) {
  const Object o(l, v, at,
                 {Req("id"), {"name"}, {"time_zone"}, {"description"}, {"source"},
                  {"basis"}, {"note"}});
  NetworkInfo info;
  info.id = o.String("id");
  info.name = o.String("name");
  info.time_zone = o.String("time_zone");
  info.description = o.String("description");
  ReadProvenance(o, info);
  return info;
}

template <typename V>
Entity ReadEntity(Loader<V>& l, V v, const Where& at) {
  const Object o(l, v, at,
                 {Req("id"), {"acronym"}, {"name"}, {"kind"}, {"time_zone"},
                  {"aliases"}, {"membership"}, {"source"}, {"basis"},
                  {"note"}});
  Entity e;
  if (!o.ok()) return e;
  e.id = o.template IdOf<EntityId>("id");
  e.acronym = o.String("acronym");
  e.name = o.String("name");
  e.kind = o.String("kind");
  e.time_zone = o.String("time_zone");
  e.aliases = o.Strings("aliases");
  o.Each("membership", [&](V m, const Where& mat) {
    const Object period(l, m, mat, {{"from"}, {"to"}});
    if (period.ok()) e.membership.push_back(period.Valid());
  });
  ReadProvenance(o, e);
  return e;
}

template <typename V>
Person ReadPerson(Loader<V>& l, V v, const Where& at) {
  const Object o(l, v, at,
                 {Req("id"), Req("name"), {"aliases"}, {"time_zone"}, {"posts"},
                  {"source"}, {"basis"}, {"note"}});
  Person p;
  if (!o.ok()) return p;
  p.id = o.template IdOf<PersonId>("id");
  p.name = o.String("name");
  p.aliases = o.Strings("aliases");
  p.time_zone = o.String("time_zone");
  o.Each("posts", [&](V item, const Where& pat) {
    const Object post(l, item, pat,
                      {Req("entity"), {"title"}, {"from"}, {"to"}, {"source"},
                       {"basis"}, {"note"}});
    if (!post.ok()) return;
    Post entry;
    entry.entity = post.template IdOf<EntityId>("entity");
    entry.title = post.String("title");
    entry.valid = post.Valid();
    ReadProvenance(post, entry);
    p.posts.push_back(std::move(entry));
  });
  ReadProvenance(o, p);
  return p;
}

template <typename V>
Pillar ReadPillar(Loader<V>& l, V v, const Where& at) {
  const Object o(l, v, at,
                 {Req("id"), {"number"}, {"name"}, {"goal"}, {"launch"},
                  {"roles"}, {"rotation_roles"}, {"source"}, {"basis"}, {"note"}});
  Pillar p;
  if (!o.ok()) return p;
  p.id = o.template IdOf<PillarId>("id");
  p.number = o.IntOr("number", 0, 1);
  p.name = o.String("name");
  p.goal = o.String("goal");
  if (const std::optional<V> launch = o.Get("launch")) {
    const Object lo(l, *launch, o.At("launch"),
                    {{"date"}, {"condition"}, {"source"}, {"basis"},
                     {"note"}});
    if (lo.ok() && !lo.ExactlyOne({"date", "condition"}, "a launch").empty()) {
      p.launch.date = lo.OptionalDate("date");
      p.launch.condition = lo.String("condition");
      ReadProvenance(lo, p.launch);
    }
  }
  // A role names its `entity`; a rotation role the `rotation` whose holders
  // hold it (netgov/model/pillar.hpp).
  const auto read_roles = [&](std::string_view list, std::string_view holder,
                              std::vector<Role>& into) {
    if (const std::optional<V> items = o.Get(list); items && items->IsArray()) {
      into.reserve(items->Size());
    }
    o.Each(list, [&](V item, const Where& rat) {
      const Object r(l, item, rat,
                     {Req(holder), Req("role"), {"provisional"}, {"from"},
                      {"to"}, {"note"}, {"source"}, {"basis"}});
      if (!r.ok()) return;
      Role role;
      if (holder == "rotation") {
        role.holders_of = r.template IdOf<RotationId>("rotation");
      } else {
        role.entity = r.template IdOf<EntityId>("entity");
      }
      role.kind = r.EnumOr("role", RoleKind::kMember, "role");
      role.provisional = r.BoolOr("provisional", false);
      role.valid = r.Valid();
      ReadProvenance(r, role);
      into.push_back(std::move(role));
    });
  };
  read_roles("roles", "entity", p.roles);
  read_roles("rotation_roles", "rotation", p.rotation_roles);
  ReadProvenance(o, p);
  return p;
}

template <typename V>
TermSpec ReadTerm(Loader<V>& l, V v, const Where& at) {
  const Object o(l, v, at,
                 {Req("start"), {"days"}, {"weeks"}, {"months"}, {"years"}});
  TermSpec term;
  if (!o.ok()) return term;
  term.start = o.DateOf("start");
  const std::string_view unit =
      o.ExactlyOne({"days", "weeks", "months", "years"}, "a term");
  if (unit.empty()) return term;
  term.unit = *ParseEnum<TermUnit>(unit);
  term.count = o.IntOr(unit, 1, 1);
  return term;
}

template <typename V>
OrderRule ReadOrder(Loader<V>& l, V v, const Where& at) {
  const Object o(l, v, at, {Req("rule"), {"sequence"}, {"cycle"}, {"key"}});
  OrderRule order;
  if (!o.ok()) return order;
  order.rule = o.EnumOr("rule", OrderRuleKind::kOpenCall, "order rule");
  if (!o.ok()) return order;
  // Which keys each rule takes, the first being required.
  const std::vector<std::string_view> keys =
      order.rule == OrderRuleKind::kFixed          ? std::vector<std::string_view>{"sequence", "cycle"}
      : order.rule == OrderRuleKind::kAlphabetical ? std::vector<std::string_view>{"key"}
                                                   : std::vector<std::string_view>{};
  for (std::string_view k : {"sequence", "cycle", "key"}) {
    if (o.Has(k) && std::find(keys.begin(), keys.end(), k) == keys.end()) {
      l.Fail(o.At(k), absl::StrCat("'", ToAbsl(k), "' does not apply to rule '",
                                   ToAbsl(ToString(order.rule)), "'"));
      return order;
    }
  }
  if (!keys.empty() && !o.Has(keys.front())) {
    l.Fail(at, absl::StrCat("rule '", ToAbsl(ToString(order.rule)),
                            "' needs '", ToAbsl(keys.front()), "'"));
    return order;
  }
  // A fixed sequence may name an entity more than once (A, B, A, C).
  order.sequence = o.template Ids<EntityId>("sequence", /*unique=*/false);
  order.cycle = o.BoolOr("cycle", false);
  order.key = o.EnumOr("key", SortKey::kName, "sort key");
  return order;
}

template <typename V>
Rotation ReadRotation(Loader<V>& l, V v, const Where& at) {
  const Object o(l, v, at,
                 {Req("id"), {"title"}, Req("term"), {"permanent"},
                  {"rotating_seats"}, Req("order"), {"max_consecutive_terms"},
                  {"history"}, {"overrides"}, {"calls"}, {"source"},
                  {"basis"}, {"note"}});
  Rotation r;
  if (!o.ok()) return r;
  r.id = o.template IdOf<RotationId>("id");
  r.title = o.String("title");
  r.term = ReadTerm(l, *o.Get("term"), o.At("term"));
  r.permanent = o.template Ids<EntityId>("permanent");
  r.rotating_seats = o.IntOr("rotating_seats", 1, 1);
  r.order = ReadOrder(l, *o.Get("order"), o.At("order"));
  if (const std::optional<V> limit = o.Get("max_consecutive_terms");
      limit && limit->IsObject()) {
    const Object lo(l, *limit, o.At("max_consecutive_terms"),
                    {Req("count"), {"source"}, {"basis"}, {"note"}});
    if (lo.ok()) {
      r.max_consecutive_terms = lo.OptionalInt("count", 1);
      ReadProvenance(lo, r.max_consecutive_terms_provenance);
    }
  } else {
    r.max_consecutive_terms = o.OptionalInt("max_consecutive_terms", 1);
  }
  o.Each("history", [&](V item, const Where& hat) {
    const Object h(l, item, hat,
                   {Req("start"), {"holder"}, {"holders"}, {"source"},
                    {"basis"}, {"note"}});
    if (!h.ok()) return;
    HistoryEntry entry;
    entry.start = h.DateOf("start");
    const std::string_view key = h.ExactlyOne({"holder", "holders"}, "a history entry");
    if (key == "holder") {
      entry.holders.push_back(h.template IdOf<EntityId>("holder"));
    } else if (key == "holders") {
      entry.holders = h.template Ids<EntityId>("holders");
      if (l.ok() && entry.holders.empty()) {
        l.Fail(h.At("holders"), "expected at least one holder");
      }
    }
    ReadProvenance(h, entry);
    r.history.push_back(std::move(entry));
  });
  o.Each("overrides", [&](V item, const Where& oat) {
    const Object ov(l, item, oat,
                    {Req("start"), {"holder"}, {"skip"}, {"swap_with"},
                     {"source"}, {"basis"}, {"note"}});
    if (!ov.ok()) return;
    Override entry;
    entry.start = ov.DateOf("start");
    const std::string_view key =
        ov.ExactlyOne({"holder", "skip", "swap_with"}, "an override");
    if (key.empty()) return;
    entry.kind = *ParseEnum<OverrideKind>(key);
    if (entry.kind == OverrideKind::kSwap) {
      entry.swap_with = ov.DateOf("swap_with");
    } else {
      entry.entity = ov.template IdOf<EntityId>(key);
    }
    ReadProvenance(ov, entry);
    r.overrides.push_back(std::move(entry));
  });
  o.Each("calls", [&](V item, const Where& cat) {
    const Object c(l, item, cat,
                   {Req("term"), Req("closes"), {"fallback"}, {"source"},
                    {"basis"}, {"note"}});
    if (!c.ok()) return;
    Call call;
    call.term = c.DateOf("term");
    call.closes = c.DateOf("closes");
    const std::vector<std::string> names = c.Strings("fallback");
    for (std::size_t k = 0; k < names.size() && l.ok(); ++k) {
      call.fallback.push_back(l.template EnumOfText<Fallback>(names[k],
                                               Where(c.At("fallback"), k),
                                               "fallback"));
    }
    ReadProvenance(c, call);
    r.calls.push_back(std::move(call));
  });
  ReadProvenance(o, r);
  return r;
}

template <typename V>
Calendar ReadCalendar(Loader<V>& l, V v, const Where& at) {
  const Object o(l, v, at,
                 {Req("id"), {"name"}, {"weekend"}, {"holidays"}, {"union"},
                  {"source"}, {"basis"}, {"note"}});
  Calendar c;
  if (!o.ok()) return c;
  c.id = o.template IdOf<CalendarId>("id");
  c.name = o.String("name");
  const std::vector<std::string> weekend = o.Strings("weekend");
  for (std::size_t k = 0; k < weekend.size() && l.ok(); ++k) {
    c.weekend.push_back(
        l.template EnumOfText<Weekday>(weekend[k], Where(o.At("weekend"), k), "weekday"));
  }
  const std::vector<std::string> holidays = o.Strings("holidays");
  for (std::size_t k = 0; k < holidays.size() && l.ok(); ++k) {
    c.holidays.push_back(l.DateOfText(holidays[k], Where(o.At("holidays"), k)));
  }
  c.union_of = o.template Ids<CalendarId>("union");
  if (l.ok() && o.Has("union") && c.union_of.empty()) {
    l.Fail(o.At("union"), "expected at least one calendar id");
  }
  ReadProvenance(o, c);
  return c;
}

// Participants
//
// Resolves meeting participants: a person id wins over an entity id. The
// indexes (views of the ids of `entities` and `people`, which must outlive
// it unchanged) are built at the first participant, so that a file without
// participants pays nothing.
class Participants {
 public:
  Participants(const std::vector<Entity>& entities, const std::vector<Person>& people)
      : entities_(entities), people_(people) {}

  // What `id` names, or nullopt.
  std::optional<ParticipantKind> KindOf(std::string_view id) {
    if (!indexed_) {
      people_ids_.reserve(people_.size());
      for (const Person& p : people_) people_ids_.insert(p.id.str());
      entity_ids_.reserve(entities_.size());
      for (const Entity& e : entities_) entity_ids_.insert(e.id.str());
      indexed_ = true;
    }
    if (people_ids_.contains(id)) return ParticipantKind::kPerson;
    if (entity_ids_.contains(id)) return ParticipantKind::kEntity;
    return std::nullopt;
  }

  // Every id, entities first (for "did you mean").
  std::vector<std::string> All() const {
    std::vector<std::string> all;
    all.reserve(entities_.size() + people_.size());
    for (const Entity& e : entities_) all.push_back(e.id.str());
    for (const Person& p : people_) all.push_back(p.id.str());
    return all;
  }

 private:
  const std::vector<Entity>& entities_;
  const std::vector<Person>& people_;
  bool indexed_ = false;
  // Reserved, then filled: large ones prefer huge pages.
  using IdSet = absl::flat_hash_set<
      std::string_view, absl::flat_hash_set<std::string_view>::hasher,
      absl::flat_hash_set<std::string_view>::key_equal,
      netgov::detail::HugePageAllocator<std::string_view>>;
  IdSet people_ids_;
  IdSet entity_ids_;
};

template <typename V>
Meeting ReadMeeting(Loader<V>& l, V v, const Where& at,
                    Participants& known) {
  const Object o(l, v, at,
                 {Req("id"), {"title"}, Req("start"), {"end"}, {"time_zone"},
                  {"venue"}, {"chairs"}, {"participants"}, {"agenda"},
                  {"source"}, {"basis"}, {"note"}});
  Meeting m;
  if (!o.ok()) return m;
  m.id = o.template IdOf<MeetingId>("id");
  m.title = o.String("title");
  m.start = l.LocalTime(*o.Get("start"), o.At("start"));
  m.end = o.Has("end") ? l.LocalTime(*o.Get("end"), o.At("end")) : m.start;
  m.time_zone = o.String("time_zone");
  m.venue = o.String("venue");
  m.chairs = o.template Ids<PersonId>("chairs");
  const std::vector<std::string> participants = o.Strings("participants");
  for (std::size_t k = 0; k < participants.size() && l.ok(); ++k) {
    const std::string& id = participants[k];
    if (const std::optional<ParticipantKind> kind = known.KindOf(id)) {
      m.participants.push_back({*kind, id});
    } else {
      l.Fail(Where(o.At("participants"), k),
             absl::StrCat("unknown person or entity '", id, "'",
                          DidYouMean(id, known.All())));
    }
  }
  o.Each("agenda", [&](V item, const Where& aat) {
    const Object a(l, item, aat, {Req("number"), Req("title"), {"presenters"}});
    if (!a.ok()) return;
    m.agenda.push_back({a.IntOr("number", 1, 1), a.String("title"),
                        a.template Ids<PersonId>("presenters")});
  });
  ReadProvenance(o, m);
  return m;
}

template <typename V>
Commitment ReadCommitment(Loader<V>& l, V v, const Where& at) {
  const Object o(l, v, at,
                 {Req("id"), {"number"}, Req("text"), {"adopted_at"}, {"status"},
                  {"status_source"}, {"positions"}, {"source"}, {"basis"},
                  {"note"}});
  Commitment c;
  if (!o.ok()) return c;
  c.id = o.template IdOf<CommitmentId>("id");
  c.number = o.IntOr("number", 0, 1);
  c.text = o.String("text");
  c.adopted_at = o.template OptionalId<MeetingId>("adopted_at");
  c.status = o.EnumOr("status", CommitmentStatus::kProposed, "status");
  c.status_source = o.String("status_source");
  o.Each("positions", [&](V item, const Where& pat) {
    const Object p(l, item, pat,
                   {Req("entity"), Req("stance"), {"note"}, {"source"},
                    {"basis"}});
    if (!p.ok()) return;
    Position position;
    position.entity = p.template IdOf<EntityId>("entity");
    position.stance = p.EnumOr("stance", Stance::kSilent, "stance");
    ReadProvenance(p, position);
    c.positions.push_back(std::move(position));
  });
  ReadProvenance(o, c);
  return c;
}

template <typename V>
Recurrence ReadRecurrence(Loader<V>& l, V v, const Where& at) {
  const Object o(l, v, at,
                 {Req("freq"), {"interval"}, {"until"}, {"count"}, {"day_rule"},
                  {"weekday"}, {"nth"}});
  Recurrence r;
  if (!o.ok()) return r;
  r.freq = o.EnumOr("freq", Frequency::kYearly, "freq");
  r.interval = o.IntOr("interval", 1, 1);
  if (o.Has("until") && o.Has("count")) {
    l.Fail(o.At("count"), "a recurrence ends by 'until' or by 'count', not both");
    return r;
  }
  r.until = o.OptionalDate("until");
  r.count = o.OptionalInt("count", 1);
  r.day_rule = o.EnumOr("day_rule", DayRule::kSame, "day rule");
  if (!l.ok()) return r;
  if (r.day_rule == DayRule::kNthWeekday) {
    for (std::string_view k : {"weekday", "nth"}) {
      if (!o.Has(k)) {
        l.Fail(at, absl::StrCat("day_rule 'nth-weekday' needs '", ToAbsl(k), "'"));
        return r;
      }
    }
    r.weekday = o.EnumOr("weekday", Weekday::kMonday, "weekday");
    r.nth = o.IntOr("nth", 1, -1, 5);
    if (l.ok() && r.nth == 0) {
      l.Fail(o.At("nth"), "expected 1 to 5, or -1 for the last; got 0");
    }
  } else {
    for (std::string_view k : {"weekday", "nth"}) {
      if (o.Has(k)) {
        l.Fail(o.At(k), absl::StrCat("'", ToAbsl(k), "' applies only to day_rule "
                                     "'nth-weekday', not '",
                                     ToAbsl(ToString(r.day_rule)), "'"));
        return r;
      }
    }
  }
  return r;
}

template <typename V>
Deadline ReadDeadline(Loader<V>& l, V v, const Where& at) {
  const Object o(l, v, at,
                 {Req("id"), {"title"}, Req("date"), {"precision"}, {"time_zone"},
                  {"calendar"}, {"convention"}, {"reminders"}, {"recurrence"},
                  {"relates_to"}, {"source"}, {"basis"}, {"note"}});
  Deadline d;
  if (!o.ok()) return d;
  d.id = o.template IdOf<DeadlineId>("id");
  d.title = o.String("title");
  d.date = o.DateOf("date");
  d.time_zone = o.String("time_zone");
  d.calendar = o.template OptionalId<CalendarId>("calendar");
  d.precision = ReadPrecision(o, d.date);
  d.convention = o.EnumOr("convention",
                          d.precision == DatePrecision::kDay
                              ? BusinessDayConvention::kFollowing
                              : BusinessDayConvention::kUnadjusted,
                          "convention");
  if (l.ok() && d.precision != DatePrecision::kDay &&
      d.convention != BusinessDayConvention::kUnadjusted) {
    l.Fail(o.At("convention"),
           absl::StrCat("a date of precision '",
                        ToAbsl(ToString(d.precision)),
                        "' is a period, not a day: its convention must be "
                        "'unadjusted'"));
  }
  o.Each("reminders", [&](V item, const Where& rat) {
    const Object r(l, item, rat, {{"days_before"}, {"business_days_before"}});
    if (!r.ok()) return;
    const std::string_view key =
        r.ExactlyOne({"days_before", "business_days_before"}, "a reminder");
    if (key.empty()) return;
    d.reminders.push_back({r.IntOr(key, 0, 0), key == "business_days_before"});
  });
  if (const std::optional<V> rec = o.Get("recurrence")) {
    d.recurrence = ReadRecurrence(l, *rec, o.At("recurrence"));
  }
  o.Each("relates_to", [&](V item, const Where& rat) {
    const Object r(l, item, rat, {Req("kind"), Req("id"), {"term"}, {"entity"}});
    if (!r.ok()) return;
    Relation rel;
    rel.kind = r.EnumOr("kind", RelationKind::kEntity, "relation kind");
    rel.id = r.String("id");
    rel.term = r.OptionalDate("term");
    rel.entity = r.template OptionalId<EntityId>("entity");
    if (l.ok() && rel.kind == RelationKind::kRole && !rel.entity) {
      l.Fail(rat, "a relation of kind 'role' needs 'entity' (the role's holder)");
    }
    d.relates_to.push_back(std::move(rel));
  });
  ReadProvenance(o, d);
  return d;
}

template <typename V>
Mention ReadMention(Loader<V>& l, V v, const Where& at) {
  const Object o(l, v, at,
                 {Req("id"), Req("kind"), Req("name"), {"entity"}, {"role"},
                  {"from"}, {"to"}, {"date"}, {"precision"}, {"source"},
                  {"basis"}, {"note"}});
  Mention m;
  if (!o.ok()) return m;
  m.id = o.template IdOf<MentionId>("id");
  m.kind = ToString(o.EnumOr("kind", MentionKind::kOther, "mention kind"));
  m.name = o.String("name");
  m.entity = o.template OptionalId<EntityId>("entity");
  m.role = o.String("role");
  m.valid = o.Valid();
  m.date = o.OptionalDate("date");
  if (m.date) {
    m.precision = ReadPrecision(o, *m.date);
  } else if (l.ok() && o.Has("precision")) {
    l.Fail(o.At("precision"), "'precision' needs a 'date'");
  }
  ReadProvenance(o, m);
  return m;
}

template <typename V>
StatedCount ReadStatedCount(Loader<V>& l, V v, const Where& at) {
  const Object o(l, v, at,
                 {Req("id"), Req("collection"), Req("count"), {"meeting"},
                  {"source"}, {"basis"}, {"note"}});
  StatedCount c;
  if (!o.ok()) return c;
  c.id = o.String("id");
  c.collection = ToString(o.EnumOr("collection", CountedCollection::kCommitments,
                                   "collection"));
  c.count = o.IntOr("count", 0, 0);
  c.meeting = o.template OptionalId<MeetingId>("meeting");
  ReadProvenance(o, c);
  return c;
}

// Reads the list `key` of the top-level object into the builder.
template <typename V, typename ReadFn, typename AddFn>
void ReadList(const Object<V>& top, std::string_view key, ReadFn read, AddFn add) {
  top.Each(key, [&](V item, const Where& at) {
    auto value = read(top.loader(), item, at);
    if (top.loader().ok()) add(std::move(value));
  });
}

// Texts from this size on get simdjson's buffers allocated here, with huge
// pages preferred.
constexpr std::size_t kLargeText = std::size_t{4} << 20;

// Walks the document `doc` into a builder (not yet built, so that the
// caller may free the document first); the one reader of both paths.
template <typename V>
absl::StatusOr<NetworkBuilder> Read(V doc, std::string_view file_name) {
  Loader<V> l(file_name);
  if (!doc.IsObject()) {
    l.Fail("", absl::StrCat("expected a JSON object with \"format\": \"",
                            ToAbsl(kFormat), "\" at the top, got ",
                            ToAbsl(doc.TypeName())));
    return l.error();
  }
  const Object top(l, doc, Where(),
                   {Req("format"), Req("network"), {"entities"}, {"people"},
                    {"pillars"}, {"rotations"}, {"calendars"}, {"meetings"},
                    {"commitments"}, {"deadlines"}, {"mentions"},
                    {"stated_counts"}});
  if (!top.ok()) return l.error();
  const std::string format = top.String("format");
  if (l.ok() && format != kFormat) {
    l.Fail("/format", absl::StrCat("unsupported format '", format,
                                   "'; expected \"", ToAbsl(kFormat), "\""));
  }
  if (!l.ok()) return l.error();
  NetworkBuilder builder(ReadInfo(l, *top.Get("network"), Where("/network")));

  // Reserved: a model value is large, and moving it is not free.
  const auto size_of = [&](std::string_view key) -> std::size_t {
    const std::optional<V> list = top.Get(key);
    return list && list->IsArray() ? list->Size() : 0;
  };
  // The lists of entities, people and pillars are each written once, in
  // order: a large one prefers huge pages.
  std::vector<Entity> entities;
  netgov::detail::ReservePreferringHugePages(entities, size_of("entities"));
  ReadList(top, "entities", ReadEntity<V>, [&](Entity e) { entities.push_back(std::move(e)); });
  std::vector<Person> people;
  netgov::detail::ReservePreferringHugePages(people, size_of("people"));
  ReadList(top, "people", ReadPerson<V>, [&](Person p) { people.push_back(std::move(p)); });
  std::vector<Pillar> pillars;
  netgov::detail::ReservePreferringHugePages(pillars, size_of("pillars"));
  ReadList(top, "pillars", ReadPillar<V>, [&](Pillar p) { pillars.push_back(std::move(p)); });
  builder.AddPillars(std::move(pillars));
  // Only meetings need the participants' index, over `entities` and
  // `people`: they go to the builder after the meetings are read.
  Participants known(entities, people);
  ReadList(top, "rotations", ReadRotation<V>,
           [&](Rotation r) { builder.AddRotation(std::move(r)); });
  ReadList(top, "calendars", ReadCalendar<V>,
           [&](Calendar c) { builder.AddCalendar(std::move(c)); });
  ReadList(
      top, "meetings",
      [&](Loader<V>& lo, V v, const Where& at) {
        return ReadMeeting(lo, v, at, known);
      },
      [&](Meeting m) { builder.AddMeeting(std::move(m)); });
  ReadList(top, "commitments", ReadCommitment<V>,
           [&](Commitment c) { builder.AddCommitment(std::move(c)); });
  ReadList(top, "deadlines", ReadDeadline<V>,
           [&](Deadline d) { builder.AddDeadline(std::move(d)); });
  ReadList(top, "mentions", ReadMention<V>,
           [&](Mention m) { builder.AddMention(std::move(m)); });
  absl::flat_hash_map<std::string, std::size_t> count_ids;
  ReadList(top, "stated_counts", ReadStatedCount<V>, [&](StatedCount c) {
    const std::size_t index = count_ids.size();
    const auto [it, inserted] = count_ids.emplace(c.id, index);
    if (!inserted) {
      l.Fail(absl::StrCat("/stated_counts/", index, "/id"),
             absl::StrCat("duplicate stated count id '", c.id,
                          "' (first defined at /stated_counts/", it->second, ")"));
    }
    builder.AddStatedCount(std::move(c));
  });
  if (!l.ok()) return l.error();
  builder.AddEntities(std::move(entities));
  builder.AddPeople(std::move(people));
  return builder;
}

// Builds what `Read()` gave, prefixing an error with the file name;
// `prechecked`: without the checks that load time zones (LoadNetworkTape()).
absl::StatusOr<Network> Build(absl::StatusOr<NetworkBuilder> builder,
                              std::string_view file_name, bool prechecked = false) {
  if (!builder.ok()) return builder.status();
  absl::StatusOr<Network> network = prechecked
                                        ? netgov::detail::BuildPrechecked(std::move(*builder))
                                        : std::move(*builder).Build();
  if (!network.ok()) {
    return absl::Status(network.status().code(),
                        absl::StrCat(ToAbsl(file_name), ": ",
                                     network.status().message()));
  }
  return network;
}

// Runs `load` and turns the exceptions it may throw into a status.
template <typename Fn>
absl::StatusOr<Network> Guarded(std::string_view file_name, Fn load) {
  try {
    return load();
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError(
        absl::StrCat(ToAbsl(file_name), ": out of memory while loading"));
  } catch (const std::exception& e) {
    // Not expected: the walk checks every type before reading it.
    return absl::InternalError(
        absl::StrCat(ToAbsl(file_name), ": ", e.what()));
  }
}

// Allocates the parser's and the document's buffers for a text of `size`
// bytes (as `parse_into_document()` would) and prefers huge pages for them:
// the structural index (4 bytes a byte of text), the tape (8) and the
// strings (5/3; the bounds here are those of simdjson 3.0's allocate()).
// Small texts, or a failed allocation, are left to simdjson.
void AllocateForLargeText(simdjson::dom::parser& parser, simdjson::dom::document& doc,
                          std::size_t size) {
  if (size < kLargeText || parser.allocate(size) != simdjson::SUCCESS ||
      doc.allocate(size) != simdjson::SUCCESS) {
    return;
  }
  netgov::detail::PreferHugePages(parser.implementation->structural_indexes.get(), size * 4);
  netgov::detail::PreferHugePages(doc.tape.get(), (size + 3) * 8);
  netgov::detail::PreferHugePages(doc.string_buf.get(), 5 * size / 3);
}

// PaddedCopyOfLargeText()
//
// For a text of kLargeText bytes or more that is not `padded`, a copy
// followed by simdjson's padding (zeros), with huge pages preferred; else
// null (simdjson reads the text in place, or copies a small one itself).
std::unique_ptr<char[]> PaddedCopyOfLargeText(std::string_view text, bool padded) {
  if (padded || text.size() < kLargeText) return nullptr;
  const std::size_t size = text.size() + simdjson::SIMDJSON_PADDING;
  std::unique_ptr<char[]> copy(new (std::nothrow) char[size]);
  if (copy == nullptr) return nullptr;
  netgov::detail::PreferHugePages(copy.get(), size);
  std::memcpy(copy.get(), text.data(), text.size());
  std::memset(copy.get() + text.size(), 0, simdjson::SIMDJSON_PADDING);
  return copy;
}

// "67108864 bytes (64 MiB)": a size limit in messages.
std::string LimitText(std::size_t max_bytes) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  if (max_bytes % kMiB != 0 || max_bytes == 0) return absl::StrCat(max_bytes, " bytes");
  return absl::StrCat(max_bytes, " bytes (", max_bytes / kMiB, " MiB)");
}

// Checks common to both paths: the size limit and an empty file.
absl::Status CheckText(std::string_view text, std::string_view file_name,
                       std::size_t max_bytes) {
  if (text.size() > max_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(ToAbsl(file_name), ": the file is ",
                                                   text.size(), " bytes; the limit is ",
                                                   LimitText(max_bytes)));
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return absl::InvalidArgumentError(absl::StrCat(
        ToAbsl(file_name), ": the file is empty; expected a JSON object with "
        "\"format\": \"", ToAbsl(kFormat), "\""));
  }
  return absl::OkStatus();
}

// The fast path, then on any failure the reference path (whose messages are
// the ones users see). `padded`: `text` is followed by at least
// simdjson::SIMDJSON_PADDING readable bytes, so simdjson need not copy it.
absl::StatusOr<Network> LoadText(std::string_view text, bool padded,
                                 std::string_view file_name, std::size_t max_bytes) {
  if (absl::Status s = CheckText(text, file_name, max_bytes); !s.ok()) return s;
  absl::StatusOr<Network> fast = detail::LoadNetworkFast(text, padded, file_name, max_bytes);
  if (fast.ok()) return fast;
  return detail::LoadNetworkReference(text, file_name, max_bytes);
}

}  // namespace

namespace detail {

absl::StatusOr<Network> LoadNetworkReference(std::string_view text,
                                             std::string_view file_name,
                                             std::size_t max_bytes) {
  if (absl::Status s = CheckText(text, file_name, max_bytes); !s.ok()) return s;
  return Guarded(file_name, [&]() -> absl::StatusOr<Network> {
    absl::StatusOr<NetworkBuilder> builder = [&]() -> absl::StatusOr<NetworkBuilder> {
      absl::StatusOr<json> doc = ParseJsonText(text, file_name);
      if (!doc.ok()) return doc.status();
      return Read(NlohmannValue(*doc), file_name);
    }();  // the DOM is freed before the build
    return Build(std::move(builder), file_name);
  });
}

absl::StatusOr<Network> LoadNetworkFast(std::string_view text, bool padded,
                                        std::string_view file_name, std::size_t max_bytes) {
  return LoadNetworkFast(text, padded, file_name, max_bytes, [] {});
}

absl::StatusOr<Network> LoadNetworkFast(std::string_view text, bool padded,
                                        std::string_view file_name, std::size_t max_bytes,
                                        absl::FunctionRef<void()> parsed) {
  if (absl::Status s = CheckText(text, file_name, max_bytes); !s.ok()) return s;
  return Guarded(file_name, [&]() -> absl::StatusOr<Network> {
    absl::StatusOr<NetworkBuilder> builder = [&]() -> absl::StatusOr<NetworkBuilder> {
      // The document holds the tape and copies of the strings: once it is
      // parsed, neither the parser (its index of the text's structural
      // characters, 4 bytes each) nor the text is needed.
      simdjson::dom::document doc;
      simdjson::dom::element root;
      {
        simdjson::dom::parser parser;
        AllocateForLargeText(parser, doc, text.size());
        // simdjson would copy a large unpadded text into a buffer of 4 KiB
        // pages; this copy prefers huge pages, and is freed with the parser.
        std::unique_ptr<char[]> copy = PaddedCopyOfLargeText(text, padded);
        if (const simdjson::error_code error =
                parser
                    .parse_into_document(doc, copy ? copy.get() : text.data(), text.size(),
                                         !padded && !copy)
                    .get(root)) {
          // Not for users (the reference path's message is theirs); the
          // code alone, so that simdjson's table of messages, data in its
          // shared object, is not needed (src/cli/simdjson_on_demand.cpp).
          return absl::InvalidArgumentError(absl::StrCat(
              ToAbsl(file_name), ": simdjson error ", static_cast<int>(error)));
        }
      }
      parsed();
      return Read(SimdValue(root), file_name);
    }();  // the document is freed before the build
    return Build(std::move(builder), file_name);
  });
}

absl::StatusOr<Network> LoadNetworkTape(const std::uint64_t* tape, std::size_t tape_size,
                                        const unsigned char* strings,
                                        std::size_t strings_size,
                                        std::string_view file_name) {
  return Guarded(file_name, [&]() -> absl::StatusOr<Network> {
    absl::StatusOr<NetworkBuilder> builder = [&]() -> absl::StatusOr<NetworkBuilder> {
      // The document reads the constant buffers in place (no copy, no heap
      // pages to fault in) and lets go of them before it is destroyed: it
      // owns its buffers, and only reads them.
      simdjson::dom::document doc;
      struct Lend {
        simdjson::dom::document& doc;
        ~Lend() {
          static_cast<void>(doc.tape.release());
          static_cast<void>(doc.string_buf.release());
        }
      } lend{doc};
      // The tape's first word gives its length (src/tools/json_tape.cpp).
      if (tape_size < 2 ||
          (tape[0] & simdjson::internal::JSON_VALUE_MASK) != tape_size) {
        return absl::InternalError(absl::StrCat(
            ToAbsl(file_name), ": the parsed form is damaged (", tape_size,
            " tape words, ", strings_size, " bytes of strings); rebuild the library"));
      }
      doc.tape.reset(const_cast<std::uint64_t*>(tape));
      doc.string_buf.reset(const_cast<std::uint8_t*>(strings));
      return Read(SimdValue(doc.root()), file_name);
    }();  // the document is freed before the build
    return Build(std::move(builder), file_name, /*prechecked=*/true);
  });
}

}  // namespace detail

absl::StatusOr<Network> LoadNetwork(std::string_view text, std::string_view file_name,
                                    const LoadOptions& options) {
  return LoadText(text, /*padded=*/false, file_name, options.max_bytes);
}

namespace {

// All of `in`, refused once it passes `max_bytes`; `what` names the input
// in messages ("the file").
absl::StatusOr<std::string> ReadLimited(std::istream& in, std::string_view name,
                                        std::string_view what, std::size_t max_bytes,
                                        std::size_t expected_size = 0) {
  // Room for simdjson's padding, so that it reads the text in place.
  std::string text;
  text.reserve(std::min<std::size_t>(expected_size, max_bytes + 1) +
               simdjson::SIMDJSON_PADDING);
  if (expected_size >= kLargeText) netgov::detail::PreferHugePages(text.data(), text.capacity());
  if (expected_size > 0 && expected_size <= max_bytes) {
    // A regular file: read at once into place (a file that grew since its
    // size was taken goes on below).
    text.resize(expected_size);
    in.read(text.data(), static_cast<std::streamsize>(expected_size));
    text.resize(static_cast<std::size_t>(in.gcount()));
  }
  std::array<char, 1 << 16> buffer;
  while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
    text.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_bytes) {
      return absl::InvalidArgumentError(absl::StrCat(
          ToAbsl(name), ": ", ToAbsl(what), " is more than ", max_bytes,
          " bytes; the limit is ", LimitText(max_bytes)));
    }
  }
  if (in.bad()) {
    return absl::NotFoundError(absl::StrCat(ToAbsl(name), ": cannot read ", ToAbsl(what)));
  }
  return text;
}

// Whether simdjson may read `text` in place (its capacity has the padding).
bool Padded(const std::string& text) {
  return text.capacity() - text.size() >= simdjson::SIMDJSON_PADDING;
}

// The text of the file `path`, read up to `options.max_bytes`.
absl::StatusOr<std::string> ReadFileText(const std::string& path,
                                         const LoadOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": is a directory, not a network file"));
  }
  // A regular file too large is refused before it is read; other files
  // (pipes, /proc) are read up to the limit.
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > options.max_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": the file is ", size,
                                                   " bytes; the limit is ",
                                                   LimitText(options.max_bytes)));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(absl::StrCat(path, ": cannot open the file"));
  }
  return ReadLimited(in, path, "the file", options.max_bytes,
                     ec ? 0 : static_cast<std::size_t>(size));
}

}  // namespace

absl::StatusOr<Network> LoadNetworkFile(const std::string& path, const LoadOptions& options) {
  absl::StatusOr<std::string> text = ReadFileText(path, options);
  if (!text.ok()) return text.status();
  if (absl::Status s = CheckText(*text, path, options.max_bytes); !s.ok()) return s;
  // The text is freed once simdjson has parsed it (its document holds
  // copies of the strings), so that it does not add to the walk's and the
  // build's peak; on a failure the file is read again for the reference
  // path, whose messages are the users'.
  bool freed = false;
  absl::StatusOr<Network> fast =
      detail::LoadNetworkFast(*text, Padded(*text), path, options.max_bytes, [&] {
        std::string().swap(*text);
        freed = true;
      });
  if (fast.ok()) return fast;
  if (freed) {
    text = ReadFileText(path, options);
    if (!text.ok()) return text.status();
  }
  return detail::LoadNetworkReference(*text, path, options.max_bytes);
}

absl::StatusOr<Network> ReadNetwork(std::istream& in, std::string_view name,
                                    const LoadOptions& options) {
  absl::StatusOr<std::string> text = ReadLimited(in, name, "the input", options.max_bytes);
  if (!text.ok()) return text.status();
  return LoadText(*text, Padded(*text), name, options.max_bytes);
}

}  // namespace io
}  // namespace netgov
