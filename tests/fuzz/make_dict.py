#!/usr/bin/env python3
"""Writes the libFuzzer dictionaries of the fuzz targets (tests/fuzz/).

  tests/fuzz/make_dict.py            # rewrites tests/fuzz/netgov.dict and cli.dict
  tests/fuzz/make_dict.py --check    # exit 1 if either is out of date (ctest fuzz_dict)

netgov.dict (targets load and network), the netgov/1 format's words:
- every key under "properties" in data/schema/netgov-1.schema.json, as a
  quoted JSON key ("name":);
- every string of an "enum" or "const" there, and every file spelling of a
  closed set (the `kNames` of each `EnumTraits<E>` in include/netgov/), as a
  quoted JSON string;
- the ends of the supported date range and the JSON punctuation.
cli.dict (target cli): the command names, the options of src/cli/commands.cpp
and the global ones (--network, --as-of, --format), and every format name.
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def schema_words():
    schema = json.loads((ROOT / "data/schema/netgov-1.schema.json").read_text())
    keys, values = set(), set()

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "properties" and isinstance(v, dict):
                    keys.update(v)
                if k == "enum":
                    values.update(x for x in v if isinstance(x, str))
                if k == "const" and isinstance(v, str):
                    values.add(v)
                walk(v)
        elif isinstance(node, list):
            for x in node:
                walk(x)

    walk(schema)
    return keys, values


def enum_names():
    names = set()
    for header in sorted((ROOT / "include/netgov").rglob("*.hpp")):
        for block in re.findall(r"kNames\s*=\s*\{([^}]*)\}", header.read_text()):
            names.update(re.findall(r'"([^"]*)"', block))
    return names


def cli_words():
    text = (ROOT / "src/cli/commands.cpp").read_text()
    commands = set(re.findall(r'\.name = "([^"]+)"', text))
    options = {"network", "as-of", "format", "help", "version"}
    for block in re.findall(r"\.options = \{([^}]*)\}", text):
        options.update(re.findall(r'"([^"]+)"', block))
    formats = set()
    for block in re.findall(r"\.formats = \{([^}]*)\}", text):
        formats.update(re.findall(r'"([^"]+)"', block))
    formats.update({"text", "json"})
    return commands, options, formats


def entry(word):
    escaped = "".join("\\" + c if c in '"\\' else c if 0x20 <= ord(c) < 0x7F else
                      "\\x%02X" % ord(c) for c in word)
    return '"%s"' % escaped


def netgov_dict():
    keys, values = schema_words()
    values |= enum_names()
    lines = ["# libFuzzer dictionary of the netgov/1 format; written by",
             "# tests/fuzz/make_dict.py from data/schema/netgov-1.schema.json and the",
             "# EnumTraits of include/netgov/ (do not edit by hand).", ""]
    lines += [entry('"%s":' % k) for k in sorted(keys)]
    lines += [entry('"%s"' % v) for v in sorted(values - keys)]
    lines += [entry(w) for w in ['"1400-01-01"', '"9999-12-31"', '"1399-12-31"',
                                 '"2021-02-29"', '"2021-12-06T09:00"', "null", "true",
                                 "false", "[]", "{}", "-1", "1e308"]]
    return "\n".join(lines) + "\n"


def cli_dict():
    commands, options, formats = cli_words()
    lines = ["# libFuzzer dictionary of the netgov command line; written by",
             "# tests/fuzz/make_dict.py from src/cli/commands.cpp (do not edit by hand).",
             ""]
    lines += [entry(c) for c in sorted(commands)]
    lines += [entry("--" + o) for o in sorted(options)]
    lines += [entry(f) for f in sorted(formats - commands)]
    lines += [entry(w) for w in ["2021-12-06", "1400-01-01", "9999-12-31", "-", "\n",
                                 "co-chair", "ohchr", "unesco"]]
    return "\n".join(lines) + "\n"


def main():
    check = sys.argv[1:] == ["--check"]
    stale = []
    for name, text in (("netgov.dict", netgov_dict()), ("cli.dict", cli_dict())):
        path = ROOT / "tests/fuzz" / name
        if check:
            if not path.exists() or path.read_text() != text:
                stale.append(name)
        else:
            path.write_text(text)
    if stale:
        print("out of date: %s; run tests/fuzz/make_dict.py" % ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
