#!/usr/bin/python3
"""Validate a netgov/1 network file against the netgov JSON Schema.

Usage:
    validate_schema.py SCHEMA NETWORK_FILE [--sources TEXT_FILE]

The network file may contain // line comments and /* block */ comments (as the
library's loader accepts); they are blanked out (keeping line and column
numbers) before the JSON is parsed. Duplicate object keys are an error.

With --sources, every "source" and "status_source" string in the network file
must also be a verbatim substring of TEXT_FILE (the document the network was
encoded from).

Exit codes:
    0   the file is valid
    1   the file parses but is invalid (one line per problem, with a JSON pointer)
    2   bad usage, an unreadable file, malformed JSON or an invalid schema
    77  the `jsonschema` module is not available (ctest SKIP_RETURN_CODE);
        on Debian: apt-get install python3-jsonschema
"""

import json
import os
import sys

SYSTEM_PYTHON = "/usr/bin/python3"

try:
    import jsonschema
except ImportError:  # e.g. run by a pyenv/venv interpreter without the module
    if os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON) and os.path.exists(SYSTEM_PYTHON):
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON] + sys.argv)
    sys.stderr.write("validate_schema.py: the Python module 'jsonschema' is missing "
                     "(apt-get install python3-jsonschema)\n")
    sys.exit(77)


def strip_comments(text):
    """Blank out // and /* */ comments outside strings, keeping newlines."""
    out = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_string = False
            i += 1
        elif c == '"':
            in_string = True
            out.append(c)
            i += 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            if j < 0:
                raise ValueError("unterminated /* comment", i)
            j += 2
            out.append("".join(ch if ch == "\n" else " " for ch in text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


class DuplicateKey(Exception):
    pass


def no_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise DuplicateKey(key)
        obj[key] = value
    return obj


def pointer(path):
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "/" + "/".join(parts) if parts else ""


def line_col(text, pos):
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return line, col


def load_json(path, allow_comments):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if allow_comments:
        try:
            text = strip_comments(text)
        except ValueError as e:
            line, col = line_col(text, e.args[1])
            raise SystemExit(f"{path}:{line}:{col}: {e.args[0]}") from None
    try:
        return json.loads(text, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as e:
        raise SystemExit(f"{path}:{e.lineno}:{e.colno}: {e.msg}") from None
    except DuplicateKey as e:
        raise SystemExit(f"{path}: duplicate key '{e.args[0]}'") from None


def walk_sources(node, path):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("source", "status_source") and isinstance(value, str):
                yield path + [key], value
            else:
                yield from walk_sources(value, path + [key])
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk_sources(value, path + [i])


def main(argv):
    args = list(argv[1:])
    sources_file = None
    if "--sources" in args:
        k = args.index("--sources")
        if k + 1 >= len(args):
            sys.stderr.write("validate_schema.py: --sources needs a file\n")
            return 2
        sources_file = args[k + 1]
        del args[k:k + 2]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    schema_path, data_path = args
    try:
        schema = load_json(schema_path, allow_comments=False)
        data = load_json(data_path, allow_comments=True)
        sources_text = None
        if sources_file is not None:
            with open(sources_file, encoding="utf-8") as f:
                sources_text = f.read()
    except OSError as e:
        sys.stderr.write(f"validate_schema.py: {e}\n")
        return 2
    except SystemExit as e:
        sys.stderr.write(f"{e.code}\n")
        return 2

    validator_cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    try:
        validator_cls.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        sys.stderr.write(f"{schema_path}: invalid schema: {e.message}\n")
        return 2

    problems = []
    for err in validator_cls(schema).iter_errors(data):
        problems.append((list(err.absolute_path), err.message))
    if sources_text is not None:
        for path, quote in walk_sources(data, []):
            if quote not in sources_text:
                problems.append((path, f"source not found verbatim in {sources_file}: {quote!r}"))

    problems.sort(key=lambda p: ([str(x) for x in p[0]], p[1]))
    for path, message in problems:
        print(f"{data_path}: {pointer(path) or '/'}: {message}")
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{data_path}: valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
