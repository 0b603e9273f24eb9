#!/usr/bin/env bash
# File: scripts/startup-order.sh
#
# Writes the linker's list of the code that the `netgov` program's start-up
# and the brief on the embedded network run: the checked-in
# cmake/netgov-startup-functions.txt, from which
# cmake/NetgovStaticProgram.cmake places that code together at the start of
# the program's code (docs/benchmarks.md, "Start-up, fourth pass").
#
#   scripts/startup-order.sh [program] > cmake/netgov-startup-functions.txt
#
# program: a release build of the program (default build/release/netgov),
# linked by NETGOV_STATIC_PROGRAM (its objects built with
# -ffunction-sections). The script runs it under valgrind's callgrind for
# `--help`, `--as-of 2022-01-15 brief` and `brief`, takes every function of
# the program's own file (not of the shared C library) that ran, and writes
# one linker-script input section a line: first what `--help` runs (the
# start-up every command shares), then what the brief adds, then what the
# brief without --as-of adds (loading a time zone), each group sorted, so
# that each command touches as few pages of code as it can:
#
#   *(.text.<symbol>)             a function in its own section (the
#                                 program's objects, libstdc++, templates)
#   *<archive>:<member>(.text)    the code of an Abseil object, whose
#                                 archives are not built with one section a
#                                 function
#
# Functions GCC split off as cold (`*.cold`) stay out: start-up does not run
# them. A constructor or destructor is listed under both its complete and
# base object names (C1/C2, D1/D2), which GCC emits as one function. The
# list is the same for the same program, whatever the date. Regenerate it
# when the brief's code changes much: a stale list only places less code
# together (the linker ignores entries it does not find).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
program=$(realpath "${1:-${root}/build/release/netgov}")
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT

run=0
for args in "--help" "--as-of 2022-01-15 brief" "brief"; do
  run=$((run + 1))
  # shellcheck disable=SC2086  # args are words
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="${work}/out.${run}" \
    "${program}" ${args} >/dev/null 2>"${work}/log.${run}"
done

# callgrind's file names each object and function once in full, with a
# number, and by the number alone after (on any of its ob=/cob= lines for
# objects, fn=/cfn= lines for functions); a function that ran has its own
# fn= line, under the last ob=. Valgrind 3.19 names the object of code
# outside the program's .text section "???" (the gathered start-up code of
# a program linked with the list): it is the program's too.
awk -v program="${program}" '
  function name(table, text,    id, rest) {
    if (match(text, /^\([0-9]+\)/)) {
      id = table SUBSEP FILENAME SUBSEP substr(text, 1, RLENGTH)
      rest = substr(text, RLENGTH + 2)
      if (rest != "") names[id] = rest
      return names[id]
    }
    return text
  }
  /^c?ob=/ { object_name = name("ob", substr($0, index($0, "=") + 1)) }
  /^ob=/ { object = object_name; next }
  /^cfn=/ { name("fn", substr($0, 5)); next }
  /^fn=/ {
    fn = name("fn", substr($0, 4))
    sub(/\047[0-9]+$/, "", fn)  # callgrind marks recursion levels: f\0472
    if ((object == program || object == "???") &&
        fn ~ /^[A-Za-z_][A-Za-z0-9_.$]*$/ && fn !~ /\.cold$/) {
      run = FILENAME
      sub(/.*\./, "", run)
      print run "\t" fn
    }
  }
' "${work}"/out.1 "${work}"/out.2 "${work}"/out.3 >"${work}/functions"

# The Abseil objects' functions in their plain .text section, from the
# archives the build linked (two folders up from Abseil's CMake package
# folder): global ones, and local ones whose name no other object has (GCC's
# clones of library templates, *.isra.0 and the like, are in many objects:
# they are listed by section name only).
absl_dir=$(sed -n 's/^absl_DIR:[A-Z]*=//p' "$(dirname "${program}")/CMakeCache.txt")
for archive in "${absl_dir}"/../../libabsl_*.a; do
  [[ -e ${archive} ]] || continue
  objdump -t "${archive}" | awk -v archive="$(basename "${archive}")" '
    /^[^ ]+:[ \t]+file format/ { member = $1; sub(/:$/, "", member) }
    $0 ~ /^[0-9a-f]+ [gl] +F \.text\t/ { print $NF "\t*" archive ":" member "(.text)" }'
done | LC_ALL=C sort -u | awk -F '\t' '
  { count[$1]++; place[$1] = $2 }
  END { for (name in count) if (count[name] == 1) print name "\t" place[name] }
' | LC_ALL=C sort >"${work}/plain-text"

echo "# Written by scripts/startup-order.sh (see there); one linker-script input section a line."
awk -F '\t' '
  NR == FNR { plain[$1] = $2; next }
  $2 in plain { print $1 "\t" plain[$2]; next }
  {
    print $1 "\t*(.text." $2 ")"
    other = $2
    if (sub(/C1E/, "C2E", other) || sub(/C1I/, "C2I", other) ||
        sub(/D1E/, "D2E", other) || sub(/C2E/, "C1E", other) ||
        sub(/C2I/, "C1I", other) || sub(/D2E/, "D1E", other)) {
      print $1 "\t*(.text." other ")"
    }
  }
' "${work}/plain-text" "${work}/functions" |
  LC_ALL=C sort -t "$(printf '\t')" -k1,1n -k2,2 | awk -F '\t' '!seen[$2]++ { print $2 }'
