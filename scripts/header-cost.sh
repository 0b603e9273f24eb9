#!/usr/bin/env bash
# scripts/header-cost.sh [RUNS] [HEADER...]: what each public header costs the
# translation units that include it. For every header under include/netgov/
# (or the ones named, as "netgov/graph/graph.hpp"), a file that includes only
# that header is checked with `${CXX:-g++} -std=c++20 -fsyntax-only`, RUNS
# times (default 3); the least CPU time (user + system) of the runs is
# printed, as a Markdown table sorted by header, after two references: an
# empty file and one that includes <vector>. CPU time rather than wall time,
# so that other work on the machine counts for less; the least of several
# runs, so that a noisy run does not count.
#
#   scripts/header-cost.sh                       # every header, 3 runs each
#   scripts/header-cost.sh 5 netgov/netgov.hpp   # one header, 5 runs
#   STAT=median scripts/header-cost.sh 5 netgov/netgov.hpp   # median of 5
#
# Needs only the compiler and the Debian packages of scripts/deps.sh.
set -euo pipefail

runs=${1:-3}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cxx=${CXX:-g++}
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT

# cost FILE: the least (STAT=median: the median) CPU seconds of `runs` syntax
# checks of FILE.
cost() {
  local t times=()
  for ((i = 0; i < runs; ++i)); do
    t=$( { TIMEFORMAT='%U %S'; time "${cxx}" -std=c++20 -fsyntax-only \
             -I"${root}/include" "$1" >/dev/null 2>&1; } 2>&1 | awk '{print $1 + $2}')
    times+=("${t}")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v stat="${STAT:-least}" '
    { t[NR] = $1 }
    END { printf "%.2f", stat == "median" ? t[int((NR + 1) / 2)] : t[1] }'
}

# row LABEL CONTENT: one table row for a file holding CONTENT.
row() {
  printf '%s\n' "$2" >"${work}/tu.cpp"
  printf '| %s | %s s |\n' "$1" "$(cost "${work}/tu.cpp")"
}

if (($# > 0)); then
  headers=("$@")
else
  mapfile -t headers < <(cd "${root}/include" && find netgov -name '*.hpp' \
                           -not -path '*/detail/*' | LC_ALL=C sort)
fi

echo "| header | CPU time (${STAT:-least} of ${runs}) |"
echo "|---|---|"
row "(empty file)" ""
row "<vector>" "#include <vector>"
for h in "${headers[@]}"; do
  row "\`${h}\`" "#include \"${h}\""
done
