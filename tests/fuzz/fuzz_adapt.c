/* Fuzz target (composing, issue 27): journal -> adherence -> adaptation.
 * The input builds a routine (and optionally the previous and starting
 * routines) from built-in exercises, a journal of up to 32 entries through
 * the API (dates around today, ratings, steps, one of two routine names),
 * and optionally a screen with red-flag answers; then asks brf_adapt_next.
 * Checked, from adapt.h, journal.h and docs/adaptation.md:
 * - brf_adapt_next answers BRF_OK with one of its six outcomes (never the
 *   phase advance, taper or flare-up ones), at least one reason, and, for
 *   progress, an adapted routine within the time budget;
 * - a negative budget is BRF_E_INVALID; the same call twice gives the same
 *   suggestion; the journal written as JSONL and loaded back gives the same
 *   suggestion (adaptation reads only what the journal keeps);
 * - the adapted routine writes to JSON that reads back to the same bytes;
 * - adherence: done sessions within the journal, a percentage 0..100 or
 *   unset; brf_adapt_suggest (v1) answers BRF_OK with a v1 outcome. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken promise: say which, then abort (libFuzzer keeps the input). */
#define CHECK(c)                                                                \
  do {                                                                          \
    if (!(c)) {                                                                 \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);    \
      abort();                                                                  \
    }                                                                           \
  } while (0)

#define TODAY 20454 /* 2026-01-01 */

static brf_context *ctx;
static brf_catalog *cat;

static uint8_t take(const uint8_t **p, size_t *n) {
  if (*n == 0) return 0;
  (*n)--;
  return *(*p)++;
}

/* 0..10, or unset for 11 and above. */
static int32_t rating(uint8_t b) { return b % 13u > 10u ? BRF_JOURNAL_UNSET : (int32_t)(b % 13u); }

static brf_routine *routine_of(const uint8_t **p, size_t *n, const char *name) {
  brf_routine *r = NULL;
  CHECK(brf_routine_new(ctx, &r) == BRF_OK);
  CHECK(brf_routine_set_name(r, name) == BRF_OK);
  size_t want = 1 + take(p, n) % 4u;
  for (size_t i = 0; i < want && *n > 0; i++) {
    const brf_exercise *ex = brf_catalog_at(cat, take(p, n) % brf_catalog_count(cat));
    uint8_t how = take(p, n);
    brf_dosage *dose = NULL;
    if (how & 0x80u) { /* a dose text of up to 31 bytes */
      size_t len = how & 31u;
      if (len > *n) len = *n;
      if (brf_dosage_parse(ctx, (const char *)*p, len, &dose) != BRF_OK) dose = NULL;
      *p += len;
      *n -= len;
    }
    brf_status s = brf_routine_append(r, ex, dose);
    CHECK(s == BRF_OK || s == BRF_E_INVALID || s == BRF_E_PARSE || s == BRF_E_RANGE);
    if (s == BRF_OK && (how & 0x40u))
      (void)brf_routine_step_set_phase(r, brf_routine_step_count(r) - 1, how % 4);
    brf_dosage_free(dose);
  }
  if (brf_routine_step_count(r) == 0) {
    brf_routine_free(r);
    return NULL;
  }
  return r;
}

static char *json_of(const brf_routine *r, size_t *len) {
  char *t = NULL;
  *len = 0;
  if (r == NULL) return NULL;
  brf_status s = brf_routine_to_json(ctx, r, 0, &t, len);
  CHECK(s == BRF_OK || s == BRF_E_RANGE || s == BRF_E_LIMIT);
  return t;
}

/* Two suggestions are the same: outcome, frequency, reasons and routine. */
static void same(const brf_adapt_suggestion *a, const brf_adapt_suggestion *b) {
  CHECK(brf_adapt_suggestion_outcome(a) == brf_adapt_suggestion_outcome(b));
  const char *fa = NULL, *fb = NULL;
  CHECK(brf_adapt_suggestion_frequency_get(a, &fa) == BRF_OK);
  CHECK(brf_adapt_suggestion_frequency_get(b, &fb) == BRF_OK);
  CHECK((fa == NULL) == (fb == NULL) && (fa == NULL || strcmp(fa, fb) == 0));
  const brf_advice *ra = brf_adapt_suggestion_reasons(a), *rb = brf_adapt_suggestion_reasons(b);
  CHECK(brf_advice_count(ra) == brf_advice_count(rb));
  for (size_t i = 0; i < brf_advice_count(ra); i++) {
    CHECK(strcmp(brf_advice_rule(ra, i), brf_advice_rule(rb, i)) == 0);
    CHECK(strcmp(brf_advice_message(ra, i), brf_advice_message(rb, i)) == 0);
  }
  const brf_routine *xa = NULL, *xb = NULL;
  CHECK(brf_adapt_suggestion_routine_get(a, &xa) == BRF_OK);
  CHECK(brf_adapt_suggestion_routine_get(b, &xb) == BRF_OK);
  CHECK((xa == NULL) == (xb == NULL));
  size_t la = 0, lb = 0;
  char *ja = json_of(xa, &la), *jb = json_of(xb, &lb);
  CHECK(la == lb && (la == 0 || memcmp(ja, jb, la) == 0));
  brf_free(ctx, ja);
  brf_free(ctx, jb);
}

static void check_suggestion(const brf_adapt_suggestion *sg, int64_t budget) {
  int32_t o = brf_adapt_suggestion_outcome(sg);
  CHECK(o == BRF_ADAPT_INSUFFICIENT_DATA || o == BRF_ADAPT_PROGRESS || o == BRF_ADAPT_HOLD ||
        o == BRF_ADAPT_REGRESS || o == BRF_ADAPT_RESTART || o == BRF_ADAPT_REFER);
  const brf_advice *reasons = brf_adapt_suggestion_reasons(sg);
  CHECK(reasons != NULL && brf_advice_count(reasons) > 0);
  for (size_t i = 0; i < brf_advice_count(reasons); i++)
    CHECK(brf_advice_rule(reasons, i) != NULL && brf_advice_message(reasons, i) != NULL);
  const brf_routine *adapted = NULL;
  CHECK(brf_adapt_suggestion_routine_get(sg, &adapted) == BRF_OK);
  if (o == BRF_ADAPT_PROGRESS) CHECK(adapted != NULL);
  if (adapted == NULL) return;
  CHECK(brf_routine_step_count(adapted) > 0);
  int64_t lo = 0, hi = 0;
  if (brf_routine_estimate_ms(adapted, &lo, &hi) == BRF_OK && o == BRF_ADAPT_PROGRESS && budget > 0)
    CHECK(hi <= budget);
  /* what the person saves must read back */
  size_t len = 0, len2 = 0;
  char *text = json_of(adapted, &len), *again = NULL;
  if (text == NULL) return;
  brf_routine *back = NULL;
  CHECK(brf_routine_from_json(ctx, text, len, cat, 0, &back) == BRF_OK);
  again = json_of(back, &len2);
  CHECK(len == len2 && memcmp(text, again, len) == 0);
  brf_free(ctx, text);
  brf_free(ctx, again);
  brf_routine_free(back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!ctx) {
    if (brf_context_new(&ctx) != BRF_OK) abort();
    if (brf_catalog_new_builtin(ctx, &cat) != BRF_OK) cat = NULL;
  }
  if (cat == NULL || brf_catalog_count(cat) == 0 || size < 4) return 0;
  uint8_t flags = take(&data, &size);
  uint8_t change = take(&data, &size);
  int32_t today = TODAY + take(&data, &size);
  int64_t budget = (int64_t)take(&data, &size) * 30000; /* 0 (none) to about 2 h */
  int32_t last_change = change == 0xff ? -1 : today - change % 64;
  const char *name = flags & 1u ? "" : "Morning";
  brf_routine *r = routine_of(&data, &size, name);
  if (r == NULL) return 0;
  brf_routine *previous = flags & 2u ? routine_of(&data, &size, name) : NULL;
  brf_routine *start = flags & 4u ? routine_of(&data, &size, name) : NULL;
  brf_screen *screen = NULL;
  if (flags & 8u) {
    CHECK(brf_screen_new(ctx, &screen) == BRF_OK);
    uint8_t answers = take(&data, &size);
    for (int k = 0; k < 3 && (answers >> k & 1u); k++) {
      size_t flag = take(&data, &size) % brf_redflag_count();
      CHECK(brf_screen_answer(screen, brf_redflag_id(flag), 1) == BRF_OK);
    }
    if (answers & 0x80u) CHECK(brf_screen_set_age(screen, 10 + answers % 80) == BRF_OK);
  }
  brf_journal *j = NULL;
  CHECK(brf_journal_new(ctx, &j) == BRF_OK);
  size_t entries = take(&data, &size) % 33u;
  for (size_t e = 0; e < entries && size >= 4; e++) {
    uint8_t day = take(&data, &size), who = take(&data, &size);
    uint8_t before = take(&data, &size), after = take(&data, &size);
    size_t at = 0;
    const char *rn = who & 1u ? "Other" : name;
    /* days before today mostly; a few after it (left out, named) */
    CHECK(brf_journal_add(j, today - 60 + day % 64, who & 2u ? 480 : BRF_JOURNAL_UNSET, rn, &at) ==
          BRF_OK);
    CHECK(brf_journal_entry_set_pain(j, at, BRF_JOURNAL_BEFORE, rating(before)) == BRF_OK);
    CHECK(brf_journal_entry_set_pain(j, at, BRF_JOURNAL_AFTER, rating(after)) == BRF_OK);
    if (who & 4u) {
      uint8_t m = take(&data, &size), t = take(&data, &size);
      CHECK(brf_journal_entry_set_next_morning(j, at, rating(m), rating(t)) == BRF_OK);
      CHECK(brf_journal_entry_set_tightness(j, at, BRF_JOURNAL_BEFORE, rating(t >> 4)) == BRF_OK);
      CHECK(brf_journal_entry_set_effort(j, at, rating(m >> 4)) == BRF_OK);
    }
    if (who & 8u) { /* per-step statuses of the routine's steps */
      uint8_t st = take(&data, &size);
      for (size_t k = 0; k < brf_routine_step_count(r); k++)
        CHECK(brf_journal_entry_add_step(j, at, brf_routine_step_exercise_id(r, k),
                                         (int32_t)((st >> (2 * (k % 4))) % 3u)) == BRF_OK);
    }
  }

  brf_adapt_suggestion *sg = NULL, *again = NULL, *reloaded = NULL;
  CHECK(brf_adapt_next(ctx, j, r, previous, start, cat, NULL, screen, today, last_change, -1,
                       &sg) == BRF_E_INVALID &&
        sg == NULL);
  CHECK(brf_adapt_next(ctx, j, r, previous, start, cat, NULL, screen, today, last_change, budget,
                       &sg) == BRF_OK);
  check_suggestion(sg, budget);
  CHECK(brf_adapt_next(ctx, j, r, previous, start, cat, NULL, screen, today, last_change, budget,
                       &again) == BRF_OK);
  same(sg, again);

  char *text = NULL;
  size_t len = 0;
  brf_journal *back = NULL;
  CHECK(brf_journal_to_jsonl(ctx, j, &text, &len) == BRF_OK);
  CHECK(brf_journal_load(ctx, text, len, &back) == BRF_OK);
  CHECK(brf_journal_count(back) == brf_journal_count(j));
  CHECK(brf_adapt_next(ctx, back, r, previous, start, cat, NULL, screen, today, last_change,
                       budget, &reloaded) == BRF_OK);
  same(sg, reloaded);

  int64_t done = -1;
  int32_t percent = -2;
  int64_t prescribed = size > 0 ? data[0] % 40 : 0;
  CHECK(brf_journal_adherence(j, today - 27, today, prescribed, &done, &percent) == BRF_OK);
  CHECK(done >= 0 && (size_t)done <= brf_journal_count(j));
  CHECK(prescribed == 0 ? percent == BRF_JOURNAL_UNSET : (percent >= 0 && percent <= 100));
  int32_t days[4] = {today - 6, today - 4, today - 2, today};
  int64_t wp = -1, wd = -1;
  CHECK(brf_journal_adherence_week(j, days, 4, today, &wp, &wd, &percent) == BRF_OK);
  CHECK(wp >= 1 && wp <= 4 && wd >= 0 && (percent == BRF_JOURNAL_UNSET || percent <= 100));

  brf_adapt_suggestion *v1 = NULL;
  CHECK(brf_adapt_suggest(ctx, j, r, cat, NULL, screen, &v1) == BRF_OK);
  int32_t o1 = brf_adapt_suggestion_outcome(v1);
  CHECK(o1 >= 0 && o1 < BRF_ADAPT_OUTCOME_COUNT && o1 != BRF_ADAPT_RESTART);

  brf_adapt_suggestion_free(v1);
  brf_free(ctx, text);
  brf_journal_free(back);
  brf_adapt_suggestion_free(sg);
  brf_adapt_suggestion_free(again);
  brf_adapt_suggestion_free(reloaded);
  brf_journal_free(j);
  brf_screen_free(screen);
  brf_routine_free(start);
  brf_routine_free(previous);
  brf_routine_free(r);
  return 0;
}
