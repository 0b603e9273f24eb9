// Without a time-zone database: TZDIR names an empty folder (as in a
// container without tzdata), set before anything loads a zone. The embedded
// network still loads (no abort); zones fail, with a clear error, only where
// local times are computed. Built as its own program (tests/no_tzdata.cmake),
// since loaded zones are cached for the life of a process.
#include <cstdlib>
#include <filesystem>
#include <string>

#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/calendar/meeting_times.hpp"
#include "netgov/io/default_network.hpp"
#include "netgov/network/network_builder.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov {
namespace {

using ::netgov::testing::StatusIs;

// Points TZDIR at an empty folder before the first test.
class EmptyZoneInfo : public ::testing::Environment {
 public:
  void SetUp() override {
    const std::filesystem::path dir =
        std::filesystem::path(NETGOV_BINARY_DIR) / "no-tzdata-zoneinfo";
    std::filesystem::create_directories(dir);
    ASSERT_TRUE(std::filesystem::is_empty(dir)) << dir;
    ASSERT_EQ(::setenv("TZDIR", dir.c_str(), 1), 0);
  }
};

const ::testing::Environment* const kEmptyZoneInfo =
    ::testing::AddGlobalTestEnvironment(new EmptyZoneInfo);

TEST(NoTzdata, TheHostReallyHasNoZones) {
  absl::TimeZone tz;
  EXPECT_FALSE(absl::LoadTimeZone("Europe/Zurich", &tz));
  EXPECT_FALSE(absl::LoadTimeZone("Etc/UTC", &tz));
}

TEST(NoTzdata, DefaultNetworkLoads) {
  absl::StatusOr<Network> net = io::LoadDefaultNetwork();
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(net->info().time_zone, "America/New_York");
  EXPECT_EQ(io::DefaultNetwork().entities().size(), 14u);
  EXPECT_EQ(io::DefaultNetwork(), *net);
}

TEST(NoTzdata, LocalTimesFailWithAClearError) {
  EXPECT_THAT(calendar::AllMeetingTimes(io::DefaultNetwork()),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       "time zone 'America/New_York' cannot be loaded: this host has no "
                       "time-zone database (install tzdata, or set TZDIR to a zoneinfo "
                       "folder)"));
}

TEST(NoTzdata, ZoneNamesAreCheckedForFormOnly) {
  NetworkBuilder ok({"n", "", "Europe/Zurich", "", ""});
  EXPECT_TRUE(ok.Build().ok());
  NetworkBuilder bad({"n", "", "Europe/Zurich time", "", ""});
  EXPECT_THAT(bad.Build(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "/network/time_zone: unknown time zone 'Europe/Zurich time'; expected "
                       "an IANA name such as 'Europe/Zurich' (see /usr/share/zoneinfo)"));
}

}  // namespace
}  // namespace netgov
