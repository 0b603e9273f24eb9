# Long commands show progress on a terminal and nothing elsewhere (issue 12):
# tests/progress/check_progress.py runs `netgov generate` and `netgov analyze`
# on a large network with stderr a pseudo-terminal and with stderr a pipe.
# Included by tests/CMakeLists.txt.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME progress_terminal
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/progress/check_progress.py
            $<TARGET_FILE:netgov_program> ${PROJECT_BINARY_DIR}/progress-test)
  set_tests_properties(progress_terminal PROPERTIES
    TIMEOUT 600
    PASS_REGULAR_EXPRESSION "progress: all checks passed")
endif()
