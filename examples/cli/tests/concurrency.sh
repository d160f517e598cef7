#!/bin/sh
# Concurrent writers lose nothing (issue 21, item 1): two processes each
# append 500 entries while a third rewrites the next-morning ratings of 20
# seeded days; afterwards 1,000 appended entries and every morning rating are
# there, and the journal has no damaged line. Repeated 20 times. Run with the
# test build: BRF_CLI_TEST_REPEAT makes one `log` do many locked appends
# (each its own read-modify-write) and BRF_CLI_TEST_NO_FSYNC skips fsync,
# which only matters for power loss, so the test stays fast.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
export BRF_CLI_TEST_NO_FSYNC=1
sc='--pain-before 3 --pain-after 2 --tightness-before 5 --tightness-after 3'
# BRF_CLI_TEST_REPS: fewer repetitions in sanitizer builds, which look for
# memory errors on the same paths and run them several times slower (the
# gcc and clang configurations run all 20).
reps=${BRF_CLI_TEST_REPS:-20}
rep=1
while [ $rep -le "$reps" ]; do
  d=$tmp/d$rep
  day=10
  while [ $day -le 29 ]; do
    "$cli" --data-dir "$d" log --routine "$(rfile seed)" $sc --date 2025-03-$day </dev/null >/dev/null ||
      fail "seed $day exited $?"
    day=$((day + 1))
  done
  BRF_CLI_TEST_REPEAT=500 "$cli" --data-dir "$d" log --routine "$(rfile a)" $sc --date 2024-01-01 \
    </dev/null >"$tmp/a.out" 2>"$tmp/a.err" &
  pa=$!
  BRF_CLI_TEST_REPEAT=500 "$cli" --data-dir "$d" log --routine "$(rfile b)" $sc --date 2024-01-02 \
    </dev/null >"$tmp/b.out" 2>"$tmp/b.err" &
  pb=$!
  day=11
  while [ $day -le 30 ]; do
    "$cli" --data-dir "$d" log --morning --date 2025-03-$day --pain $((day % 11)) --tightness 4 \
      </dev/null >/dev/null 2>>"$tmp/m.err" || fail "rep $rep: morning $day exited $?"
    day=$((day + 1))
  done
  wait $pa || fail "rep $rep: writer a exited $?"
  wait $pb || fail "rep $rep: writer b exited $?"
  [ "$(grep -c Recorded "$tmp/a.out")" -eq 500 ] || fail "rep $rep: writer a recorded $(grep -c Recorded "$tmp/a.out")"
  j=$d/journal.jsonl
  a=$(grep -c '"routine":"a"' "$j")
  b=$(grep -c '"routine":"b"' "$j")
  [ $((a + b)) -eq 1000 ] || fail "rep $rep: $a + $b appended entries, expected 1000"
  m=$(grep -c '"routine":"seed".*"next_morning"' "$j")
  [ "$m" -eq 20 ] || fail "rep $rep: $m of 20 morning ratings"
  [ "$(grep -c . "$j")" -eq 1020 ] || fail "rep $rep: $(grep -c . "$j") lines, expected 1020"
  "$cli" --data-dir "$d" doctor >"$tmp/doc.out" 2>&1 || fail "rep $rep: doctor: $(cat "$tmp/doc.out")"
  [ "$fails" -eq 0 ] || break
  rm -rf "$d"
  rep=$((rep + 1))
done
finish "concurrency: ok ($reps x (2 x 500 appends beside 20 morning rewrites))"
