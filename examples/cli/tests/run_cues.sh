#!/bin/sh
# `run --no-tty` and `run --json` print the library timeline's cue stream:
# compared line by line with cue_check, which builds the same timeline
# through the public API and plays it in one-second ticks. The JSON Lines
# must each parse, with exactly the keys t_ms, kind, exercise, text; the
# safety note goes to standard error, once.
set -u
cli=$1 check=$2
. "$(dirname "$0")/lib.sh"
# timed each side, sets of reps, alternating holds, holds, a long timed bout
# timed each side, sets of reps, alternating holds, holds, a long timed bout,
# and routines of several exercises (transitions, next-up)
for ids in glute-ball-release glute-bridge bird-dog cat-camel cold-pack side-plank \
  "glute-ball-release glute-stretch glute-bridge" "hip-twists piriformis-foam-roll pigeon-pose dead-bug"; do
  args=""
  for id in $ids; do args="$args --exercise $id"; done
  for range in "" --min; do
    for mode in --no-tty --json; do
      m=""
      [ "$mode" = --json ] && m=--json
      "$check" $ids $range $m >"$tmp/want" || { fails=$((fails + 1)); continue; }
      "$cli" --data-dir "$tmp/d" run $args $range $mode >"$tmp/got" 2>"$tmp/err" </dev/null
      st=$?
      if [ "$st" -ne 0 ] || ! cmp -s "$tmp/want" "$tmp/got"; then
        echo "FAIL: run$args $range $mode (exit $st)" >&2
        diff "$tmp/want" "$tmp/got" | head -10 >&2
        fails=$((fails + 1))
      elif [ "$(grep -c 'not medical advice' "$tmp/err")" -ne 1 ]; then
        echo "FAIL: run$args $mode: the safety note is not on stderr once" >&2
        fails=$((fails + 1))
      else
        echo "ok: run$args $range $mode ($(wc -l <"$tmp/got") cues)"
      fi
      if [ "$mode" = --json ] && command -v python3 >/dev/null 2>&1; then
        python3 -c '
import json, sys
for line in open(sys.argv[1]):
    cue = json.loads(line)
    assert sorted(cue) == ["exercise", "kind", "t_ms", "text"], cue
    assert isinstance(cue["t_ms"], int) and isinstance(cue["exercise"], int), cue
' "$tmp/got" || { echo "FAIL: JSON Lines of $ids" >&2; fails=$((fails + 1)); }
      fi
    done
  done
done
# without a terminal, run prints the cues as --no-tty does
"$cli" --data-dir "$tmp/d" run --exercise cat-camel >"$tmp/got" 2>/dev/null </dev/null
"$check" cat-camel >"$tmp/want"
cmp -s "$tmp/want" "$tmp/got" || { echo "FAIL: run without a terminal" >&2; fails=$((fails + 1)); }
# a routine file plays as the same exercises given with --exercise
if "$cli" help run 2>/dev/null | grep -q FILE; then
  printf '{"format": "backrelief-routine", "format_version": 1, "name": "t", "steps": [{"exercise": "glute-ball-release"}, {"exercise": "glute-stretch"}]}' >"$tmp/r.json"
  "$cli" --data-dir "$tmp/d" run "$tmp/r.json" --json >"$tmp/got" 2>"$tmp/err"; st=$?
  if [ "$st" -eq 0 ]; then
    "$check" glute-ball-release glute-stretch --json >"$tmp/want"
    cmp -s "$tmp/want" "$tmp/got" || { echo "FAIL: run FILE differs" >&2; fails=$((fails + 1)); }
    printf '{"format": "backrelief-routine"' >"$tmp/bad.json"
    "$cli" --data-dir "$tmp/d" run "$tmp/bad.json" >/dev/null 2>"$tmp/err"; st=$?
    [ "$st" -eq 65 ] && grep -q "bad.json:1:[0-9]*: .*\[BRF_E_PARSE\]$" "$tmp/err" ||
      { echo "FAIL: a bad routine file exited $st" >&2; fails=$((fails + 1)); }
  elif [ "$st" -ne 69 ]; then
    echo "FAIL: run FILE exited $st" >&2; fails=$((fails + 1))
  fi
fi

# usage errors
"$cli" run --exercise cat-camel --speed fast >/dev/null 2>&1; st=$?
[ "$st" -eq 2 ] || { echo "FAIL: --speed fast exited $st" >&2; fails=$((fails + 1)); }
"$cli" run --exercise cat-camel --dose "3x" --no-tty >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 2 ] && grep -q "^backrelief: --dose '3x': .* at column 3 \[BRF_E_PARSE\]$" "$tmp/err" ||
  { echo "FAIL: a bad --dose exited $st: $(cat "$tmp/err")" >&2; fails=$((fails + 1)); }
[ "$fails" -eq 0 ] || { echo "$fails failure(s)" >&2; exit 1; }
