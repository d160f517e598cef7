#!/bin/sh
# Crashes lose nothing (issue 21, item 1): 200 writes -- appends and
# next-morning rewrites, alternating -- each killed with SIGKILL at a random
# moment (or not at all). Afterwards every file parses (doctor finds no
# damage: at most a torn last line, which the next append cuts off), every
# entry whose `log` said "Recorded" is there, and the temporary files of
# killed rewrites are gone after the next write. Test build: some appends
# pause in the middle of their line (BRF_CLI_TEST_SLOW_APPEND) so that kills
# land mid-line too.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
d=$tmp/d
sc='--pain-before 3 --pain-after 2 --tightness-before 5 --tightness-after 3'
"$cli" --data-dir "$d" log --routine "$(rfile seed)" $sc --date 2025-03-01 </dev/null >/dev/null || fail "seed"
rand() { od -An -N1 -tu1 /dev/urandom | tr -d ' '; }
n=0
while [ $n -lt 200 ]; do
  r=$(rand)
  if [ $((n % 4)) -eq 3 ]; then
    "$cli" --data-dir "$d" log --morning --date 2025-03-02 --pain $((r % 11)) --tightness 1 \
      </dev/null >"$tmp/o$n" 2>/dev/null &
  elif [ $((n % 10)) -eq 5 ]; then
    env BRF_CLI_TEST_SLOW_APPEND=1 "$cli" --data-dir "$d" log --routine "$(rfile "c$n")" $sc --date 2025-02-01 \
      </dev/null >"$tmp/o$n" 2>/dev/null &
  else
    "$cli" --data-dir "$d" log --routine "$(rfile "c$n")" $sc --date 2025-02-01 </dev/null >"$tmp/o$n" 2>/dev/null &
  fi
  pid=$!
  case $((r % 4)) in
  0) ;;
  1) sleep 0.00$((r % 10)) ;;
  *) sleep 0.0$((r % 10)) ;;
  esac
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  n=$((n + 1))
done
# every accepted entry is there
"$cli" --data-dir "$d" log --list --json >"$tmp/list.json" 2>"$tmp/list.err" ||
  fail "log --list exited $?: $(cat "$tmp/list.err")"
recorded=0
n=0
while [ $n -lt 200 ]; do
  if grep -q '^Recorded [0-9-]* in' "$tmp/o$n" 2>/dev/null && [ $((n % 4)) -ne 3 ]; then
    recorded=$((recorded + 1))
    grep -q "\"routine\":\"c$n\"" "$tmp/list.json" || fail "entry c$n was recorded but is lost"
  fi
  n=$((n + 1))
done
grep -v 'the last entry is not complete' "$tmp/list.err" | grep -q . &&
  fail "damage beyond a torn last line: $(cat "$tmp/list.err")"
# the next write repairs, cleans, and leaves every file whole
"$cli" --data-dir "$d" log --routine "$(rfile final)" $sc --date 2025-02-02 </dev/null >/dev/null 2>&1 ||
  fail "the write after the kills exited $?"
"$cli" --data-dir "$d" doctor >"$tmp/doctor.out" 2>&1 || fail "doctor after the kills: $(cat "$tmp/doctor.out")"
ls -a "$d" | grep -q 'tmp' && fail "temporary files left: $(ls -a "$d")"
if command -v python3 >/dev/null 2>&1; then
  python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$d/journal.jsonl" ||
    fail "a journal line does not parse"
fi
finish "crash: ok (200 writes killed at random moments, $recorded appends accepted, none lost)"
