#!/usr/bin/env bash
# scripts/cross-compiler-outputs.sh: the netgov programs built by two
# compilers print the same bytes.
#
#   scripts/cross-compiler-outputs.sh GCC_BUILD_DIR CLANG_BUILD_DIR
#   scripts/cross-compiler-outputs.sh build/release build/fuzz
#
# Runs GCC_BUILD_DIR/netgov and CLANG_BUILD_DIR/netgov on every `$ netgov ...`
# example of README.md and docs/*.md (the commands the docs_examples test
# checks, with the same named network files) and compares standard output,
# standard error and exit status byte for byte (tests/docs/compare_runs.py).
# Prints a diff for each example that differs and exits 1 then; 0 when
# every example agrees; 2 on bad usage.
set -euo pipefail

if (($# != 2)); then
  echo "usage: $0 GCC_BUILD_DIR CLANG_BUILD_DIR" >&2
  exit 2
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
for dir in "$1" "$2"; do
  if [[ ! -x "${dir}/netgov" ]]; then
    echo "$0: ${dir}/netgov: no netgov program there (build the preset first)" >&2
    exit 2
  fi
done
exec python3 "${root}/tests/docs/compare_runs.py" \
  --program "$1/netgov" --other "$2/netgov" --root "${root}"
