/* The status-returning _get forms beside the getters whose failure value is
 * also a valid answer (docs/conventions.md, "Sentinels"): each answers
 * BRF_E_INVALID for a NULL object or out-parameter, BRF_E_RANGE for an index
 * out of range, leaves *out untouched on failure, and on success writes the
 * value its old getter returns, including the values that collide with the
 * old getter's failure value (1969-12-31, "not recorded", no position, the
 * first segment, no red flag, floating times, no change, no run yet). None
 * of them writes to a context. */
#include <criterion/criterion.h>
#include <limits.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;
static void open_catalog(void) { cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK); }
static void close_catalog(void) { brf_catalog_free(cat); }
BRF_TEST_CONTEXT_FIXTURE_WITH(getters_get, open_catalog, close_catalog);

#define I32_SENTRY ((int32_t)0x5A5A5A5A)
#define SIZE_SENTRY ((size_t)0x5A5A5A5A)
static const char sentry_text[] = "untouched";
#define TEXT_SENTRY ((const char *)sentry_text)

/* A failing _get call leaves *out and the context's error as they were. */
static void expect_quiet(void) {
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK, "a _get form wrote to the context: %s",
               brf_context_errmsg(ctx));
}

Test(getters_get, journal_entries_tell_a_failure_from_the_date_1969_12_31) {
  brf_journal *j = NULL;
  size_t at = 0;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  /* -1 is 1969-12-31 and BRF_JOURNAL_UNSET: the old getter cannot tell. */
  cr_assert_eq(brf_journal_add(j, -1, BRF_JOURNAL_UNSET, "r", &at), BRF_OK);
  cr_assert_eq(brf_journal_entry_day(j, 0), -1);
  cr_assert_eq(brf_journal_entry_day(j, 1), -1);
  brf_context_clear_error(ctx);

  int32_t v = I32_SENTRY;
  cr_expect_eq(brf_journal_entry_day_get(j, 0, &v), BRF_OK);
  cr_expect_eq(v, -1);
  v = I32_SENTRY;
  cr_expect_eq(brf_journal_entry_day_get(j, 1, &v), BRF_E_RANGE);
  cr_expect_eq(v, I32_SENTRY);
  cr_expect_eq(brf_journal_entry_day_get(NULL, 0, &v), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_day_get(j, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(v, I32_SENTRY);

  cr_expect_eq(brf_journal_entry_minutes_get(j, 0, &v), BRF_OK);
  cr_expect_eq(v, BRF_JOURNAL_UNSET); /* not recorded: a value, not a failure */
  v = I32_SENTRY;
  cr_expect_eq(brf_journal_entry_minutes_get(j, 5, &v), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_minutes_get(NULL, 0, &v), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_minutes_get(j, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(v, I32_SENTRY);

  cr_assert_eq(brf_journal_entry_set_pain(j, 0, BRF_JOURNAL_AFTER, 3), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_tightness(j, 0, BRF_JOURNAL_BEFORE, 7), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_effort(j, 0, 0), BRF_OK);
  brf_context_clear_error(ctx);
  cr_expect_eq(brf_journal_entry_pain_get(j, 0, BRF_JOURNAL_AFTER, &v), BRF_OK);
  cr_expect_eq(v, 3);
  cr_expect_eq(brf_journal_entry_pain_get(j, 0, BRF_JOURNAL_BEFORE, &v), BRF_OK);
  cr_expect_eq(v, BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_entry_tightness_get(j, 0, BRF_JOURNAL_BEFORE, &v), BRF_OK);
  cr_expect_eq(v, 7);
  cr_expect_eq(brf_journal_entry_tightness_get(j, 0, BRF_JOURNAL_NEXT_MORNING, &v), BRF_OK);
  cr_expect_eq(v, BRF_JOURNAL_UNSET);
  cr_expect_eq(brf_journal_entry_effort_get(j, 0, &v), BRF_OK);
  cr_expect_eq(v, 0);
  v = I32_SENTRY;
  cr_expect_eq(brf_journal_entry_pain_get(j, 1, BRF_JOURNAL_AFTER, &v), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_pain_get(j, 0, 3, &v), BRF_E_INVALID); /* unknown when */
  cr_expect_eq(brf_journal_entry_pain_get(j, 0, -1, &v), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_pain_get(NULL, 0, BRF_JOURNAL_AFTER, &v), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_pain_get(j, 0, BRF_JOURNAL_AFTER, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_tightness_get(j, 1, BRF_JOURNAL_AFTER, &v), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_tightness_get(j, 0, 7, &v), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_tightness_get(NULL, 0, BRF_JOURNAL_AFTER, &v), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_tightness_get(j, 0, BRF_JOURNAL_AFTER, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_effort_get(j, SIZE_MAX, &v), BRF_E_RANGE);
  cr_expect_eq(brf_journal_entry_effort_get(NULL, 0, &v), BRF_E_INVALID);
  cr_expect_eq(brf_journal_entry_effort_get(j, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(v, I32_SENTRY);
  expect_quiet();
  brf_journal_free(j);
}

Test(getters_get, a_schedule_starting_1970_01_01_has_a_start_day) {
  brf_schedule *s = NULL;
  cr_assert_eq(brf_schedule_new(ctx, 0, 1, &s), BRF_OK);
  brf_context_clear_error(ctx);
  int32_t day = I32_SENTRY;
  cr_expect_eq(brf_schedule_start_day_get(s, &day), BRF_OK);
  cr_expect_eq(day, 0); /* 1970-01-01, which brf_schedule_start_day(NULL) also answers */
  day = I32_SENTRY;
  cr_expect_eq(brf_schedule_start_day_get(NULL, &day), BRF_E_INVALID);
  cr_expect_eq(day, I32_SENTRY);
  cr_expect_eq(brf_schedule_start_day_get(s, NULL), BRF_E_INVALID);

  const char *tz = TEXT_SENTRY;
  cr_expect_eq(brf_schedule_time_zone_get(s, &tz), BRF_OK);
  cr_expect_null(tz); /* floating times */
  cr_assert_eq(brf_schedule_set_time_zone(s, "Europe/Berlin"), BRF_OK);
  cr_expect_eq(brf_schedule_time_zone_get(s, &tz), BRF_OK);
  cr_expect_str_eq(tz, "Europe/Berlin");
  tz = TEXT_SENTRY;
  cr_expect_eq(brf_schedule_time_zone_get(NULL, &tz), BRF_E_INVALID);
  cr_expect_eq(tz, TEXT_SENTRY);
  cr_expect_eq(brf_schedule_time_zone_get(s, NULL), BRF_E_INVALID);
  expect_quiet();
  brf_schedule_free(s);
}

/* Every built-in exercise: the _get forms agree with the old getters where
 * those succeed, a variation link is BRF_OK with NULL and one past the end
 * is BRF_E_RANGE. Read from a frozen catalog, which a context must not see
 * written. */
Test(getters_get, exercises_tell_a_bad_index_from_a_variation) {
  cr_assert_eq(brf_catalog_freeze(cat), BRF_OK);
  brf_context_clear_error(ctx);
  int variations = 0, links = 0, without_position = 0;
  for (size_t i = 0; i < brf_catalog_count(cat); i++) {
    const brf_exercise *ex = brf_catalog_at(cat, i);
    int32_t pos = I32_SENTRY;
    cr_expect_eq(brf_exercise_position_get(ex, &pos), BRF_OK);
    cr_expect_eq(pos, brf_exercise_position(ex));
    without_position += pos == -1;
    size_t n = brf_exercise_progression_count(ex);
    for (size_t k = 0; k <= n; k++) {
      const char *id = TEXT_SENTRY;
      brf_status s = brf_exercise_progression_exercise_get(ex, k, &id);
      if (k == n) {
        cr_expect_eq(s, BRF_E_RANGE);
        cr_expect_eq(id, TEXT_SENTRY);
        continue;
      }
      cr_expect_eq(s, BRF_OK);
      cr_expect_eq(id, brf_exercise_progression_exercise(ex, k));
      variations += id == NULL;
      links += id != NULL;
    }
    n = brf_exercise_regression_count(ex);
    for (size_t k = 0; k <= n; k++) {
      const char *id = TEXT_SENTRY;
      brf_status s = brf_exercise_regression_exercise_get(ex, k, &id);
      cr_expect_eq(s, k == n ? BRF_E_RANGE : BRF_OK);
      cr_expect_eq(id, k == n ? TEXT_SENTRY : brf_exercise_regression_exercise(ex, k));
    }
  }
  cr_expect_gt(variations, 0, "the built-in catalog has variations");
  cr_expect_gt(links, 0, "the built-in catalog has links");
  (void)without_position;
  int32_t pos = I32_SENTRY;
  const char *id = TEXT_SENTRY;
  const brf_exercise *ex = brf_catalog_find(cat, "glute-ball-release");
  cr_assert_not_null(ex);
  cr_expect_eq(brf_exercise_position_get(NULL, &pos), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_position_get(ex, NULL), BRF_E_INVALID);
  cr_expect_eq(pos, I32_SENTRY);
  cr_expect_eq(brf_exercise_progression_exercise_get(NULL, 0, &id), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_progression_exercise_get(ex, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_progression_exercise_get(ex, SIZE_MAX, &id), BRF_E_RANGE);
  cr_expect_eq(brf_exercise_regression_exercise_get(NULL, 0, &id), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_regression_exercise_get(ex, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_regression_exercise_get(ex, SIZE_MAX, &id), BRF_E_RANGE);
  cr_expect_eq(id, TEXT_SENTRY);
  expect_quiet();
}

Test(getters_get, an_exercise_without_a_position_answers_minus_one_with_ok) {
  brf_catalog *mine = NULL;
  static const char doc[] = "{\"format\":\"backrelief-catalog\",\"format_version\":1,"
                            "\"exercises\":[{\"id\":\"a\",\"name\":\"A\",\"modality\":\"strength\","
                            "\"progressions\":[{\"variation\":\"Harder.\"}]}]}";
  cr_assert_eq(brf_catalog_from_json(ctx, doc, strlen(doc), 0, &mine), BRF_OK);
  const brf_exercise *ex = brf_catalog_at(mine, 0);
  int32_t pos = I32_SENTRY;
  const char *id = TEXT_SENTRY;
  cr_expect_eq(brf_exercise_position_get(ex, &pos), BRF_OK);
  cr_expect_eq(pos, -1);
  cr_expect_eq(brf_exercise_progression_exercise_get(ex, 0, &id), BRF_OK);
  cr_expect_null(id);
  cr_expect_eq(brf_exercise_regression_exercise_get(ex, 0, &id), BRF_E_RANGE);
  brf_catalog_free(mine);
}

Test(getters_get, a_profile_tells_a_failure_from_unset) {
  brf_profile *p = NULL;
  cr_assert_eq(brf_profile_new(ctx, &p), BRF_OK);
  int32_t v = I32_SENTRY;
  cr_expect_eq(brf_profile_level_get(p, &v), BRF_OK);
  cr_expect_eq(v, -1);
  cr_expect_eq(brf_profile_age_years_get(p, &v), BRF_OK);
  cr_expect_eq(v, -1);
  cr_assert_eq(brf_profile_set_level(p, BRF_LEVEL_ADVANCED), BRF_OK);
  cr_assert_eq(brf_profile_set_age_years(p, 0), BRF_OK);
  cr_expect_eq(brf_profile_level_get(p, &v), BRF_OK);
  cr_expect_eq(v, BRF_LEVEL_ADVANCED);
  cr_expect_eq(brf_profile_age_years_get(p, &v), BRF_OK);
  cr_expect_eq(v, 0);
  v = I32_SENTRY;
  cr_expect_eq(brf_profile_level_get(NULL, &v), BRF_E_INVALID);
  cr_expect_eq(brf_profile_age_years_get(NULL, &v), BRF_E_INVALID);
  cr_expect_eq(v, I32_SENTRY);
  cr_expect_eq(brf_profile_level_get(p, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_profile_age_years_get(p, NULL), BRF_E_INVALID);
  brf_profile_free(p);
}

Test(getters_get, a_player_tells_a_failure_from_the_first_segment) {
  brf_routine *r = NULL;
  brf_timeline *tl = NULL;
  brf_player *p = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_assert_eq(brf_routine_append(r, brf_catalog_find(cat, "glute-stretch"), NULL), BRF_OK);
  cr_assert_eq(brf_timeline_new(ctx, r, BRF_TIMELINE_MIN, &tl), BRF_OK);
  cr_assert_eq(brf_player_new(ctx, tl, &p), BRF_OK);
  size_t v = SIZE_SENTRY;
  cr_expect_eq(brf_player_segment_index_get(p, &v), BRF_OK);
  cr_expect_eq(v, 0);
  v = SIZE_SENTRY;
  cr_expect_eq(brf_player_step_index_get(p, &v), BRF_OK);
  cr_expect_eq(v, 0);
  cr_assert_eq(brf_player_start(p), BRF_OK);
  cr_assert_eq(brf_player_skip(p), BRF_OK);
  cr_expect_eq(brf_player_segment_index_get(p, &v), BRF_OK);
  cr_expect_eq(v, brf_player_segment_index(p));
  cr_expect_gt(v, 0);
  v = SIZE_SENTRY;
  cr_expect_eq(brf_player_segment_index_get(NULL, &v), BRF_E_INVALID);
  cr_expect_eq(brf_player_step_index_get(NULL, &v), BRF_E_INVALID);
  cr_expect_eq(v, SIZE_SENTRY);
  cr_expect_eq(brf_player_segment_index_get(p, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_player_step_index_get(p, NULL), BRF_E_INVALID);
  brf_player_free(p);
  brf_timeline_free(tl);
  brf_routine_free(r);
}

/* The dangerous collision: brf_screen_outcome(NULL) reads as "no red flag". */
Test(getters_get, a_null_screen_is_not_a_screen_without_red_flags) {
  brf_screen *s = NULL;
  cr_assert_eq(brf_screen_new(ctx, &s), BRF_OK);
  int32_t u = I32_SENTRY;
  const char *msg = TEXT_SENTRY;
  cr_expect_eq(brf_screen_outcome_get(s, &u), BRF_OK);
  cr_expect_eq(u, BRF_URGENCY_NONE);
  cr_expect_eq(brf_screen_message_get(s, &msg), BRF_OK);
  cr_expect_str_eq(msg, "");
  cr_assert_eq(brf_screen_answer(s, brf_redflag_id(0), 1), BRF_OK);
  cr_expect_eq(brf_screen_outcome_get(s, &u), BRF_OK);
  cr_expect_eq(u, brf_redflag_urgency(0));
  cr_expect_eq(brf_screen_message_get(s, &msg), BRF_OK);
  cr_expect_str_eq(msg, brf_screen_message(s));
  cr_expect_neq(msg[0], '\0');
  u = I32_SENTRY;
  msg = TEXT_SENTRY;
  cr_expect_eq(brf_screen_outcome_get(NULL, &u), BRF_E_INVALID);
  cr_expect_eq(brf_screen_message_get(NULL, &msg), BRF_E_INVALID);
  cr_expect_eq(u, I32_SENTRY);
  cr_expect_eq(msg, TEXT_SENTRY);
  cr_expect_eq(brf_screen_outcome_get(s, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_screen_message_get(s, NULL), BRF_E_INVALID);
  brf_screen_free(s);
}

Test(getters_get, a_suggestion_tells_a_failure_from_no_change) {
  brf_journal *j = NULL;
  brf_routine *r = NULL;
  brf_adapt_suggestion *sug = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_assert_eq(brf_routine_append(r, brf_catalog_find(cat, "glute-stretch"), NULL), BRF_OK);
  cr_assert_eq(brf_adapt_suggest(ctx, j, r, cat, NULL, NULL, &sug), BRF_OK);
  cr_assert_eq(brf_adapt_suggestion_outcome(sug), BRF_ADAPT_INSUFFICIENT_DATA);
  const brf_routine *got = (const brf_routine *)r;
  const char *freq = TEXT_SENTRY;
  cr_expect_eq(brf_adapt_suggestion_routine_get(sug, &got), BRF_OK);
  cr_expect_null(got);
  cr_expect_eq(brf_adapt_suggestion_frequency_get(sug, &freq), BRF_OK);
  cr_expect_null(freq);
  got = (const brf_routine *)r;
  freq = TEXT_SENTRY;
  cr_expect_eq(brf_adapt_suggestion_routine_get(NULL, &got), BRF_E_INVALID);
  cr_expect_eq(brf_adapt_suggestion_frequency_get(NULL, &freq), BRF_E_INVALID);
  cr_expect_eq(got, (const brf_routine *)r);
  cr_expect_eq(freq, TEXT_SENTRY);
  cr_expect_eq(brf_adapt_suggestion_routine_get(sug, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_adapt_suggestion_frequency_get(sug, NULL), BRF_E_INVALID);
  brf_adapt_suggestion_free(sug);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(getters_get, a_planner_tells_a_failure_from_no_run_yet) {
  brf_planner *p = NULL;
  brf_routine *r = NULL;
  cr_assert_eq(brf_planner_new(ctx, &p), BRF_OK);
  const brf_advice *a = (const brf_advice *)p;
  cr_expect_eq(brf_planner_advice_get(p, &a), BRF_OK);
  cr_expect_null(a);
  cr_assert_eq(brf_planner_run(p, cat, &r), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_expect_eq(brf_planner_advice_get(p, &a), BRF_OK);
  cr_expect_eq(a, brf_planner_advice(p));
  cr_expect_not_null(a);
  a = (const brf_advice *)p;
  cr_expect_eq(brf_planner_advice_get(NULL, &a), BRF_E_INVALID);
  cr_expect_eq(a, (const brf_advice *)p);
  cr_expect_eq(brf_planner_advice_get(p, NULL), BRF_E_INVALID);
  brf_routine_free(r);
  brf_planner_free(p);
}
