// File: tests/fuzz/fuzz_target.hpp
// -----------------------------------------------------------------------------
//
// What the fuzz targets in tests/fuzz/ share (docs/reliability.md, "Fuzzing").
//
// Each target defines libFuzzer's entry point, `LLVMFuzzerTestOneInput()`.
// Built with `NETGOV_FUZZ` (the fuzz preset) it is linked with libFuzzer;
// otherwise with replay_main.cpp, which runs it once over every file of the
// directories it is given, so that every preset's ctest replays the seed
// corpus and the regression inputs.
//
// Example (a target):
//
//   extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
//     absl::StatusOr<netgov::Network> net =
//         netgov::io::LoadNetwork(netgov::fuzz::Text(data, size));
//     netgov::fuzz::Check(net.ok() || !net.status().message().empty(),
//                         "an error says what is wrong");
//     return 0;
//   }
#ifndef NETGOV_TESTS_FUZZ_FUZZ_TARGET_HPP_
#define NETGOV_TESTS_FUZZ_FUZZ_TARGET_HPP_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <streambuf>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace netgov::fuzz {

// Text()
//
// The input as characters.
inline std::string_view Text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Check()
//
// An invariant of the target: when it does not hold, print `what` and abort,
// which libFuzzer (and the replay driver, through the exit status) reports
// as a finding.
inline void Check(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "netgov fuzz invariant broken: %s\n", what);
  std::abort();
}

// NullBuffer
//
// A stream buffer that accepts and drops everything: output of the engines
// goes nowhere, but every byte of it is still produced.
class NullBuffer final : public std::streambuf {
 protected:
  int_type overflow(int_type ch) override { return traits_type::not_eof(ch); }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

// NullStream
//
// An `std::ostream` over a `NullBuffer`.
class NullStream final : public std::ostream {
 public:
  NullStream() : std::ostream(&buffer_) {}

 private:
  NullBuffer buffer_;
};

}  // namespace netgov::fuzz

#endif  // NETGOV_TESTS_FUZZ_FUZZ_TARGET_HPP_
