# The command-line examples in README.md and docs/ are checked against what
# the program prints (tests/docs/check_examples.py), so the docs stay true.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME docs_examples
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/docs/check_examples.py
            --program $<TARGET_FILE:netgov_program> --root ${PROJECT_SOURCE_DIR}
            ${PROJECT_SOURCE_DIR}/README.md
            ${PROJECT_SOURCE_DIR}/docs/rotation.md
            ${PROJECT_SOURCE_DIR}/docs/calendar.md
            ${PROJECT_SOURCE_DIR}/docs/csv.md
            ${PROJECT_SOURCE_DIR}/docs/embedding.md
            ${PROJECT_SOURCE_DIR}/docs/timeline.md

            ${PROJECT_SOURCE_DIR}/docs/format.md)
endif()
