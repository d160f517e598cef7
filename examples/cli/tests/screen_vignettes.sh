#!/bin/sh
# The vignettes of docs/screening.md through the CLI, one check per row:
# `screen --answers` exits 3 for an emergency or urgent result and 0
# otherwise; `plan` with the same answers (--red-flags, --age, --condition)
# refuses (exit 3) or plans for every goal, and an adapted plan has the
# exercises of a plan with the implied condition given directly. `plan`
# with no answers given reads the screen `screen` saved, with the same outcome.
kit=mat,chair,foam-roller,massage-ball,band,towel,cold-pack,heat-pack,bench
set -u
cli=$1
doc=$2
. "$(dirname "$0")/lib.sh"
b() { "$cli" --data-dir "$tmp/data" "$@"; }
ids() { python3 -c 'import json,sys; print(" ".join(s["exercise"] for s in json.load(sys.stdin)["steps"]))'; }

sed -n '/^## Vignettes/,/^## /p' "$doc" | grep '^| `' | tr -d '`' >"$tmp/rows"
[ "$(wc -l <"$tmp/rows")" -ge 25 ] || fail "fewer than 25 vignettes in $doc"
while IFS='|' read -r _ name _ answers age profile urgency outcome _; do
  name=$(echo $name); urgency=$(echo $urgency); age=$(echo $age); profile=$(echo $profile)
  answers=$(echo "$answers" | sed 's/ //g'); [ "$answers" = none ] && answers=
  implied=$(echo "$outcome" | sed -n 's/.*(\(.*\)).*/\1/p'); outcome=$(echo $outcome | cut -d' ' -f1)
  set --; [ "$age" = - ] || set -- --age "$age"
  list=$(echo "$answers" | sed 's/,/=yes,/g; s/\([^,]\)$/\1=yes/')
  b screen --answers "$list" "$@" </dev/null >"$tmp/out" 2>&1; st=$?
  case $urgency in emergency | urgent) want=3 ;; *) want=0 ;; esac
  [ "$st" -eq "$want" ] || { fail "$name: screen exited $st, expected $want"; cat "$tmp/out" >&2; }
  # the saved screen alone (only the profile's conditions given)
  set --; [ "$profile" = - ] || set -- --condition "$profile"
  b plan --goal long-sitting --minutes 20 --equipment "$kit" --json "$@" >"$tmp/plan" 2>"$tmp/err"
  st=$?; [ "$outcome" = refused ] && want=3 || want=0
  [ "$st" -eq "$want" ] || fail "$name: plan after the saved screen exited $st, expected $want"
  if [ "$st" -eq 0 ] && [ -n "$implied" ]; then
    b plan --goal long-sitting --minutes 20 --equipment "$kit" --json --condition "$implied" "$@" \
      >"$tmp/direct" 2>/dev/null
    [ "$(ids <"$tmp/plan")" = "$(ids <"$tmp/direct")" ] ||
      fail "$name: after the saved screen, the plan is not the one for $implied"
  fi
  set --; [ "$age" = - ] || set -- --age "$age"
  [ -n "$answers" ] && set -- "$@" --red-flags "$answers"
  [ "$profile" = - ] || set -- "$@" --condition "$profile"
  # Two goals here (the library test plans every goal at three budgets).
  for goal in post-leg-workout long-sitting; do
    b plan --goal "$goal" --minutes 20 --equipment "$kit" --json "$@" >"$tmp/plan" 2>"$tmp/err"
    st=$?
    if [ "$outcome" = refused ]; then
      [ "$st" -eq 3 ] || fail "$name: plan --goal $goal exited $st, expected 3"
      continue
    fi
    [ "$st" -eq 0 ] || { fail "$name: plan --goal $goal exited $st"; cat "$tmp/err" >&2; continue; }
    if [ -n "$implied" ]; then
      b plan --goal "$goal" --minutes 20 --equipment "$kit" --json --condition "$implied" \
        >"$tmp/direct" 2>/dev/null ||
        fail "$name: plan --condition $implied exited $?"
      [ "$(ids <"$tmp/plan")" = "$(ids <"$tmp/direct")" ] ||
        fail "$name: --goal $goal: the plan is not the one for $implied"
    fi
  done
done <"$tmp/rows"
finish "screen_vignettes: all checks passed"
