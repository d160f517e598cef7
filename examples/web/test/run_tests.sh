#!/bin/sh
# The web app's browser tests (issue 23): headless Debian chromium driven by
# puppeteer-core from npm (no browser download).
#   examples/web/test/run_tests.sh SITE_DIR BACKRELIEF_CLI ARTEFACT_DIR
# SITE_DIR comes from scripts/web.sh --build-only (build-web/site). Installs
# puppeteer-core with `npm ci` when node_modules/ is missing (the npm registry
# must be reachable then). Exits 77 (skipped) with a plain message when
# chromium or node is not installed; scripts/test.sh counts that as a failure.
set -eu
[ $# -eq 3 ] || { echo "usage: $0 SITE_DIR BACKRELIEF_CLI ARTEFACT_DIR" >&2; exit 2; }
site=$(cd "$1" && pwd)
cli=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
mkdir -p "$3"
artefacts=$(cd "$3" && pwd)
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ] || ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "web tests skipped: chromium, node or npm is not installed (scripts/setup-debian.sh chromium)" >&2
  exit 77
fi
cd "$(dirname "$0")"
if [ ! -d node_modules/puppeteer-core ]; then
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
CHROMIUM="$chromium" node web.test.mjs "$site" "$cli" "$artefacts"
