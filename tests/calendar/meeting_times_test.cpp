#include "netgov/calendar/meeting_times.hpp"

#include <map>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"
#include "netgov/network/network_builder.hpp"
#include "tests/testing/status_matchers.hpp"

namespace netgov::calendar {
namespace {

using ::netgov::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::Pair;

absl::TimeZone Zone(const std::string& name) {
  absl::StatusOr<absl::TimeZone> zone = LoadZone(name);
  EXPECT_TRUE(zone.ok()) << name;
  return zone.value_or(absl::UTCTimeZone());
}

// `local` in `from`, shown in `to`.
std::string Convert(absl::CivilMinute local, const std::string& from, const std::string& to) {
  absl::StatusOr<absl::Time> t = ResolveLocal(local, Zone(from));
  if (!t.ok()) return std::string(t.status().message());
  return FormatLocal(*t, Zone(to));
}

TEST(MeetingTimes, DefaultNetworkLocalTimesPerEntity) {
  const Network& net = io::DefaultNetwork();
  absl::StatusOr<MeetingTimes> times = TimesOf(net, net.meetings()[0]);
  ASSERT_TRUE(times.ok()) << times.status();
  std::map<std::string, std::string> local;
  for (const LocalTime& l : times->local) local[l.entity.str()] = l.start;
  // The minutes: "8:00-9:00 (EST) / 14:00-15:00 (CET)".
  EXPECT_EQ(local["unesco"], "2021-12-06T14:00+01:00");  // Paris
  EXPECT_EQ(local["ohchr"], "2021-12-06T14:00+01:00");   // Geneva
  EXPECT_EQ(local["unodc"], "2021-12-06T14:00+01:00");   // Vienna
  EXPECT_EQ(local["dgc"], "2021-12-06T08:00-05:00");     // New York
  EXPECT_EQ(local["unrwa"], "2021-12-06T15:00+02:00");   // Amman
  EXPECT_EQ(times->local.size(), 12u);
  EXPECT_EQ(times->local.front().entity, EntityId("dgc"));
  EXPECT_EQ(times->local.back().entity, EntityId("who"));
  EXPECT_EQ(times->local.back().end, "2021-12-06T15:00+01:00");
}

TEST(MeetingTimes, WeeksWhenTheUsAndEuropeChangeClocksOnDifferentDates) {
  // Before either change: 5 hours apart.
  EXPECT_EQ(Convert(absl::CivilMinute(2022, 3, 7, 9, 0), "America/New_York", "Europe/Zurich"),
            "2022-03-07T15:00+01:00");
  // The US moved on 13 March, Europe on 27 March: 4 hours apart in between.
  EXPECT_EQ(Convert(absl::CivilMinute(2022, 3, 14, 9, 0), "America/New_York", "Europe/Zurich"),
            "2022-03-14T14:00+01:00");
  EXPECT_EQ(Convert(absl::CivilMinute(2022, 3, 28, 9, 0), "America/New_York", "Europe/Zurich"),
            "2022-03-28T15:00+02:00");
  // Europe went back on 30 October, the US on 6 November.
  EXPECT_EQ(Convert(absl::CivilMinute(2022, 10, 31, 9, 0), "America/New_York", "Europe/Zurich"),
            "2022-10-31T14:00+01:00");
  EXPECT_EQ(Convert(absl::CivilMinute(2022, 11, 7, 9, 0), "America/New_York", "Europe/Zurich"),
            "2022-11-07T15:00+01:00");
}

TEST(MeetingTimes, AcrossTheDateLine) {
  const absl::CivilMinute auckland(2022, 6, 15, 9, 0);  // NZST, +12:00
  EXPECT_EQ(Convert(auckland, "Pacific/Auckland", "Pacific/Pago_Pago"), "2022-06-14T10:00-11:00");
  EXPECT_EQ(Convert(auckland, "Pacific/Auckland", "Pacific/Kiritimati"), "2022-06-15T11:00+14:00");
  EXPECT_EQ(Convert(auckland, "Pacific/Auckland", "Asia/Bangkok"), "2022-06-15T04:00+07:00");
  // In January Auckland is on daylight time, +13:00.
  EXPECT_EQ(Convert(absl::CivilMinute(2022, 1, 10, 9, 0), "Pacific/Auckland", "Pacific/Pago_Pago"),
            "2022-01-09T09:00-11:00");
}

TEST(MeetingTimes, NonexistentLocalTimeListsTheChoices) {
  EXPECT_THAT(ResolveLocal(absl::CivilMinute(2022, 3, 13, 2, 30), Zone("America/New_York")),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "2022-03-13T02:30 does not exist in America/New_York (clocks go "
                       "forward from 02:00 to 03:00); choose 2022-03-13T01:30-05:00 or "
                       "2022-03-13T03:30-04:00"));
}

TEST(MeetingTimes, AmbiguousLocalTimeListsTheChoices) {
  EXPECT_THAT(ResolveLocal(absl::CivilMinute(2022, 11, 6, 1, 30), Zone("America/New_York")),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "2022-11-06T01:30 is ambiguous in America/New_York (clocks go back "
                       "from 02:00 to 01:00): it is 2022-11-06T01:30-04:00 or "
                       "2022-11-06T01:30-05:00; choose a time outside the repeated hour"));
  EXPECT_THAT(ResolveLocal(absl::CivilMinute(2022, 10, 30, 2, 30), Zone("Europe/Paris")),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "2022-10-30T02:30 is ambiguous in Europe/Paris (clocks go back from "
                       "03:00 to 02:00): it is 2022-10-30T02:30+02:00 or "
                       "2022-10-30T02:30+01:00; choose a time outside the repeated hour"));
}

TEST(MeetingTimes, UnknownZone) {
  EXPECT_THAT(LoadZone("Europe/Genva"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "unknown time zone 'Europe/Genva'; expected an IANA name such as "
                       "'Europe/Zurich'"));
}

TEST(MeetingTimes, PeopleCountForTheirPostOnTheDay) {
  NetworkBuilder b(NetworkInfo{"n", "", "America/New_York", "", ""});
  Entity a;
  a.id = EntityId("a");
  a.time_zone = "Asia/Bangkok";
  Entity b_entity;
  b_entity.id = EntityId("b");  // no zone: the network's
  Person p;
  p.id = PersonId("p");
  p.name = "P";
  p.posts = {{EntityId("a"), "", Interval{std::nullopt, Date(2022, 1, 31)}, ""},
             {EntityId("b"), "", Interval{Date(2022, 2, 1), std::nullopt}, ""}};
  b.AddEntity(a).AddEntity(b_entity).AddPerson(p);
  Meeting m;
  m.id = MeetingId("m");
  m.start = absl::CivilMinute(2022, 1, 20, 20, 0);
  m.end = absl::CivilMinute(2022, 1, 20, 21, 0);
  m.time_zone = "Europe/Zurich";
  m.participants = {{ParticipantKind::kPerson, "p"}};
  Meeting later = m;
  later.id = MeetingId("later");
  later.start = absl::CivilMinute(2022, 2, 20, 20, 0);
  later.end = later.start;
  b.AddMeeting(m).AddMeeting(later);
  absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  absl::StatusOr<std::vector<MeetingTimes>> all = AllMeetingTimes(*net);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].meeting->id, MeetingId("m"));
  ASSERT_EQ((*all)[0].local.size(), 1u);
  EXPECT_EQ((*all)[0].local[0].entity, EntityId("a"));
  EXPECT_EQ((*all)[0].local[0].start, "2022-01-21T02:00+07:00");
  ASSERT_EQ((*all)[1].local.size(), 1u);
  EXPECT_EQ((*all)[1].local[0].entity, EntityId("b"));
  EXPECT_EQ((*all)[1].local[0].time_zone, "America/New_York");
  EXPECT_EQ((*all)[1].local[0].start, "2022-02-20T14:00-05:00");
}

// A network with no zone of its own: a participant with no zone of its own
// (and a person with no post) has no local time to show, and is left out;
// the meeting's own times still resolve in the meeting's zone.
TEST(MeetingTimes, ParticipantsWithNoZoneAnywhereAreLeftOut) {
  NetworkBuilder b({"n", "", "", "", ""});
  Entity a;
  a.id = EntityId("a");
  Entity zurich;
  zurich.id = EntityId("z");
  zurich.time_zone = "Europe/Zurich";
  Person p;
  p.id = PersonId("p");
  b.AddEntity(a).AddEntity(zurich).AddPerson(p);
  Meeting m;
  m.id = MeetingId("m");
  m.start = absl::CivilMinute(2022, 3, 1, 10, 0);
  m.end = absl::CivilMinute(2022, 3, 1, 11, 0);
  m.time_zone = "Europe/Zurich";
  m.participants = {{ParticipantKind::kEntity, "a"},
                    {ParticipantKind::kEntity, "z"},
                    {ParticipantKind::kPerson, "p"}};
  b.AddMeeting(m);
  absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  absl::StatusOr<MeetingTimes> times = TimesOf(*net, net->meetings()[0]);
  ASSERT_TRUE(times.ok()) << times.status();
  EXPECT_EQ(times->time_zone, "Europe/Zurich");
  ASSERT_EQ(times->local.size(), 1u);
  EXPECT_EQ(times->local[0].entity, EntityId("z"));
  EXPECT_EQ(times->local[0].start, "2022-03-01T10:00+01:00");
  EXPECT_TRUE(times->people.empty());
}

// The loader's messages for bad calendars, meetings and deadlines.
absl::Status Load(const std::string& body) {
  return io::LoadNetwork(absl::StrCat(R"({"format": "netgov/1",
    "network": {"id": "n", "time_zone": "America/New_York"}, )", body, "}"), "t.json")
      .status();
}

TEST(CalendarChecks, BadInputIsAnErrorWithItsPointer) {
  const auto kBad = absl::StatusCode::kInvalidArgument;
  EXPECT_THAT(Load(R"("meetings": [{"id": "m", "start": "2022-03-13T02:30"}])"),
              StatusIs(kBad, "t.json: /meetings/0/start: 2022-03-13T02:30 does not exist in "
                             "America/New_York (clocks go forward from 02:00 to 03:00); choose "
                             "2022-03-13T01:30-05:00 or 2022-03-13T03:30-04:00"));
  EXPECT_THAT(Load(R"("meetings": [{"id": "m", "start": "2022-11-06T00:30",
                                    "end": "2022-11-06T01:30"}])"),
              StatusIs(kBad, "t.json: /meetings/0/end: 2022-11-06T01:30 is ambiguous in "
                             "America/New_York (clocks go back from 02:00 to 01:00): it is "
                             "2022-11-06T01:30-04:00 or 2022-11-06T01:30-05:00; choose a time "
                             "outside the repeated hour"));
  EXPECT_THAT(Load(R"("meetings": [{"id": "m", "start": "2022-03-14T09:00",
                                    "end": "2022-03-14T08:00"}])"),
              StatusIs(kBad, "t.json: /meetings/0/end: meeting 'm' ends before it starts"));
  EXPECT_THAT(Load(R"("meetings": [{"id": "m", "start": "2022-03-14T09:00",
                                    "time_zone": "Europe/Genva"}])"),
              StatusIs(kBad, ::testing::StartsWith(
                                 "t.json: /meetings/0/time_zone: unknown time zone "
                                 "'Europe/Genva'")));
  EXPECT_THAT(Load(R"("calendars": [{"id": "un-geneva"}],
                      "deadlines": [{"id": "d", "date": "2022-01-01", "calendar": "un-geneve"}])"),
              StatusIs(kBad, "t.json: /deadlines/0/calendar: unknown calendar 'un-geneve'; "
                             "did you mean 'un-geneva'?"));
  EXPECT_THAT(Load(R"("calendars": [{"id": "a", "union": ["b"]}, {"id": "b", "union": ["a"]}])"),
              StatusIs(kBad, "t.json: /calendars/0/union: calendar 'a' includes itself through "
                             "its unions (a -> b -> a); a union must not include itself"));
  EXPECT_THAT(Load(R"("calendars": [{"id": "a", "weekend": ["monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "sunday"]}])"),
              StatusIs(kBad, "t.json: /calendars/0/weekend: calendar 'a' has no working day: "
                             "every day of the week is a weekend day"));
  EXPECT_THAT(Load(R"("deadlines": [{"id": "d", "date": "2022-01-01",
                        "recurrence": {"freq": "weekly", "day_rule": "last-day"}}])"),
              StatusIs(kBad, "t.json: /deadlines/0/recurrence/day_rule: day_rule 'last-day' "
                             "picks a day of the month; a weekly recurrence takes 'same'"));
}

TEST(CalendarChecks, LoaderRejectsWhatTheFormatForbids) {
  const auto kBad = absl::StatusCode::kInvalidArgument;
  // Each message starts with the pointer of the offending value.
  EXPECT_THAT(Load(R"("deadlines": [{"id": "d", "date": "2022-01-01", "convention": "folowing"}])"),
              StatusIs(kBad, ::testing::StartsWith("t.json: /deadlines/0/convention: ")));
  EXPECT_THAT(Load(R"("deadlines": [{"id": "d", "date": "2022-01-01",
                                     "reminders": [{"days_before": -3}]}])"),
              StatusIs(kBad, ::testing::StartsWith(
                                 "t.json: /deadlines/0/reminders/0/days_before: ")));
  EXPECT_THAT(Load(R"("calendars": [{"id": "a", "holidays": ["2022-02-30"]}])"),
              StatusIs(kBad, ::testing::StartsWith("t.json: /calendars/0/holidays/0: ")));
  // A recurrence without an end loads: expansion is bounded by the window.
  EXPECT_TRUE(Load(R"("deadlines": [{"id": "d", "date": "2022-01-01",
                                     "recurrence": {"freq": "monthly"}}])").ok());
}

}  // namespace
}  // namespace netgov::calendar
