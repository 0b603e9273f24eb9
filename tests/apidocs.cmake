# The API reference builds without a warning (issue 12): Doxygen over the
# public headers with the configuration of the docs target
# (cmake/NetgovDocs.cmake), into the build's docs/api. Included by
# tests/CMakeLists.txt; only when the docs target exists (Doxygen found).
if(TARGET docs)
  add_test(NAME api_reference COMMAND Doxygen::doxygen ${PROJECT_BINARY_DIR}/Doxyfile)
  set_tests_properties(api_reference PROPERTIES
    LABELS docs
    TIMEOUT 600
    FAIL_REGULAR_EXPRESSION "warning:|error:")
endif()
