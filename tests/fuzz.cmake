# Fuzz targets (tests/fuzz/, docs/reliability.md "Fuzzing"): one executable
# per target, netgov_fuzz_<target>.
#
# With NETGOV_FUZZ (clang only; the fuzz preset) each is a libFuzzer program
# (-fsanitize=fuzzer; the preset builds the whole tree with
# -fsanitize=fuzzer-no-link,address,undefined so that coverage guides it),
# run by scripts/fuzz.sh. Without it, each links tests/fuzz/replay_main.cpp
# instead of libFuzzer. Either way ctest runs every target once over its seed
# corpus (tests/fuzz/corpus/<target>/) and its regression inputs
# (tests/fuzz/regressions/<target>/), test fuzz_replay_<target>, label fuzz.
set(NETGOV_FUZZ_TARGETS
  load     # bytes into the network loader (io::LoadNetwork, io::ReadNetwork)
  network  # a valid network mutated field by field, then every engine
  cli)     # the command line (cli::Run)
set(NETGOV_FUZZ_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz)

foreach(target IN LISTS NETGOV_FUZZ_TARGETS)
  set(name netgov_fuzz_${target})
  add_executable(${name} ${NETGOV_FUZZ_DIR}/${target}_fuzz.cpp)
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})
  target_link_libraries(${name} PRIVATE netgov_cli netgov::netgov nlohmann_json::nlohmann_json)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
  netgov_set_warnings(${name})
  set(inputs ${NETGOV_FUZZ_DIR}/corpus/${target})
  if(EXISTS ${NETGOV_FUZZ_DIR}/regressions/${target})
    list(APPEND inputs ${NETGOV_FUZZ_DIR}/regressions/${target})
  endif()
  if(NETGOV_FUZZ)
    target_compile_definitions(${name} PRIVATE NETGOV_FUZZ_MUTATOR)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    # -runs=0: execute every input of the directories once, then stop.
    add_test(NAME fuzz_replay_${target} COMMAND ${name} -runs=0 ${inputs})
  else()
    target_sources(${name} PRIVATE ${NETGOV_FUZZ_DIR}/replay_main.cpp)
    add_test(NAME fuzz_replay_${target} COMMAND ${name} ${inputs})
  endif()
  set_tests_properties(fuzz_replay_${target} PROPERTIES LABELS fuzz)
endforeach()

# The dictionaries are written by tests/fuzz/make_dict.py from the schema,
# the enums and the command table; this test fails when they are stale.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME fuzz_dict
           COMMAND ${Python3_EXECUTABLE} ${NETGOV_FUZZ_DIR}/make_dict.py --check)
  set_tests_properties(fuzz_dict PROPERTIES LABELS fuzz)
endif()
