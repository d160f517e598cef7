#!/bin/sh
# plan: every emergency and urgent red flag refuses (exit 3, no routine on
# standard output, the clinician's message on standard error); review flags
# plan with the advisory; the safety note is printed exactly once (on
# standard error with --json); usage errors exit 2.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
b() { "$cli" --data-dir "$tmp/d" "$@"; }
plan="plan --goal post-leg-workout --minutes 20 --equipment foam-roller,massage-ball"

b $plan >"$tmp/out" 2>"$tmp/err" || fail "plan exited $?"
grep -q '^ 1\. ' "$tmp/out" || fail "no steps"
grep -q '^    Why: ' "$tmp/out" || fail "no reasons"
grep -q '^Total: ' "$tmp/out" || fail "no total"
[ "$(grep -c 'not medical advice' "$tmp/out" "$tmp/err" | awk -F: '{ s += $2 } END { print s }')" -eq 1 ] ||
  fail "the safety note is not printed once"

b screen --list --json | sed -n 's/^ *{"id": "\([^"]*\)".*"urgency": "\([a-z]*\)"}.*/\1 \2/p' >"$tmp/flags"
while read -r id urgency; do
  b $plan --red-flags "$id" >"$tmp/out" 2>"$tmp/err"
  st=$?
  if [ "$urgency" = review ]; then
    [ "$st" -eq 0 ] && grep -q '^ 1\. ' "$tmp/out" || fail "review flag $id: exit $st"
  else
    if [ "$st" -ne 3 ] || grep -q '^ 1\. ' "$tmp/out" || ! grep -q "\[$id\]" "$tmp/err" ||
       ! grep -q "please see a clinician first \[BRF_E_REFER\]" "$tmp/err"; then
      fail "$urgency flag $id: exit $st"
      cat "$tmp/err" >&2
    fi
  fi
done <"$tmp/flags"

# JSON: standard output is the routine document alone; the note on stderr once
if b $plan --json >"$tmp/out.json" 2>"$tmp/err"; then
  grep -q 'not medical advice' "$tmp/out.json" && fail "the safety note is in the JSON"
  [ "$(grep -c 'not medical advice' "$tmp/err")" -eq 1 ] || fail "--json: no note on stderr"
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["format"] == "backrelief-routine" and d["steps"], d' "$tmp/out.json" ||
      fail "--json is not a routine document"
  fi
else
  st=$?
  [ "$st" -eq 69 ] || fail "--json exited $st"
fi

# without --equipment: a floor (mat) and a chair; the floor is assumed with
# any --equipment, unless --no-floor
b plan --goal long-sitting --minutes 15 >"$tmp/default.txt" || fail "plan without --equipment exited $?"
grep -q '(knee-rolls)' "$tmp/default.txt" || fail "no floor exercise without --equipment: $(cat "$tmp/default.txt")"
grep -q 'mat: ' "$tmp/default.txt" && fail "mat exercises left out without --equipment"
b plan --goal long-sitting --minutes 15 --equipment none --no-floor >"$tmp/none.txt" ||
  fail "plan --equipment none --no-floor exited $?"
grep -q '(knee-rolls)' "$tmp/none.txt" && fail "a floor exercise with --no-floor"
grep -q 'does not have: mat:' "$tmp/none.txt" ||
  fail "--no-floor does not say the mat exercises were left out"
# the glute stretch the seeds put after rolling stays with roller and ball
b plan --goal post-leg-workout --minutes 20 --equipment foam-roller,massage-ball >"$tmp/roll.txt" ||
  fail "plan with roller and ball exited $?"
grep -q '(glute-stretch)' "$tmp/roll.txt" || fail "the floor was dropped with --equipment foam-roller,massage-ball"

# nothing plannable: exit 1 with the reason (a warm-up alone is no plan)
b plan --goal strengthen --minutes 15 --equipment none --no-floor >"$tmp/out" 2>"$tmp/err"
st=$?
[ "$st" -eq 1 ] || fail "nothing plannable exited $st, expected 1"
[ -s "$tmp/out" ] && fail "nothing plannable printed a plan: $(cat "$tmp/out")"
grep -q 'nothing for strengthen could be planned' "$tmp/err" || fail "no reason: $(cat "$tmp/err")"
grep -q 'does not have: mat:' "$tmp/err" || fail "the reason does not say what was left out"

# unused time over 25% is stated with what would fill it; not under 25%
b plan --goal long-sitting --minutes 60 --equipment none >"$tmp/out" || fail "60 minutes exited $?"
grep -q '^Unused time: the plan takes at most .* of 60 minutes\.' "$tmp/out" ||
  fail "no unused time: $(cat "$tmp/out")"
tr '\n' ' ' <"$tmp/out" | grep -q 'More would fit with more equipment (.*chair' || fail "unused time does not say what would fill it"
b plan --goal post-leg-workout --minutes 20 --equipment foam-roller,massage-ball,mat >"$tmp/out"
grep -q 'Unused time' "$tmp/out" && fail "unused time stated for a plan that fills its budget"

# "Left out": at most 8 lines, a count, at most 8 names a line
b plan --goal acute-strain --minutes 1 --equipment none --no-floor >"$tmp/out" 2>"$tmp/err"
awk '/^Left out/ { on = 1; next } on && /^  - / { n++ } on && /^$/ { on = 0 } END { exit !(n <= 9) }' "$tmp/err" ||
  fail "more than 8 lines and a count under Left out: $(cat "$tmp/err")"
grep -q '^Left out ([0-9]*)' "$tmp/err" || fail "Left out has no count"
grep -q 'and [0-9]* more' "$tmp/err" || fail "no 'and N more' for the rest"
grep -q 'sauna: sauna' "$tmp/err" && fail "'sauna: sauna' stutters"
grep -q 'exercise(s)\|1 minutes\|at least [0-9][0-9][0-9] s' "$tmp/err" "$tmp/out" && fail "wording: $(cat "$tmp/err")"

# directional preference (issue 18): prone extension only with --direction extension;
# with flexion, no extension exercise; the default plans neither
ext='(prone-extension)\|(prone-press-up)'
flex='(back-flexion)\|(knee-to-chest)\|(childs-pose)'
b plan --goal long-sitting --minutes 45 --policy follow-seed >"$tmp/d0.txt" 2>&1 ||
  fail "plan with the default direction exited $?"
grep -q "$ext\|$flex" "$tmp/d0.txt" && fail "a directional exercise with an unknown direction"
found=0
for seed in 0 1 2 3 4 5 6 7 8 9; do
  b plan --goal long-sitting --minutes 45 --direction extension --seed $seed >"$tmp/d1.txt" 2>&1 ||
    fail "plan --direction extension exited $?"
  grep -q "$flex" "$tmp/d1.txt" && fail "a flexion exercise with --direction extension"
  grep -q '(prone-extension)' "$tmp/d1.txt" && found=1
done
[ "$found" = 1 ] || fail "--direction extension never plans prone extension"
b plan --goal long-sitting --minutes 45 --policy follow-seed --direction flexion >"$tmp/d2.txt" 2>&1 ||
  fail "plan --direction flexion exited $?"
grep -q "$ext" "$tmp/d2.txt" && fail "an extension exercise with --direction flexion"
b plan --goal long-sitting --minutes 45 --direction sideways >/dev/null 2>"$tmp/err"
st=$?
[ "$st" -eq 2 ] || fail "--direction sideways exited $st, expected 2"
grep -q "sideways" "$tmp/err" || fail "--direction sideways: the message does not name it"

# heat or cold as preferred (issue 18, item 4): acute-strain plans the heat pack
# by default, the cold pack (never labelled warm-up) with --thermal cold, for
# plan and run --goal alike
eq='--equipment heat-pack,cold-pack,towel'
b plan --goal acute-strain --minutes 30 $eq >"$tmp/t0.txt" 2>&1 || fail "acute-strain exited $?"
grep -q '(heat-pack)' "$tmp/t0.txt" || fail "acute-strain without a preference plans no heat pack"
grep -q '(cold-pack)' "$tmp/t0.txt" && fail "acute-strain without a preference plans a cold pack"
b plan --goal acute-strain --minutes 30 $eq --thermal cold >"$tmp/t1.txt" 2>&1 ||
  fail "plan --thermal cold exited $?"
grep -q '(cold-pack)' "$tmp/t1.txt" || fail "--thermal cold plans no cold pack"
grep -q '(heat-pack)' "$tmp/t1.txt" && fail "--thermal cold plans a heat pack"
grep -q 'warm-up.*(cold-pack)' "$tmp/t1.txt" && fail "the cold pack is labelled warm-up"
b plan --goal acute-strain --minutes 30 $eq --thermal cold --condition cold-sensitivity \
  >"$tmp/t2.txt" 2>&1 || fail "plan --thermal cold with cold sensitivity exited $?"
grep -q '(heat-pack)' "$tmp/t2.txt" || fail "cold ruled out: no heat pack instead"
for cmd in plan run; do
  b $cmd --goal acute-strain --minutes 30 --thermal warm </dev/null >/dev/null 2>"$tmp/err"
  st=$?
  [ "$st" -eq 2 ] || fail "$cmd --thermal warm exited $st, expected 2"
  grep -q "'warm'" "$tmp/err" || fail "$cmd --thermal warm: the message does not name it"
done

# usage errors
for args in "--minutes 20" "--goal post-leg-workout" "--goal nap --minutes 20" \
  "--goal strengthen --minutes 0" "--goal strengthen --minutes 241" \
  "--goal strengthen --minutes 10 --equipment anvil" \
  "--goal strengthen --minutes 10 --red-flags not-a-flag" "--goal strengthen --minutes 10 --save ../x"; do
  b plan $args >/dev/null 2>&1
  st=$?
  [ "$st" -eq 2 ] || fail "plan $args exited $st, expected 2"
done
finish "plan: ok"
