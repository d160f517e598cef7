#!/bin/sh
# next --date / --apply (adaptation v2, docs/adaptation.md): one earned
# change, applied to the saved routine with the old one kept in
# DATA/routines/.adapt/NAME.prev.json; the next day says "hold" (too soon);
# a session dated after --date is named and left out; nothing is written
# without --apply.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 needed: skipped"; exit 77; }
b() { "$cli" --data-dir "$tmp/d" "$@"; }
py() { python3 -c "import json, sys; d = json.load(sys.stdin); $1" || fail "$2"; }
mkdir -p "$tmp/d/routines"
cat >"$tmp/d/routines/legs.json" <<'R'
{"format":"backrelief-routine","format_version":1,"name":"legs","steps":[{"exercise":"glute-bridge","dose":"2-3x6-15, every other day"},{"exercise":"clamshell","dose":"2-3x6-15, each side, every other day"}]}
R
cp "$tmp/d/routines/legs.json" "$tmp/orig.json"
for day in 02 04; do
  b log --routine legs --pain-before 2 --pain-after 2 --tightness-before 2 --tightness-after 2 --date 2026-11-$day </dev/null >/dev/null || fail "log 11-$day"
done
b log --morning --pain 2 --tightness 2 --date 2026-11-03 </dev/null >/dev/null || fail "morning 11-03"
b log --morning --pain 2 --tightness 2 --date 2026-11-05 </dev/null >/dev/null || fail "morning 11-05"

# without --apply: the suggestion, one change, nothing written
b next --date 2026-11-05 --json >"$tmp/n1.json" || fail "next exited $?"
py 'assert d["format"] == "backrelief-next" and d["outcome"] == "progress", d
assert d["changes"] == [{"step": 0, "exercise": "glute-bridge", "from": "2-3x6-15, every other day", "to": "2-3x8-15, every other day"}], d["changes"]
assert d["advice"] == [], d' "next --json progress" <"$tmp/n1.json"
cmp -s "$tmp/d/routines/legs.json" "$tmp/orig.json" || fail "next without --apply changed the routine"
[ -e "$tmp/d/routines/.adapt/legs.prev.json" ] && fail "next without --apply wrote a history"

# next (no --routine): the routine of the latest journal entry; --apply
b next --date 2026-11-05 --apply >"$tmp/n2.txt" || fail "next --apply exited $?"
grep -q '^Applied: ' "$tmp/n2.txt" || fail "no Applied line: $(cat "$tmp/n2.txt")"
python3 - "$tmp/d/routines/legs.json" "$tmp/d/routines/.adapt/legs.prev.json" <<'P' || fail "apply round trip"
import json, sys
new, prev = (json.load(open(p)) for p in sys.argv[1:3])
assert [s["dose"] for s in new["steps"]] == ["2-3x8-15, every other day", "2-3x6-15, each side, every other day"], new
assert [s["dose"] for s in prev["steps"]] == ["2-3x6-15, every other day", "2-3x6-15, each side, every other day"], prev
assert [s["exercise"] for s in new["steps"]] == [s["exercise"] for s in prev["steps"]]
P
grep -q '^last_change 2026-11-05$' "$tmp/d/routines/.adapt/legs.state" || fail "no last change recorded"
b routines | grep -q 'prev' && fail "the history shows as a saved routine"

# the next day: too soon (no new session since the change)
b next --date 2026-11-06 --json >"$tmp/nj.json"
py 'assert d["outcome"] == "hold" and d["changes"] == [] and any(r["rule"] == "not-earned" for r in d["reasons"]), d' "next the day after" <"$tmp/nj.json"
# asking again with --apply writes nothing
cp "$tmp/d/routines/legs.json" "$tmp/after.json"
b next --date 2026-11-06 --apply >/dev/null || fail "next --apply on hold exited $?"
cmp -s "$tmp/d/routines/legs.json" "$tmp/after.json" || fail "a hold changed the routine"

# a session dated after --date: named, left out
b log --routine legs --pain-before 2 --pain-after 5 --tightness-before 2 --tightness-after 2 --date 2026-11-20 </dev/null >/dev/null || fail "log 11-20"
b next --date 2026-11-06 --json >"$tmp/nj.json"
py 'assert d["outcome"] == "hold" and any(r["rule"] == "future-entry" and "2026-11-20" in r["message"] for r in d["reasons"]), d' "future entry" <"$tmp/nj.json"

# a red next morning: regress to the previous routine, with the flare-up plan
b log --routine legs --pain-before 2 --pain-after 3 --tightness-before 2 --tightness-after 2 --date 2026-11-08 </dev/null >/dev/null || fail "log 11-08"
b log --morning --pain 5 --tightness 4 --date 2026-11-09 </dev/null >/dev/null || fail "morning 11-09"
b next --routine legs --date 2026-11-09 --json >"$tmp/nj.json"
py 'assert d["outcome"] == "regress" and d["advice"] and "walking" in d["advice"][0], d
assert d["changes"][0]["to"] == "2-3x6-15, every other day", d["changes"]' "red: regress" <"$tmp/nj.json"

# a 33-day gap: restart, never progress
b next --routine legs --date 2026-12-12 --json >"$tmp/nj.json"
py 'assert d["outcome"] == "restart", d' "33-day gap" <"$tmp/nj.json"

b next --date 2026-13-40 >/dev/null 2>&1; st=$?; [ "$st" -eq 2 ] || fail "a bad --date exited $st"
b next --budget 0 >/dev/null 2>&1; st=$?; [ "$st" -eq 2 ] || fail "--budget 0 exited $st"
finish "next --date/--apply: ok"
