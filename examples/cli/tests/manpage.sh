#!/bin/sh
# The man page formats without warnings (groff -ww), and documents every
# command of the program's table.
set -u
cli=$1 page=$2
command -v groff >/dev/null 2>&1 || { echo "groff is not installed: skipped"; exit 77; }
warnings=$(groff -man -ww -z "$page" 2>&1)
[ -z "$warnings" ] || { echo "FAIL: groff warnings:" >&2; echo "$warnings" >&2; exit 1; }
fails=0
for cmd in $("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'); do
  grep -Eq "^\.B[IR]? \"?$cmd( |\"|\$)" "$page" ||
    { echo "FAIL: the man page does not document '$cmd'" >&2; fails=$((fails + 1)); }
done
[ "$fails" -eq 0 ] || exit 1
echo "man page: ok"
