/* The journal object: entries, setters, getters, the next-morning update,
 * adherence and bad arguments. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(journal);

Test(journal, constants_are_pinned) {
  cr_expect_eq(BRF_JOURNAL_UNSET, -1);
  cr_expect_eq(BRF_JOURNAL_BEFORE, 0);
  cr_expect_eq(BRF_JOURNAL_AFTER, 1);
  cr_expect_eq(BRF_JOURNAL_NEXT_MORNING, 2);
  cr_expect_eq(BRF_JOURNAL_STEP_DONE, 0);
  cr_expect_eq(BRF_JOURNAL_STEP_CUT_SHORT, 1);
  cr_expect_eq(BRF_JOURNAL_STEP_SKIPPED, 2);
}

Test(journal, a_new_entry_has_every_rating_unset) {
  brf_journal *j = NULL;
  size_t i = 99;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20000, 450, "Morning relief", &i), BRF_OK);
  cr_expect_eq(i, 0);
  cr_expect_eq(brf_journal_count(j), 1);
  cr_expect_eq(brf_journal_entry_day(j, 0), 20000);
  cr_expect_eq(brf_journal_entry_minutes(j, 0), 450);
  cr_expect_str_eq(brf_journal_entry_routine(j, 0), "Morning relief");
  cr_expect_str_eq(brf_journal_entry_session(j, 0), "");
  cr_expect_str_eq(brf_journal_entry_note(j, 0), "");
  for (int32_t w = 0; w < 3; w++) {
    cr_expect_eq(brf_journal_entry_pain(j, 0, w), BRF_JOURNAL_UNSET);
    cr_expect_eq(brf_journal_entry_tightness(j, 0, w), BRF_JOURNAL_UNSET);
    cr_expect_eq(brf_journal_entry_count_of(j, 0, w), 0);
  }
  cr_expect_eq(brf_journal_entry_effort(j, 0), BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_entry_step_count(j, 0), 0);
  brf_journal_free(j);
}

Test(journal, setters_store_what_getters_return) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20000, BRF_JOURNAL_UNSET, NULL, NULL), BRF_OK);
  cr_expect_str_eq(brf_journal_entry_routine(j, 0), "");
  cr_expect_eq(brf_journal_entry_minutes(j, 0), BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_entry_set_session(j, 0, "2026-W47/3"), BRF_OK);
  cr_expect_eq(brf_journal_entry_set_counts(j, 0, 3, 1, 2), BRF_OK);
  cr_expect_eq(brf_journal_entry_add_step(j, 0, "glute-bridge", BRF_JOURNAL_STEP_CUT_SHORT),
               BRF_OK);
  cr_expect_eq(brf_journal_entry_set_pain(j, 0, BRF_JOURNAL_BEFORE, 4), BRF_OK);
  cr_expect_eq(brf_journal_entry_set_pain(j, 0, BRF_JOURNAL_AFTER, 3), BRF_OK);
  cr_expect_eq(brf_journal_entry_set_tightness(j, 0, BRF_JOURNAL_BEFORE, 7), BRF_OK);
  cr_expect_eq(brf_journal_entry_set_effort(j, 0, 6), BRF_OK);
  cr_expect_eq(brf_journal_entry_set_note(j, 0, "Tight after squats \xc3\xa9"), BRF_OK);
  cr_expect_str_eq(brf_journal_entry_session(j, 0), "2026-W47/3");
  cr_expect_eq(brf_journal_entry_count_of(j, 0, BRF_JOURNAL_STEP_DONE), 3);
  cr_expect_eq(brf_journal_entry_count_of(j, 0, BRF_JOURNAL_STEP_CUT_SHORT), 2);
  cr_expect_eq(brf_journal_entry_count_of(j, 0, BRF_JOURNAL_STEP_SKIPPED), 2);
  cr_expect_eq(brf_journal_entry_step_count(j, 0), 1);
  cr_expect_str_eq(brf_journal_entry_step_exercise(j, 0, 0), "glute-bridge");
  cr_expect_eq(brf_journal_entry_step_status(j, 0, 0), BRF_JOURNAL_STEP_CUT_SHORT);
  cr_expect_eq(brf_journal_entry_pain(j, 0, BRF_JOURNAL_BEFORE), 4);
  cr_expect_eq(brf_journal_entry_pain(j, 0, BRF_JOURNAL_AFTER), 3);
  cr_expect_eq(brf_journal_entry_tightness(j, 0, BRF_JOURNAL_BEFORE), 7);
  cr_expect_eq(brf_journal_entry_effort(j, 0), 6);
  cr_expect_str_eq(brf_journal_entry_note(j, 0), "Tight after squats \xc3\xa9");
  cr_expect_eq(brf_journal_entry_set_note(j, 0, NULL), BRF_OK);
  cr_expect_str_eq(brf_journal_entry_note(j, 0), "");
  cr_expect_eq(brf_journal_entry_set_pain(j, 0, BRF_JOURNAL_AFTER, BRF_JOURNAL_UNSET), BRF_OK);
  cr_expect_eq(brf_journal_entry_pain(j, 0, BRF_JOURNAL_AFTER), BRF_JOURNAL_UNSET);
  brf_journal_free(j);
}

Test(journal, next_morning_values_are_set_on_an_existing_entry) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20000, 1200, "Evening", NULL), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20001, 1200, "Evening", NULL), BRF_OK);
  cr_expect_eq(brf_journal_entry_set_next_morning(j, 0, 2, 3), BRF_OK);
  cr_expect_eq(brf_journal_entry_pain(j, 0, BRF_JOURNAL_NEXT_MORNING), 2);
  cr_expect_eq(brf_journal_entry_tightness(j, 0, BRF_JOURNAL_NEXT_MORNING), 3);
  cr_expect_eq(brf_journal_entry_pain(j, 1, BRF_JOURNAL_NEXT_MORNING), BRF_JOURNAL_UNSET);
  /* All or nothing: a bad tightness leaves the pain as it was. */
  cr_expect_eq(brf_journal_entry_set_next_morning(j, 0, 5, 11), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_pain(j, 0, BRF_JOURNAL_NEXT_MORNING), 2);
  cr_expect_eq(brf_journal_entry_set_next_morning(j, 2, 1, 1), BRF_E_RANGE);
  brf_journal_free(j);
}

Test(journal, bad_arguments_are_refused_and_change_nothing) {
  brf_journal *j = NULL;
  cr_expect_eq(brf_journal_new(NULL, &j), BRF_E_INVALID);
  cr_expect_eq(brf_journal_new(ctx, NULL), BRF_E_INVALID);
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  cr_expect_eq(brf_journal_add(NULL, 0, 0, "x", NULL), BRF_E_INVALID);
  cr_expect_eq(brf_journal_add(j, BRF_DATE_MAX + 1, 0, "x", NULL), BRF_E_RANGE);
  cr_expect_eq(brf_journal_add(j, 0, 1440, "x", NULL), BRF_E_RANGE);
  cr_expect_eq(brf_journal_add(j, 0, -2, "x", NULL), BRF_E_RANGE);
  cr_expect_eq(brf_journal_add(j, 0, 0, "bad \xff", NULL), BRF_E_INVALID);
  cr_expect_eq(brf_journal_count(j), 0);
  cr_assert_eq(brf_journal_add(j, 0, 0, "x", NULL), BRF_OK);
  cr_expect_eq(brf_journal_entry_set_pain(j, 0, 3, 1), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_set_pain(j, 0, BRF_JOURNAL_AFTER, 11), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_set_tightness(j, 0, BRF_JOURNAL_AFTER, -2), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_set_pain(j, 1, BRF_JOURNAL_AFTER, 1), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_set_effort(j, 0, 11), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_set_counts(j, 0, -1, 0, 0), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_set_counts(j, 0, 0, 10001, 0), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_add_step(j, 0, "", 0), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_add_step(j, 0, NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_add_step(j, 0, "x", 3), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_set_note(j, 0, "\xc3"), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_set_session(j, 5, "s"), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_pain(j, 0, BRF_JOURNAL_AFTER), BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_entry_effort(j, 0), BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_entry_step_count(j, 0), 0);
  cr_expect_str_eq(brf_journal_entry_note(j, 0), "");
  brf_journal_free(j);
}

Test(journal, null_and_out_of_range_getters_give_neutral_values) {
  cr_expect_eq(brf_journal_count(NULL), 0);
  cr_expect_eq(brf_journal_entry_day(NULL, 0), BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_entry_minutes(NULL, 0), BRF_JOURNAL_UNSET);
  cr_expect_null(brf_journal_entry_routine(NULL, 0));
  cr_expect_null(brf_journal_entry_session(NULL, 0));
  cr_expect_null(brf_journal_entry_note(NULL, 0));
  cr_expect_eq(brf_journal_entry_count_of(NULL, 0, 0), -1);
  cr_expect_eq(brf_journal_entry_step_count(NULL, 0), 0);
  cr_expect_null(brf_journal_entry_step_exercise(NULL, 0, 0));
  cr_expect_eq(brf_journal_entry_step_status(NULL, 0, 0), -1);
  cr_expect_eq(brf_journal_entry_pain(NULL, 0, 0), BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_entry_tightness(NULL, 0, 0), BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_entry_effort(NULL, 0), BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_torn_tail(NULL, NULL), 0);
  cr_expect_eq(brf_journal_tail_unterminated(NULL), 0);
  cr_expect_eq(brf_journal_adherence(NULL, 0, 1, 1, NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_journal_adherence_week(NULL, NULL, 0, 0, NULL, NULL, NULL), BRF_E_INVALID);
  brf_journal_free(NULL);
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 0, 0, "x", NULL), BRF_OK);
  cr_expect_null(brf_journal_entry_routine(j, 1));
  cr_expect_eq(brf_journal_entry_count_of(j, 0, 3), -1);
  cr_expect_eq(brf_journal_entry_pain(j, 0, 3), BRF_JOURNAL_UNSET);
  cr_expect_null(brf_journal_entry_step_exercise(j, 0, 0));
  cr_expect_eq(brf_journal_torn_tail(j, NULL), 0);
  brf_journal_free(j);
}

/* Adds a session on day with the given counts. */
static void add_session(brf_journal *j, int32_t day, int32_t done, int32_t cut, int32_t skip) {
  size_t i = 0;
  cr_assert_eq(brf_journal_add(j, day, 480, "r", &i), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_counts(j, i, done, cut, skip), BRF_OK);
}

Test(journal, adherence_counts_sessions_done_in_the_period) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  add_session(j, 100, 5, 0, 0);
  add_session(j, 101, 0, 1, 4); /* cut short counts */
  add_session(j, 102, 0, 0, 5); /* all skipped: not done */
  add_session(j, 103, 0, 0, 0); /* logged without detail: done */
  add_session(j, 103, 2, 0, 0); /* a second session that day counts too */
  add_session(j, 110, 2, 0, 0); /* outside the period */
  int64_t done = -1;
  int32_t pct = -2;
  cr_expect_eq(brf_journal_adherence(j, 100, 106, 7, &done, &pct), BRF_OK);
  cr_expect_eq(done, 4);
  cr_expect_eq(pct, 57); /* 4 * 100 / 7 rounded down */
  cr_expect_eq(brf_journal_adherence(j, 100, 110, 2, &done, &pct), BRF_OK);
  cr_expect_eq(done, 5);
  cr_expect_eq(pct, 100); /* capped */
  cr_expect_eq(brf_journal_adherence(j, 100, 110, 0, &done, &pct), BRF_OK);
  cr_expect_eq(pct, BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_adherence(j, 110, 100, 1, &done, &pct), BRF_E_RANGE);
  cr_expect_eq(brf_journal_adherence(j, 100, 110, -1, &done, &pct), BRF_E_RANGE);
  brf_journal_free(j);
}

Test(journal, weeks_start_on_monday) {
  /* 1970-01-01 was a Thursday; 1969-12-29 a Monday. */
  cr_expect_eq(brf_journal_week_start(0), -3);
  cr_expect_eq(brf_journal_week_start(4), 4); /* 1970-01-05, Monday */
  cr_expect_eq(brf_journal_week_start(10), 4);
  cr_expect_eq(brf_journal_week_start(11), 11);
  cr_expect_eq(brf_journal_week_start(-4), -10);
  for (int32_t d = -30; d < 30; d++) {
    int32_t m = brf_journal_week_start(d);
    cr_expect_eq(brf_date_weekday(m), BRF_WEEKDAY_MONDAY, "day %d", d);
    cr_expect(d - m >= 0 && d - m < 7);
  }
}

Test(journal, weekly_adherence_uses_the_prescribed_dates_of_the_week) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  /* Week of day 4 (Mon) to 10 (Sun): prescribed Mon, Wed, Fri; done Mon, Thu. */
  const int32_t prescribed[] = {4, 6, 8, 11, 13, 15};
  add_session(j, 4, 3, 0, 0);
  add_session(j, 7, 3, 0, 0);
  add_session(j, 11, 3, 0, 0);
  int64_t p = -1, done = -1;
  int32_t pct = -2;
  cr_expect_eq(brf_journal_adherence_week(j, prescribed, 6, 9, &p, &done, &pct), BRF_OK);
  cr_expect_eq(p, 3);
  cr_expect_eq(done, 2);
  cr_expect_eq(pct, 66);
  cr_expect_eq(brf_journal_adherence_week(j, prescribed, 6, 11, &p, &done, &pct), BRF_OK);
  cr_expect_eq(p, 3);
  cr_expect_eq(done, 1);
  cr_expect_eq(pct, 33);
  cr_expect_eq(brf_journal_adherence_week(j, prescribed, 6, 30, &p, &done, &pct), BRF_OK);
  cr_expect_eq(p, 0);
  cr_expect_eq(pct, BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_adherence_week(j, NULL, 2, 30, &p, &done, &pct), BRF_E_INVALID);
  brf_journal_free(j);
}

Test(journal, allocation_failure_leaves_the_journal_unchanged) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 1, 1, "first", NULL), BRF_OK);
  size_t base = st.live_blocks;
  for (size_t fail = 1;; fail++) {
    st.fail_at = st.calls + fail;
    brf_status s = brf_journal_add(j, 2, 2, "second", NULL);
    st.fail_at = 0;
    if (s == BRF_OK)
      break;
    cr_assert_eq(s, BRF_E_NOMEM);
    cr_expect_eq(brf_journal_count(j), 1);
    cr_expect_eq(st.live_blocks, base);
  }
  cr_expect_eq(brf_journal_count(j), 2);
  for (size_t fail = 1;; fail++) {
    size_t before = st.live_blocks;
    st.fail_at = st.calls + fail;
    brf_status s = brf_journal_entry_add_step(j, 1, "cat-camel", BRF_JOURNAL_STEP_DONE);
    st.fail_at = 0;
    if (s == BRF_OK)
      break;
    cr_assert_eq(s, BRF_E_NOMEM);
    cr_expect_eq(brf_journal_entry_step_count(j, 1), 0);
    cr_expect_eq(brf_journal_entry_count_of(j, 1, BRF_JOURNAL_STEP_DONE), 0);
    cr_expect_eq(st.live_blocks, before);
  }
  brf_journal_free(j);
}

Test(journal, week_start_never_overflows) {
  cr_expect_eq(brf_journal_week_start(INT32_MIN), INT32_MIN);
  cr_expect_eq(brf_date_weekday(brf_journal_week_start(BRF_DATE_MAX)), BRF_WEEKDAY_MONDAY);
  cr_expect_leq(BRF_DATE_MAX - brf_journal_week_start(BRF_DATE_MAX), 6);
  int32_t m = brf_journal_week_start(INT32_MAX);
  cr_expect(INT32_MAX - m >= 0 && INT32_MAX - m < 7);
}
