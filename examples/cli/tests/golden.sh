#!/bin/sh
# Golden-output test: run the CLI and compare its standard output with a
# reviewed file under golden/.
#   golden.sh CLI GOLDEN_DIR NAME EXPECTED_STATUS [ARGS...]
# With BRF_UPDATE_GOLDEN=1 the file is (re)written instead: review the diff
# before committing it.
set -u
cli=$1 dir=$2 name=$3 want=$4
shift 4
. "$(dirname "$0")/lib.sh"
NO_COLOR=1 "$cli" --data-dir "$tmp/data" "$@" >"$tmp/out" 2>"$tmp/err"
got=$?
if [ "$got" -ne "$want" ]; then
  echo "FAIL: exit status $got, expected $want: backrelief $*" >&2
  cat "$tmp/err" >&2
  exit 1
fi
if [ "${BRF_UPDATE_GOLDEN:-0}" = 1 ]; then
  # only our own golden/ folder; other references (data/catalog) stay as they are
  case $dir in */examples/cli/tests/golden) ;; *) echo "not updating $dir/$name"; exit 0 ;; esac
  cp "$tmp/out" "$dir/$name"
  echo "updated $dir/$name"
  exit 0
fi
if ! diff -u "$dir/$name" "$tmp/out"; then
  echo "FAIL: output of 'backrelief $*' differs from golden/$name" >&2
  exit 1
fi
echo "ok: backrelief $*"
