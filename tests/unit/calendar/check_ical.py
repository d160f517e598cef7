#!/usr/bin/env python3
"""Independent check of libbackrelief's iCalendar writer.

Runs the C test program (tests/unit/calendar/write_sample.c) to write DIR/sample.ics
and DIR/expected.txt, parses the calendar with Debian's python3-icalendar,
expands each RRULE with dateutil.rrule, and compares events, texts and
occurrence dates with the ones the C side lists. Also checks the raw bytes:
CRLF line ends and no physical line longer than 75 octets.

Usage: check_ical.py WRITE_SAMPLE_PROGRAM OUTPUT_DIR
Exit codes: 0 pass, 1 fail, 77 skipped (python3-icalendar missing).
"""
import os
import subprocess
import sys

try:
    import icalendar
    from dateutil import rrule
except ImportError:
    print("skipped: python3-icalendar is not installed")
    sys.exit(77)

import datetime

failures = []


def check(cond, message):
    if not cond:
        failures.append(message)


def read_expected(path):
    events = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition(" ")
            if key == "event":
                events.append({"uid": value, "at": [], "description": None})
            else:
                if key == "at":
                    events[-1]["at"].append(value)
                else:
                    events[-1][key] = value
    return events


def check_raw_lines(data):
    check(data.endswith(b"\r\n"), "the calendar does not end with CRLF")
    lines = data.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, 1):
        check(b"\r" not in line and b"\n" not in line, "line %d has a bare CR or LF" % number)
        check(len(line) <= 75, "line %d has %d octets" % (number, len(line)))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            failures.append("line %d is not UTF-8 on its own (split character)" % number)
    return len(lines)


def text_of(dt):
    """The wall-clock text of a DTSTART or an occurrence, as the C side writes it."""
    if isinstance(dt, datetime.datetime):
        return dt.strftime("%Y-%m-%dT%H:%M")
    return dt.strftime("%Y-%m-%d")


def occurrences(event):
    start = event.decoded("DTSTART")
    if "RRULE" not in event:
        return [start]
    rule_text = event["RRULE"].to_ical().decode("ascii")
    if isinstance(start, datetime.datetime):
        expanded = list(rrule.rrulestr(rule_text, dtstart=start))
    else:
        # dateutil works on datetimes: expand all-day rules from midnight.
        midnight = datetime.datetime.combine(start, datetime.time())
        until = event["RRULE"].get("UNTIL")
        if until:
            rule_text = rule_text.replace(
                "UNTIL=" + until[0].strftime("%Y%m%d"),
                "UNTIL=" + until[0].strftime("%Y%m%d") + "T000000")
        expanded = [d.date() for d in rrule.rrulestr(rule_text, dtstart=midnight)]
    check(len(expanded) < 1000, "unbounded recurrence")
    return expanded


def main():
    program, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    subprocess.run([program, outdir], check=True)
    with open(os.path.join(outdir, "sample.ics"), "rb") as f:
        data = f.read()
    line_count = check_raw_lines(data)
    expected = read_expected(os.path.join(outdir, "expected.txt"))

    calendar = icalendar.Calendar.from_ical(data)
    check(str(calendar.get("VERSION")) == "2.0", "VERSION is not 2.0")
    check("PRODID" in calendar, "no PRODID")
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    check(len(events) == len(expected),
          "%d events parsed, %d expected" % (len(events), len(expected)))
    occurrences_checked = 0
    for event, want in zip(events, expected):
        uid = str(event.get("UID"))
        check(uid == want["uid"], "UID %r, expected %r" % (uid, want["uid"]))
        check("DTSTAMP" in event, "%s: no DTSTAMP" % uid)
        check(str(event.get("SUMMARY")) == want["summary"],
              "%s: SUMMARY %r, expected %r" % (uid, str(event.get("SUMMARY")), want["summary"]))
        if want["description"] is not None:
            got = str(event.get("DESCRIPTION")).replace("\n", "\\n")
            check(got == want["description"],
                  "%s: DESCRIPTION %r, expected %r" % (uid, got, want["description"]))
        got_dates = [text_of(d) for d in occurrences(event)]
        check(got_dates == want["at"],
              "%s: occurrences %s, C side lists %s" % (uid, got_dates, want["at"]))
        occurrences_checked += len(got_dates)
        for alarm in event.walk("VALARM"):
            check(str(alarm.get("ACTION")) == "DISPLAY", "%s: alarm ACTION" % uid)
            check(alarm.decoded("TRIGGER") == -datetime.timedelta(minutes=10),
                  "%s: alarm TRIGGER %r" % (uid, alarm.decoded("TRIGGER")))
    check(occurrences_checked >= 20, "too few occurrences compared: %d" % occurrences_checked)

    if failures:
        for message in failures:
            print("FAIL:", message)
        return 1
    print("ok: %d lines, %d events, %d occurrences match" %
          (line_count, len(events), occurrences_checked))
    return 0


if __name__ == "__main__":
    sys.exit(main())
