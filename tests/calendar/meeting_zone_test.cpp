// TimesOf(): a meeting with no zone of its own in a network with none (only
// code can pass one: the loader and the builder give every meeting a zone),
// and entities named as participants, beside people and chairs.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/calendar/meeting_times.hpp"
#include "netgov/network/network_builder.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov::calendar {
namespace {

using ::netgov::testing::StatusIs;

Meeting OneHour(std::vector<Participant> participants) {
  Meeting m;
  m.id = MeetingId("m");
  m.start = absl::CivilMinute(2022, 1, 20, 9, 0);
  m.end = absl::CivilMinute(2022, 1, 20, 10, 0);
  m.participants = std::move(participants);
  return m;
}

TEST(MeetingZone, NoZoneAnywhereIsAnError) {
  absl::StatusOr<Network> net = NetworkBuilder(NetworkInfo{"n", "", "", "", ""}).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_THAT(TimesOf(*net, OneHour({})),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "meeting 'm' has no time_zone and the network has none to lend it"));
}

TEST(MeetingZone, EntityParticipantsInTheirOwnZone) {
  // 9:00 in New York (EST, UTC-5) on 20 January 2022 is 15:00 in Geneva
  // (CET, UTC+1) and 21:00 in Bangkok (UTC+7, no daylight saving): 14:00 UTC.
  NetworkBuilder b(NetworkInfo{"n", "", "America/New_York", "", ""});
  Entity geneva;
  geneva.id = EntityId("geneva");
  geneva.time_zone = "Europe/Zurich";
  Entity bangkok;
  bangkok.id = EntityId("bangkok");
  bangkok.time_zone = "Asia/Bangkok";
  b.AddEntity(geneva).AddEntity(bangkok);
  absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  absl::StatusOr<MeetingTimes> times =
      TimesOf(*net, OneHour({{ParticipantKind::kEntity, "geneva"},
                             {ParticipantKind::kEntity, "bangkok"}}));
  ASSERT_TRUE(times.ok()) << times.status();
  EXPECT_EQ(times->time_zone, "America/New_York");
  std::vector<std::string> local;
  for (const LocalTime& t : times->local) {
    local.push_back(t.entity.str() + " " + t.time_zone + " " + t.start + " " + t.end);
  }
  EXPECT_THAT(local, ::testing::ElementsAre(
                         "bangkok Asia/Bangkok 2022-01-20T21:00+07:00 2022-01-20T22:00+07:00",
                         "geneva Europe/Zurich 2022-01-20T15:00+01:00 2022-01-20T16:00+01:00"));
}

}  // namespace
}  // namespace netgov::calendar
