/* Queries over the built-in catalog: every filter, combinations, order,
 * the cursor and index access. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;
static brf_query *q;

static void setup(void) {
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_query_new(ctx, cat, &q), BRF_OK);
}
static void teardown(void) {
  brf_query_free(q);
  brf_catalog_free(cat);
}

BRF_TEST_CONTEXT_FIXTURE_WITH(query, setup, teardown);

static int found(const char *id) {
  for (size_t i = 0; i < brf_query_count(q); i++) {
    if (strcmp(brf_exercise_id(brf_query_at(q, i)), id) == 0) return 1;
  }
  return 0;
}

static size_t run(void) {
  cr_assert_eq(brf_query_run(q), BRF_OK);
  return brf_query_count(q);
}

/* Results must be in catalog order: indexes strictly increase. */
static void expect_catalog_order(void) {
  size_t last = 0;
  for (size_t i = 0; i < brf_query_count(q); i++) {
    size_t k = 0;
    while (brf_catalog_at(cat, k) != brf_query_at(q, i)) k++;
    if (i > 0) cr_expect_gt(k, last);
    last = k;
  }
}

Test(query, no_filter_matches_everything_in_catalog_order) {
  cr_expect_eq(run(), brf_catalog_count(cat));
  for (size_t i = 0; i < brf_query_count(q); i++) {
    cr_expect_eq(brf_query_at(q, i), brf_catalog_at(cat, i));
  }
  cr_expect_null(brf_query_at(q, brf_query_count(q)));
}

Test(query, region_primary_or_any) {
  cr_assert_eq(brf_query_set_region(q, BRF_REGION_PIRIFORMIS, BRF_REGIONS_PRIMARY), BRF_OK);
  size_t primary = run();
  cr_expect(found("piriformis-foam-roll"));
  cr_expect(found("figure-4-stretch"));
  cr_expect_not(found("glute-ball-release"), "piriformis is only secondary there");
  cr_expect_not(found("cat-camel"));
  for (size_t i = 0; i < primary; i++) {
    const brf_exercise *ex = brf_query_at(q, i);
    int ok = 0;
    for (size_t k = 0; k < brf_exercise_region_count(ex, BRF_REGIONS_PRIMARY); k++)
      ok |= brf_exercise_region_at(ex, BRF_REGIONS_PRIMARY, k) == BRF_REGION_PIRIFORMIS;
    cr_expect(ok, "%s", brf_exercise_id(ex));
  }
  cr_assert_eq(brf_query_set_region(q, BRF_REGION_PIRIFORMIS, BRF_REGIONS_ANY), BRF_OK);
  cr_expect_gt(run(), primary);
  cr_expect(found("glute-ball-release"));
  expect_catalog_order();
  cr_expect_eq(brf_query_set_region(q, BRF_REGION_COUNT, BRF_REGIONS_ANY), BRF_E_INVALID);
  cr_expect_eq(brf_query_set_region(q, BRF_REGION_NECK, BRF_REGIONS_SECONDARY), BRF_E_INVALID);
  cr_assert_eq(brf_query_set_region(q, -1, BRF_REGIONS_ANY), BRF_OK, "-1 removes the filter");
  cr_expect_eq(run(), brf_catalog_count(cat));
}

Test(query, modality) {
  cr_assert_eq(brf_query_set_modality(q, BRF_MODALITY_COLD), BRF_OK);
  cr_expect_eq(run(), 1);
  cr_expect_str_eq(brf_exercise_id(brf_query_at(q, 0)), "cold-pack");
  cr_assert_eq(brf_query_set_modality(q, BRF_MODALITY_HEAT), BRF_OK);
  cr_expect_eq(run(), 3);
  cr_expect(found("sauna") && found("hot-bath") && found("heat-pack"));
  cr_assert_eq(brf_query_set_modality(q, BRF_MODALITY_DYNAMIC_STRETCH), BRF_OK);
  run();
  cr_expect(found("psoas-stretch") && found("frog-stretch"));
  cr_expect_eq(brf_query_set_modality(q, BRF_MODALITY_COUNT), BRF_E_INVALID);
  cr_expect_eq(brf_query_set_modality(q, -2), BRF_E_INVALID);
}

Test(query, equipment_the_user_has) {
  cr_assert_eq(brf_query_set_equipment(q, NULL, 0), BRF_OK);
  size_t bare = run();
  cr_expect_gt(bare, 0);
  cr_expect(found("warrior-1") && found("chin-to-chest-stretch") && found("hip-twists"));
  cr_expect_not(found("cat-camel"), "needs a mat");
  int32_t mat[] = {BRF_EQUIPMENT_MAT};
  cr_assert_eq(brf_query_set_equipment(q, mat, 1), BRF_OK);
  cr_expect_gt(run(), bare);
  cr_expect(found("cat-camel") && found("warrior-1"));
  cr_expect_not(found("glute-foam-roll"));
  cr_expect_not(found("hamstring-stretch"), "needs a towel as well");
  int32_t kit[] = {BRF_EQUIPMENT_FOAM_ROLLER, BRF_EQUIPMENT_MAT, BRF_EQUIPMENT_TOWEL};
  cr_assert_eq(brf_query_set_equipment(q, kit, 3), BRF_OK);
  run();
  cr_expect(found("glute-foam-roll") && found("hamstring-stretch"));
  cr_expect_not(found("glute-ball-release"));
  cr_expect_not(found("hip-thrust"));
  for (size_t i = 0; i < brf_query_count(q); i++) {
    const brf_exercise *ex = brf_query_at(q, i);
    for (size_t k = 0; k < brf_exercise_equipment_count(ex); k++) {
      int32_t e = brf_exercise_equipment_at(ex, k);
      cr_expect(e == BRF_EQUIPMENT_NONE || e == kit[0] || e == kit[1] || e == kit[2]);
    }
  }
  int32_t bad[] = {BRF_EQUIPMENT_MAT, 99};
  cr_expect_eq(brf_query_set_equipment(q, bad, 2), BRF_E_INVALID);
  cr_expect_eq(brf_query_set_equipment(q, NULL, 1), BRF_E_INVALID);
  run();
  cr_expect(found("glute-foam-roll"), "a refused set leaves the filter as it was");
  cr_assert_eq(brf_query_clear_equipment(q), BRF_OK);
  cr_expect_eq(run(), brf_catalog_count(cat));
}

Test(query, max_level) {
  cr_assert_eq(brf_query_set_max_level(q, BRF_LEVEL_BEGINNER), BRF_OK);
  size_t beginner = run();
  cr_expect_not(found("pigeon-pose"));
  cr_expect_not(found("side-plank"));
  cr_expect_not(found("barbell-hip-thrust"));
  cr_expect(found("cat-camel"));
  cr_assert_eq(brf_query_set_max_level(q, BRF_LEVEL_INTERMEDIATE), BRF_OK);
  size_t intermediate = run();
  cr_expect_gt(intermediate, beginner);
  cr_expect(found("side-plank"));
  cr_expect_not(found("barbell-hip-thrust"));
  cr_assert_eq(brf_query_set_max_level(q, BRF_LEVEL_ADVANCED), BRF_OK);
  cr_expect_eq(run(), brf_catalog_count(cat));
  cr_expect_eq(brf_query_set_max_level(q, 3), BRF_E_INVALID);
}

Test(query, laterality) {
  cr_assert_eq(brf_query_set_laterality(q, BRF_LATERALITY_ALTERNATING), BRF_OK);
  run();
  cr_expect(found("bird-dog") && found("dead-bug") && found("knee-rolls"));
  cr_expect_not(found("cat-camel"));
  for (size_t i = 0; i < brf_query_count(q); i++)
    cr_expect_eq(brf_exercise_laterality(brf_query_at(q, i)), BRF_LATERALITY_ALTERNATING);
  cr_assert_eq(brf_query_set_laterality(q, BRF_LATERALITY_EACH_SIDE), BRF_OK);
  run();
  cr_expect(found("glute-ball-release") && found("clamshell"));
  cr_expect_eq(brf_query_set_laterality(q, 5), BRF_E_INVALID);
}

Test(query, longest_default_duration) {
  cr_assert_eq(brf_query_set_max_duration_ms(q, 60000), BRF_OK);
  run();
  cr_expect(found("prone-press-up"), "5 reps of 4 s");
  cr_expect(found("pelvic-tilt"), "5 holds of 5 s with 3 s pauses: 37 s");
  cr_expect(found("back-flexion"));
  cr_expect_not(found("sauna"));
  cr_expect_not(found("glute-ball-release"));
  cr_expect_not(found("glute-bridge"), "its longest estimate is over a minute");
  cr_assert_eq(brf_query_set_max_duration_ms(q, 37000), BRF_OK);
  run();
  cr_expect(found("pelvic-tilt"), "the limit is inclusive");
  cr_assert_eq(brf_query_set_max_duration_ms(q, 36999), BRF_OK);
  run();
  cr_expect_not(found("pelvic-tilt"));
  cr_assert_eq(brf_query_set_max_duration_ms(q, 0), BRF_OK);
  cr_expect_eq(run(), 0);
  cr_expect_eq(brf_query_set_max_duration_ms(q, -2), BRF_E_INVALID);
  cr_assert_eq(brf_query_set_max_duration_ms(q, -1), BRF_OK);
  cr_expect_eq(run(), brf_catalog_count(cat));
}

Test(query, unknown_estimates_never_fit_a_duration_limit) {
  brf_catalog *mine;
  brf_query *q2;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &mine), BRF_OK);
  /* A dose with no reps, duration or hold has no session time. (A changed
   * dose that has one gets it: tests/unit/catalog/test_catalog_doses.c.) */
  cr_assert_eq(brf_catalog_set_default_dose(mine, "pelvic-tilt", "daily"), BRF_OK);
  cr_assert_eq(brf_query_new(ctx, mine, &q2), BRF_OK);
  cr_assert_eq(brf_query_set_max_duration_ms(q2, 60000), BRF_OK);
  cr_assert_eq(brf_query_run(q2), BRF_OK);
  for (size_t i = 0; i < brf_query_count(q2); i++)
    cr_expect_str_neq(brf_exercise_id(brf_query_at(q2, i)), "pelvic-tilt",
                      "a dose without session time never fits a duration limit");
  brf_query_free(q2);
  brf_catalog_free(mine);
}

Test(query, free_text_over_name_aliases_and_instructions) {
  cr_assert_eq(brf_query_set_text(q, "FOAM ROLLING"), BRF_OK);
  run();
  cr_expect(found("adductor-foam-roll") && found("calf-foam-roll"), "case-insensitive names");
  cr_assert_eq(brf_query_set_text(q, "cat-cow"), BRF_OK);
  cr_expect_eq(run(), 1, "an alias");
  cr_expect_str_eq(brf_exercise_id(brf_query_at(q, 0)), "cat-camel");
  cr_assert_eq(brf_query_set_text(q, "SACRUM"), BRF_OK);
  run();
  cr_expect(found("piriformis-foam-roll"), "an instruction");
  cr_assert_eq(brf_query_set_text(q, "caf\xc3\xa9"), BRF_OK);
  cr_expect_eq(run(), 0, "non-ASCII text matches exactly, and here nothing");
  cr_expect_eq(brf_query_set_text(q, "bad \xc3"), BRF_E_INVALID);
  cr_assert_eq(brf_query_set_text(q, ""), BRF_OK, "empty removes the filter");
  cr_expect_eq(run(), brf_catalog_count(cat));
  cr_assert_eq(brf_query_set_text(q, "glute"), BRF_OK);
  run();
  cr_assert_eq(brf_query_set_text(q, NULL), BRF_OK);
  cr_expect_eq(run(), brf_catalog_count(cat));
}

Test(query, utf8_text_in_custom_exercises) {
  brf_catalog *mine;
  brf_exercise_draft *d;
  brf_query *q2;
  cr_assert_eq(brf_catalog_new_empty(ctx, &mine), BRF_OK);
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, "etirement"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, "\xc3\x89tirement du DOS"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_STATIC_STRETCH), BRF_OK);
  cr_assert_eq(brf_catalog_add(mine, d), BRF_OK);
  cr_assert_eq(brf_query_new(ctx, mine, &q2), BRF_OK);
  cr_assert_eq(brf_query_set_text(q2, "\xc3\x89tirement du dos"), BRF_OK);
  cr_assert_eq(brf_query_run(q2), BRF_OK);
  cr_expect_eq(brf_query_count(q2), 1);
  cr_assert_eq(brf_query_set_text(q2, "\xc3\xa9tirement"), BRF_OK);
  cr_assert_eq(brf_query_run(q2), BRF_OK);
  cr_expect_eq(brf_query_count(q2), 0, "only ASCII letters fold");
  brf_query_free(q2);
  brf_exercise_draft_free(d);
  brf_catalog_free(mine);
}

Test(query, filters_combine) {
  int32_t mat[] = {BRF_EQUIPMENT_MAT};
  cr_assert_eq(brf_query_set_region(q, BRF_REGION_GLUTES, BRF_REGIONS_PRIMARY), BRF_OK);
  cr_assert_eq(brf_query_set_modality(q, BRF_MODALITY_STRENGTH), BRF_OK);
  cr_assert_eq(brf_query_set_equipment(q, mat, 1), BRF_OK);
  cr_assert_eq(brf_query_set_max_level(q, BRF_LEVEL_BEGINNER), BRF_OK);
  cr_assert_eq(brf_query_set_laterality(q, BRF_LATERALITY_BOTH_SIDES), BRF_OK);
  cr_assert_eq(brf_query_set_text(q, "bridge"), BRF_OK);
  cr_assert_eq(brf_query_set_max_duration_ms(q, 10 * 60000), BRF_OK);
  cr_expect_eq(run(), 1);
  cr_expect_str_eq(brf_exercise_id(brf_query_at(q, 0)), "glute-bridge");
}

Test(query, cursor_then_done_and_reset) {
  const brf_exercise *ex = (const brf_exercise *)0x1;
  cr_assert_eq(brf_query_set_modality(q, BRF_MODALITY_HEAT), BRF_OK);
  cr_expect_eq(brf_query_count(q), 0, "not run yet");
  cr_expect_null(brf_query_at(q, 0));
  size_t n = 0;
  while (brf_query_next(q, &ex) == BRF_OK) {
    cr_expect_eq(brf_exercise_modality(ex), BRF_MODALITY_HEAT);
    cr_expect_eq(ex, brf_query_at(q, n));
    n++;
  }
  cr_expect_eq(n, 3);
  cr_expect_eq(brf_query_next(q, &ex), BRF_DONE);
  cr_expect_null(ex);
  cr_expect_eq(brf_query_reset(q), BRF_OK);
  cr_expect_eq(brf_query_next(q, &ex), BRF_OK);
  cr_expect_str_eq(brf_exercise_id(ex), "sauna");
  cr_assert_eq(brf_query_set_modality(q, BRF_MODALITY_COLD), BRF_OK);
  cr_expect_eq(brf_query_count(q), 0, "a changed filter drops the old results");
  cr_expect_eq(brf_query_next(q, &ex), BRF_OK);
  cr_expect_str_eq(brf_exercise_id(ex), "cold-pack");
  cr_expect_eq(brf_query_next(q, &ex), BRF_DONE);
}

Test(query, null_arguments) {
  const brf_exercise *ex;
  brf_query *q2 = (brf_query *)0x1;
  cr_expect_eq(brf_query_new(NULL, cat, &q2), BRF_E_INVALID);
  cr_expect_null(q2);
  cr_expect_eq(brf_query_new(ctx, NULL, &q2), BRF_E_INVALID);
  cr_expect_eq(brf_query_new(ctx, cat, NULL), BRF_E_INVALID);
  brf_query_free(NULL);
  cr_expect_eq(brf_query_set_region(NULL, 0, 0), BRF_E_INVALID);
  cr_expect_eq(brf_query_set_modality(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_query_set_equipment(NULL, NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_query_clear_equipment(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_query_set_max_level(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_query_set_laterality(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_query_set_max_duration_ms(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_query_set_text(NULL, "x"), BRF_E_INVALID);
  cr_expect_eq(brf_query_run(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_query_next(NULL, &ex), BRF_E_INVALID);
  cr_expect_eq(brf_query_next(q, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_query_reset(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_query_count(NULL), 0);
  cr_expect_null(brf_query_at(NULL, 0));
}

Test(query, allocation_failures) {
  brf_query *q2 = NULL;
  size_t live = st.live_blocks;
  for (size_t k = 1;; k++) {
    st.fail_at = st.calls + k;
    brf_status s = brf_query_new(ctx, cat, &q2);
    st.fail_at = 0;
    if (s == BRF_OK) break;
    cr_assert_eq(s, BRF_E_NOMEM);
    cr_assert_null(q2);
    cr_assert_eq(st.live_blocks, live);
  }
  for (size_t k = 1;; k++) {
    st.fail_at = st.calls + k;
    brf_status s = brf_query_set_text(q2, "glute");
    st.fail_at = 0;
    if (s == BRF_OK) break;
    cr_assert_eq(s, BRF_E_NOMEM);
  }
  for (size_t k = 1;; k++) {
    st.fail_at = st.calls + k;
    brf_status s = brf_query_run(q2);
    st.fail_at = 0;
    if (s == BRF_OK) break;
    cr_assert_eq(s, BRF_E_NOMEM);
    cr_assert_eq(brf_query_count(q2), 0);
  }
  cr_expect_gt(brf_query_count(q2), 0);
  brf_query_free(q2);
}
