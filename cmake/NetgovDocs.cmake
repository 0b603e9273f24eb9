# The API reference: `cmake --build <build> --target docs` runs Doxygen over
# the public headers (docs/Doxyfile.in; docs/doxygen_filter.py reads their
# Abseil-style comments) into <build>/docs/api/html/index.html. Defined only
# when Doxygen (Debian's doxygen) and Python 3 are found; warnings fail the
# build when NETGOV_WERROR is on.
find_package(Doxygen QUIET)
find_package(Python3 COMPONENTS Interpreter QUIET)
if(NOT DOXYGEN_FOUND OR NOT Python3_Interpreter_FOUND)
  message(STATUS "netgov: Doxygen or Python 3 not found, no docs target")
  return()
endif()
set(NETGOV_DOCS_OUTPUT ${PROJECT_BINARY_DIR}/docs/api)
# Doxygen creates only the last level of OUTPUT_DIRECTORY.
file(MAKE_DIRECTORY ${NETGOV_DOCS_OUTPUT})
if(NETGOV_WERROR)
  set(NETGOV_DOXYGEN_WARN_AS_ERROR FAIL_ON_WARNINGS)
else()
  set(NETGOV_DOXYGEN_WARN_AS_ERROR NO)
endif()
configure_file(${PROJECT_SOURCE_DIR}/docs/Doxyfile.in ${PROJECT_BINARY_DIR}/Doxyfile @ONLY)
file(GLOB_RECURSE NETGOV_PUBLIC_HEADERS CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/include/netgov/*.hpp)
add_custom_command(
  OUTPUT ${NETGOV_DOCS_OUTPUT}/html/index.html
  COMMAND ${CMAKE_COMMAND} -E make_directory ${NETGOV_DOCS_OUTPUT}
  COMMAND Doxygen::doxygen ${PROJECT_BINARY_DIR}/Doxyfile
  DEPENDS ${NETGOV_PUBLIC_HEADERS} ${PROJECT_BINARY_DIR}/Doxyfile
          ${PROJECT_SOURCE_DIR}/docs/doxygen_filter.py ${PROJECT_SOURCE_DIR}/docs/api.md
  COMMENT "API reference (Doxygen): ${NETGOV_DOCS_OUTPUT}/html/index.html"
  VERBATIM)
add_custom_target(docs DEPENDS ${NETGOV_DOCS_OUTPUT}/html/index.html)
