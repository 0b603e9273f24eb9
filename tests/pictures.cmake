# The timeline SVG and the HTML brief, checked by the programs people view
# them with. Included by tests/CMakeLists.txt (adds the tests); run with -P
# and -DCHECK=... (does one check):
#   docs_pictures     docs/timeline.svg and docs/brief.html are what the
#                     program writes now (regenerate them with the commands in
#                     docs/timeline.md when this fails).
#   timeline_render   rsvg-convert (librsvg2-bin) renders the timeline of the
#                     default network, of a network with hostile names and of
#                     a generated 50-pillar network to PNGs of the SVG's size
#                     with real content.
#   brief_html_chromium  headless Chromium loads the HTML brief: a screenshot
#                     is made, the page's text holds the brief's facts, hostile
#                     names show as text (no script element), and it prints to
#                     at most two A4 pages.
if(NOT CMAKE_SCRIPT_MODE_FILE)
  set(pictures_args -DPROGRAM=$<TARGET_FILE:netgov_program>
      -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DWORK_DIR=${PROJECT_BINARY_DIR}/pictures-test)
  add_test(NAME docs_pictures
    COMMAND ${CMAKE_COMMAND} ${pictures_args} -DCHECK=docs -P ${CMAKE_CURRENT_LIST_FILE})
  find_program(NETGOV_RSVG_CONVERT rsvg-convert)
  if(NETGOV_RSVG_CONVERT)
    add_test(NAME timeline_render
      COMMAND ${CMAKE_COMMAND} ${pictures_args} -DRSVG=${NETGOV_RSVG_CONVERT}
              -DCHECK=render -P ${CMAKE_CURRENT_LIST_FILE})
  else()
    message(STATUS "rsvg-convert (librsvg2-bin) not found: the timeline_render test is skipped")
  endif()
  find_program(NETGOV_CHROMIUM chromium)
  if(NETGOV_CHROMIUM)
    add_test(NAME brief_html_chromium
      COMMAND ${CMAKE_COMMAND} ${pictures_args} -DCHROMIUM=${NETGOV_CHROMIUM}
              -DCHECK=chromium -P ${CMAKE_CURRENT_LIST_FILE})
    set_tests_properties(brief_html_chromium PROPERTIES TIMEOUT 300)
  else()
    message(STATUS "chromium not found: the brief_html_chromium test is skipped")
  endif()
  return()
endif()

cmake_minimum_required(VERSION 3.25)
set(WORK_DIR ${WORK_DIR}/${CHECK})
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(hostile ${SOURCE_DIR}/tests/pictures/hostile.netgov.json)

# netgov(<output file> args...): runs the program, failing on a non-zero exit
# or anything on stderr.
function(netgov output)
  execute_process(COMMAND ${PROGRAM} ${ARGN} OUTPUT_FILE ${output}
                  RESULT_VARIABLE code ERROR_VARIABLE err)
  if(NOT code EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "netgov ${ARGN} exited ${code}: ${err}")
  endif()
endfunction()

# expect_in(<text> <what> needle...): each needle occurs in text.
function(expect_in text what)
  foreach(needle IN LISTS ARGN)
    string(FIND "${text}" "${needle}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${what} does not hold '${needle}'")
    endif()
  endforeach()
endfunction()

if(CHECK STREQUAL "docs")
  netgov(${WORK_DIR}/timeline.svg --as-of 2021-12-06 timeline --from 2021-01-01
         --to 2023-12-31 --format svg)
  netgov(${WORK_DIR}/brief.html --as-of 2021-12-06 brief --format html)
  foreach(file timeline.svg brief.html)
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK_DIR}/${file}
                            ${SOURCE_DIR}/docs/${file} RESULT_VARIABLE differ)
    if(NOT differ EQUAL 0)
      message(FATAL_ERROR "docs/${file} is not what the program writes now "
                          "(${WORK_DIR}/${file}); regenerate it as docs/timeline.md says")
    endif()
  endforeach()
elseif(CHECK STREQUAL "render")
  netgov(${WORK_DIR}/generated.json generate --entities 120 --pillars 50 --seed 3)
  netgov(${WORK_DIR}/default.svg --as-of 2021-12-06 timeline --from 2021-01-01 --to 2023-12-31)
  netgov(${WORK_DIR}/hostile.svg --network ${hostile} --as-of 2021-12-06 timeline)
  netgov(${WORK_DIR}/generated.svg --network ${WORK_DIR}/generated.json --as-of 2022-06-01
         timeline --from 2021-01-01 --to 2023-12-31)
  foreach(case default hostile generated)
    execute_process(COMMAND ${RSVG} --format png -o ${WORK_DIR}/${case}.png ${WORK_DIR}/${case}.svg
                    RESULT_VARIABLE code ERROR_VARIABLE err)
    if(NOT code EQUAL 0 OR NOT err STREQUAL "")
      message(FATAL_ERROR "rsvg-convert rejected ${case}.svg (exit ${code}): ${err}")
    endif()
    # The PNG has the SVG's size (IHDR width and height, big-endian at 16..23).
    file(READ ${WORK_DIR}/${case}.svg svg LIMIT 400)
    string(REGEX MATCH "width=\"([0-9]+)\" height=\"([0-9]+)\"" size "${svg}")
    file(READ ${WORK_DIR}/${case}.png header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 32 8 w_hex)
    string(SUBSTRING "${header}" 40 8 h_hex)
    math(EXPR width "0x${w_hex}")
    math(EXPR height "0x${h_hex}")
    if(NOT width EQUAL CMAKE_MATCH_1 OR NOT height EQUAL CMAKE_MATCH_2)
      message(FATAL_ERROR "${case}.png is ${width}x${height}, the SVG says "
                          "${CMAKE_MATCH_1}x${CMAKE_MATCH_2}")
    endif()
    # Real content: a blank page of that size compresses to a few kilobytes.
    file(SIZE ${WORK_DIR}/${case}.png bytes)
    if(bytes LESS 20000)
      message(FATAL_ERROR "${case}.png has only ${bytes} bytes: the picture is nearly empty")
    endif()
  endforeach()
  # The hostile names come out as text.
  file(READ ${WORK_DIR}/hostile.svg svg)
  expect_in("${svg}" hostile.svg [[&lt;script&gt;alert(1)&lt;/script&gt;]]
            [[&lt;script&gt;&amp;&quot;&#39;]])
  string(FIND "${svg}" "<script" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "hostile.svg holds a script element")
  endif()
elseif(CHECK STREQUAL "chromium")
  netgov(${WORK_DIR}/brief.html --as-of 2021-12-06 brief --format html)
  netgov(${WORK_DIR}/hostile.html --network ${hostile} --as-of 2021-12-06 brief --format html)
  # chromium(<name> args...): headless Chromium on a fresh profile, no network.
  function(chromium name)
    file(MAKE_DIRECTORY ${WORK_DIR}/profile-${name})
    execute_process(
      COMMAND ${CHROMIUM} --headless --no-sandbox --disable-gpu
              --disable-background-networking --disable-component-update --disable-sync
              --no-first-run --user-data-dir=${WORK_DIR}/profile-${name} ${ARGN}
      OUTPUT_FILE ${WORK_DIR}/${name}.out ERROR_FILE ${WORK_DIR}/${name}.err
      RESULT_VARIABLE code TIMEOUT 120)
    if(NOT code EQUAL 0)
      file(READ ${WORK_DIR}/${name}.err err)
      message(FATAL_ERROR "chromium ${name} exited ${code}: ${err}")
    endif()
  endfunction()
  chromium(screenshot --screenshot=${WORK_DIR}/brief.png --window-size=1100,1600
           file://${WORK_DIR}/brief.html)
  file(SIZE ${WORK_DIR}/brief.png bytes)
  if(bytes LESS 50000)
    message(FATAL_ERROR "the screenshot brief.png has only ${bytes} bytes")
  endif()
  chromium(dom --dump-dom file://${WORK_DIR}/brief.html)
  file(READ ${WORK_DIR}/dom.out dom)
  expect_in("${dom}" "the brief's DOM"
            "<td>Co-Chair</td><td>2021-01-01..2021-12-31</td><td>OHCHR, UNESCO</td>"
            "<td>Leave No One Behind</td>" "<td>Times of Crisis</td>"
            "<td>OHCHR (provisional)</td>" "co-chair-2022-call"
            "Open call for 2022 rotating co-chair closes" "0 errors, 4 warnings, 7 notes"
            "<svg" "Pillar leads" "Relationship graph")
  chromium(hostile-dom --dump-dom file://${WORK_DIR}/hostile.html)
  file(READ ${WORK_DIR}/hostile-dom.out dom)
  expect_in("${dom}" "the hostile brief's DOM" [[&lt;script&gt;alert(1)&lt;/script&gt;]]
            [[&lt;img src=x onerror=alert(2)&gt;]])
  foreach(element "<script" "<img")
    string(FIND "${dom}" "${element}" at)
    if(NOT at EQUAL -1)
      message(FATAL_ERROR "the hostile brief's DOM holds an element ${element}")
    endif()
  endforeach()
  chromium(pdf --print-to-pdf=${WORK_DIR}/brief.pdf --no-pdf-header-footer
           file://${WORK_DIR}/brief.html)
  file(STRINGS ${WORK_DIR}/brief.pdf pages REGEX "/Type */Page([^s]|$)")
  list(LENGTH pages count)
  if(count LESS 1 OR count GREATER 2)
    message(FATAL_ERROR "the brief prints to ${count} A4 pages, not one or two")
  endif()
endif()
