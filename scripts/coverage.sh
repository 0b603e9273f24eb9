#!/usr/bin/env bash
# scripts/coverage.sh: line and branch coverage of the library, from a build
# of the coverage preset whose tests have run.
#
#   cmake --workflow --preset coverage     # build with --coverage, run ctest
#   scripts/coverage.sh                    # report on build/coverage
#   scripts/coverage.sh BUILD_DIR --html   # also BUILD_DIR/coverage/index.html
#
# Counts the library's own sources, src/ outside src/cli/ (the netgov
# program's command-line layer, which the issue leaves out of the measure),
# and gates on them: exit 1 when lines < 93 % or branches < 75 %, 0 otherwise
# (2 on bad usage or when there is nothing to read). Not counted:
#   - src/cli/: the program; its tests run it, but it is not the library;
#   - the public headers (include/netgov/), the tests, the examples, the
#     generated file that embeds the default network's JSON (a byte array,
#     in the build directory) and the system headers (Boost, Abseil,
#     nlohmann-json, the standard library): not the library's sources in
#     src/, or not code of ours.
# gcovr's options, as mature projects set them (docs/reliability.md,
# "Coverage"):
#   --gcov-executable gcov-12          the gcov of the compiler that built
#                                      (g++-12: the .gcno format is per version)
#   --exclude-throw-branches           no exception crosses netgov's API (errors
#                                      are absl::Status values): the branches
#                                      g++ adds to every call that could throw
#                                      (std::bad_alloc from an allocation,
#                                      unwinding to a destructor) are not
#                                      decisions of the code and no test can
#                                      take them
#   --exclude-unreachable-branches     branches on lines with no source code of
#                                      their own (a closing brace, compiler-made
#                                      destructor calls)
# Writes into BUILD_DIR/coverage/: coverage.json (everything, for merging
# with --add-tracefile), summary.json, lines.txt and branches.txt (per file,
# least covered first), and with --html an HTML report with the source of
# each file (index.html).
set -euo pipefail

# The aims are 95 % of lines and 90 % of branches; the gates sit a little
# under what was measured (docs/reliability.md, "Coverage": 95.2 % and
# 79.1 % with the library's own suites), so that coverage cannot fall
# unnoticed while the misses are worked down to the aims.
readonly kMinLines=93
readonly kMinBranches=75

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=""
html=0
for arg in "$@"; do
  case "${arg}" in
    --html) html=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "$0: unknown option '${arg}'; expected --html" >&2; exit 2 ;;
    *)
      if [[ -n "${build}" ]]; then
        echo "usage: $0 [BUILD_DIR] [--html]" >&2
        exit 2
      fi
      build=${arg}
      ;;
  esac
done
build=$(cd "${build:-${root}/build/coverage}" 2>/dev/null && pwd) || {
  echo "$0: ${build:-build/coverage}: no such build directory (cmake --workflow --preset coverage)" >&2
  exit 2
}
if ! command -v gcovr >/dev/null; then
  echo "$0: gcovr is not installed (scripts/deps.sh installs it)" >&2
  exit 2
fi
if [[ -z "$(find "${build}" -name '*.gcda' -print -quit)" ]]; then
  echo "$0: no coverage data (*.gcda) in ${build}: build the coverage preset and run its tests" >&2
  exit 2
fi

out=${build}/coverage
mkdir -p "${out}"
cd "${root}"
# One run of gcov over the objects; the reports below read its JSON.
gcovr --root "${root}" --object-directory "${build}" \
  --gcov-executable gcov-12 -j 2 \
  --filter "${root}/src/" --exclude "${root}/src/cli/" \
  --exclude-throw-branches --exclude-unreachable-branches \
  --json "${out}/coverage.json"
report=(gcovr --root "${root}" --add-tracefile "${out}/coverage.json")
"${report[@]}" --sort-percentage --txt "${out}/lines.txt"
"${report[@]}" --sort-percentage --branches --txt "${out}/branches.txt"
"${report[@]}" --json-summary-pretty --json-summary "${out}/summary.json"
if ((html)); then
  "${report[@]}" --html-details "${out}/index.html" \
    --html-title "netgov: coverage of src/ outside src/cli/"
fi

status=0
if python3 - "${out}/summary.json" "${kMinLines}" "${kMinBranches}" <<'EOF'
import json, sys
summary = json.load(open(sys.argv[1]))
min_lines, min_branches = float(sys.argv[2]), float(sys.argv[3])
lines = (summary["line_covered"], summary["line_total"])
branches = (summary["branch_covered"], summary["branch_total"])
def pct(covered, total):
    return 100.0 * covered / total if total else 100.0
print(f"src/ outside src/cli/, {len(summary['files'])} files:")
print(f"  lines:    {pct(*lines):5.1f} % ({lines[0]} of {lines[1]}), at least {min_lines:.0f} % needed")
print(f"  branches: {pct(*branches):5.1f} % ({branches[0]} of {branches[1]}), at least {min_branches:.0f} % needed")
low = pct(*lines) < min_lines or pct(*branches) < min_branches
sys.exit(1 if low else 0)
EOF
then :; else status=$?; fi
echo "per file: ${out}/lines.txt, ${out}/branches.txt$( ((html)) && echo ", ${out}/index.html")"
exit "${status}"
