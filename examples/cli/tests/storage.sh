#!/bin/sh
# The data folder's safety (issue 21, item 1), through the CLI: storage.sh
# RELEASE-BINARY TEST-BUILD-BINARY.
set -u
cli=$1
hooks=$2
. "$(dirname "$0")/lib.sh"
sc='--pain-before 3 --pain-after 2 --tightness-before 5 --tightness-after 3'
umask 022
logd() { # logd DIR NOTE [ENV...]: one append with the release binary
  dd=$1 note=$2
  shift 2
  env "$@" "$cli" --data-dir "$dd" log --routine "$(rfile r)" $sc --date 2026-01-05 --note "$note" </dev/null
}

# The test hooks are in the test build only: the shipped binary has none.
grep -q BRF_CLI_TEST "$cli" && fail "the release binary contains a test hook"
grep -q BRF_CLI_TEST_SLOW_APPEND "$hooks" || fail "the test build has no hooks (wrong binary?)"

# The slow-append race: a second writer waits for the first one's line.
d=$tmp/race
logd "$d" one >/dev/null
size=$(wc -c <"$d/journal.jsonl")
BRF_CLI_TEST_SLOW_APPEND=2 "$hooks" --data-dir "$d" log --routine "$(rfile r)" $sc --date 2026-01-05 \
  --note slow </dev/null >"$tmp/slow.out" 2>&1 &
p1=$!
i=0
while [ $i -lt 100 ] && [ "$(wc -c <"$d/journal.jsonl")" -eq "$size" ]; do sleep 0.05; i=$((i + 1)); done
[ "$(wc -c <"$d/journal.jsonl")" -gt "$size" ] || fail "the slow writer never started its line"
logd "$d" second >"$tmp/second.out" 2>&1 || fail "the second writer exited $?"
wait $p1 || fail "the slow writer exited $?"
grep -q Recorded "$tmp/slow.out" && grep -q Recorded "$tmp/second.out" || fail "a writer did not record"
[ "$(grep -c . "$d/journal.jsonl")" -eq 3 ] || fail "the race left $(grep -c . "$d/journal.jsonl") lines"
grep -q 'incomplete\|not complete' "$tmp/second.out" && fail "the second writer saw a torn line: $(cat "$tmp/second.out")"
"$cli" --data-dir "$d" doctor >/dev/null 2>&1 || fail "doctor after the race: $("$cli" --data-dir "$d" doctor 2>&1)"
[ "$(stat -c %a "$d/journal.jsonl")" = 600 ] || fail "the journal is not 0600"

# A whole last line of a newer version is kept (never cut as torn) and reported.
d=$tmp/newer
logd "$d" one >/dev/null
newer='{"format":"backrelief-journal","format_version":2,"date":"2026-01-06","routine":"r","mood":"fine"}'
printf '%s' "$newer" >>"$d/journal.jsonl"
logd "$d" after >/dev/null 2>"$tmp/err" || fail "log after a newer line exited $?"
grep -q "journal.jsonl:2: this line is from a newer version: .*format_version 2" "$tmp/err" ||
  fail "the newer line was not reported: $(cat "$tmp/err")"
[ "$(sed -n 2p "$d/journal.jsonl")" = "$newer" ] || fail "the newer line was not kept byte for byte"
"$cli" --data-dir "$d" log --list 2>/dev/null | grep -q ' after$' || fail "the entry after a newer line"
"$cli" --data-dir "$d" log --morning --date 2026-01-06 --pain 2 --tightness 2 </dev/null >/dev/null 2>&1 ||
  fail "a morning rewrite beside a newer line exited $?"
[ "$(sed -n 2p "$d/journal.jsonl")" = "$newer" ] || fail "the morning rewrite changed the newer line"

# Symlinked data files are refused, naming them, with the target untouched.
d=$tmp/link
mkdir -p "$d"
printf 'not yours\n' >"$tmp/target"
ln -s "$tmp/target" "$d/journal.jsonl"
logd "$d" x >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 74 ] && grep -q "journal.jsonl is a symbolic link" "$tmp/err" || fail "a symlinked journal: exit $st, $(cat "$tmp/err")"
[ "$(cat "$tmp/target")" = "not yours" ] || fail "the symlink's target was changed"
"$cli" --data-dir "$d" log --list >/dev/null 2>&1 && fail "log --list read through a symlink"
"$cli" --data-dir "$d" log --morning --date 2026-01-06 --pain 1 --tightness 1 </dev/null >/dev/null 2>&1 &&
  fail "log --morning wrote through a symlink"
[ "$(cat "$tmp/target")" = "not yours" ] || fail "the symlink's target was changed by --morning"
rm "$d/journal.jsonl"
ln -s "$tmp/absent" "$d/journal.jsonl"
logd "$d" x >/dev/null 2>&1 && fail "a dangling symlink was written"
[ -e "$tmp/absent" ] && fail "a dangling symlink's target was created"
rm "$d/journal.jsonl"
ln -s "$tmp/target" "$d/catalog.json"
"$cli" --data-dir "$d" list >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 74 ] && grep -q "catalog.json is a symbolic link" "$tmp/err" || fail "a symlinked catalog: exit $st"
rm "$d/catalog.json"

# Planted temporary-file symlinks are never followed (the names are
# unpredictable; ones planted at the old and the new patterns are removed
# as stale, the links themselves, by the next writer).
d=$tmp/plant
logd "$d" one >/dev/null
for name in .journal.jsonl.tmp-AAAAAA .journal.jsonl.tmp-zzzzzz journal.jsonl.tmp.$$ journal.jsonl.tmp.1; do
  ln -s "$tmp/target" "$d/$name"
done
printf 'old copy\n' >"$d/journal.jsonl.tmp.99"
"$cli" --data-dir "$d" log --morning --date 2026-01-06 --pain 1 --tightness 1 </dev/null >/dev/null 2>"$tmp/err" ||
  fail "a morning rewrite beside planted links exited $?: $(cat "$tmp/err")"
[ "$(cat "$tmp/target")" = "not yours" ] || fail "a planted temp-name symlink was followed"
ls -a "$d" | grep -q tmp && fail "stale temporary files were not cleaned: $(ls -a "$d")"
grep -q next_morning "$d/journal.jsonl" || fail "the morning rewrite did not happen"

# A full disk: the partial line is rolled back and the message says so.
d=$tmp/full
logd "$d" one >/dev/null
cp "$d/journal.jsonl" "$tmp/before"
BRF_CLI_TEST_ENOSPC_AFTER=40 "$hooks" --data-dir "$d" log --routine "$(rfile r)" $sc --date 2026-01-05 \
  </dev/null >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 74 ] && grep -q "journal.jsonl: the disk is full; nothing was changed" "$tmp/err" ||
  fail "ENOSPC (hook): exit $st, $(cat "$tmp/err")"
cmp -s "$d/journal.jsonl" "$tmp/before" || fail "ENOSPC (hook): the partial line was not rolled back"
BRF_CLI_TEST_ENOSPC_AFTER=40 "$hooks" --data-dir "$d" log --morning --date 2026-01-06 --pain 1 \
  --tightness 1 </dev/null >/dev/null 2>"$tmp/err"; st=$?
[ "$st" -eq 74 ] && grep -q "the disk is full" "$tmp/err" || fail "ENOSPC rewrite (hook): exit $st"
cmp -s "$d/journal.jsonl" "$tmp/before" || fail "ENOSPC rewrite (hook): the journal changed"
ls -a "$d" | grep -q tmp && fail "ENOSPC left a temporary file"
# ... and on a real full tmpfs, when this system lets us mount one.
bignote=$(printf '%6000s' '' | tr ' ' x)
cat >"$tmp/full.sh" <<EOS
set -u
mount -t tmpfs -o size=12k tmpfs "$tmp/mnt" || exit 77
"$cli" --data-dir "$tmp/mnt/d" log --routine "$(rfile r)" $sc --date 2026-01-05 </dev/null >/dev/null || exit 1
dd if=/dev/zero of="$tmp/mnt/fill" bs=1024 count=64 2>/dev/null
cp "$tmp/mnt/d/journal.jsonl" "$tmp/mnt.before"
"$cli" --data-dir "$tmp/mnt/d" log --routine "$(rfile r)" $sc --date 2026-01-05 --note "$bignote" </dev/null >/dev/null 2>"$tmp/mnt.err"
echo \$? >"$tmp/mnt.st"
cmp -s "$tmp/mnt/d/journal.jsonl" "$tmp/mnt.before" || echo changed >>"$tmp/mnt.st"
umount "$tmp/mnt"
EOS
mkdir -p "$tmp/mnt"
if unshare -rm sh "$tmp/full.sh" 2>/dev/null || { [ "$(id -u)" -eq 0 ] && unshare -m sh "$tmp/full.sh" 2>/dev/null; }; then
  [ "$(cat "$tmp/mnt.st")" = 74 ] && grep -q "the disk is full" "$tmp/mnt.err" ||
    fail "ENOSPC (tmpfs): $(cat "$tmp/mnt.st") $(cat "$tmp/mnt.err")"
  tmpfs=" (and on a full tmpfs)"
else
  echo "note: cannot mount a tmpfs here; ENOSPC tested with the test build's hook only" >&2
  tmpfs=""
fi

# One damaged line: kept, reported with its line number, skipped by every
# reader; export writes the good entries and says how many it skipped.
d=$tmp/bad
logd "$d" one >/dev/null
printf '{"format":"backrelief-journal","format_version":1,"date":"2026-13-45"}\n' >>"$d/journal.jsonl"
logd "$d" three >/dev/null 2>&1 || fail "log beside a damaged line exited $?"
cp "$d/journal.jsonl" "$tmp/bad.before"
printf '{"format":"backrelief-routine","format_version":1,"name":"r","steps":[{"exercise":"glute-bridge"}]}\n' >"$tmp/r.json"
for cmd in "log --list" "stats --until 2026-01-10" "next --routine $tmp/r.json" "export"; do
  "$cli" --data-dir "$d" $cmd </dev/null >"$tmp/out" 2>"$tmp/err"; st=$?
  [ "$st" -eq 0 ] || fail "$cmd beside a damaged line exited $st: $(cat "$tmp/err")"
  grep -q "journal.jsonl:2: this line is damaged" "$tmp/err" || fail "$cmd did not report line 2: $(cat "$tmp/err")"
done
grep -q "skipped 1 damaged line of .*journal.jsonl" "$tmp/err" || fail "export did not count the skipped line"
if command -v python3 >/dev/null 2>&1; then
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [e["note"] for e in d["journal"]] == ["one","three"], d' "$tmp/out" ||
    fail "export beside a damaged line"
fi
cmp -s "$d/journal.jsonl" "$tmp/bad.before" || fail "a reader changed the journal"
# doctor lists it (exit 1), and --reject moves it, byte for byte
"$cli" --data-dir "$d" doctor >"$tmp/doc" 2>&1; st=$?
[ "$st" -eq 1 ] && grep -q "journal.jsonl:2: damaged: " "$tmp/doc" && grep -q "1 damaged line" "$tmp/doc" ||
  fail "doctor: exit $st, $(cat "$tmp/doc")"
"$cli" --data-dir "$d" doctor --reject >"$tmp/doc" 2>&1 || true
grep -q "Moved 1 damaged line to .*journal.jsonl.rejected" "$tmp/doc" || fail "doctor --reject: $(cat "$tmp/doc")"
[ "$(cat "$d/journal.jsonl.rejected")" = "$(sed -n 2p "$tmp/bad.before")" ] || fail "the rejected line changed"
[ "$(grep -c . "$d/journal.jsonl")" -eq 2 ] || fail "the damaged line is still in the journal"
"$cli" --data-dir "$d" doctor >"$tmp/doc" 2>&1 || fail "doctor after --reject: $(cat "$tmp/doc")"

# export refuses (65) rather than writing invalid JSON, and writes nothing.
d=$tmp/exp
logd "$d" one >/dev/null
mkdir -p "$d/routines"
printf '{"format": "backrelief-routine", "name": "cut' >"$d/routines/broken.json"
"$cli" --data-dir "$d" export >"$tmp/out" 2>"$tmp/err"; st=$?
[ "$st" -eq 65 ] && grep -q "broken.json: not a whole JSON document" "$tmp/err" || fail "export of a broken routine: exit $st"
[ -s "$tmp/out" ] && fail "export printed a broken document"
"$cli" --data-dir "$d" export -o "$tmp/exp.json" >/dev/null 2>&1 && fail "export -o of a broken routine succeeded"
[ -e "$tmp/exp.json" ] && fail "export -o wrote a broken file"
rm "$d/routines/broken.json"
printf '{"catalog": [1, 2' >"$d/catalog.json"
"$cli" --data-dir "$d" export >/dev/null 2>&1; st=$?
[ "$st" -eq 65 ] || fail "export of a broken catalog exited $st"
rm "$d/catalog.json"

# Output files keep their mode when replaced; a new export (the journal:
# health data) is 0600 (outputs.sh checks the others).
"$cli" --data-dir "$d" export -o "$tmp/new.json" 2>/dev/null || fail "export -o exited $?"
[ "$(stat -c %a "$tmp/new.json")" = 600 ] || fail "a new export is $(stat -c %a "$tmp/new.json")"
chmod 640 "$tmp/new.json"
"$cli" --data-dir "$d" export -o "$tmp/new.json" 2>/dev/null || fail "export -o again exited $?"
[ "$(stat -c %a "$tmp/new.json")" = 640 ] || fail "a replaced output file lost its mode"
ls -a "$tmp" | grep -q '\.tmp-' && fail "a temporary file was left beside the output"

finish "storage: ok (race, newer line, symlinks, planted temp links, ENOSPC$tmpfs, damaged lines, doctor, export)"
