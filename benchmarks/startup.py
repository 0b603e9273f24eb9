#!/usr/bin/python3
"""`netgov brief` on the embedded network as a whole process, against a
trivial C++ program (issue 10, target 7: at most 1.5x its CPU time).

    startup.py --netgov build/release/netgov --trivial build/release/bench/trivial
               [--pairs 30] [--rounds 3] [--as-of 2022-01-15] [--goal 1.5]

Runs the trivial program (`int main() {}`, built with the same compiler and
flags; scripts/bench-brief.sh builds it) and each netgov command alternately,
--pairs times per round, output to /dev/null, each started with
posix_spawn (no fork of this Python process, whose pages would be counted
as the child's) and timed by its own CPU time (user + system, from wait4's
rusage). Prints, per round, the median CPU time of each and its ratio to the
trivial program's, and the median ratio over the rounds. The commands:

    netgov --as-of DATE brief    the benchmark (the same work on every run)
    netgov brief                 the main job as users run it (today's date
                                 in the network's time zone: one zone loaded)
    netgov --help                start-up alone (exec, loading, initialisers)

It is a benchmark, not a timed test. Exit status: 0 if the median ratio of
`netgov --as-of DATE brief` is at most --goal, 1 above it, 2 if a program
fails.
"""

import argparse
import os
import statistics
import sys


def cpu_ms(argv):
    """The CPU time of one run of argv, in milliseconds."""
    actions = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)]
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    if status != 0:
        sys.exit(f"startup.py: {' '.join(argv)} failed (status {status})")
    return (usage.ru_utime + usage.ru_stime) * 1e3


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--netgov", required=True)
    parser.add_argument("--trivial", required=True)
    parser.add_argument("--pairs", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--as-of", default="2022-01-15")
    parser.add_argument("--goal", type=float, default=1.5)
    args = parser.parse_args()

    programs = [
        ("trivial C++ program", [args.trivial]),
        (f"netgov --as-of {args.as_of} brief", [args.netgov, "--as-of", args.as_of, "brief"]),
        ("netgov brief", [args.netgov, "brief"]),
        ("netgov --help", [args.netgov, "--help"]),
    ]
    for _, argv in programs:  # warm the page cache; fail early
        cpu_ms(argv)

    ratios = {label: [] for label, _ in programs}
    for round_ in range(1, args.rounds + 1):
        times = {label: [] for label, _ in programs}
        for _ in range(args.pairs):
            for label, argv in programs:
                times[label].append(cpu_ms(argv))
        base = statistics.median(times[programs[0][0]])
        print(f"round {round_} ({args.pairs} alternating runs each; median CPU time):")
        for label, _ in programs:
            median = statistics.median(times[label])
            ratios[label].append(median / base)
            print(f"  {label:34s} {median:7.3f} ms  {median / base:5.2f}x")
    print("median ratio over the rounds:")
    for label, _ in programs[1:]:
        print(f"  {label:34s} {statistics.median(ratios[label]):5.2f}x")
    ratio = statistics.median(ratios[programs[1][0]])
    print(f"goal: `{programs[1][0]}` at most {args.goal:.2f}x: "
          f"{'met' if ratio <= args.goal else 'not met'} ({ratio:.2f}x)")
    return 0 if ratio <= args.goal else 1


if __name__ == "__main__":
    sys.exit(main())
