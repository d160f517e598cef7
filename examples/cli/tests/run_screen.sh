#!/bin/sh
# The player's screen under tmux (issue 21, item 6): at 100x30 one "Next up"
# line, the time left for the step and the session, tips only about
# exercises of the routine, the bell only at changes and the last 3 seconds,
# --sound none and the m key; at 50x15 a compact screen that neither wraps
# nor scrolls; TERM=dumb plain lines without escape sequences; NO_COLOR
# without the animated large digits.
set -u
cli=$1
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed: skipped"; exit 77; }
. "$(dirname "$0")/lib.sh"
unset NO_COLOR
runs=0
sock=brf-screen-test-$$-0
cleanup() {
  k=0
  while [ $k -le $runs ]; do tmux -L "brf-screen-test-$$-$k" kill-server 2>/dev/null; k=$((k + 1)); done
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; capture >&2; fails=$((fails + 1)); }
capture() { tmux -L "$sock" capture-pane -p -t brf 2>/dev/null; }
wait_for() {
  i=0
  while [ $i -lt 150 ]; do
    capture | grep -q -e "$1" && return 0
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}
# start COLSxROWS ENV... -- ARGS: the program in a fresh tmux server, its raw
# output recorded in $tmp/raw.$runs (pipe-pane starts before the program).
start() {
  size=$1
  shift
  envs=""
  while [ "$1" != "--" ]; do envs="$envs $1"; shift; done
  shift
  runs=$((runs + 1))
  sock=brf-screen-test-$$-$runs
  raw=$tmp/raw.$runs
  : >"$raw"
  tmux -L "$sock" -f /dev/null new-session -d -s brf -x "${size%x*}" -y "${size#*x}" \
    "sleep 0.3; env LANG=C.UTF-8 $envs $cli --data-dir $tmp/data run --pain-before 3 --tightness-before 4 --pain-after 2 --tightness-after 3 $*; echo EXIT=\$?; sleep 60"
  tmux -L "$sock" pipe-pane -o -t brf "cat >>'$raw'"
}
bells() { tr -cd '\007' <"$raw" | wc -c | tr -d ' '; }
quit() {
  tmux -L "$sock" send-keys -t brf q
  wait_for 'Log this session' && tmux -L "$sock" send-keys -t brf n Enter
  wait_for 'EXIT=' || fail "q did not quit"
}

# 1. 100x30: the rest between sets shows one "Next up" line; times left.
start 100x30 TERM=xterm -- --exercise glute-bridge --exercise cat-camel --speed 30
wait_for 'Rest' || fail "no rest between the sets"
tmux -L "$sock" send-keys -t brf ' '
wait_for PAUSED || fail "space did not pause"
[ "$(capture | grep -c 'Next up')" -eq 1 ] || fail "not exactly one 'Next up' line during a rest"
capture | grep -q 'Next up: set 2 of 3' || fail "the rest does not say the next set comes"
capture | grep -q 'Step  *\[.*\] *[0-9]*%  [0-9]*:[0-9][0-9] left' || fail "no time left for the step"
capture | grep -q 'Session  *\[.*\] *[0-9]*%  [0-9]*:[0-9][0-9] left' ||
  fail "no time left for the session"
capture | grep -q '██' || fail "no large countdown with colour"
quit

# 2. tips: glute-foam-roll's cue "Follow with a seated piriformis stretch."
# names an exercise that is not in this routine: never shown as a tip.
start 100x30 TERM=xterm -- --exercise glute-foam-roll --speed 60
seen=""
i=0
while [ $i -lt 40 ]; do
  tip=$(capture | grep 'Tip:')
  case $tip in *piriformis*) seen=$tip ;; esac
  capture | grep -q 'Log this session' && break
  sleep 0.1
  i=$((i + 1))
done
[ -z "$seen" ] || fail "a tip names an exercise outside the routine: $seen"
quit

# 3. the bell: at most one a cue of a change or of the last 3 seconds, never
# one a rep (the old screen rang 28 times for one exercise).
limit=$("$cli" run --json --exercise glute-bridge 2>/dev/null | grep -c -v '"kind": "rep"')
start 100x30 TERM=xterm -- --exercise glute-bridge --speed 40
wait_for 'Log this session' || fail "the session did not end"
n=$(bells)
[ "$n" -gt 0 ] && [ "$n" -le "$limit" ] || fail "$n bells, expected 1 to $limit (changes and the last 3 s)"
tmux -L "$sock" send-keys -t brf n Enter
wait_for 'EXIT=0' || fail "the session did not exit 0"

# --sound none: no bell at all
start 100x30 TERM=xterm -- --exercise glute-bridge --speed 40 --sound none
wait_for 'Log this session' || fail "the session did not end"
[ "$(bells)" -eq 0 ] || fail "--sound none rang $(bells) bells"
tmux -L "$sock" send-keys -t brf n Enter
wait_for 'EXIT=0' || fail "the session did not exit 0"

# m mutes: no bell after it
start 100x30 TERM=xterm -- --exercise glute-bridge --speed 5
wait_for 'Get ready' || fail "no live screen"
tmux -L "$sock" send-keys -t brf m
wait_for 'muted' || fail "m did not say muted"
at=$(bells)
sleep 2
[ "$(bells)" -eq "$at" ] || fail "bells after m: $at then $(bells)"
quit

# 4. 50x15: compact, the header stays on the first line, nothing wider than
# the pane and nothing wrapped.
start 50x15 TERM=xterm -- --exercise glute-bridge --exercise cat-camel --speed 10
wait_for 'Glute bridge 1/2' || fail "no compact header"
sleep 1
capture | head -1 | grep -q '^Glute bridge 1/2' || fail "the header scrolled away"
capture | grep -q 'Step \[.*left' || fail "no step bar with the time left"
capture | grep -q 'All  \[.*left' || fail "no session bar with the time left"
[ "$(capture | grep -c .)" -le 8 ] || fail "the compact screen has more than 8 lines"
wide=$(capture | sed 's/·/./g; s/█/#/g' | awk '{ if (length($0) > 49) print }' | head -1)
[ -z "$wide" ] || fail "a line wider than 49 columns: $wide"
quit

# 5. TERM=dumb: lines, no escape sequences at all.
start 100x30 TERM=dumb -- --exercise glute-bridge --speed 40
wait_for 'Log this session' || fail "the session did not end"
grep -q "$(printf '\033')" "$raw" && fail "escape sequences with TERM=dumb"
grep -q 'left  Get ready: Glute bridge' "$raw" || fail "no plain line for the get-ready"
grep -q 'left  Rep 15 of 15' "$raw" || fail "no plain line for the reps"
tmux -L "$sock" send-keys -t brf n Enter
wait_for 'EXIT=0' || fail "the session did not exit 0"

# 6. NO_COLOR: no colour and no animation (no large digits), redrawn only
# when something shown changes.
start 100x30 TERM=xterm NO_COLOR=1 -- --exercise glute-bridge
wait_for 'Get ready' || fail "no live screen"
sleep 2
capture | grep -q '██' && fail "large digits with NO_COLOR"
capture | grep -q 'Get ready   [0-9]:[0-9][0-9]' || fail "no plain countdown with NO_COLOR"
grep -q "$(printf '\033\\[1m')" "$raw" && fail "bold with NO_COLOR"
frames=$(grep -o "$(printf '\033\\[2J')" "$raw" | wc -l)
[ "$frames" -le 6 ] || fail "$frames redraws in 2.3 s without animation (at most one a second)"
quit

finish "player screen under tmux: ok"
