#!/bin/sh
# Build the libFuzzer targets with clang and run each for SECONDS (default 30).
# New inputs found go to build-fuzz/corpus-new/<target>. Any finding fails the
# run: a crash, a timeout or leak (libFuzzer's crash-/timeout-/leak-/oom- files),
# a non-zero exit, or any sanitizer report in a target's log (the fuzz build
# has -fno-sanitize-recover=all, and UBSAN_OPTIONS halts on the first report
# here too, so a report also leaves the input that caused it).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# BRF_FUZZ_PARALLEL: targets run at a time (default 2, the machines' cores;
# scripts/test.sh uses 1 to fuzz in the background of its other stages).
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
secs=${1:-30}
[ $# -gt 0 ] && shift
cmake -S . -B build-fuzz -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DBRF_FUZZ=ON -DBUILD_SHARED_LIBS=OFF -DBRF_BUILD_EXAMPLES=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets="$*"
if [ -z "$targets" ]; then
  targets=$(ls tests/fuzz/fuzz_*.c 2>/dev/null | sed 's#.*/fuzz_##; s#\.c$##')
fi
# Only the fuzz binaries: the rest of the tree is not needed here.
build_targets=""
for t in $targets; do build_targets="$build_targets fuzz_$t"; done
# shellcheck disable=SC2086
cmake --build build-fuzz -j "$(nproc 2>/dev/null || echo 2)" --target $build_targets

export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
sanitizer_report='runtime error:|ERROR: AddressSanitizer|ERROR: LeakSanitizer|ERROR: libFuzzer|SUMMARY: (Address|UndefinedBehavior|Leak)Sanitizer'

run_one() {
  t=$1
  mkdir -p "build-fuzz/corpus-new/$t"
  echo "==> fuzz $t for ${secs}s" >&2
  rm -f "build-fuzz/crash-$t-"* "build-fuzz/finding-$t"
  rc=0
  build-fuzz/tests/fuzz/fuzz_"$t" -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="build-fuzz/crash-$t-" \
    "build-fuzz/corpus-new/$t" "tests/fuzz/corpus/$t" >"build-fuzz/fuzz-$t.log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ] || grep -qE "$sanitizer_report" "build-fuzz/fuzz-$t.log"; then
    echo "exit $rc; log build-fuzz/fuzz-$t.log" >"build-fuzz/finding-$t"
    grep -E "$sanitizer_report" "build-fuzz/fuzz-$t.log" | head -5 >>"build-fuzz/finding-$t" || true
  fi
  grep -E "^(stat::number_of_executed_units|stat::new_units_added|==|SUMMARY)" "build-fuzz/fuzz-$t.log" |
    sed "s/^/$t: /" || true
}

# BRF_FUZZ_PARALLEL targets at a time (default two: the machines have two cores).
parallel=${BRF_FUZZ_PARALLEL:-2}
set -- $targets
while [ $# -gt 0 ]; do
  i=0
  while [ $# -gt 0 ] && [ "$i" -lt "$parallel" ]; do
    run_one "$1" &
    shift
    i=$((i + 1))
  done
  wait
done
if ls build-fuzz/crash-* build-fuzz/finding-* >/dev/null 2>&1; then
  for f in build-fuzz/finding-*; do [ -f "$f" ] && sed "s#^#$f: #" "$f" >&2; done
  echo "fuzz: FINDINGS: $(ls build-fuzz/crash-* build-fuzz/finding-* 2>/dev/null)" >&2
  exit 1
fi
echo "==> fuzzing finished with no findings" >&2
