/* The routine estimate is the one formula of TIMING.md: get-ready time,
 * every dose's own estimate (brf__dosage_estimate, which the timeline uses
 * too), and a transition between two steps. */
#include <criterion/criterion.h>

#include "internal/dosage.h"
#include "internal/timing.h"
#include "support.h"
#include "test_routine_fixture.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

static void setup(void) { cat = brf_test_routine_catalog(ctx); }
static void teardown(void) { brf_catalog_free(cat); }

BRF_TEST_CONTEXT_FIXTURE_WITH(routine_estimate, setup, teardown);

static void expect_formula(const brf_routine *r) {
  int64_t want_lo = 0, want_hi = 0;
  size_t n = brf_routine_step_count(r);
  if (n > 0) {
    want_lo = BRF__GET_READY_MS + (int64_t)(n - 1) * BRF__TRANSITION_MS;
    want_hi = want_lo;
  }
  for (size_t i = 0; i < n; i++) {
    int64_t a = 0, b = 0;
    cr_assert_eq(brf__dosage_estimate(brf_routine_step_dose(r, i), brf_routine_step_modality(r, i),
                                      &a, &b),
                 BRF_OK);
    want_lo += a;
    want_hi += b;
  }
  int64_t lo = -1, hi = -1;
  cr_assert_eq(brf_routine_estimate_ms(r, &lo, &hi), BRF_OK);
  cr_expect_eq(lo, want_lo);
  cr_expect_eq(hi, want_hi);
}

Test(routine_estimate, equals_ready_plus_doses_plus_transitions) {
  const char *ids[] = {"ball-glutes", "roll-lower-back", "glute-stretch", "back-stretch",
                       "bridge", "cat-camel", "warm-bath", "cold-pack", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  expect_formula(r);
  while (brf_routine_step_count(r) > 0) {
    cr_assert_eq(brf_routine_remove(r, 0), BRF_OK);
    expect_formula(r);
  }
  brf_routine_free(r);
}

Test(routine_estimate, known_values) {
  /* One step of "10 reps" for a mobility drill: 10 reps of 4 s. */
  const char *one[] = {"cat-camel", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, one);
  int64_t lo = 0, hi = 0;
  cr_assert_eq(brf_routine_estimate_ms(r, &lo, &hi), BRF_OK);
  cr_expect_eq(lo, 10000 + 40000);
  cr_expect_eq(hi, 10000 + 40000);
  /* Add "2-3x6-15" (strength, 3 s reps, 30 s default rest). */
  cr_assert_eq(brf_routine_append(r, brf_catalog_find(cat, "bridge"), NULL), BRF_OK);
  cr_assert_eq(brf_routine_estimate_ms(r, &lo, &hi), BRF_OK);
  cr_expect_eq(lo, 10000 + 40000 + 15000 + (2 * 18000 + 30000));
  cr_expect_eq(hi, 10000 + 40000 + 15000 + (3 * 45000 + 2 * 30000));
  cr_expect_eq(brf_routine_estimate_ms(r, NULL, NULL), BRF_OK);
  brf_routine_free(r);
}
