# Without a time-zone database (a container without tzdata): the library
# tests in tests/no_tzdata/ (their own program, since a process caches the
# zones it loads; they point TZDIR at an empty folder themselves), and
# `netgov brief`, which must print what it prints with the host's zoneinfo.
# Included by tests/CMakeLists.txt (adds the tests); run with -P (does the
# brief check).
if(NOT CMAKE_SCRIPT_MODE_FILE)
  add_executable(netgov_no_tzdata_tests ${CMAKE_CURRENT_LIST_DIR}/no_tzdata/no_tzdata_test.cpp)
  target_link_libraries(netgov_no_tzdata_tests PRIVATE netgov::calendar GTest::gmock_main)
  target_include_directories(netgov_no_tzdata_tests PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_definitions(netgov_no_tzdata_tests PRIVATE ${NETGOV_TEST_DEFINITIONS})
  netgov_set_warnings(netgov_no_tzdata_tests)
  add_test(NAME no_tzdata_library COMMAND netgov_no_tzdata_tests)
  add_test(NAME no_tzdata_brief
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:netgov_program>
            -DWORK_DIR=${PROJECT_BINARY_DIR}/no-tzdata-brief -P ${CMAKE_CURRENT_LIST_FILE})
  return()
endif()

cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/zoneinfo)
set(args --as-of 2021-12-22 brief)
execute_process(COMMAND ${PROGRAM} ${args} OUTPUT_VARIABLE with RESULT_VARIABLE code
                ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "netgov brief exited ${code}: ${err}")
endif()
set(ENV{TZDIR} ${WORK_DIR}/zoneinfo)
execute_process(COMMAND ${PROGRAM} ${args} OUTPUT_VARIABLE without RESULT_VARIABLE code
                ERROR_VARIABLE err)
if(NOT code EQUAL 0 OR NOT err STREQUAL "")
  message(FATAL_ERROR "netgov brief without zoneinfo exited ${code}: ${err}")
endif()
if(NOT with STREQUAL without)
  message(FATAL_ERROR "netgov brief without zoneinfo printed\n${without}\ninstead of\n${with}")
endif()
