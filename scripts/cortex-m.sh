#!/bin/sh
# Cross-build libbackrelief for an Arm Cortex-M4 (a wearable-class target) and
# report its footprint (docs/performance.md, "Footprint"):
#   1. the static library with every module (tests, docs, examples off), with
#      arm-none-eabi-size per object, per module and in total, the built-in
#      catalog's bytes apart from the code;
#   2. the same library without the built-in catalog (BRF_WITH_BUILTIN_CATALOG=OFF);
#   3. the watch configuration: the built-in catalog in (English only:
#      BRF_WITH_TRANSLATIONS=OFF), every module a watch
#      does not need left out ($watch_out below; docs/performance.md, "Leaving
#      modules out"); its code without the catalog data is the figure held
#      against the target of at most 64 KB, and it must be smaller than 1;
#   4. programs linked for the target with newlib-nano and --gc-sections:
#      tests/cortex-m/link_check.c (a context and the built-in catalog) to prove
#      the library links there, and tests/cortex-m/watch_app.c (a routine from
#      JSON played to the end), what a watch firmware really pays;
#   5. the archive's undefined symbols: no stdio, no locale, no clock;
#   6. on the host, shared libraries in the watch configuration, with and
#      without the built-in catalog: their exported symbols must still equal
#      tests/abi/exports.txt, link_check.c checks that one function of each
#      left-out module answers BRF_E_UNSUPPORTED, and watch_app.c must play its
#      session (with the small catalog it makes when the built-in one is out);
#      the CLI built against the first (examples/cli/tests/unsupported.sh:
#      commands needing a left-out module exit 69 naming it).
# Installs gcc-arm-none-eabi and libnewlib-arm-none-eabi when missing (with
# --no-install-recommends, through scripts/setup-debian.sh). Build folders go
# to build-cortex-m/. Exits non-zero when a check fails; a missed size target
# is reported as MISSED and fails only with BRF_FOOTPRINT_STRICT=1 (on the
# watch configuration, which the target is for).
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

# The modules a watch leaves out: it plays routines planned on the phone,
# screens and keeps the journal there, and opens the built-in catalog (or a
# small one made on the watch) rather than reading catalog JSON.
watch_out="screen planner schedule calendar journal adapt catalog_json catalog_image import dosage_check dosage_describe routine_check"
all_in="" watch_opts="" watch_expect=""
for m in $watch_out; do
  M=$(echo "$m" | tr '[:lower:]' '[:upper:]')
  all_in="$all_in -DBRF_WITH_$M=ON"
  watch_opts="$watch_opts -DBRF_WITH_$M=OFF"
  watch_expect="$watch_expect -DBRF_EXPECT_$M=0"
done

# build NAME [cmake options...]: configure and build the static library for the target.
build() {
  name=$1; shift
  echo "==> [cortex-m $name] configure and build" >&2
  cmake -S . -B "$root/$name" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DCMAKE_BUILD_TYPE=MinSizeRel -DBUILD_SHARED_LIBS=OFF -DBRF_BUILD_TESTS=OFF \
    -DBRF_BUILD_EXAMPLES=OFF -DBRF_BUILD_DOCS=OFF -DBRF_WARNINGS_AS_ERRORS=ON "$@" \
    >"$root/$name.log" 2>&1 || { cat "$root/$name.log"; exit 1; }
  # Clean first: the sizes are read from the object folder, where an object of
  # a source no longer built (or left out by an option since the last run)
  # would otherwise stay and be counted; --clean-first alone keeps those.
  rm -rf "$root/$name/lib/CMakeFiles/backrelief_objects.dir"
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
    NR > 1 { split($6, p, "/"); m = p[1]; if ($6 ~ /builtin_data|i18n_data/) m = "catalog data";
             t[m] += $1; d[m] += $2; b[m] += $3; if (!(m in seen)) { seen[m] = 1; order[++n] = m } }
    END { printf "%-14s %8s %6s %6s\n", "module", "text", "data", "bss";
          for (i = 1; i <= n; i++) printf "%-14s %8d %6d %6d\n", order[i], t[order[i]], d[order[i]], b[order[i]] }'
}

# Options are given in full so that a build folder configured by hand before
# cannot keep a stale choice in its cache.
# shellcheck disable=SC2086 # the option lists are words
build default -DBRF_WITH_BUILTIN_CATALOG=ON $all_in
# shellcheck disable=SC2086
build no-catalog -DBRF_WITH_BUILTIN_CATALOG=OFF $all_in
# shellcheck disable=SC2086
build watch -DBRF_WITH_BUILTIN_CATALOG=ON -DBRF_WITH_TRANSLATIONS=OFF $watch_opts
report default
report watch

# catalog_data NAME: the bytes of the built-in catalog's generated tables, its
# translations included (catalog_i18n_data, absent with BRF_WITH_TRANSLATIONS=OFF).
catalog_data() {
  # shellcheck disable=SC2046
  arm-none-eabi-size $(objects "$1" | grep -E '/catalog/catalog_(builtin|i18n)_data\.c\.obj$') |
    awk 'NR > 1 { s += $4 } END { print s }'
}
all=$(total default)
catalog=$(catalog_data default)
code=$((all - catalog))
no_catalog=$(total no-catalog)
watch_all=$(total watch)
watch_code=$((watch_all - $(catalog_data watch)))
verdict=met
[ "$code" -le "$code_limit" ] || verdict=MISSED
watch_verdict=met
[ "$watch_code" -le "$code_limit" ] || watch_verdict=MISSED
echo "--- summary (static library, -Os, text+data+bss) ---"
echo "built-in catalog data (builtin_data, i18n_data): $catalog bytes"
echo "every module: library total            $all bytes"
echo "every module: code without the catalog $code bytes (target <= $code_limit): $verdict"
echo "every module, BRF_WITH_BUILTIN_CATALOG=OFF: $no_catalog bytes"
echo "watch (left out: $watch_out):"
echo "watch: library total                   $watch_all bytes ($((all - watch_all)) bytes less)"
echo "watch: code without the catalog        $watch_code bytes (target <= $code_limit): $watch_verdict"
if [ "$watch_verdict" = MISSED ] && [ "${BRF_FOOTPRINT_STRICT:-0}" = 1 ]; then
  failed=1
fi
if [ "$watch_all" -ge "$all" ]; then
  echo "FAIL: leaving modules out did not make the library smaller" >&2
  failed=1
fi

# Programs for the target: they link only with what newlib-nano and nosys
# give. link NAME PROGRAM [flags...]: PROGRAM is a file of tests/cortex-m/.
link() {
  name=$1 prog=$2; shift 2
  elf="$root/$name/$prog.elf"
  # shellcheck disable=SC2086 # the flags are words
  arm-none-eabi-gcc $cpu_flags -std=c11 -Wall -Wextra -Wpedantic -Werror -Iinclude \
    -I"$root/$name/include" -DBRF_STATIC_DEFINE "$@" "tests/cortex-m/$prog.c" \
    "$root/$name/lib/libbackrelief.a" --specs=nano.specs --specs=nosys.specs \
    -Wl,--gc-sections -Wl,-Map,"$elf.map" -o "$elf"
  # What the linker kept of the library, from the map (the catalog data apart).
  parts=$(awk '
    function hex(s,   i, v) { v = 0; s = tolower(substr(s, 3));
      for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1;
      return v }
    /^Linker script and memory map/ { on = 1 }
    on && /libbackrelief\.a\(/ && $0 !~ /^LOAD/ {
      for (i = 1; i < NF; i++) if ($i ~ /^0x/ && $(i + 1) ~ /^0x/) {
        if ($0 ~ /builtin_data|i18n_data/) d += hex($(i + 1)); else c += hex($(i + 1)); break } }
    END { printf "%d %d", c, d }' "$elf.map")
  arm-none-eabi-size "$elf" | sed "s|$root/||"
  echo "  of which libbackrelief code ${parts% *} bytes, built-in catalog data ${parts#* } bytes"
}
echo "--- target programs, linked with newlib-nano and --gc-sections ---"
link default link_check
link no-catalog link_check -DBRF_EXPECT_CATALOG=0
echo "watch firmware (tests/cortex-m/watch_app.c), against the watch library:"
link watch watch_app
echo "the same program against the every-module library (the linker drops what it does not call):"
link default watch_app
echo "the same program without the built-in catalog (a small catalog made on the watch):"
link no-catalog watch_app -DBRF_EXPECT_CATALOG=0

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
# host NAME EXPECT_CATALOG [cmake options...]: build a shared library, check
# its exports, run link_check.c and watch_app.c against it.
abi=$(sed -n 's/^set(BRF_ABI_VERSION \([0-9]*\))$/\1/p' CMakeLists.txt)
host() {
  name=$1 expect_catalog=$2; shift 2
  dir="$root/host-$name"
  echo "==> [host $name] configure and build" >&2
  # Examples on for the CLI, of which only its target is built (below).
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
    -DBRF_BUILD_TESTS=OFF -DBRF_BUILD_EXAMPLES=ON -DBRF_WARNINGS_AS_ERRORS=ON "$@" \
    >"$dir.log" 2>&1 || { cat "$dir.log"; exit 1; }
  cmake --build "$dir" -j "$jobs" --target backrelief >>"$dir.log" 2>&1 ||
    { cat "$dir.log"; exit 1; }
  cmake -DNM="$(command -v nm)" -DREADELF="$(command -v readelf)" \
    -DLIB="$dir/lib/libbackrelief.so" -DSONAME="libbackrelief.so.$abi" \
    -DLIST=tests/abi/exports.txt -P tests/abi/check_exports.cmake || failed=1
  # The run path: absolute whether BRF_CORTEX_M_BUILD_ROOT is relative or not.
  case $dir in /*) libdir=$dir/lib ;; *) libdir=$PWD/$dir/lib ;; esac
  for prog in link_check watch_app; do
    # shellcheck disable=SC2086 # the expectations are words
    cc -std=c11 -Wall -Wextra -Werror -Iinclude -I"$dir/include" $watch_expect \
      -DBRF_EXPECT_CATALOG="$expect_catalog" "tests/cortex-m/$prog.c" -L"$dir/lib" \
      -lbackrelief -Wl,-rpath,"$libdir" -o "$dir/$prog"
    if "$dir/$prog"; then
      echo "host $name: $prog: ok"
    else
      echo "FAIL: host $name: $prog exited with $? (see tests/cortex-m/$prog.c)" >&2
      failed=1
    fi
  done
}
# shellcheck disable=SC2086
host watch 1 -DBRF_WITH_BUILTIN_CATALOG=ON $watch_opts
# The CLI against the watch library: the same sources as always; commands
# needing a left-out module say so and exit 69 (the CLI's tests otherwise run
# only with every module, which the unit tests need).
echo "==> [host watch] the CLI with modules left out" >&2
cmake --build "$root/host-watch" -j "$jobs" --target backrelief_cli >>"$root/host-watch.log" 2>&1 ||
  { cat "$root/host-watch.log"; exit 1; }
sh examples/cli/tests/unsupported.sh "$root/host-watch/examples/cli/backrelief" || failed=1
# shellcheck disable=SC2086
host watch-no-catalog 0 -DBRF_WITH_BUILTIN_CATALOG=OFF $watch_opts
echo "left-out modules answer BRF_E_UNSUPPORTED and the watch session plays: checked above"

[ "$failed" -eq 0 ] || exit 1
echo "==> cortex-m: all checks passed" >&2
