#!/bin/sh
# export: one JSON document with the custom catalog (or null), the saved
# routines and the journal's whole entries; -o writes it atomically.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
b() { "$cli" --data-dir "$tmp/d" "$@"; }
check() { # check FILE PYTHON-ASSERTIONS
  command -v python3 >/dev/null 2>&1 || return 0
  python3 -c "import json, sys; d = json.load(open(sys.argv[1])); $2" "$1" || fail "$1: $2"
}
b export >"$tmp/empty.json" || fail "export of no data exited $?"
check "$tmp/empty.json" 'assert d == {"format": "backrelief-export", "format_version": 1, "catalog": None, "routines": [], "journal": []}, d'
# r.json: the routine logged (a file or a saved name, nothing else), here
cd "$tmp" && printf '{"format":"backrelief-routine","format_version":1,"name":"r","steps":[]}\n' >r.json
for n in 1 2; do
  b log --routine r.json --pain-before $n --pain-after 1 --tightness-before 2 --tightness-after 1 \
    --date 2026-11-0$n --note "n$n" </dev/null >/dev/null || fail "log $n"
done
printf '{"format":"backrelief-journal","format_version":1,"date":"2026-11-0' >>"$tmp/d/journal.jsonl"
mkdir -p "$tmp/d/routines"
printf '{"format": "backrelief-routine", "name": "b"}\n' >"$tmp/d/routines/b.json"
printf '{"format": "backrelief-routine", "name": "a"}\n' >"$tmp/d/routines/a.json"
b export -o "$tmp/out.json" 2>"$tmp/err" || fail "export -o exited $?"
grep -q "journal.jsonl:3:1: the last entry is not complete" "$tmp/err" || fail "the torn entry was not reported"
check "$tmp/out.json" 'assert [e["note"] for e in d["journal"]] == ["n1", "n2"], d["journal"]'
check "$tmp/out.json" 'assert [r["name"] for r in d["routines"]] == ["a", "b"], d["routines"]'
b export extra >/dev/null 2>&1; st=$?
[ "$st" -eq 2 ] || fail "an extra argument exited $st"
[ "$fails" -eq 0 ] || { echo "$fails failure(s)" >&2; exit 1; }
echo "export: ok"
