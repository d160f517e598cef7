#!/bin/sh
# The hardening stages of CI (docs/testing.md), run after scripts/test.sh:
#   1. ThreadSanitizer build: the 8-thread frozen-catalog test, built as a
#      plain program (Criterion cannot start under TSan); any
#      "WARNING: ThreadSanitizer" fails it;
#   2. coverage build (BRF_COVERAGE=ON): the whole suite, then gcovr over lib/
#      with the enforced thresholds below;
#   3. scripts/abi-check.sh: abidiff against tests/abi/libbackrelief.abi;
#   4. scripts/fuzz.sh 30: every libFuzzer target for 30 s.
# Build folders go to $BRF_CI_BUILD_ROOT (default build-ci). Prints the time
# each stage took. scripts/test.sh sets BRF_CI_FUZZ=0 (it runs the fuzzers in
# the background of its other stages) and BRF_ABI_BUILD to its gcc shared
# build, which scripts/abi-check.sh then checks instead of building its own.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh gcovr abigail-tools
jobs=$(nproc 2>/dev/null || echo 2)
root=${BRF_CI_BUILD_ROOT:-build-ci}
export BRF_CI_BUILD_ROOT="$root"
mkdir -p "$root"
# Coverage thresholds over lib/ (issue 11 asks for 95% lines, 85% branches;
# see docs/testing.md for where each module stands).
line_min=${BRF_COVERAGE_LINE_MIN:-95}
branch_min=${BRF_COVERAGE_BRANCH_MIN:-85}

stage_start=$(date +%s)
stage_done() {
  now=$(date +%s)
  echo "==> [$1] done in $((now - stage_start)) s" >&2
  stage_start=$now
}

configure() {
  dir=$1; shift
  cmake -S . -B "$root/$dir" -G Ninja "$@" >"$root/$dir.log" 2>&1 ||
    { cat "$root/$dir.log"; exit 1; }
}

echo "==> [tsan] ThreadSanitizer build, thread tests" >&2
tsan="-fsanitize=thread -fno-omit-frame-pointer"
# Static: clang links the TSan runtime into executables only.
configure tsan -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_SHARED_LIBS=OFF \
  -DBRF_WARNINGS_AS_ERRORS=ON -DBRF_BUILD_EXAMPLES=OFF -DCMAKE_C_FLAGS="$tsan" \
  -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread
cmake --build "$root/tsan" -j "$jobs" --target tsan_threads
# halt_on_error: the first race ends the run with the report on stderr.
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
  ctest --test-dir "$root/tsan" --output-on-failure -R "^hardening\.tsan_threads$"
stage_done tsan

echo "==> [coverage] --coverage build, whole suite, gcovr over lib/" >&2
# Atomic counters: the thread test updates them from 8 threads, and lost or
# torn updates give gcov negative counts that gcovr refuses to parse.
configure coverage -DCMAKE_C_COMPILER=gcc -DCMAKE_BUILD_TYPE=Debug -DBRF_COVERAGE=ON \
  -DBRF_WARNINGS_AS_ERRORS=ON -DBRF_BUILD_EXAMPLES=OFF -DCMAKE_C_FLAGS=-fprofile-update=atomic
find "$root/coverage" -name '*.gcda' -delete
cmake --build "$root/coverage" -j "$jobs"
ctest --test-dir "$root/coverage" --output-on-failure -j "$jobs"
gcovr -r . "$root/coverage" --filter lib/ -s \
  --fail-under-line "$line_min" --fail-under-branch "$branch_min" >"$root/coverage.txt" || {
    status=$?
    cat "$root/coverage.txt"
    # gcovr exits 2 (lines), 4 (branches) or 6 (both) below the thresholds.
    echo "coverage: gcovr exit $status (2, 4, 6: below lines $line_min% / branches $branch_min%)" >&2
    exit 1
  }
tail -n 4 "$root/coverage.txt"
stage_done coverage

echo "==> [abi] abidiff against tests/abi/libbackrelief.abi" >&2
scripts/abi-check.sh
stage_done abi

if [ "${BRF_CI_FUZZ:-1}" != 0 ]; then
  echo "==> [fuzz] every target for 30 s" >&2
  scripts/fuzz.sh 30
  stage_done fuzz
fi
echo "==> ci-extra: all stages passed" >&2
