#!/usr/bin/env python3
"""Extracts every C++ code example of the docs into one translation unit.

Usage: extract_snippets.py --root SOURCE_DIR --out FILE.cpp

The build compiles FILE.cpp (target netgov_doc_snippets, tests/snippets.cmake),
so an example that no longer matches the API breaks the build, with the
error reported at the example's own file and line (#line directives).

Where examples are found (CONTRIBUTING.md, "Code examples in the docs"):
  - headers under include/netgov/: a comment line "// Example:" or
    "// Example (what it shows):", then the comment lines whose text is
    indented by at least two spaces after "//" (empty "//" lines allowed),
    up to the first other line;
  - README.md and docs/*.md: every fenced block opened with ```cpp.
How they are compiled:
  - `#include` lines are moved to the top of the file; every public header
    under include/netgov/ and <iostream>, <memory>, <optional>, <string>,
    <string_view> and <vector> are included anyway;
  - an example with a line starting "int main(" is a whole program and is
    compiled as it is; any other is a function body, in which `net` (a
    `const netgov::Network&`, the default network) is declared and may be
    used (an example may declare its own `net`);
  - each example sits in a namespace of its own, so names never clash.
"""
import argparse
import glob
import os
import re
import sys

HEADER_EXAMPLE = re.compile(r"^\s*// Example( \(.*\))?:\s*$")
COMMENT = re.compile(r"^\s*//(.*)$")
FENCE_CPP = re.compile(r"^```cpp\s*$")
FENCE = re.compile(r"^```")
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"].*[>"]\s*$')
MAIN = re.compile(r"^int main\(")
STD_HEADERS = ["iostream", "memory", "optional", "string", "string_view", "vector"]


def dedent(lines):
    """Removes the indentation common to the non-empty lines."""
    indents = [len(l) - len(l.lstrip(" ")) for l in lines if l.strip()]
    cut = min(indents) if indents else 0
    return [l[cut:] if l.strip() else "" for l in lines]


def header_examples(path):
    """Yields (first_line_number, lines) for each example of a header."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        if not HEADER_EXAMPLE.match(lines[i]):
            i += 1
            continue
        i += 1
        body, first = [], None
        while i < len(lines):
            m = COMMENT.match(lines[i])
            if not m:
                break
            text = m.group(1)
            if text.strip() and not text.startswith("  "):
                break  # prose resumes
            if text.strip() and first is None:
                first = i + 1
            if first is not None:
                body.append(text)
            i += 1
        while body and not body[-1].strip():
            body.pop()
        if body:
            yield first, dedent(body)


def markdown_examples(path):
    """Yields (first_line_number, lines) for each ```cpp block."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        if not FENCE_CPP.match(lines[i]):
            i += 1
            continue
        start = i + 1
        end = start
        while end < len(lines) and not FENCE.match(lines[end]):
            end += 1
        yield start + 1, lines[start:end]
        i = end + 1


def render(index, rel, first, lines):
    """One example as C++ (its includes are returned apart)."""
    includes, code = [], []
    for offset, line in enumerate(lines):
        if INCLUDE.match(line):
            includes.append(line.strip())
            code.append("")  # keeps the line numbers
        else:
            code.append(line)
    whole_program = any(MAIN.match(l) for l in code)
    out = [f"namespace netgov_snippet_{index} {{"]
    if whole_program:
        # `main` in a namespace is an ordinary function: no implicit return 0.
        out += ["#pragma GCC diagnostic push",
                '#pragma GCC diagnostic ignored "-Wreturn-type"']
    else:
        out += ["[[maybe_unused]] int Run() {",
                "  [[maybe_unused]] const netgov::Network& net = netgov::io::DefaultNetwork();",
                "  {"]
    out.append(f'#line {first} "{rel}"')
    out += code
    if whole_program:
        out.append("#pragma GCC diagnostic pop")
    else:
        out += ["  }", "  return 0;", "}"]
    out.append(f"}}  // namespace netgov_snippet_{index}")
    return includes, "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    root = os.path.abspath(args.root)

    headers = sorted(glob.glob(os.path.join(root, "include", "netgov", "**", "*.hpp"),
                               recursive=True))
    headers = [h for h in headers if "/detail/" not in h.replace(os.sep, "/")]
    markdown = [os.path.join(root, "README.md")] + sorted(
        glob.glob(os.path.join(root, "docs", "*.md")))

    examples = []
    for path in headers:
        for first, lines in header_examples(path):
            examples.append((path, first, lines))
    for path in markdown:
        for first, lines in markdown_examples(path):
            examples.append((path, first, lines))

    includes = [f'#include "{os.path.relpath(h, os.path.join(root, "include"))}"'
                for h in headers]
    includes = [i.replace(os.sep, "/") for i in includes]
    includes += [f"#include <{h}>" for h in STD_HEADERS]
    bodies = []
    for index, (path, first, lines) in enumerate(examples, start=1):
        rel = os.path.relpath(path, root).replace(os.sep, "/")
        more, body = render(index, rel, first, lines)
        includes += [i for i in more if i not in includes]
        bodies.append(body)

    text = "\n".join(
        ["// Generated by tests/docs/extract_snippets.py: every C++ example of the",
         f"// headers' comments, README.md and docs/*.md ({len(examples)} examples).",
         "// Do not edit; edit the examples where they are."]
        + includes + [""] + bodies) + "\n"
    old = open(args.out, encoding="utf-8").read() if os.path.exists(args.out) else None
    if old != text:  # leave the file alone when nothing changed: no rebuild
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{len(examples)} examples from {len(headers)} headers and "
          f"{len(markdown)} Markdown files -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
