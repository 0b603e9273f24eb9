// The program's simdjson on demand (src/cli/simdjson_on_demand.cpp), built
// into two test programs: one naming simdjson's real shared object (it is
// opened at the first parse, not at start-up), one naming a shared object
// that does not exist (every file still loads, by the reference path).
// NETGOV_SIMDJSON_SONAME is the name the code under test opens;
// NETGOV_REAL_SIMDJSON_SONAME the real one.
#include <dlfcn.h>

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "gtest/gtest.h"
#include "netgov/io/json.hpp"
#include "simdjson.h"
#include "src/io/json_load.hpp"

namespace {

constexpr std::string_view kNetwork = R"({"format": "netgov/1",
  "network": {"id": "n", "time_zone": "Europe/Zurich"},
  "entities": [{"id": "ohchr", "acronym": "OHCHR"}, {"id": "unhcr"}]})";

bool RealLibraryLoaded() {
  void* handle = dlopen(NETGOV_REAL_SIMDJSON_SONAME, RTLD_NOW | RTLD_NOLOAD);
  if (handle != nullptr) dlclose(handle);
  return handle != nullptr;
}

#ifdef NETGOV_SIMDJSON_MISSING

TEST(SimdjsonMissing, EveryFileStillLoadsByTheReferencePath) {
  const absl::StatusOr<netgov::Network> fast =
      netgov::io::detail::LoadNetworkFast(kNetwork, false, "t.json");
  EXPECT_EQ(fast.status().message(),
            "t.json: simdjson error " +
                std::to_string(static_cast<int>(simdjson::UNSUPPORTED_ARCHITECTURE)));
  const absl::StatusOr<netgov::Network> loaded = netgov::io::LoadNetwork(kNetwork, "t.json");
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  const absl::StatusOr<netgov::Network> reference =
      netgov::io::detail::LoadNetworkReference(kNetwork, "t.json");
  ASSERT_TRUE(reference.ok());
  EXPECT_TRUE(*loaded == *reference);
  EXPECT_EQ(loaded->entities().size(), 2u);
  EXPECT_FALSE(RealLibraryLoaded());
}

TEST(SimdjsonMissing, TheParserGetsAnImplementationThatRefuses) {
  EXPECT_EQ(simdjson::get_active_implementation()->name(), "unavailable");
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  // (As numbers: printing an error code would need simdjson's table of
  // messages, which only its shared object holds.)
  EXPECT_EQ(static_cast<int>(parser.parse(std::string("[1]")).get(root)),
            static_cast<int>(simdjson::UNSUPPORTED_ARCHITECTURE));
}

TEST(SimdjsonMissing, NumbersAreStillReadBack) {
  // As the parser calls it: the number up to the first byte not part of one,
  // or up to `end`.
  EXPECT_EQ(simdjson::internal::from_chars("1.5e3, 2"), 1500.0);
  EXPECT_EQ(simdjson::internal::from_chars("-2.2250738585072014e-308]"),
            -2.2250738585072014e-308);
  const std::string text = "0.1E+2";
  EXPECT_EQ(simdjson::internal::from_chars(text.data(), text.data() + 3), 0.1);
  EXPECT_EQ(simdjson::internal::from_chars(text.data(), text.data() + text.size()), 10.0);
}

TEST(SimdjsonMissing, NumbersAreStillWrittenBack) {
  char buffer[24];
  char* end = simdjson::internal::to_chars(buffer, nullptr, 1.5);
  EXPECT_EQ(std::string(buffer, end), "1.5");
  end = simdjson::internal::to_chars(buffer, nullptr, -2.2250738585072014e-308);
  EXPECT_EQ(std::string(buffer, end), "-2.2250738585072014e-308");
}

#else

TEST(SimdjsonOnDemand, OpensTheSharedObjectAtTheFirstParse) {
  EXPECT_FALSE(RealLibraryLoaded());
  const absl::StatusOr<netgov::Network> fast =
      netgov::io::detail::LoadNetworkFast(kNetwork, false, "t.json");
  ASSERT_TRUE(fast.ok()) << fast.status();
  EXPECT_EQ(fast->entities().size(), 2u);
  EXPECT_TRUE(RealLibraryLoaded());
  EXPECT_NE(simdjson::get_active_implementation()->name(), "unavailable");
}

TEST(SimdjsonOnDemand, NumbersAreWrittenBackBySimdjson) {
  char buffer[24];
  char* end = simdjson::internal::to_chars(buffer, nullptr, 1.5);
  EXPECT_EQ(std::string(buffer, end), "1.5");
  EXPECT_TRUE(RealLibraryLoaded());
}

TEST(SimdjsonOnDemand, NumbersAreReadBySimdjson) {
  EXPECT_EQ(simdjson::internal::from_chars("1.5e3, 2"), 1500.0);
  const std::string text = "0.1E+2";
  EXPECT_EQ(simdjson::internal::from_chars(text.data(), text.data() + text.size()), 10.0);
  EXPECT_TRUE(RealLibraryLoaded());
}

#endif

}  // namespace
