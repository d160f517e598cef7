#!/bin/sh
# import free-exercise-db: into DATA/catalog.json (written atomically, no
# temporary file left), which list, show and search then include; a second
# import adds nothing; bad input exits 65 with the position.
set -u
cli=$1 data=$2
[ -f "$data" ] || { echo "$data not found: skipped"; exit 77; }
. "$(dirname "$0")/lib.sh"
b() { "$cli" --data-dir "$tmp/d" "$@"; }

before=$(b list | wc -l)
b import free-exercise-db "$data" >"$tmp/out" 2>"$tmp/err" || fail "import exited $?"
grep -q '^Imported [0-9]* exercises' "$tmp/out" || fail "no summary: $(cat "$tmp/out")"
[ -f "$tmp/d/catalog.json" ] || fail "no DATA/catalog.json"
ls "$tmp/d" | grep -q tmp && fail "a temporary file was left"
after=$(b list | wc -l)
[ "$after" -gt $((before + 100)) ] || fail "list did not grow: $before then $after"
b show barbell-curl | grep -q 'free-exercise-db' || fail "show lacks an imported exercise"
b search 'barbell curl' | grep -q '^barbell-curl ' || fail "search lacks an imported exercise"
b show glute-ball-release >/dev/null || fail "the built-in catalog is gone"
cp "$tmp/d/catalog.json" "$tmp/first.json"
b import free-exercise-db "$data" >"$tmp/out" 2>/dev/null || fail "second import exited $?"
grep -q '(0 new' "$tmp/out" || fail "second import added exercises: $(cat "$tmp/out")"
cmp -s "$tmp/first.json" "$tmp/d/catalog.json" || fail "second import changed the catalog"

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
# a corrupt custom catalog is bad data with its position, not a crash
printf '{"format": "backrelief-catalog", "format_version": 1, "exercises": [}' >"$tmp/d/catalog.json"
b list 2>"$tmp/err" >/dev/null; st=$?
[ "$st" -eq 65 ] && grep -q "catalog.json:1:[0-9]*: .*\[BRF_E_PARSE\]" "$tmp/err" ||
  fail "corrupt custom catalog: exit $st: $(cat "$tmp/err")"

[ "$fails" -eq 0 ] || { echo "$fails failure(s)" >&2; exit 1; }
echo "import: ok"
