// Generated networks (io::GenerateNetwork) load alike by the loader's two
// paths (src/io/json_load.hpp): the simdjson fast path takes them, and gives
// the network the nlohmann reference path gives.
#include <cstdint>
#include <string>

#include "gtest/gtest.h"
#include "netgov/io/generate.hpp"
#include "netgov/io/json.hpp"
#include "src/io/json_load.hpp"

namespace netgov::io {
namespace {

TEST(GenerateLoadPaths, GeneratedNetworksLoadAlikeByBothPaths) {
  for (const int entities : {1, 10, 200, 2000}) {
    for (const std::uint64_t seed : {1u, 42u}) {
      const absl::StatusOr<Network> generated = GenerateNetwork(
          {.entities = entities, .pillars = entities / 10 + 1, .seed = seed});
      ASSERT_TRUE(generated.ok()) << generated.status();
      const std::string text = WriteNetwork(*generated);
      const absl::StatusOr<Network> fast =
          detail::LoadNetworkFast(text, false, "g.json");
      const absl::StatusOr<Network> reference =
          detail::LoadNetworkReference(text, "g.json");
      ASSERT_TRUE(fast.ok()) << entities << ": " << fast.status();
      ASSERT_TRUE(reference.ok()) << entities << ": " << reference.status();
      EXPECT_TRUE(*fast == *reference) << entities;
      EXPECT_TRUE(*fast == *generated) << entities;
      EXPECT_EQ(WriteNetwork(*fast), text) << entities;
    }
  }
}

}  // namespace
}  // namespace netgov::io
