# iCalendar output read back with an independent parser (Python's icalendar
# and dateutil, Debian's python3-icalendar) and compared field by field with
# the JSON output of the same commands: tests/ical/check_ical.py. Exit 77
# (modules missing) is a skip.
set(NETGOV_ICAL_CHECK /usr/bin/python3 ${PROJECT_SOURCE_DIR}/tests/ical/check_ical.py
    $<TARGET_FILE:netgov_program>)

add_test(NAME ical_default_network
  COMMAND ${NETGOV_ICAL_CHECK} ${PROJECT_SOURCE_DIR}/data/un-network-rdpm.netgov.json
          2021-12-01 2025-12-31 2021-12-06)
add_test(NAME ical_recurrences_and_zones
  COMMAND ${NETGOV_ICAL_CHECK} ${PROJECT_SOURCE_DIR}/tests/ical/recurring.netgov.json
          2022-01-01 2032-12-31 2022-01-01)
set_tests_properties(ical_default_network ical_recurrences_and_zones PROPERTIES
  SKIP_RETURN_CODE 77)
add_test(NAME ical_moved_occurrences
  COMMAND ${NETGOV_ICAL_CHECK} ${PROJECT_SOURCE_DIR}/tests/ical/edges.netgov.json
          2021-12-01 2028-12-31 2021-12-01)
set_tests_properties(ical_moved_occurrences PROPERTIES SKIP_RETURN_CODE 77)
