/* The built-in catalog: completeness, sources for every seed exercise, and
 * that it costs nothing but the handle. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

static void setup(void) {
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
}
static void teardown(void) {
  brf_catalog_free(cat);
}

BRF_TEST_CONTEXT_FIXTURE_WITH(builtin, setup, teardown);

/* The web articles (the seeds) as the catalog cites them (data/sources.json). */
#define ARTICLE_000 \
  "\"Relieving lower back tightness after leg day: glute knots\" (web article)"
#define ARTICLE_001 \
  "\"5 Recovery Exercise To Release Lower Back Tension\" (web article)"
#define ARTICLE_002 \
  "\"How To Loosen Up Lower Back Muscles\" (web article, 22 February 2024)"
#define ARTICLE_003 \
  "\"(VIDEO) Foam Rolling to Ease Low Back Pain\" (web article, updated 1 February 2022)"
#define ARTICLE_004 \
  "\"Does stretching your back help relieve back pain\?\" (web article)"

/* Every exercise, variation, heat and cold application the seeds name, by article. */
static const struct {
  const char *seed;
  const char *ids[24];
} seed_table[] = {
    {ARTICLE_000, {"glute-ball-release", "glute-stretch", NULL}},
    {ARTICLE_001,
     {"adductor-foam-roll", "quadriceps-foam-roll", "piriformis-foam-roll", "psoas-stretch",
      "frog-stretch", NULL}},
    {ARTICLE_002,
     {"sauna", "hot-bath", "cold-pack", "heat-pack", "pigeon-pose", "warrior-1", "groin-stretch",
      "hamstring-foam-roll", "calf-foam-roll", "supine-abdominal-draw-in", "glute-bridge",
      "cat-camel", "bird-dog", "hamstring-stretch", "back-flexion", "prone-extension",
      "levator-scapulae-stretch", "chin-to-chest-stretch", "neck-side-stretch", "hip-twists",
      "pelvic-tilt", NULL}},
    {ARTICLE_003, {"glute-foam-roll", "seated-piriformis-stretch", "glute-stretch",
                                  "glute-ball-release", NULL}},
    {ARTICLE_004,
     {"active-leg-raise", "glute-bridge", "single-leg-glute-bridge", "banded-glute-bridge",
      "hip-thrust", "dumbbell-hip-thrust", "barbell-hip-thrust", "lateral-band-walk",
      "monster-walk", "clamshell", "back-flexion", NULL}},
};

/* The standard physiotherapy exercises of the evidence base (docs/evidence.md). */
static const char *const clinical_ids[] = {
    "curl-up",      "side-plank",  "dead-bug", "knee-to-chest", "childs-pose",
    "prone-press-up", "pelvic-tilt", "knee-rolls", "figure-4-stretch", NULL};

static int has_source(const brf_exercise *ex, int32_t kind, const char *ref) {
  for (size_t i = 0; i < brf_exercise_source_count(ex); i++) {
    if (brf_exercise_source_kind(ex, i) == kind && strcmp(brf_exercise_source_ref(ex, i), ref) == 0)
      return 1;
  }
  return 0;
}

Test(builtin, every_seed_exercise_is_present_with_its_seed_as_source) {
  for (size_t s = 0; s < sizeof seed_table / sizeof seed_table[0]; s++) {
    for (size_t i = 0; seed_table[s].ids[i]; i++) {
      const brf_exercise *ex = brf_catalog_find(cat, seed_table[s].ids[i]);
      cr_assert_not_null(ex, "missing %s", seed_table[s].ids[i]);
      cr_expect(has_source(ex, BRF_SOURCE_SEED, seed_table[s].seed), "%s does not cite %s",
                seed_table[s].ids[i], seed_table[s].seed);
    }
  }
}

Test(builtin, clinical_standard_exercises_are_present_and_sourced) {
  for (size_t i = 0; clinical_ids[i]; i++) {
    const brf_exercise *ex = brf_catalog_find(cat, clinical_ids[i]);
    cr_assert_not_null(ex, "missing %s", clinical_ids[i]);
    cr_expect_gt(brf_exercise_source_count(ex), 0);
    cr_expect_neq(brf_exercise_source_kind(ex, 0), BRF_SOURCE_SEED,
                  "%s: the first source of a clinical exercise is a guideline or paper",
                  clinical_ids[i]);
  }
}

static void expect_code(int32_t kind, int32_t v, const char *id, const char *what) {
  cr_expect_not_null(brf_vocab_id(kind, v), "%s: bad %s code %d", id, what, (int)v);
}

Test(builtin, every_exercise_is_complete) {
  size_t n = brf_catalog_count(cat);
  cr_assert_geq(n, 40);
  for (size_t i = 0; i < n; i++) {
    const brf_exercise *ex = brf_catalog_at(cat, i);
    const char *id = brf_exercise_id(ex);
    cr_assert_not_null(id);
    cr_expect_gt(strlen(brf_exercise_name(ex)), 0, "%s", id);
    cr_expect_gt(strlen(brf_exercise_summary(ex)), 0, "%s", id);
    cr_expect_gt(brf_exercise_instruction_count(ex), 1, "%s has no steps", id);
    cr_expect_gt(strlen(brf_exercise_default_dose(ex)), 0, "%s has no dose", id);
    cr_expect_gt(brf_exercise_source_count(ex), 0, "%s has no source", id);
    cr_expect_gt(brf_exercise_region_count(ex, BRF_REGIONS_PRIMARY), 0, "%s: no region", id);
    cr_expect_gt(brf_exercise_equipment_count(ex), 0, "%s: no equipment", id);
    expect_code(BRF_VOCAB_MODALITY, brf_exercise_modality(ex), id, "modality");
    expect_code(BRF_VOCAB_LEVEL, brf_exercise_level(ex), id, "level");
    expect_code(BRF_VOCAB_LATERALITY, brf_exercise_laterality(ex), id, "laterality");
    expect_code(BRF_VOCAB_POSITION, brf_exercise_position(ex), id, "position");
    for (size_t k = 0; k < brf_exercise_region_count(ex, BRF_REGIONS_ANY); k++)
      expect_code(BRF_VOCAB_REGION, brf_exercise_region_at(ex, BRF_REGIONS_ANY, k), id, "region");
    for (size_t k = 0; k < brf_exercise_equipment_count(ex); k++)
      expect_code(BRF_VOCAB_EQUIPMENT, brf_exercise_equipment_at(ex, k), id, "equipment");
    for (size_t k = 0; k < brf_exercise_contraindication_count(ex); k++) {
      expect_code(BRF_VOCAB_CONDITION, brf_exercise_contraindication_condition(ex, k), id, "condition");
      expect_code(BRF_VOCAB_ACTION, brf_exercise_contraindication_action(ex, k), id, "action");
      cr_expect_not_null(brf_exercise_contraindication_note(ex, k));
    }
    for (size_t k = 0; k < brf_exercise_alternative_dose_count(ex); k++) {
      cr_expect_gt(strlen(brf_exercise_alternative_dose_at(ex, k)), 0);
      cr_expect_gt(strlen(brf_exercise_alternative_dose_source(ex, k)), 0, "%s alt %zu", id, k);
      expect_code(BRF_VOCAB_SOURCE_KIND, brf_exercise_alternative_dose_source_kind(ex, k), id,
                  "source kind");
    }
    cr_expect_eq(brf_catalog_find(cat, id), ex, "find(%s) gives the same exercise", id);
  }
}

Test(builtin, links_point_to_exercises_in_the_catalog) {
  for (size_t i = 0; i < brf_catalog_count(cat); i++) {
    const brf_exercise *ex = brf_catalog_at(cat, i);
    for (size_t k = 0; k < brf_exercise_progression_count(ex); k++) {
      const char *to = brf_exercise_progression_exercise(ex, k);
      if (to) cr_expect_not_null(brf_catalog_find(cat, to), "%s -> %s", brf_exercise_id(ex), to);
      else cr_expect_gt(strlen(brf_exercise_progression_text(ex, k)), 0);
    }
    for (size_t k = 0; k < brf_exercise_regression_count(ex); k++) {
      const char *to = brf_exercise_regression_exercise(ex, k);
      if (to) cr_expect_not_null(brf_catalog_find(cat, to), "%s -> %s", brf_exercise_id(ex), to);
      else cr_expect_gt(strlen(brf_exercise_regression_text(ex, k)), 0);
    }
  }
}

static int has_alternative(const brf_exercise *ex, const char *dose, const char *source) {
  for (size_t k = 0; k < brf_exercise_alternative_dose_count(ex); k++) {
    if (strcmp(brf_exercise_alternative_dose_at(ex, k), dose) == 0 &&
        strcmp(brf_exercise_alternative_dose_source(ex, k), source) == 0)
      return 1;
  }
  return 0;
}

/* Where seeds disagree, each source's dose is kept and the default is explained. */
Test(builtin, disagreements_keep_each_source_and_explain_the_default) {
  const brf_exercise *ball = brf_catalog_find(cat, "glute-ball-release");
  cr_expect_str_eq(brf_exercise_default_dose(ball), "10min, each side, 3x/week");
  cr_expect(has_alternative(ball, "10min, each side, daily", ARTICLE_000));
  cr_expect(has_alternative(ball, "10min, each side, 2x/day", ARTICLE_000));
  cr_expect(has_source(ball, BRF_SOURCE_SEED, ARTICLE_003));
  cr_expect_gt(strlen(brf_exercise_dose_note(ball)), 40);

  const brf_exercise *cold = brf_catalog_find(cat, "cold-pack");
  cr_expect(has_alternative(cold, "20min, every 1-2h, for 2-3d", ARTICLE_002));
  const brf_exercise *dog = brf_catalog_find(cat, "bird-dog");
  cr_expect(has_alternative(dog, "10 reps, hold 20-30s, alternating", ARTICLE_002));
  cr_expect_eq(brf_exercise_laterality(dog), BRF_LATERALITY_ALTERNATING);
  /* The warning of "Does stretching your back help relieve back pain?" about stretching the lower back travels with the stretch. */
  const brf_exercise *flex = brf_catalog_find(cat, "back-flexion");
  cr_expect(has_source(flex, BRF_SOURCE_SEED, ARTICLE_004));
  cr_expect_gt(brf_exercise_caution_count(flex), 0);
  /* Moving stretches of "5 Recovery Exercise To Release Lower Back Tension" are dynamic; most stretches are static holds. */
  cr_expect_eq(brf_exercise_modality(brf_catalog_find(cat, "psoas-stretch")),
               BRF_MODALITY_DYNAMIC_STRETCH);
  cr_expect_eq(brf_exercise_modality(brf_catalog_find(cat, "frog-stretch")),
               BRF_MODALITY_DYNAMIC_STRETCH);
  cr_expect_eq(brf_exercise_modality(brf_catalog_find(cat, "pigeon-pose")),
               BRF_MODALITY_STATIC_STRETCH);
}

Test(builtin, named_variations_of_the_seeds_are_progressions_or_regressions) {
  const brf_exercise *piri = brf_catalog_find(cat, "piriformis-foam-roll");
  cr_expect_null(brf_exercise_progression_exercise(piri, 0));
  cr_expect_not_null(strstr(brf_exercise_progression_text(piri, 0), "ross"));
  const brf_exercise *dog = brf_catalog_find(cat, "bird-dog");
  cr_expect_not_null(strstr(brf_exercise_regression_text(dog, 0), "few inches"));
  const brf_exercise *ham = brf_catalog_find(cat, "hamstring-stretch");
  cr_expect_not_null(strstr(brf_exercise_regression_text(ham, 0), "bend in the knee"));
  const brf_exercise *frog = brf_catalog_find(cat, "frog-stretch");
  cr_expect_not_null(strstr(brf_exercise_progression_text(frog, 0), "wider"));
}

Test(builtin, field_values_of_one_exercise) {
  const brf_exercise *ex = brf_catalog_find(cat, "glute-ball-release");
  cr_assert_not_null(ex);
  cr_expect_eq(brf_catalog_at(cat, 0), ex, "catalog order follows the data file");
  cr_expect_eq(brf_exercise_modality(ex), BRF_MODALITY_SELF_MASSAGE);
  cr_expect_eq(brf_exercise_equipment_count(ex), 1);
  cr_expect_eq(brf_exercise_equipment_at(ex, 0), BRF_EQUIPMENT_MASSAGE_BALL);
  cr_expect_eq(brf_exercise_region_at(ex, BRF_REGIONS_PRIMARY, 0), BRF_REGION_GLUTES);
  cr_expect_eq(brf_exercise_region_at(ex, BRF_REGIONS_SECONDARY, 0), BRF_REGION_PIRIFORMIS);
  cr_expect_eq(brf_exercise_region_at(ex, BRF_REGIONS_ANY, 1), BRF_REGION_PIRIFORMIS);
  cr_expect_eq(brf_exercise_region_at(ex, BRF_REGIONS_ANY, 3), -1);
  cr_expect_eq(brf_exercise_region_count(ex, 7), 0);
  cr_expect_eq(brf_exercise_laterality(ex), BRF_LATERALITY_EACH_SIDE);
  cr_expect_eq(brf_exercise_level(ex), BRF_LEVEL_BEGINNER);
  cr_expect_eq(brf_exercise_position(ex), BRF_POSITION_SEATED);
  cr_expect_str_eq(brf_exercise_alias_at(ex, 0), "glute trigger point release");
  cr_expect_null(brf_exercise_alias_at(ex, 99));
  cr_expect_not_null(strstr(brf_exercise_instruction_at(ex, 3), "breathe"));
  cr_expect_gt(brf_exercise_cue_count(ex), 0);
  cr_expect_eq(brf_exercise_contraindication_condition(ex, 0), BRF_CONDITION_OPEN_WOUND);
  cr_expect_eq(brf_exercise_contraindication_action(ex, 0), BRF_ACTION_SKIP);
  cr_expect_eq(brf_exercise_media_count(ex), 0);
  cr_expect_null(brf_exercise_media_at(ex, 0));
  cr_expect_str_eq(brf_exercise_source_ref(ex, 0), ARTICLE_000);
  cr_expect_gt(strlen(brf_exercise_source_note(ex, 0)), 0);
  cr_expect_eq(brf_exercise_progression_count(ex), 2);
  cr_expect_str_eq(brf_exercise_progression_exercise(ex, 0), "glute-stretch");
}

Test(builtin, costs_only_the_handle) {
  brf_catalog *c2 = NULL;
  size_t before = st.allocs;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &c2), BRF_OK);
  cr_expect_eq(st.allocs - before, 1, "one allocation: the handle");
  cr_expect_not_null(brf_catalog_find(c2, "cat-camel"));
  cr_expect_eq(st.allocs - before, 1, "find does not allocate");
  brf_catalog_free(c2);
}

Test(builtin, find_unknown_ids) {
  cr_expect_null(brf_catalog_find(cat, "no-such-exercise"));
  cr_expect_null(brf_catalog_find(cat, ""));
  cr_expect_null(brf_catalog_find(cat, "Cat-Camel"));
  cr_expect_null(brf_catalog_find(cat, "zzz"));
  cr_expect_null(brf_catalog_find(cat, "aaa"));
  cr_expect_null(brf_catalog_find(cat, NULL));
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK, "find writes nothing to the context");
}

Test(builtin, allocation_failure) {
  brf_catalog *c2 = (brf_catalog *)0x1;
  size_t base = st.live_blocks;
  st.fail_at = st.calls + 1;
  cr_expect_eq(brf_catalog_new_builtin(ctx, &c2), BRF_E_NOMEM);
  cr_expect_null(c2);
  cr_expect_eq(st.live_blocks, base);
  st.fail_at = 0;
}
