# cmake -DNETGOV_BINARY_DIR=... -DCONSUMER_SOURCE_DIR=... -DWORK_DIR=...
#       -DGENERATOR=... -DCXX_COMPILER=... -DBUILD_TYPE=...
#       [-DCXX_FLAGS=...] [-DEXE_LINKER_FLAGS=...] -P install_test.cmake
#
# Installs the netgov build in NETGOV_BINARY_DIR into WORK_DIR/prefix, then
# configures, builds and runs the consumer project against that prefix only;
# then builds the same consumer by hand with the flags
# `pkg-config --cflags --libs netgov` gives (netgov.pc from the prefix), and
# runs it.
# WORK_DIR is emptied first, so every run starts from nothing.
foreach(var NETGOV_BINARY_DIR CONSUMER_SOURCE_DIR WORK_DIR GENERATOR CXX_COMPILER)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "install_test.cmake: -D${var}=... is required")
  endif()
endforeach()
if("${BUILD_TYPE}" STREQUAL "")
  set(BUILD_TYPE Debug)
endif()

set(prefix ${WORK_DIR}/prefix)
set(consumer_build ${WORK_DIR}/consumer-build)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

# run_step(<what> <command...>): runs a command, stops the test if it fails.
function(run_step what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "install_test.cmake: ${what} failed (${result}): ${ARGN}")
  endif()
endfunction()

run_step("install" ${CMAKE_COMMAND} --install ${NETGOV_BINARY_DIR}
         --prefix ${prefix} --config ${BUILD_TYPE})

foreach(installed
    include/netgov/network/network.hpp
    share/netgov/netgov-1.schema.json
    bin/netgov)
  if(NOT EXISTS ${prefix}/${installed})
    message(FATAL_ERROR "install_test.cmake: ${prefix}/${installed} was not installed")
  endif()
endforeach()

# The user package registry is off: the consumer may find netgov only in the
# prefix, never in the build tree.
run_step("configure the consumer" ${CMAKE_COMMAND}
         -S ${CONSUMER_SOURCE_DIR} -B ${consumer_build} -G ${GENERATOR}
         -DCMAKE_BUILD_TYPE=${BUILD_TYPE}
         -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
         "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
         "-DCMAKE_EXE_LINKER_FLAGS=${EXE_LINKER_FLAGS}"
         -DCMAKE_PREFIX_PATH=${prefix}
         -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
# The package must have come from the prefix, not from the build tree or a
# copy installed elsewhere on the machine.
file(STRINGS ${consumer_build}/CMakeCache.txt found_dir REGEX "^netgov_DIR:")
if(NOT found_dir MATCHES "=${prefix}/")
  message(FATAL_ERROR "install_test.cmake: netgov was found outside ${prefix}: ${found_dir}")
endif()
run_step("build the consumer" ${CMAKE_COMMAND} --build ${consumer_build})
run_step("run the consumer" ${consumer_build}/netgov_consumer)

# The same program, built without CMake: compiler flags from pkg-config only.
find_program(PKG_CONFIG pkg-config)
if(NOT PKG_CONFIG)
  message(FATAL_ERROR "install_test.cmake: pkg-config is not installed (scripts/deps.sh)")
endif()
file(GLOB_RECURSE pc_files ${prefix}/*/netgov.pc)
list(LENGTH pc_files pc_count)
if(NOT pc_count EQUAL 1)
  message(FATAL_ERROR "install_test.cmake: expected one netgov.pc under ${prefix}, found: ${pc_files}")
endif()
get_filename_component(pc_dir ${pc_files} DIRECTORY)
set(ENV{PKG_CONFIG_PATH} ${pc_dir})
execute_process(COMMAND ${PKG_CONFIG} --cflags --libs netgov
                OUTPUT_VARIABLE pc_flags OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "install_test.cmake: pkg-config --cflags --libs netgov failed (${result})")
endif()
# The headers are those of the prefix (the .pc finds it from its own place).
execute_process(COMMAND ${PKG_CONFIG} --variable=includedir netgov
                OUTPUT_VARIABLE pc_includedir OUTPUT_STRIP_TRAILING_WHITESPACE)
file(REAL_PATH "${pc_includedir}" pc_includedir)
file(REAL_PATH ${prefix}/include prefix_includedir)
if(NOT pc_includedir STREQUAL prefix_includedir OR NOT pc_flags MATCHES "-I")
  message(FATAL_ERROR "install_test.cmake: netgov.pc names headers in '${pc_includedir}', "
                      "not ${prefix_includedir}: ${pc_flags}")
endif()
separate_arguments(pc_flags UNIX_COMMAND "${pc_flags}")
separate_arguments(cxx_flags UNIX_COMMAND "${CXX_FLAGS}")
separate_arguments(linker_flags UNIX_COMMAND "${EXE_LINKER_FLAGS}")
set(pc_consumer ${WORK_DIR}/netgov_pkg_config_consumer)
run_step("build the consumer with pkg-config" ${CXX_COMPILER} -std=c++20
         -Wall -Wextra -Wpedantic -Werror ${cxx_flags}
         ${CONSUMER_SOURCE_DIR}/main.cpp -o ${pc_consumer} ${linker_flags} ${pc_flags})
execute_process(COMMAND ${pc_consumer} OUTPUT_VARIABLE pc_output RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "install_test.cmake: the pkg-config consumer failed (${result}): ${pc_output}")
endif()
message("pkg-config ${pc_output}")
