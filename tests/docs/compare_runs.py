#!/usr/bin/env python3
"""Runs every command-line example of the docs in separate processes and
compares the outputs byte for byte.

Usage:
  compare_runs.py --program NETGOV --root SOURCE_DIR
      runs each example twice with the same program (determinism across
      processes: no address, hash seed, clock or locale leaks into output);
  compare_runs.py --program GCC_NETGOV --other CLANG_NETGOV --root SOURCE_DIR
      runs each example once with each program (the same output whatever
      the compiler: no unspecified order or implementation-defined
      formatting leaks into output).

The examples are those the docs_examples test checks (tests/docs/
check_examples.py: a fenced block of `$ netgov ...` lines, and the named
network files such a block may use), taken from README.md and every
docs/*.md, so an example added to any page is compared too. Standard output,
standard error and the exit status are compared; they are not compared with
the docs here (docs_examples does that). A command that names no --as-of
reads today's date: both runs start within the same second, and the check
is repeated once when the day changed in between. Exits 1 and prints a diff
for each example whose runs differ, 0 when all agree, 1 when no example
was found.
"""
import argparse
import datetime
import difflib
import glob
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_examples import parse, write_files  # noqa: E402  (the one extraction)


def run(program, argv, root):
    """The exact bytes a process of `program argv` writes, and its status."""
    done = subprocess.run([program] + argv, cwd=root, capture_output=True, timeout=120)
    return done.returncode, done.stdout, done.stderr


def describe(result):
    code, out, err = result
    return (out.decode("utf-8", "replace") + "--- stderr\n" +
            err.decode("utf-8", "replace") + f"--- exit {code}\n").splitlines(True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--program", required=True)
    parser.add_argument("--other", help="a second program (another compiler's build)")
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    first = os.path.abspath(args.program)
    second = os.path.abspath(args.other) if args.other else first
    docs = [os.path.join(args.root, "README.md")] + sorted(
        glob.glob(os.path.join(args.root, "docs", "*.md")))
    checked = failures = 0
    for doc in docs:
        files, examples = parse(doc)
        if not examples:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            in_tmp = write_files(files, tmp)
            for line, argv, _ in examples:
                argv = in_tmp(argv)
                for attempt in range(2):
                    day = datetime.date.today()
                    a = run(first, argv, args.root)
                    b = run(second, argv, args.root)
                    if a == b or datetime.date.today() == day:
                        break
                checked += 1
                if a != b:
                    failures += 1
                    rel = os.path.relpath(doc, args.root)
                    print(f"{rel}:{line}: netgov {' '.join(argv)}: the two runs differ")
                    sys.stdout.writelines(difflib.unified_diff(
                        describe(a), describe(b), first, second))
    if checked == 0:
        print("no '$ netgov' example found")
        return 1
    what = "two programs" if args.other else "two runs"
    print(f"{checked} examples: {checked - failures} identical in {what}, {failures} differ")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
