#!/usr/bin/python3
"""Reads netgov's iCalendar output back with independent parsers.

Usage: check_ical.py NETGOV_PROGRAM NETWORK_FILE FROM TO AS_OF

Runs `netgov deadlines`, `netgov meetings` and `netgov rotation` (every
rotation of the network, its terms from FROM until TO) in `--format ics` and
`--format json` on the same network and window, parses the iCalendar text with
Python's `icalendar` (Debian's python3-icalendar), expands every series with
`recurring_ical_events` (Debian's python3-recurring-ical-events: RRULE and
override VEVENTs with a RECURRENCE-ID, as calendar programs apply them) over
the window, and compares each instance's date, text and alarms with the JSON.
Deadlines must use no RDATE and no EXDATE, and every override must change
something (its date or its alarms). Also checks the octet-level rules: CRLF
line ends, lines of at most 75 octets, folds that never split a UTF-8
character. Prints one line per problem; exits 1 if there is any, else 0.
Run with /usr/bin/python3 (Debian's modules), not a pyenv interpreter.
Exits 77 (a skip for ctest) when those modules are missing.
"""

import datetime
import json
import subprocess
import sys

try:
    import icalendar
    import recurring_ical_events
except ImportError as missing:  # ctest skips on 77 (scripts/deps.sh installs them)
    print(f"skipped: {missing}; install python3-icalendar python3-recurring-ical-events")
    sys.exit(77)

PROBLEMS = []


def problem(message):
    PROBLEMS.append(message)
    print(message)


def expect(what, got, want):
    if got != want:
        problem(f"{what}: got {got!r}, want {want!r}")


def run(program, args):
    done = subprocess.run([program] + args, capture_output=True, check=False)
    if done.returncode != 0:
        problem(f"netgov {' '.join(args)} exited {done.returncode}: {done.stderr!r}")
    return done.stdout


def check_octets(raw, what):
    if not raw.endswith(b"\r\n"):
        problem(f"{what}: does not end with CRLF")
    lines = raw.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            problem(f"{what}:{number}: bare CR or LF inside a line")
        if len(line) > 75:
            problem(f"{what}:{number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problem(f"{what}:{number}: a fold splits a UTF-8 character")
    unfolded = raw.replace(b"\r\n ", b"")
    unfolded.decode("utf-8")  # raises if the whole text is not UTF-8


def as_date(value):
    return value if not isinstance(value, datetime.datetime) else value.date()


def instances(cal, window_from, window_to):
    """Every instance in [window_from, window_to], by UID, sorted by date."""
    found = {}
    span_end = window_to + datetime.timedelta(days=1)
    for instance in recurring_ical_events.of(cal).between(window_from, span_end):
        found.setdefault(str(instance["UID"]), []).append(instance)
    for items in found.values():
        items.sort(key=lambda e: as_date(e.decoded("DTSTART")))
    return found


def check_deadlines(program, network, window_from, window_to, as_of):
    args = ["--network", network, "--as-of", as_of, "deadlines", "--from", window_from,
            "--to", window_to]
    raw = run(program, args + ["--format", "ics"])
    listing = json.loads(run(program, args + ["--format", "json"]))["deadlines"]
    check_octets(raw, "deadlines.ics")
    cal = icalendar.Calendar.from_ical(raw)
    expect("VERSION", str(cal["VERSION"]), "2.0")
    expect("PRODID", str(cal["PRODID"]), "-//netgov//netgov 0.1.0//EN")
    start = datetime.date.fromisoformat(window_from)
    end = datetime.date.fromisoformat(window_to)
    network_id = network_json(network)["network"]["id"]
    by_id = {}
    for item in listing:
        by_id.setdefault(f"{item['id']}@{network_id}.netgov", []).append(item)
    series = {}
    for event in cal.walk("VEVENT"):
        uid = str(event["UID"])
        for banned in ("RDATE", "EXDATE"):
            if banned in event:
                problem(f"{uid}: has {banned}")
        if "RECURRENCE-ID" not in event:
            series[uid] = event
    expect("deadline series", sorted(series), sorted(by_id))
    for event in cal.walk("VEVENT"):
        uid = str(event["UID"])
        master = series.get(uid)
        if master is None:
            problem(f"{uid}: an override without its series")
            continue
        expect(f"{uid} DTSTART is a date", type(event.decoded("DTSTART")), datetime.date)
        expect(f"{uid} DTSTAMP", event.decoded("DTSTAMP"),
               datetime.datetime.fromisoformat(as_of + "T00:00:00+00:00"))
        if "RECURRENCE-ID" not in event:
            continue
        rid = as_date(event.decoded("RECURRENCE-ID"))
        expect(f"{uid} {rid} SUMMARY", str(event["SUMMARY"]), str(master["SUMMARY"]))
        expect(f"{uid} {rid} DESCRIPTION", str(event["DESCRIPTION"]),
               str(master["DESCRIPTION"]))
        if (as_date(event.decoded("DTSTART")) == rid and
                sorted(a.decoded("TRIGGER") for a in event.walk("VALARM")) ==
                sorted(a.decoded("TRIGGER") for a in master.walk("VALARM"))):
            problem(f"{uid} {rid}: an override that changes nothing")
    found = instances(cal, start, end)
    expect("deadlines with instances", sorted(found), sorted(by_id))
    for uid, items in sorted(by_id.items()):
        got = found.get(uid, [])
        expect(f"{uid} dates", [as_date(e.decoded("DTSTART")).isoformat() for e in got],
               [i["date"] for i in items])
        for instance, item in zip(got, items):
            date = datetime.date.fromisoformat(item["date"])
            expect(f"{uid} {date} SUMMARY", str(instance["SUMMARY"]), item["title"] or item["id"])
            description = str(instance["DESCRIPTION"])
            if item["source"] and f'Source: "{item["source"]}"' not in description:
                problem(f"{uid}: DESCRIPTION lacks the source: {description!r}")
            # Alarms: every occurrence's reminders, as offsets before it.
            want = sorted(date - datetime.date.fromisoformat(r) for r in item["reminders"])
            got_alarms = sorted(-a.decoded("TRIGGER") for a in instance.walk("VALARM"))
            expect(f"{uid} {date} VALARM triggers", got_alarms, want)
            for alarm in instance.walk("VALARM"):
                expect(f"{uid} VALARM ACTION", str(alarm["ACTION"]), "DISPLAY")
                expect(f"{uid} VALARM DESCRIPTION", str(alarm["DESCRIPTION"]),
                       "Reminder: " + (item["title"] or item["id"]))


def network_json(path):
    """The network file, its // comment lines dropped."""
    with open(path, encoding="utf-8") as f:
        text = "".join(line for line in f if not line.lstrip().startswith("//"))
    return json.loads(text)


def check_rotations(program, network, window_from, window_to, as_of):
    start = datetime.date.fromisoformat(window_from)
    end = datetime.date.fromisoformat(window_to)
    for rotation in network_json(network).get("rotations", []):
        args = ["--network", network, "--as-of", as_of, "rotation", rotation["id"],
                "--from", window_from, "--until", window_to]
        raw = run(program, args + ["--format", "ics"])
        doc = json.loads(run(program, args + ["--format", "json"]))
        check_octets(raw, "rotation.ics")
        cal = icalendar.Calendar.from_ical(raw)
        found = [e for items in instances(cal, start, end).values() for e in items]
        found.sort(key=lambda e: as_date(e.decoded("DTSTART")))
        terms = doc["terms"]
        network_id = network_json(network)["network"]["id"]
        expect(f"{rotation['id']} UIDs", sorted(str(e["UID"]) for e in found),
               sorted(f"{rotation['id']}-{t['start']}@{network_id}.netgov" for t in terms))
        expect(f"{rotation['id']} starts", [as_date(e.decoded("DTSTART")).isoformat() for e in found],
               [t["start"] for t in terms])
        for event, term in zip(found, terms):
            last = datetime.date.fromisoformat(term["end"])
            if "DTEND" in event:
                expect(f"{rotation['id']} {term['start']} DTEND", as_date(event.decoded("DTEND")),
                       last + datetime.timedelta(days=1))
            summary = str(event["SUMMARY"])
            if not summary.endswith(f"({term['status']})"):
                problem(f"{rotation['id']} {term['start']}: SUMMARY {summary!r} lacks the status")
            expect(f"{rotation['id']} {term['start']} DESCRIPTION",
                   str(event.get("DESCRIPTION", "")), term["reason"])


def offset_at(vtimezone, local):
    """The UTC offset the VTIMEZONE gives a local (naive) time."""
    best = None
    for sub in vtimezone.subcomponents:
        onset = sub.decoded("DTSTART")
        if onset <= local and (best is None or onset > best[0]):
            best = (onset, sub.decoded("TZOFFSETTO"))
    if best is None:
        problem(f"{vtimezone['TZID']}: no component covers {local}")
        return datetime.timedelta(0)
    return best[1]


def check_meetings(program, network, as_of):
    args = ["--network", network, "--as-of", as_of, "meetings"]
    raw = run(program, args + ["--format", "ics"])
    listing = {m["id"]: m for m in json.loads(run(program, args + ["--format", "json"]))["meetings"]}
    check_octets(raw, "meetings.ics")
    # Read the local times as written, without letting the parser apply a
    # time zone database of its own: the VTIMEZONE in the file must suffice.
    cal = icalendar.Calendar.from_ical(raw)
    zones = {str(z["TZID"]): z for z in cal.walk("VTIMEZONE")}
    events = cal.walk("VEVENT")
    expect("meeting events", sorted(str(e["UID"]).split("@")[0] for e in events), sorted(listing))
    for event in events:
        uid = str(event["UID"])
        meeting = listing.get(uid.split("@")[0])
        if meeting is None:
            continue
        for key, prop in (("start", "DTSTART"), ("end", "DTEND")):
            tzid = event[prop].params.get("TZID")
            expect(f"{uid} {prop} TZID", tzid, meeting["time_zone"])
            if tzid not in zones:
                problem(f"{uid}: no VTIMEZONE for {tzid}")
                continue
            local = datetime.datetime.strptime(event[prop].to_ical().decode(), "%Y%m%dT%H%M%S")
            utc = local - offset_at(zones[tzid], local)
            want = datetime.datetime.fromisoformat(meeting[key])
            expect(f"{uid} {prop} instant", utc.replace(tzinfo=datetime.timezone.utc), want)
            if key == "start":
                for entity, text in meeting["local"].items():
                    expect(f"{uid} local time of {entity}",
                           datetime.datetime.fromisoformat(text), want)
        expect(f"{uid} SUMMARY", str(event["SUMMARY"]), meeting["title"] or meeting["id"])
        if meeting["venue"]:
            expect(f"{uid} LOCATION", str(event["LOCATION"]), meeting["venue"])
        expect(f"{uid} DTSTAMP", event.decoded("DTSTAMP"),
               datetime.datetime.fromisoformat(as_of + "T00:00:00+00:00"))
    # The expander (which reads TZID with its own zone database) finds every
    # meeting once, at its instant.
    found = instances(cal, datetime.date(1900, 1, 1), datetime.date(2199, 12, 31))
    expect("meeting instances", sorted(uid.split("@")[0] for uid in found), sorted(listing))
    for uid, items in found.items():
        meeting = listing.get(uid.split("@")[0])
        if meeting is None:
            continue
        expect(f"{uid} instances", len(items), 1)
        expect(f"{uid} instant", items[0].decoded("DTSTART"),
               datetime.datetime.fromisoformat(meeting["start"]))


def main(argv):
    if len(argv) != 6:
        print(__doc__)
        return 2
    program, network, window_from, window_to, as_of = argv[1:]
    check_deadlines(program, network, window_from, window_to, as_of)
    check_meetings(program, network, as_of)
    check_rotations(program, network, window_from, window_to, as_of)
    if not PROBLEMS:
        print("iCalendar output read back and matched")
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
