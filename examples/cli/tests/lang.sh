#!/bin/sh
# The language (docs/localisation.md, "The CLI"): --lang TAG, else LC_ALL,
# then LC_MESSAGES, then LANG (POSIX names such as de_AT.UTF-8 read as BCP 47
# tags; C and POSIX are English); --lang wins over the environment; an
# unusable --lang tag warns once on standard error and goes on in English
# with the same exit status; a language without texts in the environment
# falls back to English quietly. The catalog (exercise names) and the CLI's
# own lines follow the same language.
set -u
cli=$1
. "$(dirname "$0")/lib.sh"
nb=$(printf '\302\240') # French puts a no-break space before a colon
plan="plan --goal strengthen --minutes 15 --equipment mat,band"
# run [ENV=VALUE...] -- ARGS: the CLI in a clean locale environment
run() {
  envs=""
  while [ "$1" != -- ]; do envs="$envs $1"; shift; done
  shift
  # shellcheck disable=SC2086
  env -u LC_ALL -u LC_MESSAGES -u LANG $envs "$cli" --data-dir "$tmp/d" "$@" >"$tmp/out" 2>"$tmp/err"
}
# lang_of: the language the plan in $tmp/out is written in
lang_of() {
  if grep -q '^    Warum: ' "$tmp/out" && grep -q '^Gesamt: ' "$tmp/out" &&
     grep -q '^ 1\. Knie-Pendel' "$tmp/out" && grep -q '^Sicherheit: ' "$tmp/out"; then echo de
  elif grep -q '^    Por qué: ' "$tmp/out" && grep -q '^Total: .*con la preparación' "$tmp/out" &&
       grep -q '^Seguridad: ' "$tmp/out"; then echo es
  elif grep -q "^    Pourquoi$nb: " "$tmp/out" && grep -q "^Sécurité$nb: " "$tmp/out"; then echo fr
  elif grep -q '^    Why: ' "$tmp/out" && grep -q '^ 1\. Knee rolls' "$tmp/out" &&
       grep -q '^Safety: ' "$tmp/out"; then echo en
  else echo unknown
  fi
}
# expect WANT WHAT [ENV...] -- ARGS
expect() {
  want=$1 what=$2
  shift 2
  run "$@"
  st=$?
  got=$(lang_of)
  [ "$st" -eq 0 ] || fail "$what: exit $st"
  [ "$got" = "$want" ] || { fail "$what: the plan is in '$got', not '$want'"; head -5 "$tmp/out" >&2; }
}
# quiet: nothing about the language on standard error
quiet() { ! grep -qi 'lang\|English is used' "$tmp/err" || fail "$1: a warning: $(cat "$tmp/err")"; }

expect en "no locale" -- $plan; quiet "no locale"
expect de "--lang de" -- --lang de $plan; quiet "--lang de"
expect de "--lang=de-AT" -- --lang=de-AT $plan
expect de "--lang after the command" -- $plan --lang de
expect es "LANG=es_ES.UTF-8" LANG=es_ES.UTF-8 -- $plan; quiet "LANG=es_ES.UTF-8"
expect fr "LANG=fr_CA" LANG=fr_CA -- $plan
expect de "LANG=de_DE@euro" LANG=de_DE@euro -- $plan
expect fr "LC_ALL beats LANG" LC_ALL=fr_FR.UTF-8 LANG=es_ES.UTF-8 -- $plan
expect de "LC_MESSAGES beats LANG" LC_MESSAGES=de_AT.UTF-8 LANG=es_ES.UTF-8 -- $plan
expect fr "LC_ALL beats LC_MESSAGES" LC_ALL=fr_FR.UTF-8 LC_MESSAGES=de_DE.UTF-8 -- $plan
expect es "an empty LC_ALL is not set" LC_ALL= LANG=es_MX.UTF-8 -- $plan
expect de "--lang beats LC_ALL" LC_ALL=fr_FR.UTF-8 -- --lang de $plan
expect en "--lang en beats LANG" LANG=de_DE.UTF-8 -- --lang en-GB $plan; quiet "--lang en-GB"
expect en "LANG=C" LANG=C -- $plan; quiet "LANG=C"
expect en "LANG=C.UTF-8" LANG=C.UTF-8 -- $plan; quiet "LANG=C.UTF-8"
expect en "LC_ALL=POSIX" LC_ALL=POSIX LANG=de_DE.UTF-8 -- $plan; quiet "LC_ALL=POSIX"
expect en "LANG=sv_SE.UTF-8 (no texts)" LANG=sv_SE.UTF-8 -- $plan; quiet "LANG=sv_SE.UTF-8"

# An unusable --lang: one warning line, English, the same exit status.
for tag in 'german!' sv de_AT ''; do
  expect en "--lang '$tag'" LANG=fr_FR.UTF-8 -- --lang "$tag" $plan
  n=$(grep -c "warning: --lang '$tag'" "$tmp/err")
  [ "$n" -eq 1 ] || fail "--lang '$tag': $n warning lines: $(cat "$tmp/err")"
  grep "warning: --lang" "$tmp/err" | grep -q 'English is used' || fail "--lang '$tag': the warning does not say English"
done
run -- --lang 'german!' plan --goal nonsense --minutes 15
[ $? -eq 2 ] || fail "a bad --lang changed the usage error's exit status"
run -- --lang
[ $? -eq 2 ] || fail "--lang without a value is not a usage error"

# The CLI's own lines in each language: the durations, the rhythm, the notes.
run -- --lang de $plan
grep -q '^ 1\. Knie-Pendel  *1 Min\. 15 s$' "$tmp/out" || fail "de: the step time"
grep -q '^Der Wochenrhythmus (backrelief schedule' "$tmp/out" || fail "de: the rhythm heading"
grep -q '^Hinweise$' "$tmp/out" && grep -q '^Weggelassen (9)$' "$tmp/out" || fail "de: the notes headings"
run -- --lang es $plan
grep -q '^Descartados (9)$' "$tmp/out" || fail "es: left out"
grep -q '^El ritmo de la semana' "$tmp/out" || fail "es: the rhythm heading"
run -- --lang fr $plan
grep -q '^Écartés (9)$' "$tmp/out" || fail "fr: left out"
grep -q '^ 1\. Bascule des genoux  *1 min 15 s$' "$tmp/out" || fail "fr: the first step"

# The safety screen (asked by screen, and by plan and run when it is due) in
# the person's language: the questions come from the library's screening
# texts, the CLI's lines from its own; the language's yes letter answers yes.
ids=$("$cli" screen --list --json | sed -n 's/^ *{"id": "\([^"]*\)".*/\1/p')
first=$(echo "$ids" | head -n 1)
q_de=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["texts"]["redflag."+sys.argv[2]+".question"])' \
  "$(dirname "$0")/../../../data/i18n/de/screen.json" "$first")
yes "n" | head -n 40 >"$tmp/no"
"$cli" --data-dir "$tmp/d" --lang de screen --age 40 <"$tmp/no" >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 0 ] || fail "de screen, all no: exit $st ($(cat "$tmp/out"))"
grep -qF " 1. $q_de [j/n] n" "$tmp/out" || fail "de screen: the first question: $(head -n 3 "$tmp/out")"
grep -q '^Keine Warnzeichen\. Sie dürfen üben\.$' "$tmp/out" || fail "de screen: the outcome"
grep -q 'No warning\|\[y/n\]' "$tmp/out" && fail "de screen: English lines: $(cat "$tmp/out")"
{ echo o; yes n | head -n 40; } >"$tmp/yes1"
"$cli" --data-dir "$tmp/d" --lang fr screen --age 40 <"$tmp/yes1" >"$tmp/out" 2>&1; st=$?
[ "$st" -eq 3 ] || fail "fr screen, o to $first: exit $st, expected 3 ($(cat "$tmp/out"))"
grep -q '^Ne commencez pas les exercices' "$tmp/out" || fail "fr screen: the refusal: $(cat "$tmp/out")"
grep -q "\[$first\]" "$tmp/out" || fail "fr screen: the flag is not named"

# The language of the prompts and of run: log asks the ratings in German on a terminal
# (script(1) gives it one), and a word that is not a number is asked again.
if command -v script >/dev/null 2>&1; then
  printf 'x\n3\n\n\n\n' | env -u LC_ALL -u LC_MESSAGES LANG=de_DE.UTF-8 timeout 20 \
    script -qec "$cli --data-dir $tmp/d log --routine $(rfile r) --date 2026-12-01" /dev/null >"$tmp/out" 2>&1
  grep -q 'Schmerz vor der Sitzung (0 keiner .. 10 stärkster), Eingabetaste zum Überspringen:' "$tmp/out" ||
    fail "de: the rating question: $(cat "$tmp/out")"
  grep -q 'Bitte geben Sie eine ganze Zahl von 0 bis 10 ein\.' "$tmp/out" || fail "de: the retry line"
  grep -q 'Verspannung direkt danach (0..10), Eingabetaste' "$tmp/out" || fail "de: the last question"
  # run on a plain terminal (TERM=dumb), fast (the test build's
  # BRF_CLI_TEST_SPEED): the first line, the time left, the summary, the log
  env -u LC_ALL -u LC_MESSAGES LANG=de_DE.UTF-8 TERM=dumb BRF_CLI_TEST_SPEED=500 timeout 60 \
    script -qec "$cli --data-dir $tmp/d run --exercise cat-camel --pain-before 3 --tightness-before 4 --pain-after 2 --tightness-after 3 --log" \
    /dev/null </dev/null >"$tmp/out" 2>&1
  grep -q '1 Übung, 1 Min\. 27 s\. Tasten: Leertaste Pause, n nächste, b zurück, m Ton, q beenden' "$tmp/out" ||
    fail "de run: the first line: $(cat "$tmp/out")"
  grep -q '^noch [0-9]:[0-9][0-9]  ' "$tmp/out" || fail "de run: the time left"
  grep -q '^Sitzung beendet\.' "$tmp/out" || fail "de run: the summary"
  grep -q 'Katzenbuckel und Pferderücken .* von 1 Min\. 17 s' "$tmp/out" || fail "de run: the step's line"
  grep -q '^Sitzung (vollständig) eingetragen in ' "$tmp/out" || fail "de run: the log line"
  grep -q 'Sicherheit: Dies ist keine medizinische Beratung' "$tmp/out" || fail "de run: the safety note"
else
  echo "script(1) missing: the prompts and the run are not checked"
fi
finish "ok: --lang and LC_ALL, LC_MESSAGES, LANG"
