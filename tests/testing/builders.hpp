// File: tests/testing/builders.hpp
// -----------------------------------------------------------------------------
//
// Small networks built in code for the tests of NetworkBuilder::Build().
//
//   NetworkBuilder b = netgov::testing::OneEntityBuilder("ohchr");
//   b.AddPerson(...);
//   EXPECT_THAT(b.Build(), StatusIs(...));
#ifndef NETGOV_TESTS_TESTING_BUILDERS_HPP_
#define NETGOV_TESTS_TESTING_BUILDERS_HPP_

#include "netgov/network/network_builder.hpp"

namespace netgov::testing {

// OneEntityBuilder()
//
// A builder of network "n" (time zone UTC) with one entity, `id`.
inline NetworkBuilder OneEntityBuilder(const char* id) {
  NetworkBuilder b({"n", "", "UTC", "", ""});
  Entity e;
  e.id = EntityId(id);
  b.AddEntity(e);
  return b;
}

}  // namespace netgov::testing

#endif  // NETGOV_TESTS_TESTING_BUILDERS_HPP_
