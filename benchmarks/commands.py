#!/usr/bin/python3
"""Every netgov command on generated networks: CPU time and peak memory
against loading the same file (issue 10, targets 1 and 2).

    commands.py --netgov build/release/netgov [--sizes 10000,30000,100000]
                [--rounds 1] [--workdir /tmp/netgov-commands]

For each N it writes `netgov generate --entities N --pillars N/10 --seed 42`
(kept in --workdir and reused; files over 64 MiB are read with
--max-file-mib), then runs each command below as a whole process, as of
2021-12-06, output to /dev/null, and prints its CPU time (user + system,
the child's own rusage; the median of --rounds), its peak resident memory,
and both over those of `pillars` (loading the file and listing its pillars,
the baseline). The targets: every command's CPU time grows linearly with N;
`validate` and `brief` within 2x the load; every command's peak memory at
most 1.5x the load's.

It is a benchmark, not a timed test: nothing fails on time. It exits 1 when
a command fails.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "peers"))
from compare import generated_file  # noqa: E402

AS_OF = "2021-12-06"

# (label, arguments after `netgov --network FILE --as-of DATE`)
COMMANDS = [
    ("pillars (load)", ["pillars"]),
    ("validate", ["validate"]),
    ("brief", ["brief"]),
    ("brief --format html", ["brief", "--format", "html"]),
    ("entity", ["entity", "{first}"]),
    ("rotation", ["rotation"]),
    ("deadlines", ["deadlines"]),
    ("meetings", ["meetings"]),
    ("graph --format json", ["graph", "--format", "json"]),
    ("graph --format dot", ["graph", "--format", "dot"]),
    ("analyze (text)", ["analyze", "--betweenness", "none"]),
    ("analyze --format json", ["analyze", "--format", "json", "--betweenness", "none"]),
    ("analyze --format csv", ["analyze", "--format", "csv", "--table", "projection",
                              "--betweenness", "none"]),
    ("diff", ["diff", "--from", "2021-01-01", "--to", "2022-12-31"]),
    ("timeline", ["timeline"]),
    ("explain entity", ["explain", "entity", "{first}"]),
]


def run(argv):
    """Runs argv with output to /dev/null; returns (CPU seconds, peak MB)."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 gives this child's own resource usage (ru_maxrss in KiB on Linux).
    _, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0 and not (argv[-1] == "validate" and code == 1):
        sys.exit(f"commands.py: {' '.join(argv)} exited {code}: {err.strip()}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--netgov", required=True)
    parser.add_argument("--sizes", default="10000,30000,100000")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--workdir", default="/tmp/netgov-commands")
    args = parser.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    for n in [int(s) for s in args.sizes.split(",")]:
        path = generated_file(args.netgov, args.workdir, n)
        with open(path, encoding="utf-8") as f:
            # The first entity's id ({first} in COMMANDS): its width grows with N.
            first = re.search(r'"entities": \[\s*\{\s*"id": "([^"]+)"', f.read(1 << 16)).group(1)
        size_mb = os.path.getsize(path) / 1e6
        mib = max(64, int(size_mb * 1.1) + 1)
        base = [args.netgov, "--max-file-mib", str(mib), "--network", path, "--as-of", AS_OF]
        print(f"\nN = {n:,} entities, file {size_mb:.1f} MB")
        print(f"{'command':24} {'CPU s':>8} {'peak MB':>9} {'CPU / load':>11} {'peak / load':>12}")
        load_cpu = load_peak = None
        for label, rest in COMMANDS:
            argv = base + [a.replace("{first}", first) for a in rest]
            runs = [run(argv) for _ in range(args.rounds)]
            cpu = statistics.median(r[0] for r in runs)
            peak = statistics.median(r[1] for r in runs)
            if load_cpu is None:
                load_cpu, load_peak = cpu, peak
            print(f"{label:24} {cpu:8.2f} {peak:9.0f} {cpu / load_cpu:11.2f} "
                  f"{peak / load_peak:12.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
