# cmake -DNETGOV_BINARY_DIR=... -DCONSUMER_SOURCE_DIR=... -DWORK_DIR=...
#       -DGENERATOR=... -DCXX_COMPILER=... -DBUILD_TYPE=...
#       [-DCXX_FLAGS=...] [-DEXE_LINKER_FLAGS=...] -P install_test.cmake
#
# Installs the netgov build in NETGOV_BINARY_DIR into WORK_DIR/prefix, then
# configures, builds and runs the consumer project against that prefix only.
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
