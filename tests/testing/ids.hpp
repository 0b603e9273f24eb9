// Test helpers: strong ids from string literals, for building inputs and
// expected values.
//
//   EXPECT_THAT(result, ElementsAreArray(netgov::testing::Ids({"ohchr", "unesco"})));
//   netgov::testing::Ids<netgov::PillarId>({"intersectionality"});

#ifndef NETGOV_TESTS_TESTING_IDS_HPP_
#define NETGOV_TESTS_TESTING_IDS_HPP_

#include <initializer_list>
#include <string_view>
#include <vector>

#include "netgov/core/id.hpp"

namespace netgov::testing {

// Ids()
//
// One `IdType` per string, in order.
template <typename IdType = EntityId>
std::vector<IdType> Ids(std::initializer_list<std::string_view> ids) {
  std::vector<IdType> out;
  out.reserve(ids.size());
  for (const std::string_view id : ids) out.push_back(IdType(id));
  return out;
}

}  // namespace netgov::testing

#endif  // NETGOV_TESTS_TESTING_IDS_HPP_
