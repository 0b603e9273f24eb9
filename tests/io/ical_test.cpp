#include "netgov/io/ical.hpp"

#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/network/network_builder.hpp"

namespace netgov::io {
namespace {

TEST(ICal, EscapesText) {
  EXPECT_EQ(EscapeICalText("a;b,c\\d"), "a\\;b\\,c\\\\d");
  EXPECT_EQ(EscapeICalText("one\ntwo\r\nthree\rfour"), "one\\ntwo\\nthree\\nfour");
  EXPECT_EQ(EscapeICalText(std::string("tab\there\x01\x7f", 10)), "tab\there");
  EXPECT_EQ(EscapeICalText("Genève: 14:00"), "Genève: 14:00");
}

TEST(ICal, FoldsAt75Octets) {
  EXPECT_EQ(FoldICalLine("SUMMARY:short"), "SUMMARY:short\r\n");
  const std::string line(160, 'x');
  EXPECT_EQ(FoldICalLine(line), std::string(75, 'x') + "\r\n " + std::string(74, 'x') +
                                    "\r\n " + std::string(11, 'x') + "\r\n");
  EXPECT_EQ(FoldICalLine(std::string(75, 'x')), std::string(75, 'x') + "\r\n");
}

TEST(ICal, NeverFoldsInsideAUtf8Character) {
  // 74 ASCII octets, then "é" (2 octets): the fold goes before the "é".
  const std::string line = std::string(74, 'a') + "\xC3\xA9" + "b";
  EXPECT_EQ(FoldICalLine(line), std::string(74, 'a') + "\r\n \xC3\xA9" + "b\r\n");
  // 73 ASCII octets, then "—" (3 octets).
  const std::string dash = std::string(73, 'a') + "\xE2\x80\x94";
  EXPECT_EQ(FoldICalLine(dash), std::string(73, 'a') + "\r\n \xE2\x80\x94\r\n");
}

Network SmallNetwork() {
  NetworkBuilder b(NetworkInfo{"n", "", "Asia/Bangkok", "", ""});
  Calendar c;
  c.id = CalendarId("c");
  c.weekend = {Weekday::kSaturday, Weekday::kSunday};
  b.AddCalendar(c);
  Deadline d;
  d.id = DeadlineId("report");
  d.title = "Report; draft, final";
  d.date = Date(2022, 4, 30);  // a Saturday
  d.calendar = CalendarId("c");
  d.convention = Convention::kModifiedFollowing;
  d.reminders = {{7, false}, {1, true}};
  d.recurrence = Recurrence{};
  d.recurrence->freq = Frequency::kMonthly;
  d.recurrence->count = 3;
  b.AddDeadline(d);
  Meeting m;
  m.id = MeetingId("m");
  m.title = "Planning";
  m.start = absl::CivilMinute(2022, 6, 1, 9, 0);
  m.end = absl::CivilMinute(2022, 6, 1, 10, 0);
  b.AddMeeting(m);
  absl::StatusOr<Network> net = std::move(b).Build();
  EXPECT_TRUE(net.ok()) << net.status();
  return net.value_or(Network());
}

// The VALARM of SmallNetwork()'s deadline with `trigger`.
std::string Alarm(const std::string& trigger) {
  return absl::StrCat(
      "BEGIN:VALARM\r\n"
      "ACTION:DISPLAY\r\n"
      "DESCRIPTION:Reminder: Report\\; draft\\, final\r\n"
      "TRIGGER:",
      trigger, "\r\nEND:VALARM\r\n");
}

TEST(ICal, RecurringDeadlineWithAdjustmentsAndAlarms) {
  const Network net = SmallNetwork();
  const calendar::Calendars calendars(net);
  // Occurrences 30 April (Saturday: modified-following goes back to Friday
  // 29 April), 30 May and 30 June. The RRULE generates the 30ths (the 28th
  // or 29th in February); the first is moved by an override (RECURRENCE-ID
  // 30 April, DTSTART 29 April). One business day before Monday 30 May is
  // Friday 27 May, three days before, where the series' alarm says one:
  // that occurrence has an override too, on its own date, with its alarms.
  EXPECT_EQ(DeadlinesICalendar(net, calendars, Date(2022, 4, 1), Date(2022, 12, 31),
                               Date(2022, 4, 1)),
            absl::StrCat(
              "BEGIN:VCALENDAR\r\n"
              "VERSION:2.0\r\n"
              "PRODID:-//netgov//netgov 0.1.0//EN\r\n"
              "CALSCALE:GREGORIAN\r\n"
              "BEGIN:VEVENT\r\n"
              "UID:report@n.netgov\r\n"
              "DTSTAMP:20220401T000000Z\r\n"
              "DTSTART;VALUE=DATE:20220430\r\n"
              "SUMMARY:Report\\; draft\\, final\r\n"
              "DESCRIPTION:Stated date: 2022-04-30\\; calendar: c\\; convention: modified-fo\r\n"
              " llowing\r\n"
              "TRANSP:TRANSPARENT\r\n"
              "RRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1;UNTIL=20220630\r\n",
              Alarm("-P7D"), Alarm("-P1D"),
              "END:VEVENT\r\n"
              "BEGIN:VEVENT\r\n"
              "UID:report@n.netgov\r\n"
              "DTSTAMP:20220401T000000Z\r\n"
              "RECURRENCE-ID;VALUE=DATE:20220430\r\n"
              "DTSTART;VALUE=DATE:20220429\r\n"
              "SUMMARY:Report\\; draft\\, final\r\n"
              "DESCRIPTION:Stated date: 2022-04-30\\; calendar: c\\; convention: modified-fo\r\n"
              " llowing\r\n"
              "TRANSP:TRANSPARENT\r\n",
              Alarm("-P7D"), Alarm("-P1D"),
              "END:VEVENT\r\n"
              "BEGIN:VEVENT\r\n"
              "UID:report@n.netgov\r\n"
              "DTSTAMP:20220401T000000Z\r\n"
              "RECURRENCE-ID;VALUE=DATE:20220530\r\n"
              "DTSTART;VALUE=DATE:20220530\r\n"
              "SUMMARY:Report\\; draft\\, final\r\n"
              "DESCRIPTION:Stated date: 2022-04-30\\; calendar: c\\; convention: modified-fo\r\n"
              " llowing\r\n"
              "TRANSP:TRANSPARENT\r\n",
              Alarm("-P7D"), Alarm("-P3D"),
              "END:VEVENT\r\n"
              "END:VCALENDAR\r\n"));
  // Outside the window: no event at all.
  EXPECT_EQ(DeadlinesICalendar(net, calendars, Date(2023, 1, 1), Date(2023, 12, 31),
                               Date(2022, 4, 1)),
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//netgov//netgov 0.1.0//EN\r\n"
            "CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n");
}

// A network with one deadline `d` (no calendar unless `weekend` is set, then
// calendar "c" with Saturday and Sunday off, and convention following).
Network OneDeadline(Deadline d) {
  NetworkBuilder b(NetworkInfo{"n", "", "UTC", "", ""});
  Calendar c;
  c.id = CalendarId("c");
  c.weekend = {Weekday::kSaturday, Weekday::kSunday};
  b.AddCalendar(c);
  d.id = DeadlineId("d");
  d.title = "D";
  d.calendar = CalendarId("c");
  d.convention = Convention::kFollowing;
  b.AddDeadline(d);
  absl::StatusOr<Network> net = std::move(b).Build();
  EXPECT_TRUE(net.ok()) << net.status();
  return net.value_or(Network());
}

constexpr char kEmptyCalendarHead[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//netgov//netgov 0.1.0//EN\r\n"
    "CALSCALE:GREGORIAN\r\n";

// The shared head of OneDeadline()'s VEVENTs up to DTSTART.
std::string Head(const std::string& extra) {
  return absl::StrCat("BEGIN:VEVENT\r\nUID:d@n.netgov\r\nDTSTAMP:20211201T000000Z\r\n",
                      extra);
}

constexpr char kTail[] =
    "SUMMARY:D\r\n"
    "DESCRIPTION:Stated date: 2021-12-25\\; calendar: c\\; convention: following\r\n"
    "TRANSP:TRANSPARENT\r\n";

TEST(ICal, OneOffDeadlineStartsOnItsAdjustedDate) {
  // Saturday 25 December 2021 under following: Monday 27 December, and
  // nothing else (no RDATE, no EXDATE).
  Deadline d;
  d.date = Date(2021, 12, 25);
  const Network net = OneDeadline(d);
  EXPECT_EQ(DeadlinesICalendar(net, calendar::Calendars(net), Date(2021, 12, 1),
                               Date(2021, 12, 31), Date(2021, 12, 1)),
            absl::StrCat(kEmptyCalendarHead, Head("DTSTART;VALUE=DATE:20211227\r\n"), kTail,
                         "END:VEVENT\r\nEND:VCALENDAR\r\n"));
}

TEST(ICal, MovedOccurrencesAreOverridesOfTheSeries) {
  // Yearly from Saturday 25 December 2021, two occurrences: 2021 moves to
  // Monday 27 December, 2022 (a Sunday) to Monday 26 December.
  Deadline d;
  d.date = Date(2021, 12, 25);
  d.recurrence = Recurrence{};
  d.recurrence->freq = Frequency::kYearly;
  d.recurrence->count = 2;
  const Network net = OneDeadline(d);
  EXPECT_EQ(DeadlinesICalendar(net, calendar::Calendars(net), Date(2021, 12, 1),
                               Date(2022, 12, 31), Date(2021, 12, 1)),
            absl::StrCat(kEmptyCalendarHead, Head("DTSTART;VALUE=DATE:20211225\r\n"), kTail,
                         "RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25;UNTIL=20221231\r\n"
                         "END:VEVENT\r\n",
                         Head("RECURRENCE-ID;VALUE=DATE:20211225\r\n"
                              "DTSTART;VALUE=DATE:20211227\r\n"),
                         kTail, "END:VEVENT\r\n",
                         Head("RECURRENCE-ID;VALUE=DATE:20221225\r\n"
                              "DTSTART;VALUE=DATE:20221226\r\n"),
                         kTail, "END:VEVENT\r\nEND:VCALENDAR\r\n"));
}

TEST(ICal, MonthDaysSomePeriodsLackAreTheLastOfThePeriod) {
  Deadline d;
  d.date = Date(2024, 2, 29);
  d.recurrence = Recurrence{};
  d.recurrence->freq = Frequency::kYearly;
  const Network net = OneDeadline(d);
  const std::string ics = DeadlinesICalendar(net, calendar::Calendars(net), Date(2024, 1, 1),
                                             Date(2024, 12, 31), Date(2021, 12, 1));
  EXPECT_THAT(ics, testing::HasSubstr(
                       "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1\r\n"));
  d.date = Date(2022, 1, 31);
  d.recurrence->freq = Frequency::kMonthly;
  const Network monthly = OneDeadline(d);
  EXPECT_THAT(DeadlinesICalendar(monthly, calendar::Calendars(monthly), Date(2022, 1, 1),
                                 Date(2022, 1, 31), Date(2021, 12, 1)),
              testing::HasSubstr("RRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1\r\n"));
}

// The RRULE of each day rule, and an end: UNTIL is the end of the last
// period that has a date (its last day for a monthly series, the last date
// itself for a weekly one), so the RRULE keeps that period's date.
TEST(ICal, RRulesOfEachDayRuleAndEnd) {
  const auto rrule = [](Deadline d) {
    const Network net = OneDeadline(std::move(d));
    const std::string ics = DeadlinesICalendar(net, calendar::Calendars(net), Date(2022, 1, 1),
                                               Date(2022, 12, 31), Date(2021, 12, 1));
    const std::size_t at = ics.find("RRULE:");
    return at == std::string::npos ? ics : ics.substr(at, ics.find("\r\n", at) - at);
  };
  Deadline d;
  d.date = Date(2022, 1, 31);
  d.recurrence = Recurrence{};
  d.recurrence->freq = Frequency::kMonthly;
  d.recurrence->day_rule = DayRule::kLastDay;
  EXPECT_EQ(rrule(d), "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1");
  d.recurrence->day_rule = DayRule::kNthWeekday;
  d.recurrence->nth = 2;
  d.recurrence->weekday = Weekday::kMonday;
  EXPECT_EQ(rrule(d), "RRULE:FREQ=MONTHLY;BYDAY=2MO");
  d.recurrence->nth = 5;  // a fifth Friday some months lack: the last
  d.recurrence->weekday = Weekday::kFriday;
  EXPECT_EQ(rrule(d), "RRULE:FREQ=MONTHLY;BYDAY=-1FR");
  d.recurrence->nth = -1;
  d.recurrence->interval = 3;
  d.recurrence->until = Date(2022, 6, 15);
  // January, April, then July is past `until`: the series ends with April's
  // period.
  EXPECT_EQ(rrule(d), "RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR;UNTIL=20220430");
  Deadline weekly;
  weekly.date = Date(2022, 1, 4);  // a Tuesday
  weekly.recurrence = Recurrence{};
  weekly.recurrence->freq = Frequency::kWeekly;
  weekly.recurrence->until = Date(2022, 3, 1);
  EXPECT_EQ(rrule(weekly), "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20220301");
}

TEST(ICal, RotationTermsAreAllDayEvents) {
  NetworkBuilder b(NetworkInfo{"n", "", "UTC", "", ""});
  Entity e;
  e.id = EntityId("a");
  e.name = "Agency; A";
  b.AddEntity(e);
  absl::StatusOr<Network> net = std::move(b).Build();
  ASSERT_TRUE(net.ok()) << net.status();
  Rotation r;
  r.id = RotationId("co-chair");
  r.title = "Co-chair";
  rotation::Term held{.index = 0, .start = Date(2022, 1, 1), .end = Date(2022, 12, 31),
                      .holders = {EntityId("a")}, .permanent_count = 0,
                      .status = rotation::TermStatus::kComputed, .reason = ""};
  rotation::Term open{.index = 1, .start = Date(2023, 1, 1), .end = Date(kMaxYear, 12, 31),
                      .holders = {}, .permanent_count = 0,
                      .status = rotation::TermStatus::kPending, .reason = "call closes 2022-12-01"};
  const rotation::Term terms[] = {held, open};
  EXPECT_EQ(RotationICalendar(*net, r, terms, Date(2022, 6, 1)),
            absl::StrCat(kEmptyCalendarHead,
                         "BEGIN:VEVENT\r\n"
                         "UID:co-chair-2022-01-01@n.netgov\r\n"
                         "DTSTAMP:20220601T000000Z\r\n"
                         "DTSTART;VALUE=DATE:20220101\r\n"
                         "DTEND;VALUE=DATE:20230101\r\n"
                         "SUMMARY:Co-chair: Agency\\; A (computed)\r\n"
                         "TRANSP:TRANSPARENT\r\n"
                         "END:VEVENT\r\n"
                         "BEGIN:VEVENT\r\n"
                         "UID:co-chair-2023-01-01@n.netgov\r\n"
                         "DTSTAMP:20220601T000000Z\r\n"
                         "DTSTART;VALUE=DATE:20230101\r\n"
                         "DURATION:P2913539D\r\n"
                         "SUMMARY:Co-chair: - (pending)\r\n"
                         "DESCRIPTION:call closes 2022-12-01\r\n"
                         "TRANSP:TRANSPARENT\r\n"
                         "END:VEVENT\r\n"
                         "END:VCALENDAR\r\n"));
}

TEST(ICal, MeetingInAZoneWithoutChanges) {
  // Bangkok has kept +07:00 since 1920: one STANDARD component.
  absl::StatusOr<std::string> ics = MeetingsICalendar(SmallNetwork(), Date(2022, 5, 1));
  ASSERT_TRUE(ics.ok()) << ics.status();
  EXPECT_EQ(*ics,
            "BEGIN:VCALENDAR\r\n"
            "VERSION:2.0\r\n"
            "PRODID:-//netgov//netgov 0.1.0//EN\r\n"
            "CALSCALE:GREGORIAN\r\n"
            "BEGIN:VTIMEZONE\r\n"
            "TZID:Asia/Bangkok\r\n"
            "BEGIN:STANDARD\r\n"
            "DTSTART:19200401T000000\r\n"
            "TZOFFSETFROM:+064204\r\n"
            "TZOFFSETTO:+0700\r\n"
            "TZNAME:+07\r\n"
            "END:STANDARD\r\n"
            "END:VTIMEZONE\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:m@n.netgov\r\n"
            "DTSTAMP:20220501T000000Z\r\n"
            "DTSTART;TZID=Asia/Bangkok:20220601T090000\r\n"
            "DTEND;TZID=Asia/Bangkok:20220601T100000\r\n"
            "SUMMARY:Planning\r\n"
            "END:VEVENT\r\n"
            "END:VCALENDAR\r\n");
}

}  // namespace
}  // namespace netgov::io
