#!/usr/bin/env bash
# scripts/bench-brief.sh [PAIRS] [ROUNDS]: `netgov brief` on the embedded
# network as a whole process against a trivial C++ program, by CPU time.
# The goal (issue 10, target 7): at most 1.5x.
#
#   scripts/bench-brief.sh          # 30 alternating pairs, 3 rounds
#   scripts/bench-brief.sh 100 5
#   NETGOV_BUILD_DIR=build-x scripts/bench-brief.sh   # another build folder
#
# Builds the netgov program with the `release` preset (in build/release, or
# NETGOV_BUILD_DIR), and `int main() {}` with the same compiler, flags and
# linker flags as that build (read from its CMakeCache.txt) into its bench/,
# then runs benchmarks/startup.py: each program started alternately, timed by
# its own CPU time (user + system), medians and ratios per round. The brief
# runs with a fixed --as-of date, so every run does the same work; the script
# also times `netgov brief` (today's date, which loads the network's time
# zone) and `netgov --help` (start-up alone). Exits 1 if the median ratio of
# the brief with --as-of is above 1.5.
set -euo pipefail

pairs=${1:-30}
rounds=${2:-3}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/deps.sh
source "${root}/scripts/deps.sh"
# shellcheck source=scripts/program.sh
source "${root}/scripts/program.sh"
netgov_install_deps

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

echo "compiler: ${compiler} $("${compiler}" -dumpversion); flags: ${cxx_flags[*]}"
# The shared objects each loads at start-up (NETGOV_STATIC_PROGRAM links
# Abseil and libstdc++ into the program and opens simdjson's only when a
# file is parsed; see cmake/NetgovStaticProgram.cmake).
for program in "${build}/bench/trivial" "${build}/netgov"; do
  echo "$(basename "${program}") loads: $(ldd "${program}" | awk '{ print $1 }' | tr '\n' ' ')"
done
exec python3 "${root}/benchmarks/startup.py" --netgov "${build}/netgov" \
  --trivial "${build}/bench/trivial" --pairs "${pairs}" --rounds "${rounds}"
