/* The public timeline constructor from a routine: its total equals the
 * routine's estimate at both ends of the dose ranges, step by step. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

static const char *const IDS[] = {"glute-ball-release", "piriformis-foam-roll", "psoas-stretch",
                                  "frog-stretch",       "bird-dog",             "clamshell",
                                  "glute-bridge",       "cold-pack",            "cat-camel"};
#define NIDS (sizeof IDS / sizeof IDS[0])

static brf_routine *make_routine(brf_context *ctx, const brf_catalog *cat, size_t n) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  for (size_t i = 0; i < n; i++) {
    const brf_exercise *ex = brf_catalog_find(cat, IDS[i % NIDS]);
    cr_assert_not_null(ex, "%s", IDS[i % NIDS]);
    cr_assert_eq(brf_routine_append(r, ex, NULL), BRF_OK, "%s", brf_context_errmsg(ctx));
  }
  return r;
}

Test(player_routine, timeline_total_equals_routine_estimate) {
  brf_context *ctx;
  brf_catalog *cat;
  cr_assert_eq(brf_context_new(&ctx), BRF_OK);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  for (size_t n = 1; n <= 40; n += 3) { /* also past the builder's stack buffer */
    brf_routine *r = make_routine(ctx, cat, n);
    int64_t lo, hi;
    cr_assert_eq(brf_routine_estimate_ms(r, &lo, &hi), BRF_OK);
    brf_timeline *tmin, *tmax;
    cr_assert_eq(brf_timeline_new(ctx, r, BRF_TIMELINE_MIN, &tmin), BRF_OK, "%s",
                 brf_context_errmsg(ctx));
    cr_assert_eq(brf_timeline_new(ctx, r, BRF_TIMELINE_MAX, &tmax), BRF_OK);
    cr_expect_eq(brf_timeline_total_ms(tmin), lo, "n=%zu", n);
    cr_expect_eq(brf_timeline_total_ms(tmax), hi, "n=%zu", n);
    cr_expect_eq(brf_timeline_step_count(tmin), n);
    for (size_t i = 0; i < n; i++)
      cr_expect_str_eq(brf_timeline_step_id(tmin, i), IDS[i % NIDS]);
    brf_timeline_free(tmin);
    brf_timeline_free(tmax);
    brf_routine_free(r);
  }
  brf_catalog_free(cat);
  brf_context_free(ctx);
}

Test(player_routine, timeline_outlives_its_routine) {
  brf_context *ctx;
  brf_catalog *cat;
  cr_assert_eq(brf_context_new(&ctx), BRF_OK);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  brf_routine *r = make_routine(ctx, cat, 3);
  char name[128];
  snprintf(name, sizeof name, "%s", brf_exercise_name(brf_catalog_find(cat, IDS[2])));
  brf_timeline *tl;
  cr_assert_eq(brf_timeline_new(ctx, r, BRF_TIMELINE_MIN, &tl), BRF_OK);
  brf_routine_free(r);
  brf_catalog_free(cat);
  cr_expect_str_eq(brf_timeline_step_name(tl, 2), name);
  brf_timeline_free(tl);
  brf_context_free(ctx);
}

Test(player_routine, bad_arguments) {
  brf_context *ctx;
  cr_assert_eq(brf_context_new(&ctx), BRF_OK);
  brf_timeline *tl = (brf_timeline *)0x1;
  cr_expect_eq(brf_timeline_new(ctx, NULL, BRF_TIMELINE_MIN, &tl), BRF_E_INVALID);
  cr_expect_null(tl);
  cr_expect_eq(brf_timeline_new(NULL, NULL, BRF_TIMELINE_MIN, &tl), BRF_E_INVALID);
  brf_routine *r;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_expect_eq(brf_timeline_new(ctx, r, 7, &tl), BRF_E_INVALID);
  cr_expect_eq(brf_timeline_new(ctx, r, BRF_TIMELINE_MIN, NULL), BRF_E_INVALID);
  brf_routine_free(r);
  brf_context_free(ctx);
}

Test(player_routine, allocation_failures_leak_nothing) {
  brf_test_alloc st;
  brf_allocator a;
  brf_test_alloc_init(&a, &st);
  brf_context *ctx;
  brf_catalog *cat;
  cr_assert_eq(brf_context_new_with_allocator(&a, &ctx), BRF_OK);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  brf_routine *r = make_routine(ctx, cat, 35);
  size_t base = st.live_blocks;
  for (size_t n = 1;; n++) {
    st.fail_at = st.calls + n;
    brf_timeline *tl = NULL;
    brf_status s = brf_timeline_new(ctx, r, BRF_TIMELINE_MAX, &tl);
    st.fail_at = 0;
    if (s == BRF_OK) {
      brf_timeline_free(tl);
      break;
    }
    cr_assert_eq(s, BRF_E_NOMEM, "failure %zu gave %s", n, brf_status_name(s));
    cr_assert_null(tl);
    cr_assert_eq(st.live_blocks, base, "failure %zu leaked", n);
  }
  brf_routine_free(r);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  cr_expect_eq(st.live_blocks, 0);
}
