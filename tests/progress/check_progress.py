#!/usr/bin/env python3
"""Checks that long commands show progress on a terminal and nowhere else.

Usage: check_progress.py NETGOV WORK_DIR

Runs `netgov generate` on a large network (2,001 entities, 8,000 pillars: past
the progress threshold and the betweenness limit, with a small projection)
and `netgov analyze` on the file
it wrote twice each: once with stderr a pseudo-terminal (Python's pty), where
a progress line ("\\r\\x1b[Knetgov generate: entities 42%") must appear and be
erased at the end, and once with stderr a pipe, where stderr must stay empty.
Standard output must be the same bytes both times. A small network shows no
progress even on a terminal. Prints "progress: all checks passed" and exits 0
when everything holds; prints each failure and exits 1 otherwise.
"""
import os
import pty
import subprocess
import sys

ERASE = b"\r\x1b[K"
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def run_on_terminal(argv):
    """(exit code, stdout bytes, what reached the terminal) with stderr a pty."""
    master, slave = pty.openpty()
    out_path = os.path.join(work_dir, "terminal.out")
    with open(out_path, "wb") as out:
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=slave)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the program closed its end
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    code = proc.wait()
    with open(out_path, "rb") as out:
        return code, out.read(), seen


def run_plain(argv):
    proc = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, check=False)
    return proc.returncode, proc.stdout, proc.stderr


def both_ways(argv, name, stages):
    code, out, seen = run_on_terminal(argv)
    check(code == 0, f"{name} on a terminal exits {code}")
    for stage in stages:
        # Every stage from 0 % to 100 %, but generate's last one, writing the
        # file, is erased as soon as it is written.
        ends = ["0%"] if (name, stage) == ("generate", "writing") else ["0%", "100%"]
        for line in (f"netgov {name}: {stage} {end}" for end in ends):
            check(ERASE + line.encode() in seen, f"{name} on a terminal never shows '{line}': {seen[-300:]!r}")
    check(seen.endswith(ERASE), f"{name} leaves its progress line on the terminal: {seen[-100:]!r}")
    check(b"\n" not in seen, f"{name} writes more than a progress line to the terminal: {seen[:200]!r}")
    plain_code, plain_out, plain_err = run_plain(argv)
    check(plain_code == 0, f"{name} with stderr a pipe exits {plain_code}")
    check(plain_err == b"", f"{name} with stderr a pipe writes to it: {plain_err[:200]!r}")
    check(out == plain_out, f"{name}'s output differs with stderr a terminal")
    check(len(out) > 0, f"{name} writes no output")
    return plain_out


program, work_dir = sys.argv[1], sys.argv[2]
os.makedirs(work_dir, exist_ok=True)
generated = both_ways([program, "generate", "--entities", "2001", "--pillars", "8000", "--seed", "5"],
                      "generate", ["entities", "pillars", "checking", "writing"])
network = os.path.join(work_dir, "large.netgov.json")
with open(network, "wb") as f:
    f.write(generated)
both_ways([program, "--network", network, "--as-of", "2022-03-01", "analyze", "--format", "json"],
          "analyze", ["graph", "betweenness", "workload", "projection", "articulation points"])

# Small work is over before anyone could read a progress line.
code, out, seen = run_on_terminal([program, "generate", "--entities", "50", "--pillars", "5"])
check(code == 0 and out and seen == b"", f"a small generate shows progress: {seen[:200]!r}")

for failure in failures:
    print("check_progress:", failure)
if failures:
    sys.exit(1)
print("progress: all checks passed")
