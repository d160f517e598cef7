#!/bin/sh
# The stable routine id (issue 19, item 4): `plan --save` gives a routine an
# id and a re-plan under the same name keeps it; `log` and `run` record it in
# the journal; `next` finds a renamed routine by it and counts its sessions
# by it; a routine and a journal written before the id still work by name.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 needed: skipped"; exit 77; }
b() { "$cli" --data-dir "$tmp/d" "$@"; }
rid() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get("id", ""))' "$1"; }
plan="plan --goal strengthen --minutes 10"

b $plan --save legs >/dev/null 2>&1 || fail "plan --save exited $?"
id1=$(rid "$tmp/d/routines/legs.json")
case "$id1" in r-????????????????????????????????) ;; *) fail "no id in the saved routine: '$id1'" ;; esac
b $plan --save legs >/dev/null 2>&1 || fail "second plan --save exited $?"
[ "$(rid "$tmp/d/routines/legs.json")" = "$id1" ] || fail "a re-plan under the same name changed the id"
b $plan --save core >/dev/null 2>&1 || fail "plan --save core exited $?"
id2=$(rid "$tmp/d/routines/core.json")
[ -n "$id2" ] && [ "$id2" != "$id1" ] || fail "two saved routines share an id: '$id1' '$id2'"

# log records the id with the name
for day in 02 04; do
  b log --routine legs --pain-before 2 --pain-after 2 --tightness-before 2 --tightness-after 2 \
    --date 2026-11-$day </dev/null >/dev/null || fail "log 11-$day"
done
python3 - "$tmp/d/journal.jsonl" "$id1" <<'P' || fail "the journal lines lack the routine id"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert [(l["routine"], l.get("routine_id")) for l in lines] == [("legs", sys.argv[2])] * 2, lines
P

# rename: legs.json becomes hips.json named "hips"; next (no --routine)
# finds it by the id of the latest entry and counts both sessions
python3 - "$tmp/d/routines/legs.json" "$tmp/d/routines/hips.json" <<'P'
import json, sys
d = json.load(open(sys.argv[1])); d["name"] = "hips"
json.dump(d, open(sys.argv[2], "w")); 
P
rm "$tmp/d/routines/legs.json"
b next --date 2026-11-05 >"$tmp/n.txt" 2>"$tmp/n.err" || fail "next after a rename exited $?: $(cat "$tmp/n.err")"
grep -q '^For hips (.*hips.json), from its 2 sessions' "$tmp/n.txt" || fail "renamed: $(head -1 "$tmp/n.txt")"

# a new routine that takes the old name has its own id and no history
b $plan --save legs >/dev/null 2>&1 || fail "plan --save legs again exited $?"
[ "$(rid "$tmp/d/routines/legs.json")" != "$id1" ] || fail "a new legs reused the renamed routine's id"
b next --routine legs --date 2026-11-05 >"$tmp/n.txt" 2>&1
grep -q '^For legs (.*), from its 0 sessions' "$tmp/n.txt" || fail "new legs: $(head -1 "$tmp/n.txt")"

# before the id: a routine file and journal lines without it match by name
mkdir -p "$tmp/old/routines"
cat >"$tmp/old/routines/back.json" <<'R'
{"format":"backrelief-routine","format_version":1,"name":"back","steps":[{"exercise":"glute-bridge","dose":"2-3x6-15, every other day"}]}
R
cat >"$tmp/old/journal.jsonl" <<'J'
{"format":"backrelief-journal","format_version":1,"date":"2026-11-02","routine":"back","steps":{"done":1,"cut_short":0,"skipped":0},"step_status":[{"exercise":"glute-bridge","status":"done"}],"pain":{"before":2,"after":2,"next_morning":2}}
{"format":"backrelief-journal","format_version":1,"date":"2026-11-04","routine":"back","steps":{"done":1,"cut_short":0,"skipped":0},"pain":{"before":2,"after":2,"next_morning":2}}
J
"$cli" --data-dir "$tmp/old" next --date 2026-11-05 >"$tmp/o.txt" 2>&1 || fail "next on an old journal exited $?: $(cat "$tmp/o.txt")"
grep -q '^For back (.*), from its 2 sessions' "$tmp/o.txt" || fail "old journal: $(head -1 "$tmp/o.txt")"
"$cli" --data-dir "$tmp/old" log --list >/dev/null || fail "log --list on an old journal"
finish "routine id: ok"
