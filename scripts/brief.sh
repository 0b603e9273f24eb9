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
# is up to date. Build messages go to stderr, so stdout is the brief alone; the
# exit code is netgov's.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/deps.sh
source "${root}/scripts/deps.sh"
netgov_install_deps

cd "${root}"
# Quiet when all is well; the whole log on stderr when the build fails.
log=$(mktemp)
trap 'rm -f "${log}"' EXIT
if ! { cmake --preset release &&
       cmake --build --preset release --target netgov_program; } >"${log}" 2>&1; then
  cat "${log}" >&2
  echo "brief.sh: building the netgov program failed (log above)" >&2
  exit 2
fi
rm -f "${log}"
trap - EXIT
exec "${root}/build/release/netgov" brief "$@"
