/* Adaptation scenarios with the documented outcomes (docs/adaptation.md):
 * steady improvement, phase advance, taper, flare-up, plateau, red flags,
 * rising and severe pain; reasons, NULL handling and allocation failure. */
#include "adapt_fixtures.h"

ADAPT_FIXTURE(adapt);

static brf_routine *relief_routine(void) {
  static const char *const ids[] = {"glute-foam-roll", "glute-stretch"};
  static const int32_t phases[] = {BRF_PHASE_RELEASE, BRF_PHASE_STRETCH};
  return routine_of("Glute relief", ids, phases, 2);
}

static brf_routine *strength_routine(void) {
  static const char *const ids[] = {"glute-stretch", "glute-bridge"};
  static const int32_t phases[] = {BRF_PHASE_STRETCH, BRF_PHASE_STRENGTHEN};
  return routine_of("Glute relief", ids, phases, 2);
}

/* One session: pain before, right after and next morning, and tightness. */
static void rate(brf_journal *j, int32_t day, int32_t before, int32_t after, int32_t morning,
                 int32_t tight) {
  adapt_session(j, "Glute relief", (adapt_session_row){day, before, NONE, after, morning, tight});
}

static brf_adapt_suggestion *suggest(const brf_journal *j, const brf_routine *r,
                                     const brf_screen *screen) {
  brf_adapt_suggestion *s = NULL;
  cr_assert_eq(brf_adapt_suggest(ctx, j, r, cat, NULL, screen, &s), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  const brf_advice *why = brf_adapt_suggestion_reasons(s);
  cr_assert_geq(brf_advice_count(why), 1, "every suggestion carries its reason");
  for (size_t i = 0; i < brf_advice_count(why); i++) {
    cr_expect_neq(strlen(brf_advice_message(why, i)), 0);
    cr_expect_neq(strlen(brf_advice_source(why, i)), 0);
  }
  return s;
}

static void expect_field(const brf_routine *r, size_t i, int32_t field, int64_t lo,
                         int64_t hi) {
  int64_t a = -1, b = -1;
  cr_assert_eq(brf_dosage_get(brf_routine_step_dose(r, i), field, &a, &b), BRF_OK,
               "step %zu field %d", i, field);
  cr_expect_eq(a, lo, "step %zu field %d: %lld", i, field, (long long)a);
  cr_expect_eq(b, hi, "step %zu field %d: %lld", i, field, (long long)b);
}

Test(adapt, outcomes_are_pinned_with_ids) {
  cr_expect_eq(BRF_ADAPT_INSUFFICIENT_DATA, 0);
  cr_expect_eq(BRF_ADAPT_REFER, 7);
  cr_expect_str_eq(brf_adapt_outcome_id(BRF_ADAPT_PROGRESS), "progress");
  cr_expect_str_eq(brf_adapt_outcome_id(BRF_ADAPT_FLARE_UP), "flare-up");
  cr_expect_str_eq(brf_adapt_outcome_id(BRF_ADAPT_ADVANCE_PHASE), "advance-phase");
  cr_expect_null(brf_adapt_outcome_id(BRF_ADAPT_OUTCOME_COUNT));
  cr_expect_null(brf_adapt_outcome_id(-1));
}

Test(adapt, an_empty_journal_is_insufficient_data) {
  brf_journal *j = journal();
  brf_routine *r = relief_routine();
  brf_adapt_suggestion *s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_INSUFFICIENT_DATA);
  cr_expect_str_eq(first_rule(s), "insufficient-data");
  cr_expect_null(brf_adapt_suggestion_routine(s));
  cr_expect_null(brf_adapt_suggestion_frequency(s));
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt, two_green_days_progress_the_doses) {
  brf_journal *j = journal();
  brf_routine *r = relief_routine();
  rate(j, 0, 3, 2, 2, 6);
  rate(j, 1, 3, 2, 2, 5);
  brf_adapt_suggestion *s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  cr_expect_str_eq(first_rule(s), "traffic-light-green");
  const brf_routine *a = brf_adapt_suggestion_routine(s);
  cr_assert_not_null(a);
  expect_field(a, 0, BRF_DOSE_DURATION_MS, 90000, 90000); /* 1 min + 30 s */
  expect_field(a, 1, BRF_DOSE_REPS, 4, 4);                /* 2-3 reps + 2, cap 4 */
  expect_field(r, 1, BRF_DOSE_REPS, 2, 3);                /* the input is untouched */
  cr_expect(has_rule(s, "progress-dose", NULL));
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt, one_green_session_holds) {
  brf_journal *j = journal();
  brf_routine *r = relief_routine();
  rate(j, 0, 3, 2, 2, 6);
  brf_adapt_suggestion *s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_HOLD);
  cr_expect_str_eq(first_rule(s), "green-once");
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt, a_dose_at_its_cap_moves_along_the_progression_link) {
  brf_journal *j = journal();
  static const char *const ids[] = {"glute-bridge"};
  static const int32_t phases[] = {BRF_PHASE_STRENGTHEN};
  brf_routine *r = routine_of("Glute relief", ids, phases, 1);
  set_dose(r, 0, "3x15");
  rate(j, 0, 2, 2, 1, 2);
  rate(j, 2, 2, 1, 1, 2);
  brf_adapt_suggestion *s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  const brf_routine *a = brf_adapt_suggestion_routine(s);
  cr_assert_not_null(a);
  cr_expect_str_eq(brf_routine_step_exercise_id(a, 0), "single-leg-glute-bridge");
  cr_expect_eq(brf_routine_step_phase(a, 0), BRF_PHASE_STRENGTHEN);
  cr_expect(has_rule(s, "progress-exercise", NULL));
  brf_adapt_suggestion_free(s);
  /* A beginner gets the beginner's progression; without a band, none. */
  brf_profile *p = NULL;
  cr_assert_eq(brf_profile_new(ctx, &p), BRF_OK);
  cr_assert_eq(brf_profile_set_level(p, BRF_LEVEL_BEGINNER), BRF_OK);
  for (int32_t e = 0; e < BRF_EQUIPMENT_COUNT; e++)
    if (e != BRF_EQUIPMENT_BARBELL && e != BRF_EQUIPMENT_DUMBBELL)
      cr_assert_eq(brf_profile_set_equipment(p, e, 1), BRF_OK);
  cr_assert_eq(brf_adapt_suggest(ctx, j, r, cat, p, NULL, &s), BRF_OK);
  a = brf_adapt_suggestion_routine(s);
  cr_assert_not_null(a);
  cr_expect_str_eq(brf_routine_step_exercise_id(a, 0), "banded-glute-bridge");
  brf_adapt_suggestion_free(s);
  cr_assert_eq(brf_profile_clear_equipment(p), BRF_OK);
  cr_assert_eq(brf_adapt_suggest(ctx, j, r, cat, p, NULL, &s), BRF_OK);
  cr_expect_null(brf_adapt_suggestion_routine(s));
  cr_expect(has_rule(s, "routine-unchanged", NULL));
  brf_adapt_suggestion_free(s);
  brf_profile_free(p);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* Steady improvement of a relief routine: tightness low for a week. */
Test(adapt, tightness_low_for_a_week_advances_to_strengthening) {
  brf_journal *j = journal();
  brf_routine *r = relief_routine();
  rate(j, 0, 4, 3, 3, 6);
  for (int32_t d = 1; d <= 7; d++)
    rate(j, d, 2, 2, 1, d < 4 ? 3 : 2);
  brf_adapt_suggestion *s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_ADVANCE_PHASE);
  cr_expect_str_eq(first_rule(s), "phase-advance");
  const brf_routine *a = brf_adapt_suggestion_routine(s);
  cr_assert_not_null(a);
  cr_assert_eq(brf_routine_step_count(a), 4);
  cr_expect_str_eq(brf_routine_step_exercise_id(a, 0), "glute-foam-roll");
  cr_expect_str_eq(brf_routine_step_exercise_id(a, 2), "glute-bridge");
  cr_expect_str_eq(brf_routine_step_exercise_id(a, 3), "active-leg-raise");
  cr_expect_eq(brf_routine_step_phase(a, 2), BRF_PHASE_STRENGTHEN);
  brf_adapt_suggestion_free(s);
  /* Without a catalog the outcome stands, with no routine and a reason. */
  cr_assert_eq(brf_adapt_suggest(ctx, j, r, NULL, NULL, NULL, &s), BRF_OK);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_ADVANCE_PHASE);
  cr_expect_null(brf_adapt_suggestion_routine(s));
  cr_expect(has_rule(s, "catalog-needed", NULL));
  brf_adapt_suggestion_free(s);
  /* Six days are not a week: progress instead. */
  brf_journal_free(j);
  j = journal();
  for (int32_t d = 1; d <= 6; d++)
    rate(j, d, 2, 2, 1, 2);
  s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt, two_weeks_of_daily_sessions_with_low_pain_taper) {
  brf_journal *j = journal();
  brf_routine *r = strength_routine();
  for (int32_t d = 0; d < 14; d++)
    if (d != 3 && d != 9)
      rate(j, d, 2, 1, 1, 2);
  brf_adapt_suggestion *s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_TAPER);
  cr_expect_str_eq(first_rule(s), "taper");
  cr_expect_str_eq(brf_adapt_suggestion_frequency(s), "2-3x/week");
  const brf_routine *a = brf_adapt_suggestion_routine(s);
  cr_assert_not_null(a);
  expect_field(a, 0, BRF_DOSE_PER_WEEK, 2, 3);
  cr_expect_eq(brf_dosage_get(brf_routine_step_dose(a, 0), BRF_DOSE_PER_DAY, NULL, NULL),
               BRF_E_NOT_FOUND);
  cr_expect(brf_dosage_equal(brf_routine_step_dose(a, 1), brf_routine_step_dose(r, 1)),
            "strengthening keeps its every-other-day dose");
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt, a_sudden_rise_is_a_flare_up_back_to_relief_work) {
  brf_journal *j = journal();
  brf_routine *r = strength_routine();
  rate(j, 0, 2, 2, 2, 3);
  rate(j, 1, 2, 2, 2, 3);
  rate(j, 2, 2, 2, 2, 3);
  rate(j, 3, 3, 7, 6, 7);
  brf_adapt_suggestion *s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_FLARE_UP);
  cr_expect_str_eq(first_rule(s), "flare-up");
  const brf_routine *a = brf_adapt_suggestion_routine(s);
  cr_assert_not_null(a);
  cr_assert_eq(brf_routine_step_count(a), 1);
  cr_expect_str_eq(brf_routine_step_exercise_id(a, 0), "glute-stretch");
  expect_field(a, 0, BRF_DOSE_HOLD_MS, 25000, 25000);
  cr_expect(has_rule(s, "flare-up-relief-only", NULL));
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt, a_red_response_regresses_the_dose) {
  brf_journal *j = journal();
  brf_routine *r = strength_routine();
  rate(j, 0, 3, 6, 3, 4);
  brf_adapt_suggestion *s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REGRESS);
  cr_expect_str_eq(first_rule(s), "traffic-light-red");
  const brf_routine *a = brf_adapt_suggestion_routine(s);
  cr_assert_not_null(a);
  cr_assert_eq(brf_routine_step_count(a), 2);
  expect_field(a, 1, BRF_DOSE_SETS, 1, 2); /* 2-3 sets, one fewer */
  brf_adapt_suggestion_free(s);
  /* Pain not settled by the next morning is red too. */
  brf_journal_free(j);
  j = journal();
  rate(j, 0, 2, 3, 4, 4);
  s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REGRESS);
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt, a_plateau_of_amber_responses_holds) {
  brf_journal *j = journal();
  brf_routine *r = strength_routine();
  for (int32_t d = 0; d < 6; d++)
    rate(j, d, 3, d % 2 ? 4 : 5, 3, 4);
  brf_adapt_suggestion *s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_HOLD);
  cr_expect_str_eq(first_rule(s), "traffic-light-amber");
  cr_expect_null(brf_adapt_suggestion_routine(s));
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt, a_red_flag_refers_whatever_the_journal_says) {
  brf_journal *j = journal();
  brf_routine *r = relief_routine();
  rate(j, 0, 3, 2, 2, 6);
  rate(j, 1, 3, 2, 2, 5);
  brf_screen *sc = NULL;
  cr_assert_eq(brf_screen_new(ctx, &sc), BRF_OK);
  cr_assert_eq(brf_screen_answer(sc, "saddle-numbness", 1), BRF_OK);
  brf_adapt_suggestion *s = suggest(j, r, sc);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REFER);
  cr_expect_str_eq(first_rule(s), "red-flag");
  cr_expect_eq(brf_advice_severity(brf_adapt_suggestion_reasons(s), 0), BRF_ADVICE_WARNING);
  cr_expect_null(brf_adapt_suggestion_routine(s));
  brf_adapt_suggestion_free(s);
  /* A review-level flag is a caution; the rules go on. */
  brf_screen_clear(sc);
  cr_assert_eq(brf_screen_answer(sc, "older-age", 1), BRF_OK); /* new pain after 50 */
  s = suggest(j, r, sc);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  cr_expect_str_eq(first_rule(s), "red-flag-review");
  brf_adapt_suggestion_free(s);
  brf_screen_free(sc);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt, pain_rising_over_consecutive_sessions_refers) {
  brf_journal *j = journal();
  brf_routine *r = relief_routine();
  rate(j, 0, 1, 1, 1, 3);
  rate(j, 1, 1, 2, 1, 3);
  rate(j, 2, 1, 3, 1, 3);
  rate(j, 3, 1, 4, 1, 3);
  brf_adapt_suggestion *s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REFER);
  cr_expect_str_eq(first_rule(s), "pain-keeps-rising");
  brf_adapt_suggestion_free(s);
  rate(j, 4, 1, 8, 1, 3);
  s = suggest(j, r, NULL);
  cr_expect_str_eq(first_rule(s), "severe-pain");
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt, no_improvement_in_two_weeks_refers) {
  brf_journal *j = journal();
  brf_routine *r = relief_routine();
  rate(j, 0, 5, 4, 5, 6);
  rate(j, 7, 5, 4, 5, 6);
  rate(j, 14, 4, 4, 4, 6);
  brf_adapt_suggestion *s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REFER);
  cr_expect_str_eq(first_rule(s), "no-improvement");
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt, only_the_routines_own_sessions_count_in_date_order) {
  brf_journal *j = journal();
  brf_routine *r = relief_routine();
  size_t i = 0;
  rate(j, 1, 3, 2, 2, 5);
  rate(j, 0, 3, 2, 2, 6); /* recorded late: sorted by date */
  cr_assert_eq(brf_journal_add(j, 20402, 600, "Other routine", &i), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_pain(j, i, BRF_JOURNAL_AFTER, 9), BRF_OK);
  brf_adapt_suggestion *s = suggest(j, r, NULL);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt, the_same_input_gives_the_same_suggestion) {
  brf_journal *j = journal();
  brf_routine *r = strength_routine();
  rate(j, 0, 2, 2, 2, 3);
  rate(j, 1, 3, 7, 6, 7);
  brf_adapt_suggestion *a = suggest(j, r, NULL), *b = suggest(j, r, NULL);
  const brf_advice *x = brf_adapt_suggestion_reasons(a), *y = brf_adapt_suggestion_reasons(b);
  cr_assert_eq(brf_advice_count(x), brf_advice_count(y));
  for (size_t k = 0; k < brf_advice_count(x); k++)
    cr_expect_str_eq(brf_advice_message(x, k), brf_advice_message(y, k));
  brf_adapt_suggestion_free(a);
  brf_adapt_suggestion_free(b);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt, null_arguments) {
  brf_journal *j = journal();
  brf_routine *r = relief_routine();
  brf_adapt_suggestion *s = (brf_adapt_suggestion *)1;
  cr_expect_eq(brf_adapt_suggest(NULL, j, r, cat, NULL, NULL, &s), BRF_E_INVALID);
  cr_expect_null(s);
  cr_expect_eq(brf_adapt_suggest(ctx, NULL, r, cat, NULL, NULL, &s), BRF_E_INVALID);
  cr_expect_eq(brf_adapt_suggest(ctx, j, NULL, cat, NULL, NULL, &s), BRF_E_INVALID);
  cr_expect_eq(brf_adapt_suggest(ctx, j, r, cat, NULL, NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_adapt_suggestion_outcome(NULL), -1);
  cr_expect_null(brf_adapt_suggestion_reasons(NULL));
  cr_expect_null(brf_adapt_suggestion_routine(NULL));
  cr_expect_null(brf_adapt_suggestion_frequency(NULL));
  brf_adapt_suggestion_free(NULL);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* Fail every allocation of brf_adapt_suggest in turn. */
static void expect_nomem_loop(const brf_journal *j, const brf_routine *r, int32_t outcome) {
  size_t base = st.live_blocks;
  for (size_t fail = 1;; fail++) {
    brf_adapt_suggestion *s = NULL;
    st.fail_at = st.calls + fail;
    brf_status res = brf_adapt_suggest(ctx, j, r, cat, NULL, NULL, &s);
    st.fail_at = 0;
    if (res == BRF_OK) {
      cr_expect_eq(brf_adapt_suggestion_outcome(s), outcome);
      brf_adapt_suggestion_free(s);
      break;
    }
    cr_assert_eq(res, BRF_E_NOMEM, "fail %zu: %s", fail, brf_context_errmsg(ctx));
    cr_expect_null(s);
    cr_expect_eq(st.live_blocks, base, "fail %zu", fail);
  }
}

Test(adapt, allocation_failure_frees_everything) {
  brf_journal *j = journal();
  brf_routine *r = relief_routine();
  rate(j, 0, 3, 2, 2, 6);
  rate(j, 1, 3, 2, 2, 5);
  expect_nomem_loop(j, r, BRF_ADAPT_PROGRESS);
  for (int32_t d = 2; d <= 8; d++)
    rate(j, d, 2, 2, 1, 2);
  expect_nomem_loop(j, r, BRF_ADAPT_ADVANCE_PHASE);
  rate(j, 9, 3, 7, 6, 7);
  brf_routine *sr = strength_routine();
  expect_nomem_loop(j, sr, BRF_ADAPT_FLARE_UP);
  brf_routine_free(sr);
  brf_routine_free(r);
  brf_journal_free(j);
}
