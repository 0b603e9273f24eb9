# The installed package works for a consumer: install this build into a
# scratch prefix (`cmake --install`), then configure, build and run
# tests/install/consumer, which finds it with find_package(netgov 0.1 CONFIG
# REQUIRED) and links netgov::netgov. The consumer is built with this build's
# compiler, build type and flags (so the asan preset checks it under the
# sanitizers too). The same consumer is then built by hand with the flags of
# `pkg-config --cflags --libs netgov` from the prefix. Included by
# tests/CMakeLists.txt.
if(NETGOV_INSTALL)
  add_test(NAME install_consumer
    COMMAND ${CMAKE_COMMAND}
            -DNETGOV_BINARY_DIR=${PROJECT_BINARY_DIR}
            -DCONSUMER_SOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}/install/consumer
            -DWORK_DIR=${PROJECT_BINARY_DIR}/install-test
            -DGENERATOR=${CMAKE_GENERATOR}
            -DCXX_COMPILER=${CMAKE_CXX_COMPILER}
            -DBUILD_TYPE=$<CONFIG>
            "-DCXX_FLAGS=${CMAKE_CXX_FLAGS}"
            "-DEXE_LINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS}"
            -P ${CMAKE_CURRENT_SOURCE_DIR}/install/install_test.cmake)
  set_tests_properties(install_consumer PROPERTIES
    LABELS install
    TIMEOUT 600
    # The consumers print what they checked; anything else is a failure. The
    # one built with pkg-config's flags runs last.
    PASS_REGULAR_EXPRESSION "pkg-config consumer: 8 pillars")
endif()
