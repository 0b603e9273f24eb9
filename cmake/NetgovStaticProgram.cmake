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

# netgov_link_static_program(<target> LIBRARIES <netgov library>...)
#
# LIBRARIES: the static libraries <target> links (directly or not) that use
# Abseil; they are linked in one group with the archives.
function(netgov_link_static_program target)
  cmake_parse_arguments(ARG "" "" "LIBRARIES" ${ARGN})
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
  get_target_property(base_location absl::base IMPORTED_LOCATION)
  if(NOT base_location)
    get_target_property(configs absl::base IMPORTED_CONFIGURATIONS)
    foreach(config IN LISTS configs)
      get_target_property(base_location absl::base IMPORTED_LOCATION_${config})
      if(base_location)
        break()
      endif()
    endforeach()
  endif()
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
endfunction()
