#!/usr/bin/env bash
# scripts/deps.sh: installs the Debian 12 packages netgov needs, and only the
# missing ones.
#
# This is the ONE list of build, test and tool dependencies. scripts/brief.sh
# and scripts/test.sh source this file and call `netgov_install_deps`; run it
# directly to install everything:
#
#   scripts/deps.sh                 # the list below
#   scripts/deps.sh hyperfine       # the list below plus extra packages
#
# Each package is checked with `dpkg-query -W`; when some are missing it runs
# `apt-get update` once and `apt-get install -y --no-install-recommends` for
# the missing ones, as root, or through sudo when not root. When nothing is
# missing it does nothing (and needs no network). Nothing else is ever
# downloaded: every dependency of the build is a Debian package.

# NETGOV_DEBIAN_PACKAGES
#
# One package a line; add yours with a comment saying what needs it.
NETGOV_DEBIAN_PACKAGES=(
  cmake               # build (3.25)
  ninja-build         # the presets' generator
  g++                 # g++-12: presets debug, release, asan
  clang-14            # clang++-14: preset clang-debug
  libboost-dev        # Boost.Date_Time, Boost.Graph (headers)
  libabsl-dev         # Abseil 20220623: Status, strings, containers, time zones
  nlohmann-json3-dev  # JSON network files
  libsimdjson-dev     # simdjson 3.0: the fast path of the JSON loader (src/io/json.cpp)
  libgtest-dev        # GoogleTest
  libgmock-dev        # GoogleMock
  googletest          # GoogleTest sources and CMake package files
  libbenchmark-dev    # Google Benchmark (benchmarks/)
  tzdata              # /usr/share/zoneinfo for absl::TimeZone
  graphviz            # tests that lay out `netgov graph --format dot` output
  python3             # tests/data/validate_schema.py
  python3-jsonschema  # schema tests
  python3-icalendar   # iCalendar output tests
  python3-recurring-ical-events  # tests/ical: an independent RRULE + override expander
  doxygen             # the API reference (docs target, ctest api_reference)
  pkg-config          # the install test builds a consumer with `pkg-config --libs netgov`
  librsvg2-bin        # rsvg-convert: the timeline_render test renders `netgov timeline` SVGs
  chromium            # headless Chromium: the brief_html_chromium test loads `brief --format html`
  llvm-14             # llvm-cov-14, llvm-profdata-14: scripts/coverage.sh (coverage preset)
  python3-networkx    # benchmarks/peers: the NetworkX peer of `analyze` (ctest peers_agree)
  python3-igraph      # benchmarks/peers: the python-igraph peer of `analyze` (ctest peers_agree)
  librapidcheck-dev   # RapidCheck: the property tests (tests/property/, ctest -L property)
)

# netgov_missing_packages [PACKAGE...]
#
# Prints, one a line, those of the given packages that are not installed.
netgov_missing_packages() {
  local package status
  for package in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "${package}" 2>/dev/null || true)
    if [[ "${status}" != *"install ok installed"* ]]; then
      echo "${package}"
    fi
  done
}

# netgov_install_deps [EXTRA_PACKAGE...]
#
# Installs whatever is missing of NETGOV_DEBIAN_PACKAGES and the extra
# packages. Messages go to stderr, so a caller's stdout stays clean. Returns
# non-zero when packages are missing and cannot be installed.
netgov_install_deps() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "deps.sh: not a Debian system (no dpkg-query); install by hand:" \
         "${NETGOV_DEBIAN_PACKAGES[*]} $*" >&2
    return 0
  fi
  local missing
  mapfile -t missing < <(netgov_missing_packages "${NETGOV_DEBIAN_PACKAGES[@]}" "$@")
  if ((${#missing[@]} == 0)); then
    return 0
  fi
  local -a as_root=()
  if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1; then
      as_root=(sudo)
    else
      echo "deps.sh: missing Debian packages: ${missing[*]}; not root and no sudo:" \
           "run 'apt-get install ${missing[*]}' as root" >&2
      return 1
    fi
  fi
  echo "deps.sh: installing ${missing[*]}" >&2
  {
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update &&
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y --no-install-recommends "${missing[@]}"
  } >&2
}

# Run directly: install the list plus any packages named on the command line.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  netgov_install_deps "$@"
fi
