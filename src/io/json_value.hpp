// Private to the JSON network file (src/io/json*.cpp): the two DOMs the
// loader's one walk (src/io/json.cpp) reads, behind one small interface.
//
// `NlohmannValue` reads the nlohmann::json DOM of `detail::ParseJsonText()`,
// the reference path: comments, line:column syntax errors, duplicate keys and
// depth refused. `SimdValue` reads simdjson's DOM (a tape, no allocation per
// value), the fast path: strict JSON only. Both are cheap handles passed by
// value; the walk is a template over them, so there is one reader:
//
//   bool IsNull() / IsString() / IsBool() / IsArray() / IsObject() const;
//   bool IsInteger() / IsUnsigned() / IsFloat() const;
//   std::string_view Str() const;          // when IsString()
//   bool Bool() const;                     // when IsBool()
//   std::int64_t Int64() const; std::uint64_t Uint64() const;
//   double Double() const;                 // when the matching Is*()
//   std::string_view TypeName() const;     // "object", "number", ...
//   std::string Dump() const;              // the value as compact JSON
//   std::optional<V> Find(std::string_view key) const;  // when IsObject()
//   template <class Fn> void Members(Fn fn) const;  // fn(key, V) -> bool go on
//   template <class Fn> void Elements(Fn fn) const; // fn(V) -> bool go on
//   std::size_t Size() const;              // elements, when IsArray()
//
// Example:
//
//   simdjson::dom::parser parser;
//   simdjson::dom::element root;
//   if (!parser.parse(text).get(root)) Walk(SimdValue(root));

#ifndef NETGOV_SRC_IO_JSON_VALUE_HPP_
#define NETGOV_SRC_IO_JSON_VALUE_HPP_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "nlohmann/json.hpp"
#include "simdjson.h"

namespace netgov::io::detail {

// NlohmannValue
//
// A value of a nlohmann::json DOM (which must outlive it).
class NlohmannValue {
 public:
  explicit NlohmannValue(const nlohmann::json& value) : v_(&value) {}

  bool IsNull() const { return v_->is_null(); }
  bool IsString() const { return v_->is_string(); }
  bool IsBool() const { return v_->is_boolean(); }
  bool IsArray() const { return v_->is_array(); }
  bool IsObject() const { return v_->is_object(); }
  bool IsInteger() const { return v_->is_number_integer(); }
  bool IsUnsigned() const { return v_->is_number_unsigned(); }
  bool IsFloat() const { return v_->is_number_float(); }
  std::string_view Str() const { return v_->get_ref<const std::string&>(); }
  bool Bool() const { return v_->get<bool>(); }
  std::int64_t Int64() const { return v_->get<std::int64_t>(); }
  std::uint64_t Uint64() const { return v_->get<std::uint64_t>(); }
  double Double() const { return v_->get<double>(); }
  std::string_view TypeName() const { return v_->type_name(); }
  std::string Dump() const { return v_->dump(); }

  std::optional<NlohmannValue> Find(std::string_view key) const {
    const auto it = v_->find(key);
    if (it == v_->end()) return std::nullopt;
    return NlohmannValue(*it);
  }
  template <typename Fn>
  void Members(Fn fn) const {
    for (const auto& [key, member] : v_->items()) {
      if (!fn(std::string_view(key), NlohmannValue(member))) return;
    }
  }
  std::size_t Size() const { return v_->size(); }
  template <typename Fn>
  void Elements(Fn fn) const {
    for (const nlohmann::json& element : *v_) {
      if (!fn(NlohmannValue(element))) return;
    }
  }

 private:
  const nlohmann::json* v_;
};

// SimdValue
//
// A value of a simdjson DOM (whose parser must outlive it).
class SimdValue {
 public:
  explicit SimdValue(simdjson::dom::element value) : v_(value) {}

  bool IsNull() const { return v_.is_null(); }
  bool IsString() const { return v_.is_string(); }
  bool IsBool() const { return v_.is_bool(); }
  bool IsArray() const { return v_.is_array(); }
  bool IsObject() const { return v_.is_object(); }
  bool IsInteger() const {
    return v_.type() == simdjson::dom::element_type::INT64 ||
           v_.type() == simdjson::dom::element_type::UINT64;
  }
  bool IsUnsigned() const { return v_.type() == simdjson::dom::element_type::UINT64; }
  bool IsFloat() const { return v_.type() == simdjson::dom::element_type::DOUBLE; }
  std::string_view Str() const { return Get<std::string_view>(v_.get_string()); }
  bool Bool() const { return Get<bool>(v_.get_bool()); }
  std::int64_t Int64() const { return Get<std::int64_t>(v_.get_int64()); }
  std::uint64_t Uint64() const { return Get<std::uint64_t>(v_.get_uint64()); }
  double Double() const { return Get<double>(v_.get_double()); }
  std::string_view TypeName() const {
    switch (v_.type()) {
      case simdjson::dom::element_type::ARRAY: return "array";
      case simdjson::dom::element_type::OBJECT: return "object";
      case simdjson::dom::element_type::STRING: return "string";
      case simdjson::dom::element_type::BOOL: return "boolean";
      case simdjson::dom::element_type::NULL_VALUE: return "null";
      default: return "number";
    }
  }
  std::string Dump() const { return simdjson::minify(v_); }

  std::optional<SimdValue> Find(std::string_view key) const {
    simdjson::dom::element found;
    if (Get<simdjson::dom::object>(v_.get_object()).at_key(key).get(found)) return std::nullopt;
    return SimdValue(found);
  }
  template <typename Fn>
  void Members(Fn fn) const {
    for (const simdjson::dom::key_value_pair member : Get<simdjson::dom::object>(v_.get_object())) {
      if (!fn(member.key, SimdValue(member.value))) return;
    }
  }
  std::size_t Size() const { return Get<simdjson::dom::array>(v_.get_array()).size(); }
  template <typename Fn>
  void Elements(Fn fn) const {
    for (const simdjson::dom::element element : Get<simdjson::dom::array>(v_.get_array())) {
      if (!fn(SimdValue(element))) return;
    }
  }

 private:
  // The value of `result`, whose type the caller has checked.
  template <typename T, typename Result>
  static T Get(Result result) {
    T out{};
    if (std::move(result).get(out) != simdjson::SUCCESS) return T{};
    return out;
  }

  simdjson::dom::element v_;
};

}  // namespace netgov::io::detail

#endif  // NETGOV_SRC_IO_JSON_VALUE_HPP_
