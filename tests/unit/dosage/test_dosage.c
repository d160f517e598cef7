/* The dose model: fields, bounds, get/set/unset, equality, copies, and the
 * caller-buffer and owned-string formatting contracts. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(dosage);

Test(dosage, field_codes_are_pinned) {
  cr_expect_eq(BRF_DOSE_SETS, 0);
  cr_expect_eq(BRF_DOSE_REPS, 1);
  cr_expect_eq(BRF_DOSE_HOLD_MS, 2);
  cr_expect_eq(BRF_DOSE_DURATION_MS, 3);
  cr_expect_eq(BRF_DOSE_SIDES, 4);
  cr_expect_eq(BRF_DOSE_TEMPO_MS, 5);
  cr_expect_eq(BRF_DOSE_REST_MS, 6);
  cr_expect_eq(BRF_DOSE_PER_DAY, 7);
  cr_expect_eq(BRF_DOSE_PER_WEEK, 8);
  cr_expect_eq(BRF_DOSE_INTERVAL_MS, 9);
  cr_expect_eq(BRF_DOSE_WINDOW_MS, 10);
  cr_expect_eq(BRF_DOSE_FIELD_COUNT, 11);
}

Test(dosage, new_dose_is_empty_and_every_field_unset) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_new(ctx, &d), BRF_OK);
  cr_expect_eq(brf_dosage_is_empty(d), 1);
  for (int32_t f = 0; f < BRF_DOSE_FIELD_COUNT; f++) {
    int64_t lo = 77, hi = 77;
    cr_expect_eq(brf_dosage_get(d, f, &lo, &hi), BRF_E_NOT_FOUND);
    cr_expect(lo == 77 && hi == 77, "outputs untouched");
  }
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_NOT_FOUND, "errors go to the dose's context");
  char buf[8];
  size_t needed = 0;
  cr_expect_eq(brf_dosage_format(d, buf, sizeof buf, &needed), BRF_OK);
  cr_expect_str_eq(buf, "");
  cr_expect_eq(needed, 1);
  brf_dosage_free(d);
}

Test(dosage, set_get_unset_round_trip) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_new(ctx, &d), BRF_OK);
  cr_expect_eq(brf_dosage_set(d, BRF_DOSE_HOLD_MS, 20000, 30000), BRF_OK);
  int64_t lo = 0, hi = 0;
  cr_expect_eq(brf_dosage_get(d, BRF_DOSE_HOLD_MS, &lo, &hi), BRF_OK);
  cr_expect(lo == 20000 && hi == 30000);
  cr_expect_eq(brf_dosage_get(d, BRF_DOSE_HOLD_MS, NULL, NULL), BRF_OK);
  cr_expect_eq(brf_dosage_is_empty(d), 0);
  cr_expect_eq(brf_dosage_set(d, BRF_DOSE_HOLD_MS, 10000, 10000), BRF_OK, "set replaces");
  cr_expect_eq(brf_dosage_get(d, BRF_DOSE_HOLD_MS, &lo, &hi), BRF_OK);
  cr_expect(lo == 10000 && hi == 10000);
  cr_expect_eq(brf_dosage_unset(d, BRF_DOSE_HOLD_MS), BRF_OK);
  cr_expect_eq(brf_dosage_get(d, BRF_DOSE_HOLD_MS, &lo, &hi), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_dosage_unset(d, BRF_DOSE_HOLD_MS), BRF_OK, "unsetting twice is fine");
  cr_expect_eq(brf_dosage_is_empty(d), 1);
  brf_dosage_free(d);
}

Test(dosage, set_rejects_out_of_bounds_and_leaves_the_dose_unchanged) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_dosage_set(d, BRF_DOSE_SETS, 3, 3), BRF_OK);
  static const struct {
    int32_t field;
    int64_t lo, hi;
  } bad[] = {
      {BRF_DOSE_SETS, 0, 3},        {BRF_DOSE_SETS, 5, 4},        {BRF_DOSE_SETS, 1, 101},
      {BRF_DOSE_REPS, 0, 10},       {BRF_DOSE_REPS, 1, 1001},     {BRF_DOSE_HOLD_MS, 0, 1},
      {BRF_DOSE_HOLD_MS, 1, 3600001}, {BRF_DOSE_DURATION_MS, 1, 86400001},
      {BRF_DOSE_SIDES, 0, 1},       {BRF_DOSE_SIDES, 3, 3},       {BRF_DOSE_SIDES, -1, -1},
      {BRF_DOSE_TEMPO_MS, 0, 0},    {BRF_DOSE_REST_MS, -1, 0},    {BRF_DOSE_REST_MS, 0, 3600001},
      {BRF_DOSE_PER_DAY, 0, 1},     {BRF_DOSE_PER_DAY, 1, 25},    {BRF_DOSE_PER_WEEK, 1, 8},
      {BRF_DOSE_INTERVAL_MS, 0, 0}, {BRF_DOSE_INTERVAL_MS, 1, 52LL * 604800000 + 1},
      {BRF_DOSE_WINDOW_MS, 1, 104LL * 604800000 + 1}, {BRF_DOSE_SETS, INT64_MIN, INT64_MAX},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    cr_expect_eq(brf_dosage_set(d, bad[i].field, bad[i].lo, bad[i].hi), BRF_E_RANGE, "case %zu",
                 i);
    cr_expect(strstr(brf_context_errmsg(ctx), brf_dosage_field_name(bad[i].field)) != NULL,
              "message names the field: %s", brf_context_errmsg(ctx));
  }
  int64_t lo, hi;
  cr_expect_eq(brf_dosage_get(d, BRF_DOSE_SETS, &lo, &hi), BRF_OK);
  cr_expect(lo == 3 && hi == 3, "a rejected set changes nothing");
  cr_expect_eq(brf_dosage_get(d, BRF_DOSE_REPS, NULL, NULL), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_dosage_set(d, BRF_DOSE_REST_MS, 0, 0), BRF_OK, "rest may be zero");
  cr_expect_eq(brf_dosage_set(d, BRF_DOSE_SIDES, 2, 2), BRF_OK);
  brf_dosage_free(d);
}

Test(dosage, bounds_are_published) {
  static const int64_t want[][2] = {
      {1, 100}, {1, 1000}, {1, 3600000}, {1, 86400000}, {0, 2}, {1, 600000}, {0, 3600000},
      {1, 24}, {1, 7}, {1, 52LL * 604800000}, {1, 104LL * 604800000},
  };
  static const char *names[] = {"sets", "reps", "hold", "duration", "sides", "tempo", "rest",
                                "per-day", "per-week", "interval", "window"};
  for (int32_t f = 0; f < BRF_DOSE_FIELD_COUNT; f++) {
    int64_t lo = -5, hi = -5;
    cr_expect_eq(brf_dosage_field_bounds(f, &lo, &hi), BRF_OK);
    cr_expect(lo == want[f][0] && hi == want[f][1], "%s", names[f]);
    cr_expect_str_eq(brf_dosage_field_name(f), names[f]);
  }
  cr_expect_eq(brf_dosage_field_bounds(BRF_DOSE_FIELD_COUNT, NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_field_bounds(-1, NULL, NULL), BRF_E_INVALID);
  cr_expect_null(brf_dosage_field_name(11));
  cr_expect_null(brf_dosage_field_name(-1));
}

Test(dosage, unknown_field_codes_and_null_doses_are_invalid) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_new(ctx, &d), BRF_OK);
  int64_t lo, hi;
  cr_expect_eq(brf_dosage_get(d, 11, &lo, &hi), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_get(d, -1, &lo, &hi), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_set(d, 11, 1, 1), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_unset(d, 99), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_get(NULL, 0, &lo, &hi), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_set(NULL, 0, 1, 1), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_unset(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_is_empty(NULL), 1);
  cr_expect_eq(brf_dosage_new(ctx, NULL), BRF_E_INVALID);
  brf_dosage *x = d;
  cr_expect_eq(brf_dosage_new(NULL, &x), BRF_E_INVALID);
  cr_expect_null(x);
  brf_dosage_free(NULL);
  brf_dosage_free(d);
}

static brf_dosage *parse(const char *text) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &d), BRF_OK, "%s", text);
  return d;
}

Test(dosage, equality_compares_set_fields_and_ranges) {
  brf_dosage *a = parse("3x10, rest 1min"), *b = parse("rest 60s, 3 x 10");
  brf_dosage *c = parse("3x10"), *e = parse("3x10-12, rest 1min");
  cr_expect_eq(brf_dosage_equal(a, b), 1);
  cr_expect_eq(brf_dosage_equal(a, c), 0);
  cr_expect_eq(brf_dosage_equal(a, e), 0);
  cr_expect_eq(brf_dosage_equal(a, a), 1);
  cr_expect_eq(brf_dosage_equal(NULL, NULL), 1);
  cr_expect_eq(brf_dosage_equal(a, NULL), 0);
  cr_expect_eq(brf_dosage_equal(NULL, a), 0);
  /* Unset then set again gives an equal dose. */
  cr_expect_eq(brf_dosage_unset(c, BRF_DOSE_REPS), BRF_OK);
  cr_expect_eq(brf_dosage_set(c, BRF_DOSE_REPS, 10, 10), BRF_OK);
  cr_expect_eq(brf_dosage_set(c, BRF_DOSE_REST_MS, 60000, 60000), BRF_OK);
  cr_expect_eq(brf_dosage_equal(a, c), 1);
  brf_dosage_free(a);
  brf_dosage_free(b);
  brf_dosage_free(c);
  brf_dosage_free(e);
}

Test(dosage, clone_is_equal_and_independent) {
  brf_dosage *a = parse("2-3x6-15, every other day"), *b = NULL;
  cr_assert_eq(brf_dosage_clone(ctx, a, &b), BRF_OK);
  cr_expect_eq(brf_dosage_equal(a, b), 1);
  cr_expect_eq(brf_dosage_set(b, BRF_DOSE_SETS, 4, 4), BRF_OK);
  cr_expect_eq(brf_dosage_equal(a, b), 0);
  int64_t lo, hi;
  cr_expect_eq(brf_dosage_get(a, BRF_DOSE_SETS, &lo, &hi), BRF_OK);
  cr_expect(lo == 2 && hi == 3);
  brf_dosage *x = a;
  cr_expect_eq(brf_dosage_clone(ctx, NULL, &x), BRF_E_INVALID);
  cr_expect_null(x);
  cr_expect_eq(brf_dosage_clone(NULL, a, &x), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_clone(ctx, a, NULL), BRF_E_INVALID);
  brf_dosage_free(a);
  brf_dosage_free(b);
}

Test(dosage, dose_outlives_its_context_handle) {
  brf_dosage *d = parse("3x10");
  brf_context_free(ctx);
  char buf[16];
  cr_expect_eq(brf_dosage_format(d, buf, sizeof buf, NULL), BRF_OK);
  cr_expect_str_eq(buf, "3x10");
  brf_dosage_free(d);
  cr_expect_eq(st.live_blocks, 0);
  ctx = NULL;
}

Test(dosage, format_reports_the_size_needed) {
  brf_dosage *d = parse("3x10/side, rest 60s"); /* "3x10, each side, rest 1min" = 26 bytes */
  char buf[32];
  size_t needed = 0;
  memset(buf, 'z', sizeof buf);
  cr_expect_eq(brf_dosage_format(d, buf, 26, &needed), BRF_E_BUFFER_TOO_SMALL);
  cr_expect_eq(needed, 27);
  cr_expect_str_eq(buf, "", "nothing half-written");
  cr_expect_eq(buf[1], 'z', "nothing written past the empty string");
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_BUFFER_TOO_SMALL);
  needed = 0;
  cr_expect_eq(brf_dosage_format(d, NULL, 0, &needed), BRF_E_BUFFER_TOO_SMALL);
  cr_expect_eq(needed, 27);
  cr_expect_eq(brf_dosage_format(d, buf, 27, &needed), BRF_OK);
  cr_expect_str_eq(buf, "3x10, each side, rest 1min");
  cr_expect_eq(brf_dosage_format(d, buf, sizeof buf, NULL), BRF_OK);
  cr_expect_eq(brf_dosage_format(NULL, buf, sizeof buf, &needed), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_format(d, NULL, 5, &needed), BRF_E_INVALID);
  brf_dosage_free(d);
}

Test(dosage, to_string_null_arguments) {
  brf_dosage *d = parse("3x10");
  char *s = (char *)"x";
  cr_expect_eq(brf_dosage_to_string(NULL, d, &s, NULL), BRF_E_INVALID);
  cr_expect_null(s);
  cr_expect_eq(brf_dosage_to_string(ctx, NULL, &s, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_to_string(ctx, d, NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_to_string(ctx, d, &s, NULL), BRF_OK);
  cr_expect_str_eq(s, "3x10");
  brf_free(ctx, s);
  brf_dosage_free(d);
}

Test(dosage, a_dose_with_every_field_formats_in_canonical_order) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_new(ctx, &d), BRF_OK);
  int64_t v[][2] = {{2, 3}, {8, 12}, {5000, 5000}, {30000, 30000}, {1, 1}, {2000, 2000},
                    {60000, 90000}, {1, 2}, {3, 5}, {7200000, 7200000}, {1209600000, 1209600000}};
  for (int32_t f = 0; f < BRF_DOSE_FIELD_COUNT; f++)
    cr_assert_eq(brf_dosage_set(d, f, v[f][0], v[f][1]), BRF_OK, "%d", f);
  char *s = NULL;
  cr_assert_eq(brf_dosage_to_string(ctx, d, &s, NULL), BRF_OK);
  cr_expect_str_eq(s, "2-3x8-12, hold 5s, 30s, each side, tempo 2s, rest 60-90s, 1-2x/day, "
                      "3-5x/week, every 2h, for 2wk");
  brf_dosage *back = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, s, strlen(s), &back), BRF_OK);
  cr_expect(brf_dosage_equal(d, back));
  brf_free(ctx, s);
  brf_dosage_free(back);
  brf_dosage_free(d);
}

/* Run op on a fresh context with every allocation failing in turn until it
 * succeeds: each failure must be BRF_E_NOMEM, make nothing and leave no
 * block behind. */
typedef brf_status (*alloc_op)(brf_context *c, void **made);

static void every_failure(alloc_op op, void (*check_and_release)(brf_context *, void *)) {
  for (size_t fail = 1;; fail++) {
    brf_test_alloc s2;
    brf_allocator a;
    brf_context *c2 = NULL;
    brf_test_alloc_init(&a, &s2);
    cr_assert_eq(brf_context_new_with_allocator(&a, &c2), BRF_OK);
    void *made = NULL;
    size_t base = s2.live_blocks;
    s2.fail_at = s2.calls + fail;
    brf_status s = op(c2, &made);
    if (s == BRF_OK) {
      cr_expect_gt(fail, 1, "the operation must allocate");
      check_and_release(c2, made);
      brf_context_free(c2);
      cr_expect_eq(s2.live_blocks, 0);
      break;
    }
    cr_expect_eq(s, BRF_E_NOMEM, "fail_at %zu", fail);
    cr_expect_null(made);
    cr_expect_eq(s2.live_blocks, base, "fail_at %zu leaks", fail);
    brf_context_free(c2);
    cr_assert_lt(fail, 200);
  }
}

/* The source dose is made from the default allocator so that only the
 * operation's own allocations count. */
static brf_dosage *source;

static brf_status op_new(brf_context *c, void **made) {
  return brf_dosage_new(c, (brf_dosage **)made);
}

static brf_status op_clone(brf_context *c, void **made) {
  return brf_dosage_clone(c, source, (brf_dosage **)made);
}

static brf_status op_to_string(brf_context *c, void **made) {
  return brf_dosage_to_string(c, source, (char **)made, NULL);
}

static brf_status op_parse(brf_context *c, void **made) {
  return brf_dosage_parse(c, "3x10/side, rest 60s", 19, (brf_dosage **)made);
}

static brf_status op_check(brf_context *c, void **made) {
  return brf_dosage_check(c, source, BRF_MODALITY_HEAT, (brf_advice **)made);
}

static void release_dose(brf_context *c, void *p) {
  (void)c;
  cr_expect(p == source || brf_dosage_equal(p, source), "the result equals the source");
  brf_dosage_free(p);
}

static void release_empty_dose(brf_context *c, void *p) {
  (void)c;
  cr_expect_eq(brf_dosage_is_empty(p), 1);
  brf_dosage_free(p);
}

static void release_string(brf_context *c, void *p) {
  cr_expect_str_eq(p, "3x10, each side, rest 1min");
  brf_free(c, p);
}

static void release_advice(brf_context *c, void *p) {
  (void)c;
  cr_expect_eq(brf_advice_count(p), 4, "heat: longer than 20min, 7 days, 3 per day, barrier");
  brf_advice_free(p);
}

Test(dosage, new_parse_clone_and_to_string_survive_every_allocation_failure) {
  brf_context *plain = NULL;
  cr_assert_eq(brf_context_new(&plain), BRF_OK);
  cr_assert_eq(brf_dosage_parse(plain, "3x10/side, rest 60s", 19, &source), BRF_OK);
  every_failure(op_new, release_empty_dose);
  every_failure(op_parse, release_dose);
  every_failure(op_clone, release_dose);
  every_failure(op_to_string, release_string);
  brf_dosage_free(source);
  brf_context_free(plain);
}

Test(dosage, check_survives_every_allocation_failure) {
  brf_context *plain = NULL;
  cr_assert_eq(brf_context_new(&plain), BRF_OK);
  cr_assert_eq(brf_dosage_parse(plain, "8h, for 10d, 5x/day", 19, &source), BRF_OK);
  every_failure(op_check, release_advice);
  brf_dosage_free(source);
  brf_context_free(plain);
}
