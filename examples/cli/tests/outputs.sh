#!/bin/sh
# Output files (issue 21, items 1 and 9): new ones are 0644, or 0600 when
# they hold health data (export: the journal); a replaced one keeps its
# mode; one with hard links, or reached through a symbolic link, is written
# in place and keeps its links; data files are 0600 for the journal and the
# last session's record, 0644 for the rest.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
d=$tmp/data
b() { "$cli" --data-dir "$d" "$@"; }
umask 022
mode() { stat -c %a "$1"; }

b plan --goal maintenance --minutes 10 -o "$tmp/r.json" >/dev/null || fail "plan -o exited $?"
[ "$(mode "$tmp/r.json")" = 644 ] || fail "a new plan -o file is $(mode "$tmp/r.json")"
b schedule "$tmp/r.json" --start 2026-01-05 --weeks 1 --ics "$tmp/s.ics" >/dev/null ||
  fail "schedule --ics exited $?"
[ "$(mode "$tmp/s.ics")" = 644 ] || fail "a new .ics is $(mode "$tmp/s.ics")"
b log --routine "$tmp/r.json" --date 2026-01-05 --pain-before 3 --pain-after 2 --tightness-before 4 --tightness-after 3 >/dev/null 2>&1 || fail "log exited $?"
b export -o "$tmp/e.json" || fail "export -o exited $?"
[ "$(mode "$tmp/e.json")" = 600 ] || fail "a new export (health data) is $(mode "$tmp/e.json")"
[ "$(mode "$d/journal.jsonl")" = 600 ] || fail "the journal is $(mode "$d/journal.jsonl")"
[ "$(mode "$d/schedule.json")" = 644 ] || fail "schedule.json is $(mode "$d/schedule.json")"
b plan --goal maintenance --minutes 10 --save evening >/dev/null || fail "plan --save exited $?"
[ "$(mode "$d/routines/evening.json")" = 644 ] || fail "a saved routine is $(mode "$d/routines/evening.json")"

# hard links: the file is written in place, both names see the new text
printf 'old\n' >"$tmp/a.ics"
ln "$tmp/a.ics" "$tmp/b.ics"
chmod 640 "$tmp/a.ics"
b schedule "$tmp/r.json" --start 2026-01-05 --weeks 2 --ics "$tmp/a.ics" >/dev/null ||
  fail "schedule --ics over a hard link exited $?"
[ "$(stat -c %h "$tmp/a.ics")" = 2 ] || fail "the hard link was broken"
cmp -s "$tmp/a.ics" "$tmp/b.ics" || fail "the other name does not see the new calendar"
grep -q '^BEGIN:VCALENDAR' "$tmp/b.ics" || fail "the calendar was not written"
grep -q '^old$' "$tmp/a.ics" && fail "the old text is left"
[ "$(mode "$tmp/a.ics")" = 640 ] || fail "the mode changed"
# a shorter text over a longer one: cut to its length
head -c 100000 /dev/zero | tr '\0' x >"$tmp/a.ics"
b plan --goal maintenance --minutes 10 -o "$tmp/a.ics" >/dev/null || fail "plan -o over a link exited $?"
grep -q xxxxxxxx "$tmp/b.ics" && fail "the longer old text was not cut"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/b.ics" 2>/dev/null ||
  { command -v python3 >/dev/null && fail "the routine written in place is not JSON"; }
# a symbolic link: written through, the link stays a link
ln -s "$tmp/target.json" "$tmp/link.json"
printf '{}' >"$tmp/target.json"
b export -o "$tmp/link.json" || fail "export -o through a link exited $?"
[ -L "$tmp/link.json" ] || fail "the link was replaced by a file"
grep -q '"format": "backrelief-export"' "$tmp/target.json" || fail "the link's target was not written"
ls -a "$tmp" | grep -q '\.tmp-' && fail "a temporary file was left"

finish "outputs: ok"
