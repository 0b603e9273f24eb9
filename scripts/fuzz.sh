#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS-PER-TARGET] [BUILD-DIR]: runs every fuzz target of
# a build made with the fuzz preset (docs/reliability.md, "Fuzzing").
#
#   cmake --workflow --preset fuzz     # builds everything and runs ctest
#   scripts/fuzz.sh 60                 # then 60 s per target (the default)
#
# Builds nothing: the build folder is the second argument, or $NETGOV_FUZZ_BUILD,
# or build/fuzz. Each target runs for SECONDS with its dictionary and a copy
# of its seed corpus and regression inputs in a scratch folder (the
# repository is never modified), with -timeout=30 (s per input; slow inputs are reported at that time only) and
# -rss_limit_mb=2048. Prints each target's executions and coverage (cov: the
# edges reached, ft: the features) and exits non-zero if any target found a
# crash, a leak, a timeout, an out-of-memory or a broken invariant; the
# finding (crash-*, leak-*, timeout-*, oom-*) is then kept in the scratch
# folder, whose path is printed.
# Environment: NETGOV_FUZZ_JOBS (default 1) runs that many fuzzing processes
# per target (-fork), NETGOV_FUZZ_TARGETS (default "load network cli")
# picks the targets, NETGOV_FUZZ_KEEP=1 keeps the scratch folder when
# everything passed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
build=${2:-${NETGOV_FUZZ_BUILD:-${root}/build/fuzz}}
targets=${NETGOV_FUZZ_TARGETS:-load network cli}
jobs=${NETGOV_FUZZ_JOBS:-1}

# Absolute, since each target runs inside its scratch folder.
[[ -d ${build} ]] && build=$(cd "${build}" && pwd)

if ! [[ ${seconds} =~ ^[0-9]+$ ]] || ((seconds < 1)); then
  echo "usage: scripts/fuzz.sh [SECONDS-PER-TARGET] [BUILD-DIR]" >&2
  exit 2
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/netgov-fuzz.XXXXXX")
failed=0
printf '%-8s %10s %8s %8s %6s  %s\n' target executions cov ft corpus result
summary=()
for target in ${targets}; do
  program=${build}/netgov_fuzz_${target}
  if [[ ! -x ${program} ]]; then
    echo "scripts/fuzz.sh: ${program} is missing; build it first: cmake --workflow --preset fuzz" >&2
    exit 2
  fi
  dict=${root}/tests/fuzz/netgov.dict
  [[ ${target} == cli ]] && dict=${root}/tests/fuzz/cli.dict
  work=${scratch}/${target}
  mkdir -p "${work}/corpus" "${work}/artifacts"
  cp "${root}/tests/fuzz/corpus/${target}/"* "${work}/corpus/"
  if [[ -d ${root}/tests/fuzz/regressions/${target} ]]; then
    cp "${root}/tests/fuzz/regressions/${target}/"* "${work}/corpus/" 2>/dev/null || true
  fi
  log=${work}/fuzz.log
  status=0
  fork=()
  ((jobs > 1)) && fork=(-fork="${jobs}" -ignore_crashes=0)
  # -report_slow_units=30: a slow input is a finding only at the timeout
  # (libFuzzer's default, 10 s, writes slow-unit-* files for inputs that
  # the sanitizer build merely runs slowly, e.g. the slow regression inputs).
  (cd "${work}" && "${program}" "${fork[@]}" -max_total_time="${seconds}" -timeout=30 \
     -report_slow_units=30 -rss_limit_mb=2048 -print_final_stats=1 -dict="${dict}" \
     -artifact_prefix="${work}/artifacts/" corpus >"${log}" 2>&1) || status=$?
  # The last status line: "#123 DONE cov: 456 ft: 789 corp: 12/3456b ...".
  line=$(grep -E '^#[0-9]+' "${log}" | tail -1 || true)
  execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "${log}" | tail -1)
  [[ -z ${execs} ]] && execs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"${line}")
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"${line}")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"${line}")
  corp=$(ls "${work}/corpus" | wc -l)
  found=$(ls "${work}/artifacts" | head -5 | tr '\n' ' ')
  result=ok
  if ((status != 0)) || [[ -n ${found} ]]; then
    result="FAILED (exit ${status}) ${found}"
    failed=1
    grep -E 'ERROR|SUMMARY|invariant|Timeout|leak|out-of-memory' "${log}" | head -20 >&2 || true
    echo "scripts/fuzz.sh: ${target}: see ${log} and ${work}/artifacts/" >&2
  fi
  printf '%-8s %10s %8s %8s %6s  %s\n' "${target}" "${execs:-?}" "${cov:-?}" "${ft:-?}" \
    "${corp}" "${result}"
done
if ((failed)); then
  echo "scripts/fuzz.sh: findings kept in ${scratch}" >&2
  exit 1
fi
if [[ ${NETGOV_FUZZ_KEEP:-0} == 1 ]]; then
  echo "scripts/fuzz.sh: corpora kept in ${scratch}"
else
  rm -rf "${scratch}"
fi
