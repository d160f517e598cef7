#!/bin/sh
# run, one log per session, under tmux: the ratings asked before and after
# (Enter skips one) go into the one entry run logs; Ctrl-C stops, asks
# whether to log (default no) and exits 130; SIGTERM stops without logging
# (143); Ctrl-Z gives the terminal back and fg restores the screen.
set -u
cli=$1
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed: skipped"; exit 77; }
. "$(dirname "$0")/lib.sh"
runs=0
sock=brf-flow-$$-0
cleanup() {
  k=0
  while [ $k -le $runs ]; do tmux -L "brf-flow-$$-$k" kill-server 2>/dev/null; k=$((k + 1)); done
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; capture >&2; fails=$((fails + 1)); }
capture() { tmux -L "$sock" capture-pane -p -t brf 2>/dev/null; }
keys() { tmux -L "$sock" send-keys -t brf "$@"; }
wait_for() {
  i=0
  while [ $i -lt 100 ]; do
    capture | grep -q -e "$1" && return 0
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}
# start ARGS: `run ARGS` in a shell with job control (for Ctrl-Z and fg)
start() {
  tmux -L "$sock" kill-server 2>/dev/null
  runs=$((runs + 1))
  sock=brf-flow-$$-$runs
  tmux -L "$sock" -f /dev/null new-session -d -s brf -x 100 -y 32 "env PS1='$ ' sh -i"
  keys "export LANG=C.UTF-8 TERM=xterm NO_COLOR=1" Enter
  keys "$cli --data-dir $tmp/d run $*; echo EXIT=\$?" Enter
}
entries() { grep -c . "$tmp/d/journal.jsonl" 2>/dev/null || echo 0; }

# 1. the ratings before (one skipped) and after, one entry with them
start --exercise cat-camel --speed 50
wait_for 'Pain before the session' || fail "run did not ask the pain before"
keys 4 Enter
wait_for 'Tightness before the session' || fail "run did not ask the tightness before"
keys Enter
wait_for 'Get ready\|Hold\|rep' || fail "no live screen after the questions"
wait_for 'Log this session in your journal? \[Y/n\]' || fail "the end did not offer to log (default yes)"
keys Enter
wait_for 'Pain right after' || fail "run did not ask the pain after"
keys 2 Enter
wait_for 'Tightness right after' || fail "run did not ask the tightness after"
keys 3 Enter
wait_for 'EXIT=0' || fail "run did not end with 0"
capture | grep -q 'Logged the session (all)' || fail "run did not say it logged"
capture | grep -q 'log --amend adds the ratings you skipped' || fail "no hint about the skipped rating"
[ "$(entries)" -eq 1 ] || fail "not one entry: $(entries)"
grep -q '"routine":"Cat-camel".*"pain":{"before":4,"after":2},"tightness":{"after":3}' "$tmp/d/journal.jsonl" ||
  fail "the entry lacks the ratings: $(cat "$tmp/d/journal.jsonl")"
# log --amend adds the skipped one to that entry, no second entry
"$cli" --data-dir "$tmp/d" log --amend --tightness-before 5 </dev/null >"$tmp/out" 2>&1 || fail "log --amend exited $?"
[ "$(entries)" -eq 1 ] || fail "--amend added an entry"
grep -q '"tightness":{"before":5,"after":3}' "$tmp/d/journal.jsonl" || fail "--amend: $(cat "$tmp/d/journal.jsonl")"

# 2. Ctrl-C: asks, default no, exit 130, nothing logged
start --exercise cat-camel --pain-before 1 --tightness-before 1
wait_for 'Get ready' || fail "no live screen"
keys C-c
wait_for 'Log this session in your journal (it was interrupted)? \[y/N\]' || fail "Ctrl-C did not ask"
keys Enter
wait_for 'EXIT=130' || fail "Ctrl-C did not exit 130"
capture | grep -q 'Session stopped' || fail "Ctrl-C did not stop the session"
[ "$(entries)" -eq 1 ] || fail "Ctrl-C with no answer logged: $(entries) entries"
# Ctrl-C, then y: logged as cut short, still 130
start --exercise cat-camel --pain-before 1 --tightness-before 1 --pain-after 1 --tightness-after 1
wait_for 'Get ready' || fail "no live screen"
keys C-c
wait_for 'interrupted)? \[y/N\]' || fail "Ctrl-C did not ask"
keys y Enter
wait_for 'EXIT=130' || fail "Ctrl-C then y did not exit 130"
[ "$(entries)" -eq 2 ] || fail "Ctrl-C then y did not log"
tail -1 "$tmp/d/journal.jsonl" | grep -q '"status":"cut_short"\|"status":"skipped"' ||
  fail "the interrupted session is logged as done: $(tail -1 "$tmp/d/journal.jsonl")"

# 3. SIGTERM: stops without a question or a log, 143
start --exercise cat-camel --pain-before 1 --tightness-before 1 --log
wait_for 'Get ready' || fail "no live screen"
pid=$(pgrep -n -f "$tmp/d run --exercise cat-camel --pain-before 1 --tightness-before 1 --log")
[ -n "$pid" ] && kill -TERM "$pid"
wait_for 'EXIT=143' || fail "SIGTERM did not exit 143"
capture | grep -q 'not logged' || fail "SIGTERM did not say the session was not logged"
[ "$(entries)" -eq 2 ] || fail "SIGTERM logged the session"

# 4. Ctrl-Z suspends with the terminal restored; fg brings the screen back
start --exercise cat-camel --pain-before 1 --tightness-before 1
wait_for 'Get ready' || fail "no live screen"
keys C-z
wait_for 'Stopped\|stopped\|suspended' || fail "Ctrl-Z did not suspend"
capture | grep -q 'Session  \[' && fail "the screen stayed after Ctrl-Z"
keys fg Enter
wait_for 'Session  \[' || fail "fg did not bring the screen back"
keys q
wait_for 'Log this session' || fail "q after fg did not offer to log"
keys n Enter
# (the shell printed EXIT=148 when the job stopped; fg does not run the echo again)
wait_for 'Not logged' || fail "the session did not end after fg"

finish "run: ratings, one entry, Ctrl-C, TERM, Ctrl-Z: ok"
