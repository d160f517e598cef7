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

/* ---- BRF_LIMIT_ROUTINE_STEPS (default 200) ---- */

Test(limit_budgets, routine_steps_200_fit_201_refused) {
  size_t calls = st.calls;
  brf_routine *r = routine_of(200, "10 reps");
  /* Budget (measured 2,009 allocations): 200 steps in under 12 allocations
   * a step and 256 KB. */
  cr_expect_lt(st.calls - calls, 2400, "%zu allocations", st.calls - calls);
  cr_expect_lt(st.peak_bytes, 256u * 1024, "peak %zu bytes", st.peak_bytes);
  cr_expect_eq(brf_routine_append(r, brf_catalog_find(cat, "glute-bridge"), NULL), BRF_E_LIMIT);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "BRF_LIMIT_ROUTINE_STEPS (200)"), "%s",
                     brf_context_errmsg(ctx));
  cr_expect_eq(brf_routine_step_count(r), 200);
  brf_routine_free(r);
}

/* ---- BRF_LIMIT_DOSE_REPS through a routine: the inputs ---- */

/* Ten and forty steps of "100x1000, hold 1h, each side" (789 bytes and 2.9
 * KB of routine JSON; 637 MB and 2.5 GB before the limits): the timeline is
 * refused at the first step, naming the limit, in under 256 KB. */
Test(limit_budgets, ten_and_forty_steps_of_the_largest_dose_refused) {
  const size_t counts[] = {10, 40};
  for (size_t k = 0; k < 2; k++) {
    brf_routine *r = routine_of(counts[k], "100x1000, hold 1h, each side");
    size_t calls = st.calls, peak = st.peak_bytes;
    brf_timeline *tl = NULL;
    cr_expect_eq(brf_timeline_new(ctx, r, BRF_TIMELINE_MAX, &tl), BRF_E_LIMIT);
    cr_expect_null(tl);
    cr_expect_not_null(strstr(brf_context_errmsg(ctx), "BRF_LIMIT_DOSE_REPS (2000)"), "%s",
                       brf_context_errmsg(ctx));
    cr_expect_lt(st.calls - calls, 100, "%zu allocations", st.calls - calls);
    cr_expect_lt(st.peak_bytes - peak, 256u * 1024, "peak grew by %zu bytes", st.peak_bytes - peak);
    brf_routine_free(r);
  }
}

/* ---- BRF_LIMIT_TIMELINE_SEGMENTS / _CUES (default 20,000 each) ---- */

/* The worst routine under every other limit: 200 steps of the largest dose
 * that fits (10 x 100, each side: 2,000 reps a step) asks for about 800,000
 * segments; the timeline stops at 20,000, within a few MB. */
Test(limit_budgets, timeline_of_200_largest_steps_refused_within_a_few_mb) {
  brf_routine *r = routine_of(200, "10x100, hold 1s, each side");
  size_t peak = st.peak_bytes;
  brf_timeline *tl = NULL;
  cr_expect_eq(brf_timeline_new(ctx, r, BRF_TIMELINE_MAX, &tl), BRF_E_LIMIT);
  cr_expect_null(tl);
  const char *m = brf_context_errmsg(ctx);
  cr_expect(strstr(m, "BRF_LIMIT_TIMELINE_SEGMENTS (20000)") ||
                strstr(m, "BRF_LIMIT_TIMELINE_CUES (20000)"),
            "%s", m);
  cr_expect_lt(st.peak_bytes - peak, 8u * 1024 * 1024, "peak grew by %zu bytes",
               st.peak_bytes - peak);
  brf_routine_free(r);
}

/* Just under: the most steps of 10 x 100 each side that fit both limits play
 * within 8 MB; one step more is refused. */
Test(limit_budgets, timeline_just_under_segments_fits) {
  brf_routine *r = routine_of(1, "10x100, hold 1s, each side");
  brf_timeline *tl = NULL;
  cr_assert_eq(brf_timeline_new(ctx, r, BRF_TIMELINE_MAX, &tl), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  size_t per_step = brf_timeline_segment_count(tl);
  brf_timeline_free(tl);
  brf_routine_free(r);
  cr_assert_gt(per_step, 2000);
  size_t fit = 0;
  for (size_t n = 20000 / per_step + 1; n >= 1; n--) {
    r = routine_of(n, "10x100, hold 1s, each side");
    size_t peak = st.peak_bytes;
    brf_status s = brf_timeline_new(ctx, r, BRF_TIMELINE_MAX, &tl);
    if (s == BRF_OK) {
      fit = n;
      cr_expect_leq(brf_timeline_segment_count(tl), 20000);
      cr_expect_lt(st.peak_bytes - peak, 8u * 1024 * 1024, "peak grew by %zu bytes",
                   st.peak_bytes - peak);
      brf_timeline_free(tl);
      brf_routine_free(r);
      break;
    }
    cr_expect_eq(s, BRF_E_LIMIT);
    brf_routine_free(r);
  }
  cr_expect_geq(fit, 1);
  cr_expect_leq(fit, 20000 / per_step);
}

/* ---- BRF_LIMIT_OUTPUT_BYTES (default 4 MiB) ---- */

/* With the calendar limit raised out of the way, an expanded export of 3
 * sessions a day for 104 weeks of 100 steps (about 6 MB of text) stops at
 * the writer's 4 MiB, its buffer never past 8 MiB + the block being added. */
Test(limit_budgets, output_bytes_stop_the_writer) {
  cr_assert_eq(brf_context_set_limit(ctx, BRF_LIMIT_CALENDAR_ITEMS, 1000000), BRF_OK);
  brf_schedule *s = schedule_of(100, "3x/day", 104);
  size_t peak = st.peak_bytes;
  char *text = NULL;
  cr_expect_eq(brf_schedule_to_ical(ctx, s, BRF_SCHEDULE_ICAL_EXPAND, &text, NULL), BRF_E_LIMIT);
  cr_expect_null(text);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "BRF_LIMIT_OUTPUT_BYTES (4194304)"), "%s",
                     brf_context_errmsg(ctx));
  cr_expect_lt(st.peak_bytes - peak, 9u * 1024 * 1024, "peak grew by %zu bytes",
               st.peak_bytes - peak);
  brf_schedule_free(s);
}

/* ---- BRF_LIMIT_INPUT_BYTES (default 4 MiB) ---- */

/* A routine document padded with spaces to exactly 4 MiB is read; one byte
 * more is refused before the reader copies or parses anything. */
Test(limit_budgets, input_bytes_4_mib_read_one_more_refused) {
  const char *doc = "{\"format\":\"backrelief-routine\",\"format_version\":1,\"name\":\"r\","
                    "\"steps\":[{\"exercise\":\"glute-bridge\",\"dose\":\"10 reps\"}]}";
  size_t cap = 4u * 1024 * 1024 + 1;
  char *text = malloc(cap);
  cr_assert_not_null(text);
  memset(text, ' ', cap);
  memcpy(text, doc, strlen(doc));
  size_t peak = st.peak_bytes;
  brf_routine *r = NULL;
  cr_expect_eq(brf_routine_from_json(ctx, text, cap - 1, cat, 0, &r), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  /* Budget: the document's copy and a small DOM, under 3x the input. */
  cr_expect_lt(st.peak_bytes - peak, 12u * 1024 * 1024, "peak grew by %zu bytes",
               st.peak_bytes - peak);
  brf_routine_free(r);
  r = NULL;
  size_t calls = st.calls;
  cr_expect_eq(brf_routine_from_json(ctx, text, cap, cat, 0, &r), BRF_E_LIMIT);
  cr_expect_null(r);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "BRF_LIMIT_INPUT_BYTES (4194304)"), "%s",
                     brf_context_errmsg(ctx));
  cr_expect_eq(st.calls, calls, "%zu allocations", st.calls - calls);
  free(text);
}

/* ---- BRF_LIMIT_IMPORT_ENTRIES (default 10,000) ---- */

static char *entries(size_t n, size_t *len) {
  size_t cap = 64 + n * 48;
  char *t = malloc(cap);
  cr_assert_not_null(t);
  size_t at = 0;
  t[at++] = '[';
  for (size_t i = 0; i < n; i++)
    at += (size_t)snprintf(t + at, cap - at, "%s{\"id\":\"e%zu\",\"name\":\"E %zu\"}", i ? "," : "",
                           i, i);
  t[at++] = ']';
  t[at] = '\0';
  *len = at;
  return t;
}

Test(limit_budgets, import_10000_entries_read_10001_refused) {
  size_t len = 0;
  char *t = entries(10000, &len);
  brf_catalog *c = NULL;
  brf_advice *rep = NULL;
  size_t calls = st.calls, peak = st.peak_bytes;
  cr_expect_eq(brf_catalog_import_free_exercise_db(ctx, t, len, 0, &c, &rep), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_expect_eq(brf_catalog_count(c), 10000);
  /* Budget: under 40 allocations an entry and 32 MB. */
  cr_expect_lt(st.calls - calls, 400000, "%zu allocations", st.calls - calls);
  cr_expect_lt(st.peak_bytes - peak, 32u * 1024 * 1024, "peak grew by %zu bytes",
               st.peak_bytes - peak);
  brf_catalog_free(c);
  brf_advice_free(rep);
  free(t);
  t = entries(10001, &len);
  c = NULL;
  rep = NULL;
  cr_expect_eq(brf_catalog_import_free_exercise_db(ctx, t, len, 0, &c, &rep), BRF_E_LIMIT);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "BRF_LIMIT_IMPORT_ENTRIES (10000)"), "%s",
                     brf_context_errmsg(ctx));
  cr_expect_null(c);
  brf_advice_free(rep);
  free(t);
}
