#!/bin/sh
# The saved screen (issue 18, item 2): `screen` saves DATA/screen.json (the
# document `screen --json` prints); `plan`, `run --goal` and `next` read it:
# a referral refuses (exit 3, naming the answer and the date), no screen or
# one older than 30 days gives a note on standard error (standard input is
# not a terminal here) and plans; bad documents are exit 65 naming the file;
# a refused --answers leaves the saved screen as it was.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
export BRF_CLI_TEST_NOW=2026-12-07T08:00
d=$tmp/d
b() { "$cli" --data-dir "$d" "$@" </dev/null; }
plan() { b plan --goal long-sitting --minutes 10 "$@"; }
ids() { python3 -c 'import json,sys; print(" ".join(s["exercise"] for s in json.load(sys.stdin)["steps"]))'; }

# no screen: a note, and the plan
plan >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" -eq 0 ] || fail "no screen: plan exited $st"
grep -q '^backrelief: note: no saved safety screen: take it with `backrelief screen`' "$tmp/err" ||
  fail "no screen: no note: $(cat "$tmp/err")"

# a clear screen: saved, printed as the saved document, then plans without a note
b screen --answers pregnancy=no --age 40 --json >"$tmp/json" 2>"$tmp/err"; st=$?
[ "$st" -eq 0 ] || fail "clear screen --json exited $st: $(cat "$tmp/err")"
cmp -s "$tmp/json" "$d/screen.json" || fail "screen --json is not the saved document"
[ "$(stat -c %a "$d/screen.json")" = 600 ] || fail "screen.json is not private (0600)"
python3 - "$tmp/json" <<'PY' || fail "screen --json is not the documented document"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["format"] == "backrelief-screen" and d["format_version"] == 1, d
assert d["date"] == "2026-12-07" and d["urgency"] == "none", d
assert d["answers"] == {} and d["conditions"] == [] and d["advice"] == [], d
assert "psychosocial" in d, d
PY
plan >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" -eq 0 ] || fail "clear screen: plan exited $st"
grep -q 'safety screen' "$tmp/err" && fail "clear screen: a note: $(cat "$tmp/err")"

# an urgent answer: exit 3, saved; plan, run --goal and next refuse with the answer and date
b screen --answers fever-unwell=yes >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 3 ] || fail "urgent screen exited $st"
grep -q '"urgency": "urgent"' "$d/screen.json" || fail "the urgent screen was not saved"
for cmd in "plan --goal long-sitting --minutes 10" \
           "run --goal long-sitting --minutes 10 --no-tty --speed 1000" \
           "next --date 2026-12-07"; do
  b $cmd >"$tmp/out" 2>"$tmp/err"; st=$?
  [ "$st" -eq 3 ] || fail "$cmd after an urgent screen exited $st: $(cat "$tmp/err")"
  grep -q '^backrelief: no routine: your screen of 2026-12-07 says see a clinician first (urgent: fever-unwell) \[BRF_E_REFER\]$' "$tmp/err" ||
    fail "$cmd: the refusal does not name the answer and the date: $(cat "$tmp/err")"
  grep -q 'See a doctor\|GP\|doctor' "$tmp/err" || fail "$cmd: no clinician message"
done
b plan --goal long-sitting --minutes 10 --json >"$tmp/out" 2>/dev/null
grep -q '"steps"' "$tmp/out" && fail "plan --json printed a routine after a referral"

# an emergency answer: --json prints it and exits 3
b screen --answers saddle-numbness=yes --json >"$tmp/json" 2>/dev/null; st=$?
[ "$st" -eq 3 ] && grep -q '"urgency": "emergency"' "$tmp/json" || fail "emergency --json exited $st"
plan >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 3 ] && grep -q '(emergency: saddle-numbness)' "$tmp/err" && grep -q 'emergency services' "$tmp/err" ||
  fail "emergency: plan exited $st: $(cat "$tmp/err")"

# bad input leaves the saved screen unchanged: an unknown id, a value that is not yes or no
cp "$d/screen.json" "$tmp/before"
b screen --answers no-such-flag=yes >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 2 ] && grep -q "no-such-flag" "$tmp/err" || fail "unknown id exited $st"
b screen --answers pregnancy=maybe >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 2 ] && grep -q "maybe" "$tmp/err" || fail "bad value exited $st"
cmp -s "$tmp/before" "$d/screen.json" || fail "a refused screen changed the saved one"

# review answers adapt the plan: pregnancy saved plans as --condition pregnancy
b screen --answers pregnancy=yes >/dev/null 2>&1 || fail "pregnancy screen exited $?"
kit=mat,chair,foam-roller,massage-ball,band,towel,heat-pack,bench
for goal in long-sitting post-leg-workout; do
  b plan --goal $goal --minutes 20 --equipment $kit --json >"$tmp/a" 2>/dev/null || fail "pregnancy: plan $goal exited $?"
  rm "$d/screen.json"
  b plan --goal $goal --minutes 20 --equipment $kit --json --condition pregnancy >"$tmp/b" 2>/dev/null
  [ "$(ids <"$tmp/a")" = "$(ids <"$tmp/b")" ] || fail "pregnancy: the $goal plan is not the pregnancy plan"
  b screen --answers pregnancy=yes >/dev/null 2>&1
done
b plan --goal long-sitting --minutes 20 >"$tmp/out" 2>&1
grep -qi 'midwife\|pregnan' "$tmp/out" || fail "pregnancy: the plan lacks the review advice"

# a screen older than 30 days: a note; 30 days old: none
write() { printf '{"format":"backrelief-screen","format_version":%s,"date":"%s","urgency":"%s","answers":{%s}}\n' "$@" >"$d/screen.json"; }
write 1 2026-11-06 none ''
plan >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 0 ] && grep -q '^backrelief: note: your last safety screen was on 2026-11-06, 31 days ago (more than 30): take it again' "$tmp/err" ||
  fail "31 days: exit $st: $(cat "$tmp/err")"
write 1 2026-11-07 none ''
plan >/dev/null 2>"$tmp/err" || fail "30 days: plan exited $?"
grep -q 'safety screen' "$tmp/err" && fail "30 days: a note"
# an old referral still refuses
write 1 2026-01-01 urgent '"night-pain":true'
plan >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 3 ] || fail "an old referral: plan exited $st"
# a saved referral is not weakened by reading it (urgency kept without answers)
write 1 2026-12-01 urgent ''
plan >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 3 ] && grep -q '(urgent: as saved)' "$tmp/err" || fail "stored urgency: exit $st: $(cat "$tmp/err")"

# malformed, newer or invalid documents: exit 65 naming the file and what is wrong
printf '{"format": "backrelief-screen",' >"$d/screen.json"
plan >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 65 ] && grep -q "$d/screen.json" "$tmp/err" && grep -q 'BRF_E_PARSE' "$tmp/err" ||
  fail "malformed: exit $st: $(cat "$tmp/err")"
write 2 2026-12-01 none ''
plan >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 65 ] && grep -q 'format_version: version 2 is newer' "$tmp/err" || fail "newer: exit $st: $(cat "$tmp/err")"
write 1 2026-12-01 none '"no-such-flag":true'
b next --date 2026-12-07 >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 65 ] && grep -q 'answers.no-such-flag' "$tmp/err" || fail "unknown answer: next exited $st: $(cat "$tmp/err")"
write 1 2026-12-01 none '"pregnancy":"yes"'
b run --goal long-sitting --minutes 10 --no-tty >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 65 ] && grep -q 'answers.pregnancy: expected true or false' "$tmp/err" || fail "bad value: run exited $st: $(cat "$tmp/err")"

# on a terminal (script(1) gives one), no saved screen: the questions first, saved, then the plan
if command -v script >/dev/null 2>&1; then
  rm -f "$d/screen.json"
  yes n | head -n 60 | script -qc "'$cli' --data-dir '$d' --no-color plan --goal long-sitting --minutes 5" /dev/null \
    >"$tmp/tty" 2>&1; st=$?
  [ "$st" -eq 0 ] || fail "terminal, no screen: plan exited $st"
  grep -q 'Before the first plan: a few safety questions' "$tmp/tty" || fail "terminal: the questions were not asked"
  grep -q 'No warning signs' "$tmp/tty" || fail "terminal: no outcome of the screen"
  grep -q '"urgency": "none"' "$d/screen.json" || fail "terminal: the screen was not saved"
  # with --json standard output is the routine alone: a note instead of questions
  rm -f "$d/screen.json"
  script -qc "'$cli' --data-dir '$d' plan --goal long-sitting --minutes 5 --json 2>'$tmp/err'" /dev/null \
    </dev/null >"$tmp/tty" 2>&1; st=$?
  [ "$st" -eq 0 ] && grep -q 'no saved safety screen' "$tmp/err" && ! grep -q 'safety questions' "$tmp/tty" ||
    fail "terminal --json: exit $st: $(cat "$tmp/err")"
  [ -f "$d/screen.json" ] && fail "terminal --json: a screen was saved"
fi

finish "screen_saved: all checks passed"
