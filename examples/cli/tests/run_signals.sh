#!/bin/sh
# run stopped and continued from outside (issue 21): a `kill -TSTP` during a
# live session gives the terminal back (normal screen, cooked mode) and
# stops the program; a `kill -CONT` brings the screen back and the session
# runs to its end and is logged once, every exercise done.
#
# The session runs under tty_job, which makes it the terminal's foreground
# job as a job-control shell would but, unlike a shell, does not take the
# terminal back when it stops (so SIGCONT from outside resumes it in the
# foreground) and writes what waitpid(2) sees to a file: the stop and the
# continue are read there, not guessed from timing. Every wait polls with a
# timeout; nothing sleeps a fixed time.
# Arguments: the test build of the program (backrelief_cli_hooks: an
# accelerated clock with BRF_CLI_TEST_SPEED) and tty_job.
set -u
cli=$1
job=$2
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed: skipped"; exit 77; }
. "$(dirname "$0")/lib.sh"
sock=brf-signals-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; capture >&2; echo "job: $(cat "$tmp/job" 2>/dev/null)" >&2; fails=$((fails + 1)); }
capture() { tmux -L "$sock" capture-pane -p -t brf 2>/dev/null; }
# poll CMD...: until CMD succeeds, at most 30 s (a busy machine is slow, never wrong)
poll() {
  i=0
  while [ $i -lt 300 ]; do
    "$@" && return 0
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}
on_screen() { capture | grep -q -e "$1"; }
off_screen() { ! capture | grep -q -e "$1"; }
in_job() { grep -q "^$1\$" "$tmp/job" 2>/dev/null; }
# the terminal's modes, read from outside through the pane's device
modes() { stty -a <"$tty" 2>/dev/null; }
cooked() { modes | grep -q ' icanon' && modes | grep -q ' echo '; }
raw() { modes | grep -q -- '-icanon' && modes | grep -q -- '-echo '; }

# A one-minute session on a clock 6 times as fast: about 12 s in real time,
# ample to stop it while it runs however busy the machine.
tmux -L "$sock" -f /dev/null new-session -d -s brf -x 100 -y 32 \
  "env LANG=C.UTF-8 TERM=xterm NO_COLOR=1 BRF_CLI_TEST_SPEED=6 $job $tmp/job $cli --data-dir $tmp/d run \
   --exercise cat-camel --dose 1min --pain-before 3 --tightness-before 4 --pain-after 2 --tightness-after 3 \
   --log; echo EXIT=\$?; sleep 120" || { echo "tmux could not start: skipped"; exit 77; }
tty=$(tmux -L "$sock" display-message -p -t brf '#{pane_tty}')
poll on_screen 'Session  \[' || fail "no live screen"
poll grep -q '^pid ' "$tmp/job" || fail "tty_job wrote no pid"
pid=$(sed -n 's/^pid //p' "$tmp/job")
raw || fail "the live screen does not have the terminal in raw mode: $(modes | head -3)"

# SIGTSTP from outside: the program stops, the terminal is as it was
kill -TSTP "$pid" || fail "kill -TSTP $pid"
poll grep -q '^stopped ' "$tmp/job" || fail "kill -TSTP did not stop the session"
grep -q "^stopped $(kill -l TSTP 2>/dev/null || echo 20)\$\|^stopped 20\$" "$tmp/job" ||
  fail "stopped by another signal: $(cat "$tmp/job")"
poll off_screen 'Session  \[' || fail "the live screen stayed while stopped"
cooked || fail "the terminal was not restored while stopped: $(modes | head -3)"
[ -e "$tmp/d/journal.jsonl" ] && fail "the stop logged something"
in_job 'exited.*' && fail "the stop ended the program"

# SIGCONT from outside: the screen is back and the session runs to its end
kill -CONT "$pid" || fail "kill -CONT $pid"
poll in_job continued || fail "kill -CONT did not continue the session"
poll on_screen 'Session  \[' || fail "the live screen did not come back after SIGCONT"
poll raw || fail "the terminal is not in raw mode again after SIGCONT"
poll on_screen 'EXIT=' || fail "the session did not end"
on_screen 'EXIT=0' || fail "the session did not exit 0"
on_screen 'Session done' || fail "the session was not completed"
in_job 'exited 0' || fail "tty_job: $(cat "$tmp/job")"
cooked || fail "the terminal was not restored at the end"
[ "$(grep -c . "$tmp/d/journal.jsonl" 2>/dev/null)" = 1 ] ||
  fail "not one journal entry: $(cat "$tmp/d/journal.jsonl" 2>/dev/null)"
grep -q '"routine":"Cat-camel"' "$tmp/d/journal.jsonl" || fail "the entry does not name the routine"
grep -q '"pain":{"before":3,"after":2},"tightness":{"before":4,"after":3}' "$tmp/d/journal.jsonl" ||
  fail "the entry lacks the ratings: $(cat "$tmp/d/journal.jsonl")"
grep -q '"status":"done"' "$tmp/d/journal.jsonl" && ! grep -q '"status":"cut_short"\|"status":"skipped"' "$tmp/d/journal.jsonl" ||
  fail "the exercise is not logged as done: $(cat "$tmp/d/journal.jsonl")"

finish "run: kill -TSTP stops with the terminal restored, kill -CONT resumes to a logged end: ok"
