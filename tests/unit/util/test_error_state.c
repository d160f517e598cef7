/* The error state seen from the public API (docs/conventions.md, "Error
 * state and warnings"): success clears the error, BRF_DONE is a success, a
 * size query keeps the last error, read-only catalog functions never write
 * the context, and messages from real entry points are clean UTF-8. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(error_state);

/* Valid UTF-8 (no overlong, surrogate or cut sequence) without control bytes. */
static int clean(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  while (*p != '\0') {
    if (*p < 0x20 || *p == 0x7F) return 0;
    size_t n = *p < 0x80 ? 1 : *p >= 0xC2 && *p <= 0xDF ? 2 : *p >= 0xE0 && *p <= 0xEF ? 3
             : *p >= 0xF0 && *p <= 0xF4 ? 4 : 0;
    if (n == 0) return 0;
    for (size_t k = 1; k < n; k++)
      if ((p[k] & 0xC0) != 0x80) return 0;
    if ((*p == 0xE0 && p[1] < 0xA0) || (*p == 0xED && p[1] > 0x9F) ||
        (*p == 0xF0 && p[1] < 0x90) || (*p == 0xF4 && p[1] > 0x8F))
      return 0;
    p += n;
  }
  return 1;
}

static void fail_once(void) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, "nonsense", 8, &d), BRF_E_PARSE);
  cr_assert_neq(brf_context_errmsg(ctx)[0], '\0');
}

Test(error_state, success_clears_the_error_of_the_given_context) {
  fail_once();
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, "3x10", 4, &d), BRF_OK);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK);
  cr_expect_str_eq(brf_context_errmsg(ctx), "");
  cr_expect_eq(brf_context_error_line(ctx), 0);
  /* Through an object's context, const or not. */
  fail_once();
  cr_expect_eq(brf_dosage_set(d, BRF_DOSE_SETS, 2, 2), BRF_OK);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK);
  int64_t lo = 0, hi = 0;
  cr_expect_eq(brf_dosage_get(d, BRF_DOSE_HOLD_MS, &lo, &hi), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_dosage_get(d, BRF_DOSE_SETS, &lo, &hi), BRF_OK);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK);
  brf_dosage_free(d);
}

Test(error_state, a_failure_replaces_the_previous_error) {
  fail_once();
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_new(ctx, &d), BRF_OK);
  cr_expect_eq(brf_dosage_set(d, 999, 1, 1), BRF_E_INVALID);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_INVALID);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "999"));
  brf_dosage_free(d);
}

Test(error_state, done_is_a_success_and_clears) {
  brf_catalog *cat = NULL;
  brf_query *q = NULL;
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_query_new(ctx, cat, &q), BRF_OK);
  fail_once();
  const brf_exercise *ex = NULL;
  cr_expect_eq(brf_query_next(q, &ex), BRF_DONE);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK);
  cr_expect_str_eq(brf_context_errmsg(ctx), "");
  brf_query_free(q);
  brf_catalog_free(cat);
}

Test(error_state, read_only_catalog_functions_leave_the_context_alone) {
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_catalog_freeze(cat), BRF_OK);
  fail_once();
  char before[512];
  strcpy(before, brf_context_errmsg(ctx));
  cr_expect_null(brf_catalog_find(cat, "no-such-exercise"));
  cr_expect_null(brf_catalog_at(cat, 3));
  cr_expect_eq(brf_catalog_count(cat), 0);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_PARSE);
  cr_expect_str_eq(brf_context_errmsg(ctx), before);
  brf_catalog_free(cat);
}

Test(error_state, a_size_query_keeps_the_last_error) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, "3x10", 4, &d), BRF_OK);
  fail_once();
  char before[512];
  strcpy(before, brf_context_errmsg(ctx));
  size_t needed = 0;
  cr_expect_eq(brf_dosage_format(d, NULL, 0, &needed), BRF_E_BUFFER_TOO_SMALL);
  cr_expect_eq(needed, strlen("3x10") + 1);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_PARSE);
  cr_expect_str_eq(brf_context_errmsg(ctx), before);
  /* A real buffer too small is a failure; one that fits a success. */
  char small[2];
  cr_expect_eq(brf_dosage_format(d, small, sizeof small, &needed), BRF_E_BUFFER_TOO_SMALL);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_BUFFER_TOO_SMALL);
  char buf[16];
  cr_expect_eq(brf_dosage_format(d, buf, sizeof buf, &needed), BRF_OK);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK);
  brf_dosage_free(d);
}

Test(error_state, warnings_of_a_null_context) {
  cr_expect_eq(brf_context_warning_count(NULL), 0);
  cr_expect_null(brf_context_warning(NULL, 0));
  cr_expect_eq(brf_context_warning_count(ctx), 0);
  cr_expect_null(brf_context_warning(ctx, 0));
}

Test(error_state, a_dose_with_an_escape_gives_a_clean_message) {
  const char *text = "3x10 \x1b[31mred";
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &d), BRF_E_PARSE);
  const char *m = brf_context_errmsg(ctx);
  cr_expect(clean(m), "%s", m);
  cr_expect_not_null(strstr(m, "\\x1b"), "%s", m);
}

Test(error_state, a_date_with_a_cut_character_gives_a_clean_message) {
  const char *text = "2026-01-0\xE2\x82"; /* the euro sign cut after 2 of its 3 bytes */
  int32_t day = 0;
  cr_assert_eq(brf_date_parse(ctx, text, strlen(text), &day), BRF_E_PARSE);
  const char *m = brf_context_errmsg(ctx);
  cr_expect(clean(m), "%s", m);
  cr_expect_not_null(strstr(m, "2026-01-0\\xe2\\x82"), "%s", m);
  /* A whole character passes unchanged. */
  text = "2026-01-\xE2\x82\xAC";
  cr_assert_eq(brf_date_parse(ctx, text, strlen(text), &day), BRF_E_PARSE);
  m = brf_context_errmsg(ctx);
  cr_expect(clean(m), "%s", m);
  cr_expect_not_null(strstr(m, "2026-01-\xE2\x82\xAC"), "%s", m);
}
