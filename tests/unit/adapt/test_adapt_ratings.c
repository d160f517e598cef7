/* brf_adapt_next with the pain during a session and per-exercise ratings
 * (issue 19, item 5). Expected outcomes derived from the sources before the
 * code (docs/adaptation.md, "Pain during and per-exercise ratings"):
 * clinical.md 5.1 (Silbernagel 2007: pain during may reach 5/10), 5.2 (the
 * traffic lights: amber 4-5/10 during, repeat the dose and don't progress;
 * red 6/10 or more during, reduce or modify the load), 5.3 (Ostelo 2008: 2
 * points is the minimal important change), 5.4 (regress when pain during an
 * exercise is above 5/10; stop and refer on severe pain during an exercise,
 * NHS). Routine: glute-bridge, clamshell, active-leg-raise at 2-3x6-15
 * (steps 0, 1, 2); two green sessions on days 0 and 2 earn one progression on
 * day 3, which goes to glute-bridge when nothing is held (scenario 1 of
 * test_adapt_next.c). */
#include "adapt_fixtures.h"

ADAPT_FIXTURE(adapt_ratings);

/* A session of day d: pain before, during (-1: not recorded), right after
 * and next morning; returns its index. */
static size_t session(brf_journal *j, int32_t d, int32_t before, int32_t during, int32_t after,
                      int32_t morning) {
  adapt_session_row row = {d, before, during, after, morning, NONE};
  return adapt_session(j, "strengthen", row);
}

/* Which steps differ: bit i for step i. */
static unsigned changed(const brf_routine *a, const brf_adapt_suggestion *s) {
  const brf_routine *b = NULL;
  cr_assert_eq(brf_adapt_suggestion_routine_get(s, &b), BRF_OK);
  if (!b)
    return 0;
  unsigned m = 0;
  for (size_t i = 0; i < brf_routine_step_count(a); i++)
    if (strcmp(brf_routine_step_exercise_id(a, i), brf_routine_step_exercise_id(b, i)) != 0 ||
        !brf_dosage_equal(brf_routine_step_dose(a, i), brf_routine_step_dose(b, i)))
      m |= 1u << i;
  return m;
}

/* A. Pain during 7/10 recorded on its own (right after 2): red by the pain
 * during, the regression and the flare-up plan. */
Test(adapt_ratings, pain_during_above_5_is_red) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  session(j, 0, 2, -1, 2, 2);
  session(j, 2, 2, 7, 2, 2);
  brf_adapt_suggestion *s = next_after(j, r, NULL, 3, -1);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REGRESS);
  cr_expect_str_eq(first_rule(s), "red-during");
  cr_expect(has_rule(s, "flare-up-plan", NULL));
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* B. Pain during 4/10 against a baseline of 2, settled by the next morning:
 * amber, hold. Without the pain during (right after 2) it would progress. */
Test(adapt_ratings, pain_during_4_above_baseline_2_is_amber) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  session(j, 0, 2, -1, 2, 2);
  session(j, 2, 2, 4, 2, 2);
  brf_adapt_suggestion *s = next_after(j, r, NULL, 3, -1);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_HOLD);
  cr_expect_str_eq(first_rule(s), "amber");
  cr_expect_eq(changed(r, s), 0);
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* C. Green sessions, but glute-bridge rated 4/10 during it (2 above the
 * baseline of 2): it is held, and the one earned step goes to clamshell. */
Test(adapt_ratings, an_exercise_rated_amber_is_held_and_another_progresses) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  session(j, 0, 2, -1, 2, 2);
  size_t i = session(j, 2, 2, 3, 2, 2);
  cr_assert_eq(brf_journal_entry_rate_exercise(j, i, "glute-bridge", 4, 4), BRF_OK);
  cr_assert_eq(brf_journal_entry_rate_exercise(j, i, "clamshell", 2, 1), BRF_OK);
  brf_adapt_suggestion *s = next_after(j, r, NULL, 3, -1);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  cr_expect_eq(changed(r, s), 1u << 1, "clamshell only, not the bridge: %x", changed(r, s));
  cr_expect(has_rule(s, "exercise-amber", "glute-bridge"));
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* D. Green sessions, but clamshell rated 7/10 during it: red for that
 * exercise alone: clamshell one step lower, the others unchanged, no
 * flare-up plan (the session as a whole was green). */
Test(adapt_ratings, an_exercise_rated_red_is_lowered_alone) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  session(j, 0, 2, -1, 2, 2);
  size_t i = session(j, 2, 2, -1, 3, 2);
  cr_assert_eq(brf_journal_entry_rate_exercise(j, i, "clamshell", -1, 7), BRF_OK);
  brf_adapt_suggestion *s = next_after(j, r, NULL, 3, -1);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REGRESS);
  cr_expect_str_eq(first_rule(s), "exercise-red");
  cr_expect_eq(changed(r, s), 1u << 1, "clamshell only: %x", changed(r, s));
  cr_expect(!has_rule(s, "flare-up-plan", NULL));
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* E. Severe pain (8/10) during one exercise: stop and refer. */
Test(adapt_ratings, severe_pain_during_an_exercise_refers) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  session(j, 0, 2, -1, 2, 2);
  size_t i = session(j, 2, 2, -1, 3, 2);
  cr_assert_eq(brf_journal_entry_rate_exercise(j, i, "active-leg-raise", 5, 8), BRF_OK);
  brf_adapt_suggestion *s = next_after(j, r, NULL, 3, -1);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REFER);
  cr_expect(has_rule(s, "exercise-severe-pain", "active-leg-raise"));
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* F. A rating from before the last change is about the old dose: ignored.
 * Bridge rated 4 on day 0; change applied on day 1; green days 2 and 4; on
 * day 5 the progression goes to the bridge as usual. */
Test(adapt_ratings, ratings_before_the_last_change_are_ignored) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  size_t i = session(j, 0, 2, -1, 2, 2);
  cr_assert_eq(brf_journal_entry_rate_exercise(j, i, "glute-bridge", -1, 4), BRF_OK);
  session(j, 2, 2, -1, 2, 2);
  session(j, 4, 2, -1, 2, 2);
  brf_adapt_suggestion *s = next_after(j, r, NULL, 5, 1);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  cr_expect_eq(changed(r, s), 1u << 0, "the bridge: %x", changed(r, s));
  cr_expect(!has_rule(s, "exercise-amber", NULL));
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

/* G. A chronic baseline of 4: the bridge rated 5/10 is 1 above it (below
 * the minimal important change of 2): green, the bridge progresses. */
Test(adapt_ratings, a_rating_near_a_chronic_baseline_is_green) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  session(j, 0, 4, -1, 4, 4);
  size_t i = session(j, 2, 4, -1, 4, 4);
  cr_assert_eq(brf_journal_entry_rate_exercise(j, i, "glute-bridge", 3, 5), BRF_OK);
  brf_adapt_suggestion *s = next_after(j, r, NULL, 3, -1);
  cr_expect_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  cr_expect_eq(changed(r, s), 1u << 0, "the bridge: %x", changed(r, s));
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}
