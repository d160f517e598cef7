/* The person's profile: equipment, level, conditions, strain and age. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_profile *p;

static void setup(void) {
  cr_assert_eq(brf_profile_new(ctx, &p), BRF_OK);
}
static void teardown(void) {
  brf_profile_free(p);
}

BRF_TEST_CONTEXT_FIXTURE_WITH(profile, setup, teardown);

Test(profile, new_profile_has_only_none) {
  for (int32_t e = 0; e < BRF_EQUIPMENT_COUNT; e++)
    cr_expect_eq(brf_profile_has_equipment(p, e), e == BRF_EQUIPMENT_NONE, "%d", e);
  for (int32_t c = 0; c < BRF_CONDITION_COUNT; c++) cr_expect_eq(brf_profile_has_condition(p, c), 0);
  cr_expect_eq(brf_profile_level(p), -1);
  cr_expect_eq(brf_profile_age_years(p), -1);
  int64_t h = 7;
  cr_expect_eq(brf_profile_strain_hours_ago(p, &h), BRF_E_NOT_FOUND);
  cr_expect_eq(h, 7);
}

Test(profile, equipment_is_a_set_that_always_holds_none) {
  cr_assert_eq(brf_profile_set_equipment(p, BRF_EQUIPMENT_FOAM_ROLLER, 1), BRF_OK);
  cr_assert_eq(brf_profile_set_equipment(p, BRF_EQUIPMENT_TOWEL, 1), BRF_OK);
  cr_expect_eq(brf_profile_has_equipment(p, BRF_EQUIPMENT_FOAM_ROLLER), 1);
  cr_expect_eq(brf_profile_has_equipment(p, BRF_EQUIPMENT_TOWEL), 1);
  cr_expect_eq(brf_profile_has_equipment(p, BRF_EQUIPMENT_BAND), 0);
  cr_assert_eq(brf_profile_set_equipment(p, BRF_EQUIPMENT_TOWEL, 0), BRF_OK);
  cr_expect_eq(brf_profile_has_equipment(p, BRF_EQUIPMENT_TOWEL), 0);
  cr_assert_eq(brf_profile_set_equipment(p, BRF_EQUIPMENT_NONE, 0), BRF_OK);
  cr_expect_eq(brf_profile_has_equipment(p, BRF_EQUIPMENT_NONE), 1);
  cr_expect_eq(brf_profile_set_equipment(p, BRF_EQUIPMENT_COUNT, 1), BRF_E_INVALID);
  cr_expect_eq(brf_profile_set_equipment(p, -1, 1), BRF_E_INVALID);
  cr_expect_eq(brf_profile_set_equipment(p, BRF_EQUIPMENT_BAND, 2), BRF_E_INVALID);
  cr_expect_eq(brf_profile_has_equipment(p, BRF_EQUIPMENT_BAND), 0);
  cr_expect_eq(brf_profile_has_equipment(p, BRF_EQUIPMENT_COUNT), 0);
  cr_assert_eq(brf_profile_clear_equipment(p), BRF_OK);
  cr_expect_eq(brf_profile_has_equipment(p, BRF_EQUIPMENT_FOAM_ROLLER), 0);
  cr_expect_eq(brf_profile_has_equipment(p, BRF_EQUIPMENT_NONE), 1);
}

Test(profile, conditions_and_level) {
  cr_assert_eq(brf_profile_set_condition(p, BRF_CONDITION_PREGNANCY, 1), BRF_OK);
  cr_assert_eq(brf_profile_set_condition(p, BRF_CONDITION_INFLAMMATION, 1), BRF_OK);
  cr_expect_eq(brf_profile_has_condition(p, BRF_CONDITION_PREGNANCY), 1);
  cr_expect_eq(brf_profile_has_condition(p, BRF_CONDITION_INFLAMMATION), 1);
  cr_expect_eq(brf_profile_has_condition(p, BRF_CONDITION_FEVER), 0);
  cr_assert_eq(brf_profile_set_condition(p, BRF_CONDITION_PREGNANCY, 0), BRF_OK);
  cr_expect_eq(brf_profile_has_condition(p, BRF_CONDITION_PREGNANCY), 0);
  cr_expect_eq(brf_profile_set_condition(p, BRF_CONDITION_COUNT, 1), BRF_E_INVALID);
  cr_expect_eq(brf_profile_set_condition(p, BRF_CONDITION_FEVER, -1), BRF_E_INVALID);
  cr_expect_eq(brf_profile_has_condition(p, -1), 0);
  cr_assert_eq(brf_profile_set_level(p, BRF_LEVEL_ADVANCED), BRF_OK);
  cr_expect_eq(brf_profile_level(p), BRF_LEVEL_ADVANCED);
  cr_expect_eq(brf_profile_set_level(p, BRF_LEVEL_COUNT), BRF_E_INVALID);
  cr_expect_eq(brf_profile_level(p), BRF_LEVEL_ADVANCED);
  cr_assert_eq(brf_profile_set_level(p, -1), BRF_OK);
  cr_expect_eq(brf_profile_level(p), -1);
}

Test(profile, strain_in_hours_or_by_day) {
  int64_t h = 0;
  int32_t onset = 0, today = 0;
  cr_assert_eq(brf_profile_set_strain_hours_ago(p, 30), BRF_OK);
  cr_assert_eq(brf_profile_strain_hours_ago(p, &h), BRF_OK);
  cr_expect_eq(h, 30);
  cr_expect_eq(brf_profile_strain_onset_day(p, &onset, &today), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_profile_set_strain_hours_ago(p, -2), BRF_E_RANGE);
  cr_expect_eq(brf_profile_set_strain_hours_ago(p, BRF_PROFILE_STRAIN_HOURS_MAX + 1), BRF_E_RANGE);
  cr_assert_eq(brf_profile_strain_hours_ago(p, &h), BRF_OK);
  cr_expect_eq(h, 30, "a refused value changes nothing");
  cr_assert_eq(brf_profile_set_strain_onset_day(p, 20000, 20002), BRF_OK);
  cr_assert_eq(brf_profile_strain_hours_ago(p, &h), BRF_OK);
  cr_expect_eq(h, 48);
  cr_assert_eq(brf_profile_strain_onset_day(p, &onset, &today), BRF_OK);
  cr_expect_eq(onset, 20000);
  cr_expect_eq(today, 20002);
  cr_expect_eq(brf_profile_set_strain_onset_day(p, 20003, 20002), BRF_E_RANGE);
  cr_expect_eq(brf_profile_set_strain_onset_day(p, INT32_MIN, INT32_MAX), BRF_E_RANGE);
  cr_assert_eq(brf_profile_set_strain_hours_ago(p, -1), BRF_OK);
  cr_expect_eq(brf_profile_strain_hours_ago(p, &h), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_profile_strain_hours_ago(p, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_profile_strain_onset_day(p, NULL, NULL), BRF_E_INVALID);
}

Test(profile, age_has_bounds) {
  cr_assert_eq(brf_profile_set_age_years(p, 67), BRF_OK);
  cr_expect_eq(brf_profile_age_years(p), 67);
  cr_expect_eq(brf_profile_set_age_years(p, BRF_PROFILE_AGE_MAX + 1), BRF_E_RANGE);
  cr_expect_eq(brf_profile_set_age_years(p, -2), BRF_E_RANGE);
  cr_expect_eq(brf_profile_age_years(p), 67);
  cr_assert_eq(brf_profile_set_age_years(p, -1), BRF_OK);
  cr_expect_eq(brf_profile_age_years(p), -1);
}

Test(profile, clone_copies_every_field) {
  cr_assert_eq(brf_profile_set_equipment(p, BRF_EQUIPMENT_MAT, 1), BRF_OK);
  cr_assert_eq(brf_profile_set_condition(p, BRF_CONDITION_OSTEOPOROSIS, 1), BRF_OK);
  cr_assert_eq(brf_profile_set_level(p, BRF_LEVEL_BEGINNER), BRF_OK);
  cr_assert_eq(brf_profile_set_age_years(p, 40), BRF_OK);
  cr_assert_eq(brf_profile_set_strain_onset_day(p, 100, 101), BRF_OK);
  brf_profile *c = NULL;
  cr_assert_eq(brf_profile_clone(ctx, p, &c), BRF_OK);
  brf_profile_free(p);
  p = NULL;
  cr_expect_eq(brf_profile_has_equipment(c, BRF_EQUIPMENT_MAT), 1);
  cr_expect_eq(brf_profile_has_condition(c, BRF_CONDITION_OSTEOPOROSIS), 1);
  cr_expect_eq(brf_profile_level(c), BRF_LEVEL_BEGINNER);
  cr_expect_eq(brf_profile_age_years(c), 40);
  int32_t onset = 0;
  cr_assert_eq(brf_profile_strain_onset_day(c, &onset, NULL), BRF_OK);
  cr_expect_eq(onset, 100);
  brf_profile_free(c);
}

Test(profile, allocation_failure_and_null_arguments) {
  brf_profile *c = (brf_profile *)1;
  st.calls = 0;
  st.fail_at = 1;
  cr_expect_eq(brf_profile_new(ctx, &c), BRF_E_NOMEM);
  cr_expect_null(c);
  st.calls = 0;
  st.fail_at = 1;
  cr_expect_eq(brf_profile_clone(ctx, p, &c), BRF_E_NOMEM);
  cr_expect_null(c);
  st.fail_at = 0;
  cr_expect_eq(brf_profile_new(NULL, &c), BRF_E_INVALID);
  cr_expect_eq(brf_profile_new(ctx, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_profile_clone(ctx, NULL, &c), BRF_E_INVALID);
  brf_profile_free(NULL);
  cr_expect_eq(brf_profile_set_equipment(NULL, 0, 1), BRF_E_INVALID);
  cr_expect_eq(brf_profile_has_equipment(NULL, 0), 0);
  cr_expect_eq(brf_profile_clear_equipment(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_profile_set_level(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_profile_level(NULL), -1);
  cr_expect_eq(brf_profile_set_condition(NULL, 0, 1), BRF_E_INVALID);
  cr_expect_eq(brf_profile_has_condition(NULL, 0), 0);
  cr_expect_eq(brf_profile_set_strain_hours_ago(NULL, 1), BRF_E_INVALID);
  cr_expect_eq(brf_profile_set_strain_onset_day(NULL, 1, 1), BRF_E_INVALID);
  cr_expect_eq(brf_profile_strain_hours_ago(NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_profile_set_age_years(NULL, 1), BRF_E_INVALID);
  cr_expect_eq(brf_profile_age_years(NULL), -1);
}

Test(profile, directional_preference_is_unknown_until_set_and_copied) {
  int32_t d = 99;
  cr_assert_eq(brf_profile_direction_get(p, &d), BRF_OK);
  cr_expect_eq(d, BRF_DIRECTION_UNKNOWN);
  cr_expect_eq(brf_profile_set_direction(p, BRF_DIRECTION_FLEXION), BRF_OK);
  cr_expect_eq(brf_profile_set_direction(p, BRF_DIRECTION_COUNT), BRF_E_INVALID);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "directional preference"));
  cr_expect_eq(brf_profile_set_direction(p, -1), BRF_E_INVALID);
  brf_profile *c = NULL;
  cr_assert_eq(brf_profile_clone(ctx, p, &c), BRF_OK);
  cr_assert_eq(brf_profile_direction_get(c, &d), BRF_OK);
  cr_expect_eq(d, BRF_DIRECTION_FLEXION, "unchanged by the refused values, and copied");
  brf_profile_free(c);
  const char *ids[] = {"unknown", "none", "extension", "flexion"};
  for (int32_t i = 0; i < BRF_DIRECTION_COUNT; i++) cr_expect_str_eq(brf_direction_id(i), ids[i]);
  cr_expect_null(brf_direction_id(BRF_DIRECTION_COUNT));
  cr_expect_null(brf_direction_id(-1));
}
