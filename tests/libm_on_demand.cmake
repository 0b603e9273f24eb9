# The program's maths functions on demand (src/cli/libm_on_demand.cpp), where
# the program uses them (NETGOV_STATIC_PROGRAM with the GNU C library): the
# functions give the C library's results, and the program does not load
# libm at start-up.
get_property(libm_on_demand GLOBAL PROPERTY NETGOV_LIBM_ON_DEMAND)
if(libm_on_demand)
  add_executable(netgov_libm_on_demand_tests
    ${CMAKE_CURRENT_LIST_DIR}/on_demand/libm_on_demand_test.cpp
    ${PROJECT_SOURCE_DIR}/src/cli/libm_on_demand.cpp)
  target_link_libraries(netgov_libm_on_demand_tests PRIVATE GTest::gtest_main ${CMAKE_DL_LIBS})
  target_link_options(netgov_libm_on_demand_tests PRIVATE "LINKER:--as-needed")
  netgov_set_warnings(netgov_libm_on_demand_tests)
  gtest_discover_tests(netgov_libm_on_demand_tests DISCOVERY_MODE PRE_TEST
                       WORKING_DIRECTORY ${PROJECT_BINARY_DIR})
  add_test(NAME program_loads_no_libm_at_start_up
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:netgov_program>
            -DFORBIDDEN=libm[.]so
            -P ${CMAKE_CURRENT_LIST_DIR}/on_demand/needed.cmake)
endif()
