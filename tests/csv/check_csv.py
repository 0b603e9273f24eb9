#!/usr/bin/python3
"""Reads netgov's CSV output back with Python's csv module.

Usage: check_csv.py NETGOV_PROGRAM NETWORK_FILE FROM TO AS_OF

Runs `pillars`, `rotation` (each rotation of the network, FROM until TO),
`deadlines` (FROM to TO), `meetings`, `analyze` (every `--table`) and `diff`
(FROM to TO) with `--format csv` and `--format json` on the same network, and
checks each CSV cell against the JSON value it stands for: text as it is,
numbers as in the JSON, booleans `true`/`false`, null empty, lists joined by
"; ", and a cell a spreadsheet would run as a formula (starting with =, +, -,
@, tab or CR, and not a plain number) defused with a leading `'`. Also checks
RFC 4180's octets: UTF-8, CRLF after every record (bare LF or CR only inside
quotes), a defused cell always quoted, every record as wide as the header.
Prints one line per problem; exits 1 if there is any, else 0.
"""

import csv
import io
import json
import re
import subprocess
import sys

PROBLEMS = []
NUMBER = re.compile(r"[-+]?[0-9]+(\.[0-9]+)?")


def problem(message):
    PROBLEMS.append(message)
    print(message)


def run(program, args):
    done = subprocess.run([program] + args, capture_output=True, check=False)
    if done.returncode != 0:
        problem(f"netgov {' '.join(args)} exited {done.returncode}: {done.stderr!r}")
    return done.stdout


def defused(text):
    if text and text[0] in "=+-@\t\r" and not NUMBER.fullmatch(text):
        return "'" + text
    return text


def cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, str):
        return value
    return json.dumps(value)


def check_octets(raw, what):
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        problem(f"{what}: not UTF-8: {error}")
    if not raw.endswith(b"\r\n"):
        problem(f"{what}: does not end with CRLF")
    quoted = False
    for i, byte in enumerate(raw):
        if byte == ord('"'):
            quoted = not quoted
        elif not quoted and byte == ord("\n") and (i == 0 or raw[i - 1] != ord("\r")):
            problem(f"{what}: bare LF outside quotes at octet {i}")
        elif not quoted and byte == ord("\r") and raw[i + 1:i + 2] != b"\n":
            problem(f"{what}: bare CR outside quotes at octet {i}")


def table(program, args, what):
    """The CSV output of `args` as (header, rows of cells)."""
    raw = run(program, args)
    check_octets(raw, what)
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8", "replace"), newline=""),
                           strict=True))
    if not rows:
        problem(f"{what}: no header row")
        return [], []
    for number, row in enumerate(rows[1:], 2):
        if len(row) != len(rows[0]):
            problem(f"{what}:{number}: {len(row)} cells, the header has {len(rows[0])}")
    for row in rows[1:]:
        for value in row:
            if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "\t", "\r"):
                quoted = ('"' + value.replace('"', '""') + '"').encode()
                if quoted not in raw:
                    problem(f"{what}: defused cell {value!r} is not quoted")
    return rows[0], rows[1:]


def compare(what, header, rows, want_header, want_rows):
    if header != want_header:
        problem(f"{what}: header {header!r}, want {want_header!r}")
    want = [[defused(cell(v)) for v in row] for row in want_rows]
    if len(rows) != len(want):
        problem(f"{what}: {len(rows)} rows, want {len(want)}")
    for number, (got, expected) in enumerate(zip(rows, want), 2):
        if got != expected:
            problem(f"{what}:{number}: got {got!r}, want {expected!r}")


def network_json(path):
    with open(path, encoding="utf-8") as f:
        return json.loads("".join(l for l in f if not l.lstrip().startswith("//")))


def main(argv):
    if len(argv) != 6:
        print(__doc__)
        return 2
    program, network, window_from, window_to, as_of = argv[1:]
    base = ["--network", network, "--as-of", as_of]

    def both(args, what):
        header, rows = table(program, base + args + ["--format", "csv"], what)
        return header, rows, json.loads(run(program, base + args + ["--format", "json"]))

    header, rows, doc = both(["pillars"], "pillars")
    compare("pillars", header, rows,
            ["number", "id", "name", "launched", "leadership", "leads", "provisional_leads",
             "members", "supporters", "launch_condition"],
            [[p["number"], p["id"], p["name"], p["launched"], p["leadership"],
              [l["entity"] for l in p["leads"] if not l["provisional"]],
              [l["entity"] for l in p["leads"] if l["provisional"]],
              p["members"], p["supporters"], p.get("launch_condition")]
             for p in doc["pillars"]])

    for rotation in network_json(network).get("rotations", []):
        header, rows, doc = both(["rotation", rotation["id"], "--from", window_from,
                                  "--until", window_to], "rotation " + rotation["id"])
        compare("rotation", header, rows,
                ["rotation", "start", "end", "holders", "status", "reason"],
                [[doc["rotation"], t["start"], t["end"], t["holders"], t["status"], t["reason"]]
                 for t in doc["terms"]])

    def relations(items):
        out = []
        for r in items:
            text = f"{r['kind']} {r['id']}"
            if r["entity"] is not None:
                text += f" ({r['entity']})"
            if r["term"] is not None:
                text += f" (term {r['term']})"
            out.append(text)
        return "; ".join(out)

    header, rows, doc = both(["deadlines", "--from", window_from, "--to", window_to],
                             "deadlines")
    compare("deadlines", header, rows,
            ["date", "unadjusted", "id", "title", "occurrence", "calendar", "convention",
             "reminders", "relates_to", "source"],
            [[d["date"], d["unadjusted"], d["id"], d["title"], d["occurrence"], d["calendar"],
              d["convention"], d["reminders"], relations(d["relates_to"]), d["source"]]
             for d in doc["deadlines"]])

    header, rows, doc = both(["meetings"], "meetings")
    want = []
    for m in doc["meetings"]:
        row = [m["id"], m["title"], m["start"], m["end"], m["time_zone"], m["venue"]]
        if not m["local"]:
            want.append(row + [None, None, None])
        for entity in sorted(m["local"]):
            want.append(row + [entity, m["local"][entity], m["local_end"][entity]])
    compare("meetings", header, rows,
            ["id", "title", "start", "end", "time_zone", "venue", "entity", "local_start",
             "local_end"], want)

    entities = [e["entity"] for e in
                json.loads(run(program, base + ["analyze", "--format", "json"]))["entities"]]
    extra = ["--from-entity", entities[0], "--to-entity", entities[-1], "--leave", entities[0]]
    doc = json.loads(run(program, base + ["analyze", "--format", "json"] + extra))
    tables = {
        "entities": (["entity", "leads", "roles", "betweenness"],
                     [[e["entity"], e["leads"], e["roles"], e["betweenness"]]
                      for e in doc["entities"]]),
        "projection": (["a", "b", "shared"],
                       [[s["a"], s["b"], s["shared"]] for s in doc["projection"]]),
        "articulation-points": (["entity"], [[x] for x in doc["articulation_points"]]),
        "unled-pillars": (["pillar"], [[x] for x in doc["unled_pillars"]]),
        "provisional-pillars": (["pillar"], [[x] for x in doc["provisional_pillars"]]),
        "entities-without-role": (["entity"], [[x] for x in doc["entities_without_role"]]),
        "path": (["step", "id"], [[i, x] for i, x in enumerate(doc["path"]["ids"])]),
        "leave": (["entity", "effect", "id"],
                  [[doc["leave"]["entity"], "pillar-losing-lead", x]
                   for x in doc["leave"]["pillars_losing_lead"]] +
                  [[doc["leave"]["entity"], "entity-disconnected", x]
                   for x in doc["leave"]["entities_disconnected"]]),
    }
    for name, (want_header, want_rows) in tables.items():
        header, rows = table(program, base + ["analyze", "--format", "csv", "--table", name] +
                             extra, f"analyze {name}")
        compare(f"analyze {name}", header, rows, want_header, want_rows)
    header, rows = table(program, base + ["analyze", "--format", "csv"], "analyze")
    compare("analyze (default table)", header, rows, *tables["entities"])

    header, rows, doc = both(["diff", "--from", window_from, "--to", window_to], "diff")
    want = []
    for key, change in (("roles_started", "role-started"), ("roles_ended", "role-ended")):
        want += [[change, r["date"], r["pillar"], r["entity"], r["role"], r["provisional"],
                  None, None, None, None, None] for r in doc[key]]
    want += [["pillar-launched", p["date"], p["pillar"]] + [None] * 8
             for p in doc["pillars_launched"]]
    want += [["seats-changed"] + [None] * 5 + [s["rotation"], s["before"], s["after"], None, None]
             for s in doc["seats_changed"]]
    want += [["deadline-passed", d["date"]] + [None] * 7 + [d["id"], d["title"]]
             for d in doc["deadlines_passed"]]
    compare("diff", header, rows,
            ["change", "date", "pillar", "entity", "role", "provisional", "rotation", "before",
             "after", "deadline", "title"], want)

    if not PROBLEMS:
        print("CSV output read back and matched the JSON")
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
