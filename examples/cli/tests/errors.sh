#!/bin/sh
# Usage errors exit 2, bad data 65; every error is one line on stderr that
# starts with "backrelief: ", and library errors end with the status name.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"

# expect STATUS STDERR_PATTERN ARGS...
expect() {
  want=$1 pattern=$2
  shift 2
  "$cli" --data-dir "$tmp/data" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL: 'backrelief $*' exited $got, expected $want" >&2
    cat "$tmp/err" >&2
    fails=$((fails + 1))
  elif [ -n "$pattern" ] && ! grep -q -e "$pattern" "$tmp/err"; then
    echo "FAIL: 'backrelief $*': stderr lacks '$pattern':" >&2
    cat "$tmp/err" >&2
    fails=$((fails + 1))
  else
    echo "ok: $want backrelief $*"
  fi
}

# usage errors
expect 2 "^backrelief: no command 'frobnicate'" frobnicate
expect 2 "^backrelief: unknown option '--bogus'" list --bogus
expect 2 "^backrelief: unknown option '--bogus'" --bogus list
expect 2 "needs a value" list --region
expect 2 "unknown region 'nowhere'" list --region nowhere
expect 2 "unknown equipment 'anvil'" list --equipment foam-roller,anvil
expect 2 "empty or overlong item" list --equipment foam-roller,,band
expect 2 "unknown level 'expert'" list --level expert
expect 2 "show needs an exercise ID" show
expect 2 "show takes one ID" show cat-camel bird-dog
expect 2 "search needs a TEXT" search
expect 2 "not an age" screen --age old
expect 2 "unexpected argument" list extra
expect 2 "no command ''" ""
"$cli" >/dev/null 2>&1; st=$?
[ "$st" -eq 2 ] && echo "ok: 2 backrelief (no command)" ||
  { echo "FAIL: no command exited $st" >&2; fails=$((fails + 1)); }

expect 2 "log needs --routine" log
expect 2 "log needs --pain-before" log --routine r.json
expect 2 "is not a whole number from 0 to 10" log --routine r.json --pain-before 11
expect 2 "is not all, partial or skipped" log --completed most
expect 2 "needs a value" log --routine

# bad data
expect 65 "\[BRF_E_NOT_FOUND\]$" show no-such-exercise
expect 65 "standard input: ended after 0 answers" screen
# a bad value on the command line is a usage error (2) in every command,
# naming the option and the value, never a position like "--date:1:9:"
expect 2 "^backrelief: --date '2026-02-30': no such date: 2026-02-30 (bad day) at column 9 \[BRF_E_RANGE\]$" \
  log --routine r --pain-before 1 --pain-after 1 --tightness-before 1 --tightness-after 1 --date 2026-02-30
expect 2 "^backrelief: --date 'tomorrow': .*\[BRF_E_PARSE\]$" log --routine r --pain-before 1 \
  --pain-after 1 --tightness-before 1 --tightness-after 1 --date tomorrow
expect 2 "^backrelief: --date '2026-02-30': no such date" log --morning --pain 1 --tightness 1 --date 2026-02-30
expect 2 "^backrelief: --date '2026-02-30': no such date" log --amend 2026-02-30 --pain-after 1
expect 2 "^backrelief: --start '2026-02-30': no such date: 2026-02-30 (bad day) at column 9 \[BRF_E_RANGE\]$" \
  schedule r --start 2026-02-30 --weeks 1
expect 2 "^backrelief: --until '2026-13-01': no such date" stats --until 2026-13-01
expect 2 "^backrelief: --dose 'banana': unknown word 'banana' at column 1 \[BRF_E_PARSE\]$" \
  run --exercise cat-camel --dose banana --no-tty
# a routine with no steps is an error, not a session done in no time
printf '{"format":"backrelief-routine","format_version":1,"name":"empty","steps":[]}' >"$tmp/empty.json"
expect 65 "^backrelief: $tmp/empty.json: the routine has no steps, nothing to run (backrelief plan makes one) \[BRF_E_INVALID\]$" \
  run "$tmp/empty.json" --no-tty
expect 65 "has no steps" run "$tmp/empty.json" --json
printf 'maybe\n' >"$tmp/answers"
"$cli" screen <"$tmp/answers" >/dev/null 2>"$tmp/err"; st=$?
if [ "$st" -eq 65 ] && grep -q "^backrelief: standard input:1:1: expected y or n \[BRF_E_PARSE\]$" "$tmp/err"; then
  echo "ok: 65 screen with a bad answer"
else
  echo "FAIL: screen with a bad answer exited $st:" >&2; cat "$tmp/err" >&2; fails=$((fails + 1))
fi

# --help for every command, before or after the global options; --version
for cmd in $("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'); do
  if "$cli" "$cmd" --help | grep -q "^usage: backrelief $cmd" &&
     "$cli" --no-color "$cmd" --data-dir "$tmp" -h >/dev/null; then
    echo "ok: 0 backrelief $cmd --help"
  else
    echo "FAIL: backrelief $cmd --help" >&2; fails=$((fails + 1))
  fi
done
"$cli" --version | grep -q '^backrelief [0-9]' && echo "ok: --version" ||
  { echo "FAIL: --version" >&2; fails=$((fails + 1)); }

[ "$fails" -eq 0 ] || { echo "$fails failure(s)" >&2; exit 1; }
