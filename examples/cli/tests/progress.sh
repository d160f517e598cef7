#!/bin/sh
# schedule, stats and next: the calendar view, --json and --ics of a
# schedule; adherence against the saved schedule and the pain chart; the
# adaptation suggestion with its reasons, and progress once log --morning
# gives the next-morning ratings.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
b() { "$cli" --data-dir "$tmp/d" "$@"; }
py() { command -v python3 >/dev/null 2>&1 || return 0; python3 -c "import json, sys; d = json.load(sys.stdin); $1" || fail "$2"; }
cat >"$tmp/r.json" <<'R'
{"format":"backrelief-routine","format_version":1,"name":"Legs relief","steps":[{"exercise":"glute-bridge","dose":"2x10, 3x/week"},{"exercise":"cat-camel"}]}
R
mkdir -p "$tmp/d/routines" && cp "$tmp/r.json" "$tmp/d/routines/legs.json"

# schedule: a programme, each step at its own frequency (the bridge 3x/week,
# cat-camel daily from its catalog dose): one session a day, the bridge in 6
# of them (Mon, Wed, Sat)
b schedule "$tmp/r.json" --start 2026-11-16 --weeks 2 >"$tmp/cal.txt" 2>"$tmp/err" || fail "schedule exited $? ($(cat "$tmp/err"))"
grep -q '^Legs relief: programme, 14 sessions over 2 weeks$' "$tmp/cal.txt" || fail "schedule heading: $(head -1 "$tmp/cal.txt")"
grep -q '^Week of       Mon Tue Wed Thu Fri Sat Sun$' "$tmp/cal.txt" || fail "no calendar header"
[ "$(grep -c '^2026-11-' "$tmp/cal.txt")" -eq 2 ] || fail "not one row a week: $(cat "$tmp/cal.txt")"
[ "$(grep -o '\*' "$tmp/cal.txt" | wc -l)" -eq 14 ] || fail "not 14 marks: $(cat "$tmp/cal.txt")"
[ "$(grep -c 'Glute bridge' "$tmp/cal.txt")" -eq 6 ] || fail "not 6 bridge days: $(cat "$tmp/cal.txt")"
grep -q '^  mon 11-16  08:00  Glute bridge' "$tmp/cal.txt" && grep -q '^  tue 11-17  08:00  Cat-camel$' "$tmp/cal.txt" ||
  fail "the days do not list their exercises: $(cat "$tmp/cal.txt")"
[ -f "$tmp/d/schedule.json" ] || fail "the schedule was not kept in DATA"
# leg days: the day after Monday and Thursday
b schedule "$tmp/r.json" --start 2026-11-16 --weeks 1 --leg-days mon,thu --ics "$tmp/o.ics" >"$tmp/cal.txt" ||
  fail "schedule --leg-days exited $?"
grep -qxF '2026-11-16      .   *   .   .   *   .   .' "$tmp/cal.txt" || fail "leg days: $(cat "$tmp/cal.txt")"
head -1 "$tmp/o.ics" | grep -q '^BEGIN:VCALENDAR' || fail "--ics did not write iCalendar"
grep -q '^DTSTART:20261117T' "$tmp/o.ics" && [ "$(grep -c '^BEGIN:VEVENT' "$tmp/o.ics")" -eq 2 ] ||
  fail "the calendar does not start on Tuesday with 2 sessions: $(cat "$tmp/o.ics")"
ls "$tmp" | grep -q '^o\.ics\..' && fail "a temporary file was left behind"
b schedule "$tmp/r.json" --start 2026-11-16 --weeks 1 --frequency daily --json --save >"$tmp/s.json" || fail "--json exited $?"
py 'assert d["format"] == "backrelief-schedule" and len(d["sessions"]) == 7, d' "schedule --json" <"$tmp/s.json"
b schedule "$tmp/r.json" --weeks 2 >/dev/null 2>&1; st=$?; [ "$st" -eq 2 ] || fail "no --start exited $st"
b schedule "$tmp/r.json" --start 2026-13-01 --weeks 2 >/dev/null 2>&1; st=$?; [ "$st" -eq 2 ] || fail "a bad --start exited $st"
b schedule "$tmp/r.json" --start 2026-11-16 --weeks 200 >/dev/null 2>&1; st=$?; [ "$st" -eq 2 ] || fail "--weeks 200 exited $st"
b schedule "$tmp/r.json" --start 2026-11-16 --weeks 1 --frequency "often" >/dev/null 2>&1; st=$?
[ "$st" -eq 65 ] || fail "a bad --frequency exited $st"

# stats against the daily schedule of the week of 2026-11-16 (7 sessions)
for day in 16 17 18; do
  b log --routine "$tmp/r.json" --pain-before 5 --pain-after 4 --tightness-before 5 --tightness-after 4 \
    --date 2026-11-$day </dev/null >/dev/null || fail "log $day"
done
b log --routine "$tmp/r.json" --pain-before 3 --pain-after 2 --tightness-before 4 --tightness-after 3 \
  --date 2026-11-19 </dev/null >/dev/null
b log --routine "$tmp/r.json" --pain-before 2 --pain-after 2 --tightness-before 4 --tightness-after 3 \
  --date 2026-11-20 --completed skipped </dev/null >/dev/null
b stats --until 2026-11-22 >"$tmp/stats.txt" || fail "stats exited $?"
grep -q '^2026-11-16       4        7        57%$' "$tmp/stats.txt" || fail "adherence: $(cat "$tmp/stats.txt")"
grep -q '^  2026-11-16    Legs relief        5 #####         4 ####' "$tmp/stats.txt" || fail "chart: $(cat "$tmp/stats.txt")"
grep -q '^Pain trend: falling$' "$tmp/stats.txt" || fail "trend: $(grep trend "$tmp/stats.txt")"
grep -q "$(printf '\033')" "$tmp/stats.txt" && fail "colour with NO_COLOR"
b stats --until 2026-11-22 --json >"$tmp/stats.json" || fail "stats --json exited $?"
py 'w = d["weeks"][-1]; assert (w["done"], w["prescribed"], w["percent"]) == (4, 7, 57) and d["trend"] == "falling" and len(d["pain"]) == 5, d' "stats --json" <"$tmp/stats.json"
"$cli" --data-dir "$tmp/none" stats --json | py 'assert d["sessions"] == 0 and d["weeks"][0]["prescribed"] is None, d' "stats of nothing"

# next: the newest saved routine; reasons with sources; severe pain refers (3)
b next --date 2026-11-20 >"$tmp/next.txt"; st=$?
[ "$st" -eq 0 ] || fail "next exited $st"
grep -q '^Next: ' "$tmp/next.txt" && grep -q 'source: ' "$tmp/next.txt" || fail "next: $(cat "$tmp/next.txt")"
b next --date 2026-11-20 --json | py 'assert d["outcome"] in ("hold", "progress", "insufficient-data") and d["reasons"] and all(r["source"] for r in d["reasons"]), d' "next --json"
b log --routine "$tmp/r.json" --pain-before 2 --pain-after 9 --tightness-before 4 --tightness-after 3 \
  --date 2026-11-21 </dev/null >/dev/null
b next --date 2026-11-22 --json >"$tmp/next.json"; st=$?
[ "$st" -eq 3 ] || fail "next after severe pain exited $st"
py 'assert d["outcome"] == "refer", d' "next refer" <"$tmp/next.json"
# next-morning ratings recorded with log --morning turn two green sessions into progress
mkdir -p "$tmp/g/routines" && cp "$tmp/r.json" "$tmp/g/routines/legs.json"
g() { "$cli" --data-dir "$tmp/g" "$@"; }
for day in 23 24; do
  g log --routine "$tmp/r.json" --pain-before 2 --pain-after 2 --tightness-before 5 --tightness-after 5 \
    --date 2026-11-$day </dev/null >/dev/null || fail "log 11-$day"
done
g next --date 2026-11-25 --json | py 'assert d["outcome"] == "hold" and any("next-morning-missing" in r["rule"] for r in d["reasons"]), d' "next without the mornings"
g log --morning --pain 1 --tightness 4 --date 2026-11-24 </dev/null >/dev/null || fail "log --morning 11-24 exited $?"
g log --morning --pain 1 --tightness 4 --date 2026-11-25 </dev/null >/dev/null || fail "log --morning 11-25 exited $?"
g next --date 2026-11-26 --json | py 'assert d["outcome"] == "progress", d' "next after two green mornings"
"$cli" --data-dir "$tmp/none" next >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 1 ] && grep -q 'no saved routine' "$tmp/err" || fail "next without a routine exited $st"
finish "schedule, stats, next: ok"
