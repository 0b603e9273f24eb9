#!/usr/bin/env bash
# scripts/program.sh: builds the netgov program in Release, quietly. Sourced
# by scripts/brief.sh and scripts/bench-brief.sh:
#
#   source scripts/program.sh
#   netgov_build_program "${root}" "${root}/build/release" || exit 2
#
# netgov_build_program ROOT BUILD_DIR
#
# Configures the `release` preset of ROOT into BUILD_DIR and builds only the
# `netgov_program` target (BUILD_DIR/netgov). Prints nothing when all is well;
# the whole configure and build log on stderr when something fails, and
# returns non-zero.
netgov_build_program() {
  local root=$1 build=$2 log status=0
  log=$(mktemp)
  {
    cmake -S "${root}" --preset release -B "${build}" &&
    cmake --build "${build}" --target netgov_program -j2
  } >"${log}" 2>&1 || status=$?
  if ((status != 0)); then
    cat "${log}" >&2
    echo "building the netgov program in ${build} failed (log above)" >&2
  fi
  rm -f "${log}"
  return "${status}"
}
