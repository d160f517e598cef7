/* brf_routine_check: each sequencing and profile rule fires on a routine
 * that breaks it and stays silent on one that does not. */
#include "routine_check_fixtures.h"

ROUTINE_CHECK_FIXTURE(routine_check);

Test(routine_check, release_after_stretching_the_same_region) {
  found f = check_rule(IDS("glute-stretch", "ball-glutes"), NULL, "release-after-stretch");
  cr_expect_eq(f.count, 1);
  cr_expect_eq(f.severity, BRF_ADVICE_CAUTION);
  cr_expect(strstr(f.message, "step 2 (ball-glutes)") != NULL, "%s", f.message);
  cr_expect(strstr(f.message, "step 1 (glute-stretch)") != NULL, "%s", f.message);
  cr_expect(strstr(f.message, "glutes") != NULL, "%s", f.message);
  cr_expect(strstr(f.source, "Relieving lower back tightness after leg day: glute knots") != NULL, "%s", f.source);
  cr_expect(strstr(f.source, "(VIDEO) Foam Rolling to Ease Low Back Pain") != NULL, "%s", f.source);
  cr_expect_eq(check_rule(IDS("ball-glutes", "glute-stretch"), NULL, "release-after-stretch").count, 0);
  cr_expect_eq(check_rule(IDS("back-stretch", "ball-glutes"), NULL, "release-after-stretch").count, 0,
               "another region");
}

Test(routine_check, strengthening_before_release_or_stretching) {
  found f = check_rule(IDS("bridge", "glute-stretch"), NULL, "strengthen-before-release-or-stretch");
  cr_expect_eq(f.count, 1);
  cr_expect_eq(f.severity, BRF_ADVICE_CAUTION);
  cr_expect(strstr(f.message, "step 1 (bridge)") != NULL, "%s", f.message);
  cr_expect(strstr(f.message, "step 2 (glute-stretch) stretches") != NULL, "%s", f.message);
  cr_expect(strstr(f.source, "(VIDEO) Foam Rolling to Ease Low Back Pain") != NULL, "%s", f.source);
  f = check_rule(IDS("cat-camel", "bridge", "ball-glutes"), NULL,
                 "strengthen-before-release-or-stretch");
  cr_expect_eq(f.count, 1);
  cr_expect(strstr(f.message, "step 3 (ball-glutes) releases") != NULL, "%s", f.message);
  cr_expect_eq(check_rule(IDS("ball-glutes", "glute-stretch", "bridge"), NULL,
                          "strengthen-before-release-or-stretch")
                   .count,
               0);
  cr_expect_eq(check_rule(IDS("bridge", "cat-camel"), NULL, "strengthen-before-release-or-stretch")
                   .count,
               0, "mobility may follow strengthening");
}

Test(routine_check, heat_after_stretching) {
  found f = check_rule(IDS("glute-stretch", "warm-bath"), NULL, "heat-after-stretch");
  cr_expect_eq(f.count, 1);
  cr_expect_eq(f.severity, BRF_ADVICE_CAUTION);
  cr_expect(strstr(f.message, "step 2 (warm-bath)") != NULL, "%s", f.message);
  cr_expect(strstr(f.source, "How To Loosen Up Lower Back Muscles") != NULL, "%s", f.source);
  cr_expect_eq(check_rule(IDS("warm-bath", "glute-stretch"), NULL, "heat-after-stretch").count, 0);
  cr_expect_eq(check_rule(IDS("bridge", "warm-bath"), NULL, "heat-after-stretch").count, 0);
}

Test(routine_check, heat_soon_after_a_strain) {
  cr_assert_eq(brf_profile_set_equipment(profile, BRF_EQUIPMENT_BATH, 1), BRF_OK);
  cr_expect_eq(check_rule(IDS("warm-bath"), profile, "heat-after-strain").count, 0, "no strain");
  cr_assert_eq(brf_profile_set_strain_hours_ago(profile, 20), BRF_OK);
  found f = check_rule(IDS("cold-pack", "warm-bath"), profile, "heat-after-strain");
  cr_expect_eq(f.count, 1);
  cr_expect_eq(f.severity, BRF_ADVICE_WARNING);
  cr_expect(strstr(f.message, "step 2 (warm-bath) applies heat 20 h") != NULL, "%s", f.message);
  cr_expect(strstr(f.source, "How To Loosen Up Lower Back Muscles") != NULL, "%s", f.source);
  cr_expect_eq(check_rule(IDS("cold-pack"), profile, "heat-after-strain").count, 0);
  cr_expect_eq(check_rule(IDS("warm-bath"), NULL, "heat-after-strain").count, 0, "no profile");
  cr_assert_eq(brf_profile_set_strain_onset_day(profile, 1000, 1002), BRF_OK);
  f = check_rule(IDS("warm-bath"), profile, "heat-after-strain");
  cr_expect_eq(f.count, 1);
  cr_expect_eq(f.severity, BRF_ADVICE_CAUTION, "48 to 72 h");
  cr_assert_eq(brf_profile_set_strain_hours_ago(profile, 72), BRF_OK);
  cr_expect_eq(check_rule(IDS("warm-bath"), profile, "heat-after-strain").count, 0);
}

Test(routine_check, stretching_the_lower_back_names_both_seeds) {
  found f = check_rule(IDS("back-stretch"), NULL, "lower-back-stretch");
  cr_expect_eq(f.count, 1);
  cr_expect_eq(f.severity, BRF_ADVICE_INFO);
  cr_expect(strstr(f.message, "disagree") != NULL, "%s", f.message);
  cr_expect(strstr(f.source, "How To Loosen Up Lower Back Muscles") != NULL, "%s", f.source);
  cr_expect(strstr(f.source, "Does stretching your back help relieve back pain\?") != NULL, "%s", f.source);
  cr_expect_eq(check_rule(IDS("glute-stretch", "cat-camel"), NULL, "lower-back-stretch").count, 0,
               "mobility of the lower back is not stretching it");
}

Test(routine_check, equipment_the_person_lacks) {
  found f = check_rule(IDS("cat-camel", "ball-glutes", "glute-stretch"), profile,
                       "equipment-missing");
  cr_expect_eq(f.count, 2);
  cr_expect_eq(f.severity, BRF_ADVICE_WARNING);
  cr_expect(strstr(f.message, "step 2 (ball-glutes)") != NULL, "%s", f.message);
  cr_expect(strstr(f.message, "massage-ball") != NULL, "%s", f.message);
  cr_assert_eq(brf_profile_set_equipment(profile, BRF_EQUIPMENT_MASSAGE_BALL, 1), BRF_OK);
  cr_assert_eq(brf_profile_set_equipment(profile, BRF_EQUIPMENT_MAT, 1), BRF_OK);
  cr_expect_eq(check_rule(IDS("cat-camel", "ball-glutes", "glute-stretch"), profile,
                          "equipment-missing")
                   .count,
               0);
  cr_expect_eq(check_rule(IDS("ball-glutes"), NULL, "equipment-missing").count, 0, "no profile");
}

Test(routine_check, conditions_of_the_person) {
  cr_expect_eq(check_rule(IDS("ball-glutes", "warm-bath"), profile, "contraindicated").count, 0);
  cr_assert_eq(brf_profile_set_condition(profile, BRF_CONDITION_OPEN_WOUND, 1), BRF_OK);
  found f = check_rule(IDS("ball-glutes", "warm-bath"), profile, "contraindicated");
  cr_expect_eq(f.count, 1);
  cr_expect_eq(f.severity, BRF_ADVICE_WARNING);
  cr_expect(strstr(f.message, "step 1 (ball-glutes)") != NULL, "%s", f.message);
  cr_expect(strstr(f.message, "open-wound: skip it (fixture)") != NULL, "%s", f.message);
  cr_assert_eq(brf_profile_set_condition(profile, BRF_CONDITION_HEART_CONDITION, 1), BRF_OK);
  f = check_rule(IDS("ball-glutes", "warm-bath"), profile, "contraindicated");
  cr_expect_eq(f.count, 2);
  cr_expect_eq(check_rule(IDS("ball-glutes"), NULL, "contraindicated").count, 0, "no profile");
}

Test(routine_check, dose_advisories_name_their_step) {
  const char *ids[] = {"bridge", "cold-pack", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  brf_dosage *d = brf_test_dose(ctx, "6x20");
  cr_assert_eq(brf_routine_step_set_dose(r, 0, d), BRF_OK);
  brf_dosage_free(d);
  brf_advice *adv = NULL, *direct = NULL;
  cr_assert_eq(brf_routine_check(ctx, r, NULL, &adv), BRF_OK);
  cr_assert_eq(brf_dosage_check(ctx, brf_routine_step_dose(r, 0), BRF_MODALITY_STRENGTH, &direct),
               BRF_OK);
  cr_assert_gt(brf_advice_count(direct), 0);
  for (size_t k = 0; k < brf_advice_count(direct); k++) {
    int seen = 0;
    for (size_t i = 0; i < brf_advice_count(adv); i++) {
      if (strcmp(brf_advice_rule(adv, i), brf_advice_rule(direct, k)) != 0) continue;
      seen = 1;
      cr_expect(strncmp(brf_advice_message(adv, i), "step 1 (bridge): ", 17) == 0, "%s",
                brf_advice_message(adv, i));
      cr_expect(strstr(brf_advice_message(adv, i), brf_advice_message(direct, k)) != NULL);
      cr_expect_eq(brf_advice_severity(adv, i), brf_advice_severity(direct, k));
      cr_expect_str_eq(brf_advice_source(adv, i), brf_advice_source(direct, k));
    }
    cr_expect(seen, "%s missing", brf_advice_rule(direct, k));
  }
  size_t barrier = 0;
  for (size_t i = 0; i < brf_advice_count(adv); i++)
    if (strcmp(brf_advice_rule(adv, i), "cold-needs-barrier") == 0) {
      barrier++;
      cr_expect(strncmp(brf_advice_message(adv, i), "step 2 (cold-pack): ", 20) == 0);
    }
  cr_expect_eq(barrier, 1);
  brf_advice_free(direct);
  brf_advice_free(adv);
  brf_routine_free(r);
}

Test(routine_check, good_routine_has_no_sequencing_advice) {
  const char *ids[] = {"warm-bath", "ball-glutes", "glute-stretch", "cat-camel", "bridge", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  cr_assert_eq(brf_profile_set_equipment(profile, BRF_EQUIPMENT_BATH, 1), BRF_OK);
  cr_assert_eq(brf_profile_set_equipment(profile, BRF_EQUIPMENT_MASSAGE_BALL, 1), BRF_OK);
  cr_assert_eq(brf_profile_set_equipment(profile, BRF_EQUIPMENT_MAT, 1), BRF_OK);
  brf_advice *adv = NULL;
  cr_assert_eq(brf_routine_check(ctx, r, profile, &adv), BRF_OK);
  static const char *const ours[] = {"release-after-stretch", "strengthen-before-release-or-stretch",
                                     "heat-after-stretch", "heat-after-strain", "lower-back-stretch",
                                     "equipment-missing", "contraindicated"};
  for (size_t i = 0; i < brf_advice_count(adv); i++)
    for (size_t k = 0; k < sizeof ours / sizeof ours[0]; k++)
      cr_expect(strcmp(brf_advice_rule(adv, i), ours[k]) != 0, "%s: %s", ours[k],
                brf_advice_message(adv, i));
  brf_advice_free(adv);
  brf_routine_free(r);
}

Test(routine_check, empty_routine_and_null_arguments) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  brf_advice *adv = (brf_advice *)1;
  cr_assert_eq(brf_routine_check(ctx, r, profile, &adv), BRF_OK);
  cr_expect_eq(brf_advice_count(adv), 0);
  brf_advice_free(adv);
  adv = (brf_advice *)1;
  cr_expect_eq(brf_routine_check(NULL, r, NULL, &adv), BRF_E_INVALID);
  cr_expect_null(adv);
  cr_expect_eq(brf_routine_check(ctx, NULL, NULL, &adv), BRF_E_INVALID);
  cr_expect_eq(brf_routine_check(ctx, r, NULL, NULL), BRF_E_INVALID);
  brf_routine_free(r);
}

Test(routine_check, allocation_failure_frees_everything) {
  const char *ids[] = {"bridge", "glute-stretch", "ball-glutes", "back-stretch", "warm-bath", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  cr_assert_eq(brf_profile_set_strain_hours_ago(profile, 3), BRF_OK);
  cr_assert_eq(brf_profile_set_condition(profile, BRF_CONDITION_OPEN_WOUND, 1), BRF_OK);
  brf_advice *adv = NULL;
  cr_assert_eq(brf_routine_check(ctx, r, profile, &adv), BRF_OK);
  size_t want = brf_advice_count(adv);
  brf_advice_free(adv);
  int succeeded = 0;
  for (size_t n = 1; n < 500 && !succeeded; n++) {
    size_t live = st.live_blocks;
    st.calls = 0;
    st.fail_at = n;
    brf_status s = brf_routine_check(ctx, r, profile, &adv);
    st.fail_at = 0;
    if (s == BRF_OK) {
      succeeded = 1;
      cr_expect_eq(brf_advice_count(adv), want);
      brf_advice_free(adv);
    } else {
      cr_assert_eq(s, BRF_E_NOMEM, "fail_at %zu", n);
      cr_expect_null(adv);
      cr_expect_eq(st.live_blocks, live, "fail_at %zu leaked", n);
    }
  }
  cr_expect(succeeded);
  brf_routine_free(r);
}

Test(routine_check, allocates_only_in_the_context_given) {
  const char *ids[] = {"bridge", "cold-pack", "warm-bath", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  brf_test_alloc st2;
  brf_allocator a2;
  brf_context *ctx2 = NULL;
  brf_test_alloc_init(&a2, &st2);
  cr_assert_eq(brf_context_new_with_allocator(&a2, &ctx2), BRF_OK);
  size_t calls = st.calls;
  brf_advice *adv = NULL;
  cr_assert_eq(brf_routine_check(ctx2, r, profile, &adv), BRF_OK);
  cr_expect_eq(st.calls, calls, "the routine's context allocated during the check");
  cr_expect_gt(brf_advice_count(adv), 0);
  cr_expect_gt(st2.allocs, 0);
  brf_advice_free(adv);
  brf_context_free(ctx2);
  cr_expect_eq(st2.live_blocks, 0);
  brf_routine_free(r);
}
