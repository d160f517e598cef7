/* A dose as a person reads it (brf_dosage_describe, issue 26 item 3): every
 * shape of the notation (volume, holds, durations, sides, tempo, rest, daily,
 * N times a day or week, every other day, every T, windows) in English,
 * German, Spanish and French, against texts written by hand from
 * data/i18n/<tag>/dose.json before the code ran; plurals (1 against 2);
 * numbers the local way (1.000, 1 000 with a narrow no-break space, 1,5 s);
 * English equal to the notation of brf_dosage_format for every example and
 * for random doses; the fallbacks; the caller-buffer convention; NULLs.
 * French's "one" for 0 cannot show: every count of a dose starts at 1
 * (docs/notation.md, "Bounds"), and a zero time ("0 s") has no plural; the
 * formatter's 0, 1, 2, 5 and 21 are tested in test_locale_format_internal.c. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(describe);

typedef struct shape {
  const char *input; /* parsed with brf_dosage_parse */
  const char *en, *de, *es, *fr;
} shape;

#define NNBSP "\xe2\x80\xaf" /* U+202F, French digit grouping */

static const shape shapes[] = {
    {"3x10", "3x10", "3 × 10 Wiederholungen", "3 × 10 repeticiones", "3 × 10 répétitions"},
    {"3x1", "3x1", "3 × 1 Wiederholung", "3 × 1 repetición", "3 × 1 répétition"},
    {"2-3x6-15, each side, every other day", "2-3x6-15, each side, every other day",
     "2–3 × 6–15 Wiederholungen, auf jeder Seite, jeden zweiten Tag",
     "2–3 × 6–15 repeticiones, en cada lado, cada dos días",
     "2–3 × 6–15 répétitions, de chaque côté, un jour sur deux"},
    {"3 reps, hold 10s, alternating, daily", "3 reps, hold 10s, alternating, daily",
     "3 Wiederholungen, 10 s halten, Seiten abwechselnd, täglich",
     "3 repeticiones, mantener 10 s, alternando los lados, todos los días",
     "3 répétitions, tenir 10 s, en alternant les côtés, tous les jours"},
    {"1 rep", "1 rep", "1 Wiederholung", "1 repetición", "1 répétition"},
    {"2 reps", "2 reps", "2 Wiederholungen", "2 repeticiones", "2 répétitions"},
    {"hold 30s, 3x/week", "hold 30s, 3x/week", "30 s halten, 3 Mal pro Woche",
     "mantener 30 s, 3 veces por semana", "tenir 30 s, 3 fois par semaine"},
    {"10 min, daily", "10min, daily", "10 Min., täglich", "10 min, todos los días",
     "10 min, tous les jours"},
    {"20 min, every 1-2 h, for 48-72 h", "20min, every 1-2h, for 2-3d",
     "20 Min., alle 1–2 Stunden, 2–3 Tage lang", "20 min, cada 1–2 horas, durante 2–3 días",
     "20 min, toutes les 1–2 heures, pendant 2–3 jours"},
    {"1 set, hold 30s", "1 set, hold 30s", "1 Satz, 30 s halten", "1 serie, mantener 30 s",
     "1 série, tenir 30 s"},
    {"2 sets, hold 30 sec", "2 sets, hold 30s", "2 Sätze, 30 s halten", "2 series, mantener 30 s",
     "2 séries, tenir 30 s"},
    {"1-3 x 30-120 s", "1-3x30-120s", "1–3 × 30–120 s", "1–3 × 30–120 s", "1–3 × 30–120 s"},
    {"3x10, 45s, both sides, tempo 1500ms, rest 0s", "3x10, 45s, both sides, tempo 1500ms, rest 0s",
     "3 × 10 Wiederholungen, 45 s, beide Seiten zugleich, 1,5 s pro Wiederholung, ohne Pause",
     "3 × 10 repeticiones, 45 s, ambos lados a la vez, 1,5 s por repetición, sin descanso",
     "3 × 10 répétitions, 45 s, les deux côtés ensemble, 1,5 s par répétition, sans repos"},
    {"3x10/side, rest 60s, 2x/day", "3x10, each side, rest 1min, 2x/day",
     "3 × 10 Wiederholungen, auf jeder Seite, 1 Min. Pause, 2 Mal am Tag",
     "3 × 10 repeticiones, en cada lado, 1 min de descanso, 2 veces al día",
     "3 × 10 répétitions, de chaque côté, 1 min de repos, 2 fois par jour"},
    {"8h, every 1d, for 1wk", "8h, every 1d, for 1wk", "8 Stunden, jeden Tag, 1 Woche lang",
     "8 horas, cada día, durante 1 semana", "8 heures, tous les jours, pendant 1 semaine"},
    {"20min, every 1h, for 6wk", "20min, every 1h, for 6wk", "20 Min., jede Stunde, 6 Wochen lang",
     "20 min, cada hora, durante 6 semanas", "20 min, toutes les heures, pendant 6 semaines"},
    {"every 30min, for 1-2d", "every 30min, for 1-2d", "alle 30 Min., 1–2 Tage lang",
     "cada 30 min, durante 1–2 días", "toutes les 30 min, pendant 1–2 jours"},
    {"every 1min", "every 1min", "jede Minute", "cada minuto", "chaque minute"},
    {"every 2wk", "every 2wk", "alle 2 Wochen", "cada 2 semanas", "toutes les 2 semaines"},
    {"every 1wk", "every 1wk", "jede Woche", "cada semana", "toutes les semaines"},
    {"every 3d", "every 3d", "alle 3 Tage", "cada 3 días", "tous les 3 jours"},
    {"1x/week", "1x/week", "1 Mal pro Woche", "1 vez por semana", "1 fois par semaine"},
    {"1-2x/day", "1-2x/day", "1–2 Mal am Tag", "1–2 veces al día", "1–2 fois par jour"},
    {"1000 reps", "1000 reps", "1.000 Wiederholungen", "1000 repeticiones",
     "1" NNBSP "000 répétitions"},
    {"hold 1h", "hold 1h", "1 Stunde halten", "mantener 1 hora", "tenir 1 heure"},
    {"2h", "2h", "2 Stunden", "2 horas", "2 heures"},
    {"tempo 250ms", "tempo 250ms", "250 ms pro Wiederholung", "250 ms por repetición",
     "250 ms par répétition"},
    {"tempo 1250-2000ms", "tempo 1250-2000ms", "1,25–2 s pro Wiederholung",
     "1,25–2 s por repetición", "1,25–2 s par répétition"},
    {"rest 0-30s", "rest 0-30s", "0–30 s Pause", "0–30 s de descanso", "0–30 s de repos"},
    {"90s", "90s", "90 s", "90 s", "90 s"},
    {"for 1d", "for 1d", "1 Tag lang", "durante 1 día", "pendant 1 jour"},
};
#define NSHAPES (sizeof shapes / sizeof shapes[0])

static brf_dosage *parse(const char *text) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &d), BRF_OK, "%s: %s", text,
               brf_context_errmsg(ctx));
  return d;
}

static void expect(const brf_dosage *d, const char *locale, const char *want, const char *input) {
  char buf[512];
  size_t needed = 0;
  cr_assert_eq(brf_dosage_describe(d, locale, buf, sizeof buf, &needed), BRF_OK, "%s", input);
  cr_expect_str_eq(buf, want, "%s in %s", input, locale);
  cr_expect_eq(needed, strlen(want) + 1, "%s in %s", input, locale);
}

/* English is the notation: what brf_dosage_format writes, byte for byte. */
Test(describe, english_is_the_notation) {
  for (size_t i = 0; i < NSHAPES; i++) {
    brf_dosage *d = parse(shapes[i].input);
    char canon[512];
    cr_assert_eq(brf_dosage_format(d, canon, sizeof canon, NULL), BRF_OK);
    cr_expect_str_eq(canon, shapes[i].en, "%s", shapes[i].input);
    expect(d, "en", shapes[i].en, shapes[i].input);
    expect(d, "en-GB", shapes[i].en, shapes[i].input);
    brf_dosage_free(d);
  }
}

#ifdef BRF_WITH_TRANSLATIONS
Test(describe, every_shape_in_german_spanish_french) {
  for (size_t i = 0; i < NSHAPES; i++) {
    brf_dosage *d = parse(shapes[i].input);
    expect(d, "de", shapes[i].de, shapes[i].input);
    expect(d, "es", shapes[i].es, shapes[i].input);
    expect(d, "fr", shapes[i].fr, shapes[i].input);
    brf_dosage_free(d);
  }
}

/* Tags fall back as brf_context_set_locale's do; the context's locale does
 * not matter (the argument does). */
Test(describe, regional_tags_and_case) {
  brf_dosage *d = parse("3x10/side, rest 60s, 2x/day");
  expect(d, "de-AT", shapes[13].de, "de-AT");
  expect(d, "DE-ch", shapes[13].de, "DE-ch");
  expect(d, "es-419", shapes[13].es, "es-419");
  expect(d, "fr-CA", shapes[13].fr, "fr-CA");
  cr_assert_eq(brf_context_set_locale(ctx, "fr"), BRF_OK);
  expect(d, "de", shapes[13].de, "de with a French context");
  brf_dosage_free(d);
}
#endif

/* A language without texts, or a malformed tag, reads English, with BRF_OK. */
Test(describe, fallbacks_read_english) {
  static const char *const tags[] = {"sv", "pt-BR", "x-private", "de_AT", "", "german!", "de-"};
  brf_dosage *d = parse("3 reps, hold 10s, alternating, daily");
  for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
    expect(d, tags[i], "3 reps, hold 10s, alternating, daily", tags[i]);
  brf_dosage_free(d);
}

Test(describe, empty_dose_is_empty_text) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_new(ctx, &d), BRF_OK);
  expect(d, "de", "", "empty");
  expect(d, "en", "", "empty");
  brf_dosage_free(d);
}

/* docs/conventions.md, caller buffers: a size query (cap 0) keeps the last
 * error; a buffer one byte short holds "" and says what it needs; an exact
 * buffer fits. */
Test(describe, caller_buffer) {
  brf_dosage *d = parse("3x10/side, rest 60s, 2x/day");
  const char *want = shapes[13].en;
#ifdef BRF_WITH_TRANSLATIONS
  want = shapes[13].de;
#endif
  size_t n = strlen(want), needed = 0;
  brf_dosage_get(d, BRF_DOSE_HOLD_MS, NULL, NULL); /* leaves BRF_E_NOT_FOUND */
  cr_assert_eq(brf_context_errcode(ctx), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_dosage_describe(d, "de", NULL, 0, &needed), BRF_E_BUFFER_TOO_SMALL);
  cr_expect_eq(needed, n + 1);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_NOT_FOUND, "a size query keeps the last error");
  char *buf = malloc(n + 1);
  memset(buf, 'x', n + 1);
  needed = 0;
  cr_expect_eq(brf_dosage_describe(d, "de", buf, n, &needed), BRF_E_BUFFER_TOO_SMALL);
  cr_expect_str_eq(buf, "");
  cr_expect_eq(needed, n + 1);
  cr_expect_eq(brf_dosage_describe(d, "de", buf, n + 1, NULL), BRF_OK);
  cr_expect_str_eq(buf, want);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK, "success clears the error");
  free(buf);
  brf_dosage_free(d);
}

Test(describe, null_arguments) {
  brf_dosage *d = parse("3x10");
  char buf[64] = "unchanged";
  cr_expect_eq(brf_dosage_describe(NULL, "de", buf, sizeof buf, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_describe(d, NULL, buf, sizeof buf, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "locale") != NULL);
  cr_expect_eq(brf_dosage_describe(d, "de", NULL, 8, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_describe(d, "de", NULL, 0, NULL), BRF_E_BUFFER_TOO_SMALL);
  brf_dosage_free(d);
}

/* Random valid doses: English is the notation, every language writes some
 * text that fits the size it asks for. */
Test(describe, random_doses) {
  srand(26);
  for (int k = 0; k < 2000; k++) {
    brf_dosage *d = NULL;
    cr_assert_eq(brf_dosage_new(ctx, &d), BRF_OK);
    for (int32_t f = 0; f < BRF_DOSE_FIELD_COUNT; f++) {
      if (rand() % 3 != 0) continue;
      int64_t lo = 0, hi = 0;
      brf_dosage_field_bounds(f, &lo, &hi);
      int64_t unit = (f == BRF_DOSE_HOLD_MS || f == BRF_DOSE_DURATION_MS || f == BRF_DOSE_TEMPO_MS ||
                      f == BRF_DOSE_REST_MS || f == BRF_DOSE_INTERVAL_MS || f == BRF_DOSE_WINDOW_MS)
                         ? (rand() % 2 ? 1000 : 250)
                         : 1;
      int64_t a = lo + (rand() % 50) * unit, b = a + (rand() % 3) * unit;
      if (f == BRF_DOSE_SIDES) b = a = rand() % 3;
      if (a < lo) a = lo;
      if (b > hi) b = hi;
      if (a > b) a = b;
      brf_dosage_set(d, f, a, b);
    }
    char canon[512], en[512], other[512];
    cr_assert_eq(brf_dosage_format(d, canon, sizeof canon, NULL), BRF_OK);
    cr_assert_eq(brf_dosage_describe(d, "en", en, sizeof en, NULL), BRF_OK);
    cr_assert_str_eq(en, canon);
    static const char *const langs[] = {"de", "es", "fr"};
    for (size_t l = 0; l < 3; l++) {
      size_t needed = 0;
      cr_assert_eq(brf_dosage_describe(d, langs[l], other, sizeof other, &needed), BRF_OK, "%s", canon);
      cr_assert_eq(needed, strlen(other) + 1);
      cr_assert_eq(strlen(other) == 0, strlen(canon) == 0, "%s in %s", canon, langs[l]);
    }
    brf_dosage_free(d);
  }
}
