# Sourced by the CLI's shell tests: a scratch folder $tmp removed at exit,
# colour off, and a failure counter (fail MESSAGE; finish OK-MESSAGE).
# A new folder every time (mktemp -d): a folder named after the pid outlived
# a test killed from outside (no EXIT trap runs then), and a later test given
# the same pid found its journal there (cli.journal_kill counted 8 entries).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/brf-cli-test-XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
# The CLI speaks the language of LC_ALL, LC_MESSAGES or LANG: the tests read
# English unless they set a language themselves (lang.sh).
unset LC_ALL LC_MESSAGES
LANG=C.UTF-8
export LANG
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
finish() {
  [ "$fails" -eq 0 ] || { echo "$fails failure(s)" >&2; exit 1; }
  echo "$1"
}

# rfile NAME: the path of a routine file named NAME (an empty routine), made
# on first use; `log --routine` takes a file or a saved name, nothing else.
rfile() {
  mkdir -p "$tmp/rfiles"
  [ -f "$tmp/rfiles/$1.json" ] ||
    printf '{"format":"backrelief-routine","format_version":1,"name":"%s","steps":[]}\n' "$1" \
      >"$tmp/rfiles/$1.json"
  printf '%s' "$tmp/rfiles/$1.json"
}
