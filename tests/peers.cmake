# The peer programs of benchmarks/peers/ (NetworkX and python-igraph) and
# `netgov analyze` agree on a generated network of 200 entities as of
# 2021-12-06: roles per entity, raw betweenness (relative 1e-9), the
# co-membership projection and the articulation points. The timing comparison
# itself is a benchmark (benchmarks/peers/compare.py, docs/benchmarks.md),
# never a test.
add_test(NAME peers_agree
  COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/benchmarks/peers/compare.py
          --netgov $<TARGET_FILE:netgov_program> --sizes 200 --check-only
          --workdir ${CMAKE_CURRENT_BINARY_DIR}/peers)
set_tests_properties(peers_agree PROPERTIES
  PASS_REGULAR_EXPRESSION "N=200: netgov, networkx and igraph agree")
