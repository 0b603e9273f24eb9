// File: src/cli/simdjson_on_demand.cpp
//
// The `netgov` program loads simdjson's shared object only when it first
// parses a network file, not at start-up. Linked with the static program
// only (cmake/NetgovStaticProgram.cmake, NETGOV_STATIC_PROGRAM); the library
// and the tests link simdjson as usual.
//
// Why: Debian ships simdjson as a shared object only, and it needs the shared
// libstdc++. Loading both cost every run of the program about 1.5 ms of CPU
// time on the 2-core machine, as much again as a whole trivial C++ program
// (docs/benchmarks.md, "Start-up, third pass"), though most runs (the brief
// on the embedded network, which is pre-parsed at build time) never parse
// JSON with simdjson.
//
// How: the loader's code (src/io/json.cpp) uses simdjson's header, whose
// inline code calls the shared object through a few functions only:
// `simdjson::get_active_implementation()` (the parser reaches the parsing
// code through the implementation it returns),
// `simdjson::internal::to_chars()` (writing a number back as JSON) and, in
// builds without optimisation, `simdjson::internal::from_chars()` (reading a
// number, which optimised builds reach only inside the shared object). This
// file defines them all, so the linker (with --as-needed) leaves the shared object out
// of the program; on their first call they open it with dlopen(3) and call
// the real functions. The rest of simdjson's code used by the loader is in
// its header. If the shared object cannot be opened, the parser gets an
// implementation that refuses to parse (UNSUPPORTED_ARCHITECTURE); the loader
// then takes its reference path (nlohmann's DOM), as on any failure of the
// fast path, so every file still loads, with the same messages, only slower.
//
// The name of the shared object (its SONAME, e.g. "libsimdjson.so.14") comes
// from the simdjson package's CMake target at configure time
// (NETGOV_SIMDJSON_SONAME), so it is the one the header was built against.

#include <dlfcn.h>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <memory>

#include "simdjson.h"

#ifndef NETGOV_SIMDJSON_SONAME
#error "NETGOV_SIMDJSON_SONAME must name simdjson's shared object"
#endif

namespace {

// simdjson's shared object, opened on first use; null if it cannot be.
void* Library() {
  static void* const handle = dlopen(NETGOV_SIMDJSON_SONAME, RTLD_NOW | RTLD_LOCAL);
  return handle;
}

// The function `name` (a mangled C++ name) of the shared object, or null.
template <typename Fn>
Fn* Function(const char* name) {
  void* const library = Library();
  return library == nullptr ? nullptr : reinterpret_cast<Fn*>(dlsym(library, name));
}

// What the parser gets when the shared object is missing: an implementation
// that parses nothing, so that the loader falls back to its reference path.
class Unavailable final : public simdjson::implementation {
 public:
  Unavailable()
      : simdjson::implementation("unavailable",
                                 "simdjson's shared object could not be loaded", 0) {}

  simdjson::error_code create_dom_parser_implementation(
      std::size_t, std::size_t,
      std::unique_ptr<simdjson::internal::dom_parser_implementation>&) const noexcept override {
    return simdjson::UNSUPPORTED_ARCHITECTURE;
  }
  simdjson::error_code minify(const std::uint8_t*, std::size_t, std::uint8_t*,
                              std::size_t&) const noexcept override {
    return simdjson::UNSUPPORTED_ARCHITECTURE;
  }
  bool validate_utf8(const char*, std::size_t) const noexcept override { return false; }
};

}  // namespace

namespace simdjson {

internal::atomic_ptr<const implementation>& get_active_implementation() {
  using Fn = internal::atomic_ptr<const implementation>&();
  static internal::atomic_ptr<const implementation>* const active =
      []() -> internal::atomic_ptr<const implementation>* {
    if (Fn* const real = Function<Fn>("_ZN8simdjson25get_active_implementationEv")) {
      return &real();
    }
    static const Unavailable unavailable;
    static internal::atomic_ptr<const implementation> fallback(&unavailable);
    return &fallback;
  }();
  return *active;
}

namespace internal {

char* to_chars(char* first, const char* last, double value) {
  using Fn = char*(char*, const char*, double);
  static Fn* const real = Function<Fn>("_ZN8simdjson8internal8to_charsEPcPKcd");
  if (real != nullptr) return real(first, last, value);
  // Without the shared object: the shortest form that reads back the same.
  // simdjson passes a null `last` and a buffer of 24 characters, enough for
  // any double.
  (void)last;
  constexpr std::ptrdiff_t kBuffer = 24;
  return std::to_chars(first, first + kBuffer, value).ptr;
}

namespace {

// Without the shared object: a JSON number (already checked by the parser)
// read as the nearest double, which is what simdjson's own function gives.
double ReadNumber(const char* first, const char* end) {
  double value = 0;
  std::from_chars(first, end, value);
  return value;
}

}  // namespace

double from_chars(const char* first) noexcept {
  using Fn = double(const char*);
  static Fn* const real = Function<Fn>("_ZN8simdjson8internal10from_charsEPKc");
  if (real != nullptr) return real(first);
  // The number ends at the first byte that cannot be part of one.
  const char* end = first;
  while ((*end >= '0' && *end <= '9') || *end == '-' || *end == '+' || *end == '.' ||
         *end == 'e' || *end == 'E') {
    ++end;
  }
  return ReadNumber(first, end);
}

double from_chars(const char* first, const char* end) noexcept {
  using Fn = double(const char*, const char*);
  static Fn* const real = Function<Fn>("_ZN8simdjson8internal10from_charsEPKcS2_");
  if (real != nullptr) return real(first, end);
  return ReadNumber(first, end);
}

}  // namespace internal
}  // namespace simdjson
