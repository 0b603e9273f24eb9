#!/usr/bin/env bash
# scripts/test.sh: builds everything and runs the whole test suite.
#
#   scripts/test.sh
#
# Installs missing Debian packages (scripts/deps.sh), then runs the `debug`
# workflow of CMakePresets.json: configure build/debug (Ninja, Debug, warnings
# as errors), build every target (library, program, tests, examples,
# benchmarks) with 2 jobs, and run ctest (--output-on-failure, 2 jobs). A
# second run rebuilds only what changed. Exits non-zero when anything fails.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/deps.sh
source "${root}/scripts/deps.sh"
netgov_install_deps

cd "${root}"
exec cmake --workflow --preset debug
