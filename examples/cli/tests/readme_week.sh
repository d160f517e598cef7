#!/bin/sh
# The README's first week, run as written: every `$b ...` line of its block,
# $b being the program with a fresh --data-dir. The clock is the test
# build's (BRF_CLI_TEST_NOW): planned on Monday 2026-11-23, the session run on
# Tuesday (the day after leg day) under tmux at 200x speed with the ratings
# typed in, the morning and the stats on Wednesday. The journal must hold one
# entry for the one session, the calendar must be named, and stats and next
# must agree with the journal.
set -u
cli=$1       # backrelief_cli_hooks
readme=$2
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed: skipped"; exit 77; }
. "$(dirname "$0")/lib.sh"
sock=brf-week-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
capture() { tmux -L "$sock" capture-pane -p -t brf 2>/dev/null; }
keys() { tmux -L "$sock" send-keys -t brf "$@"; }
wait_for() {
  i=0
  while [ $i -lt 300 ]; do
    capture | grep -q -e "$1" && return 0
    sleep 0.1
    i=$((i + 1))
  done
  fail "$2"
  capture >&2
  return 1
}
# The block: from "a first week looks like this" to the end of its code fence.
sed -n '/a first week looks like this/,/^```$/p' "$readme" | grep '^\$b ' | sed 's/ *#.*$//' >"$tmp/week"
[ "$(grep -c . "$tmp/week")" -ge 6 ] || fail "the README's week was not found: $(cat "$tmp/week")"
b="$cli --data-dir $tmp/d"
cd "$tmp" || exit 1
n=0
while IFS= read -r line; do
  n=$((n + 1))
  cmd=$(printf '%s\n' "$line" | sed "s|^\\\$b|$b|")
  case "$line" in
  '$b screen'*) when=2026-11-23T08:00 ;;
  '$b run '*) when=2026-11-24T18:00 ;;
  '$b log --morning'*) when=2026-11-25T08:00 ;;
  '$b stats'* | '$b next'*) when=2026-11-25T09:00 ;;
  *) when=2026-11-23T09:00 ;;
  esac
  case "$line" in
  '$b run '*)
    # live, in a terminal: answer the ratings, log at the end
    tmux -L "$sock" -f /dev/null new-session -d -s brf -x 100 -y 32 \
      "env LANG=C.UTF-8 TERM=xterm NO_COLOR=1 BRF_CLI_TEST_NOW=$when BRF_CLI_TEST_SPEED=200 $cmd; echo EXIT=\$?; sleep 60"
    wait_for 'Pain before the session' "run did not ask the pain before" && keys 4 Enter
    wait_for 'Tightness before the session' "run did not ask the tightness before" && keys 6 Enter
    wait_for 'Log this session in your journal' "the session did not end" && keys Enter
    wait_for 'Pain right after' "run did not ask the pain after" && keys 2 Enter
    wait_for 'Tightness right after' "run did not ask the tightness after" && keys 3 Enter
    wait_for 'EXIT=' "run did not end"
    capture >"$tmp/out.$n"
    capture | grep -q 'EXIT=0' || fail "line $n ($line) did not exit 0"
    ;;
  '$b screen'*)
    yes n | head -n 100 | env BRF_CLI_TEST_NOW=$when sh -c "$cmd" >"$tmp/out.$n" 2>&1 || fail "line $n ($line) exited $?"
    ;;
  *)
    env BRF_CLI_TEST_NOW=$when sh -c "$cmd" </dev/null >"$tmp/out.$n" 2>&1 || fail "line $n ($line) exited $?: $(cat "$tmp/out.$n")"
    ;;
  esac
  printf '%s\n' "$line" >"$tmp/line.$n"
done <"$tmp/week"
out() { for f in "$tmp"/line.*; do grep -q "$1" "$f" && cat "${f%/*}/out.${f##*.}"; done; }

# one journal entry, for the one session, with its ratings and the morning's
j=$tmp/d/journal.jsonl
[ "$(grep -c . "$j" 2>/dev/null)" = 1 ] || fail "not one journal entry: $(cat "$j" 2>/dev/null)"
grep -q '"date":"2026-11-24","time":"18:00","routine":"legs",.*"pain":{"before":4,"after":2,"next_morning":2},"tightness":{"before":6,"after":3,"next_morning":3}' "$j" ||
  fail "the entry: $(cat "$j")"
grep -q '"status":"done"' "$j" || fail "the session's exercises are not done: $(cat "$j")"
# a named calendar
out '^\$b schedule' | grep -q '^legs: the day after leg days Mon, Thu\|^legs: the day after leg days' ||
  fail "the calendar is not named: $(out '^\$b schedule' | head -1)"
grep -q '^SUMMARY:Back relief: legs' "$tmp/legs.ics" || fail "legs.ics is not named: $(grep SUMMARY "$tmp/legs.ics" | head -1)"
grep -q '^TRIGGER:-PT10M' "$tmp/legs.ics" || fail "legs.ics has no reminder"
out '^\$b routines' | grep -q '^legs ' || fail "routines does not list legs: $(out '^\$b routines')"
# stats and next agree with the journal
out '^\$b stats' | grep -q '^Sessions logged: 1$' || fail "stats: $(out '^\$b stats')"
out '^\$b stats' | grep -q '^2026-11-23 *1 *2 *50%$' || fail "stats, the week of the session: $(out '^\$b stats')"
out '^\$b stats' | grep -q '^  2026-11-24  *legs  *4 ####  *2 ##' || fail "stats, the chart: $(out '^\$b stats')"
out '^\$b next' | grep -q '^For legs (.*routines/legs.json), from its 1 session in the journal:$' ||
  fail "next: $(out '^\$b next' | head -3)"
out '^\$b next' | grep -q '^Next: ' || fail "next gave no outcome: $(out '^\$b next')"
finish "the README's first week: ok"
