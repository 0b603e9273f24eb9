# The build tools of the embedded network (docs/design.md, "The embedded
# network"): netgov_json_tape writes the tape the library is built with, and
# refuses what is not strict JSON; netgov_check_embedded passes on the
# embedded network. Included by tests/CMakeLists.txt (adds the tests); run
# with -P (does the checks).
if(NOT CMAKE_SCRIPT_MODE_FILE)
  add_test(NAME embedded_network_tools
    COMMAND ${CMAKE_COMMAND} -DTAPE=$<TARGET_FILE:netgov_json_tape>
            -DCHECK=$<TARGET_FILE:netgov_check_embedded>
            -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
            -DBUILT=${PROJECT_BINARY_DIR}/src/default_network_tape.cpp
            -DWORK_DIR=${PROJECT_BINARY_DIR}/embedded-network-tools
            -P ${CMAKE_CURRENT_LIST_FILE})
  return()
endif()

cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

# expect(<exit code> <stderr> COMMAND...): runs COMMAND, checks both.
function(expect code err)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE got ERROR_VARIABLE got_err
                  OUTPUT_QUIET)
  if(NOT got EQUAL code OR NOT got_err STREQUAL err)
    message(FATAL_ERROR "${ARGN}: exit ${got}, stderr '${got_err}'; expected exit ${code}, stderr '${err}'")
  endif()
endfunction()

# The tape of the embedded file is the one the library was built with.
set(data ${SOURCE_DIR}/data/un-network-rdpm.netgov.json)
expect(0 "" ${TAPE} ${data} ${WORK_DIR}/tape.cpp netgov_default_network)
file(READ ${WORK_DIR}/tape.cpp written)
file(READ ${BUILT} built)
if(NOT written STREQUAL built)
  message(FATAL_ERROR "netgov_json_tape wrote a tape other than ${BUILT}")
endif()
if(NOT written MATCHES "const std::size_t netgov_default_network_tape_size = [1-9][0-9]*;")
  message(FATAL_ERROR "no tape size in ${WORK_DIR}/tape.cpp")
endif()

# What it refuses, with one line saying why.
file(WRITE ${WORK_DIR}/comments.json "{\"a\": 1 // a comment\n}")
expect(1 "netgov_json_tape: ${WORK_DIR}/comments.json: not strict JSON: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc.\n"
       ${TAPE} ${WORK_DIR}/comments.json ${WORK_DIR}/out.cpp s)
expect(1 "netgov_json_tape: ${WORK_DIR}/missing.json: cannot read the file\n"
       ${TAPE} ${WORK_DIR}/missing.json ${WORK_DIR}/out.cpp s)
expect(1 "netgov_json_tape: ${WORK_DIR}/no-such-dir/out.cpp: cannot write the file\n"
       ${TAPE} ${data} ${WORK_DIR}/no-such-dir/out.cpp s)
expect(1 "usage: netgov_json_tape <input.json> <output.cpp> <symbol>\n" ${TAPE} ${data})

# The check passes on the embedded network and writes its stamp.
expect(0 "" ${CHECK} ${WORK_DIR}/checked)
file(READ ${WORK_DIR}/checked stamp)
if(NOT stamp MATCHES "^the embedded network loads with every check")
  message(FATAL_ERROR "netgov_check_embedded wrote '${stamp}'")
endif()
expect(1 "usage: netgov_check_embedded <stamp file>\n" ${CHECK})
