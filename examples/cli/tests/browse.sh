#!/bin/sh
# Browsing the catalog (issue 21, item 9): search finds words in any order,
# in ids, names, aliases and regions, with "did you mean" when nothing
# matches; show offers the nearest ids; list fits 80 columns (all of it
# with --wide); names with control bytes are shown escaped.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
d=$tmp/data
b() { "$cli" --data-dir "$d" "$@"; }

# search: words in any order, ids, aliases, regions
for q in "cat cow" "cow cat" "Cat-Cow" "cat-camel"; do
  b search $q >"$tmp/out" 2>"$tmp/err" || fail "search $q exited $?: $(cat "$tmp/err")"
  grep -q '^cat-camel ' "$tmp/out" || fail "search $q does not find cat-camel (alias cat-cow)"
done
b search hamstrings >"$tmp/out" || fail "search hamstrings exited $?"
grep -q '^hamstring-stretch ' "$tmp/out" || fail "search hamstrings: no hamstring-stretch"
b search stretch hamstring | sed -n 2p | grep -q '^hamstring-stretch ' ||
  fail "search 'stretch hamstring': the exercise named so is not first"
b search lower back >"$tmp/out" || fail "search lower back exited $?"
grep -q '^cat-camel ' "$tmp/out" || fail "search by region (lower-back) misses cat-camel"
b search glute-ball-release | sed -n 2p | grep -q '^glute-ball-release ' || fail "search by id"
# no match: did you mean, exit 1
b search hamstrngs >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" -eq 1 ] || fail "a search without match exited $st"
grep -q "^backrelief: no exercise matches 'hamstrngs'; did you mean 'hamstrings'?\$" "$tmp/err" ||
  fail "no did you mean: $(cat "$tmp/err")"
[ -s "$tmp/out" ] && fail "a search without match printed a table"
b search xyzzy 2>"$tmp/err"; st=$?
[ "$st" -eq 1 ] && grep -q "^backrelief: no exercise matches 'xyzzy' (search looks in ids, names, aliases, regions and instructions)\$" "$tmp/err" ||
  fail "search xyzzy: exit $st: $(cat "$tmp/err")"
b search --json xyzzy >"$tmp/out" || fail "search --json without match exited $?"
grep -q '"exercises": \[\]' "$tmp/out" || fail "search --json without match: $(cat "$tmp/out")"
# show: did you mean
b show cat-cammel 2>"$tmp/err"; st=$?
[ "$st" -eq 65 ] && grep -q "^backrelief: no exercise has the id 'cat-cammel'; did you mean 'cat-camel'? \[BRF_E_NOT_FOUND\]\$" "$tmp/err" ||
  fail "show cat-cammel: exit $st: $(cat "$tmp/err")"
b show cat-cow 2>"$tmp/err"
grep -q "did you mean 'cat-camel'" "$tmp/err" || fail "show cat-cow (an alias): $(cat "$tmp/err")"
b show zzzzzzzz 2>"$tmp/err"
grep -q "no exercise has the id 'zzzzzzzz' (try 'backrelief search WORDS')" "$tmp/err" ||
  fail "show zzzzzzzz: $(cat "$tmp/err")"

# list: 80 columns, --wide all of it
b list >"$tmp/out" || fail "list exited $?"
awk 'length($0) > 80 { bad = 1 } END { exit bad }' "$tmp/out" || fail "list is wider than 80 columns"
head -1 "$tmp/out" | grep -q '^ID  *NAME  *MODALITY  *LEVEL$' || fail "list header: $(head -1 "$tmp/out")"
grep -q '^glute-ball-release  *Glute release with a  *self-massage  *beginner$' "$tmp/out" &&
  grep -q '^  *golf or bocce ball$' "$tmp/out" || fail "a long name is not wrapped in its column"
b list --wide >"$tmp/out" || fail "list --wide exited $?"
head -1 "$tmp/out" | grep -q 'DOSE$' || fail "list --wide has no DOSE"
grep -q '^glute-ball-release  *Glute release with a golf or bocce ball  .*10min, each side, 3x/week$' "$tmp/out" ||
  fail "list --wide cuts a row"
# an id longer than its column gets a line of its own; control bytes escaped
mkdir -p "$d"
long=an-exercise-with-a-very-long-identifier-indeed
printf '{"format": "backrelief-catalog", "format_version": 1, "exercises": [{"id": "%s", "name": "Bell\\u0007 \\u001b]0;title\\u0007 and a name long enough to wrap twice over", "summary": "", "modality": "mobility", "level": "beginner", "laterality": "both-sides", "regions": {"primary": ["lower-back"], "secondary": []}, "equipment": [], "default_dose": "", "dose_note": "", "instructions": [], "cues": [], "cautions": [], "contraindications": [], "alternative_doses": [], "progressions": [], "regressions": [], "sources": [], "media": []}]}' "$long" >"$d/catalog.json"
b list >"$tmp/out" 2>"$tmp/err" || fail "list with a custom exercise exited $?: $(cat "$tmp/err")"
awk 'length($0) > 80 { bad = 1 } END { exit bad }' "$tmp/out" || fail "list with a long id is wider than 80 columns"
grep -q "^$long\$" "$tmp/out" || fail "a long id is not on a line of its own"
grep -q "$(printf '\033')" "$tmp/out" && fail "list printed an ESC"
grep -q 'Bell\\x07' "$tmp/out" && grep -q '\\x1b\]0;title\\x07' "$tmp/out" || fail "control bytes not escaped: $(grep -A3 "^$long" "$tmp/out")"
b search very long identifier | grep -q "^$long" || fail "search by the words of an id"

finish "browse: ok"
