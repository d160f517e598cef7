/* What the planner's suites on the built-in catalog share (test_planner.c,
 * test_planner_i18n.c): the catalog, a planner and a profile in a context,
 * equipment given to the profile and one plan. Include it once, in place of
 * BRF_TEST_CONTEXT_DECLARE(); then PLANNER_FIXTURE(suite). Static inline
 * helpers, so that a suite that does not use one is not warned about it. */
#ifndef BRF_TEST_PLANNER_FIXTURES_H
#define BRF_TEST_PLANNER_FIXTURES_H

#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;
static brf_planner *pl;
static brf_profile *prof;

static void planner_setup(void) {
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_planner_new(ctx, &pl), BRF_OK);
  cr_assert_eq(brf_profile_new(ctx, &prof), BRF_OK);
}
static void planner_teardown(void) {
  brf_profile_free(prof);
  brf_planner_free(pl);
  brf_catalog_free(cat);
}

#define PLANNER_FIXTURE(suite) BRF_TEST_CONTEXT_FIXTURE_WITH(suite, planner_setup, planner_teardown)

/* Give prof the first n pieces of equipment of kit. */
static inline void give_equipment(const int32_t *kit, size_t n) {
  for (size_t i = 0; i < n; i++) cr_assert_eq(brf_profile_set_equipment(prof, kit[i], 1), BRF_OK);
}

/* Plan goal within minutes for prof from the built-in catalog. */
static inline brf_status plan(int32_t goal, int32_t minutes, brf_routine **r) {
  cr_assert_eq(brf_planner_set_goal(pl, goal), BRF_OK);
  cr_assert_eq(brf_planner_set_minutes(pl, minutes), BRF_OK);
  cr_assert_eq(brf_planner_set_profile(pl, prof), BRF_OK);
  return brf_planner_run(pl, cat, r);
}

/* The index of the step of r planned from exercise id, of the exercise id
 * the plan left out, of the planner's first advisory of rule; SIZE_MAX for
 * none. */
static inline size_t find_step(const brf_routine *r, const char *id) {
  for (size_t i = 0; i < brf_routine_step_count(r); i++)
    if (strcmp(brf_routine_step_exercise_id(r, i), id) == 0) return i;
  return SIZE_MAX;
}
static inline size_t find_omitted(const char *id) {
  for (size_t i = 0; i < brf_planner_omitted_count(pl); i++)
    if (strcmp(brf_planner_omitted_exercise(pl, i), id) == 0) return i;
  return SIZE_MAX;
}
static inline size_t find_advice(const char *rule) {
  const brf_advice *a = brf_planner_advice(pl);
  for (size_t i = 0; i < brf_advice_count(a); i++)
    if (strcmp(brf_advice_rule(a, i), rule) == 0) return i;
  return SIZE_MAX;
}

#endif /* BRF_TEST_PLANNER_FIXTURES_H */
