#!/usr/bin/env bash
# scripts/coverage.sh: line and branch coverage of the library, from a build
# of the coverage preset whose tests have run.
#
#   cmake --workflow --preset coverage     # build, run ctest (profiles)
#   scripts/coverage.sh                    # report on build/coverage
#   scripts/coverage.sh BUILD_DIR --html   # also BUILD_DIR/coverage/html/
#
# The coverage preset is clang++-14 with source-based coverage
# (-fprofile-instr-generate -fcoverage-mapping); its test preset has every
# test process add its counts to BUILD_DIR/profiles/*.profraw. This script
# merges them with llvm-profdata-14 and reads them with llvm-cov-14 against
# every instrumented program of the build (the tests, the netgov program,
# the examples, the fuzz targets).
#
# Counts the library's own sources, src/ outside src/cli/ (the netgov
# program's command-line layer, which the issue leaves out of the measure),
# and gates on them: exit 1 when lines < kMinLines % or branches <
# kMinBranches %, 0 otherwise (2 on bad usage or when there is nothing to
# read). Not counted: src/cli/, the public headers (include/netgov/), the
# tests, the examples, the generated file that embeds the default network
# (in the build directory) and the system headers.
#
# Lines and branches are llvm-cov's: a line counts when code on it ran; a
# branch is one outcome (true or false) of one condition in the source (an
# `if`, a loop test, each operand of && and ||, `?:`), so a condition gives
# two. Sanitizer checks, exception edges and code inlined from the
# libraries are not branches of the source and are not counted
# (docs/reliability.md, "Coverage").
#
# Writes into BUILD_DIR/coverage/: netgov.profdata (the merged counts),
# summary.json (llvm-cov export -summary-only), files.txt (llvm-cov report,
# per file), lines.txt and branches.txt (per file, least covered first,
# with the uncovered line numbers in lines.txt), and with --html an HTML
# report of the sources (html/index.html).
set -euo pipefail

# Measured 30 November 2026 (docs/reliability.md, "Coverage"); the gates
# sit a little under the measure so coverage cannot fall unnoticed.
readonly kMinLines=95
readonly kMinBranches=90

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
for tool in llvm-profdata-14 llvm-cov-14; do
  if ! command -v "${tool}" >/dev/null; then
    echo "$0: ${tool} is not installed (scripts/deps.sh installs llvm-14)" >&2
    exit 2
  fi
done
shopt -s nullglob
profiles=("${build}"/profiles/*.profraw)
shopt -u nullglob
if ((${#profiles[@]} == 0)); then
  echo "$0: no coverage data (${build}/profiles/*.profraw): build the coverage preset and run its tests (cmake --workflow --preset coverage)" >&2
  exit 2
fi

out=${build}/coverage
mkdir -p "${out}"
llvm-profdata-14 merge -sparse -o "${out}/netgov.profdata" "${profiles[@]}"

# Every program of the build that carries coverage mapping (the installed
# copy under install-test/ is the same code and is left out).
objects=()
while IFS= read -r -d '' file; do
  if [[ "$(head -c 4 "${file}" | od -An -c | tr -d ' ')" == '177ELF' ]] &&
     llvm-objdump-14 --section-headers "${file}" 2>/dev/null | grep -q '__llvm_covmap'; then
    objects+=(-object "${file}")
  fi
done < <(find "${build}" -path "${build}/install-test" -prune -o \
           -path '*/CMakeFiles' -prune -o -type f -perm -u+x -print0 | sort -z)
if ((${#objects[@]} == 0)); then
  echo "$0: no instrumented program in ${build} (was it built with the coverage preset?)" >&2
  exit 2
fi

# The library's sources: src/ outside src/cli/. The files are named as the
# compiler saw them (absolute, or relative to the build folder when ccache's
# CCACHE_BASEDIR rewrote them), so the filter is a pattern: leave out the
# system headers, the public headers, tests, examples and benchmarks, the
# CLI, and the files generated into the build folder (build/PRESET/src/...);
# the Python below keeps exactly the files under src/ outside src/cli/.
ignore='^/usr/|/(include|tests|examples|benchmarks)/|/src/cli/|/build/[^/]+/src/'
args=(-instr-profile "${out}/netgov.profdata" -ignore-filename-regex="${ignore}"
      "${objects[1]}" "${objects[@]:2}")
# (llvm-cov takes the first program as a positional argument and the others
# as -object; objects holds pairs: -object FILE.)

llvm-cov-14 export -summary-only "${args[@]}" > "${out}/summary.json"
llvm-cov-14 export -format=lcov "${args[@]}" > "${out}/coverage.lcov"
llvm-cov-14 report -show-branch-summary "${args[@]}" > "${out}/files.txt"
if ((html)); then
  llvm-cov-14 show -format=html -show-branches=count -output-dir "${out}/html" \
    -project-title "netgov: coverage of src/ outside src/cli/" "${args[@]}"
fi

status=0
if python3 - "${out}" "${root}" "${kMinLines}" "${kMinBranches}" <<'EOF'
import collections, json, os, sys
out, root = sys.argv[1], sys.argv[2]
min_lines, min_branches = float(sys.argv[3]), float(sys.argv[4])
data = json.load(open(os.path.join(out, "summary.json")))["data"][0]
src, cli = os.path.join(root, "src") + os.sep, os.path.join(root, "src", "cli") + os.sep

def library_file(name):
    """The path relative to the root if NAME is under src/ outside src/cli/."""
    name = os.path.normpath(name)
    if name.startswith(src) and not name.startswith(cli):
        return os.path.relpath(name, root)
    return None

def pct(covered, total):
    return 100.0 * covered / total if total else 100.0

# Uncovered lines per file from the lcov export (DA:line,count).
missed = collections.defaultdict(list)
current = None
for line in open(os.path.join(out, "coverage.lcov")):
    if line.startswith("SF:"):
        current = library_file(line[3:].strip())
    elif line.startswith("DA:") and current:
        number, count = line[3:].strip().split(",")[:2]
        if int(count) == 0:
            missed[current].append(int(number))

def ranges(numbers):
    parts, start, prev = [], None, None
    for n in sorted(numbers):
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            parts.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = n
    if start is not None:
        parts.append(f"{start}" if start == prev else f"{start}-{prev}")
    return ",".join(parts)

files = []
for f in data["files"]:
    name = library_file(f["filename"])
    if name is None:
        continue
    s = f["summary"]
    files.append((name, s["lines"]["covered"], s["lines"]["count"],
                  s["branches"]["covered"], s["branches"]["count"]))
with open(os.path.join(out, "lines.txt"), "w") as w:
    w.write(f"{'file':<48} {'lines':>13} {'share':>7}  not run\n")
    for name, lc, lt, _, _ in sorted(files, key=lambda x: (pct(x[1], x[2]), x[0])):
        w.write(f"{name:<48} {lc:>6}/{lt:<6} {pct(lc, lt):6.1f}%  {ranges(missed[name])}\n")
with open(os.path.join(out, "branches.txt"), "w") as w:
    w.write(f"{'file':<48} {'branches':>13} {'share':>7}\n")
    for name, _, _, bc, bt in sorted(files, key=lambda x: (pct(x[3], x[4]), x[0])):
        w.write(f"{name:<48} {bc:>6}/{bt:<6} {pct(bc, bt):6.1f}%\n")

lines = (sum(f[1] for f in files), sum(f[2] for f in files))
branches = (sum(f[3] for f in files), sum(f[4] for f in files))
print(f"src/ outside src/cli/, {len(files)} files:")
print(f"  lines:    {pct(*lines):5.1f} % ({lines[0]} of {lines[1]}), at least {min_lines:.0f} % needed")
print(f"  branches: {pct(*branches):5.1f} % ({branches[0]} of {branches[1]}), at least {min_branches:.0f} % needed")
sys.exit(1 if pct(*lines) < min_lines or pct(*branches) < min_branches else 0)
EOF
then :; else status=$?; fi
echo "per file: ${out}/lines.txt, ${out}/branches.txt, ${out}/files.txt$( ((html)) && echo ", ${out}/html/index.html")"
exit "${status}"
