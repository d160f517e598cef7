#!/bin/sh
# Named routines: plan --save NAME(.json) saves NAME and names the routine;
# routines lists it (goal, minutes, last done); run, schedule, log and next
# take the name; a name that is neither a file nor saved is an error with
# "did you mean". log asks before a second entry of the day (without a
# terminal: added with a note); next follows the latest entry's routine and
# never mixes routines; stats is in date order.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
b() { "$cli" --data-dir "$tmp/d" "$@"; }
py() { command -v python3 >/dev/null 2>&1 || return 0; python3 -c "import json, sys; d = json.load(sys.stdin); $1" || fail "$2"; }
scales() { echo "--pain-before $1 --pain-after $2 --tightness-before 4 --tightness-after 3"; }

b routines >"$tmp/out" || fail "routines of nothing exited $?"
grep -q 'No saved routines yet' "$tmp/out" || fail "routines of nothing: $(cat "$tmp/out")"
b plan --goal post-leg-workout --minutes 20 --equipment foam-roller,massage-ball,mat --save legs.json \
  >"$tmp/out" 2>&1 || fail "plan --save legs.json exited $?"
[ -f "$tmp/d/routines/legs.json" ] || fail "--save legs.json did not save routines/legs.json: $(ls "$tmp/d/routines")"
[ -e "$tmp/d/routines/legs.json.json" ] && fail "--save legs.json saved legs.json.json"
grep -q '"name": "legs"' "$tmp/d/routines/legs.json" || fail "the saved plan is not named legs"
b plan --goal maintenance --minutes 10 --save maintenance >/dev/null 2>&1 || fail "plan --save maintenance exited $?"
b plan --goal maintenance --minutes 10 --json 2>/dev/null | py 'assert d["name"] == "maintenance", d["name"]' "an unsaved plan is named after its goal"
b plan --goal maintenance --minutes 10 --save ../x >/dev/null 2>&1; st=$?
[ "$st" -eq 2 ] || fail "--save ../x exited $st"

# routines: name, goal, minutes, last done
b routines >"$tmp/out" || fail "routines exited $?"
grep -q '^NAME  *GOAL  *MINUTES  *LAST DONE' "$tmp/out" || fail "routines header: $(cat "$tmp/out")"
grep -q '^legs  .* [0-9][0-9-]*  *-  *$' "$tmp/out" || fail "routines legs: $(cat "$tmp/out")"
grep -q '^maintenance  *maintenance  ' "$tmp/out" || fail "routines maintenance: $(cat "$tmp/out")"
# the goal is the routine's own (issue 21), not guessed from its name
grep -q '"goal": "post-leg-workout"' "$tmp/d/routines/legs.json" || fail "the saved plan keeps no goal"
grep -q '^legs  *post-leg-workout  ' "$tmp/out" || fail "routines legs goal: $(cat "$tmp/out")"
# a routine file without a goal (written before the member, or by hand): "-"
# unless its name is a goal id (what plan named an unsaved plan)
if command -v python3 >/dev/null 2>&1; then
python3 - "$tmp/d/routines" <<'PY' || fail "could not write old.json"
import json, sys
with open(sys.argv[1] + "/legs.json") as f: d = json.load(f)
d.pop("goal"); d["name"] = "old"
with open(sys.argv[1] + "/old.json", "w") as f: json.dump(d, f, indent=2)
PY
b routines >"$tmp/out" || fail "routines with an old file exited $?"
grep -q '^old  *-  ' "$tmp/out" || fail "routines old file: $(cat "$tmp/out")"
b routines --json | py 'r = {x["name"]: x for x in d}; assert r["old"]["goal"] is None and r["legs"]["goal"] == "post-leg-workout", d' "routines --json goals"
rm -f "$tmp/d/routines/old.json"
fi

# a typo is an error with "did you mean", for every command, and logs nothing
for cmd in "run legz --no-tty" "schedule legz --start 2026-11-23 --weeks 1" "next --routine legz" \
           "log --routine legz $(scales 1 1)"; do
  b $cmd </dev/null >/dev/null 2>"$tmp/err"; st=$?
  [ "$st" -eq 65 ] && grep -q "legz: no routine file or saved routine of that name; did you mean 'legs'?" "$tmp/err" ||
    fail "$cmd: exit $st, $(cat "$tmp/err")"
done
[ -e "$tmp/d/journal.jsonl" ] && fail "a typo created a journal entry"
b run zzzzzzzz --no-tty </dev/null >/dev/null 2>"$tmp/err"
grep -q 'saved: legs, maintenance\|saved: maintenance, legs' "$tmp/err" || fail "no list of the saved routines: $(cat "$tmp/err")"

# the name works everywhere; the calendar is named
b run legs --no-tty </dev/null >/dev/null 2>&1 || fail "run legs exited $?"
b schedule legs --start 2026-11-23 --weeks 1 --ics "$tmp/legs.ics" >"$tmp/cal" || fail "schedule legs exited $?"
grep -q '^legs: ' "$tmp/cal" || fail "the calendar is not named: $(head -1 "$tmp/cal")"
grep -q '^SUMMARY:.*legs' "$tmp/legs.ics" || fail "the iCalendar events are not named: $(grep SUMMARY "$tmp/legs.ics" | head -1)"

# log: a second entry of the day is added with a note without a terminal
b log --routine legs $(scales 4 2) --date 2026-11-23 </dev/null >/dev/null 2>"$tmp/err" || fail "log legs exited $?"
[ -s "$tmp/err" ] && fail "the first entry of the day gave a note: $(cat "$tmp/err")"
b log --routine legs $(scales 4 2) --date 2026-11-23 </dev/null >/dev/null 2>"$tmp/err" || fail "a second log exited $?"
grep -q 'note: legs is already logged on 2026-11-23; adding a second entry' "$tmp/err" || fail "no note: $(cat "$tmp/err")"
[ "$(grep -c . "$tmp/d/journal.jsonl")" -eq 2 ] || fail "the second entry was not added"
grep -q '"routine":"legs"' "$tmp/d/journal.jsonl" || fail "the entry does not name legs"
b routines | grep -q '^legs  .*2026-11-23' || fail "routines last done: $(b routines)"
b routines --json | py 'r = {x["name"]: x for x in d}; assert r["legs"]["last_done"] == "2026-11-23" and r["maintenance"]["goal"] == "maintenance" and r["legs"]["max_ms"] > 0, d' "routines --json"
# --amend: the last entry of the day, no new entry
b log --amend 2026-11-23 --note later </dev/null >/dev/null || fail "log --amend DATE exited $?"
[ "$(grep -c . "$tmp/d/journal.jsonl")" -eq 2 ] && [ "$(grep -c '"note":"later"' "$tmp/d/journal.jsonl")" -eq 1 ] ||
  fail "--amend: $(cat "$tmp/d/journal.jsonl")"
b log --amend 2026-12-01 --pain-after 1 </dev/null >/dev/null 2>&1; st=$?
[ "$st" -eq 1 ] || fail "--amend of a day without a session exited $st"
b log --amend </dev/null >/dev/null 2>&1; st=$?
[ "$st" -eq 2 ] || fail "--amend with nothing to add exited $st"

# next: the routine of the latest entry, only its entries
b log --routine maintenance $(scales 2 9) --date 2026-11-24 </dev/null >/dev/null 2>&1
b next --json >"$tmp/next.json"; st=$?
[ "$st" -eq 3 ] || fail "next after maintenance's severe pain exited $st"
b log --routine legs $(scales 2 2) --date 2026-11-25 </dev/null >/dev/null 2>&1
b next >"$tmp/next.txt"; st=$?
[ "$st" -ne 3 ] || fail "next mixed maintenance's pain into legs (exit 3)"
grep -q '^For legs (.*legs.json), from its 3 sessions in the journal:$' "$tmp/next.txt" || fail "next: $(head -1 "$tmp/next.txt")"
b next --routine maintenance >/dev/null; st=$?
[ "$st" -eq 3 ] || fail "next --routine maintenance exited $st"
# the latest entry is the latest by date, not the last line
b log --routine maintenance $(scales 2 2) --date 2026-11-01 </dev/null >/dev/null 2>&1
b next | head -1 | grep -q '^For legs ' || fail "a back-dated entry moved next: $(b next | head -1)"

# stats: the chart and the trend in date order
s() { "$cli" --data-dir "$tmp/s" "$@"; }
mkdir -p "$tmp/s/routines" && cp "$tmp/d/routines/legs.json" "$tmp/s/routines/"
for x in "03 2" "04 2" "01 8" "02 8"; do
  set -- $x
  s log --routine legs $(scales $2 1) --date 2026-11-$1 </dev/null >/dev/null 2>&1 || fail "log 11-$1"
done
s stats --until 2026-11-04 >"$tmp/stats" || fail "stats exited $?"
grep -q '^Pain trend: falling$' "$tmp/stats" || fail "the trend is not in date order: $(grep trend "$tmp/stats")"
[ "$(grep -o '^  2026-11-0[1-4]' "$tmp/stats" | tr -d ' \n')" = "2026-11-012026-11-022026-11-032026-11-04" ] ||
  fail "the chart is not in date order: $(cat "$tmp/stats")"
s stats --until 2026-11-04 --json | py 'assert [p["date"] for p in d["pain"]] == ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"] and d["trend"] == "falling", d' "stats --json in date order"
finish "routines: ok"
