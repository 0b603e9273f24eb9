#!/usr/bin/env bash
# scripts/brief.sh [netgov options...]: `netgov brief` on the embedded default
# network, as of today unless --as-of is given.
#
#   scripts/brief.sh                            # today
#   scripts/brief.sh --as-of 2022-01-15 --format json
#
# Installs missing Debian packages (scripts/deps.sh), configures the `release`
# preset (build/release), builds only the netgov program and runs
# `build/release/netgov brief "$@"`. A second run only checks that the program
# is up to date. Build messages go to stderr, and only when the build fails, so
# stdout is the brief alone; the exit code is netgov's (2 if the build fails).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/deps.sh
source "${root}/scripts/deps.sh"
# shellcheck source=scripts/program.sh
source "${root}/scripts/program.sh"
netgov_install_deps
netgov_build_program "${root}" "${root}/build/release" || exit 2
exec "${root}/build/release/netgov" brief "$@"
