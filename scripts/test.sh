#!/usr/bin/env bash
# scripts/test.sh: builds everything and runs the whole test suite.
#
#   scripts/test.sh
#
# Installs missing Debian packages (scripts/deps.sh), then runs the `release`
# workflow of CMakePresets.json: configure build/release (Ninja, Release,
# g++-12, warnings as errors), build every target (library, program, tests,
# examples, benchmarks) with 2 jobs, and run ctest (--output-on-failure, 2
# jobs). Release, because that is how embedders and the program are built
# (and g++'s optimiser warns where the debug build does not); the Debug
# builds are the sanitizer presets (asan, coverage, fuzz; see README,
# "Building"), and `cmake --workflow --preset debug` is the same for a debug
# build. It shares build/release with scripts/brief.sh. A second run
# rebuilds only what changed. Exits non-zero when anything fails.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/deps.sh
source "${root}/scripts/deps.sh"
netgov_install_deps

cd "${root}"
exec cmake --workflow --preset release
