/* Resource tests per limit (issue 27): the worst input just under a default
 * completes within a stated allocation budget, and just over it is refused
 * with BRF_E_LIMIT naming the limit, before any allocation storm. Budgets are
 * counted by the counting allocator of support.h (calls and peak bytes),
 * never timed. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;
static int32_t monday; /* 2026-01-05 */

static void setup(void) {
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_date_from_ymd(ctx, 2026, 1, 5, &monday), BRF_OK);
}

static void teardown(void) { brf_catalog_free(cat); }

BRF_TEST_CONTEXT_FIXTURE_WITH(limit_budgets, setup, teardown);

static brf_dosage *dose(const char *text) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &d), BRF_OK, "%s: %s", text,
               brf_context_errmsg(ctx));
  return d;
}

/* A routine of n steps of the glute bridge at the given dose. */
static brf_routine *routine_of(size_t n, const char *text) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  brf_dosage *d = dose(text);
  const brf_exercise *ex = brf_catalog_find(cat, "glute-bridge");
  cr_assert_not_null(ex);
  for (size_t i = 0; i < n; i++)
    cr_assert_eq(brf_routine_append(r, ex, d), BRF_OK, "step %zu: %s", i, brf_context_errmsg(ctx));
  brf_dosage_free(d);
  return r;
}

/* A generated schedule of `weeks` weeks holding one routine of `steps`
 * steps at `freq` between 00:00 and 23:30. */
static brf_schedule *schedule_of(size_t steps, const char *freq, int32_t weeks) {
  brf_routine *r = routine_of(steps, "10 reps");
  brf_dosage *f = dose(freq);
  brf_schedule *s = NULL;
  size_t item = 0;
  cr_assert_eq(brf_schedule_new(ctx, monday, weeks, &s), BRF_OK);
  cr_assert_eq(brf_schedule_add_routine(s, r, f, &item), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_schedule_item_set_times(s, item, 0, 23 * 60 + 30), BRF_OK);
  cr_assert_eq(brf_schedule_generate(s), BRF_OK, "%s", brf_context_errmsg(ctx));
  brf_routine_free(r);
  brf_dosage_free(f);
  return s;
}

/* ---- BRF_LIMIT_CALENDAR_ITEMS (default 50,000 sessions x steps) ---- */

/* The schedule: one routine of 3,000 steps, 24 times a day for 104
 * weeks (17,472 sessions, 52 million session-steps; 3.75 GB of iCalendar
 * text expanded before the limit). Refused before the writer allocates. */
Test(limit_budgets, calendar_3000_steps_24_a_day_104_weeks_refused) {
  cr_assert_eq(brf_context_set_limit(ctx, BRF_LIMIT_ROUTINE_STEPS, 3000), BRF_OK);
  brf_schedule *s = schedule_of(3000, "24x/day", 104);
  cr_assert_eq(brf_schedule_session_count(s), 24 * 7 * 104);
  for (uint32_t flags = 0; flags <= BRF_SCHEDULE_ICAL_EXPAND; flags++) {
    size_t calls = st.calls, peak = st.peak_bytes;
    char *text = NULL;
    cr_expect_eq(brf_schedule_to_ical(ctx, s, flags, &text, NULL), BRF_E_LIMIT);
    cr_expect_null(text);
    const char *m = brf_context_errmsg(ctx);
    cr_expect_not_null(strstr(m, "BRF_LIMIT_CALENDAR_ITEMS (50000)"), "%s", m);
    /* Budget: the refusal allocates nothing (the message lives in the context). */
    cr_expect_leq(st.calls - calls, 0, "%zu allocations", st.calls - calls);
    cr_expect_eq(st.peak_bytes, peak);
  }
  brf_schedule_free(s);
}

/* Just under and just over: 3 sessions a day for 104 weeks is 2,184
 * sessions; 22 steps make 48,048 session-steps (written), 23 make 50,232
 * (refused). */
Test(limit_budgets, calendar_just_under_written_just_over_refused) {
  brf_schedule *s = schedule_of(22, "3x/day", 104);
  cr_assert_eq(brf_schedule_session_count(s), 2184);
  size_t calls = st.calls;
  char *text = NULL;
  size_t len = 0;
  cr_expect_eq(brf_schedule_to_ical(ctx, s, BRF_SCHEDULE_ICAL_EXPAND, &text, &len), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_expect_gt(len, 0);
  /* Budget (expanded, every session its own VEVENT; measured 1.74 MB of
   * text, 2.2 MB at the peak, 50 allocations): under 2 MiB of text, under 4
   * MiB at the peak (the doubling buffer) and under 100 allocations (the
   * description is made once per item, the buffer grows by doubling). */
  cr_expect_lt(len, 2u * 1024 * 1024, "%zu bytes", len);
  cr_expect_lt(st.peak_bytes, 4u * 1024 * 1024, "peak %zu bytes", st.peak_bytes);
  cr_expect_lt(st.calls - calls, 100, "%zu allocations", st.calls - calls);
  brf_free(ctx, text);
  brf_schedule_free(s);

  s = schedule_of(23, "3x/day", 104);
  cr_expect_eq(brf_schedule_to_ical(ctx, s, 0, &text, NULL), BRF_E_LIMIT);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "BRF_LIMIT_CALENDAR_ITEMS (50000)"), "%s",
                     brf_context_errmsg(ctx));
  cr_expect_null(text);
  cr_assert_eq(brf_context_set_limit(ctx, BRF_LIMIT_CALENDAR_ITEMS, 50232), BRF_OK);
  cr_expect_eq(brf_schedule_to_ical(ctx, s, 0, &text, NULL), BRF_OK, "%s", brf_context_errmsg(ctx));
  brf_free(ctx, text);
  brf_schedule_free(s);
}

