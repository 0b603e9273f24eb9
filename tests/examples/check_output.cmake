# Runs one example program and compares what it prints (stdout) with the
# expected output byte for byte; fails with both texts when they differ or
# when the program exits non-zero.
#
#   cmake -DPROGRAM=<exe> -DEXPECTED=<file> -P check_output.cmake
if(NOT PROGRAM OR NOT EXPECTED)
  message(FATAL_ERROR "usage: cmake -DPROGRAM=exe -DEXPECTED=file -P check_output.cmake")
endif()
execute_process(COMMAND ${PROGRAM}
                OUTPUT_VARIABLE actual
                ERROR_VARIABLE errors
                RESULT_VARIABLE code)
if(NOT EXISTS ${EXPECTED})
  message(FATAL_ERROR "${EXPECTED} is missing; the program printed:\n${actual}")
endif()
file(READ ${EXPECTED} expected)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${code}\nstderr:\n${errors}\nstdout:\n${actual}")
endif()
if(NOT actual STREQUAL expected)
  file(WRITE ${PROGRAM}.actual "${actual}")
  message(FATAL_ERROR "${PROGRAM}: the output differs from ${EXPECTED}\n"
                      "(diff ${EXPECTED} ${PROGRAM}.actual)\n"
                      "--- expected\n${expected}--- actual\n${actual}")
endif()
