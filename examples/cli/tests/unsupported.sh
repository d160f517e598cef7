#!/bin/sh
# For a library built with modules left out (BRF_WITH_<MODULE>=OFF): the CLI,
# compiled from the same sources as always, says which module a command needs
# and how it was built, in one line on stderr, and exits 69. Needs at least
# the planner and the catalog's JSON codec left out (scripts/cortex-m.sh runs
# it against its host watch build, which leaves out every optional module);
# skips (77) when the planner is in.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"

"$cli" --data-dir "$tmp/data" plan --goal strengthen --minutes 10 >/dev/null 2>&1
if [ $? -ne 69 ]; then
  echo "skip: this build's library has the planner" >&2
  exit 77
fi

# expect69 MODULE_PATTERN ARGS...: exit 69, nothing on stdout, one line on
# stderr naming the module's option and ending in the status name.
expect69() {
  pattern=$1
  shift
  "$cli" --data-dir "$tmp/data" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  got=$?
  if [ "$got" -ne 69 ]; then
    fail "'backrelief $*' exited $got, expected 69: $(cat "$tmp/err")"
  elif [ -s "$tmp/out" ]; then
    fail "'backrelief $*' wrote to stdout: $(cat "$tmp/out")"
  elif [ "$(wc -l <"$tmp/err")" -ne 1 ] ||
    ! grep -q -e "^backrelief: .* was left out of this build" "$tmp/err" ||
    ! grep -q -e "($pattern=OFF) \[BRF_E_UNSUPPORTED\]$" "$tmp/err"; then
    fail "'backrelief $*': stderr is not one line naming $pattern: $(cat "$tmp/err")"
  else
    echo "ok: 69 backrelief $*: $(cat "$tmp/err")"
  fi
}

# the planner: through its parsers (no context) and through brf_planner_new
expect69 BRF_WITH_PLANNER plan --goal post-leg-workout --minutes 20
expect69 BRF_WITH_PLANNER plan --minutes 20
expect69 BRF_WITH_PLANNER plan
expect69 BRF_WITH_PLANNER run --goal strengthen --minutes 10
# the catalog's JSON codec
expect69 BRF_WITH_CATALOG_JSON list --json
expect69 BRF_WITH_CATALOG_JSON show cat-camel --json
printf '[]' >"$tmp/fedb.json"
# the free-exercise-db import (the file is read first)
expect69 BRF_WITH_IMPORT import free-exercise-db "$tmp/fedb.json"

# --help still works, and commands of the modules left in still run
"$cli" plan --help >/dev/null 2>&1 || fail "plan --help exited $?"
"$cli" --data-dir "$tmp/data" list >/dev/null 2>&1 || fail "list exited $?"
"$cli" --data-dir "$tmp/data" run --exercise cat-camel --no-tty >/dev/null 2>&1 ||
  fail "run --exercise exited $?"

finish "unsupported: every command needing a left-out module exits 69 and says which"
