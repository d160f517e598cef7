#!/bin/sh
# Compare the ABI of libbackrelief with the committed baseline.
#   scripts/abi-check.sh           build, dump the ABI, abidiff against the baseline
#   scripts/abi-check.sh --update  build, dump the ABI and write it as the new baseline
# Builds the shared library RelWithDebInfo (abidw needs -g: without it a changed
# signature goes unseen), installs it to a temporary prefix so that only the
# public headers count, and runs
#   abidw --no-corpus-path --no-comp-dir-path --short-locs --headers-dir <prefix>/include/backrelief
#   abidiff --no-added-syms --suppressions tests/abi/suppressions.abignore BASELINE NEW
# Any non-zero abidiff exit fails (4: a changed type or signature, 12: a removed
# symbol). Added symbols are allowed (the abi.exports test lists them).
# Build folders go to $BRF_CI_BUILD_ROOT (default build-ci)/abi. With
# BRF_ABI_BUILD=<folder>, an existing gcc RelWithDebInfo shared build is
# installed and checked instead (scripts/test.sh passes its gcc-shared build).
set -eu
cd "$(dirname "$0")/.."
update=0
[ "${1:-}" = "--update" ] && update=1
scripts/setup-debian.sh abigail-tools
root=${BRF_CI_BUILD_ROOT:-build-ci}
build="$root/abi"
prefix="$build/prefix"
baseline=tests/abi/libbackrelief.abi
supp=tests/abi/suppressions.abignore
jobs=$(nproc 2>/dev/null || echo 2)

mkdir -p "$root"
case $prefix in /*) ;; *) prefix="$PWD/$prefix" ;; esac
if [ -n "${BRF_ABI_BUILD:-}" ]; then
  # The library of a build made elsewhere: it must be the same kind.
  grep -q '^CMAKE_BUILD_TYPE:STRING=RelWithDebInfo$' "$BRF_ABI_BUILD/CMakeCache.txt" &&
    grep -q '^BUILD_SHARED_LIBS:BOOL=ON$' "$BRF_ABI_BUILD/CMakeCache.txt" ||
    { echo "abi-check: $BRF_ABI_BUILD is not a RelWithDebInfo shared build" >&2; exit 1; }
  mkdir -p "$build"
  : >"$build.log"
  cmake --build "$BRF_ABI_BUILD" -j "$jobs" --target backrelief >>"$build.log" 2>&1 ||
    { cat "$build.log"; exit 1; }
  rm -rf "$prefix"
  cmake --install "$BRF_ABI_BUILD" --prefix "$prefix" >>"$build.log" 2>&1 ||
    { cat "$build.log"; exit 1; }
else
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_SHARED_LIBS=ON \
    -DBRF_BUILD_TESTS=OFF -DBRF_BUILD_EXAMPLES=OFF -DCMAKE_C_COMPILER=gcc \
    -DCMAKE_INSTALL_PREFIX="$prefix" >"$build.log" 2>&1 || { cat "$build.log"; exit 1; }
  cmake --build "$build" -j "$jobs" >>"$build.log" 2>&1 || { cat "$build.log"; exit 1; }
  rm -rf "$prefix"
  cmake --install "$build" >>"$build.log" 2>&1 || { cat "$build.log"; exit 1; }
fi
lib=$(find "$prefix" -name 'libbackrelief.so.*' -type f | head -n 1)
[ -n "$lib" ] || { echo "abi-check: no libbackrelief.so.* installed under $prefix" >&2; exit 1; }
abidw --no-corpus-path --no-comp-dir-path --short-locs \
  --headers-dir "$prefix/include/backrelief" --out-file "$build/libbackrelief.abi" "$lib"
if [ "$update" = 1 ]; then
  cp "$build/libbackrelief.abi" "$baseline"
  echo "abi-check: wrote $baseline from $lib" >&2
  exit 0
fi
echo "==> abidiff $baseline $build/libbackrelief.abi" >&2
status=0
abidiff --no-added-syms --suppressions "$supp" "$baseline" "$build/libbackrelief.abi" || status=$?
if [ "$status" -ne 0 ]; then
  echo "abi-check: the ABI differs from $baseline (abidiff exit $status)." >&2
  echo "  A deliberate, compatible change (new symbols only pass anyway): scripts/abi-check.sh --update" >&2
  exit 1
fi
echo "abi-check: no ABI change against $baseline" >&2
