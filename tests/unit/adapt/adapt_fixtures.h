/* What the adaptation suites share (test_adapt.c, test_adapt_next.c,
 * test_adapt_ratings.c, test_adapt_i18n.c): the built-in catalog in a
 * context, routines of its exercises, and journals built session by session
 * from a row of numbers (adapt_session). Include it once, in place of
 * BRF_TEST_CONTEXT_DECLARE(); then ADAPT_FIXTURE(suite). Static inline
 * helpers, so that a suite that does not use one is not warned about it. */
#ifndef BRF_TEST_ADAPT_FIXTURES_H
#define BRF_TEST_ADAPT_FIXTURES_H

#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

/* The built-in catalog; a build without it skips the suite. */
static void adapt_setup(void) { cat = brf_test_builtin_catalog(ctx); }
static void adapt_teardown(void) { brf_catalog_free(cat); }

#define ADAPT_FIXTURE(suite) BRF_TEST_CONTEXT_FIXTURE_WITH(suite, adapt_setup, adapt_teardown)

#define D0 20400 /* day 0 of every scenario */
#define NONE BRF_JOURNAL_UNSET

static inline brf_journal *journal(void) {
  brf_journal *j = NULL;
  cr_assert_eq(brf_journal_new(ctx, &j), BRF_OK);
  return j;
}

/* A routine of catalog exercises with their default doses, and the phases
 * given (NULL: the exercises' own). */
static inline brf_routine *routine_of(const char *name, const char *const *ids,
                                      const int32_t *phases, size_t n) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_assert_eq(brf_routine_set_name(r, name), BRF_OK);
  for (size_t i = 0; i < n; i++) {
    const brf_exercise *ex = brf_catalog_find(cat, ids[i]);
    cr_assert_not_null(ex, "%s", ids[i]);
    cr_assert_eq(brf_routine_append(r, ex, NULL), BRF_OK);
    if (phases != NULL) cr_assert_eq(brf_routine_step_set_phase(r, i, phases[i]), BRF_OK);
  }
  return r;
}

/* The beginner strengthen routine of issue 19: glute-bridge, clamshell and
 * active-leg-raise (steps 0, 1, 2) at their default 2-3x6-15. */
static inline brf_routine *beginner(void) {
  static const char *const ids[] = {"glute-bridge", "clamshell", "active-leg-raise"};
  return routine_of("strengthen", ids, NULL, 3);
}

/* A dose parsed from its notation, set on step i of r. */
static inline void set_dose(brf_routine *r, size_t i, const char *notation) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, notation, strlen(notation), &d), BRF_OK, "%s", notation);
  cr_assert_eq(brf_routine_step_set_dose(r, i, d), BRF_OK);
  brf_dosage_free(d);
}

/* One session of a scenario: its day (after D0) and its ratings, NONE where
 * one was not recorded (before and after always are). */
typedef struct adapt_session_row {
  int32_t day, before, during, after, morning, tight;
} adapt_session_row;

/* Record session s of routine (its name) at 18:00; returns its index. The
 * next morning's pain and tightness are set when the pain is recorded, the
 * tightness also as the tightness before the session. */
static inline size_t adapt_session(brf_journal *j, const char *routine, adapt_session_row s) {
  size_t i = 0;
  cr_assert_eq(brf_journal_add(j, D0 + s.day, 1080, routine, &i), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_pain(j, i, BRF_JOURNAL_BEFORE, s.before), BRF_OK);
  if (s.during != NONE) cr_assert_eq(brf_journal_entry_set_pain_during(j, i, s.during), BRF_OK);
  cr_assert_eq(brf_journal_entry_set_pain(j, i, BRF_JOURNAL_AFTER, s.after), BRF_OK);
  if (s.morning != NONE)
    cr_assert_eq(brf_journal_entry_set_next_morning(j, i, s.morning, s.tight), BRF_OK);
  if (s.tight != NONE)
    cr_assert_eq(brf_journal_entry_set_tightness(j, i, BRF_JOURNAL_BEFORE, s.tight), BRF_OK);
  return i;
}

/* A session of the beginner routine ("strengthen") with pain before, right
 * after and the next morning. */
static inline void rate_strengthen(brf_journal *j, int32_t day, int32_t before, int32_t after,
                                   int32_t morning) {
  adapt_session(j, "strengthen", (adapt_session_row){day, before, NONE, after, morning, NONE});
}

/* brf_adapt_next on day today (after D0) for r, with the previous routine
 * prev (or NULL), the last change on day last_change (NONE: never), no
 * start routine, profile, screen or time budget. */
static inline brf_adapt_suggestion *next_after(const brf_journal *j, const brf_routine *r,
                                               const brf_routine *prev, int32_t today,
                                               int32_t last_change) {
  brf_adapt_suggestion *s = NULL;
  cr_assert_eq(brf_adapt_next(ctx, j, r, prev, NULL, cat, NULL, NULL, D0 + today,
                              last_change < 0 ? -1 : D0 + last_change, 0, &s),
               BRF_OK, "%s", brf_context_errmsg(ctx));
  return s;
}

static inline const char *first_rule(const brf_adapt_suggestion *s) {
  return brf_advice_rule(brf_adapt_suggestion_reasons(s), 0);
}

/* 1 when a reason of s has rule (and, when word is not NULL, names word). */
static inline int has_rule(const brf_adapt_suggestion *s, const char *rule, const char *word) {
  const brf_advice *a = brf_adapt_suggestion_reasons(s);
  for (size_t i = 0; i < brf_advice_count(a); i++)
    if (strcmp(brf_advice_rule(a, i), rule) == 0 &&
        (!word || strstr(brf_advice_message(a, i), word)))
      return 1;
  return 0;
}

#endif /* BRF_TEST_ADAPT_FIXTURES_H */
