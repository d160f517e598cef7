#!/bin/sh
# import free-exercise-db: into DATA/catalog.json (written atomically, no
# temporary file left), which list, show and search then include; a second
# import adds nothing; bad input exits 65 with the position.
set -u
cli=$1 data=$2
[ -f "$data" ] || { echo "$data not found: skipped"; exit 77; }
. "$(dirname "$0")/lib.sh"
b() { "$cli" --data-dir "$tmp/d" "$@"; }

before=$(b list --wide | wc -l)
b import free-exercise-db "$data" >"$tmp/out" 2>"$tmp/err" || fail "import exited $?"
grep -q '^Imported [0-9]* exercises' "$tmp/out" || fail "no summary: $(cat "$tmp/out")"
[ -f "$tmp/d/catalog.json" ] || fail "no DATA/catalog.json"
[ -f "$tmp/d/catalog.image" ] || fail "import made no DATA/catalog.image (issue 25)"
ls "$tmp/d" | grep -q tmp && fail "a temporary file was left"
after=$(b list --wide | wc -l)
[ "$after" -gt $((before + 100)) ] || fail "list did not grow: $before then $after"
b show barbell-curl | grep -q 'free-exercise-db' || fail "show lacks an imported exercise"
b search 'barbell curl' | grep -q '^barbell-curl ' || fail "search lacks an imported exercise"
b show glute-ball-release >/dev/null || fail "the built-in catalog is gone"
# issue 21, item 8: ids of built-in exercises get the prefix fedb-, reported;
# nothing hides behind a built-in exercise; notes name our ids; the source
# kind is database; a gym machine is not a bench.
[ "$after" -eq $((before + 873)) ] || fail "list shows $after lines, $((before + 873)) expected"
for id in childs-pose hamstring-stretch dead-bug barbell-hip-thrust single-leg-glute-bridge \
          monster-walk chin-to-chest-stretch; do
  grep -q "^backrelief: note: fedb-$id: id \"$id\" is a built-in exercise's id: imported as \"fedb-$id\" (free-exercise-db.id)\$" "$tmp/err" ||
    fail "the rename of $id is not reported"
  b show "fedb-$id" | grep -q '\[database\] free-exercise-db: ' || fail "fedb-$id: not imported"
  b show "$id" | grep -q 'free-exercise-db' && fail "$id: the built-in exercise was replaced"
done
grep -q '^Imported 873 exercises from .*: 873 new, 0 updated, 0 unchanged$' "$tmp/out" ||
  fail "first summary: $(cat "$tmp/out")"
[ "$(grep -c '^backrelief: note:' "$tmp/err")" -eq 7 ] || fail "notes other than the renames printed without --verbose"
grep -q '^backrelief: [0-9]* mapping notes not shown (--verbose lists them)$' "$tmp/err" ||
  fail "no count of the notes not shown"
b show ab-crunch-machine | grep -q '^  Equipment    none' || fail "machine mapped to equipment"
cp "$tmp/d/catalog.json" "$tmp/first.json"
b import free-exercise-db "$data" >"$tmp/out" 2>"$tmp/err" || fail "second import exited $?"
grep -q ': 0 new, 0 updated, 873 unchanged$' "$tmp/out" || fail "second import: $(cat "$tmp/out")"
grep -q '^backrelief: note:' "$tmp/err" && fail "a re-import printed notes: $(head -3 "$tmp/err")"
cmp -s "$tmp/first.json" "$tmp/d/catalog.json" || fail "second import changed the catalog"
# --verbose: every note, naming our ids (which show finds)
b import free-exercise-db "$data" --verbose >/dev/null 2>"$tmp/err" || fail "--verbose exited $?"
grep -q '^backrelief: note: ab-crunch-machine: equipment "machine" has no counterpart' "$tmp/err" ||
  fail "--verbose: no note on ab-crunch-machine"
grep -q 'Ab_Crunch_Machine:' "$tmp/err" && fail "a note names the source id"
b show Ab_Crunch_Machine 2>"$tmp/err"
grep -q "did you mean 'ab-crunch-machine'" "$tmp/err" || fail "show of a source id: $(cat "$tmp/err")"
# after an import a plan's "Left out" stays short: at most 8 items and a count
b plan --goal maintenance --minutes 10 >"$tmp/plan" 2>/dev/null || fail "plan after the import exited $?"
sed -n '/^Left out/,/^$/p' "$tmp/plan" >"$tmp/left"
items=$(grep -c '^  - ' "$tmp/left")
[ "$items" -le 9 ] && [ "$(wc -l <"$tmp/left")" -le 40 ] ||
  fail "Left out has $items items, $(wc -l <"$tmp/left") lines after an import"
grep -q '^  - and [0-9]* more left out for other reasons$' "$tmp/left" || fail "Left out has no count"
# updated in place: a changed exercise is replaced where it is, the user's own kept
sed 's/"name": "Ab Roller"/"name": "Ab Roller (edited)"/' "$tmp/first.json" >"$tmp/d/catalog.json"
b import free-exercise-db "$data" >"$tmp/out" 2>/dev/null || fail "third import exited $?"
grep -q ': 0 new, 1 updated, 872 unchanged$' "$tmp/out" || fail "update: $(cat "$tmp/out")"
cmp -s "$tmp/first.json" "$tmp/d/catalog.json" || fail "the update was not in place"
# a catalog written before the fedb- rule: its hidden copy of childs-pose is removed
b show fedb-childs-pose --json >"$tmp/one.json"
command -v python3 >/dev/null 2>&1 && { python3 - "$tmp/first.json" "$tmp/one.json" "$tmp/d/catalog.json" <<'PY' || fail "python3 failed"
import json, sys
cat = json.load(open(sys.argv[1])); one = json.load(open(sys.argv[2]))["exercises"][0]
one["id"] = "childs-pose"
cat["exercises"].insert(0, one)
json.dump(cat, open(sys.argv[3], "w"), indent=2)
PY
b import free-exercise-db "$data" >"$tmp/out" 2>/dev/null || fail "fourth import exited $?"
grep -q ': 0 new, 0 updated, 873 unchanged; 1 hidden copy of built-in ids removed$' "$tmp/out" ||
  fail "hidden copy: $(cat "$tmp/out")"
cmp -s "$tmp/first.json" "$tmp/d/catalog.json" || fail "the hidden copy was not removed"
}

# bad input: exit 65, the file's position and the status name
printf '[{"id": "x", "name": ]' >"$tmp/bad.json"
b import free-exercise-db "$tmp/bad.json" 2>"$tmp/err"; st=$?
[ "$st" -eq 65 ] && grep -q "^backrelief: $tmp/bad.json:1:[0-9]*: .*\[BRF_E_PARSE\]$" "$tmp/err" ||
  fail "bad JSON: exit $st: $(cat "$tmp/err")"
printf '{"not": "an array"}' >"$tmp/schema.json"
b import free-exercise-db "$tmp/schema.json" 2>"$tmp/err"; st=$?
[ "$st" -eq 65 ] && grep -q "\[BRF_E_SCHEMA\]$" "$tmp/err" || fail "not an array: exit $st"
b import free-exercise-db "$tmp/missing.json" 2>"$tmp/err"; st=$?
[ "$st" -eq 74 ] && grep -q "\[BRF_E_IO\]$" "$tmp/err" || fail "a missing file exited $st (74 and BRF_E_IO expected)"
cmp -s "$tmp/first.json" "$tmp/d/catalog.json" || fail "a failed import changed the catalog"
# a corrupt custom catalog is reported with its position, and list, show,
# search, plan and run go on with the built-in catalog (issue 21, item 9);
# import refuses it (it would overwrite it) and export too (exit 65)
printf '{"format": "backrelief-catalog", "format_version": 1, "exercises": [}' >"$tmp/d/catalog.json"
cp "$tmp/d/catalog.json" "$tmp/corrupt.json"
for cmd in "list" "show cat-camel" "search cat cow" "plan --goal maintenance --minutes 10" \
           "run --exercise cat-camel --no-tty --speed 1000"; do
  b $cmd 2>"$tmp/err" >"$tmp/out" </dev/null; st=$?
  [ "$st" -eq 0 ] || fail "$cmd with a corrupt custom catalog exited $st: $(cat "$tmp/err")"
  grep -q "^backrelief: warning: $tmp/d/catalog.json:1:[0-9]*: .*\[BRF_E_PARSE\]; your custom exercises are left out until it is fixed (backrelief doctor checks the data folder)\$" "$tmp/err" ||
    fail "$cmd: the corrupt catalog is not reported: $(cat "$tmp/err")"
  [ "$(grep -c warning "$tmp/err")" -eq 1 ] || fail "$cmd: reported $(grep -c warning "$tmp/err") times"
done
b list | grep -q '^barbell-curl ' && fail "custom exercises listed from a corrupt catalog"
b show barbell-curl 2>"$tmp/err"; st=$?
[ "$st" -eq 65 ] || fail "show of a custom exercise of a corrupt catalog exited $st"
b import free-exercise-db "$data" 2>"$tmp/err" >/dev/null; st=$?
[ "$st" -eq 65 ] && grep -q "catalog.json:1:[0-9]*: .*\[BRF_E_PARSE\]" "$tmp/err" ||
  fail "import over a corrupt custom catalog: exit $st: $(cat "$tmp/err")"
cmp -s "$tmp/corrupt.json" "$tmp/d/catalog.json" || fail "import overwrote the corrupt catalog"
b export >/dev/null 2>&1; st=$?
[ "$st" -eq 65 ] || fail "export of a corrupt catalog exited $st"

[ "$fails" -eq 0 ] || { echo "$fails failure(s)" >&2; exit 1; }
echo "import: ok"
