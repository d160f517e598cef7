#!/bin/sh
# Run the Node binding's tests (CTest: bindings.node): tsc --noEmit, then
# node --test. Installs koffi and typescript from the npm registry into
# node_modules/ first; exits 77 (CTest SKIP_RETURN_CODE)
# with a plain message when node or npm is missing or the install fails
# (for example without network). BACKRELIEF_LIBRARY names the library.
cd "$(dirname "$0")" || exit 1
if ! command -v node >/dev/null 2>&1; then
  echo "SKIP: node is not installed"; exit 77
fi
if [ ! -f node_modules/koffi/package.json ] || [ ! -f node_modules/typescript/package.json ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "SKIP: npm is not installed (needed to install koffi)"; exit 77
  fi
  log=$(mktemp)
  if ! npm install --no-audit --no-fund --loglevel=error >"$log" 2>&1; then
    cat "$log"; rm -f "$log"
    echo "SKIP: npm install (koffi, typescript) failed (no network?)"; exit 77
  fi
  rm -f "$log"
fi
if ! node -e "require('koffi')" >/dev/null 2>&1; then
  echo "SKIP: koffi does not load on this platform"; exit 77
fi
# With arguments: run that test file only, with the collector exposed
# (CTest bindings.node.leak: the binding calls globalThis.gc when many handles
# were dropped without free(); loading it never needs the flag).
if [ $# -gt 0 ]; then
  exec node --expose-gc "$@"
fi
# The declarations (index.d.ts) against the tests and the example.
node node_modules/typescript/bin/tsc --noEmit -p . || exit 1
exec node --test test/*.test.js
