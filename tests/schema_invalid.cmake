# The JSON Schema of netgov/1 REJECTS invalid files: each
# tests/schema_invalid/<name>.netgov.json must fail the schema check with
# exactly the problems in <name>.expected (a misspelt key, another format,
# a date not written YYYY-MM-DD, an unknown enum value, a missing id, values
# below their minimum, wrong types). Skipped without python3-jsonschema, as
# the tests of schema.cmake are.
file(GLOB NETGOV_SCHEMA_INVALID CONFIGURE_DEPENDS
     ${CMAKE_CURRENT_SOURCE_DIR}/schema_invalid/*.netgov.json)
foreach(file IN LISTS NETGOV_SCHEMA_INVALID)
  get_filename_component(name ${file} NAME)
  string(REPLACE ".netgov.json" "" stem ${name})
  add_test(NAME schema_rejects_${stem}
    COMMAND ${CMAKE_COMMAND}
            "-DCHECK=/usr/bin/python3;${PROJECT_SOURCE_DIR}/tests/data/validate_schema.py;${PROJECT_SOURCE_DIR}/data/schema/netgov-1.schema.json"
            -DFILE=${name} -DEXPECTED=${stem}.expected
            -P ${CMAKE_CURRENT_SOURCE_DIR}/schema_invalid/check_rejected.cmake
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/schema_invalid)
  set_tests_properties(schema_rejects_${stem} PROPERTIES SKIP_REGULAR_EXPRESSION "SKIPPED: ")
endforeach()
