#!/bin/sh
# Build the WebAssembly module and the web app (examples/web) into
# build-web/site/, then serve that folder on 127.0.0.1 (issue 23):
#   scripts/web.sh                 build, then serve on port 8080;
#   scripts/web.sh --port N        build, then serve on port N;
#   scripts/web.sh --build-only    build only.
# Installs Debian's emscripten and node-acorn when missing (only this job and
# the browser tests need them). The CMake build folder is build-web/wasm/ and
# is reused: a second run rebuilds only what changed.
set -eu
cd "$(dirname "$0")/.."
port=8080
serve=1
while [ $# -gt 0 ]; do
  case "$1" in
    --build-only) serve=0 ;;
    --port)
      [ $# -ge 2 ] || { echo "usage: scripts/web.sh [--port N] [--build-only]" >&2; exit 2; }
      port=$2; shift ;;
    --port=*) port=${1#--port=} ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: scripts/web.sh [--port N] [--build-only]" >&2; exit 2 ;;
  esac
  shift
done
case "$port" in
  ''|*[!0-9]*) echo "scripts/web.sh: --port needs a number, not '$port'" >&2; exit 2 ;;
esac

scripts/setup-debian.sh emscripten node-acorn cmake ninja-build python3
# emcc runs its JavaScript optimiser with the node on PATH; Debian's acorn
# lives in /usr/share/nodejs, where a node that is not Debian's does not look.
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"
root=build-web
site="$PWD/$root/site"
jobs=${BRF_WEB_JOBS:-2}
mkdir -p "$root"
# The page speaks English (it offers no language yet), so the module leaves
# the German, Spanish and French texts out: 262 KB of .wasm instead of 639 KB,
# and a load under issue 23's 200 ms (docs/performance.md, "WebAssembly").
# Configured each run, so that an old build folder gets the option too.
cmake -S . -B "$root/wasm" -G Ninja -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-emscripten.cmake \
  -DBRF_BUILD_WEB=ON -DBRF_WARNINGS_AS_ERRORS=ON -DBRF_WITH_TRANSLATIONS=OFF \
  -DBRF_WEB_SITE="$site" >"$root/configure.log" 2>&1 ||
  { cat "$root/configure.log" >&2; exit 1; }
cmake --build "$root/wasm" -j "$jobs" --target web
wasm="$site/backrelief_wasm.wasm"
echo "web: $site ($(wc -c <"$wasm") bytes of .wasm, $(gzip -9c "$wasm" | wc -c) gzipped)" >&2
[ "$serve" = 1 ] || exit 0
echo "web: serving http://127.0.0.1:$port/ (Ctrl-C stops)" >&2
cd "$site"
exec python3 -m http.server "$port" --bind 127.0.0.1
