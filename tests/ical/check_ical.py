#!/usr/bin/python3
"""Reads netgov's iCalendar output back with an independent parser.

Usage: check_ical.py NETGOV_PROGRAM NETWORK_FILE FROM TO AS_OF

Runs `netgov deadlines` and `netgov meetings` in `--format ics` and
`--format json` on the same network and window, parses the iCalendar text with
Python's `icalendar` (Debian's python3-icalendar), expands recurrences with
`dateutil.rrule` (RRULE + RDATE - EXDATE, DTSTART included as RFC 5545 says)
and compares every field with the JSON, the alarms of every occurrence
included (an occurrence whose business-day reminders fall a different number
of days before it has its own VEVENT with a RECURRENCE-ID). Also checks the
octet-level rules:
CRLF line ends, lines of at most 75 octets, folds that never split a UTF-8
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
    from dateutil import rrule
except ImportError as missing:  # ctest skips on 77 (scripts/deps.sh installs it)
    print(f"skipped: {missing}; install python3-icalendar")
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


def date_list(component, name):
    """The dates of every EXDATE or RDATE property of `component`."""
    values = component.get(name)
    if values is None:
        return []
    if not isinstance(values, list):
        values = [values]
    return [as_date(d.dt) for v in values for d in v.dts]


def expand(event, window_from, window_to):
    start = as_date(event.decoded("DTSTART"))
    instances = {start}
    if "RRULE" in event:
        rule_text = event["RRULE"].to_ical().decode()
        dtstart = datetime.datetime.combine(start, datetime.time())
        rule = rrule.rrulestr(rule_text, dtstart=dtstart)
        # Enough instances for any window the checks use.
        last = datetime.datetime.combine(window_to, datetime.time())
        instances |= {d.date() for d in rule.between(dtstart, last, inc=True)}
    instances |= set(date_list(event, "RDATE"))
    instances -= set(date_list(event, "EXDATE"))
    return sorted(d for d in instances if window_from <= d <= window_to)


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
    by_id = {}
    for item in listing:
        by_id.setdefault(item["id"], []).append(item)
    # A series' VEVENT, and the VEVENTs (RECURRENCE-ID) of occurrences whose
    # alarms differ from the series'.
    all_events = cal.walk("VEVENT")
    events = [e for e in all_events if "RECURRENCE-ID" not in e]
    overrides = {}
    for e in all_events:
        if "RECURRENCE-ID" in e:
            overrides.setdefault(str(e["UID"]), {})[as_date(e.decoded("RECURRENCE-ID"))] = e
    expect("deadline events", sorted(str(e["UID"]) for e in events),
           sorted(f"{i}@{json.loads(run(program, ['--network', network, 'brief', '--as-of', as_of, '--format', 'json']))['network']['id']}.netgov"
                  for i in by_id))
    for event in events:
        uid = str(event["UID"])
        deadline_id = uid.split("@")[0]
        items = by_id.get(deadline_id, [])
        if not items:
            problem(f"{uid}: no such deadline in the JSON listing")
            continue
        expect(f"{uid} SUMMARY", str(event["SUMMARY"]), items[0]["title"])
        expect(f"{uid} DTSTAMP", event.decoded("DTSTAMP"),
               datetime.datetime.fromisoformat(as_of + "T00:00:00+00:00"))
        expect(f"{uid} DTSTART is a date", type(event.decoded("DTSTART")), datetime.date)
        description = str(event["DESCRIPTION"])
        if items[0]["source"] and f'Source: "{items[0]["source"]}"' not in description:
            problem(f"{uid}: DESCRIPTION lacks the source: {description!r}")
        expect(f"{uid} dates", [d.isoformat() for d in expand(event, start, end)],
               [i["date"] for i in items])
        # Each override stands for an instance of the series, on its date,
        # with the same text, and changes the alarms (else it is not needed).
        own = overrides.get(uid, {})
        horizon = max([end] + list(own))
        instances = set(expand(event, datetime.date(1400, 1, 1), horizon))
        for rid, override in sorted(own.items()):
            if rid not in instances:
                problem(f"{uid}: RECURRENCE-ID {rid} is not an instance of the series")
            expect(f"{uid} {rid} DTSTART", as_date(override.decoded("DTSTART")), rid)
            expect(f"{uid} {rid} SUMMARY", str(override["SUMMARY"]), str(event["SUMMARY"]))
            expect(f"{uid} {rid} DESCRIPTION", str(override["DESCRIPTION"]), description)
            if (sorted(a.decoded("TRIGGER") for a in override.walk("VALARM")) ==
                    sorted(a.decoded("TRIGGER") for a in event.walk("VALARM"))):
                problem(f"{uid} {rid}: an override with the series' own alarms")
        # Alarms: every occurrence's reminders, as offsets before it, from its
        # override if it has one, else from the series.
        for item in items:
            date = datetime.date.fromisoformat(item["date"])
            source = own.get(date, event)
            want = sorted(date - datetime.date.fromisoformat(r) for r in item["reminders"])
            got = sorted(-a.decoded("TRIGGER") for a in source.walk("VALARM"))
            expect(f"{uid} {date} VALARM triggers", got, want)
            for alarm in source.walk("VALARM"):
                expect(f"{uid} VALARM ACTION", str(alarm["ACTION"]), "DISPLAY")
                expect(f"{uid} VALARM DESCRIPTION", str(alarm["DESCRIPTION"]),
                       "Reminder: " + items[0]["title"])


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


def main(argv):
    if len(argv) != 6:
        print(__doc__)
        return 2
    program, network, window_from, window_to, as_of = argv[1:]
    check_deadlines(program, network, window_from, window_to, as_of)
    check_meetings(program, network, as_of)
    if not PROBLEMS:
        print("iCalendar output read back and matched")
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
