# The program's simdjson on demand (src/cli/simdjson_on_demand.cpp), where the
# program uses it (NETGOV_STATIC_PROGRAM with simdjson as a shared object):
# the same test source built twice, once opening the real shared object and
# once a name that does not exist; both linked with --as-needed, like the
# program, so that simdjson is not loaded at start-up.
get_property(soname GLOBAL PROPERTY NETGOV_SIMDJSON_SONAME)
if(soname)
  foreach(variant IN ITEMS available missing)
    set(target netgov_simdjson_${variant}_tests)
    add_executable(${target}
      ${CMAKE_CURRENT_LIST_DIR}/on_demand/simdjson_on_demand_test.cpp
      ${PROJECT_SOURCE_DIR}/src/cli/simdjson_on_demand.cpp)
    target_link_libraries(${target} PRIVATE netgov::core GTest::gtest_main ${CMAKE_DL_LIBS})
    target_link_options(${target} PRIVATE "LINKER:--as-needed")
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR})
    target_compile_definitions(${target} PRIVATE
      NETGOV_REAL_SIMDJSON_SONAME="${soname}")
    if(variant STREQUAL "missing")
      target_compile_definitions(${target} PRIVATE
        NETGOV_SIMDJSON_SONAME="libnetgov-no-such-simdjson.so.0" NETGOV_SIMDJSON_MISSING)
    else()
      target_compile_definitions(${target} PRIVATE NETGOV_SIMDJSON_SONAME="${soname}")
    endif()
    netgov_set_warnings(${target})
    gtest_discover_tests(${target} DISCOVERY_MODE PRE_TEST
                         WORKING_DIRECTORY ${PROJECT_BINARY_DIR})
  endforeach()
  # And the program itself needs neither simdjson nor the shared libstdc++.
  add_test(NAME program_loads_no_simdjson_at_start_up
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:netgov_program>
            -P ${CMAKE_CURRENT_LIST_DIR}/on_demand/needed.cmake)
endif()
