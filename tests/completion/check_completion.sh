#!/usr/bin/env bash
# check_completion.sh NETGOV: loads the script `NETGOV completion bash` prints
# into this bash, as a user's shell would, and checks what <TAB> offers
# (COMPREPLY) after typical command lines. Prints each failure and exits 1 if
# any; run by ctest (tests/completion.cmake).
set -u
netgov=$1
source <("${netgov}" completion bash) || { echo "the script does not load"; exit 1; }
complete -p netgov | grep -q -- "-F _netgov" || { echo "no completion registered for netgov"; exit 1; }

failures=0
# expect "WORDS..." "EXPECTED": completes the last of WORDS (the word being
# typed, possibly empty) and compares the offered words, space-separated.
expect() {
  local line=$1 expected=$2
  read -r -a COMP_WORDS <<<"${line}"
  [[ "${line}" == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE=${line}
  COMP_POINT=${#line}
  COMPREPLY=()
  _netgov netgov "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  local got="${COMPREPLY[*]}"
  if [[ "${got}" != "${expected}" ]]; then
    echo "netgov completion: '${line}<TAB>' offers '${got}', expected '${expected}'"
    failures=$((failures + 1))
  fi
}

expect "netgov ro" "rotation"
expect "netgov rotation --" "--network --as-of --format --max-file-mib --from --terms --until --leaves --on --help"
expect "netgov rotation --t" "--terms"
expect "netgov rotation --format " "text json ics csv"
expect "netgov rotation --format i" "ics"
expect "netgov rotation --from " ""
expect "netgov --as-of 2021-12-06 an" "analyze"
expect "netgov --network=x.json d" "deadlines diff"
expect "netgov --as-of 2021-12-06 --format json pillars --" "--network --as-of --format --max-file-mib --help"
expect "netgov analyze --from-entity ohchr --" "--network --as-of --format --max-file-mib --from-entity --to-entity --leave --table --threads --betweenness --betweenness-samples --betweenness-seed --help"
expect "netgov --" "--help --version --network --as-of --format --max-file-mib"
expect "netgov completion " "bash"
expect "netgov graph --format " "text json dot"
expect "netgov " "brief pillars entity rotation deadlines meetings graph analyze diff timeline validate explain generate completion"

# Every command of `netgov --help` is offered, and nothing else.
listed=$("${netgov}" --help | sed -n '/^commands:/,/^$/p' | awk 'NF > 1 {print $1}' | tr '\n' ' ')
expect "netgov " "${listed% }"

if ((failures > 0)); then
  echo "${failures} completion check(s) failed"
  exit 1
fi
echo "completion: all checks passed"
