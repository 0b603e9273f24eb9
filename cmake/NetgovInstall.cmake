# Installs headers, the component libraries, the netgov program and a CMake
# package: find_package(netgov CONFIG) gives netgov::netgov (and the
# components netgov::core, netgov::rotation, netgov::calendar, netgov::graph).
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
