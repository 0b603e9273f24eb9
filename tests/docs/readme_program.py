#!/usr/bin/env python3
"""README.md's "A first program", built and run as printed.

Usage:
  readme_program.py --readme README.md --out FILE.cpp
      writes the first ```cpp block under the heading "## A first program"
      to FILE.cpp, as it is;
  readme_program.py --readme README.md --run PROGRAM
      runs PROGRAM (built from FILE.cpp) in an empty scratch folder and
      checks that its standard output is exactly the lines the README shows
      as its output (the block's comment lines "// YYYY-MM-DD: ...", in
      order) and that it exits with 0. Prints what differs otherwise.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HEADING = "## A first program"
OUTPUT_COMMENT = re.compile(r"^\s*// (\d{4}-\d\d-\d\d: .*)$")


def program(readme):
    """The lines of the first ```cpp block after the heading."""
    lines = open(readme, encoding="utf-8").read().split("\n")
    start = lines.index(HEADING)
    opening = next(i for i in range(start, len(lines)) if lines[i].strip() == "```cpp")
    closing = next(i for i in range(opening + 1, len(lines)) if lines[i].startswith("```"))
    return lines[opening + 1:closing]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--readme", required=True)
    parser.add_argument("--out")
    parser.add_argument("--run")
    args = parser.parse_args()
    code = program(args.readme)
    if args.out:
        text = "\n".join(code) + "\n"
        if not os.path.exists(args.out) or open(args.out, encoding="utf-8").read() != text:
            with open(args.out, "w", encoding="utf-8") as out:
                out.write(text)
    if args.run:
        expected = [m.group(1) for m in map(OUTPUT_COMMENT.match, code) if m]
        if not expected:
            print(f"{args.readme}: no '// YYYY-MM-DD: ...' output lines under '{HEADING}'")
            return 1
        with tempfile.TemporaryDirectory() as scratch:
            run = subprocess.run([os.path.abspath(args.run)], cwd=scratch,
                                 capture_output=True, text=True, check=False)
        actual = run.stdout.split("\n")
        if actual and actual[-1] == "":
            actual.pop()
        if run.returncode != 0 or actual != expected:
            print(f"{args.readme}, '{HEADING}': exit {run.returncode}")
            print("expected:\n  " + "\n  ".join(expected))
            print("printed:\n  " + "\n  ".join(actual))
            print("stderr:\n  " + run.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
