#!/bin/sh
# The stripped size of the host's libbackrelief.so (Release), with and without
# the built-in catalog (BRF_WITH_BUILTIN_CATALOG=OFF) and without the screen
# module (BRF_WITH_SCREEN=OFF), and the heap a context, the built-in catalog and
# a screen take, for docs/performance.md, "Footprint".
# Build folders go to build-footprint/. Usage: scripts/footprint.sh [cmake options]
# (for example -DCMAKE_C_COMPILER=clang).
set -eu
cd "$(dirname "$0")/.."
root=${BRF_FOOTPRINT_BUILD_ROOT:-build-footprint}
jobs=$(nproc 2>/dev/null || echo 2)
mkdir -p "$root"

# measure NAME [cmake options...]: build the shared library and print its stripped size.
measure() {
  name=$1; shift
  cmake -S . -B "$root/$name" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
    -DBRF_BUILD_TESTS=OFF -DBRF_BUILD_EXAMPLES=OFF -DBRF_BUILD_DOCS=OFF "$@" \
    >"$root/$name.log" 2>&1 || { cat "$root/$name.log"; exit 1; }
  cmake --build "$root/$name" -j "$jobs" >>"$root/$name.log" 2>&1 ||
    { cat "$root/$name.log"; exit 1; }
  lib=$(find "$root/$name/lib" -name 'libbackrelief.so.*.*.*' | head -n 1)
  strip --strip-unneeded -o "$root/$name/libbackrelief.stripped.so" "$lib"
  bytes=$(wc -c <"$root/$name/libbackrelief.stripped.so")
  printf '%-34s %8d bytes (%d KiB)\n' "$name" "$bytes" $(((bytes + 1023) / 1024))
}

compiler=$(cc --version | head -n 1)
echo "libbackrelief.so, Release, stripped ($(uname -m), $compiler):"
measure with-catalog -DBRF_WITH_BUILTIN_CATALOG=ON -DBRF_WITH_SCREEN=ON "$@"
measure without-catalog -DBRF_WITH_BUILTIN_CATALOG=OFF -DBRF_WITH_SCREEN=ON "$@"
measure without-catalog-and-screen -DBRF_WITH_BUILTIN_CATALOG=OFF -DBRF_WITH_SCREEN=OFF "$@"

# Heap use, counted through the context's allocator (tests/cortex-m/heap_use.c).
echo "heap use (host pointer size):"
lib="$root/with-catalog/lib"
cc -std=c11 -Wall -Wextra -Werror -Iinclude -I"$root/with-catalog/include" \
  tests/cortex-m/heap_use.c -L"$lib" -lbackrelief -Wl,-rpath,"$PWD/$lib" -o "$root/heap_use"
"$root/heap_use"
