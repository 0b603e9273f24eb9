# Determinism across processes: every `$ netgov ...` example of README.md and
# docs/*.md (the ones docs_examples checks against the docs) is run twice, as
# two separate processes, and the two outputs (stdout, stderr, exit status)
# must be equal byte for byte (tests/docs/compare_runs.py). The same script
# compares the g++ and the clang++ programs: scripts/cross-compiler-outputs.sh.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME docs_examples_two_runs
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/docs/compare_runs.py
            --program $<TARGET_FILE:netgov_program> --root ${PROJECT_SOURCE_DIR})
endif()
