#!/bin/sh
# Psychosocial (yellow) flags through the CLI (issue 18, item 3): the
# vignettes of docs/screening.md ("Psychosocial (yellow) flags") with
# `screen --answers`, the level saved in DATA/screen.json by the STarT Back
# rule, its advice shown by screen and noted by plan; from standard input
# the questions follow the red flags and count only when all are answered.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
export BRF_CLI_TEST_NOW=2026-12-07T08:00
d=$tmp/d
b() { "$cli" --data-dir "$d" "$@" </dev/null; }
plan() { b plan --goal long-sitting --minutes 10 "$@"; }

# psychosocial (yellow) flags, the vignettes of docs/screening.md through the CLI:
# the level by the STarT Back rule, its advice shown by screen and noted by plan
level() { python3 -c 'import json,sys; print(json.load(sys.stdin)["psychosocial"])' <"$d/screen.json"; }
yv() { # yv NAME LEVEL ANSWERS
  b screen --answers "$3" >"$tmp/out" 2>&1; st=$?
  [ "$st" -eq 0 ] || fail "yellow $1: screen exited $st"
  [ "$(level)" = "$2" ] || fail "yellow $1: level $(level), expected $2"
}
yv "none asked" None pregnancy=no
yv "all no" low worry=no,fear-of-movement=no
yv "DOMS, bothered" low pain-bothersome=yes
yv "three physical" low leg-pain-spread=yes,walking-limited=yes,dressing-slower=yes
yv "four physical" medium leg-pain-spread=yes,neck-shoulder-pain=yes,walking-limited=yes,dressing-slower=yes
yv "physical with some worry" medium walking-limited=yes,dressing-slower=yes,worry=yes,pain-bothersome=yes
yv "three psychosocial only" low fear-of-movement=yes,worry=yes,pain-bothersome=yes
yv "three psychosocial and one physical" medium fear-of-movement=yes,worry=yes,pain-bothersome=yes,walking-limited=yes
yv "chronic pain with high worry and fear of movement" high fear-of-movement=yes,worry=yes,pain-hopeless=yes,pain-bothersome=yes,walking-limited=yes
grep -q '^How the pain affects you: high risk of it lasting.$' "$tmp/out" && grep -q 'please see a' "$tmp/out" ||
  fail "yellow high: screen does not show the advice: $(cat "$tmp/out")"
plan >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" -eq 0 ] && grep -q '^backrelief: note: from your safety screen: .*please see a physiotherapist' "$tmp/err" ||
  fail "yellow high: plan exited $st without the advice: $(cat "$tmp/err")"
yv "four psychosocial with pregnancy" high pregnancy=yes,fear-of-movement=yes,worry=yes,low-mood=yes,pain-hopeless=yes
grep -q '"urgency": "review"' "$d/screen.json" || fail "yellow flags changed the urgency"
yv "four physical" medium leg-pain-spread=yes,neck-shoulder-pain=yes,walking-limited=yes,dressing-slower=yes
grep -q 'pace yourself' "$tmp/out" || fail "yellow medium: no pacing advice"
# from standard input: the yellow questions follow the red flags; input that
# ends before them leaves them unasked, a full set is scored
nred=$(b screen --list --json | grep -c '"id"')
yes n | head -n "$nred" | "$cli" --data-dir "$d" screen >"$tmp/out" 2>&1 || fail "red flags only from stdin exited $?"
[ "$(level)" = None ] || fail "red flags only: level $(level)"
yes n | head -n $((nred + 9)) | "$cli" --data-dir "$d" screen >"$tmp/out" 2>&1 || fail "all no from stdin exited $?"
[ "$(level)" = low ] && grep -q 'Keep active' "$tmp/out" || fail "all no from stdin: level $(level)"
{ yes n | head -n "$nred"; yes y | head -n 9; } | "$cli" --data-dir "$d" screen >"$tmp/out" 2>&1 || fail "all yellow yes exited $?"
[ "$(level)" = high ] || fail "all yellow yes: level $(level)"
# a referral does not ask them
{ echo y; yes n | head -n 40; } | "$cli" --data-dir "$d" screen >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 3 ] && ! grep -q 'How the pain affects you' "$tmp/out" || fail "yellow questions after a referral"

finish "screen_yellow: all checks passed"
