#!/bin/sh
# Build the libFuzzer targets with clang and run each for SECONDS (default 30).
# New inputs found go to build-fuzz/corpus-new/<target>; crashes fail the run.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
secs=${1:-30}
[ $# -gt 0 ] && shift
cmake -S . -B build-fuzz -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DBRF_FUZZ=ON -DBUILD_SHARED_LIBS=OFF -DBRF_BUILD_EXAMPLES=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j "$(nproc 2>/dev/null || echo 2)"
targets="$*"
if [ -z "$targets" ]; then
  targets=$(ls tests/fuzz/fuzz_*.c 2>/dev/null | sed 's#.*/fuzz_##; s#\.c$##')
fi
for t in $targets; do
  mkdir -p "build-fuzz/corpus-new/$t"
  echo "==> fuzz $t for ${secs}s" >&2
  build-fuzz/tests/fuzz/fuzz_"$t" -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="build-fuzz/crash-$t-" \
    "build-fuzz/corpus-new/$t" "tests/fuzz/corpus/$t" 2>&1 | grep -E "^(stat::number_of_executed_units|stat::new_units_added|==|SUMMARY)" || true
  if ls build-fuzz/crash-"$t"-* >/dev/null 2>&1; then
    echo "fuzz $t: FINDINGS in build-fuzz/crash-$t-*" >&2
    exit 1
  fi
done
echo "==> fuzzing finished with no findings" >&2
