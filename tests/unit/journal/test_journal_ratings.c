/* The pain during a session and the per-exercise ratings (issue 19, item 5):
 * set, read, written and read back; refused out of range; absent from older
 * lines, which still load. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(journal_ratings);

static brf_journal *one(void) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20000, 480, "legs", NULL), BRF_OK);
  return j;
}

Test(journal_ratings, pain_during_and_ratings_round_trip) {
  brf_journal *j = one();
  int32_t v = 99, d = 99, p = 99;
  cr_assert_eq(brf_journal_entry_pain_during_get(j, 0, &v), BRF_OK);
  cr_expect_eq(v, BRF_JOURNAL_UNSET);
  cr_assert_eq(brf_journal_entry_set_pain_during(j, 0, 4), BRF_OK);
  cr_assert_eq(brf_journal_entry_rate_exercise(j, 0, "glute-bridge", 3, 5), BRF_OK);
  cr_assert_eq(brf_journal_entry_rate_exercise(j, 0, "clamshell", BRF_JOURNAL_UNSET, 2), BRF_OK);
  cr_assert_eq(brf_journal_entry_rate_exercise(j, 0, "glute-bridge", 4, 6), BRF_OK); /* again */
  cr_assert_eq(brf_journal_entry_rating_count(j, 0), 2);
  cr_expect_str_eq(brf_journal_entry_rating_exercise(j, 0, 0), "glute-bridge");
  cr_assert_eq(brf_journal_entry_rating_get(j, 0, 0, &d, &p), BRF_OK);
  cr_expect_eq(d, 4);
  cr_expect_eq(p, 6);
  char *line = NULL;
  size_t len = 0;
  cr_assert_eq(brf_journal_entry_to_line(ctx, j, 0, &line, &len), BRF_OK);
  cr_expect_not_null(strstr(line, "\"pain_during\":4,\"exercise_ratings\":[{\"exercise\":"
                                  "\"glute-bridge\",\"difficulty\":4,\"pain\":6},{\"exercise\":"
                                  "\"clamshell\",\"pain\":2}]"),
                     "%s", line);
  brf_journal *back = NULL;
  cr_assert_eq(brf_journal_load(ctx, line, len, &back), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_journal_entry_pain_during_get(back, 0, &v), BRF_OK);
  cr_expect_eq(v, 4);
  cr_assert_eq(brf_journal_entry_rating_count(back, 0), 2);
  cr_assert_eq(brf_journal_entry_rating_get(back, 0, 1, &d, &p), BRF_OK);
  cr_expect_eq(d, BRF_JOURNAL_UNSET);
  cr_expect_eq(p, 2);
  char *again = NULL;
  cr_assert_eq(brf_journal_to_jsonl(ctx, back, &again, NULL), BRF_OK);
  cr_expect_str_eq(again, line, "byte-identical");
  brf_free(ctx, again);
  brf_free(ctx, line);
  brf_journal_free(back);
  brf_journal_free(j);
}

Test(journal_ratings, out_of_range_values_are_refused_and_change_nothing) {
  brf_journal *j = one();
  cr_expect_eq(brf_journal_entry_set_pain_during(j, 0, 11), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_set_pain_during(j, 1, 3), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_rate_exercise(j, 0, "glute-bridge", 6, 2), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_rate_exercise(j, 0, "glute-bridge", 0, 2), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_rate_exercise(j, 0, "glute-bridge", 3, 11), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_rate_exercise(j, 0, "", 3, 1), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_rating_count(j, 0), 0);
  int32_t d = 0, p = 0;
  cr_expect_eq(brf_journal_entry_rating_get(j, 0, 0, &d, &p), BRF_E_RANGE);
  cr_expect_null(brf_journal_entry_rating_exercise(j, 0, 0));
  const char *bad[] = {
      "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":\"2025-11-21\","
      "\"routine\":\"x\",\"pain_during\":12}\n",
      "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":\"2025-11-21\","
      "\"routine\":\"x\",\"exercise_ratings\":[{\"exercise\":\"a\",\"difficulty\":9}]}\n",
      "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":\"2025-11-21\","
      "\"routine\":\"x\",\"exercise_ratings\":[{\"exercise\":\"a\"},{\"exercise\":\"a\"}]}\n"};
  brf_status want[] = {BRF_E_RANGE, BRF_E_RANGE, BRF_E_SCHEMA};
  for (size_t i = 0; i < 3; i++) {
    brf_journal *o = NULL;
    cr_expect_eq(brf_journal_load(ctx, bad[i], strlen(bad[i]), &o), want[i], "%zu: %s", i,
                 brf_context_errmsg(ctx));
    brf_journal_free(o);
  }
  brf_journal_free(j);
}

Test(journal_ratings, an_old_line_has_neither) {
  const char *old = "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":"
                    "\"2025-11-21\",\"routine\":\"Glute relief\",\"pain\":{\"after\":3}}\n";
  brf_journal *j = NULL;
  int32_t v = 0;
  cr_assert_eq(brf_journal_load(ctx, old, strlen(old), &j), BRF_OK);
  cr_assert_eq(brf_journal_entry_pain_during_get(j, 0, &v), BRF_OK);
  cr_expect_eq(v, BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_entry_rating_count(j, 0), 0);
  brf_journal_free(j);
}
