#!/bin/sh
# log --pain-during N, --rate EXERCISE=N and --difficulty EXERCISE=N (issue
# 19, item 5): stored in the journal, and read by `next` per the traffic
# lights of docs/adaptation.md ("Pain during and per-exercise ratings").
# Expected outcomes worked out from the rules before the code: two green
# sessions (11-02, 11-04; baseline 2) earn one step on 11-05, which goes to
# the bridge (step 0) when nothing is held;
#   the bridge rated 4/10 (2 above the baseline): held, the step goes to the clamshell;
#   the clamshell rated 7/10 (above 5): regress the clamshell alone;
#   pain during 7/10: red for the session: regress, with the flare-up plan.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 needed: skipped"; exit 77; }
py() { python3 -c "import json, sys; d = json.load(sys.stdin); $1" || fail "$2"; }
setup() {
  rm -rf "$tmp/d"
  mkdir -p "$tmp/d/routines"
  cat >"$tmp/d/routines/legs.json" <<'R'
{"format":"backrelief-routine","format_version":1,"name":"legs","steps":[{"exercise":"glute-bridge","dose":"2-3x6-15, every other day"},{"exercise":"clamshell","dose":"2-3x6-15, each side, every other day"}]}
R
  b log --routine legs --pain-before 2 --pain-after 2 --tightness-before 2 --tightness-after 2 --date 2026-11-02 </dev/null >/dev/null || fail "log 11-02"
  b log --morning --pain 2 --tightness 2 --date 2026-11-03 </dev/null >/dev/null || fail "morning 11-03"
}
b() { "$cli" --data-dir "$tmp/d" "$@"; }
second() { # the session of 11-04 with extra options, and its next morning
  b log --routine legs --pain-before 2 --pain-after 2 --tightness-before 2 --tightness-after 2 --date 2026-11-04 "$@" </dev/null >/dev/null || fail "log 11-04 $*"
  b log --morning --pain 2 --tightness 2 --date 2026-11-05 </dev/null >/dev/null || fail "morning 11-05"
}

setup
second --rate glute-bridge=4 --difficulty glute-bridge=4 --rate clamshell=1
python3 - "$tmp/d/journal.jsonl" <<'P' || fail "the ratings are not in the journal"
import json, sys
l = [json.loads(x) for x in open(sys.argv[1])][-1]
assert l["exercise_ratings"] == [{"exercise": "glute-bridge", "difficulty": 4, "pain": 4}, {"exercise": "clamshell", "pain": 1}], l
assert "pain_during" not in l, l
P
b next --date 2026-11-05 --json >"$tmp/n.json"
py 'assert d["outcome"] == "progress", d
assert [c["step"] for c in d["changes"]] == [1] and d["changes"][0]["to"] == "2-3x8-15, each side, every other day", d["changes"]
assert any(r["rule"] == "exercise-amber" and "glute-bridge" in r["message"] for r in d["reasons"]), d' "bridge held" <"$tmp/n.json"

setup
second --rate clamshell=7
b next --date 2026-11-05 --json >"$tmp/n.json"
py 'assert d["outcome"] == "regress" and d["reasons"][0]["rule"] == "exercise-red", d
assert [(c["step"], c["exercise"]) for c in d["changes"]] == [(1, "clamshell")], d["changes"]
assert d["advice"] == [], d' "clamshell red" <"$tmp/n.json"

setup
second --pain-during 7
grep -q '"pain_during":7' "$tmp/d/journal.jsonl" || fail "no pain_during in the journal"
b next --date 2026-11-05 --json >"$tmp/n.json"
py 'assert d["outcome"] == "regress" and d["reasons"][0]["rule"] == "red-during" and d["advice"], d' "pain during red" <"$tmp/n.json"

# bad values: exit 2, nothing written
cp "$tmp/d/journal.jsonl" "$tmp/before.jsonl"
for bad in "--rate moon-walk=3" "--rate clamshell=11" "--rate clamshell" "--difficulty clamshell=0" \
           "--difficulty clamshell=6" "--pain-during 11" "--pain-during x"; do
  # shellcheck disable=SC2086
  b log --routine legs --pain-before 2 --pain-after 2 --tightness-before 2 --tightness-after 2 \
    --date 2026-11-06 $bad </dev/null >/dev/null 2>"$tmp/err"
  st=$?
  [ "$st" -eq 2 ] || fail "$bad exited $st"
  [ -s "$tmp/err" ] || fail "$bad: no message"
done
cmp -s "$tmp/d/journal.jsonl" "$tmp/before.jsonl" || fail "a refused log changed the journal"
b log --amend --rate clamshell=3 </dev/null >/dev/null 2>&1; st=$?
[ "$st" -eq 2 ] || fail "--amend --rate exited $st"
finish "log ratings: ok"
