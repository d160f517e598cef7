/* The planner's API without the built-in catalog: ids, setters and their
 * bounds, NULL handling, and plans from small catalogs made with drafts. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_planner *pl;

static void setup(void) {
  cr_assert_eq(brf_planner_new(ctx, &pl), BRF_OK);
}
static void teardown(void) {
  brf_planner_free(pl);
}
BRF_TEST_CONTEXT_FIXTURE_WITH(planner_api, setup, teardown);

Test(planner_api, goal_phase_and_policy_ids_round_trip) {
  static const char *const goals[] = {"post-leg-workout", "long-sitting", "acute-strain",
                                      "maintenance", "strengthen"};
  for (int32_t g = 0; g < BRF_GOAL_COUNT; g++) {
    int32_t v = -1;
    cr_expect_str_eq(brf_goal_id(g), goals[g]);
    cr_expect_eq(brf_goal_parse(goals[g], &v), BRF_OK);
    cr_expect_eq(v, g);
  }
  int32_t v = 42;
  cr_expect_null(brf_goal_id(-1));
  cr_expect_null(brf_goal_id(BRF_GOAL_COUNT));
  cr_expect_eq(brf_goal_parse("Strengthen", &v), BRF_E_NOT_FOUND);
  cr_expect_eq(v, 42);
  cr_expect_eq(brf_goal_parse(NULL, &v), BRF_E_INVALID);
  cr_expect_eq(brf_goal_parse("strengthen", NULL), BRF_E_INVALID);
  static const char *const phases[] = {"relief", "strengthening", "maintenance"};
  for (int32_t ph = 0; ph < BRF_PLAN_PHASE_COUNT; ph++) {
    cr_expect_str_eq(brf_plan_phase_id(ph), phases[ph]);
    cr_expect_eq(brf_plan_phase_parse(phases[ph], &v), BRF_OK);
    cr_expect_eq(v, ph);
  }
  cr_expect_null(brf_plan_phase_id(3));
  cr_expect_eq(brf_plan_phase_parse("rest", &v), BRF_E_NOT_FOUND);
  cr_expect_str_eq(brf_policy_id(BRF_POLICY_CONSERVATIVE), "conservative");
  cr_expect_str_eq(brf_policy_id(BRF_POLICY_SEED), "follow-seed");
  cr_expect_null(brf_policy_id(2));
  cr_expect_eq(brf_policy_parse("follow-seed", &v), BRF_OK);
  cr_expect_eq(v, BRF_POLICY_SEED);
  cr_expect_eq(brf_policy_parse("bold", &v), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_policy_parse(NULL, &v), BRF_E_INVALID);
}

Test(planner_api, a_zero_or_absurd_budget_is_out_of_range) {
  static const int32_t bad[] = {0, -1, -60, 241, 1000, INT32_MAX, INT32_MIN};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    cr_expect_eq(brf_planner_set_minutes(pl, bad[i]), BRF_E_RANGE, "%d", (int)bad[i]);
    cr_expect_eq(brf_context_errcode(ctx), BRF_E_RANGE);
  }
  cr_expect_eq(brf_planner_set_minutes(pl, 1), BRF_OK);
  cr_expect_eq(brf_planner_set_minutes(pl, BRF_PLANNER_MINUTES_MAX), BRF_OK);
}

Test(planner_api, setters_reject_unknown_values) {
  cr_expect_eq(brf_planner_set_goal(pl, -1), BRF_E_INVALID);
  cr_expect_eq(brf_planner_set_goal(pl, BRF_GOAL_COUNT), BRF_E_INVALID);
  cr_expect_eq(brf_planner_set_phase(pl, -2), BRF_E_INVALID);
  cr_expect_eq(brf_planner_set_phase(pl, BRF_PLAN_PHASE_COUNT), BRF_E_INVALID);
  cr_expect_eq(brf_planner_set_phase(pl, -1), BRF_OK);
  cr_expect_eq(brf_planner_set_policy(pl, 2), BRF_E_INVALID);
  cr_expect_eq(brf_planner_add_focus(pl, BRF_REGION_COUNT), BRF_E_INVALID);
  cr_expect_eq(brf_planner_add_focus(pl, -1), BRF_E_INVALID);
  cr_expect_eq(brf_planner_add_avoid(pl, BRF_REGION_COUNT), BRF_E_INVALID);
  cr_expect_eq(brf_planner_set_seed(pl, UINT32_MAX), BRF_OK);
}

Test(planner_api, null_arguments_are_invalid_and_getters_are_safe) {
  brf_planner *p = (brf_planner *)1;
  cr_expect_eq(brf_planner_new(NULL, &p), BRF_E_INVALID);
  cr_expect_null(p);
  cr_expect_eq(brf_planner_new(ctx, NULL), BRF_E_INVALID);
  brf_planner_free(NULL);
  cr_expect_eq(brf_planner_set_goal(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_planner_set_minutes(NULL, 10), BRF_E_INVALID);
  cr_expect_eq(brf_planner_set_profile(NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_planner_add_focus(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_planner_clear_focus(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_planner_add_avoid(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_planner_clear_avoid(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_planner_set_phase(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_planner_set_policy(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_planner_set_screen(NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_planner_set_seed(NULL, 0), BRF_E_INVALID);
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  brf_routine *r = (brf_routine *)1;
  cr_expect_eq(brf_planner_run(NULL, cat, &r), BRF_E_INVALID);
  cr_expect_null(r);
  cr_expect_eq(brf_planner_run(pl, NULL, &r), BRF_E_INVALID);
  cr_expect_eq(brf_planner_run(pl, cat, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_planner_omitted_count(NULL), 0);
  cr_expect_null(brf_planner_omitted_exercise(NULL, 0));
  cr_expect_null(brf_planner_omitted_reason(pl, 0));
  cr_expect_eq(brf_planner_omitted_cause(pl, 0), -1);
  cr_expect_null(brf_planner_advice(NULL));
  cr_expect_null(brf_planner_advice(pl), "no advice before a run");
  brf_catalog_free(cat);
}

Test(planner_api, an_empty_catalog_plans_nothing_and_says_so) {
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  brf_routine *r = (brf_routine *)1;
  cr_expect_eq(brf_planner_run(pl, cat, &r), BRF_E_NOT_FOUND);
  cr_expect_null(r);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "maintenance"));
  cr_expect_not_null(brf_planner_advice(pl));
  cr_expect_eq(brf_planner_omitted_count(pl), 0);
  brf_catalog_free(cat);
}

static void add(brf_catalog *cat, const char *id, int32_t modality, int32_t region,
                const char *dose) {
  brf_exercise_draft *d = NULL;
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, id), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, id), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, modality), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_level(d, BRF_LEVEL_BEGINNER), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_laterality(d, BRF_LATERALITY_BOTH_SIDES), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_position(d, BRF_POSITION_SUPINE), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_region(d, region, BRF_REGIONS_PRIMARY), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_equipment(d, BRF_EQUIPMENT_NONE), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_default_dose(d, dose), BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK, "%s", brf_context_errmsg(ctx));
  brf_exercise_draft_free(d);
}

Test(planner_api, a_custom_catalog_is_ordered_and_the_profile_and_screen_are_copied) {
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  add(cat, "x-strength", BRF_MODALITY_STRENGTH, BRF_REGION_GLUTES, "2x10");
  add(cat, "x-stretch", BRF_MODALITY_STATIC_STRETCH, BRF_REGION_GLUTES, "2 reps, hold 30s");
  add(cat, "x-roll", BRF_MODALITY_SELF_MASSAGE, BRF_REGION_GLUTES, "1min");
  brf_profile *prof = NULL;
  cr_assert_eq(brf_profile_new(ctx, &prof), BRF_OK);
  cr_assert_eq(brf_planner_set_profile(pl, prof), BRF_OK);
  brf_profile_free(prof); /* the planner keeps its own copy */
  brf_screen *s = NULL;
  cr_assert_eq(brf_screen_new(ctx, &s), BRF_OK);
  cr_assert_eq(brf_planner_set_screen(pl, s), BRF_OK);
  brf_screen_free(s);
  cr_assert_eq(brf_planner_set_phase(pl, BRF_PLAN_PHASE_STRENGTHENING), BRF_OK);
  brf_routine *r = NULL;
  cr_assert_eq(brf_planner_run(pl, cat, &r), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_routine_step_count(r), 3);
  cr_expect_str_eq(brf_routine_step_exercise_id(r, 0), "x-roll");
  cr_expect_str_eq(brf_routine_step_exercise_id(r, 1), "x-stretch");
  cr_expect_str_eq(brf_routine_step_exercise_id(r, 2), "x-strength");
  cr_expect_eq(brf_routine_step_phase(r, 0), BRF_PHASE_RELEASE);
  cr_expect_eq(brf_routine_step_phase(r, 1), BRF_PHASE_STRETCH);
  cr_expect_eq(brf_routine_step_phase(r, 2), BRF_PHASE_STRENGTHEN);
  brf_routine_free(r);
  /* the routine outlives the planner and the catalog */
  cr_assert_eq(brf_planner_run(pl, cat, &r), BRF_OK);
  brf_planner_free(pl);
  pl = NULL;
  brf_catalog_free(cat);
  cr_expect_str_eq(brf_routine_step_exercise_id(r, 0), "x-roll");
  brf_routine_free(r);
}

Test(planner_api, allocation_failure_in_new_and_setters) {
  brf_planner *p = (brf_planner *)1;
  for (size_t f = 1; f <= 2; f++) {
    st.calls = 0;
    st.fail_at = f;
    cr_expect_eq(brf_planner_new(ctx, &p), BRF_E_NOMEM);
    cr_expect_null(p);
  }
  st.fail_at = 0;
  brf_profile *prof = NULL;
  cr_assert_eq(brf_profile_new(ctx, &prof), BRF_OK);
  size_t live = st.live_blocks;
  st.calls = 0;
  st.fail_at = 1;
  cr_expect_eq(brf_planner_set_profile(pl, prof), BRF_E_NOMEM);
  st.fail_at = 0;
  cr_expect_eq(st.live_blocks, live);
  brf_profile_free(prof);
}

/* The planner names its routine after the goal unless told otherwise
 * (issue 20; docs/planner.md, "Name"). */
Test(planner_api, the_routine_is_named_after_the_goal_unless_set) {
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  brf_routine *r = NULL;
  cr_assert_eq(brf_planner_set_goal(pl, BRF_GOAL_LONG_SITTING), BRF_OK);
  cr_assert_eq(brf_planner_run(pl, cat, &r), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_expect_str_eq(brf_routine_name(r), brf_goal_label(BRF_GOAL_LONG_SITTING));
  cr_expect_str_eq(brf_routine_name(r), "Back relief after long sitting");
  brf_routine_free(r);

  cr_assert_eq(brf_planner_set_name(pl, "Evening stretch"), BRF_OK);
  cr_assert_eq(brf_planner_run(pl, cat, &r), BRF_OK);
  cr_expect_str_eq(brf_routine_name(r), "Evening stretch");
  brf_routine_free(r);

  cr_assert_eq(brf_planner_set_name(pl, ""), BRF_OK); /* explicitly unnamed */
  cr_assert_eq(brf_planner_run(pl, cat, &r), BRF_OK);
  cr_expect_str_eq(brf_routine_name(r), "");
  brf_routine_free(r);

  cr_assert_eq(brf_planner_set_name(pl, NULL), BRF_OK); /* back to the goal's label */
  cr_assert_eq(brf_planner_set_goal(pl, BRF_GOAL_STRENGTHEN), BRF_OK);
  cr_assert_eq(brf_planner_run(pl, cat, &r), BRF_OK);
  cr_expect_str_eq(brf_routine_name(r), "Back strengthening");
  brf_routine_free(r);
  brf_catalog_free(cat);
}

Test(planner_api, set_name_refuses_null_and_bad_utf8_and_keeps_the_name) {
  cr_expect_eq(brf_planner_set_name(NULL, "x"), BRF_E_INVALID);
  cr_assert_eq(brf_planner_set_name(pl, "Kept"), BRF_OK);
  cr_expect_eq(brf_planner_set_name(pl, "bad \xff name"), BRF_E_INVALID);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "UTF-8"));
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  brf_routine *r = NULL;
  cr_assert_eq(brf_planner_run(pl, cat, &r), BRF_OK);
  cr_expect_str_eq(brf_routine_name(r), "Kept");
  brf_routine_free(r);
  brf_catalog_free(cat);
}
