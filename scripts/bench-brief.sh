#!/usr/bin/env bash
# scripts/bench-brief.sh [RUNS]: `netgov brief` as a whole process against the
# start-up of a trivial C++ program. The goal: the brief within 2x.
#
#   scripts/bench-brief.sh          # 300 runs each (after 30 warm-up runs)
#   scripts/bench-brief.sh 1000
#   NETGOV_BUILD_DIR=build-x scripts/bench-brief.sh   # another build folder
#
# Builds the netgov program with the `release` preset (in build/release, or
# NETGOV_BUILD_DIR), and `int main() {}` with the same compiler, flags and
# linker flags as that build (read from its CMakeCache.txt) into its bench/.
# Both are timed with hyperfine (Debian package, installed here if missing;
# no shell in between, --shell=none); without hyperfine, with a loop of RUNS
# runs timed by `date +%s%N`. Prints both means and their ratio, and exits 1
# if the ratio is above 2. The brief runs on the embedded default network with
# a fixed --as-of date, so every run does the same work.
set -euo pipefail

runs=${1:-300}
warmup=30
as_of=2022-01-15
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/deps.sh
source "${root}/scripts/deps.sh"
# shellcheck source=scripts/program.sh
source "${root}/scripts/program.sh"
netgov_install_deps
netgov_install_deps hyperfine || echo "bench-brief.sh: no hyperfine; timing a loop" >&2

build=${NETGOV_BUILD_DIR:-${root}/build/release}
netgov_build_program "${root}" "${build}"

# cache_value NAME: a value from the release build's CMakeCache.txt.
cache_value() {
  sed -n "s/^$1:[A-Z]*=//p" "${build}/CMakeCache.txt"
}
compiler=$(cache_value CMAKE_CXX_COMPILER)
read -r -a cxx_flags <<<"$(cache_value CMAKE_CXX_FLAGS) $(cache_value CMAKE_CXX_FLAGS_RELEASE)"
read -r -a link_flags <<<"$(cache_value CMAKE_EXE_LINKER_FLAGS) $(cache_value CMAKE_EXE_LINKER_FLAGS_RELEASE)"
mkdir -p "${build}/bench"
printf 'int main() {}\n' >"${build}/bench/trivial.cpp"
"${compiler}" -std=c++20 "${cxx_flags[@]}" "${link_flags[@]}" \
  "${build}/bench/trivial.cpp" -o "${build}/bench/trivial"

netgov=("${build}/netgov" --as-of "${as_of}" brief)
trivial=("${build}/bench/trivial")
# The brief must succeed, or we would time an error message.
"${netgov[@]}" >/dev/null

echo "compiler: ${compiler} $("${compiler}" -dumpversion); flags: ${cxx_flags[*]}"
echo "runs: ${runs} each, after ${warmup} warm-up runs"
# The shared objects each loads (NETGOV_STATIC_PROGRAM links Abseil and
# libstdc++ into the program; see cmake/NetgovStaticProgram.cmake).
for program in "${trivial[0]}" "${netgov[0]}"; do
  echo "$(basename "${program}") loads: $(ldd "${program}" | awk '{ print $1 }' | tr '\n' ' ')"
done

if command -v hyperfine >/dev/null 2>&1; then
  json=${build}/bench/brief-hyperfine.json
  hyperfine --shell=none --warmup "${warmup}" --runs "${runs}" --style basic \
    --export-json "${json}" \
    --command-name trivial "${trivial[*]}" \
    --command-name "netgov brief" "${netgov[*]}" >&2
  # Means in microseconds, in the order of the commands above.
  mapfile -t means < <(python3 -c '
import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    print(round(result["mean"] * 1e6))' "${json}")
  trivial_us=${means[0]}
  brief_us=${means[1]}
  tool=hyperfine
else
  # mean_us COMMAND...: the mean wall time of one run, in microseconds.
  mean_us() {
    local i start end
    for ((i = 0; i < warmup; ++i)); do "$@" >/dev/null; done
    start=$(date +%s%N)
    for ((i = 0; i < runs; ++i)); do "$@" >/dev/null; done
    end=$(date +%s%N)
    echo $(((end - start) / runs / 1000))
  }
  trivial_us=$(mean_us "${trivial[@]}")
  brief_us=$(mean_us "${netgov[@]}")
  tool="date +%s%N loop"
fi

ratio=$(awk -v b="${brief_us}" -v t="${trivial_us}" 'BEGIN { printf "%.2f", b / t }')
echo "timed with: ${tool}"
echo "trivial C++ program: mean ${trivial_us} us"
echo "netgov brief:        mean ${brief_us} us"
echo "ratio: ${ratio} (goal: at most 2.00)"
awk -v r="${ratio}" 'BEGIN { exit !(r <= 2.0) }'
