#!/bin/sh
# `cmake --install` puts bin/backrelief and its man page under the prefix,
# and the installed program runs from there (the $ORIGIN-relative RPATH
# finds a shared library) even after the prefix is moved.
set -u
build=$1
tmp=${TMPDIR:-/tmp}/brf-install-$$
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >"$tmp.log" 2>&1 ||
  { cat "$tmp.log" >&2; rm -f "$tmp.log"; exit 1; }
rm -f "$tmp.log"
mv "$tmp/prefix" "$tmp/moved"
[ -x "$tmp/moved/bin/backrelief" ] || { echo "FAIL: no bin/backrelief" >&2; exit 1; }
[ -f "$tmp/moved/share/man/man1/backrelief.1" ] || { echo "FAIL: no man page" >&2; exit 1; }
for f in bash-completion/completions/backrelief zsh/site-functions/_backrelief \
         fish/vendor_completions.d/backrelief.fish; do
  [ -f "$tmp/moved/share/$f" ] || { echo "FAIL: no share/$f" >&2; exit 1; }
done
env -u LD_LIBRARY_PATH "$tmp/moved/bin/backrelief" --version || { echo "FAIL: does not run" >&2; exit 1; }
echo "install: ok"
