# cmake -DPROGRAM=... [-DFORBIDDEN=<regex>] -P needed.cmake: fails if
# PROGRAM's dynamic section needs a library whose name matches FORBIDDEN, by
# default simdjson's shared object or the shared libstdc++ (it opens simdjson
# when it first parses a file: src/cli/simdjson_on_demand.cpp). With
# -DFORBIDDEN=libm[.]so, libm (src/cli/libm_on_demand.cpp).
if(NOT DEFINED FORBIDDEN)
  set(FORBIDDEN "simdjson|libstdc\\+\\+")
endif()
find_program(READELF readelf REQUIRED)
execute_process(COMMAND ${READELF} -d ${PROGRAM} OUTPUT_VARIABLE dynamic RESULT_VARIABLE code)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "readelf -d ${PROGRAM} failed")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*" needed "${dynamic}")
foreach(library IN LISTS needed)
  if(library MATCHES "${FORBIDDEN}")
    message(FATAL_ERROR "${PROGRAM} needs ${library} at start-up")
  endif()
endforeach()
list(LENGTH needed count)
if(count EQUAL 0)
  message(FATAL_ERROR "readelf -d ${PROGRAM} lists no NEEDED library: not a dynamic program?")
endif()
message(STATUS "${PROGRAM} needs: ${needed}")
