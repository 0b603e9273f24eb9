// Test helpers for rotation schedules: small networks built in code and
// terms as one line of text each, so that a test states a whole schedule.
//
//   Rotation r = netgov::testing::Yearly("r", OrderRuleKind::kFixed);
//   r.order.sequence = netgov::testing::Ids({"a", "b"});
//   const Network net = netgov::testing::BuildRotation({Member("a"), Member("b")}, r);
//   EXPECT_THAT(netgov::testing::ScheduleLines(net, "r", Date(2021, 1, 1), 2),
//               ElementsAre("2021-01-01..2021-12-31 a computed: fixed order",
//                           "2022-01-01..2022-12-31 b computed: fixed order"));

#ifndef NETGOV_TESTS_TESTING_ROTATION_LINES_HPP_
#define NETGOV_TESTS_TESTING_ROTATION_LINES_HPP_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "netgov/network/network_builder.hpp"
#include "netgov/rotation/schedule.hpp"

namespace netgov::testing {

// Member()
//
// An entity named `name` (its id when empty), a member during `membership`
// (throughout when empty).
inline Entity Member(const std::string& id, const std::string& name = "",
                     std::vector<Interval> membership = {}) {
  Entity e;
  e.id = EntityId(id);
  e.name = name.empty() ? id : name;
  e.membership = std::move(membership);
  return e;
}

// Yearly()
//
// A rotation of one-year terms from `start` under `rule`, one rotating seat.
inline Rotation Yearly(const std::string& id, OrderRuleKind rule,
                       Date start = Date(2021, 1, 1)) {
  Rotation r;
  r.id = RotationId(id);
  r.term = {start, TermUnit::kYears, 1};
  r.order.rule = rule;
  return r;
}

// BuildRotation()
//
// A network (time zone UTC) of `entities` and `rotation`; a failed build
// fails the test and gives an empty network.
inline Network BuildRotation(const std::vector<Entity>& entities, const Rotation& rotation) {
  NetworkBuilder b({"test", "Test", "UTC", "", ""});
  for (const Entity& e : entities) b.AddEntity(e);
  b.AddRotation(rotation);
  absl::StatusOr<Network> net = std::move(b).Build();
  EXPECT_TRUE(net.ok()) << net.status();
  return net.ok() ? *net : Network();
}

// Line()
//
// One term as "start..end holders status: reason", holders by id joined by
// '+' (permanent first), "-" for none.
inline std::string Line(const rotation::Term& t) {
  std::vector<std::string> ids;
  for (const EntityId& id : t.holders) ids.push_back(id.str());
  return absl::StrCat(FormatDate(t.start), "..", FormatDate(t.end), " ",
                      ids.empty() ? "-" : absl::StrJoin(ids, "+"), " ",
                      ToAbsl(ToString(t.status)), t.reason.empty() ? "" : ": ", t.reason);
}

// Lines()
//
// Line() of each term, or the error as the only line.
inline std::vector<std::string> Lines(const absl::StatusOr<std::vector<rotation::Term>>& terms) {
  std::vector<std::string> out;
  if (!terms.ok()) return {std::string(terms.status().ToString())};
  for (const rotation::Term& t : *terms) out.push_back(Line(t));
  return out;
}

// ScheduleLines()
//
// Lines() of `n` terms of rotation `id` from the one containing `from`, as
// seen on `as_of`.
inline std::vector<std::string> ScheduleLines(const Network& net, const std::string& id,
                                              Date from, long long n,
                                              Date as_of = Date(2021, 1, 1)) {
  absl::StatusOr<rotation::Schedule> s =
      rotation::Schedule::Make(net, RotationId(id), {as_of, {}});
  if (!s.ok()) return {std::string(s.status().ToString())};
  return Lines(s->Terms(from, n));
}

}  // namespace netgov::testing

#endif  // NETGOV_TESTS_TESTING_ROTATION_LINES_HPP_
