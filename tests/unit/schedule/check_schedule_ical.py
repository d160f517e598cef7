#!/usr/bin/env python3
"""Independent check of brf_schedule_to_ical.

Runs tests/unit/schedule/write_schedules.c, which writes for each scenario NAME a
calendar DIR/NAME.ics and the schedule's sessions DIR/NAME.txt. Parses each
calendar with Debian's python3-icalendar, expands every RRULE with
dateutil.rrule, and checks that the occurrences (start, title, duration) are
exactly the schedule's sessions; also checks CRLF line ends, lines of at most
75 octets, unique UIDs, DTSTAMP, the TZID and the reminders.

Usage: check_schedule_ical.py WRITE_PROGRAM OUTPUT_DIR
Exit codes: 0 pass, 1 fail, 77 skipped (python3-icalendar or the built-in
catalog missing).
"""
import collections
import datetime
import os
import subprocess
import sys

try:
    import icalendar
    from dateutil import rrule
except ImportError:
    print("skipped: python3-icalendar is not installed")
    sys.exit(77)

failures = []
SCENARIOS = ["series", "rest-days", "zoned", "expanded"]


def check(cond, message):
    if not cond:
        failures.append(message)


def check_raw(name, data):
    check(data.endswith(b"\r\n"), "%s: does not end with CRLF" % name)
    for number, line in enumerate(data.split(b"\r\n")[:-1], 1):
        check(b"\r" not in line and b"\n" not in line, "%s:%d: bare CR or LF" % (name, number))
        check(len(line) <= 75, "%s:%d: %d octets" % (name, number, len(line)))


def read_sessions(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    _, tz, reminder, flags = lines[0].split(" ")
    sessions = []
    for line in lines[1:]:
        _, at, duration, title = line.split(" ", 3)
        sessions.append((at, int(duration) // 1000 * 1000 + (1000 if int(duration) % 1000 >= 500 else 0), title))
    return tz, int(reminder), int(flags), sessions


def occurrences(event):
    start = event.decoded("DTSTART")
    if "RRULE" not in event:
        return [start]
    rule = event["RRULE"]
    check("COUNT" in rule and "UNTIL" not in rule, "%s: RRULE without COUNT" % event["UID"])
    text = rule.to_ical().decode("ascii")
    return list(rrule.rrulestr(text, dtstart=start.replace(tzinfo=None)))


def check_scenario(outdir, name):
    with open(os.path.join(outdir, name + ".ics"), "rb") as f:
        data = f.read()
    check_raw(name, data)
    tz, reminder, flags, sessions = read_sessions(os.path.join(outdir, name + ".txt"))
    calendar = icalendar.Calendar.from_ical(data)
    check(str(calendar.get("VERSION")) == "2.0", "%s: VERSION" % name)
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    uids = [str(e["UID"]) for e in events]
    check(len(set(uids)) == len(uids), "%s: UIDs repeat" % name)
    got = []
    rules = 0
    for event in events:
        uid = str(event["UID"])
        check(uid.endswith("@backrelief"), "%s: UID %s" % (name, uid))
        check("DTSTAMP" in event, "%s: %s has no DTSTAMP" % (name, uid))
        dtstart = event["DTSTART"]
        if tz == "-":
            check("TZID" not in dtstart.params, "%s: %s has a TZID" % (name, uid))
        else:
            check(dtstart.params.get("TZID") == tz, "%s: %s TZID %r" % (name, uid, dtstart.params.get("TZID")))
        if "RRULE" in event:
            rules += 1
            check(not (flags & 1), "%s: %s has an RRULE although expanded" % (name, uid))
        duration = int(event.decoded("DURATION").total_seconds() * 1000)
        title = str(event["SUMMARY"])
        check(str(event["DESCRIPTION"]).startswith("1. "), "%s: %s DESCRIPTION" % (name, uid))
        alarms = list(event.walk("VALARM"))
        if reminder < 0:
            check(not alarms, "%s: %s has an alarm" % (name, uid))
        else:
            check(len(alarms) == 1 and alarms[0].decoded("TRIGGER") ==
                  -datetime.timedelta(milliseconds=reminder), "%s: %s alarm" % (name, uid))
        for when in occurrences(event):
            got.append((when.strftime("%Y-%m-%dT%H:%M"), duration, title))
    want = collections.Counter(sessions)
    have = collections.Counter(got)
    check(want == have, "%s: occurrences differ: missing %s, extra %s" %
          (name, sorted((want - have).elements())[:5], sorted((have - want).elements())[:5]))
    if name == "series":
        check(rules >= 5, "series: only %d events with an RRULE" % rules)
    return len(got), len(events)


def check_programme(outdir):
    """A programme: one event per session; its DESCRIPTION lists exactly the
    exercises of the JSON's session at that start, in order."""
    import json
    with open(os.path.join(outdir, "programme.ics"), "rb") as f:
        data = f.read()
    check_raw("programme", data)
    with open(os.path.join(outdir, "programme.json"), encoding="utf-8") as f:
        doc = json.load(f)
    names = {}
    with open(os.path.join(outdir, "programme.names"), encoding="utf-8") as f:
        for line in f.read().splitlines():
            ident, name = line.split("\t", 1)
            names[ident] = name
    want = collections.Counter()
    for session in doc["sessions"]:
        want[(session["date"] + "T" + session["time"],
              tuple(names[i] for i in session["exercises"]))] += 1
    have = collections.Counter()
    events = [c for c in icalendar.Calendar.from_ical(data).walk() if c.name == "VEVENT"]
    for event in events:
        check("RRULE" not in event, "programme: %s has an RRULE" % event["UID"])
        check(str(event["SUMMARY"]) == "Back relief: legs",
              "programme: SUMMARY %r" % str(event["SUMMARY"]))
        check(len(list(event.walk("VALARM"))) == 1, "programme: %s has no alarm" % event["UID"])
        lines = str(event["DESCRIPTION"]).split("\n")
        steps = []
        for number, line in enumerate(lines, 1):
            prefix = "%d. " % number
            check(line.startswith(prefix) and ": " in line,
                  "programme: DESCRIPTION line %r" % line)
            steps.append(line[len(prefix):].rsplit(": ", 1)[0])
        start = event.decoded("DTSTART").strftime("%Y-%m-%dT%H:%M")
        have[(start, tuple(steps))] += 1
    check(want == have, "programme: events differ from the JSON: missing %s, extra %s" %
          (sorted((want - have).elements())[:3], sorted((have - want).elements())[:3]))
    cold = [k for k in have.elements() if any("old" in s for s in k[1])]
    check(cold and all(len(k[1]) == 1 for k in cold),
          "programme: a cold-pack event holds other steps")
    return len(events)


def main():
    program, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    result = subprocess.run([program, outdir])
    if result.returncode == 77:
        return 77
    if result.returncode != 0:
        print("FAIL: %s exited with %d" % (program, result.returncode))
        return 1
    report = []
    for name in SCENARIOS:
        occ, ev = check_scenario(outdir, name)
        report.append("%s %d events %d occurrences" % (name, ev, occ))
    report.append("programme %d events" % check_programme(outdir))
    if failures:
        for message in failures:
            print("FAIL:", message)
        return 1
    print("ok: " + "; ".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
