# The netgov program's output as a process sees it: a write that fails
# (stdout on /dev/full, or closed) is one line on stderr and exit 2; a reader
# that goes away (`netgov ... | head -c1`) ends the program quietly (status
# 141, as for `cat`); `--network -` reads standard input. Included by
# tests/CMakeLists.txt (adds the test); run with -P (does the checks).
if(NOT CMAKE_SCRIPT_MODE_FILE)
  find_program(NETGOV_SH sh)
  find_program(NETGOV_HEAD head)
  if(NETGOV_SH AND NETGOV_HEAD)
    add_test(NAME cli_output
      COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:netgov_program>
              -DSH=${NETGOV_SH} -DHEAD=${NETGOV_HEAD}
              -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
              -DWORK_DIR=${PROJECT_BINARY_DIR}/cli-output-test
              -P ${CMAKE_CURRENT_LIST_FILE})
  else()
    message(STATUS "sh or head not found: the cli_output test is skipped")
  endif()
  return()
endif()

cmake_minimum_required(VERSION 3.25)
file(MAKE_DIRECTORY ${WORK_DIR})

function(expect what actual expected)
  if(NOT "${actual}" STREQUAL "${expected}")
    message(FATAL_ERROR "${what}: got [${actual}], expected [${expected}]")
  endif()
endfunction()

# A full disk: every command's output, short, long or streamed term by term.
if(EXISTS /dev/full)
  foreach(args "brief" "generate;--entities;20000" "rotation;--terms;5000;--format;json"
               "--help")
    execute_process(COMMAND ${PROGRAM} --as-of 2021-12-06 ${args}
                    OUTPUT_FILE /dev/full RESULT_VARIABLE code ERROR_VARIABLE err)
    expect("netgov ${args} > /dev/full: exit" "${code}" "2")
    expect("netgov ${args} > /dev/full: stderr" "${err}"
           "netgov: cannot write output: No space left on device\n")
  endforeach()
else()
  message(STATUS "no /dev/full: the full-disk check is skipped")
endif()

# A closed standard output.
execute_process(COMMAND ${SH} -c "\"$0\" --as-of 2021-12-06 brief >&-" ${PROGRAM}
                RESULT_VARIABLE code ERROR_VARIABLE err)
expect("netgov brief >&-: exit" "${code}" "2")
expect("netgov brief >&-: stderr" "${err}" "netgov: cannot write output: Bad file descriptor\n")

# A reader that leaves after one byte. The brief may fit in the pipe before
# `head` leaves (exit 0); a 2 MB output cannot (141, killed by SIGPIPE or
# ended on EPIPE). Either way nothing on stderr.
foreach(case "brief" "generate --entities 20000")
  file(REMOVE ${WORK_DIR}/status ${WORK_DIR}/err)
  execute_process(
    COMMAND ${SH} -c "\"$0\" --as-of 2021-12-06 ${case} 2>\"$1/err\"; echo $? >\"$1/status\""
            ${PROGRAM} ${WORK_DIR}
    COMMAND ${HEAD} -c1
    OUTPUT_VARIABLE first RESULT_VARIABLE code)
  file(READ ${WORK_DIR}/status status)
  file(READ ${WORK_DIR}/err err)
  string(STRIP "${status}" status)
  expect("netgov ${case} | head -c1: stderr" "${err}" "")
  if(case STREQUAL "brief")
    expect("netgov brief | head -c1: output" "${first}" "U")
    if(NOT status STREQUAL "0" AND NOT status STREQUAL "141")
      message(FATAL_ERROR "netgov brief | head -c1: exit ${status}, expected 0 or 141")
    endif()
  else()
    expect("netgov ${case} | head -c1: output" "${first}" "{")
    expect("netgov ${case} | head -c1: exit" "${status}" "141")
  endif()
endforeach()

# --network - reads standard input; messages name <stdin>.
set(network ${SOURCE_DIR}/tests/ical/recurring.netgov.json)
set(query --as-of 2024-03-01 deadlines --from 2024-02-26 --to 2024-03-31)
execute_process(COMMAND ${PROGRAM} --network ${network} ${query}
                OUTPUT_VARIABLE from_file RESULT_VARIABLE code)
expect("netgov --network FILE: exit" "${code}" "0")
execute_process(COMMAND ${PROGRAM} --network - ${query} INPUT_FILE ${network}
                OUTPUT_VARIABLE from_stdin RESULT_VARIABLE code ERROR_VARIABLE err)
expect("netgov --network - < FILE: exit" "${code}" "0")
expect("netgov --network - < FILE: stderr" "${err}" "")
expect("netgov --network - < FILE: output" "${from_stdin}" "${from_file}")
file(WRITE ${WORK_DIR}/bad.json "{\n  \"format\": \"netgov/1\",\n  \"network\": {\"id\": \"n\"\n}\n")
execute_process(COMMAND ${PROGRAM} --network - pillars INPUT_FILE ${WORK_DIR}/bad.json
                RESULT_VARIABLE code ERROR_VARIABLE err)
expect("netgov --network - < bad.json: exit" "${code}" "2")
expect("netgov --network - < bad.json: stderr" "${err}"
       "netgov: <stdin>:5:1: syntax error: expected ',' or '}' after an object member, found end of input\n")
