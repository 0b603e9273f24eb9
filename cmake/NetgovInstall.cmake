# Installs headers, the component libraries, the netgov program and a CMake
# package: find_package(netgov CONFIG) gives netgov::netgov (and the
# components netgov::core, netgov::rotation, netgov::calendar, netgov::graph);
# and a pkg-config file, netgov.pc.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/netgov
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS netgov netgov_core netgov_rotation netgov_calendar netgov_graph
        EXPORT netgovTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS netgov_program RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/data/schema/netgov-1.schema.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/netgov)
install(EXPORT netgovTargets
        NAMESPACE netgov::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/netgov)

configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/netgovConfig.cmake.in
  ${PROJECT_BINARY_DIR}/netgovConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/netgov)
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/netgovConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/netgovConfig.cmake
              ${PROJECT_BINARY_DIR}/netgovConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/netgov)

# pkg-config: netgov.pc in <libdir>/pkgconfig, for builds that do not use
# CMake. It names the static components, graph before the ones it needs, and
# Abseil's own pkg-config modules (Debian ships absl_*.pc) for what the
# archives call.
file(RELATIVE_PATH NETGOV_PC_PREFIX_FROM_PCDIR
     /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
string(REGEX REPLACE "/$" "" NETGOV_PC_PREFIX_FROM_PCDIR "${NETGOV_PC_PREFIX_FROM_PCDIR}")
set(NETGOV_PC_REQUIRES
    "absl_status absl_statusor absl_strings absl_str_format absl_time absl_civil_time"
    "absl_flat_hash_map absl_flat_hash_set absl_hash absl_inlined_vector absl_function_ref"
    "simdjson")
list(JOIN NETGOV_PC_REQUIRES " " NETGOV_PC_REQUIRES)
configure_file(${PROJECT_SOURCE_DIR}/cmake/netgov.pc.in ${PROJECT_BINARY_DIR}/netgov.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/netgov.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
