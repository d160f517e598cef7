/* brf_adapt_next: week-by-week scenarios with outcomes derived from the
 * sources before the code (docs/adaptation.md, "Adaptation v2"):
 * clinical.md 5.1 (Silbernagel 2007: pain during up to 5/10, settled by the
 * next morning), 5.2/5.4 (traffic lights: a next-morning rise above
 * baseline that lasts is red; during above 5 is red), 5.3 (Ostelo 2008: 2
 * points is the minimal important change), NHS inform (build up every few
 * days). Each scenario is a journal of dated sessions and the expected
 * outcome and single change. */
#include "adapt_fixtures.h"

ADAPT_FIXTURE(adapt_next);

static void rate_for(brf_journal *j, const char *routine, int32_t day, int32_t before,
                     int32_t after, int32_t morning) {
  adapt_session(j, routine, (adapt_session_row){day, before, NONE, after, morning, NONE});
}

typedef struct ask {
  const brf_routine *prev, *start;
  const brf_profile *profile;
  int32_t today, last_change;
  int64_t budget_ms;
} ask;

static brf_adapt_suggestion *next(const brf_journal *j, const brf_routine *r, ask a) {
  brf_adapt_suggestion *s = NULL;
  cr_assert_eq(brf_adapt_next(ctx, j, r, a.prev, a.start, cat, a.profile, NULL, D0 + a.today,
                              a.last_change < 0 ? -1 : D0 + a.last_change, a.budget_ms, &s),
               BRF_OK, "%s", brf_context_errmsg(ctx));
  const brf_advice *why = brf_adapt_suggestion_reasons(s);
  cr_assert_geq(brf_advice_count(why), 1);
  for (size_t i = 0; i < brf_advice_count(why); i++)
    cr_expect_neq(strlen(brf_advice_source(why, i)), 0, "%s", brf_advice_rule(why, i));
  return s;
}

static const brf_routine *adapted(const brf_adapt_suggestion *s) {
  const brf_routine *r = NULL;
  cr_assert_eq(brf_adapt_suggestion_routine_get(s, &r), BRF_OK);
  return r;
}

/* How many steps differ (exercise or dose) between a and b. */
static size_t changed_steps(const brf_routine *a, const brf_routine *b) {
  size_t n = 0;
  cr_assert_eq(brf_routine_step_count(a), brf_routine_step_count(b));
  for (size_t i = 0; i < brf_routine_step_count(a); i++)
    n += strcmp(brf_routine_step_exercise_id(a, i), brf_routine_step_exercise_id(b, i)) != 0 ||
         !brf_dosage_equal(brf_routine_step_dose(a, i), brf_routine_step_dose(b, i));
  return n;
}

static int64_t max_ms(const brf_routine *r) {
  int64_t hi = 0;
  cr_assert_eq(brf_routine_estimate_ms(r, NULL, &hi), BRF_OK);
  return hi;
}

static void expect_reps(const brf_routine *r, size_t i, int64_t lo, int64_t hi) {
  int64_t a = -1, b = -1;
  cr_assert_eq(brf_dosage_get(brf_routine_step_dose(r, i), BRF_DOSE_REPS, &a, &b), BRF_OK);
  cr_expect_eq(a, lo, "step %zu reps from %lld", i, (long long)a);
  cr_expect_eq(b, hi, "step %zu reps to %lld", i, (long long)b);
}

/* 1. Two green sessions on different days: one change, the lower end of one
 * exercise's rep range (6 -> 8 of 6-15), never a swap of four exercises. */
Test(adapt_next, two_green_days_progress_one_step_within_the_range) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 3, 2);
  brf_adapt_suggestion *s = next(j, r, (ask){.today = 3, .last_change = NONE});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  const brf_routine *a = adapted(s);
  cr_assert_not_null(a);
  cr_expect_eq(changed_steps(r, a), 1);
  expect_reps(a, 0, 8, 15);
  cr_expect_leq(max_ms(a), max_ms(r), "a step within the range costs no time");
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 2. Steady improvement over 4 weeks, every suggestion applied: progress in
 * single steps, never two within 3 days, never on the same sessions. */
Test(adapt_next, four_weeks_of_green_sessions_progress_in_single_earned_steps) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  int32_t last = NONE, applied = 0, prev_day = -100;
  for (int32_t day = 0; day < 28; day++) {
    if (day % 2 == 0)
      rate_strengthen(j, day, 3, 2, 2);
    brf_adapt_suggestion *s = next(j, r, (ask){.today = day, .last_change = last});
    if (brf_adapt_suggestion_outcome(s) == BRF_ADAPT_PROGRESS) {
      const brf_routine *a = adapted(s);
      cr_assert_not_null(a);
      cr_expect_eq(changed_steps(r, a), 1, "day %d: one change", day);
      cr_expect_geq(day - prev_day, 3, "day %d: two progressions within 3 days", day);
      brf_routine *copy = NULL;
      cr_assert_eq(brf_routine_clone(ctx, a, &copy), BRF_OK);
      brf_routine_free(r);
      r = copy;
      last = prev_day = day;
      applied++;
    } else {
      cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_HOLD, "day %d", day);
    }
    brf_adapt_suggestion_free(s);
  }
  /* Sessions every other day; 2 green ones since the change and 3 days
   * needed: days 2, 6, 10, 14, 18, 22 and 26. */
  cr_expect_eq(applied, 7, "applied %d", applied);
  /* The worked example of docs/adaptation.md: one exercise at a time, the
   * one with most room first (ties in routine order). */
  expect_reps(r, 0, 12, 15);
  expect_reps(r, 1, 10, 15);
  expect_reps(r, 2, 10, 15);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 3. Asking every day without new sessions does not progress again. */
Test(adapt_next, asking_again_without_new_sessions_holds) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 2, 2);
  /* Days 3 to 8 (day 9 is 7 days after the last session: a gap). */
  for (int32_t day = 3; day < 9; day++) {
    brf_adapt_suggestion *s = next(j, r, (ask){.today = day, .last_change = 3});
    cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_HOLD, "day %d", day);
    cr_expect(has_rule(s, "not-earned", NULL), "day %d", day);
    cr_expect_null(adapted(s));
    brf_adapt_suggestion_free(s);
  }
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 4. Flare-up: a next-morning rise of 3 above the baseline of 2 is red; the
 * last change is undone first (the previous routine), with the flare-up plan. */
Test(adapt_next, a_flare_up_undoes_the_last_change_with_the_flare_up_plan) {
  brf_journal *j = journal();
  brf_routine *r = beginner(), *prev = beginner();
  set_dose(r, 0, "2-3x8-15, every other day");
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 2, 2);
  rate_strengthen(j, 5, 2, 4, 5);
  brf_adapt_suggestion *s = next(j, r, (ask){.prev = prev, .today = 6, .last_change = 3});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REGRESS);
  cr_expect(has_rule(s, "red-next-morning", NULL));
  cr_expect(has_rule(s, "undo-last-change", NULL));
  cr_expect(has_rule(s, "flare-up-plan", NULL));
  const brf_routine *a = adapted(s);
  cr_assert_not_null(a);
  cr_expect_eq(changed_steps(prev, a), 0, "back to the previous routine");
  brf_adapt_suggestion_free(s);
  brf_routine_free(prev);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 5. A 1-point wobble (2 -> 3 the next morning) is within the minimal
 * important change: green, and with a second green day, progress. */
Test(adapt_next, a_one_point_wobble_is_green) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 3, 3);
  brf_adapt_suggestion *s = next(j, r, (ask){.today = 3, .last_change = NONE});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 6. Amber that settles: a rise of 2 after the session, back to baseline by
 * the next morning: hold the dose. */
Test(adapt_next, amber_that_settles_holds) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 4, 2);
  brf_adapt_suggestion *s = next(j, r, (ask){.today = 3, .last_change = NONE});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_HOLD);
  cr_expect(has_rule(s, "amber", NULL));
  cr_expect_null(adapted(s));
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 7. Plateau for 3 weeks at the top of every range (pain not falling, but
 * green): a different exercise (the next progression), not a refer. */
Test(adapt_next, a_plateau_at_the_top_of_the_ranges_swaps_one_exercise_not_refer) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  for (size_t i = 0; i < 3; i++)
    set_dose(r, i, "3x15, every other day");
  for (int32_t day = 0; day < 21; day += 2)
    rate_strengthen(j, day, 4, 4, 4);
  brf_adapt_suggestion *s = next(j, r, (ask){.today = 21, .last_change = NONE});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  const brf_routine *a = adapted(s);
  cr_assert_not_null(a);
  cr_expect_eq(changed_steps(r, a), 1);
  cr_expect(has_rule(s, "progress-exercise", NULL));
  /* No profile: one level up at most (beginner -> intermediate). */
  for (size_t i = 0; i < brf_routine_step_count(a); i++) {
    const brf_exercise *ex = brf_catalog_find(cat, brf_routine_step_exercise_id(a, i));
    cr_expect_leq(brf_exercise_level(ex), BRF_LEVEL_INTERMEDIATE);
  }
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 8. A chronic, stable baseline of 4 with no rise: green, not refer. */
Test(adapt_next, a_chronic_stable_baseline_of_4_is_green_not_refer) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  for (int32_t day = 0; day < 16; day += 2)
    rate_strengthen(j, day, 4, 4, 4);
  brf_adapt_suggestion *s = next(j, r, (ask){.today = 16, .last_change = NONE});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 9. Pain rising over three sessions (peaks 2, 3, 4: each rise within the
 * 2-point change, but it keeps rising): red. */
Test(adapt_next, pain_rising_over_three_sessions_is_red) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 3, 3);
  rate_strengthen(j, 4, 3, 4, 4);
  brf_adapt_suggestion *s = next(j, r, (ask){.today = 5, .last_change = NONE});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REGRESS, "%s",
               brf_advice_rule(brf_adapt_suggestion_reasons(s), 0));
  cr_expect(has_rule(s, "red-rising", NULL));
  cr_expect(has_rule(s, "flare-up-plan", NULL));
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 10. An 8-day gap: restart one step lower (the previous routine). */
Test(adapt_next, an_8_day_gap_restarts_one_step_lower) {
  brf_journal *j = journal();
  brf_routine *r = beginner(), *prev = beginner();
  set_dose(r, 1, "2-3x8-15, every other day");
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 2, 2);
  brf_adapt_suggestion *s = next(j, r, (ask){.prev = prev, .today = 10, .last_change = 3});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_RESTART);
  cr_expect(has_rule(s, "gap-one-step", NULL));
  cr_expect_eq(changed_steps(prev, adapted(s)), 0);
  brf_adapt_suggestion_free(s);
  /* Without the previous routine: one dose step down, one change. */
  s = next(j, r, (ask){.today = 10, .last_change = 3});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_RESTART);
  cr_expect_eq(changed_steps(r, adapted(s)), 1);
  brf_adapt_suggestion_free(s);
  brf_routine_free(prev);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 11. A 30-day gap: restart at the routine's starting doses. */
Test(adapt_next, a_30_day_gap_restarts_at_the_starting_doses) {
  brf_journal *j = journal();
  brf_routine *r = beginner(), *start = beginner();
  set_dose(r, 0, "3x12-15, every other day");
  set_dose(r, 2, "3x12-15, every other day");
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 3, 2, 2, 2);
  brf_adapt_suggestion *s = next(j, r, (ask){.start = start, .today = 33, .last_change = 1});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_RESTART);
  cr_expect(has_rule(s, "gap-restart", NULL));
  cr_expect_eq(changed_steps(start, adapted(s)), 0);
  cr_expect(!has_rule(s, "traffic-light-green", NULL), "never progress after a long gap");
  brf_adapt_suggestion_free(s);
  brf_routine_free(start);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 12. Two routines in one journal are kept apart; "" matches only "". */
Test(adapt_next, two_routines_in_one_journal_are_kept_apart) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 2, 2);
  rate_for(j, "office", 2, 5, 7, 7);
  rate_for(j, "", 2, 5, 7, 7);
  brf_adapt_suggestion *s = next(j, r, (ask){.today = 3, .last_change = NONE});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 12b. The routine id (issue 19, item 4): a routine renamed after two green
 * sessions keeps them (progress), and a new routine that took the old name
 * does not inherit them (no rated session of its own: insufficient data). */
Test(adapt_next, a_renamed_routine_keeps_its_sessions_by_id) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  cr_assert_eq(brf_routine_set_id(r, "r-strong-1"), BRF_OK);
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 2, 2);
  for (size_t i = 0; i < 2; i++)
    cr_assert_eq(brf_journal_entry_set_routine_id(j, i, "r-strong-1"), BRF_OK);
  cr_assert_eq(brf_routine_set_name(r, "core"), BRF_OK);
  brf_adapt_suggestion *s = next(j, r, (ask){.today = 3, .last_change = NONE});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  brf_adapt_suggestion_free(s);
  brf_routine *other = beginner(); /* named "strengthen", as the entries */
  cr_assert_eq(brf_routine_set_id(other, "r-strong-2"), BRF_OK);
  s = next(j, other, (ask){.today = 3, .last_change = NONE});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_INSUFFICIENT_DATA);
  brf_adapt_suggestion_free(s);
  brf_routine_free(other);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 13. A beginner profile stops a swap to an intermediate exercise. */
Test(adapt_next, the_profile_level_limits_the_swap) {
  brf_journal *j = journal();
  brf_routine *r = NULL;
  static const char *const ids[] = {"clamshell"};
  r = routine_of("strengthen", ids, NULL, 1);
  set_dose(r, 0, "3x15, each side, every other day");
  brf_profile *p = NULL;
  cr_assert_eq(brf_profile_new(ctx, &p), BRF_OK);
  cr_assert_eq(brf_profile_set_level(p, BRF_LEVEL_BEGINNER), BRF_OK);
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 2, 2);
  brf_adapt_suggestion *s = next(j, r, (ask){.profile = p, .today = 3, .last_change = NONE});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_HOLD, "side-plank is intermediate");
  cr_expect(has_rule(s, "no-room", NULL));
  brf_adapt_suggestion_free(s);
  brf_profile_free(p);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 14. A progression that would exceed the time budget is traded: the time
 * stays within the budget and a reason says so. */
Test(adapt_next, a_progression_over_the_budget_is_traded_and_time_kept) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  for (size_t i = 0; i < 3; i++)
    set_dose(r, i, "3x15, every other day");
  int64_t budget = max_ms(r);
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 2, 2);
  brf_adapt_suggestion *s = next(j, r, (ask){.today = 3, .last_change = NONE, .budget_ms = budget});
  int32_t o = brf_adapt_suggestion_outcome(s);
  cr_expect(o == BRF_ADAPT_PROGRESS || o == BRF_ADAPT_HOLD);
  if (o == BRF_ADAPT_PROGRESS) {
    cr_expect_leq(max_ms(adapted(s)), budget);
    cr_expect(has_rule(s, "budget-traded", NULL));
  } else {
    cr_expect(has_rule(s, "no-room", NULL));
  }
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 15. Ten weeks, 20 applied progressions at most, time budget always kept. */
Test(adapt_next, the_budget_holds_over_ten_weeks_of_applied_progressions) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  int64_t budget = max_ms(r);
  int32_t last = NONE, applied = 0;
  for (int32_t day = 0; day < 70; day++) {
    rate_strengthen(j, day, 2, 2, 2);
    brf_adapt_suggestion *s =
        next(j, r, (ask){.today = day, .last_change = last, .budget_ms = budget});
    const brf_routine *a = adapted(s);
    if (brf_adapt_suggestion_outcome(s) == BRF_ADAPT_PROGRESS && a) {
      cr_expect_leq(max_ms(a), budget, "day %d", day);
      brf_routine *copy = NULL;
      cr_assert_eq(brf_routine_clone(ctx, a, &copy), BRF_OK);
      brf_routine_free(r);
      r = copy;
      last = day;
      applied++;
    }
    brf_adapt_suggestion_free(s);
  }
  cr_expect_geq(applied, 20, "applied %d", applied);
  cr_expect_leq(max_ms(r), budget);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 16. Bad input: a session dated after today is left out with a reason
 * naming it; the suggestion comes from the valid entries. */
Test(adapt_next, sessions_after_today_are_named_and_left_out) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 2, 2);
  rate_strengthen(j, 9, 2, 9, 9);
  brf_adapt_suggestion *s = next(j, r, (ask){.today = 3, .last_change = NONE});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  cr_expect(has_rule(s, "future-entry", NULL));
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* 17. Severe pain still refers; red flags are the old rules'. */
Test(adapt_next, severe_pain_refers) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  rate_strengthen(j, 0, 2, 8, 6);
  brf_adapt_suggestion *s = next(j, r, (ask){.today = 1, .last_change = NONE});
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REFER);
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt_next, null_arguments) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  brf_adapt_suggestion *s = (void *)1;
  cr_expect_eq(brf_adapt_next(ctx, NULL, r, NULL, NULL, NULL, NULL, NULL, D0, -1, 0, &s),
               BRF_E_INVALID);
  cr_expect_null(s);
  cr_expect_eq(brf_adapt_next(ctx, j, NULL, NULL, NULL, NULL, NULL, NULL, D0, -1, 0, &s),
               BRF_E_INVALID);
  cr_expect_eq(brf_adapt_next(ctx, j, r, NULL, NULL, NULL, NULL, NULL, D0, -1, 0, NULL),
               BRF_E_INVALID);
  cr_expect_str_eq(brf_adapt_outcome_id(BRF_ADAPT_RESTART), "restart");
  brf_routine_free(r);
  brf_journal_free(j);
}
