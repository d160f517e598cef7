/* Property: for at least 10,000 random valid doses, the canonical text
 * parses back to an equal dose, and formatting that dose gives the same
 * text again. The generator covers every field, every unit and both exact
 * values and ranges; every valid dose but the empty one has a notation, so
 * the generator only skips the empty dose. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

/* xorshift64*: deterministic, seeded here, so a failure reproduces. */
static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint64_t rng(void) {
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 0x2545F4914F6CDD1DULL;
}

/* Uniform-ish in lo..hi (hi - lo < 2^63). */
static int64_t between(int64_t lo, int64_t hi) {
  return lo + (int64_t)(rng() % (uint64_t)(hi - lo + 1));
}

static int is_time(int32_t f) {
  return f == BRF_DOSE_HOLD_MS || f == BRF_DOSE_DURATION_MS || f == BRF_DOSE_TEMPO_MS ||
         f == BRF_DOSE_REST_MS || f == BRF_DOSE_INTERVAL_MS || f == BRF_DOSE_WINDOW_MS;
}

/* A random range for field f within its bounds: times are whole numbers of
 * a random unit (so every unit of the notation is exercised), often small. */
static void random_range(int32_t f, int64_t *lo, int64_t *hi) {
  int64_t lowest, highest;
  cr_assert_eq(brf_dosage_field_bounds(f, &lowest, &highest), BRF_OK);
  if (f == BRF_DOSE_SIDES) {
    *lo = *hi = between(0, 2);
    return;
  }
  int64_t unit = 1;
  if (is_time(f)) {
    static const int64_t units[] = {1, 1000, 60000, 3600000, 86400000, 604800000};
    do unit = units[rng() % 6];
    while (highest / unit < 1);
  }
  int64_t top = highest / unit, bottom = lowest == 0 ? 0 : 1;
  if (rng() % 2) top = top < 120 ? top : 120; /* human-sized numbers half the time */
  *lo = between(bottom, top) * unit;
  *hi = rng() % 2 ? *lo : between(*lo / unit, top) * unit;
}

Test(property, ten_thousand_random_doses_round_trip) {
  brf_context *ctx = NULL;
  cr_assert_eq(brf_context_new(&ctx), BRF_OK);
  size_t done = 0, with_range = 0, fields_seen[BRF_DOSE_FIELD_COUNT] = {0};
  while (done < 12000) {
    brf_dosage *d = NULL;
    cr_assert_eq(brf_dosage_new(ctx, &d), BRF_OK);
    int any = 0;
    for (int32_t f = 0; f < BRF_DOSE_FIELD_COUNT; f++) {
      if (rng() % 3 != 0) continue; /* each field set a third of the time */
      int64_t lo, hi;
      random_range(f, &lo, &hi);
      cr_assert_eq(brf_dosage_set(d, f, lo, hi), BRF_OK, "%s %lld-%lld",
                   brf_dosage_field_name(f), (long long)lo, (long long)hi);
      fields_seen[f]++;
      with_range += lo != hi;
      any = 1;
    }
    if (!any) { /* the empty dose has no notation */
      brf_dosage_free(d);
      continue;
    }
    char *text = NULL;
    size_t len = 0;
    cr_assert_eq(brf_dosage_to_string(ctx, d, &text, &len), BRF_OK);
    brf_dosage *back = NULL;
    brf_status s = brf_dosage_parse(ctx, text, len, &back);
    cr_assert_eq(s, BRF_OK, "'%s' does not parse: %s", text, brf_context_errmsg(ctx));
    cr_assert(brf_dosage_equal(d, back), "'%s' parses to a different dose", text);
    char again[512];
    cr_assert_eq(brf_dosage_format(back, again, sizeof again, NULL), BRF_OK);
    cr_assert_str_eq(again, text, "formatting is not a fixed point");
    brf_free(ctx, text);
    brf_dosage_free(back);
    brf_dosage_free(d);
    done++;
  }
  for (int32_t f = 0; f < BRF_DOSE_FIELD_COUNT; f++)
    cr_expect_gt(fields_seen[f], 2000, "%s rarely generated", brf_dosage_field_name(f));
  cr_expect_gt(with_range, 5000);
  brf_context_free(ctx);
}

/* Property: text made of notation tokens in random order either parses to
 * a dose whose canonical text parses back to an equal dose, or fails with
 * BRF_E_PARSE or BRF_E_RANGE at a column inside the text (or just past it). */
Test(property, random_token_soup_parses_or_fails_with_a_position) {
  static const char *const pieces[] = {
      "3", "10", "0", "2-3", "x", "X", " ", ",", "-", "/", "reps", "rep", "sets", "hold",
      "tempo", "rest", "for", "every", "other", "day", "week", "daily", "each", "side", "per",
      "both", "sides", "alternating", "s", "min", "h", "d", "wk", "ms", "times", "a", "\xC3\x97",
      "\xE2\x80\x93", "99999999999999999999", "?", "\xFF", "1001", "25"};
  brf_context *ctx = NULL;
  cr_assert_eq(brf_context_new(&ctx), BRF_OK);
  size_t parsed = 0, rejected = 0;
  for (int round = 0; round < 20000; round++) {
    char text[128];
    size_t len = 0, n = 1 + rng() % 6;
    for (size_t i = 0; i < n; i++) {
      /* Numbers first in a clause more often than not, so that doses happen. */
      static const char *const numbers[] = {"3", "10", "2-3", "1-2", "30", "0"};
      const char *p = (i % 2 == 0 && rng() % 4 != 0)
                          ? numbers[rng() % (sizeof numbers / sizeof numbers[0])]
                          : pieces[rng() % (sizeof pieces / sizeof pieces[0])];
      size_t pl = strlen(p);
      if (len + pl >= sizeof text) break;
      memcpy(text + len, p, pl);
      len += pl;
    }
    text[len] = '\0';
    brf_dosage *d = NULL;
    brf_status s = brf_dosage_parse(ctx, text, len, &d);
    if (s == BRF_OK) {
      parsed++;
      char *canon = NULL;
      size_t cl = 0;
      cr_assert_eq(brf_dosage_to_string(ctx, d, &canon, &cl), BRF_OK);
      brf_dosage *back = NULL;
      cr_assert_eq(brf_dosage_parse(ctx, canon, cl, &back), BRF_OK, "'%s' -> '%s'", text, canon);
      cr_assert(brf_dosage_equal(d, back), "'%s' -> '%s'", text, canon);
      brf_dosage_free(back);
      brf_free(ctx, canon);
      brf_dosage_free(d);
    } else {
      rejected++;
      cr_assert(s == BRF_E_PARSE || s == BRF_E_RANGE, "'%s': %s", text, brf_status_name(s));
      cr_assert_null(d);
      size_t col = brf_context_error_column(ctx);
      cr_assert(col >= 1 && col <= len + 1, "'%s': column %zu", text, col);
      cr_assert_gt(strlen(brf_context_errmsg(ctx)), 0);
    }
  }
  cr_expect_gt(parsed, 300, "the soup should often be a dose (%zu)", parsed);
  cr_expect_gt(rejected, 500);
  brf_context_free(ctx);
}
