#!/usr/bin/env python3
"""Doxygen INPUT_FILTER: reads netgov's Abseil-style header comments as docs.

Usage (Doxygen runs it on each header): doxygen_filter.py HEADER

netgov's headers use plain `//` comments, as Abseil's do: a `// File:` banner
with an overview and an example at the top, and before each public item a
block headed by the item's name:

    // GenerateNetwork()
    //
    // `InvalidArgument` when ...
    absl::StatusOr<Network> GenerateNetwork(const GenerateOptions& options);

Doxygen reads only `///`-style comments as documentation, so this filter
prints the header with
  - the banner turned into the file's documentation (`/// @file`);
  - each comment block that directly precedes a declaration turned into a
    `///` block, without its heading line (the name Doxygen already shows);
  - a comment after a member (`int leads = 0;  // lead roles`) into `///<`;
  - indented example code inside a block wrapped in `@code` ... `@endcode`.
Every other line is printed as it is, and the number of lines never changes,
so Doxygen's warnings point at the right line of the header. The headers
themselves stay as they are.
"""
import re
import sys

COMMENT = re.compile(r"^(\s*)//(?!/)(.*)$")
# A heading: the item's name, "Name()", or a list "kA, kB" - nothing else.
HEADING = re.compile(r"^\s*[A-Za-z_][\w:~]*(\(\))?(,\s*[A-Za-z_][\w:~]*(\(\))?)*\s*$")
TRAILING = re.compile(r"^(\s*[^/\s][^\"/]*?[;,])(\s+)//(?!/)\s?(.*)$")
RULE = re.compile(r"^\s*-{10,}\s*$")


def is_code(text):
    return text.startswith("  ") and text.strip() != ""


def doc_lines(indent, texts, is_banner):
    """The `///` lines for one comment block's texts (what follows `//`).

    A run of indented lines after a blank line is example code: the blank line
    before it becomes `@code` and the blank line after it (or, at the end of
    the block, the run's last line) carries `@endcode`.
    """
    body = ["" if RULE.match(t) else (t[1:] if t.startswith(" ") else t) for t in texts]
    first = 0
    heading = []
    if is_banner:
        heading = ["@file"]
        first = 1
    elif len(body) > 1 and HEADING.match(body[0]) and body[1].strip() == "":
        heading = [""]
        first = 1
    body = heading + body[first:]
    i = 0
    while i < len(body):
        if is_code(body[i]) and i > 0 and body[i - 1].strip() == "":
            body[i - 1] = "@code"
            j = i
            last = i
            while j < len(body) and (is_code(body[j]) or body[j].strip() == ""):
                if is_code(body[j]):
                    last = j
                j += 1
            if last + 1 < len(body):
                body[last + 1] = "@endcode"
            else:
                body[last] += " @endcode"
            i = last + 2
        else:
            i += 1
    return [f"{indent}/// {text}".rstrip() for text in body]


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    i = 0
    seen_banner = False
    while i < len(lines):
        m = COMMENT.match(lines[i])
        if not m:
            t = TRAILING.match(lines[i])
            if t and t.group(1).count('"') % 2 == 0:
                out.append(f"{t.group(1)}{t.group(2)}///< {t.group(3)}".rstrip())
            else:
                out.append(lines[i])
            i += 1
            continue
        indent = m.group(1)
        texts = []
        j = i
        while j < len(lines):
            cm = COMMENT.match(lines[j])
            if not cm or cm.group(1) != indent:
                break
            texts.append(cm.group(2))
            j += 1
        is_banner = not seen_banner and texts[0].strip().startswith("File:")
        seen_banner = seen_banner or is_banner
        following = lines[j] if j < len(lines) else ""
        precedes_item = following.strip() != "" and not following.lstrip().startswith(
            ("#", "}", "namespace", "public:", "private:", "protected:"))
        if is_banner or precedes_item:
            out.extend(doc_lines(indent, texts, is_banner))
        else:
            out.extend(lines[i:j])
        i = j
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main()
