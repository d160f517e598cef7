#!/bin/sh
# The main job: build libbackrelief and its CLI, plan a 20-minute back-relief
# routine after a leg workout with a foam roller, a massage ball and a mat,
# print it, then show the first cues of the session player.
# Installs missing Debian packages first. User data goes to a throw-away folder.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DBRF_BUILD_TESTS=OFF >/dev/null
cmake --build build -j "$(nproc 2>/dev/null || echo 2)" >/dev/null

cli=build/examples/cli/backrelief
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export NO_COLOR=1

echo "\$ backrelief plan --goal post-leg-workout --minutes 20 --equipment foam-roller,massage-ball,mat"
"$cli" --data-dir "$data" plan --goal post-leg-workout --minutes 20 \
  --equipment foam-roller,massage-ball,mat
"$cli" --data-dir "$data" plan --goal post-leg-workout --minutes 20 \
  --equipment foam-roller,massage-ball,mat -o "$data/routine.json" >/dev/null 2>&1

echo
echo "\$ backrelief run routine.json --no-tty   (the first cues of the session, virtual clock)"
"$cli" --data-dir "$data" run "$data/routine.json" --no-tty 2>/dev/null | head -n 12
