/* Filling a journal entry from the player's completion record. Uses the
 * built-in catalog for a routine, and skips when it is not compiled in. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

static void setup(void) { cat = brf_test_builtin_catalog(ctx); }
static void teardown(void) {
  brf_catalog_free(cat);
}

BRF_TEST_CONTEXT_FIXTURE_WITH(journal_player, setup, teardown);

static const char *const ids[] = {"glute-stretch", "glute-bridge", "cat-camel"};

/* A started player over a three-step routine. */
static brf_player *player(void) {
  brf_routine *r = NULL;
  brf_timeline *tl = NULL;
  brf_player *p = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  for (size_t i = 0; i < 3; i++)
    cr_assert_eq(brf_routine_append(r, brf_catalog_find(cat, ids[i]), NULL), BRF_OK);
  cr_assert_eq(brf_timeline_new(ctx, r, BRF_TIMELINE_MIN, &tl), BRF_OK);
  cr_assert_eq(brf_player_new(ctx, tl, &p), BRF_OK);
  brf_timeline_free(tl);
  brf_routine_free(r);
  cr_assert_eq(brf_player_start(p), BRF_OK);
  return p;
}

static brf_journal *journal_with_entry(void) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  cr_assert_eq(brf_journal_add(j, 20400, 480, "Glutes", NULL), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_counts(j, 0, 9, 9, 9), BRF_OK);
  return j;
}

Test(journal_player, a_session_played_to_the_end_is_all_done) {
  brf_player *p = player();
  brf_journal *j = journal_with_entry();
  cr_assert_eq(brf_player_advance(p, brf_timeline_total_ms(brf_player_timeline(p)) + 1000),
               BRF_OK);
  cr_assert_eq(brf_journal_entry_set_from_player(j, 0, p), BRF_OK);
  cr_expect_eq(brf_journal_entry_count_of(j, 0, BRF_JOURNAL_STEP_DONE), 3);
  cr_expect_eq(brf_journal_entry_count_of(j, 0, BRF_JOURNAL_STEP_CUT_SHORT), 0);
  cr_expect_eq(brf_journal_entry_count_of(j, 0, BRF_JOURNAL_STEP_SKIPPED), 0);
  cr_assert_eq(brf_journal_entry_step_count(j, 0), 3);
  for (size_t k = 0; k < 3; k++) {
    cr_expect_str_eq(brf_journal_entry_step_exercise(j, 0, k), ids[k]);
    cr_expect_eq(brf_journal_entry_step_status(j, 0, k), BRF_JOURNAL_STEP_DONE);
  }
  brf_journal_free(j);
  brf_player_free(p);
}

Test(journal_player, a_stopped_session_records_cut_short_and_skipped_steps) {
  brf_player *p = player();
  brf_journal *j = journal_with_entry();
  int64_t start = 0, planned = 0;
  cr_assert_eq(brf_timeline_step_span(brf_player_timeline(p), 1, &start, &planned), BRF_OK);
  cr_assert_eq(brf_player_advance(p, start + planned / 2), BRF_OK);
  cr_assert_eq(brf_player_stop(p), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_from_player(j, 0, p), BRF_OK);
  cr_expect_eq(brf_journal_entry_step_status(j, 0, 0), BRF_JOURNAL_STEP_DONE);
  cr_expect_eq(brf_journal_entry_step_status(j, 0, 1), BRF_JOURNAL_STEP_CUT_SHORT);
  cr_expect_eq(brf_journal_entry_step_status(j, 0, 2), BRF_JOURNAL_STEP_SKIPPED);
  cr_expect_eq(brf_journal_entry_count_of(j, 0, BRF_JOURNAL_STEP_DONE), 1);
  cr_expect_eq(brf_journal_entry_count_of(j, 0, BRF_JOURNAL_STEP_CUT_SHORT), 1);
  cr_expect_eq(brf_journal_entry_count_of(j, 0, BRF_JOURNAL_STEP_SKIPPED), 1);
  /* The steps survive the JSON Lines round trip. */
  char *line = NULL;
  size_t len = 0;
  brf_journal *back = NULL;
  cr_assert_eq(brf_journal_entry_to_line(ctx, j, 0, &line, &len), BRF_OK);
  cr_assert_eq(brf_journal_load(ctx, line, len, &back), BRF_OK);
  cr_expect_str_eq(brf_journal_entry_step_exercise(back, 0, 1), "glute-bridge");
  cr_expect_eq(brf_journal_entry_step_status(back, 0, 1), BRF_JOURNAL_STEP_CUT_SHORT);
  brf_journal_free(back);
  brf_free(ctx, line);
  brf_journal_free(j);
  brf_player_free(p);
}

Test(journal_player, bad_arguments_and_allocation_failure_change_nothing) {
  brf_player *p = player();
  brf_journal *j = journal_with_entry();
  cr_expect_eq(brf_journal_entry_set_from_player(NULL, 0, p), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_set_from_player(j, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_set_from_player(j, 1, p), BRF_E_RANGE);
  cr_assert_eq(brf_player_advance(p, brf_timeline_total_ms(brf_player_timeline(p)) + 1000),
               BRF_OK);
  size_t base = st.live_blocks;
  for (size_t fail = 1;; fail++) {
    st.fail_at = st.calls + fail;
    brf_status s = brf_journal_entry_set_from_player(j, 0, p);
    st.fail_at = 0;
    if (s == BRF_OK)
      break;
    cr_assert_eq(s, BRF_E_NOMEM);
    cr_expect_eq(st.live_blocks, base);
    cr_expect_eq(brf_journal_entry_count_of(j, 0, BRF_JOURNAL_STEP_DONE), 9);
    cr_expect_eq(brf_journal_entry_step_count(j, 0), 0);
  }
  cr_expect_eq(brf_journal_entry_count_of(j, 0, BRF_JOURNAL_STEP_DONE), 3);
  brf_journal_free(j);
  brf_player_free(p);
}
