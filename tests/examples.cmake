# Every example program runs as a test; what it prints must be exactly
# examples/<name>.expected (tests/examples/check_output.cmake), so the
# examples, and the docs that quote them, cannot drift from the library.
foreach(example IN LISTS NETGOV_EXAMPLE_TARGETS)
  string(REGEX REPLACE "^example_" "" name ${example})
  add_test(NAME ${example}
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${example}>
            -DEXPECTED=${PROJECT_SOURCE_DIR}/examples/${name}.expected
            -P ${CMAKE_CURRENT_SOURCE_DIR}/examples/check_output.cmake)
  set_tests_properties(${example} PROPERTIES WORKING_DIRECTORY ${PROJECT_BINARY_DIR})
endforeach()
