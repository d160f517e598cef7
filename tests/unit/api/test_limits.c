/* Context limits (issue 27): each default, the setter, and inputs of the
 * issue refused with BRF_E_LIMIT (naming the limit and its value) before any
 * allocation storm. Memory is measured by the counting allocator's peak
 * bytes, never by time. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(limits);

Test(limits, defaults_and_setter) {
  cr_expect_eq(BRF_E_LIMIT, -13);
  cr_expect_str_eq(brf_status_name(BRF_E_LIMIT), "BRF_E_LIMIT");
  cr_expect_eq(brf_context_limit(ctx, BRF_LIMIT_ROUTINE_STEPS), 200);
  cr_expect_eq(brf_context_limit(ctx, BRF_LIMIT_TIMELINE_SEGMENTS), 20000);
  cr_expect_eq(brf_context_limit(ctx, BRF_LIMIT_TIMELINE_CUES), 20000);
  cr_expect_eq(brf_context_limit(ctx, BRF_LIMIT_DOSE_REPS), 2000);
  cr_expect_eq(brf_context_limit(ctx, BRF_LIMIT_OUTPUT_BYTES), 4 * 1024 * 1024);
  cr_expect_eq(brf_context_limit(ctx, BRF_LIMIT_CALENDAR_ITEMS), 50000);
  cr_expect_eq(brf_context_limit(ctx, BRF_LIMIT_IMPORT_ENTRIES), 10000);
  cr_expect_eq(brf_context_limit(ctx, BRF_LIMIT_INPUT_BYTES), 4 * 1024 * 1024);
  cr_expect_eq(brf_context_limit(ctx, BRF_LIMIT_COUNT), -1);
  cr_expect_eq(brf_context_limit(ctx, -1), -1);
  cr_expect_eq(brf_context_limit(NULL, 0), -1);
  cr_expect_eq(brf_context_set_limit(ctx, BRF_LIMIT_ROUTINE_STEPS, 5), BRF_OK);
  cr_expect_eq(brf_context_limit(ctx, BRF_LIMIT_ROUTINE_STEPS), 5);
  cr_expect_eq(brf_context_set_limit(ctx, BRF_LIMIT_ROUTINE_STEPS, 0), BRF_E_RANGE);
  cr_expect_eq(brf_context_limit(ctx, BRF_LIMIT_ROUTINE_STEPS), 5);
  cr_expect_eq(brf_context_set_limit(ctx, BRF_LIMIT_COUNT, 5), BRF_E_INVALID);
  cr_expect_eq(brf_context_set_limit(NULL, 0, 5), BRF_E_INVALID);
}

static brf_status dose_timeline(const char *text, brf_timeline **tl) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &d), BRF_OK, "%s: %s", text,
               brf_context_errmsg(ctx));
  brf_status s = brf_timeline_new_from_dose(ctx, "glute-bridge", "Glute bridge", -1, d,
                                            BRF_TIMELINE_MAX, tl);
  brf_dosage_free(d);
  return s;
}

/* The dose: 100 sets of 1000 reps, each held an hour, each side
 * (200,000 reps): refused at once, in a few KB. */
Test(limits, largest_dose_refused_without_allocating) {
  brf_timeline *tl = NULL;
  cr_expect_eq(dose_timeline("100x1000, hold 1h, each side", &tl), BRF_E_LIMIT);
  cr_expect_null(tl);
  const char *m = brf_context_errmsg(ctx);
  cr_expect_not_null(strstr(m, "BRF_LIMIT_DOSE_REPS (2000)"), "%s", m);
  cr_expect_lt(st.peak_bytes, 64 * 1024, "peak %zu bytes", st.peak_bytes);
}

/* Just under the default (10 x 100 each side = 2,000) fits in a few MB. */
Test(limits, dose_just_under_fits_budget) {
  brf_timeline *tl = NULL;
  cr_expect_eq(dose_timeline("10x100, hold 1h, each side", &tl), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_expect_lt(st.peak_bytes, 4u * 1024 * 1024, "peak %zu bytes", st.peak_bytes);
  brf_timeline_free(tl);
  brf_timeline *t2 = NULL;
  cr_expect_eq(dose_timeline("10x101, hold 1h, each side", &t2), BRF_E_LIMIT);
  cr_expect_null(t2);
}

Test(limits, timeline_segments_and_cues) {
  brf_timeline *tl = NULL;
  cr_assert_eq(brf_context_set_limit(ctx, BRF_LIMIT_TIMELINE_SEGMENTS, 10), BRF_OK);
  cr_expect_eq(dose_timeline("3x10, each side", &tl), BRF_E_LIMIT);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "BRF_LIMIT_TIMELINE_SEGMENTS (10)"), "%s",
                     brf_context_errmsg(ctx));
  cr_assert_eq(brf_context_set_limit(ctx, BRF_LIMIT_TIMELINE_SEGMENTS, 20000), BRF_OK);
  cr_assert_eq(brf_context_set_limit(ctx, BRF_LIMIT_TIMELINE_CUES, 3), BRF_OK);
  cr_expect_eq(dose_timeline("3x10, each side", &tl), BRF_E_LIMIT);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "BRF_LIMIT_TIMELINE_CUES (3)"), "%s",
                     brf_context_errmsg(ctx));
  cr_expect_null(tl);
}

Test(limits, input_and_output_bytes) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_context_set_limit(ctx, BRF_LIMIT_INPUT_BYTES, 4), BRF_OK);
  brf_catalog *cat = NULL;
  brf_advice *rep = NULL;
  cr_expect_eq(brf_catalog_import_free_exercise_db(ctx, "[   ]", 5, 0, &cat, &rep), BRF_E_LIMIT);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "BRF_LIMIT_INPUT_BYTES (4)"), "%s",
                     brf_context_errmsg(ctx));
  cr_expect_eq(brf_catalog_import_free_exercise_db(ctx, "[ ]", 3, 0, &cat, &rep), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  brf_catalog_free(cat);
  brf_advice_free(rep);
  cr_assert_eq(brf_dosage_parse(ctx, "3x10", 4, &d), BRF_OK);
  cr_assert_eq(brf_context_set_limit(ctx, BRF_LIMIT_INPUT_BYTES, 1 << 20), BRF_OK);
  cr_assert_eq(brf_context_set_limit(ctx, BRF_LIMIT_OUTPUT_BYTES, 8), BRF_OK);
  brf_timeline *tl = NULL;
  cr_expect_eq(brf_timeline_new_from_dose(ctx, "glute-bridge", "Glute bridge", -1, d,
                                          BRF_TIMELINE_MAX, &tl),
               BRF_E_LIMIT);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "BRF_LIMIT_OUTPUT_BYTES (8)"), "%s",
                     brf_context_errmsg(ctx));
  brf_dosage_free(d);
}

Test(limits, import_entries) {
  cr_assert_eq(brf_context_set_limit(ctx, BRF_LIMIT_IMPORT_ENTRIES, 2), BRF_OK);
  brf_catalog *cat = NULL;
  brf_advice *rep = NULL;
  const char *three = "[{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"},"
                      " {\"id\": \"c\", \"name\": \"C\"}]";
  cr_expect_eq(brf_catalog_import_free_exercise_db(ctx, three, strlen(three), 0, &cat, &rep),
               BRF_E_LIMIT);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "BRF_LIMIT_IMPORT_ENTRIES (2)"), "%s",
                     brf_context_errmsg(ctx));
  cr_expect_null(cat);
}
