// A network from a tape parsed beforehand (`detail::LoadNetworkTape()`, how
// the embedded default network loads; src/tools/json_tape.cpp writes the
// tape at build time): the same network as the file's, the checks that load
// time zones left out and every other check kept, and a damaged tape
// refused.
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"
#include "netgov/network/network_builder.hpp"
#include "simdjson.h"
#include "src/io/json_load.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov::io {
namespace {

using detail::LoadNetworkTape;

// `text` parsed by simdjson, and the network of its tape.
absl::StatusOr<Network> LoadByTape(std::string_view text) {
  simdjson::dom::parser parser;
  simdjson::dom::document doc;
  simdjson::dom::element root;
  const simdjson::padded_string padded(text);
  EXPECT_EQ(parser.parse_into_document(doc, padded.data(), padded.size()).get(root),
            simdjson::SUCCESS);
  const std::size_t words =
      static_cast<std::size_t>(doc.tape[0] & simdjson::internal::JSON_VALUE_MASK);
  return LoadNetworkTape(doc.tape.get(), words, doc.string_buf.get(), text.size(), "t.json");
}

constexpr std::string_view kNetwork = R"({"format": "netgov/1",
  "network": {"id": "n", "time_zone": "Europe/Zurich"},
  "entities": [{"id": "ohchr", "acronym": "OHCHR", "time_zone": "Europe/Zurich"},
               {"id": "unhcr", "acronym": "UNHCR"}],
  "meetings": [{"id": "m1", "title": "Senior-level meeting",
                "start": "2021-12-06T15:00", "end": "2021-12-06T16:30"}]})";

TEST(JsonTape, GivesTheNetworkOfTheFile) {
  const absl::StatusOr<Network> file = LoadNetwork(kNetwork, "t.json");
  ASSERT_TRUE(file.ok()) << file.status();
  const absl::StatusOr<Network> tape = LoadByTape(kNetwork);
  ASSERT_TRUE(tape.ok()) << tape.status();
  EXPECT_TRUE(*tape == *file);
  EXPECT_EQ(WriteNetwork(*tape), WriteNetwork(*file));
}

TEST(JsonTape, TheEmbeddedNetworkIsTheEmbeddedFile) {
  // The build checks this too (netgov_check_embedded); the file with every
  // check, zones included.
  const absl::StatusOr<Network> file =
      LoadNetwork(DefaultNetworkText(), "un-network-rdpm.netgov.json");
  ASSERT_TRUE(file.ok()) << file.status();
  const absl::StatusOr<Network> embedded = LoadDefaultNetwork();
  ASSERT_TRUE(embedded.ok()) << embedded.status();
  EXPECT_TRUE(*embedded == *file);
  EXPECT_EQ(WriteNetwork(*embedded), WriteNetwork(*file));
  EXPECT_EQ(LoadByTape(DefaultNetworkText())->entities().size(), file->entities().size());
}

TEST(JsonTape, LeavesOutTheChecksThatLoadTimeZones) {
  // An unknown zone, and a meeting in the hour that does not exist in
  // Zurich (clocks went from 02:00 to 03:00 on 2022-03-27): the file is
  // refused, the tape (checked at build time) is not checked again.
  const std::string unknown_zone = R"({"format": "netgov/1",
    "network": {"id": "n", "time_zone": "Europe/Zurik"}})";
  EXPECT_THAT(LoadNetwork(unknown_zone, "t.json"),
              netgov::testing::StatusIs(
                  absl::StatusCode::kInvalidArgument,
                  "t.json: /network/time_zone: unknown time zone 'Europe/Zurik'; expected "
                  "an IANA name such as 'Europe/Zurich' (see /usr/share/zoneinfo)"));
  EXPECT_TRUE(LoadByTape(unknown_zone).ok());

  const std::string gap = R"({"format": "netgov/1",
    "network": {"id": "n", "time_zone": "Europe/Zurich"},
    "meetings": [{"id": "m", "start": "2022-03-27T02:30", "end": "2022-03-27T04:00"}]})";
  const absl::StatusOr<Network> file = LoadNetwork(gap, "t.json");
  ASSERT_FALSE(file.ok());
  EXPECT_THAT(std::string(file.status().message()),
              ::testing::StartsWith("t.json: /meetings/0/start: "));
  EXPECT_TRUE(LoadByTape(gap).ok());
}

TEST(JsonTape, KeepsEveryOtherCheck) {
  const std::string duplicate = R"({"format": "netgov/1", "network": {"id": "n"},
    "entities": [{"id": "a"}, {"id": "a"}]})";
  EXPECT_THAT(LoadByTape(duplicate),
              netgov::testing::StatusIs(
                  absl::StatusCode::kInvalidArgument,
                  "t.json: /entities/1/id: duplicate entity id 'a' (first defined at "
                  "/entities/0)"));
  const std::string no_zone = R"({"format": "netgov/1", "network": {"id": "n"},
    "meetings": [{"id": "m", "start": "2022-03-27T10:00", "end": "2022-03-27T11:00"}]})";
  EXPECT_THAT(LoadByTape(no_zone),
              netgov::testing::StatusIs(
                  absl::StatusCode::kInvalidArgument,
                  "t.json: /meetings/0/time_zone: meeting 'm' needs a time_zone: the network "
                  "has none to lend it"));
}

TEST(JsonTape, RefusesADamagedTape) {
  // The first word (the root) gives the tape's length: 3 words here.
  const std::uint64_t tape[] = {(std::uint64_t{'r'} << 56) | 3u, 0, 0};
  const unsigned char strings[] = {0};
  EXPECT_THAT(LoadNetworkTape(tape, 2, strings, 0, "x.json"),
              netgov::testing::StatusIs(
                  absl::StatusCode::kInternal,
                  "x.json: the parsed form is damaged (2 tape words, 0 bytes of strings); "
                  "rebuild the library"));
  EXPECT_THAT(LoadNetworkTape(tape, 1, strings, 0, "x.json"),
              netgov::testing::StatusIs(absl::StatusCode::kInternal,
                                        ::testing::HasSubstr("(1 tape words,")));
}

TEST(BuildPrechecked, BuildsWhatBuildRefusesOnlyForItsZones) {
  NetworkBuilder b(NetworkInfo{"n", "N", "Mars/Olympus_Mons", "", ""});
  Entity a;
  a.id = EntityId("a");
  a.time_zone = "Europe/Genva";
  b.AddEntity(a);
  EXPECT_THAT(NetworkBuilder(b).Build(),
              netgov::testing::StatusIs(
                  absl::StatusCode::kInvalidArgument,
                  "/network/time_zone: unknown time zone 'Mars/Olympus_Mons'; expected an "
                  "IANA name such as 'Europe/Zurich' (see /usr/share/zoneinfo)"));
  const absl::StatusOr<Network> built = netgov::detail::BuildPrechecked(std::move(b));
  ASSERT_TRUE(built.ok()) << built.status();
  EXPECT_EQ(built->entities().size(), 1u);
  EXPECT_EQ(built->info().time_zone, "Mars/Olympus_Mons");
}

}  // namespace
}  // namespace netgov::io
