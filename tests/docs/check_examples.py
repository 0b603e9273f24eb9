#!/usr/bin/env python3
"""Checks that the command-line examples in the docs are what the program prints.

Usage: check_examples.py --program NETGOV --root SOURCE_DIR FILE.md...

In each Markdown file, a fenced block whose lines start with `$ netgov ...`
is an example: the command, then the output it prints (stdout, then stderr),
up to the next `$ ` line or the end of the block; a line that is only "..."
stands for any number of lines the docs leave out, and a last line
"(exit N)" gives the exit code (0 otherwise). A fenced block announced by
a line "`name.json`:" defines a network file the examples may name with
`--network name.json`. Commands run from SOURCE_DIR, so paths such as
tests/ical/recurring.netgov.json work. Exits 1 with a diff for each example
whose output differs, 0 when all agree, and 1 when a file has no example at
all (a check that checks nothing is a defect).
"""
import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^```")
EXIT = re.compile(r"^\(exit (\d+)\)$")
NAMED_FILE = re.compile(r"^`([\w.-]+\.json)`:\s*$")


def parse(path):
    """Returns (files, examples): {name: text}, [(line, argv, expected)]."""
    files, examples = {}, []
    lines = open(path, encoding="utf-8").read().split("\n")
    i, pending_name = 0, None
    while i < len(lines):
        line = lines[i]
        named = NAMED_FILE.match(line)
        if named:
            pending_name = named.group(1)
            i += 1
            continue
        if not FENCE.match(line):
            if line.strip():
                pending_name = None
            i += 1
            continue
        start = i + 1
        end = start
        while end < len(lines) and not FENCE.match(lines[end]):
            end += 1
        body = lines[start:end]
        if pending_name:
            files[pending_name] = "\n".join(body) + "\n"
            pending_name = None
        elif body and body[0].startswith("$ netgov"):
            current = None
            for offset, text in enumerate(body):
                if text.startswith("$ "):
                    if current:
                        examples.append(current)
                    current = (start + offset + 1, shlex.split(text[2:])[1:], [])
                elif current:
                    current[2].append(text)
            if current:
                examples.append(current)
        i = end + 1
    return files, examples


def write_files(files, tmp):
    """Writes the named network files into `tmp`; returns a function that
    maps an example's argv to the one to run (names become paths there)."""
    for name, text in files.items():
        with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
            f.write(text)
    return lambda argv: [os.path.join(tmp, a) if a in files else a for a in argv]


def matches(expected, actual):
    """True if `actual` equals `expected`, where an expected line that is
    only "..." (indentation allowed) stands for any number of lines."""
    if not expected:
        return not actual
    if expected[0].strip() == "...":
        return any(matches(expected[1:], actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and expected[0] == actual[0] and matches(expected[1:], actual[1:])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--program", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("docs", nargs="+")
    args = parser.parse_args()
    failures = 0
    for doc in args.docs:
        files, examples = parse(doc)
        if not examples:
            print(f"{doc}: no '$ netgov' example found")
            failures += 1
            continue
        with tempfile.TemporaryDirectory() as tmp:
            in_tmp = write_files(files, tmp)
            for line, argv, expected in examples:
                argv = in_tmp(argv)
                run = subprocess.run([args.program] + argv, cwd=args.root,
                                     capture_output=True, text=True, timeout=60)
                actual = (run.stdout + run.stderr).rstrip("\n").split("\n")
                while expected and expected[-1] == "":
                    expected = expected[:-1]
                code = 0
                exit_line = EXIT.match(expected[-1]) if expected else None
                if exit_line:
                    code = int(exit_line.group(1))
                    expected = expected[:-1]
                if run.returncode != code:
                    failures += 1
                    print(f"{doc}:{line}: exit code {run.returncode}, the docs say {code}")
                # The docs show a temporary file by the name it has in the docs.
                actual = [a.replace(tmp + os.sep, "") for a in actual]
                if not matches(expected, actual):
                    failures += 1
                    print(f"{doc}:{line}: output differs from the docs")
                    sys.stdout.writelines(difflib.unified_diff(
                        [e + "\n" for e in expected], [a + "\n" for a in actual],
                        "documented", "actual"))
        print(f"{doc}: {len(examples)} examples checked")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
