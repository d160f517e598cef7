#!/bin/sh
# Build and run every test of libbackrelief, the way CI does (docs/testing.md):
#   scripts/test.sh            everything (CI runs this; CI=true always does);
#   scripts/test.sh --quick    the edit-test loop: one build (gcc, shared, the
#                              gcc-shared folder), the unit tests and the CLI
#                              tests; a few minutes at most.
# Everything is, in this order, on a 2-core machine:
#   1. gcc, shared library, warnings as errors: every CTest test but the
#      memcheck.* ones (stage 4);
#   2. scripts/fuzz.sh 5 starts in the background once stage 1 is built,
#      before its tests, one target at a time (one core), while the stages
#      use the other core and what is left;
#   3. the Doxygen reference, where any warning is an error;
#   4. the library-facing unit suites of stage 1's build under valgrind
#      memcheck (memcheck.*, the CTest label `valgrind`; tests/CMakeLists.txt);
#   5. clang, static library, warnings as errors: every CTest test but the
#      CLI's (they run in 1 and 6);
#   6. gcc with AddressSanitizer and UndefinedBehaviorSanitizer: every test;
#   7. the Cortex-M4 cross build (footprint, no stdio/locale in the library);
#   8. the web app: scripts/web.sh --build-only and the browser tests
#      (examples/web/test, headless chromium), in the background from stage 2
#      on, collected before the fuzzers; BRF_WEB=0 leaves it out;
#   9. scripts/ci-extra.sh: ThreadSanitizer, coverage (95% lines, 85% branches
#      over lib/), abidiff against the committed baseline (on the library of
#      stage 1); then the fuzzers' results (each target 5 s) are collected.
# Each stage prints "==> [stage] done in N s (CPU N s)". Installs missing Debian
# packages first. Build folders go to build-ci/ (or $BRF_CI_BUILD_ROOT).
# BRF_CI_STAGES="gcc-valgrind clang-static" runs only the stages named (to
# measure one; a stage needing gcc-shared's build reuses what is in build-ci/,
# CI=true ignores it): gcc-shared docs gcc-valgrind clang-static gcc-asan
# cortex-m4 ci-extra fuzz web.
set -eu
cd "$(dirname "$0")/.."
quick=0
case "${1:-}" in
  --quick) quick=1 ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--quick]" >&2; exit 2 ;;
esac
stages=${BRF_CI_STAGES:-all}
if [ "${CI:-}" = true ]; then
  [ "$quick" = 0 ] || echo "==> CI=true: running every stage (--quick is for the edit-test loop)" >&2
  [ "$stages" = all ] || echo "==> CI=true: running every stage (BRF_CI_STAGES is for measuring)" >&2
  quick=0
  stages=all
fi
# want STAGE: whether this run includes STAGE.
want() {
  case " $stages " in *" all "*|*" $1 "*) return 0 ;; esac
  return 1
}
# The gcc-shared configuration (--quick's too) builds the Doxygen reference
# and the Java binding; the full run needs the rest.
if [ "$quick" = 1 ]; then
  scripts/setup-debian.sh doxygen valgrind default-jdk-headless libjna-java junit5
else
  scripts/setup-debian.sh doxygen valgrind python3-icalendar python3-mypy python3-pip libcjson-dev libjansson-dev libsimdjson-dev \
    default-jdk-headless libjna-java junit5 kotlin
fi
# What only the later stages need (the cross compiler, gcovr and libabigail,
# emscripten and chromium for the web stage: about 1 GB on a fresh machine)
# installs in the background while stage 1 builds; wait_later_packages, before
# the first stage that needs them, waits for it and fails if it failed.
later_packages="gcovr abigail-tools gcc-arm-none-eabi libnewlib-arm-none-eabi emscripten node-acorn chromium"
jobs=$(nproc 2>/dev/null || echo 2)
# Tests run with twice as many jobs as cores: the CLI tests mostly wait (tmux
# sessions in real time, locks, timeouts), so more of them overlap while the
# CPU-bound ones share the cores. The valgrind stage, all CPU, keeps $jobs.
test_jobs=$((jobs * 2))
root=${BRF_CI_BUILD_ROOT:-build-ci}
export BRF_CI_BUILD_ROOT="$root"
mkdir -p "$root"
if [ "$quick" = 0 ]; then
  rm -f "$root/setup-later.status"
  # shellcheck disable=SC2086
  (status=0; scripts/setup-debian.sh $later_packages >"$root/setup-later.log" 2>&1 || status=$?
   echo "$status" >"$root/setup-later.status") &
fi
wait_later_packages() {
  while [ ! -f "$root/setup-later.status" ]; do sleep 1; done
  [ "$(cat "$root/setup-later.status")" = 0 ] ||
    { cat "$root/setup-later.log"; echo "==> installing$later_packages FAILED" >&2; exit 1; }
}

# cpu: CPU seconds used so far by the children this script waited for (the
# second line of `times`), a figure other builds on the machine cannot inflate.
# `times` runs in this shell (in a command substitution it would measure the
# subshell): cpu_mark writes it down, cpu reads the mark.
cpu_mark() { times >"$root/.times"; }
cpu() {
  awk 'NR == 2 {
    split($1, u, /[ms]/); split($2, s, /[ms]/)
    printf "%d", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$root/.times"
}
start=$(date +%s)
stage_start=$start
stage_cpu=0
stage_done() {
  now=$(date +%s)
  cpu_mark
  c=$(cpu)
  echo "==> [$1] done in $((now - stage_start)) s (CPU $((c - stage_cpu)) s)" >&2
  stage_start=$now
  stage_cpu=$c
  lap_start=$now
}
# lap NAME: the time since the last lap (or stage start), within a stage.
lap_start=$start
lap() {
  now=$(date +%s)
  echo "==> [$1] $((now - lap_start)) s" >&2
  lap_start=$now
}

configure() {
  name=$1; shift
  echo "==> [$name] configure" >&2
  cmake -S . -B "$root/$name" -G Ninja -DBRF_WARNINGS_AS_ERRORS=ON "$@" >"$root/$name.log" 2>&1 ||
    { cat "$root/$name.log"; exit 1; }
}

# run_config NAME [cmake options...]: configure, build everything, run every
# test (or, with ctest_select set, the tests it selects: ctest options).
ctest_select=""
run_config() {
  name=$1
  configure "$@"
  lap "$name: configure"
  echo "==> [$name] build" >&2
  cmake --build "$root/$name" -j "$jobs"
  lap "$name: build"
  echo "==> [$name] test${ctest_select:+ ($ctest_select)}" >&2
  # shellcheck disable=SC2086
  ctest --test-dir "$root/$name" --output-on-failure -j "$test_jobs" $ctest_select
  lap "$name: test"
  stage_done "$name"
}

# The first configuration; --quick uses the same folder and options, so the
# edit-test loop and the full run share their build.
# BRF_VALGRIND=ON registers memcheck.* (label valgrind) beside the native
# tests: the gcc-valgrind stage runs them on this build's programs.
gcc_shared="-DCMAKE_C_COMPILER=gcc -DCMAKE_CXX_COMPILER=g++ -DBUILD_SHARED_LIBS=ON -DBRF_BUILD_DOCS=ON -DBRF_BUILD_JAVA=ON -DBRF_VALGRIND=ON"

if [ "$quick" = 1 ]; then
  # shellcheck disable=SC2086
  configure gcc-shared $gcc_shared
  lap "quick: configure"
  echo "==> [quick] build" >&2
  cmake --build "$root/gcc-shared" -j "$jobs"
  lap "quick: build"
  echo "==> [quick] unit and CLI tests" >&2
  ctest --test-dir "$root/gcc-shared" --output-on-failure -j "$test_jobs" -R '^(unit|cli)\.'
  lap "quick: test"
  stage_done quick
  cpu_mark
  echo "==> quick run passed in $(($(date +%s) - start)) s, CPU $(cpu) s (CI runs more: scripts/test.sh)" >&2
  exit 0
fi

# Two stages run in the background for the rest of the run, from the end of
# the gcc-shared build on: the fuzzers and the web stage. `background NAME
# SCRIPT` starts SCRIPT (sh, with $1 = $root; it sets `status`) detached: not this shell's child, so its CPU time is not
# counted in the stage that happens to reap it (it writes its own, NAME.times),
# and in its own process group (setsid), so that a failing stage can stop it
# (`stop_background NAME`). It leaves NAME.seconds, NAME.times and, last,
# NAME.status in $root; `collect NAME` waits for them and fails on a non-zero
# status.
background() {
  rm -f "$root/$1.status" "$root/$1.seconds" "$root/$1.times" "$root/$1.pid"
  (setsid sh -c '
    echo $$ >"$1/$2.pid"
    start=$(date +%s)
    status=0
    eval "$3"
    echo "$(($(date +%s) - start))" >"$1/$2.seconds"
    times >"$1/$2.times"
    echo "$status" >"$1/$2.status"' sh "$root" "$1" "$2" &)
}
stop_background() {
  [ -s "$root/$1.pid" ] && kill -- -"$(cat "$root/$1.pid")" 2>/dev/null || true
}
bg_cpu=0
collect() {
  echo "==> [$1] waiting for the background $1 stage" >&2
  bg_wait=$(date +%s)
  while [ ! -f "$root/$1.status" ]; do sleep 2; done
  cat "$root/$1.log"
  bg_status=$(cat "$root/$1.status")
  this_cpu=$(awk 'NR == 2 {
    split($1, u, /[ms]/); split($2, s, /[ms]/)
    printf "%d", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$root/$1.times")
  bg_cpu=$((bg_cpu + this_cpu))
  echo "==> [$1] done in $(cat "$root/$1.seconds") s (in the background, CPU $this_cpu s); waited $(($(date +%s) - bg_wait)) s" >&2
  [ "$bg_status" = 0 ] || { echo "==> [$1] FAILED (status $bg_status)" >&2; exit 1; }
}

# start_background: the fuzzers and the web stage, once gcc-shared is built
# (the web stage's browser tests use its CLI). They start before gcc-shared's
# tests, not after them: those tests mostly wait (the CLI tests' tmux sessions
# in real time), leaving a core idle for about a minute that the fuzzers'
# fixed 5 s per target now fill (docs/testing.md, "CI time").
start_background() {
  # The fuzzers: one target at a time, so they take one core while the stages
  # below go on.
  if want fuzz; then
    echo "==> [fuzz] build, then every target for 5 s, in the background (log: $root/fuzz.log)" >&2
    background fuzz 'BRF_FUZZ_PARALLEL=1 scripts/fuzz.sh 5 >"$1/fuzz.log" 2>&1 || status=$?'
  fi

  # ---- web stage (issue 23), in the background too ---------------------------
  # The WebAssembly build (scripts/web.sh --build-only, into build-web/) and the
  # browser tests (examples/web/test: headless chromium through puppeteer-core,
  # against the CLI of stage 1; screenshots in $root/web-artefacts), beside the
  # fuzzers and the stages below: it mostly waits (emcc, the browser), so it
  # fills the cores' idle moments. It waits for the later packages (emscripten,
  # chromium) first. Part of every full run: a test that cannot run (exit 77)
  # fails the run rather than passing unseen. BRF_WEB=0 leaves it out, and says so.
  if [ "${BRF_WEB:-1}" = 0 ]; then
    echo "==> [web] LEFT OUT by BRF_WEB=0: the web app is not tested in this run" >&2
  elif want web; then
    echo "==> [web] WebAssembly build and browser tests, in the background (log: $root/web.log)" >&2
    background web '
      while [ ! -f "$1/setup-later.status" ]; do sleep 1; done
      status=$(cat "$1/setup-later.status")
      if [ "$status" = 0 ]; then
        { scripts/web.sh --build-only &&
          examples/web/test/run_tests.sh build-web/site "$1/gcc-shared/examples/cli/backrelief" \
            "$1/web-artefacts"; } >"$1/web.log" 2>&1 || status=$?
      else
        echo "the later packages failed to install (status $status)" >"$1/web.log"
      fi'
  fi
  trap 'stop_background fuzz; stop_background web' EXIT
}

if want gcc-shared; then
  # shellcheck disable=SC2086
  configure gcc-shared $gcc_shared
  lap "gcc-shared: configure"
  echo "==> [gcc-shared] build" >&2
  cmake --build "$root/gcc-shared" -j "$jobs"
  lap "gcc-shared: build"
  start_background
  echo "==> [gcc-shared] test (-LE valgrind: the memcheck.* tests are the gcc-valgrind stage)" >&2
  ctest --test-dir "$root/gcc-shared" --output-on-failure -j "$test_jobs" -LE valgrind
  lap "gcc-shared: test"
  stage_done gcc-shared
else
  start_background
fi

if want docs; then
  echo "==> [docs] Doxygen, warnings are errors" >&2
  cmake --build "$root/gcc-shared" --target docs
  stage_done docs
fi

# valgrind adds to ASan what ASan cannot see (reads of uninitialised memory)
# on a build without instrumentation: the gcc-shared build's unit test
# programs (RelWithDebInfo), registered a second time as memcheck.* with the
# label `valgrind` (tests/CMakeLists.txt) for the suites picked to run under
# valgrind; the rest, the CLI tests among them, run natively in every other
# stage and under ASan. It used to configure and build a gcc Debug tree of its
# own for this (30 CPU s; docs/testing.md, "CI time").
if want gcc-valgrind; then
  echo "==> [gcc-valgrind] test (label valgrind, on the gcc-shared build)" >&2
  ctest --test-dir "$root/gcc-shared" --output-on-failure -j "$jobs" -L valgrind
  lap "gcc-valgrind: test"
  stage_done gcc-valgrind
fi

# clang builds everything (its warnings differ from gcc's) and runs every test
# but the CLI's: those drive the same CLI code over the same library API, and
# run in gcc-shared and under ASan and UBSan in gcc-asan; here they would add
# a minute of mostly waiting for what the unit suites already show of clang's
# code (CI time, issue 24).
if want clang-static; then
  ctest_select="-E ^cli\\."
  run_config clang-static -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DBUILD_SHARED_LIBS=OFF
  ctest_select=""
fi
if want gcc-asan; then
  run_config gcc-asan -DCMAKE_C_COMPILER=gcc -DCMAKE_CXX_COMPILER=g++ -DBRF_SANITIZE=ON \
    -DCMAKE_BUILD_TYPE=Debug
fi

wait_later_packages
if want cortex-m4; then
  echo "==> [cortex-m4] cross build, footprint and no-stdio check" >&2
  scripts/cortex-m.sh
  stage_done cortex-m4
fi

if want ci-extra; then
  echo "==> hardening: ThreadSanitizer, coverage thresholds, ABI check" >&2
  BRF_ABI_BUILD="$root/gcc-shared" BRF_CI_FUZZ=0 scripts/ci-extra.sh
  stage_done ci-extra
fi

[ "${BRF_WEB:-1}" = 0 ] || ! want web || collect web
! want fuzz || collect fuzz
trap - EXIT
cpu_mark
echo "==> all configurations passed in $(($(date +%s) - start)) s (CPU $(($(cpu) + bg_cpu)) s)" >&2
