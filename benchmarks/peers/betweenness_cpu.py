#!/usr/bin/python3
"""Betweenness alone, in CPU seconds: netgov against python-igraph.

    betweenness_cpu.py --netgov build/release/netgov [--sizes 1000,3000,10000]
                       [--rounds 3] [--workdir /tmp/netgov-peers] [--netgov-runs 1]

For each N, on the file compare.py writes (`netgov generate --entities N
--pillars N/10 --seed 42`, generated here if missing) as of 2021-12-06:
netgov's betweenness is the CPU time (user + system, the child's rusage) of
`netgov analyze --format json --betweenness exact --threads 1` less that of
the same with `--betweenness none`; igraph's is the CPU time of
`Graph.betweenness(directed=False)` alone, in process, on the graph
asof.load() builds. CPU time rather than wall time, so that a machine shared
with other work still gives a fair ratio (one thread each). Prints the
medians over --rounds and igraph / netgov. A benchmark, not a test.

--netgov-runs K: in each round, each of the two netgov commands runs K times
and its least CPU time counts. At N = 1,000 netgov's betweenness takes about
15 ms, less than the spread of a whole process's CPU time, so one run of
each can even give a negative difference; K = 5 or more steadies it.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time


HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from compare import generated_file  # noqa: E402
from peer_igraph import asof_graph  # noqa: E402

AS_OF = "2021-12-06"


def child_cpu(argv):
    """CPU seconds (user + system) of running argv, its output discarded."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"betweenness_cpu.py: {' '.join(argv)} failed")
    return usage.ru_utime + usage.ru_stime


def igraph_cpu(path):
    g = asof_graph(path, AS_OF)[3]
    start = time.process_time()
    g.betweenness(directed=False)
    return time.process_time() - start, g.vcount(), g.ecount()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--netgov", required=True)
    parser.add_argument("--sizes", default="1000,3000,10000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workdir", default="/tmp/netgov-peers")
    parser.add_argument("--netgov-runs", type=int, default=1)
    args = parser.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    print(f"{'N':>7} {'V':>7} {'E':>7} {'netgov cpu s':>13} {'igraph cpu s':>13} {'igraph/netgov':>14}")
    for n in (int(s) for s in args.sizes.split(",")):
        path = generated_file(args.netgov, args.workdir, n)
        base = [args.netgov, "--network", path, "--as-of", AS_OF, "analyze", "--format",
                "json", "--threads", "1", "--betweenness"]
        ours, theirs = [], []
        for _ in range(args.rounds):
            exact = min(child_cpu(base + ["exact"]) for _ in range(args.netgov_runs))
            none = min(child_cpu(base + ["none"]) for _ in range(args.netgov_runs))
            ours.append(exact - none)
            seconds, vertices, edges = igraph_cpu(path)
            theirs.append(seconds)
        a, b = statistics.median(ours), statistics.median(theirs)
        print(f"{n:>7} {vertices:>7} {edges:>7} {a:13.3f} {b:13.3f} {b / a:14.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
