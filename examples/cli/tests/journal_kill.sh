#!/bin/sh
# Journal safety (run with the test build, backrelief_cli_hooks, whose
# BRF_CLI_TEST_SLOW_APPEND pauses in the middle of a line): a log killed in the middle of its append leaves at most
# that one entry torn; every entry recorded before (and after) it loads, the
# torn line is reported, and a later append cuts it off and is whole. Then many appends
# killed at random moments: every entry whose `log` said "Recorded" is there.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
logit() { # logit NOTE [ENV...]
  note=$1
  shift
  env "$@" "$cli" --data-dir "$tmp/d" log --routine demo.json --pain-before 3 --pain-after 2 \
    --tightness-before 5 --tightness-after 3 --date 2026-11-22 --note "$note" </dev/null
}
# demo.json: a saved routine (log takes a file or a saved name, nothing else)
mkdir -p "$tmp/d/routines"
printf '{"format":"backrelief-routine","format_version":1,"name":"demo","steps":[]}\n' >"$tmp/d/routines/demo.json"
# logit in the background as the program itself (not a subshell), so that
# $! is the program's pid and kill -9 hits it: bg NOTE OUT [ENV...]
bg() {
  note=$1
  out=$2
  shift 2
  env "$@" "$cli" --data-dir "$tmp/d" log --routine demo.json --pain-before 3 --pain-after 2 \
    --tightness-before 5 --tightness-after 3 --date 2026-11-22 --note "$note" </dev/null >"$out" &
  pid=$!
}
entries() { "$cli" --data-dir "$tmp/d" log --list --json 2>"$tmp/list.err" | grep -c '"date"'; }

for i in 1 2 3; do logit "entry $i" >/dev/null || fail "log $i exited $?"; done

# killed in the middle of an append (the test hook pauses between halves)
size=$(wc -c <"$tmp/d/journal.jsonl")
bg "killed" "$tmp/killed.out" BRF_CLI_TEST_SLOW_APPEND=2
i=0
while [ $i -lt 300 ] && [ "$(wc -c <"$tmp/d/journal.jsonl")" -eq "$size" ]; do
  sleep 0.1; i=$((i + 1))
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
grep -q Recorded "$tmp/killed.out" && fail "the killed log said Recorded"
tail -c 1 "$tmp/d/journal.jsonl" | od -c | grep -q '\\n' && fail "the append was not torn (the kill came too late)"
[ "$(entries)" -eq 3 ] || fail "after the kill: $(entries) entries, expected 3"
grep -q "journal.jsonl:4:1: the last entry is not complete .*\[BRF_E_PARSE\]" "$tmp/list.err" ||
  fail "the torn line was not reported: $(cat "$tmp/list.err")"

logit "after" >/dev/null 2>"$tmp/after.err" || fail "log after the kill exited $?"
grep -q "journal.jsonl: removed the incomplete last entry" "$tmp/after.err" ||
  fail "the append did not say it cut the torn line: $(cat "$tmp/after.err")"
[ "$(entries)" -eq 4 ] || fail "after a new append: $(entries) entries, expected 4"
"$cli" --data-dir "$tmp/d" log --list 2>/dev/null | grep -q ' after$' || fail "the new entry is not whole"
[ -s "$tmp/list.err" ] && fail "a journal repaired by the append still reports: $(cat "$tmp/list.err")"
[ "$(grep -c . "$tmp/d/journal.jsonl")" -eq 4 ] || fail "the torn line is still in the file"

# random kills
n=0
while [ $n -lt 30 ]; do
  bg "random $n" "$tmp/r$n.out"
  [ $((n % 3)) -eq 0 ] || sleep "0.00$((n % 10))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  n=$((n + 1))
done
recorded=0
n=0
while [ $n -lt 30 ]; do
  if grep -qs Recorded "$tmp/r$n.out"; then
    recorded=$((recorded + 1))
    "$cli" --data-dir "$tmp/d" log --list --json 2>/dev/null | grep -q "\"note\":\"random $n\"" ||
      fail "entry 'random $n' was recorded but is lost"
  fi
  n=$((n + 1))
done
# every line is a whole entry or a reported torn one
lines=$(grep -c . "$tmp/d/journal.jsonl")
"$cli" --data-dir "$tmp/d" log --list --json >/dev/null 2>"$tmp/list.err"
torn=$(grep -c 'is not complete' "$tmp/list.err")
[ $(( $(entries) + torn )) -eq "$lines" ] || fail "$lines lines, $(entries) entries, $torn torn"
if command -v python3 >/dev/null 2>&1; then
  "$cli" --data-dir "$tmp/d" log --list --json 2>/dev/null | python3 -c 'import json,sys; json.load(sys.stdin)' ||
    fail "log --list --json is not one JSON document"
fi
[ "$fails" -eq 0 ] || { echo "$fails failure(s)" >&2; exit 1; }
echo "journal: ok ($recorded of 30 randomly killed appends completed, $torn torn lines reported)"
