# CSV output read back with Python's csv module and compared cell by cell with
# the JSON output of the same commands (tests/csv/check_csv.py), on the
# default network and on a network of hostile names (formula prefixes,
# commas, quotes, line breaks).
set(NETGOV_CSV_CHECK /usr/bin/python3 ${PROJECT_SOURCE_DIR}/tests/csv/check_csv.py
    $<TARGET_FILE:netgov_program>)
add_test(NAME csv_default_network
  COMMAND ${NETGOV_CSV_CHECK} ${PROJECT_SOURCE_DIR}/data/un-network-rdpm.netgov.json
          2021-01-01 2022-12-31 2021-12-06)
add_test(NAME csv_hostile_names
  COMMAND ${NETGOV_CSV_CHECK} ${PROJECT_SOURCE_DIR}/tests/csv/hostile.netgov.json
          2022-01-01 2022-12-31 2022-03-15)
