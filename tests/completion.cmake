# The program's own switches and its shell completion (issue 12):
# `netgov --version` prints the CMake project version, and the bash
# completion script `netgov completion bash` prints offers the commands,
# options and formats of the command table (tests/completion/check_completion.sh
# sources it in bash and checks COMPREPLY). Included by tests/CMakeLists.txt.
add_test(NAME program_version COMMAND netgov_program --version)
string(REPLACE "." "\\." netgov_version_regex "${PROJECT_VERSION}")
set_tests_properties(program_version PROPERTIES
  PASS_REGULAR_EXPRESSION "^netgov ${netgov_version_regex}\n$")

find_program(NETGOV_BASH bash)
if(NETGOV_BASH)
  add_test(NAME completion_bash
    COMMAND ${NETGOV_BASH} ${CMAKE_CURRENT_SOURCE_DIR}/completion/check_completion.sh
            $<TARGET_FILE:netgov_program>)
  set_tests_properties(completion_bash PROPERTIES
    PASS_REGULAR_EXPRESSION "completion: all checks passed")
endif()
