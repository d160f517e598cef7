/* Advice lists: building (internal) and reading (public). */
#include <criterion/criterion.h>
#include <string.h>

#include "internal/advice.h"
#include "util/core.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(advice);

Test(advice, severities_are_pinned) {
  cr_expect_eq(BRF_ADVICE_INFO, 0);
  cr_expect_eq(BRF_ADVICE_CAUTION, 1);
  cr_expect_eq(BRF_ADVICE_WARNING, 2);
}

Test(advice, items_keep_copies_of_their_strings_in_order) {
  brf_advice *a = NULL;
  cr_assert_eq(brf__advice_new(ctx, &a), BRF_OK);
  cr_expect_eq(brf_advice_count(a), 0);
  char rule[32], msg[32], src[32];
  for (int i = 0; i < 20; i++) {
    brf__format(rule, sizeof rule, "rule-%d", i);
    brf__format(msg, sizeof msg, "Message %d.", i);
    brf__format(src, sizeof src, "source %d", i);
    cr_assert_eq(brf__advice_add(a, rule, i % 3, msg, src), BRF_OK);
    memset(rule, 0, sizeof rule); /* the list must not point into our buffers */
  }
  cr_expect_eq(brf_advice_count(a), 20);
  for (size_t i = 0; i < 20; i++) {
    brf__format(rule, sizeof rule, "rule-%zu", i);
    brf__format(msg, sizeof msg, "Message %zu.", i);
    brf__format(src, sizeof src, "source %zu", i);
    cr_expect_str_eq(brf_advice_rule(a, i), rule);
    cr_expect_str_eq(brf_advice_message(a, i), msg);
    cr_expect_str_eq(brf_advice_source(a, i), src);
    cr_expect_eq(brf_advice_severity(a, i), (int32_t)(i % 3));
  }
  brf_advice_free(a);
}

Test(advice, out_of_range_and_null_give_neutral_values) {
  brf_advice *a = NULL;
  cr_assert_eq(brf__advice_new(ctx, &a), BRF_OK);
  cr_assert_eq(brf__advice_add(a, "r", BRF_ADVICE_WARNING, "m", "s"), BRF_OK);
  cr_expect_null(brf_advice_rule(a, 1));
  cr_expect_null(brf_advice_message(a, 1));
  cr_expect_null(brf_advice_source(a, 1));
  cr_expect_eq(brf_advice_severity(a, 1), -1);
  cr_expect_null(brf_advice_rule(NULL, 0));
  cr_expect_null(brf_advice_message(NULL, 0));
  cr_expect_null(brf_advice_source(NULL, 0));
  cr_expect_eq(brf_advice_severity(NULL, 0), -1);
  cr_expect_eq(brf_advice_count(NULL), 0);
  brf_advice_free(NULL);
  brf_advice_free(a);
}

Test(advice, add_rejects_bad_arguments_and_leaves_the_list_unchanged) {
  brf_advice *a = NULL;
  cr_assert_eq(brf__advice_new(ctx, &a), BRF_OK);
  cr_expect_eq(brf__advice_add(a, NULL, 0, "m", "s"), BRF_E_INVALID);
  cr_expect_eq(brf__advice_add(a, "r", 0, NULL, "s"), BRF_E_INVALID);
  cr_expect_eq(brf__advice_add(a, "r", 0, "m", NULL), BRF_E_INVALID);
  cr_expect_eq(brf__advice_add(a, "r", 3, "m", "s"), BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "3") != NULL);
  cr_expect_eq(brf__advice_add(a, "r", -1, "m", "s"), BRF_E_INVALID);
  cr_expect_eq(brf__advice_add(NULL, "r", 0, "m", "s"), BRF_E_INVALID);
  cr_expect_eq(brf_advice_count(a), 0);
  brf_advice *x = a;
  cr_expect_eq(brf__advice_new(NULL, &x), BRF_E_INVALID);
  cr_expect_null(x);
  cr_expect_eq(brf__advice_new(ctx, NULL), BRF_E_INVALID);
  brf_advice_free(a);
}

Test(advice, list_outlives_its_context_handle) {
  brf_advice *a = NULL;
  cr_assert_eq(brf__advice_new(ctx, &a), BRF_OK);
  cr_assert_eq(brf__advice_add(a, "r", 0, "m", "s"), BRF_OK);
  brf_context_free(ctx);
  ctx = NULL;
  cr_expect_str_eq(brf_advice_rule(a, 0), "r");
  brf_advice_free(a);
  cr_expect_eq(st.live_blocks, 0);
}

Test(advice, new_and_add_survive_every_allocation_failure) {
  for (size_t fail = 1;; fail++) {
    size_t base = st.live_blocks;
    st.fail_at = st.calls + fail;
    brf_advice *a = NULL;
    brf_status s = brf__advice_new(ctx, &a);
    if (s == BRF_OK) {
      /* Add 9 items (the array grows past 8); each failure keeps the items so far. */
      size_t added = 0;
      while (added < 9) {
        st.fail_at = st.calls + 1 + (added % 2); /* fail the next call, or the one after */
        s = brf__advice_add(a, "rule", BRF_ADVICE_INFO, "message", "source");
        if (s == BRF_OK) {
          added++;
        } else {
          cr_expect_eq(s, BRF_E_NOMEM);
        }
        cr_expect_eq(brf_advice_count(a), added, "a failed add leaves the list as it was");
        st.fail_at = 0;
        if (s != BRF_OK) {
          cr_assert_eq(brf__advice_add(a, "rule", BRF_ADVICE_INFO, "message", "source"), BRF_OK);
          added++;
        }
      }
      for (size_t i = 0; i < added; i++) cr_expect_str_eq(brf_advice_message(a, i), "message");
      brf_advice_free(a);
      cr_expect_eq(st.live_blocks, base);
      break;
    }
    cr_expect_eq(s, BRF_E_NOMEM);
    cr_expect_null(a);
    cr_expect_eq(st.live_blocks, base);
    st.fail_at = 0;
  }
}
