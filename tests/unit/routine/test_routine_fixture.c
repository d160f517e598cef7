/* The fixture catalog of the routine tests (see test_routine_fixture.h). */
#include "test_routine_fixture.h"

#include <criterion/criterion.h>
#include <string.h>

typedef struct fixture_ex {
  const char *id;
  int32_t modality;
  int32_t region;
  int32_t equipment; /* -1 for none listed */
  const char *dose;  /* NULL for none */
  int32_t contra;    /* -1 for none */
  int32_t action;
} fixture_ex;

static const fixture_ex fixture[] = {
    {"ball-glutes", BRF_MODALITY_SELF_MASSAGE, BRF_REGION_GLUTES, BRF_EQUIPMENT_MASSAGE_BALL,
     "2min, each side", BRF_CONDITION_OPEN_WOUND, BRF_ACTION_SKIP},
    {"roll-lower-back", BRF_MODALITY_SELF_MASSAGE, BRF_REGION_LOWER_BACK,
     BRF_EQUIPMENT_FOAM_ROLLER, "90s", -1, 0},
    {"glute-stretch", BRF_MODALITY_STATIC_STRETCH, BRF_REGION_GLUTES, BRF_EQUIPMENT_MAT,
     "3 reps, hold 30s, each side", -1, 0},
    {"back-stretch", BRF_MODALITY_STATIC_STRETCH, BRF_REGION_LOWER_BACK, -1, "hold 20s", -1, 0},
    {"bridge", BRF_MODALITY_STRENGTH, BRF_REGION_GLUTES, -1, "2-3x6-15", -1, 0},
    {"cat-camel", BRF_MODALITY_MOBILITY, BRF_REGION_LOWER_BACK, -1, "10 reps", -1, 0},
    {"warm-bath", BRF_MODALITY_HEAT, BRF_REGION_LOWER_BACK, BRF_EQUIPMENT_BATH, "15-20min",
     BRF_CONDITION_HEART_CONDITION, BRF_ACTION_ASK_CLINICIAN},
    {"cold-pack", BRF_MODALITY_COLD, BRF_REGION_LOWER_BACK, BRF_EQUIPMENT_COLD_PACK, "20min", -1,
     0},
    {"no-dose", BRF_MODALITY_STRENGTH, BRF_REGION_ABDOMINALS, -1, NULL, -1, 0},
    {"freq-only", BRF_MODALITY_MOBILITY, BRF_REGION_LOWER_BACK, -1, "daily", -1, 0},
};

brf_catalog *brf_test_routine_catalog(brf_context *ctx) {
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  for (size_t i = 0; i < sizeof fixture / sizeof fixture[0]; i++) {
    const fixture_ex *f = &fixture[i];
    brf_exercise_draft *d = NULL;
    cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
    cr_assert_eq(brf_exercise_draft_set_id(d, f->id), BRF_OK);
    cr_assert_eq(brf_exercise_draft_set_name(d, f->id), BRF_OK);
    cr_assert_eq(brf_exercise_draft_set_modality(d, f->modality), BRF_OK);
    cr_assert_eq(brf_exercise_draft_add_region(d, f->region, BRF_REGIONS_PRIMARY), BRF_OK);
    if (f->equipment >= 0)
      cr_assert_eq(brf_exercise_draft_add_equipment(d, f->equipment), BRF_OK);
    if (f->dose != NULL) cr_assert_eq(brf_exercise_draft_set_default_dose(d, f->dose), BRF_OK);
    if (f->contra >= 0)
      cr_assert_eq(brf_exercise_draft_add_contraindication(d, f->contra, f->action, "fixture"),
                   BRF_OK);
    cr_assert_eq(brf_catalog_add(cat, d), BRF_OK, "%s", brf_context_errmsg(ctx));
    brf_exercise_draft_free(d);
  }
  return cat;
}

brf_dosage *brf_test_dose(brf_context *ctx, const char *notation) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, notation, strlen(notation), &d), BRF_OK, "%s: %s", notation,
               brf_context_errmsg(ctx));
  return d;
}

brf_routine *brf_test_routine_of(brf_context *ctx, const brf_catalog *cat,
                                 const char *const *ids) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  for (size_t i = 0; ids[i] != NULL; i++) {
    const brf_exercise *ex = brf_catalog_find(cat, ids[i]);
    cr_assert_not_null(ex, "%s", ids[i]);
    cr_assert_eq(brf_routine_append(r, ex, NULL), BRF_OK, "%s: %s", ids[i],
                 brf_context_errmsg(ctx));
  }
  return r;
}
