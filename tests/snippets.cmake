# Every C++ example in the headers' comments and in the ```cpp blocks of
# README.md and docs/*.md compiles: tests/docs/extract_snippets.py writes them
# into one translation unit (rules in its docstring and CONTRIBUTING.md),
# built as the object library netgov_doc_snippets with the library's own
# compiler, flags and include paths. It is part of the build, so a doc that
# drifts from the API breaks it at the doc's own file and line; the
# docs_snippets test builds it again so that ctest names the failure too.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  file(GLOB_RECURSE NETGOV_SNIPPET_SOURCES CONFIGURE_DEPENDS
       ${PROJECT_SOURCE_DIR}/include/netgov/*.hpp ${PROJECT_SOURCE_DIR}/docs/*.md)
  list(APPEND NETGOV_SNIPPET_SOURCES ${PROJECT_SOURCE_DIR}/README.md)
  set(NETGOV_SNIPPETS_CPP ${CMAKE_CURRENT_BINARY_DIR}/doc_snippets.cpp)
  add_custom_command(OUTPUT ${NETGOV_SNIPPETS_CPP}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/docs/extract_snippets.py
            --root ${PROJECT_SOURCE_DIR} --out ${NETGOV_SNIPPETS_CPP}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/docs/extract_snippets.py ${NETGOV_SNIPPET_SOURCES}
    COMMENT "Extracting the C++ examples of the headers and docs")
  add_library(netgov_doc_snippets OBJECT ${NETGOV_SNIPPETS_CPP})
  target_link_libraries(netgov_doc_snippets PRIVATE netgov::netgov)
  add_test(NAME docs_snippets
    COMMAND ${CMAKE_COMMAND} --build ${PROJECT_BINARY_DIR} --target netgov_doc_snippets)
endif()
