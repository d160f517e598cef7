/* Heat or cold as the person prefers (issue 18, item 4). Expected from the
 * sources before the code: heat or cold is a personal preference ("How To
 * Loosen Up Lower Back Muscles", web article); superficial heat has the
 * better evidence (ACP 2017), so with no preference the acute-strain goal
 * plans the heat pack; a person who prefers cold gets the cold pack instead,
 * never labelled warm-up; when cold is excluded for them the heat pack is
 * planned after all; goals whose slot names heat alone are unchanged. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

static void setup(void) { cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK); }
static void teardown(void) { brf_catalog_free(cat); }
BRF_TEST_CONTEXT_FIXTURE_WITH(thermal, setup, teardown);

/* The step index of exercise id in the plan, or -1. */
static int plan_has(int32_t goal, int32_t minutes, int32_t thermal, int32_t condition,
                    const char *id, int32_t *phase) {
  brf_profile *p = NULL;
  cr_assert_eq(brf_profile_new(ctx, &p), BRF_OK);
  for (int32_t e = 0; e < BRF_EQUIPMENT_COUNT; e++)
    cr_assert_eq(brf_profile_set_equipment(p, e, 1), BRF_OK);
  cr_assert_eq(brf_profile_set_thermal(p, thermal), BRF_OK);
  if (condition >= 0) cr_assert_eq(brf_profile_set_condition(p, condition, 1), BRF_OK);
  brf_planner *pl = NULL;
  cr_assert_eq(brf_planner_new(ctx, &pl), BRF_OK);
  cr_assert_eq(brf_planner_set_goal(pl, goal), BRF_OK);
  cr_assert_eq(brf_planner_set_minutes(pl, minutes), BRF_OK);
  cr_assert_eq(brf_planner_set_profile(pl, p), BRF_OK);
  brf_routine *r = NULL;
  cr_assert_eq(brf_planner_run(pl, cat, &r), BRF_OK, "%s", brf_context_errmsg(ctx));
  int at = -1;
  for (size_t k = 0; k < brf_routine_step_count(r); k++)
    if (strcmp(brf_routine_step_exercise_id(r, k), id) == 0) {
      at = (int)k;
      if (phase != NULL) *phase = brf_routine_step_phase(r, k);
    }
  brf_routine_free(r);
  brf_planner_free(pl);
  brf_profile_free(p);
  return at;
}

Test(thermal, the_profile_keeps_the_preference) {
  brf_profile *p = NULL;
  int32_t v = -5;
  cr_assert_eq(brf_profile_new(ctx, &p), BRF_OK);
  cr_expect_eq(brf_profile_thermal_get(p, &v), BRF_OK);
  cr_expect_eq(v, BRF_THERMAL_ANY);
  cr_expect_eq(brf_profile_set_thermal(p, BRF_THERMAL_COLD), BRF_OK);
  cr_expect_eq(brf_profile_thermal_get(p, &v), BRF_OK);
  cr_expect_eq(v, BRF_THERMAL_COLD);
  cr_expect_eq(brf_profile_set_thermal(p, BRF_THERMAL_COUNT), BRF_E_INVALID);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "heat or cold"));
  cr_expect_eq(brf_profile_thermal_get(p, &v), BRF_OK);
  cr_expect_eq(v, BRF_THERMAL_COLD, "unchanged after a failure");
  cr_expect_str_eq(brf_thermal_id(BRF_THERMAL_ANY), "any");
  cr_expect_str_eq(brf_thermal_id(BRF_THERMAL_HEAT), "heat");
  cr_expect_str_eq(brf_thermal_id(BRF_THERMAL_COLD), "cold");
  cr_expect_null(brf_thermal_id(-1));
  cr_expect_null(brf_thermal_id(BRF_THERMAL_COUNT));
  brf_profile_free(p);
}

Test(thermal, acute_strain_plans_heat_unless_cold_is_preferred) {
  /* Short budgets keep the walk and mobility first (the slot order); with
   * cold preferred, heat is never planned at any budget. */
  for (int32_t m = 5; m <= 60; m++)
    cr_expect_lt(plan_has(BRF_GOAL_ACUTE_STRAIN, m, BRF_THERMAL_COLD, -1, "heat-pack", NULL), 0,
                 "%d min, cold preferred: heat planned", m);
  for (int32_t m = 25; m <= 60; m += 5) {
    cr_expect_geq(plan_has(BRF_GOAL_ACUTE_STRAIN, m, BRF_THERMAL_ANY, -1, "heat-pack", NULL), 0,
                  "%d min, no preference: heat", m);
    cr_expect_geq(plan_has(BRF_GOAL_ACUTE_STRAIN, m, BRF_THERMAL_HEAT, -1, "heat-pack", NULL), 0,
                  "%d min, heat preferred", m);
    int32_t phase = -1;
    cr_expect_geq(plan_has(BRF_GOAL_ACUTE_STRAIN, m, BRF_THERMAL_COLD, -1, "cold-pack", &phase),
                  0, "%d min, cold preferred: cold", m);
    cr_expect_neq(phase, BRF_PHASE_WARM_UP, "%d min: cold is never a warm-up", m);
    cr_expect_lt(plan_has(BRF_GOAL_ACUTE_STRAIN, m, BRF_THERMAL_COLD, -1, "heat-pack", NULL), 0,
                 "%d min, cold preferred: no heat as well", m);
  }
}

Test(thermal, an_excluded_preference_falls_back_to_the_other) {
  cr_expect_geq(plan_has(BRF_GOAL_ACUTE_STRAIN, 20, BRF_THERMAL_COLD, BRF_CONDITION_COLD_SENSITIVITY,
                         "heat-pack", NULL), 0);
  cr_expect_lt(plan_has(BRF_GOAL_ACUTE_STRAIN, 20, BRF_THERMAL_COLD, BRF_CONDITION_COLD_SENSITIVITY,
                        "cold-pack", NULL), 0);
}
