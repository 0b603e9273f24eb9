# Graphviz parses what `netgov graph --format dot` writes: the default network,
# and a network whose names hold quotes, backslashes, newlines, ampersands and
# angle brackets, are laid out with `dot -Tsvg`. Included by
# tests/CMakeLists.txt (adds the test); run with -P (does the check).
if(NOT CMAKE_SCRIPT_MODE_FILE)
  find_program(NETGOV_DOT_EXECUTABLE dot)
  if(NETGOV_DOT_EXECUTABLE)
    add_test(NAME dot_render
      COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:netgov_program>
              -DDOT=${NETGOV_DOT_EXECUTABLE} -DWORK_DIR=${PROJECT_BINARY_DIR}/dot-test
              -P ${CMAKE_CURRENT_LIST_FILE})
  else()
    message(STATUS "dot (Graphviz) not found: the dot_render test is skipped")
  endif()
  return()
endif()

cmake_minimum_required(VERSION 3.25)
file(MAKE_DIRECTORY ${WORK_DIR})
set(tricky_file ${WORK_DIR}/tricky.netgov.json)
file(WRITE ${tricky_file} [=[{
  "format": "netgov/1",
  "network": {"id": "tricky", "name": "Names \"quoted\" \\ and <tags>"},
  "entities": [
    {"id": "q", "acronym": "Q\"uote", "name": "Quote"},
    {"id": "b", "acronym": "Back\\slash", "name": "Backslash"},
    {"id": "n", "acronym": "Two\nlines", "name": "Newline"},
    {"id": "t", "acronym": "<b>Bold</b> & co", "name": "Tags"}
  ],
  "pillars": [
    {"id": "p", "number": 1, "name": "Pillar \"<one>\"",
     "roles": [{"entity": "q", "role": "lead"}, {"entity": "b", "role": "lead", "provisional": true},
               {"entity": "n", "role": "member"}, {"entity": "t", "role": "support"}]}
  ]
}
]=])

foreach(case default tricky)
  set(args --as-of 2021-12-06 graph --format dot)
  if(case STREQUAL "tricky")
    list(PREPEND args --network ${tricky_file})
  endif()
  execute_process(COMMAND ${PROGRAM} ${args}
                  OUTPUT_FILE ${WORK_DIR}/${case}.dot
                  RESULT_VARIABLE code ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "netgov graph (${case}) exited ${code}: ${err}")
  endif()
  execute_process(COMMAND ${DOT} -Tsvg ${WORK_DIR}/${case}.dot -o ${WORK_DIR}/${case}.svg
                  RESULT_VARIABLE code ERROR_VARIABLE err)
  if(NOT code EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "dot rejected ${case}.dot (exit ${code}): ${err}")
  endif()
endforeach()

# The names come out as written (SVG escapes them its own way).
file(READ ${WORK_DIR}/tricky.svg svg)
foreach(text [[Q&quot;uote]] [[Back\slash]] [[&lt;b&gt;Bold&lt;/b&gt; &amp; co]] [[Two]] [[lines]])
  string(FIND "${svg}" "${text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "tricky.svg does not show '${text}'")
  endif()
endforeach()
