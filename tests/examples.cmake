# Every example program runs as a test and must exit 0.
foreach(example IN LISTS NETGOV_EXAMPLE_TARGETS)
  add_test(NAME ${example} COMMAND ${example})
endforeach()
