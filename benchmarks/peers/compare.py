#!/usr/bin/python3
"""Runs `netgov analyze` and its NetworkX and python-igraph peers side by side.

    compare.py --netgov build/release/netgov [--sizes 1000,3000,10000]
               [--rounds 1] [--betweenness-up-to 10000] [--workdir DIR]
               [--threads N] [--betweenness-alone] [--skip-networkx]
               [--check-only]

For each N it writes `netgov generate --entities N --pillars N/10 --seed 42`
(kept in --workdir, default /tmp/netgov-peers, and reused), then runs, as whole
processes and alternately in each round: `netgov validate`, `netgov pillars`
(load only), `netgov --as-of 2021-12-06 analyze --format json`, and the two peers
on the same file and date (betweenness only up to --betweenness-up-to
vertices' worth of entities, as netgov). It checks that the three analyses agree
(entities with leads, roles and betweenness to a relative 1e-9, the projection,
the articulation points) and prints, per N and program, the median wall time,
the peak resident memory (the child's own rusage) and netgov's ratios.

Exits 1 when the results disagree or a program fails. --check-only runs one
round and prints only the agreement (the ctest peers_agree does this at N=200).
netgov analyze gets `--betweenness exact` where betweenness is compared and
`--betweenness none` above (it asks for a choice above 10,000 vertices), and
`--threads N` when given (default: netgov's, every core). With
--betweenness-alone, netgov analyze and the igraph peer also run without
betweenness, and the differences (the time of betweenness alone, whole
process against whole process) are printed with their ratio.
--skip-networkx leaves NetworkX out (its betweenness takes an hour at 10,000).

It is a benchmark, not a timed test: nothing fails on time.
"""

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = "2021-12-06"


def run(argv, stdout_path=None):
    """Runs argv; returns (wall seconds, peak RSS in MB, output path)."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE)
    # wait4 gives this child's own resource usage (ru_maxrss in KiB on Linux).
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if stdout_path:
        out.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0 and not (argv[-1] == "validate" and code == 1):
        sys.exit(f"compare.py: {' '.join(argv)} exited {code}: {err.strip()}")
    return wall, usage.ru_maxrss / 1024.0


def generated_file(netgov, workdir, n):
    """The file of `netgov generate --entities n --pillars n/10 --seed 42`
    in workdir, written on first use."""
    path = os.path.join(workdir, f"generated-{n}.netgov.json")
    if not os.path.exists(path):
        with open(path, "wb") as f:
            subprocess.run([netgov, "generate", "--entities", str(n),
                            "--pillars", str(max(1, n // 10)), "--seed", "42"],
                           stdout=f, check=True)
    return path


def same_number(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def agree(reference, peer, name):
    """Returns a list of differences between netgov's analysis and a peer's."""
    problems = []
    ours = reference["entities"]
    theirs = peer["entities"]
    if [e["entity"] for e in ours] != [e["entity"] for e in theirs]:
        problems.append(f"{name}: entity lists differ")
    else:
        for a, b in zip(ours, theirs):
            if (a["leads"], a["roles"]) != (b["leads"], b["roles"]):
                problems.append(f"{name}: {a['entity']} roles {a} vs {b}")
            elif a["betweenness"] is not None and not same_number(a["betweenness"],
                                                                  b["betweenness"]):
                problems.append(f"{name}: {a['entity']} betweenness "
                                f"{a['betweenness']} vs {b['betweenness']}")
    for key in ("projection", "articulation_points"):
        if reference[key] != peer[key]:
            problems.append(f"{name}: {key} differs")
    return problems[:10]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--netgov", required=True)
    parser.add_argument("--sizes", default="1000,3000,10000")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--betweenness-up-to", type=int, default=10000)
    parser.add_argument("--workdir", default="/tmp/netgov-peers")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--betweenness-alone", action="store_true")
    parser.add_argument("--skip-networkx", action="store_true")
    parser.add_argument("--check-only", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    python = sys.executable
    failed = False
    if not args.check_only:
        print(f"{'N':>8} {'program':<22} {'time s':>9} {'peak MB':>9} {'netgov x':>9}")
    for n in (int(s) for s in args.sizes.split(",")):
        path = generated_file(args.netgov, args.workdir, n)
        # netgov leaves betweenness out above its own limit; the peers follow
        # the same size rule so the same analysis is compared.
        with_betweenness = n + n // 10 <= args.betweenness_up_to
        peer_flags = [] if with_betweenness else ["--no-betweenness"]
        netgov_flags = ["--betweenness", "exact" if with_betweenness else "none"]
        if args.threads is not None:
            netgov_flags += ["--threads", str(args.threads)]
        outputs = {name: os.path.join(args.workdir, f"{name}-{n}.json")
                   for name in ("netgov", "networkx", "igraph")}
        programs = [
            ("netgov validate", [args.netgov, "--network", path, "validate"], None),
            ("netgov pillars (load)", [args.netgov, "--network", path, "pillars"], None),
            ("netgov analyze", [args.netgov, "--network", path, "--as-of", AS_OF,
                                "analyze", "--format", "json"] + netgov_flags, outputs["netgov"]),
            ("networkx", [python, os.path.join(HERE, "peer_networkx.py"), path, AS_OF]
             + peer_flags, outputs["networkx"]),
            ("igraph", [python, os.path.join(HERE, "peer_igraph.py"), path, AS_OF]
             + peer_flags, outputs["igraph"]),
        ]
        if args.betweenness_alone and with_betweenness:
            programs += [
                ("netgov analyze, none", [args.netgov, "--network", path, "--as-of", AS_OF,
                                          "analyze", "--format", "json", "--betweenness",
                                          "none"] + netgov_flags[2:], None),
                ("igraph, none", [python, os.path.join(HERE, "peer_igraph.py"), path, AS_OF,
                                  "--no-betweenness"], None),
            ]
        if args.check_only:
            programs = programs[2:5]
        if args.skip_networkx:
            programs = [p for p in programs if p[0] != "networkx"]
            outputs.pop("networkx")
        times = {name: [] for name, _, _ in programs}
        peaks = {name: 0.0 for name, _, _ in programs}
        for _ in range(1 if args.check_only else args.rounds):
            for name, argv, out in programs:
                wall, peak = run(argv, out)
                times[name].append(wall)
                peaks[name] = max(peaks[name], peak)
        results = {k: json.load(open(v)) for k, v in outputs.items()}
        problems = [p for peer in ("networkx", "igraph") if peer in results
                    for p in agree(results["netgov"], results[peer], peer)]
        for p in problems:
            print(f"N={n}: {p}")
        failed = failed or bool(problems)
        if args.check_only:
            print(f"N={n}: netgov, networkx and igraph "
                  f"{'disagree' if problems else 'agree'}")
            continue
        analyze = statistics.median(times["netgov analyze"])
        for name, _, _ in programs:
            t = statistics.median(times[name])
            ratio = f"{t / analyze:9.1f}" if name in ("networkx", "igraph") else ""
            print(f"{n:>8} {name:<22} {t:9.2f} {peaks[name]:9.0f} {ratio}")
        with_b = results["netgov"]["entities"] and \
            results["netgov"]["entities"][0]["betweenness"] is not None
        print(f"{n:>8} (betweenness {'computed' if with_b else 'left out'})")
        if "netgov analyze, none" in times:
            ours = analyze - statistics.median(times["netgov analyze, none"])
            theirs = statistics.median(times["igraph"]) - statistics.median(times["igraph, none"])
            print(f"{n:>8} betweenness alone: netgov {ours:.2f} s, igraph {theirs:.2f} s, "
                  f"igraph / netgov {theirs / max(ours, 1e-9):.1f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
