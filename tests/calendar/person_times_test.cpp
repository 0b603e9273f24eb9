#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/calendar/meeting_times.hpp"
#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"

namespace netgov::calendar {
namespace {

using ::testing::ElementsAre;

// "person entity zone start" for each attending person.
std::vector<std::string> Lines(const MeetingTimes& times) {
  std::vector<std::string> out;
  for (const PersonTime& p : times.people) {
    out.push_back(p.person.str() + " " + p.entity.str() + " " + p.time_zone + " " + p.start +
                  ".." + p.end.substr(11));
  }
  return out;
}

TEST(PersonTimes, DefaultNetworkBeateAndreesIsInNewYorkNotGeneva) {
  const Network& net = io::DefaultNetwork();
  absl::StatusOr<MeetingTimes> times = TimesOf(net, net.meetings()[0]);
  ASSERT_TRUE(times.ok()) << times.status();
  ASSERT_EQ(times->people.size(), 13u);
  // "Beate Andrees (Director of the ILO Office for the United Nations in New
  // York)": the ILO's zone is Geneva's, hers New York's.
  const PersonTime& beate = times->people[1];
  EXPECT_EQ(beate.person, PersonId("beate-andrees"));
  EXPECT_EQ(beate.entity, EntityId("ilo"));
  EXPECT_EQ(beate.time_zone, "America/New_York");
  EXPECT_EQ(beate.start, "2021-12-06T08:00-05:00");
  EXPECT_EQ(beate.end, "2021-12-06T09:00-05:00");
  // A chair without a zone of her own has her entity's: "14:00-15:00 (CET)".
  for (const PersonTime& p : times->people) {
    if (p.person != PersonId("ilze-brands-kehris")) continue;
    EXPECT_EQ(p.entity, EntityId("ohchr"));
    EXPECT_EQ(p.time_zone, "Europe/Zurich");
    EXPECT_EQ(p.start, "2021-12-06T14:00+01:00");
  }
  EXPECT_THAT(AttendingPeople(net.meetings()[0]).size(), 13u);
}

// A New York meeting on 14 March 2022 (the US has moved to summer time,
// Europe has not) and on 28 March (both have): a Geneva entity's person, one
// working in London, and one in New York without a post.
constexpr char kNetwork[] = R"({
  "format": "netgov/1",
  "network": {"id": "n", "time_zone": "America/New_York"},
  "entities": [{"id": "gva", "time_zone": "Europe/Zurich"}],
  "people": [
    {"id": "ana", "name": "Ana", "posts": [{"entity": "gva"}]},
    {"id": "ben", "name": "Ben", "time_zone": "Europe/London", "posts": [{"entity": "gva"}]},
    {"id": "cy", "name": "Cy"}],
  "meetings": [
    {"id": "m1", "start": "2022-03-14T09:00", "end": "2022-03-14T10:00",
     "time_zone": "America/New_York", "chairs": ["ana"], "participants": ["ben"],
     "agenda": [{"number": 1, "title": "t", "presenters": ["cy"]}]},
    {"id": "m2", "start": "2022-03-28T09:00", "end": "2022-03-28T10:00",
     "time_zone": "America/New_York", "participants": ["ana", "ben", "cy"]}]
})";

TEST(PersonTimes, FollowThePersonAcrossTheWeeksOfDifferentClockChanges) {
  absl::StatusOr<Network> net = io::LoadNetwork(kNetwork, "net.json");
  ASSERT_TRUE(net.ok()) << net.status();
  absl::StatusOr<MeetingTimes> m1 = TimesOf(*net, net->meetings()[0]);
  ASSERT_TRUE(m1.ok()) << m1.status();
  EXPECT_THAT(Lines(*m1), ElementsAre("ana gva Europe/Zurich 2022-03-14T14:00+01:00..15:00+01:00",
                                      "ben gva Europe/London 2022-03-14T13:00+00:00..14:00+00:00",
                                      "cy  America/New_York 2022-03-14T09:00-04:00..10:00-04:00"));
  absl::StatusOr<MeetingTimes> m2 = TimesOf(*net, net->meetings()[1]);
  ASSERT_TRUE(m2.ok()) << m2.status();
  EXPECT_THAT(Lines(*m2), ElementsAre("ana gva Europe/Zurich 2022-03-28T15:00+02:00..16:00+02:00",
                                      "ben gva Europe/London 2022-03-28T14:00+01:00..15:00+01:00",
                                      "cy  America/New_York 2022-03-28T09:00-04:00..10:00-04:00"));
}

}  // namespace
}  // namespace netgov::calendar
