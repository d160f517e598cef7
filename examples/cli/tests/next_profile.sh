#!/bin/sh
# next passes the profile the routine was planned for (issue 19, item 4 of
# the lead's list): `plan --save NAME` keeps it as
# DATA/routines/.adapt/NAME.profile (an unset level plans as a beginner), and
# `next` adapts within it. Expected outcomes, from the rules before the code
# (docs/adaptation.md; scenario 13 of tests/unit/adapt/test_adapt_next.c):
# a clamshell at the top of its range (3x15) after two green sessions can
# only move by its progression, the side plank, which is intermediate:
#   beginner profile (saved by plan):  hold (no single step fits)
#   intermediate, with pregnancy:      hold (side plank: ask a clinician in pregnancy)
#   intermediate:                      progress, clamshell -> side plank
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 needed: skipped"; exit 77; }
b() { "$cli" --data-dir "$tmp/d" "$@"; }
py() { python3 -c "import json, sys; d = json.load(sys.stdin); $1" || fail "$2"; }
prof="$tmp/d/routines/.adapt/legs.profile"

b plan --goal strengthen --minutes 10 --condition pregnancy --save legs >/dev/null 2>&1 || fail "plan --save exited $?"
[ -f "$prof" ] || fail "plan --save kept no profile"
grep -qx 'level beginner' "$prof" || fail "no beginner level: $(cat "$prof")"
grep -qx 'condition pregnancy' "$prof" || fail "no condition: $(cat "$prof")"
grep -qx 'equipment mat' "$prof" || fail "no mat: $(cat "$prof")"

# the routine: one clamshell at the top of its range (the id kept)
python3 - "$tmp/d/routines/legs.json" <<'P'
import json, sys
d = json.load(open(sys.argv[1]))
d["steps"] = [{"exercise": "clamshell", "dose": "3x15, each side, every other day"}]
d.pop("estimate", None)
json.dump(d, open(sys.argv[1], "w"))
P
for day in 02 04; do
  b log --routine legs --pain-before 2 --pain-after 2 --tightness-before 2 --tightness-after 2 --date 2026-11-$day </dev/null >/dev/null || fail "log 11-$day"
done
b log --morning --pain 2 --tightness 2 --date 2026-11-03 </dev/null >/dev/null || fail "morning 11-03"
b log --morning --pain 2 --tightness 2 --date 2026-11-05 </dev/null >/dev/null || fail "morning 11-05"

b next --date 2026-11-05 --json >"$tmp/n.json" || fail "next exited $?"
py 'assert d["outcome"] == "hold" and d["changes"] == [], d' "beginner profile: hold" <"$tmp/n.json"

# intermediate, still pregnant: the side plank's catalog entry says to ask a
# clinician in pregnancy, so the progression avoids it: hold
sed -i 's/^level beginner$/level intermediate/' "$prof"
b next --date 2026-11-05 --json >"$tmp/n.json" || fail "next (intermediate, pregnancy) exited $?"
py 'assert d["outcome"] == "hold" and d["changes"] == [], d' "the condition kept: hold" <"$tmp/n.json"
sed -i '/^condition pregnancy$/d' "$prof"
b next --date 2026-11-05 --json >"$tmp/n.json" || fail "next (intermediate) exited $?"
py 'assert d["outcome"] == "progress" and d["changes"][0]["from"] == "clamshell" and d["changes"][0]["to"] == "side-plank", d' "intermediate profile: the side plank" <"$tmp/n.json"

echo 'level grandmaster' >"$prof"
b next --date 2026-11-05 >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 65 ] || fail "a bad profile exited $st"
grep -q 'legs.profile:1' "$tmp/err" || fail "the bad profile line is not named: $(cat "$tmp/err")"
finish "next with the saved profile: ok"
