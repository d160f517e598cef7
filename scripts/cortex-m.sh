#!/bin/sh
# Cross-build libbackrelief for an Arm Cortex-M4 (a wearable-class target) and
# report its footprint (docs/performance.md, "Footprint"):
#   1. the static library (tests, docs, examples off) with arm-none-eabi-size per
#      object, per module and in total; the built-in catalog's bytes apart from
#      the code, against the target of at most 64 KB of code without them;
#   2. the same library without the built-in catalog (BRF_WITH_BUILTIN_CATALOG=OFF);
#   3. the same library without the screen module (BRF_WITH_SCREEN=OFF): it
#      must be smaller;
#   4. a tiny program (tests/cortex-m/link_check.c: a context and the built-in
#      catalog) linked for the target with newlib-nano, to prove it links;
#   5. the archive's undefined symbols: no stdio, no locale, no clock;
#   6. on the host, a shared library with the screen module and the catalog left
#      out: its exported symbols must still equal tests/abi/exports.txt and the
#      stubs must answer BRF_E_UNSUPPORTED (the same link_check.c, run).
# Installs gcc-arm-none-eabi and libnewlib-arm-none-eabi when missing (with
# --no-install-recommends, through scripts/setup-debian.sh). Build folders go
# to build-cortex-m/. Exits non-zero when a check fails; a missed size target
# is reported as MISSED and fails only with BRF_FOOTPRINT_STRICT=1.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh gcc-arm-none-eabi libnewlib-arm-none-eabi
root=${BRF_CORTEX_M_BUILD_ROOT:-build-cortex-m}
jobs=$(nproc 2>/dev/null || echo 2)
code_limit=65536
toolchain=cmake/toolchain-cortex-m4.cmake
cpu_flags="-mcpu=cortex-m4 -mthumb -Os -ffunction-sections -fdata-sections"
failed=0
mkdir -p "$root"

# build NAME [cmake options...]: configure and build the static library for the target.
build() {
  name=$1; shift
  echo "==> [cortex-m $name] configure and build" >&2
  cmake -S . -B "$root/$name" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DCMAKE_BUILD_TYPE=MinSizeRel -DBUILD_SHARED_LIBS=OFF -DBRF_BUILD_TESTS=OFF \
    -DBRF_BUILD_EXAMPLES=OFF -DBRF_BUILD_DOCS=OFF -DBRF_WARNINGS_AS_ERRORS=ON "$@" \
    >"$root/$name.log" 2>&1 || { cat "$root/$name.log"; exit 1; }
  # Clean first: the sizes are read from the object folder, where an object of
  # a source no longer built would otherwise stay and be counted.
  cmake --build "$root/$name" -j "$jobs" --clean-first >>"$root/$name.log" 2>&1 ||
    { cat "$root/$name.log"; exit 1; }
}

# objects NAME: the library's object files of a build, one per line, sorted.
objects() {
  find "$root/$1/lib/CMakeFiles/backrelief_objects.dir" -name '*.obj' | LC_ALL=C sort
}

# total NAME: text+data+bss of all the library's objects.
total() {
  # shellcheck disable=SC2046
  arm-none-eabi-size -t $(objects "$1") | awk '/\(TOTALS\)/ { print $4 }'
}

# report NAME: sizes per object and per module; the catalog apart.
report() {
  dir="$root/$1/lib/CMakeFiles/backrelief_objects.dir/"
  echo "--- arm-none-eabi-size, $1 (bytes; .rodata counts as text) ---"
  # shellcheck disable=SC2046
  arm-none-eabi-size -t $(objects "$1") | sed "s|$dir||"
  echo "--- per module, $1 ---"
  # shellcheck disable=SC2046
  arm-none-eabi-size $(objects "$1") | sed "s|$dir||" | awk '
    NR > 1 { split($6, p, "/"); m = p[1]; if ($6 ~ /builtin_data/) m = "catalog data";
             t[m] += $1; d[m] += $2; b[m] += $3; if (!(m in seen)) { seen[m] = 1; order[++n] = m } }
    END { printf "%-14s %8s %6s %6s\n", "module", "text", "data", "bss";
          for (i = 1; i <= n; i++) printf "%-14s %8d %6d %6d\n", order[i], t[order[i]], d[order[i]], b[order[i]] }'
}

build default -DBRF_WITH_BUILTIN_CATALOG=ON -DBRF_WITH_SCREEN=ON
build no-catalog -DBRF_WITH_BUILTIN_CATALOG=OFF -DBRF_WITH_SCREEN=ON
build no-screen -DBRF_WITH_BUILTIN_CATALOG=ON -DBRF_WITH_SCREEN=OFF
report default

all=$(total default)
catalog_obj=$(objects default | grep '/catalog/builtin_data\.c\.obj$')
catalog=$(arm-none-eabi-size "$catalog_obj" | awk 'NR == 2 { print $4 }')
code=$((all - catalog))
no_catalog=$(total no-catalog)
no_screen=$(total no-screen)
verdict=met
[ "$code" -le "$code_limit" ] || verdict=MISSED
echo "--- summary (static library, -Os, text+data+bss) ---"
echo "library total:                       $all bytes"
echo "built-in catalog data (builtin_data): $catalog bytes"
echo "code without the catalog data:       $code bytes (target <= $code_limit): $verdict"
echo "built with BRF_WITH_BUILTIN_CATALOG=OFF: $no_catalog bytes"
echo "built with BRF_WITH_SCREEN=OFF:          $no_screen bytes ($((all - no_screen)) bytes less)"
if [ "$verdict" = MISSED ] && [ "${BRF_FOOTPRINT_STRICT:-0}" = 1 ]; then
  failed=1
fi
if [ "$no_screen" -ge "$all" ]; then
  echo "FAIL: leaving the screen module out did not make the library smaller" >&2
  failed=1
fi

# A program for the target: links only with what newlib-nano and nosys give.
link() {
  name=$1; shift
  # shellcheck disable=SC2086 # the flags are words
  arm-none-eabi-gcc $cpu_flags -std=c11 -Wall -Wextra -Wpedantic -Werror -Iinclude \
    -I"$root/$name/include" -DBRF_STATIC_DEFINE "$@" tests/cortex-m/link_check.c \
    "$root/$name/lib/libbackrelief.a" --specs=nano.specs --specs=nosys.specs \
    -Wl,--gc-sections -o "$root/$name/link_check.elf"
  arm-none-eabi-size "$root/$name/link_check.elf" | sed "s|$root/||"
}
echo "--- tiny target program (context + built-in catalog), linked with newlib-nano ---"
link default
link no-catalog -DBRF_EXPECT_CATALOG=0

# Undefined symbols of the archive that would mean stdio, locale or a clock.
echo "--- C library symbols the static library needs ---"
needed=$(arm-none-eabi-nm -u "$root/default/lib/libbackrelief.a" | awk 'NF == 2 { print $2 }' |
  grep -v '^brf' | LC_ALL=C sort -u)
echo "$needed" | tr '\n' ' '; echo
forbidden='printf sprintf snprintf fprintf vprintf vsprintf vsnprintf vfprintf puts fputs
  putchar fputc fopen fclose fread fwrite setlocale localeconv strtod strtof strtold atof
  time clock gettimeofday clock_gettime abort exit'
found=""
for f in $forbidden; do
  if echo "$needed" | grep -qx "$f"; then found="$found $f"; fi
done
if [ -n "$found" ]; then
  echo "FAIL: the library needs stdio, locale or clock functions:$found" >&2
  failed=1
else
  echo "no stdio, locale or clock functions: ok"
fi

# Host: the options change what the functions answer, never which exist.
echo "==> [host no-screen-no-catalog] configure and build" >&2
host="$root/host-no-screen-no-catalog"
abi=$(sed -n 's/^set(BRF_ABI_VERSION \([0-9]*\))$/\1/p' CMakeLists.txt)
cmake -S . -B "$host" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
  -DBRF_BUILD_TESTS=OFF -DBRF_BUILD_EXAMPLES=OFF -DBRF_WARNINGS_AS_ERRORS=ON \
  -DBRF_WITH_SCREEN=OFF -DBRF_WITH_BUILTIN_CATALOG=OFF >"$host.log" 2>&1 ||
  { cat "$host.log"; exit 1; }
cmake --build "$host" -j "$jobs" >>"$host.log" 2>&1 || { cat "$host.log"; exit 1; }
cmake -DNM="$(command -v nm)" -DREADELF="$(command -v readelf)" \
  -DLIB="$host/lib/libbackrelief.so" -DSONAME="libbackrelief.so.$abi" \
  -DLIST=tests/abi/exports.txt -P tests/abi/check_exports.cmake || failed=1
cc -std=c11 -Wall -Wextra -Werror -Iinclude -I"$host/include" -DBRF_EXPECT_SCREEN=0 \
  -DBRF_EXPECT_CATALOG=0 tests/cortex-m/link_check.c -L"$host/lib" -lbackrelief \
  -Wl,-rpath,"$PWD/$host/lib" -o "$host/link_check"
if "$host/link_check"; then
  echo "left-out modules answer BRF_E_UNSUPPORTED: ok"
else
  echo "FAIL: link_check (screen and catalog left out) exited with $? (see tests/cortex-m/link_check.c)" >&2
  failed=1
fi

[ "$failed" -eq 0 ] || exit 1
echo "==> cortex-m: all checks passed" >&2
