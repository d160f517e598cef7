#!/bin/sh
# CTest bindings.node.package: `npm pack` the package, `npm install` the
# tarball into an empty folder (as an app would), compile the TypeScript
# example against the installed package's index.d.ts, run it and compare its
# output with the C example's, line for line. Usage:
#   package_test.sh WORK_DIR C_EXAMPLE COMPARE_CMAKE
# Needs bindings.node first (it installs typescript here); exits 77 (skip)
# without node/npm or network.
set -u
src=$(cd "$(dirname "$0")" && pwd)
work=$1 reference=$2 compare=$3
command -v npm >/dev/null 2>&1 || { echo "SKIP: npm is not installed"; exit 77; }
[ -f "$src/node_modules/typescript/bin/tsc" ] || { echo "SKIP: typescript not installed (bindings.node installs it)"; exit 77; }
rm -rf "$work" && mkdir -p "$work/app" || exit 1
tarball=$(cd "$src" && npm pack --silent --pack-destination "$work") || { echo "npm pack failed"; exit 1; }
echo "packed $tarball:"
tar -tzf "$work/$tarball" | sort
cd "$work/app" || exit 1
echo '{ "name": "app", "version": "1.0.0", "private": true }' > package.json
if ! npm install --no-audit --no-fund --loglevel=error "$work/$tarball" >"$work/npm.log" 2>&1; then
  cat "$work/npm.log"; echo "SKIP: npm install of the tarball failed (no network?)"; exit 77
fi
cp "$src/example_session.ts" . || exit 1
# @types/node from the package's own dev install; the example's types come
# from the installed backrelief (its "types": index.d.ts).
node "$src/node_modules/typescript/bin/tsc" --strict --target es2022 --module commonjs \
  --lib es2022,esnext.disposable --types node --typeRoots "$src/node_modules/@types" \
  --outDir out example_session.ts || exit 1
exec cmake -DREFERENCE="$reference" "-DCOMMAND=node;$work/app/out/example_session.js" \
  -DWORK="$work/compare" -P "$compare"
