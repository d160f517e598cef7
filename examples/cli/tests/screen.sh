#!/bin/sh
# screen: answers read from standard input; exit 3 with the clinician's
# message when an emergency or urgent flag is answered yes; review flags
# give advice and exit 0; --list --json is an array of {id, question, urgency}.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
# screen saves its result in the data folder: a scratch one, not the home's
export XDG_DATA_HOME="$tmp/xdg"

ids=$("$cli" screen --list --json | sed -n 's/^ *{"id": "\([^"]*\)".*"urgency": "\([a-z]*\)"}.*/\1 \2/p')
n=$(echo "$ids" | wc -l)
[ "$n" -gt 10 ] || fail "screen --list --json gave $n flags"
echo "$ids" | awk '$2 != "emergency" && $2 != "urgent" && $2 != "review" { exit 1 }' ||
  fail "an urgency outside emergency, urgent, review"
if command -v python3 >/dev/null 2>&1; then
  "$cli" screen --list --json | python3 -c '
import json, sys
flags = json.load(sys.stdin)
assert isinstance(flags, list) and flags
for f in flags:
    assert sorted(f) == ["id", "question", "urgency"], f
    assert f["urgency"] in ("emergency", "urgent", "review"), f
    assert f["question"].endswith("?"), f
' || fail "screen --list --json is not the documented array"
fi
[ "$("$cli" screen --list | wc -l)" -gt "$n" ] || fail "screen --list shows fewer rows than flags"

# answers: "y" for the flags whose ids are given, "n" for the others
answers() {
  echo "$ids" | while read -r id urgency; do
    case " $* " in *" $id "*) echo y ;; *) echo n ;; esac
  done
}

answers >"$tmp/in"
"$cli" screen <"$tmp/in" >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 0 ] && grep -q "No warning signs" "$tmp/out" || fail "all no: exit $st"

# every emergency and urgent flag refers, with its urgency's advice
echo "$ids" | while read -r id urgency; do
  [ "$urgency" = review ] && continue
  answers "$id" >"$tmp/in"
  "$cli" screen <"$tmp/in" >"$tmp/out" 2>&1; st=$?
  if [ "$st" -ne 3 ] || ! grep -q "see a clinician" "$tmp/out" || ! grep -q "\[$id\]" "$tmp/out"; then
    echo "FAIL: $id ($urgency) exited $st" >&2
    cat "$tmp/out" >&2
    echo x >>"$tmp/failed"
  fi
done
[ -f "$tmp/failed" ] && fails=$((fails + $(wc -l <"$tmp/failed")))

# a review flag: advice, exit 0
answers pregnancy >"$tmp/in"
"$cli" screen <"$tmp/in" >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 0 ] && grep -q "arrange an assessment" "$tmp/out" && grep -q "\[pregnancy\]" "$tmp/out" ||
  fail "review flag: exit $st"

# --age answers the age questions
answers >"$tmp/in"
"$cli" screen --age 12 <"$tmp/in" >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 3 ] || fail "--age 12 exited $st, expected 3"

# the screen stops asking at the first emergency answer
answers saddle-numbness >"$tmp/in"
"$cli" screen <"$tmp/in" >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 3 ] || fail "saddle-numbness: exit $st"
[ "$(grep -c '\[y/n\]' "$tmp/out")" -eq 1 ] || fail "questions were asked after an emergency answer"

# the age answers the age questions: at 40 neither "under 16" nor "after 50" is asked;
# at 55 "started after 50" is asked, and a no is no flag
answers >"$tmp/in"
"$cli" screen --age 40 <"$tmp/in" >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 0 ] || fail "--age 40: exit $st"
grep -q "younger than 16\|turned 50\|65 or older" "$tmp/out" && fail "--age 40 asked an age question"
"$cli" screen --age 55 <"$tmp/in" >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 0 ] && grep -q "turned 50" "$tmp/out" && ! grep -q "older-age" "$tmp/out" ||
  fail "--age 55 with no new pain: exit $st"

# --answers: no questions; ids not named are no
"$cli" screen --answers fracture-risk=yes,night-pain=no </dev/null >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 0 ] && grep -q "\[fracture-risk\]" "$tmp/out" && ! grep -q "y/n" "$tmp/out" ||
  fail "--answers fracture-risk=yes: exit $st"
"$cli" screen --answers kidney-pain=yes </dev/null >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 3 ] || fail "--answers kidney-pain=yes: exit $st"
"$cli" screen --answers no-such-flag=yes </dev/null >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 2 ] && grep -q "no-such-flag" "$tmp/out" || fail "unknown id: exit $st"
"$cli" screen --answers pregnancy=maybe </dev/null >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 2 ] && grep -q "maybe" "$tmp/out" || fail "bad value: exit $st"

[ "$fails" -eq 0 ] || { echo "$fails failure(s)" >&2; exit 1; }
echo "screen: all checks passed"
