# README.md's "A first program" works as printed: tests/docs/readme_program.py
# copies the program out of the README (netgov_readme_program, built with the
# library's flags, -Werror in the presets) and the readme_first_program test
# runs it and checks that it prints exactly the output the README shows.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  set(NETGOV_README_PROGRAM_CPP ${CMAKE_CURRENT_BINARY_DIR}/readme_first_program.cpp)
  add_custom_command(OUTPUT ${NETGOV_README_PROGRAM_CPP}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/docs/readme_program.py
            --readme ${PROJECT_SOURCE_DIR}/README.md --out ${NETGOV_README_PROGRAM_CPP}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/docs/readme_program.py ${PROJECT_SOURCE_DIR}/README.md
    COMMENT "Extracting README.md's first program")
  add_executable(netgov_readme_program ${NETGOV_README_PROGRAM_CPP})
  target_link_libraries(netgov_readme_program PRIVATE netgov::netgov)
  netgov_set_warnings(netgov_readme_program)
  add_test(NAME readme_first_program
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/docs/readme_program.py
            --readme ${PROJECT_SOURCE_DIR}/README.md --run $<TARGET_FILE:netgov_readme_program>)
endif()
