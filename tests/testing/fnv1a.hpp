// Fnv1a64(): the 64-bit FNV-1a hash of a text, for the tests. A short, exact
// fingerprint of a large output to pin it in a test (the pictures), and a
// stable hash of an input to pick by (the network fuzz target).
//
//   EXPECT_EQ(netgov::testing::Fnv1a64(svg), 0x3282e463fb4b7dc0u);
#ifndef NETGOV_TESTS_TESTING_FNV1A_HPP_
#define NETGOV_TESTS_TESTING_FNV1A_HPP_

#include <cstdint>
#include <string_view>

namespace netgov::testing {

// Fnv1a64()
//
// The 64-bit FNV-1a hash of `bytes`.
inline std::uint64_t Fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace netgov::testing

#endif  // NETGOV_TESTS_TESTING_FNV1A_HPP_
