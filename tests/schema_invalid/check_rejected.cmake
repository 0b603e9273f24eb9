# Runs the schema check on one invalid network file and passes when it is
# rejected (exit 1) with exactly the problems listed in the `.expected` file
# beside it (tests/schema_invalid.cmake adds one test per file).
#
#   cmake -DCHECK=<python3;validate_schema.py;schema> -DFILE=<name>.netgov.json
#         -DEXPECTED=<name>.expected -P check_rejected.cmake
# (run in tests/schema_invalid/, so that the messages name the file alone)
execute_process(COMMAND ${CHECK} ${FILE}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(code EQUAL 77)
  message("SKIPPED: ${err}")
  return()
endif()
file(READ ${EXPECTED} expected)
if(NOT code EQUAL 1)
  message(FATAL_ERROR "${FILE}: the schema check should reject it (exit 1); exit ${code}\n${out}${err}")
endif()
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "${FILE}: rejected, but not as expected.\nexpected:\n${expected}\ngot:\n${out}")
endif()
