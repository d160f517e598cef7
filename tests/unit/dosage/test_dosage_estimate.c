/* The one time formula (docs/notation.md, "Time estimates"): the public
 * estimate and the internal brf__dosage_estimate that the routine and the
 * timeline call give the same numbers, built from the timing constants. */
#include <criterion/criterion.h>
#include <string.h>

#include "dosage/dosage_private.h"
#include "internal/dosage.h"
#include "internal/timing.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(estimate);

static brf_dosage *parse(const char *text) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &d), BRF_OK, "%s", text);
  return d;
}

static void expect_estimate(const char *text, int32_t modality, int64_t lo, int64_t hi) {
  brf_dosage *d = parse(text);
  int64_t a = -1, b = -1, c = -1, e = -1;
  cr_expect_eq(brf_dosage_estimate_for_modality_ms(d, modality, &a, &b), BRF_OK, "%s", text);
  cr_expect(a == lo && b == hi, "%s (modality %d): %lld-%lld ms, expected %lld-%lld", text,
            (int)modality, (long long)a, (long long)b, (long long)lo, (long long)hi);
  cr_expect_eq(brf__dosage_estimate(d, modality, &c, &e), BRF_OK);
  cr_expect(c == a && e == b, "the internal estimate agrees");
  if (modality == -1) {
    cr_expect_eq(brf_dosage_estimate_ms(d, &c, &e), BRF_OK);
    cr_expect(c == a && e == b);
  }
  brf_dosage_free(d);
}

Test(estimate, constants_match_the_specification) {
  cr_expect_eq(BRF__REP_MS_DEFAULT, 3000);
  cr_expect_eq(BRF__RELAX_MS, 3000);
  cr_expect_eq(BRF__REST_MS_DEFAULT, 30000);
  cr_expect_eq(BRF__SWITCH_MS, 5000);
  cr_expect_eq(BRF__GET_READY_MS, 10000);
  cr_expect_eq(BRF__TRANSITION_MS, 15000);
  for (int m = 0; m < BRF_MODALITY_COUNT; m++) {
    int slow = m == BRF_MODALITY_DYNAMIC_STRETCH || m == BRF_MODALITY_MOBILITY;
    cr_expect_eq(brf__rep_ms_by_modality[m], slow ? 4000 : 3000, "modality %d", m);
  }
}

Test(estimate, sets_of_reps_count_default_rep_time_and_default_rest) {
  /* 3 sets x (10 x 3 s) + 2 rests x 30 s */
  expect_estimate("3x10", -1, 3 * 30000 + 2 * 30000, 3 * 30000 + 2 * 30000);
  expect_estimate("3x10", BRF_MODALITY_STRENGTH, 150000, 150000);
  /* mobility reps take 4 s */
  expect_estimate("3x10", BRF_MODALITY_MOBILITY, 3 * 40000 + 2 * 30000, 3 * 40000 + 2 * 30000);
  expect_estimate("3x10", BRF_MODALITY_DYNAMIC_STRETCH, 180000, 180000);
  /* one set: no rest */
  expect_estimate("10 reps", -1, 30000, 30000);
  /* ranges: every field at its min, then at its max */
  expect_estimate("2-3x6-15", -1, 2 * 18000 + 30000, 3 * 45000 + 2 * 30000);
}

Test(estimate, tempo_and_rest_replace_the_defaults) {
  expect_estimate("2x5, tempo 4s, rest 45s", -1, 2 * 20000 + 45000, 2 * 20000 + 45000);
  expect_estimate("3x10, tempo 3s", -1, 150000, 150000);
  expect_estimate("2x5, rest 0s", -1, 2 * 15000, 2 * 15000);
}

Test(estimate, held_reps_count_the_hold_and_a_relax_between_reps) {
  /* alternating: 20 bouts of 20-30 s with 19 relaxes of 3 s */
  expect_estimate("10 reps, hold 20-30s, alternating", -1, 20 * 20000 + 19 * 3000,
                  20 * 30000 + 19 * 3000);
  /* the hold wins over the tempo */
  expect_estimate("5 reps, hold 10s, tempo 2s", -1, 5 * 10000 + 4 * 3000, 62000);
  expect_estimate("1 rep, hold 30s", -1, 30000, 30000);
}

Test(estimate, each_side_doubles_and_adds_one_switch) {
  expect_estimate("3x10, each side, rest 1min", -1, 2 * (3 * 30000 + 2 * 60000) + 5000,
                  2 * (3 * 30000 + 2 * 60000) + 5000);
  expect_estimate("10min, each side, 1-2x/day", -1, 2 * 600000 + 5000, 1205000);
  expect_estimate("10 reps, both sides", -1, 30000, 30000);
}

Test(estimate, durations_and_lone_holds) {
  expect_estimate("1-3x30-120s", -1, 30000, 3 * 120000 + 2 * 30000);
  expect_estimate("20min, every 1-2h, for 2-3d", BRF_MODALITY_COLD, 1200000, 1200000);
  expect_estimate("90s, alternating", -1, 180000, 180000);
  expect_estimate("hold 10s", -1, 10000, 10000);
  expect_estimate("hold 10s, alternating", -1, 20000, 20000);
  expect_estimate("2 sets, hold 30s", -1, 2 * 30000 + 30000, 90000);
  /* with reps, a duration does not count */
  expect_estimate("10 reps, 30s", -1, 30000, 30000);
}

Test(estimate, a_dose_without_session_time_is_invalid) {
  brf_dosage *d = parse("3x/week, for 6wk");
  int64_t a = 7, b = 7;
  cr_expect_eq(brf_dosage_estimate_ms(d, &a, &b), BRF_E_INVALID);
  cr_expect(a == 7 && b == 7, "outputs untouched");
  cr_expect(strstr(brf_context_errmsg(ctx), "no reps, duration or hold") != NULL);
  cr_expect_eq(brf__dosage_estimate(d, -1, &a, &b), BRF_E_INVALID);
  brf_dosage_free(d);
  cr_assert_eq(brf_dosage_new(ctx, &d), BRF_OK);
  cr_expect_eq(brf_dosage_estimate_ms(d, &a, &b), BRF_E_INVALID, "the empty dose");
  brf_dosage_free(d);
}

Test(estimate, bad_arguments) {
  brf_dosage *d = parse("3x10");
  int64_t a, b;
  cr_expect_eq(brf_dosage_estimate_ms(NULL, &a, &b), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_estimate_ms(d, NULL, &b), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_estimate_ms(d, &a, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_estimate_for_modality_ms(d, BRF_MODALITY_COUNT, &a, &b), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_estimate_for_modality_ms(d, -2, &a, &b), BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "-2") != NULL);
  cr_expect_eq(brf__dosage_estimate(d, 7, &a, &b), BRF_E_INVALID);
  cr_expect_eq(brf__dosage_estimate(NULL, -1, &a, &b), BRF_E_INVALID);
  brf_dosage_free(d);
}

Test(estimate, largest_doses_fit_and_overflow_is_a_range_error) {
  /* Every field at its upper bound fits in int64. */
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_new(ctx, &d), BRF_OK);
  for (int32_t f = 0; f < BRF_DOSE_FIELD_COUNT; f++) {
    int64_t hi;
    cr_assert_eq(brf_dosage_field_bounds(f, NULL, &hi), BRF_OK);
    cr_assert_eq(brf_dosage_set(d, f, f == BRF_DOSE_SIDES ? 2 : hi, hi), BRF_OK);
  }
  int64_t a, b;
  cr_expect_eq(brf_dosage_estimate_ms(d, &a, &b), BRF_OK);
  /* 100 sets x (2000 bouts x 1 h + 1999 x 3 s) + 99 x 1 h */
  cr_expect_eq(b, 100 * (2000 * INT64_C(3600000) + 1999 * 3000) + 99 * INT64_C(3600000));
  /* Past the bounds (white box) the arithmetic is still checked. */
  d->v.hi[BRF_DOSE_REPS] = INT64_MAX / 2;
  cr_expect_eq(brf_dosage_estimate_ms(d, &a, &b), BRF_E_RANGE);
  cr_expect_eq(brf__dosage_estimate(d, -1, &a, &b), BRF_E_RANGE);
  brf_dosage_free(d);
}

Test(estimate, internal_writers_match_the_public_text) {
  brf_dosage *d = parse("2-3x8-12, hold 5s, 30s, each side, tempo 2s, rest 60-90s, 1-2x/day, "
                        "3-5x/week, every 2h, for 2wk");
  brf__buf b;
  brf__buf_init(&b, ctx);
  brf__buf_puts(&b, "[");
  brf__dosage_append(&b, d);
  brf__buf_puts(&b, "] ");
  brf__dosage_append_time(&b, 172800000, 259200000);
  brf__buf_putc(&b, ' ');
  brf__dosage_append_time(&b, 0, 0);
  brf__buf_putc(&b, ' ');
  brf__dosage_append_time(&b, 1500, 1500);
  char *s = NULL;
  cr_assert_eq(brf__buf_take(&b, &s, NULL), BRF_OK);
  cr_expect_str_eq(s, "[2-3x8-12, hold 5s, 30s, each side, tempo 2s, rest 60-90s, 1-2x/day, "
                      "3-5x/week, every 2h, for 2wk] 2-3d 0s 1500ms");
  brf_free(ctx, s);
  brf_dosage_free(d);
}
