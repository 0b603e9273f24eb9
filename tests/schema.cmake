# The JSON Schema of netgov/1 (data/schema/netgov-1.schema.json) against the
# default network file and against what the writer produces, so that the
# schema, the loader and the writer cannot drift apart. The checks need
# python3-jsonschema; without it the script exits 77 and ctest skips them.
set(NETGOV_SCHEMA_CHECK
  /usr/bin/python3 ${PROJECT_SOURCE_DIR}/tests/data/validate_schema.py
  ${PROJECT_SOURCE_DIR}/data/schema/netgov-1.schema.json)
set(NETGOV_MINUTES
  ${PROJECT_SOURCE_DIR}/data/source/minutes-2021-12-06-senior-level-meeting.txt)

add_test(NAME schema_default_network
  COMMAND ${NETGOV_SCHEMA_CHECK} ${PROJECT_SOURCE_DIR}/data/un-network-rdpm.netgov.json
          --sources ${NETGOV_MINUTES})
set_tests_properties(schema_default_network PROPERTIES SKIP_RETURN_CODE 77)

if(TARGET netgov_core_tests)
  # The writer tests leave their output in the build tree (json_write_test.cpp).
  add_test(NAME json_write_files_for_schema
    COMMAND netgov_core_tests
            --gtest_filter=JsonWrite.DefaultNetworkRoundTrips:JsonWrite.EveryKeyRoundTrips
    WORKING_DIRECTORY ${PROJECT_BINARY_DIR})
  set_tests_properties(json_write_files_for_schema PROPERTIES
    FIXTURES_SETUP netgov_written_network_files)

  add_test(NAME schema_default_roundtrip
    COMMAND ${NETGOV_SCHEMA_CHECK} ${PROJECT_BINARY_DIR}/default-roundtrip.json
            --sources ${NETGOV_MINUTES})
  add_test(NAME schema_every_key_roundtrip
    COMMAND ${NETGOV_SCHEMA_CHECK} ${PROJECT_BINARY_DIR}/every-key-roundtrip.json)
  set_tests_properties(schema_default_roundtrip schema_every_key_roundtrip PROPERTIES
    SKIP_RETURN_CODE 77
    FIXTURES_REQUIRED netgov_written_network_files)
endif()
