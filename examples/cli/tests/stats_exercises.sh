#!/bin/sh
# stats: adherence per exercise of a programme (issue 17, item 6). Each
# exercise keeps its own rhythm; `log` records the steps due that day (what
# the session held), and `stats` counts, per exercise, the sessions it was
# done in against the sessions it was due in. Expected numbers worked out by
# hand from the schedule below before the code:
#   due   stretch daily: 11-02..11-15 (7 + 7); roll 3x/week: 02,04,07 | 09,11,14;
#         bridge every other day: 02,04,06,08 | 10,12,14
#   done  every day but 11-05 (stretch only) and 11-09 (stretch and roll)
#   ->    stretch 12/14 = 85 %; roll 3/3 + 2/3 = 83 %; bridge 7/7 = 100 %
#         (the sessions as a whole, week of 11-02: 6 of 7 = 85 %)
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 needed: skipped"; exit 77; }
b() { "$cli" --data-dir "$tmp/d" "$@"; }
mkdir -p "$tmp/d/routines"
cat >"$tmp/d/routines/prog.json" <<'R'
{"format":"backrelief-routine","format_version":1,"name":"prog","id":"r-prog-1","steps":[{"exercise":"glute-stretch","dose":"2 reps, hold 30s, each side, daily"},{"exercise":"hamstring-foam-roll","dose":"1min, 3x/week"},{"exercise":"glute-bridge","dose":"2x10, every other day"}]}
R
b stats --until 2026-11-15 --routine prog >"$tmp/s0.txt" || fail "stats without a schedule exited $?"
grep -q 'no saved schedule of prog' "$tmp/s0.txt" || fail "no schedule: $(cat "$tmp/s0.txt")"
b schedule prog --start 2026-11-02 --weeks 2 >/dev/null || fail "schedule exited $?"
for d in 02 03 04 06 07 08 10 11 12 13 14 15; do
  b log --routine prog --date 2026-11-$d --pain-before 2 --pain-after 2 --tightness-before 2 \
    --tightness-after 2 </dev/null >/dev/null || fail "log 11-$d"
done
# log held the steps due that day, with the routine id
python3 - "$tmp/d/journal.jsonl" <<'P' || fail "log did not record the day's steps"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
day = {l["date"]: [s["exercise"] for s in l["step_status"]] for l in lines}
assert day["2026-11-03"] == ["glute-stretch"], day
assert day["2026-11-14"] == ["glute-stretch", "hamstring-foam-roll", "glute-bridge"], day
assert all(l["routine_id"] == "r-prog-1" for l in lines)
P
b stats --until 2026-11-15 --json >"$tmp/s.json" || fail "stats --json exited $?"
python3 - "$tmp/s.json" <<'P' || fail "stats --json per exercise"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["routine"] == "prog", d
got = {e["exercise"]: (e["due"], e["done"], e["percent"]) for e in d["exercises"]}
assert got == {"glute-stretch": (14, 12, 85), "hamstring-foam-roll": (6, 5, 83),
               "glute-bridge": (7, 7, 100)}, got
assert [e["exercise"] for e in d["exercises"]] == ["glute-stretch", "hamstring-foam-roll", "glute-bridge"]
w = {x["week"]: x for x in d["weeks"]}
assert (w["2026-11-02"]["prescribed"], w["2026-11-02"]["done"], w["2026-11-02"]["percent"]) == (7, 6, 85), w
P
b stats --until 2026-11-15 >"$tmp/s.txt" || fail "stats exited $?"
grep -q '^Per exercise of prog, 2026-10-19 to 2026-11-15' "$tmp/s.txt" || fail "no per-exercise table: $(cat "$tmp/s.txt")"
grep -Eq '^  Supine glute stretch +12 +14 +85%$' "$tmp/s.txt" || fail "stretch row: $(grep -i stretch "$tmp/s.txt")"
grep -Eq '^  Glute bridge +7 +7 +100%$' "$tmp/s.txt" || fail "bridge row: $(grep -i bridge "$tmp/s.txt")"

# renamed: the entries still count by the routine id
python3 - "$tmp/d/routines/prog.json" <<'P'
import json, sys
d = json.load(open(sys.argv[1])); d["name"] = "mine"; json.dump(d, open(sys.argv[1], "w"))
P
b stats --until 2026-11-15 --routine prog --json >"$tmp/r.json" || fail "stats after a rename exited $?"
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["routine"] == "mine" and [e["done"] for e in d["exercises"]] == [12, 5, 7], d' "$tmp/r.json" || fail "renamed routine"
finish "stats per exercise: ok"
