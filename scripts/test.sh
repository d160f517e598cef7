#!/bin/sh
# Build and run every test of libbackrelief, the way CI does:
#   1. gcc, shared library, warnings as errors;
#   2. clang, static library, warnings as errors;
#   3. gcc with AddressSanitizer and UndefinedBehaviorSanitizer;
#   4. gcc with the unit tests under valgrind memcheck;
#   5. the Cortex-M4 cross build (footprint and no stdio/locale in the library);
#   6. scripts/ci-extra.sh: ThreadSanitizer, coverage (95% lines, 85% branches
#      over lib/), abidiff against the committed baseline, each fuzzer 30 s;
# and the Doxygen reference, where any warning is an error.
# Installs missing Debian packages first. Build folders go to build-ci/.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh doxygen valgrind python3-icalendar libcjson-dev libjansson-dev default-jdk-headless libjna-java junit5 # the last three: Java binding (gcc-shared)
jobs=$(nproc 2>/dev/null || echo 2)
root=${BRF_CI_BUILD_ROOT:-build-ci}

run_config() {
  name=$1; shift
  echo "==> [$name] configure" >&2
  cmake -S . -B "$root/$name" -G Ninja -DBRF_WARNINGS_AS_ERRORS=ON "$@" >"$root/$name.log" 2>&1 ||
    { cat "$root/$name.log"; exit 1; }
  echo "==> [$name] build" >&2
  cmake --build "$root/$name" -j "$jobs"
  echo "==> [$name] test" >&2
  ctest --test-dir "$root/$name" --output-on-failure -j "$jobs"
}

mkdir -p "$root"
run_config gcc-shared -DCMAKE_C_COMPILER=gcc -DCMAKE_CXX_COMPILER=g++ -DBUILD_SHARED_LIBS=ON \
  -DBRF_BUILD_DOCS=ON -DBRF_BUILD_JAVA=ON
echo "==> [gcc-shared] docs (Doxygen, warnings are errors)" >&2
cmake --build "$root/gcc-shared" --target docs
run_config clang-static -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DBUILD_SHARED_LIBS=OFF
run_config gcc-asan -DCMAKE_C_COMPILER=gcc -DCMAKE_CXX_COMPILER=g++ -DBRF_SANITIZE=ON \
  -DCMAKE_BUILD_TYPE=Debug
run_config gcc-valgrind -DCMAKE_C_COMPILER=gcc -DCMAKE_CXX_COMPILER=g++ -DBRF_VALGRIND=ON \
  -DCMAKE_BUILD_TYPE=Debug -DBRF_BUILD_EXAMPLES=OFF
echo "==> [cortex-m4] cross build, footprint and no-stdio check" >&2
scripts/cortex-m.sh
echo "==> hardening: ThreadSanitizer, coverage thresholds, ABI check, 30 s per fuzzer" >&2
scripts/ci-extra.sh
echo "==> all configurations passed" >&2
