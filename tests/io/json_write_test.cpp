// Writing a netgov/1 network file: the exact text (key order, defaults
// omitted, indentation, final newline), determinism, and round trips of the
// default network and of a network that uses every key. Two tests also leave
// their output in the build tree for the JSON Schema check (tests/schema.cmake).
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "netgov/io/default_network.hpp"
#include "netgov/io/json.hpp"
#include "netgov/network/network_builder.hpp"

namespace netgov::io {
namespace {

// Every key of docs/format.md, each with a value other than its default.
constexpr std::string_view kEveryKey = R"({
  "format": "netgov/1",
  "network": {"id": "demo", "name": "Demo network", "time_zone": "Europe/Paris",
              "description": "Every key", "source": "demo source"},
  "entities": [
    {"id": "a", "acronym": "A", "name": "Alpha", "kind": "agency",
     "time_zone": "Europe/Zurich", "aliases": ["Alpha Agency", "AA"],
     "membership": [{"from": "2019-01-01", "to": "2019-12-31"}, {"from": "2021-01-01", "to": null}],
     "source": "Alpha source", "basis": "external", "note": "Name from alpha.example"},
    {"id": "b", "acronym": "B", "basis": "assumed", "note": "a stand-in"},
    {"id": "c", "acronym": "C"}
  ],
  "people": [
    {"id": "pat", "name": "Pat", "aliases": ["Patricia"], "time_zone": "America/New_York",
     "posts": [{"entity": "a", "title": "Chief", "from": "2020-01-01", "to": "2022-12-31",
                "source": "Pat source"}],
     "source": "person source"}
  ],
  "pillars": [
    {"id": "p1", "number": 1, "name": "One", "goal": "Goal one",
     "launch": {"date": "2021-01-01", "source": "launch source"},
     "roles": [{"entity": "a", "role": "lead", "provisional": true, "from": "2021-01-01",
                "to": "2021-12-31", "note": "a note", "source": "role source"},
               {"entity": "b", "role": "support"}],
     "source": "pillar source"},
    {"id": "p2", "number": 2, "launch": {"condition": "when ready"}}
  ],
  "rotations": [
    {"id": "chair", "title": "Chair", "term": {"start": "2021-01-01", "months": 6},
     "permanent": ["a"], "rotating_seats": 2,
     "order": {"rule": "fixed", "sequence": ["b", "c"], "cycle": true},
     "max_consecutive_terms": {"count": 2, "source": "limit source", "basis": "inferred",
                               "note": "read from the limit source"},
     "history": [{"start": "2021-01-01", "holders": ["b", "c"], "source": "history source"},
                 {"start": "2021-07-01", "holder": "b"}],
     "overrides": [{"start": "2022-01-01", "holder": "c", "source": "override source"},
                   {"start": "2022-07-01", "skip": "b"},
                   {"start": "2023-01-01", "swap_with": "2023-07-01"}],
     "calls": [{"term": "2024-01-01", "closes": "2023-12-01",
                "fallback": ["approach-bilaterally", "next-in-order"], "source": "call source"},
               {"term": "2025-01-01", "closes": "2024-12-01", "fallback": ["request-incumbent"],
                "basis": "assumed", "note": "call note"}],
     "source": "rotation source"},
    {"id": "alpha", "term": {"start": "2021-01-01", "weeks": 2},
     "order": {"rule": "alphabetical", "key": "acronym"}},
    {"id": "call", "term": {"start": "2021-01-01", "days": 10}, "order": {"rule": "open-call"}}
  ],
  "calendars": [
    {"id": "ny", "name": "New York", "weekend": ["saturday", "sunday"],
     "holidays": ["2021-12-24"], "source": "calendar source"},
    {"id": "ge", "weekend": ["sunday"]},
    {"id": "both", "union": ["ny", "ge"]}
  ],
  "meetings": [
    {"id": "m1", "title": "Meeting", "start": "2021-12-06T08:00", "end": "2021-12-06T09:30",
     "time_zone": "America/New_York", "venue": "Online", "chairs": ["pat"],
     "participants": ["pat", "b"],
     "agenda": [{"number": 1, "title": "Opening", "presenters": ["pat"]}],
     "source": "meeting source"}
  ],
  "commitments": [
    {"id": "c1", "number": 1, "text": "We commit.", "adopted_at": "m1", "status": "adopted",
     "status_source": "status source",
     "positions": [{"entity": "b", "stance": "considering", "note": "maybe", "source": "position source"}],
     "source": "commitment source"}
  ],
  "deadlines": [
    {"id": "d1", "title": "Report", "date": "2022-03-31", "time_zone": "America/New_York",
     "calendar": "both", "convention": "modified-preceding",
     "reminders": [{"days_before": 7}, {"business_days_before": 2}],
     "recurrence": {"freq": "monthly", "interval": 3, "count": 4, "day_rule": "nth-weekday",
                    "weekday": "friday", "nth": -1},
     "relates_to": [{"kind": "rotation", "id": "chair", "term": "2022-01-01"},
                    {"kind": "role", "id": "p1", "entity": "a"},
                    {"kind": "mention", "id": "other-pillar"}],
     "source": "deadline source"},
    {"id": "d3", "date": "2022-01-01", "precision": "year", "convention": "unadjusted",
     "source": "for 2022"},
    {"id": "d2", "date": "2022-01-01", "recurrence": {"freq": "yearly", "until": "2025-12-31",
                                                      "day_rule": "last-business-day"}}
  ],
  "mentions": [
    {"id": "other-pillar", "kind": "pillar", "name": "Another pillar", "entity": "c",
     "role": "chair", "from": "2022-01-01", "to": "2022-12-31", "source": "mention source"},
    {"id": "forum", "kind": "event", "name": "A forum", "date": "2021-03-01", "precision": "month",
     "source": "forum in March 2021", "basis": "inferred", "note": "dated by its month"}
  ],
  "stated_counts": [
    {"id": "five", "collection": "commitments", "count": 5, "meeting": "m1", "source": "count source"}
  ]
})";

std::string Written(std::string_view text) {
  absl::StatusOr<Network> net = LoadNetwork(text, "t.json");
  EXPECT_TRUE(net.ok()) << net.status();
  return net.ok() ? WriteNetwork(*net) : "";
}

// Writes through a uniquely named temporary file and a rename, so that a
// schema check reading `path` while ctest runs this test again in parallel
// never sees a half-written file.
void WriteFile(const std::string& path, const std::string& text) {
  const std::string temporary = absl::StrCat(path, ".", std::random_device()(), ".tmp");
  {
    std::ofstream out(temporary, std::ios::binary);
    out << text;
    ASSERT_TRUE(out.good()) << temporary;
  }
  std::filesystem::rename(temporary, path);
}

TEST(JsonWrite, KeysInDocumentedOrderDefaultsOmitted) {
  NetworkBuilder b({"n", "", "", "", ""});
  Entity e;
  e.id = EntityId("a");
  e.name = "Alpha";
  e.acronym = "A";
  b.AddEntity(e);
  Pillar p;
  p.id = PillarId("p");
  p.number = 1;
  p.roles.push_back({EntityId("a"), RoleKind::kLead, false, {}, "", ""});
  b.AddPillar(p);
  Deadline d;
  d.id = DeadlineId("d");
  d.date = Date(2021, 12, 21);
  b.AddDeadline(d);
  absl::StatusOr<Network> net = b.Build();
  ASSERT_TRUE(net.ok()) << net.status();
  EXPECT_EQ(WriteNetwork(*net), R"({
  "format": "netgov/1",
  "network": {
    "id": "n"
  },
  "entities": [
    {
      "id": "a",
      "acronym": "A",
      "name": "Alpha"
    }
  ],
  "pillars": [
    {
      "id": "p",
      "number": 1,
      "roles": [
        {
          "entity": "a",
          "role": "lead"
        }
      ]
    }
  ],
  "deadlines": [
    {
      "id": "d",
      "date": "2021-12-21"
    }
  ]
}
)");
}

TEST(JsonWrite, ExplicitDefaultsAreNotWritten) {
  EXPECT_EQ(Written(R"({"format": "netgov/1", "network": {"id": "n"},
      "entities": [{"id": "a", "membership": [{"from": null, "to": null}]}],
      "deadlines": [{"id": "d", "date": "2021-12-21", "convention": "following",
                     "recurrence": {"freq": "weekly", "interval": 1, "day_rule": "same"}}],
      "commitments": [{"id": "c", "text": "T", "status": "proposed"}]})"),
            R"({
  "format": "netgov/1",
  "network": {
    "id": "n"
  },
  "entities": [
    {
      "id": "a",
      "membership": [
        {}
      ]
    }
  ],
  "commitments": [
    {
      "id": "c",
      "text": "T"
    }
  ],
  "deadlines": [
    {
      "id": "d",
      "date": "2021-12-21",
      "recurrence": {
        "freq": "weekly"
      }
    }
  ]
}
)");
}

TEST(JsonWrite, MeetingEndIsWrittenOnlyWhenItDiffersFromStart) {
  const std::string text = Written(R"({"format": "netgov/1", "network": {"id": "n"},
      "meetings": [{"id": "m", "start": "2021-12-06T08:00", "end": "2021-12-06T08:00",
                    "time_zone": "UTC"},
                   {"id": "k", "start": "2021-12-06T08:00", "end": "2021-12-07T00:05",
                    "time_zone": "UTC"}]})");
  EXPECT_EQ(text, R"({
  "format": "netgov/1",
  "network": {
    "id": "n"
  },
  "meetings": [
    {
      "id": "m",
      "start": "2021-12-06T08:00",
      "time_zone": "UTC"
    },
    {
      "id": "k",
      "start": "2021-12-06T08:00",
      "end": "2021-12-07T00:05",
      "time_zone": "UTC"
    }
  ]
}
)");
}

TEST(JsonWrite, DefaultNetworkRoundTrips) {
  const std::string first = WriteNetwork(DefaultNetwork());
  absl::StatusOr<Network> again = LoadNetwork(first, "written.json");
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(*again, DefaultNetwork());
  EXPECT_EQ(WriteNetwork(*again), first);
  EXPECT_EQ(WriteNetwork(DefaultNetwork()), first);  // same bytes every time
  EXPECT_EQ(first.back(), '\n');
  WriteFile(std::string(NETGOV_BINARY_DIR) + "/default-roundtrip.json", first);
}

TEST(JsonWrite, EveryKeyRoundTrips) {
  absl::StatusOr<Network> net = LoadNetwork(kEveryKey, "every-key.json");
  ASSERT_TRUE(net.ok()) << net.status();
  const std::string first = WriteNetwork(*net);
  absl::StatusOr<Network> again = LoadNetwork(first, "written.json");
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(*again, *net);
  EXPECT_EQ(WriteNetwork(*again), first);
  // Nothing was dropped: every key name of the input is in the output.
  for (std::string_view key :
       {"\"description\"", "\"membership\"", "\"goal\"", "\"condition\"",
        "\"provisional\"", "\"rotating_seats\"", "\"cycle\"", "\"holders\"",
        "\"holder\"", "\"skip\"", "\"swap_with\"", "\"fallback\"", "\"union\"",
        "\"presenters\"", "\"status_source\"", "\"business_days_before\"",
        "\"nth\"", "\"until\"", "\"term\"", "\"stated_counts\"", "\"basis\"",
        "\"note\"", "\"precision\"", "\"count\"", "\"request-incumbent\"",
        "\"time_zone\": \"America/New_York\""}) {
    EXPECT_NE(first.find(key), std::string::npos) << key;
  }
  WriteFile(std::string(NETGOV_BINARY_DIR) + "/every-key-roundtrip.json", first);
}

TEST(JsonWrite, EveryKeyIsReadIntoTheModel) {
  absl::StatusOr<Network> net = LoadNetwork(kEveryKey, "every-key.json");
  ASSERT_TRUE(net.ok()) << net.status();
  const Rotation& chair = net->rotations()[0];
  EXPECT_EQ(chair.term, (TermSpec{Date(2021, 1, 1), TermUnit::kMonths, 6}));
  EXPECT_EQ(chair.rotating_seats, 2);
  EXPECT_EQ(chair.max_consecutive_terms, 2);
  ASSERT_EQ(chair.overrides.size(), 3u);
  EXPECT_EQ(chair.overrides[1].kind, OverrideKind::kSkip);
  EXPECT_EQ(chair.overrides[1].entity, EntityId("b"));
  EXPECT_EQ(chair.overrides[2].swap_with, Date(2023, 7, 1));
  EXPECT_THAT(chair.calls[0].fallback,
              ::testing::ElementsAre(Fallback::kApproachBilaterally,
                                     Fallback::kNextInOrder));
  const Deadline& d = net->deadlines()[0];
  EXPECT_EQ(d.convention, Convention::kModifiedPreceding);
  EXPECT_THAT(d.reminders, ::testing::ElementsAre(Reminder{7, false}, Reminder{2, true}));
  ASSERT_TRUE(d.recurrence.has_value());
  EXPECT_EQ(*d.recurrence, (Recurrence{Frequency::kMonthly, 3, std::nullopt, 4,
                                       DayRule::kNthWeekday, Weekday::kFriday, -1}));
  EXPECT_EQ(d.relates_to[0], (Relation{RelationKind::kRotation, "chair",
                                       Date(2022, 1, 1), std::nullopt}));
  const Mention& m = net->mentions()[0];
  EXPECT_EQ(m.kind, "pillar");
  EXPECT_EQ(m.valid, (Interval{Date(2022, 1, 1), Date(2022, 12, 31)}));
  EXPECT_EQ(net->stated_counts()[0].meeting, MeetingId("m1"));
}

}  // namespace
}  // namespace netgov::io
