#!/bin/sh
# The custom catalog's image (DATA/catalog.image, issue 25): made the first
# time the custom catalog is read; a cache that never changes what the CLI
# shows: list, show and plan print the same with it, without it, and after
# catalog.json changes behind its back (a stale image is not used, and is
# made again); a damaged image or one of another library version is ignored
# quietly and made again. Needs no ../shared/data.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
b() { "$cli" --data-dir "$tmp/d" "$@"; }
mkdir -p "$tmp/d"
doc() { # doc NAME: a custom catalog with two exercises, the first named NAME
  printf '%s' '{"format":"backrelief-catalog","format_version":1,"exercises":[' \
    '{"id":"towel-hamstring-stretch","name":"'"$1"'","modality":"static-stretch",' \
    '"regions":{"primary":["hamstrings"]},"equipment":["towel"],"default_dose":"3x30s, each side"},' \
    '{"id":"wall-sit-hold","name":"Wall sit","modality":"strength","equipment":["wall"]}]}'
}
doc "Towel stretch" >"$tmp/d/catalog.json"
# show: the commands the image must not change, each into $tmp/$1.*
show_all() {
  b list --wide >"$tmp/$1.list" 2>"$tmp/$1.err" || fail "$1: list exited $?"
  b show towel-hamstring-stretch >"$tmp/$1.show" 2>>"$tmp/$1.err" || fail "$1: show exited $?"
  b list --json >"$tmp/$1.json" 2>>"$tmp/$1.err" || fail "$1: list --json exited $?"
  [ -s "$tmp/$1.err" ] && fail "$1: printed on stderr: $(head -3 "$tmp/$1.err")"
}
same() { # same A B: what A and B showed is the same
  for k in list show json; do
    cmp -s "$tmp/$1.$k" "$tmp/$2.$k" || fail "$k differs between $1 and $2"
  done
}

[ -e "$tmp/d/catalog.image" ] && fail "an image before any read"
show_all first
[ -f "$tmp/d/catalog.image" ] || fail "no DATA/catalog.image after the first read"
grep -q '^towel-hamstring-stretch ' "$tmp/first.list" || fail "the custom exercise is not listed"
ls -a "$tmp/d" | grep -q '^\.catalog\.image\.' && fail "a temporary image was left"
cp "$tmp/d/catalog.image" "$tmp/image1"
show_all from_image
same first from_image
cmp -s "$tmp/image1" "$tmp/d/catalog.image" || fail "a current image was written again"
head -c 8 "$tmp/image1" | grep -q '^BRFCLIIM$' || fail "the image has no CLI stamp"

# catalog.json changed behind the image's back (same size, even): the JSON wins
doc "Towel strotch" >"$tmp/d/catalog.json"
show_all stale
grep -q 'Towel strotch' "$tmp/stale.show" || fail "a stale image was used: $(head -2 "$tmp/stale.show")"
cmp -s "$tmp/image1" "$tmp/d/catalog.image" && fail "the stale image was not made again"
show_all stale_again
same stale stale_again

# damaged behind a valid stamp, or of another version: ignored quietly, made again
doc "Towel stretch" >"$tmp/d/catalog.json"
show_all reference
for damage in cut version garbage; do
  img=$tmp/d/catalog.image
  case $damage in
  cut) head -c 200 "$tmp/d/catalog.image" >"$tmp/x" ;;
  version) # the library image's version word, after the 56-byte stamp and 8-byte magic
    { head -c 64 "$img"; printf '\002'; tail -c +66 "$img"; } >"$tmp/x" ;;
  garbage) { head -c 56 "$img"; head -c 4000 /dev/zero | tr '\0' 'x'; } >"$tmp/x" ;;
  esac
  cat "$tmp/x" >"$img" # in place: the stamp (inode, times of catalog.json) still matches
  show_all "$damage"
  same reference "$damage"
  cmp -s "$tmp/x" "$img" && fail "$damage: the image was not made again"
done

# plan reads the custom catalog the same way
b plan --goal maintenance --minutes 10 >"$tmp/plan1" 2>/dev/null || fail "plan exited $?"
rm "$tmp/d/catalog.image"
b plan --goal maintenance --minutes 10 >"$tmp/plan2" 2>/dev/null || fail "plan without the image exited $?"
cmp -s "$tmp/plan1" "$tmp/plan2" || fail "plan differs with and without the image"
# export leaves the cache out: the user's data is catalog.json
b export >"$tmp/export.json" 2>/dev/null || fail "export exited $?"
grep -q 'BRFC' "$tmp/export.json" && fail "export carries the image"
finish "catalog image: made, used, and made again when stale or damaged"
