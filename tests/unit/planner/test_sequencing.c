/* Sequencing and directional-preference rules of the planner, checked over
 * every goal, both policies and budgets 5 to 60 minutes. The expected
 * outcomes come from the sources (docs/evidence.md), written before the code:
 *
 * - Prone extension and the prone press-up are directional-preference
 *   exercises (repeated extension, McKenzie/MDT practice; APTA 2012): a
 *   person whose preferred direction is not known (the default) gets none of
 *   them; likewise the repeated-flexion stretches (back flexion, knee to chest,
 *   child's pose).
 * - The demo plan (README: post-leg-workout, 20 minutes, foam roller, massage
 *   ball, mat) opens with gentle mobility as its warm-up, never prone
 *   extension ("How To Loosen Up Lower Back Muscles" (web article): gentle
 *   mobility; Behm 2016: dynamic work in the warm-up).
 * - Phases never go backwards: warm-up, release, stretch, strengthen. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

static void setup(void) { cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK); }
static void teardown(void) { brf_catalog_free(cat); }
BRF_TEST_CONTEXT_FIXTURE_WITH(sequencing, setup, teardown);

static const char *const extension_ids[] = {"prone-extension", "prone-press-up"};
static const char *const flexion_ids[] = {"back-flexion", "knee-to-chest", "childs-pose"};

static int in(const char *id, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(id, list[i]) == 0) return 1;
  return 0;
}

static brf_profile *person(int all_equipment) {
  brf_profile *p = NULL;
  cr_assert_eq(brf_profile_new(ctx, &p), BRF_OK);
  if (all_equipment)
    for (int32_t e = 0; e < BRF_EQUIPMENT_COUNT; e++)
      cr_assert_eq(brf_profile_set_equipment(p, e, 1), BRF_OK);
  return p;
}

static brf_routine *plan(const brf_profile *p, int32_t goal, int32_t min, int32_t policy) {
  brf_planner *pl = NULL;
  cr_assert_eq(brf_planner_new(ctx, &pl), BRF_OK);
  cr_assert_eq(brf_planner_set_goal(pl, goal), BRF_OK);
  cr_assert_eq(brf_planner_set_minutes(pl, min), BRF_OK);
  cr_assert_eq(brf_planner_set_profile(pl, p), BRF_OK);
  cr_assert_eq(brf_planner_set_policy(pl, policy), BRF_OK);
  brf_routine *r = NULL;
  brf_status s = brf_planner_run(pl, cat, &r);
  cr_assert(s == BRF_OK || s == BRF_E_NOT_FOUND, "goal %s %d min: %s", brf_goal_id(goal), min,
            brf_context_errmsg(ctx));
  brf_planner_free(pl);
  return r;
}

Test(sequencing, unknown_direction_plans_no_directional_exercise) {
  for (int eq = 0; eq < 2; eq++) {
    brf_profile *p = person(eq);
    for (int32_t g = 0; g < BRF_GOAL_COUNT; g++)
      for (int32_t pol = 0; pol < 2; pol++)
        for (int32_t m = 5; m <= 60; m += 5) {
          brf_routine *r = plan(p, g, m, pol);
          for (size_t i = 0; r != NULL && i < brf_routine_step_count(r); i++) {
            const char *id = brf_routine_step_exercise_id(r, i);
            cr_expect(!in(id, extension_ids, 2) && !in(id, flexion_ids, 3),
                      "%s planned for goal %s, %d min, policy %d, equipment %d", id,
                      brf_goal_id(g), m, pol, eq);
          }
          brf_routine_free(r);
        }
    brf_profile_free(p);
  }
}

Test(sequencing, demo_plan_opens_with_gentle_mobility) {
  brf_profile *p = person(0);
  const int32_t eq[] = {BRF_EQUIPMENT_FOAM_ROLLER, BRF_EQUIPMENT_MASSAGE_BALL, BRF_EQUIPMENT_MAT};
  for (size_t i = 0; i < 3; i++) cr_assert_eq(brf_profile_set_equipment(p, eq[i], 1), BRF_OK);
  brf_routine *r = plan(p, BRF_GOAL_POST_LEG_WORKOUT, 20, BRF_POLICY_CONSERVATIVE);
  cr_assert_not_null(r);
  const char *first = brf_routine_step_exercise_id(r, 0);
  cr_expect_str_neq(first, "prone-extension");
  cr_expect_eq(brf_routine_step_phase(r, 0), BRF_PHASE_WARM_UP, "%s", first);
  const brf_exercise *ex = brf_catalog_find(cat, first);
  cr_assert_not_null(ex);
  cr_expect_eq(brf_exercise_modality(ex), BRF_MODALITY_MOBILITY, "%s", first);
  cr_expect_eq(brf_exercise_level(ex), BRF_LEVEL_BEGINNER, "%s", first);
  brf_routine_free(r);
  brf_profile_free(p);
}

static int rank(int32_t phase) {
  switch (phase) {
  case BRF_PHASE_WARM_UP: return 1;
  case BRF_PHASE_RELEASE: return 2;
  case BRF_PHASE_STRETCH: return 3;
  case BRF_PHASE_STRENGTHEN: return 4;
  case BRF_PHASE_COOL_DOWN: return 5;
  default: return 0; /* no phase (cold or heat for comfort): anywhere */
  }
}

Test(sequencing, phases_never_go_backwards) {
  brf_profile *p = person(1);
  for (int32_t g = 0; g < BRF_GOAL_COUNT; g++)
    for (int32_t m = 5; m <= 60; m += 5) {
      brf_routine *r = plan(p, g, m, BRF_POLICY_CONSERVATIVE);
      int last = 0;
      for (size_t i = 0; r != NULL && i < brf_routine_step_count(r); i++) {
        int k = rank(brf_routine_step_phase(r, i));
        if (k == 0) continue;
        cr_expect(k >= last, "goal %s %d min: step %zu (%s) goes back", brf_goal_id(g), m, i,
                  brf_routine_step_exercise_id(r, i));
        last = k;
      }
      brf_routine_free(r);
    }
  brf_profile_free(p);
}

/* A known preference opens its own direction only (McKenzie/MDT practice:
 * repeated movement in the direction that eases the symptoms; the other
 * direction can make them worse). */
Test(sequencing, a_known_direction_plans_its_own_exercises_only) {
  const int32_t dirs[] = {BRF_DIRECTION_NONE, BRF_DIRECTION_EXTENSION, BRF_DIRECTION_FLEXION};
  for (size_t d = 0; d < 3; d++) {
    brf_profile *p = person(1);
    cr_assert_eq(brf_profile_set_direction(p, dirs[d]), BRF_OK);
    size_t own = 0;
    for (int32_t g = 0; g < BRF_GOAL_COUNT; g++)
      for (int32_t pol = 0; pol < 2; pol++)
        for (int32_t m = 5; m <= 60; m += 5) {
          brf_routine *r = plan(p, g, m, pol);
          for (size_t i = 0; r != NULL && i < brf_routine_step_count(r); i++) {
            const char *id = brf_routine_step_exercise_id(r, i);
            int ext = in(id, extension_ids, 2), flex = in(id, flexion_ids, 3);
            cr_expect(!ext || dirs[d] == BRF_DIRECTION_EXTENSION, "%s with %s", id,
                      brf_direction_id(dirs[d]));
            cr_expect(!flex || dirs[d] == BRF_DIRECTION_FLEXION, "%s with %s", id,
                      brf_direction_id(dirs[d]));
            own += ext || flex;
          }
          brf_routine_free(r);
        }
    if (dirs[d] != BRF_DIRECTION_NONE)
      cr_expect_gt(own, 0, "%s: its exercises are never planned", brf_direction_id(dirs[d]));
    brf_profile_free(p);
  }
}
