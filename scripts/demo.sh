#!/bin/sh
# The main job: build libbackrelief and its example programs, then show what
# the library does. Installs missing Debian packages first.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DBRF_BUILD_TESTS=OFF >/dev/null
cmake --build build -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
for ex in build/examples/example_*; do
  [ -x "$ex" ] || continue
  echo "== $(basename "$ex")"
  "$ex"
done

# The CLI, with its user data in a throw-away folder.
cli=build/examples/cli/backrelief
if [ -x "$cli" ]; then
  data=$(mktemp -d)
  trap 'rm -rf "$data"' EXIT
  export NO_COLOR=1
  echo "== backrelief plan --goal post-leg-workout --minutes 20 --equipment foam-roller,massage-ball"
  status=0
  "$cli" --data-dir "$data" plan --goal post-leg-workout --minutes 20 \
    --equipment foam-roller,massage-ball 2>"$data/plan.err" || status=$?
  [ "$status" -eq 69 ] || cat "$data/plan.err" >&2
  if [ "$status" -eq 69 ]; then
    echo "(this build's library has no planner yet: browsing the catalog instead)"
    echo "== backrelief list"
    "$cli" --data-dir "$data" list
    echo "== backrelief show glute-ball-release"
    "$cli" --data-dir "$data" show glute-ball-release
  elif [ "$status" -ne 0 ]; then
    exit "$status"
  fi
fi
