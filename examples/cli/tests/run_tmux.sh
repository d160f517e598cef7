#!/bin/sh
# The live session, driven under tmux: the screen shows the countdown and
# both progress bars; space pauses (the clock stops) and resumes, n skips,
# q quits part-way and the partial completion record is kept.
set -u
cli=$1
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed: skipped"; exit 77; }
. "$(dirname "$0")/lib.sh"
# one tmux server per session started, so that no server is reused while it exits
runs=0
sock=brf-cli-test-$$-0
cleanup() {
  k=0
  while [ $k -le $runs ]; do tmux -L "brf-cli-test-$$-$k" kill-server 2>/dev/null; k=$((k + 1)); done
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; capture >&2; fails=$((fails + 1)); }
capture() { tmux -L "$sock" capture-pane -p -t brf 2>/dev/null; }
# wait_for PATTERN: up to 10 s for the pane to show it
wait_for() {
  i=0
  while [ $i -lt 100 ]; do
    capture | grep -q -e "$1" && return 0
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}
start() {
  tmux -L "$sock" kill-server 2>/dev/null
  runs=$((runs + 1))
  sock=brf-cli-test-$$-$runs
  tmux -L "$sock" -f /dev/null new-session -d -s brf -x 100 -y 32 \
    "env LANG=C.UTF-8 TERM=xterm NO_COLOR= $cli --data-dir $tmp/data run $rated $*; echo EXIT=\$?; sleep 60"
}
# the ratings given, so that run asks none (run_flow.sh tests the questions)
rated="--pain-before 3 --tightness-before 4 --pain-after 2 --tightness-after 3"
session_line() { capture | grep 'Session  \['; }

# 1. countdown, bars, pause and resume, then n skips to the next exercise
start --exercise glute-bridge --exercise cat-camel
wait_for 'Get ready' || fail "no live screen"
capture | grep -q '██' || fail "no large countdown"
capture | grep -q 'Step     \[.*\] *[0-9]*%' || fail "no step progress bar"
capture | grep -q 'Session  \[.*\] *[0-9]*%' || fail "no session progress bar"
capture | grep -q 'Tip: ' || fail "no technique cue"
tmux -L "$sock" send-keys -t brf ' '
wait_for 'PAUSED' || fail "space did not pause"
before=$(session_line)
sleep 1.5
after=$(session_line)
[ "$before" = "$after" ] || fail "the clock moved while paused: '$before' then '$after'"
tmux -L "$sock" send-keys -t brf ' '
sleep 0.5
capture | grep -q 'PAUSED' && fail "space did not resume"
sleep 1.2
[ "$(session_line)" != "$after" ] || fail "the clock did not move after resuming"
capture | grep -q 'Next up: Cat-camel' || fail "no next up"
tmux -L "$sock" send-keys -t brf n
wait_for 'Cat-camel   exercise 2 of 2' || fail "n did not move to the next exercise"
tmux -L "$sock" send-keys -t brf n
wait_for 'Log this session in your journal' || fail "the end of the session did not offer to log it"
tmux -L "$sock" send-keys -t brf y Enter
wait_for 'EXIT=0' || fail "n on the last exercise did not end the session"
grep -q '"step_status":\[{"exercise":"glute-bridge","status":"skipped"},{"exercise":"cat-camel","status":"skipped"}\]' \
  "$tmp/data/journal.jsonl" 2>/dev/null || fail "y did not log the session's completion in the journal"
capture | grep -q 'Glute bridge .*skipped' || fail "the record does not say skipped"
capture | grep -q 'Cat-camel .*skipped' || fail "the record does not say skipped twice"
[ "$(capture | grep -c 'not medical advice')" -eq 1 ] || fail "the safety note is not there once"

# 2. faster clock, quit part-way: the partial record is kept
start --exercise glute-bridge --speed 20
wait_for 'rep [0-9]' || fail "--speed 20 did not reach the reps"
tmux -L "$sock" send-keys -t brf q
wait_for 'Log this session' || fail "q did not offer to log"
tmux -L "$sock" send-keys -t brf Enter
wait_for 'EXIT=0' || fail "q did not quit"
[ "$(grep -c . "$tmp/data/journal.jsonl")" -eq 1 ] || fail "no answer logged the session anyway"
capture | grep -q 'Session stopped' || fail "no 'Session stopped'"
capture | grep -q 'Glute bridge .*cut-short' || fail "the record does not say cut-short"
grep -q '"state": "stopped"' "$tmp/data/last-session.json" 2>/dev/null &&
  grep -q '"status": "cut-short"' "$tmp/data/last-session.json" ||
  fail "last-session.json lacks the partial record"

# 3. b goes back to the start of the exercise's lead-in
start --exercise cat-camel --speed 20
wait_for 'Hold' || fail "cat-camel did not reach its holds"
tmux -L "$sock" send-keys -t brf ' '
wait_for 'PAUSED' || fail "space did not pause"
tmux -L "$sock" send-keys -t brf b
wait_for 'Get ready' || fail "b did not go back to the get-ready"
tmux -L "$sock" send-keys -t brf q
wait_for 'Log this session' || fail "q did not offer to log"
tmux -L "$sock" send-keys -t brf n Enter
wait_for 'EXIT=0' || fail "q did not quit"

[ "$fails" -eq 0 ] || { echo "$fails failure(s)" >&2; exit 1; }
echo "live session under tmux: ok"
