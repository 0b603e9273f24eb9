# NetgovStaticProgram: links the `netgov` program, and only it, against
# Abseil's static archives, so that it starts without loading some thirty
# libabsl_*.so files (most of its start-up time; see docs/benchmarks.md,
# "Whole process").
#
#   include(NetgovStaticProgram)
#   netgov_link_static_program(netgov_program LIBRARIES netgov_cli netgov_core ...)
#
# With NETGOV_STATIC_PROGRAM (default ON), every libabsl_*.a found next to the
# shared library of the imported absl::base target (Debian's libabsl-dev ships
# both) is linked in one group (--start-group/--end-group) with the netgov
# libraries, before the Abseil shared objects; with --as-needed
# the shared objects, then unused, drop out of the program. libstdc++ and
# libgcc are linked statically as well. The library targets, the tests and the
# installed package configuration are untouched: they keep using
# find_package(absl) as it is. Without the archives (an Abseil built only as
# shared objects), or with an Abseil found as static archives already, the
# program is linked as before, with a message; configuring never fails here.

option(NETGOV_STATIC_PROGRAM
  "Link the netgov program against Abseil's static archives and a static libstdc++"
  ON)

# netgov_imported_property(<out> <imported target> <property>): the property
# (IMPORTED_LOCATION, IMPORTED_SONAME, ...) as set for no configuration or,
# failing that, for the first imported configuration that sets it; false
# (<out>-NOTFOUND) if none does.
function(netgov_imported_property out target property)
  get_target_property(value ${target} ${property})
  if(NOT value)
    get_target_property(configs ${target} IMPORTED_CONFIGURATIONS)
    foreach(config IN LISTS configs)
      get_target_property(value ${target} ${property}_${config})
      if(value)
        break()
      endif()
    endforeach()
  endif()
  set(${out} "${value}" PARENT_SCOPE)
endfunction()

# netgov_link_static_program(<target> LIBRARIES <netgov library>...
#                            [ON_DEMAND <imported shared library> <source>]
#                            [LIBM_ON_DEMAND <source>]
#                            [STARTUP_FUNCTIONS <list file>])
#
# LIBRARIES: the static libraries <target> links (directly or not) that use
# Abseil; they are linked in one group with the archives.
#
# ON_DEMAND: a shared library that <target> opens with dlopen(3) when it
# first needs it rather than at start-up. <source> defines the few symbols
# the program takes from it (src/cli/simdjson_on_demand.cpp for simdjson),
# so that --as-needed drops the library from the program; it is compiled with
# NETGOV_SIMDJSON_SONAME, the library's SONAME. Skipped, with a message, when
# the library is not a shared object with a SONAME.
#
# LIBM_ON_DEMAND: <source> defines the C library's maths functions the
# program calls (src/cli/libm_on_demand.cpp), so that --as-needed drops
# libm.so.6 from the program; it opens libm when one of them is first
# called. Only with the GNU C library (<gnu/lib-names.h>).
#
# STARTUP_FUNCTIONS: the list of the program's code that start-up runs
# (cmake/netgov-startup-functions.txt, written by scripts/startup-order.sh);
# the linker places it together at the start of the code
# (netgov_order_startup_code below).
function(netgov_link_static_program target)
  cmake_parse_arguments(ARG "" "LIBM_ON_DEMAND;STARTUP_FUNCTIONS" "LIBRARIES;ON_DEMAND" ${ARGN})
  if(NOT NETGOV_STATIC_PROGRAM)
    return()
  endif()
  if(NOT TARGET absl::base)
    message(STATUS "NETGOV_STATIC_PROGRAM: no absl::base target; ${target} links Abseil as found")
    return()
  endif()
  get_target_property(base_type absl::base TYPE)
  if(NOT base_type STREQUAL "SHARED_LIBRARY")
    # Abseil found as static archives (or header-only): nothing to change.
    return()
  endif()

  # The shared object of absl::base, in whichever configuration it was imported.
  netgov_imported_property(base_location absl::base IMPORTED_LOCATION)
  if(NOT base_location)
    message(STATUS "NETGOV_STATIC_PROGRAM: absl::base has no imported location; ${target} links Abseil's shared objects")
    return()
  endif()

  get_filename_component(absl_dir "${base_location}" DIRECTORY)
  file(GLOB archives "${absl_dir}/libabsl_*.a")
  list(SORT archives)
  if(NOT archives)
    message(STATUS "NETGOV_STATIC_PROGRAM: no libabsl_*.a in ${absl_dir} (Debian: libabsl-dev); ${target} links Abseil's shared objects")
    return()
  endif()
  list(LENGTH archives count)
  message(STATUS "NETGOV_STATIC_PROGRAM: ${target} links ${count} Abseil archives from ${absl_dir}")

  # One link group (RESCAN: --start-group ... --end-group) of the netgov
  # libraries that use Abseil and the archives. CMake puts the group where the
  # libraries would be, which is before the Abseil shared objects they bring
  # (dependencies follow their users), so every Abseil symbol is found in an
  # archive and --as-needed leaves the shared objects out.
  string(JOIN "," group ${ARG_LIBRARIES} ${archives})
  target_link_libraries(${target} PRIVATE "$<LINK_GROUP:RESCAN,${group}>")
  target_link_options(${target} PRIVATE
    "LINKER:--as-needed" -static-libstdc++ -static-libgcc)
  # Fewer pages to map and touch at start-up (docs/benchmarks.md, "Start-up,
  # third pass"): sections nothing refers to are dropped (700 KB of the
  # archives' code), and relative relocations are packed (DT_RELR; GNU ld
  # 2.38 and glibc 2.36 on), so the loader reads a few hundred bytes of them
  # instead of about 100 KB. The program stays position-independent.
  include(CheckLinkerFlag)
  target_link_options(${target} PRIVATE "LINKER:--gc-sections")
  check_linker_flag(CXX "LINKER:-z,pack-relative-relocs" NETGOV_LINKER_HAS_RELR)
  if(NETGOV_LINKER_HAS_RELR)
    target_link_options(${target} PRIVATE "LINKER:-z,pack-relative-relocs")
  endif()
  # One section per function in the program's own objects (and so in the
  # netgov libraries' archives, which the tests link too), so that the linker
  # drops the unused ones and places the ones start-up runs together
  # (netgov_order_startup_code below).
  include(CheckCXXCompilerFlag)
  check_cxx_compiler_flag(-ffunction-sections NETGOV_CXX_HAS_FUNCTION_SECTIONS)
  if(NETGOV_CXX_HAS_FUNCTION_SECTIONS)
    foreach(library IN LISTS ARG_LIBRARIES)
      target_compile_options(${library} PRIVATE -ffunction-sections)
    endforeach()
    target_compile_options(${target} PRIVATE -ffunction-sections)
  endif()
  if(ARG_ON_DEMAND)
    netgov_open_on_demand(${target} ${ARG_ON_DEMAND})
  endif()
  if(ARG_LIBM_ON_DEMAND)
    netgov_libm_on_demand(${target} ${ARG_LIBM_ON_DEMAND})
  endif()
  if(ARG_STARTUP_FUNCTIONS AND NETGOV_CXX_HAS_FUNCTION_SECTIONS)
    netgov_order_startup_code(${target} ${ARG_STARTUP_FUNCTIONS})
  endif()
endfunction()

# netgov_libm_on_demand(<target> <source>): see LIBM_ON_DEMAND above.
function(netgov_libm_on_demand target source)
  include(CheckIncludeFileCXX)
  check_include_file_cxx(gnu/lib-names.h NETGOV_HAS_GNU_LIB_NAMES)
  if(NOT NETGOV_HAS_GNU_LIB_NAMES)
    return()
  endif()
  target_sources(${target} PRIVATE ${source})
  target_link_libraries(${target} PRIVATE ${CMAKE_DL_LIBS})
  # For the tests of <source> (tests/libm_on_demand.cmake).
  set_property(GLOBAL PROPERTY NETGOV_LIBM_ON_DEMAND ON)
endfunction()

# netgov_order_startup_code(<target> <list file>): see STARTUP_FUNCTIONS
# above. With -ffunction-sections each function of the program's own objects
# and of the static libstdc++ is a section named .text.<symbol> (Abseil's
# archives have one .text section an object). The list holds linker-script
# input sections, `*(.text.<symbol>)` or `*<archive>:<member>(.text)`, one a
# line; a linker script that GNU ld (and lld) add to their default one
# (INSERT BEFORE .text) gathers them into one output section ahead of the
# rest of the code. Start-up then touches a few consecutive pages of code
# instead of pages across the whole program, each a page fault
# (docs/benchmarks.md, "Start-up, fourth pass"). A linker that does not take
# the script (gold; checked with a trial link) links the program as before.
function(netgov_order_startup_code target list_file)
  file(STRINGS ${list_file} functions REGEX "^[*]")
  set(script "${CMAKE_CURRENT_BINARY_DIR}/${target}-startup-functions.ld")
  set(text "/* Generated by cmake/NetgovStaticProgram.cmake from ${list_file}. */\n")
  string(APPEND text "SECTIONS\n{\n  .text.netgov_startup :\n  {\n")
  foreach(section IN LISTS functions)
    string(APPEND text "    ${section}\n")
  endforeach()
  string(APPEND text "  }\n}\nINSERT BEFORE .text;\n")
  file(CONFIGURE OUTPUT ${script} CONTENT "${text}" @ONLY)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${list_file})
  include(CheckLinkerFlag)
  check_linker_flag(CXX "LINKER:-T,${script}" NETGOV_LINKER_TAKES_STARTUP_ORDER)
  if(NETGOV_LINKER_TAKES_STARTUP_ORDER)
    target_link_options(${target} PRIVATE "LINKER:-T,${script}")
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${script})
  endif()
endfunction()

# netgov_open_on_demand(<target> <imported shared library> <source>): see
# ON_DEMAND above.
function(netgov_open_on_demand target library source)
  if(NOT TARGET ${library})
    message(STATUS "NETGOV_STATIC_PROGRAM: no ${library}; ${target} links it as usual")
    return()
  endif()
  get_target_property(type ${library} TYPE)
  set(soname "")
  if(type STREQUAL "SHARED_LIBRARY")
    netgov_imported_property(soname ${library} IMPORTED_SONAME)
  endif()
  if(NOT soname)
    message(STATUS "NETGOV_STATIC_PROGRAM: ${library} is not a shared object with a SONAME; ${target} links it as usual")
    return()
  endif()
  message(STATUS "NETGOV_STATIC_PROGRAM: ${target} opens ${soname} when it first parses a file")
  target_sources(${target} PRIVATE ${source})
  target_compile_definitions(${target} PRIVATE NETGOV_SIMDJSON_SONAME="${soname}")
  # The header's include folder and compile definitions (they change its
  # layout), without linking the library.
  target_include_directories(${target} SYSTEM PRIVATE
    $<TARGET_PROPERTY:${library},INTERFACE_INCLUDE_DIRECTORIES>)
  target_compile_definitions(${target} PRIVATE
    $<TARGET_PROPERTY:${library},INTERFACE_COMPILE_DEFINITIONS>)
  target_link_libraries(${target} PRIVATE ${CMAKE_DL_LIBS})
  # For the tests of <source> (tests/on_demand.cmake).
  set_property(GLOBAL PROPERTY NETGOV_SIMDJSON_SONAME "${soname}")
endfunction()
