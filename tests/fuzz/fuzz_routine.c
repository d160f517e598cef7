/* Fuzz the routine JSON reader; every routine it accepts must write, read
 * back and write again to the same bytes, and survive the check. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void add_exercise(brf_context *ctx, brf_catalog *cat, const char *id, int32_t modality,
                         int32_t region, int32_t equipment, const char *dose) {
  brf_exercise_draft *d = NULL;
  if (brf_exercise_draft_new(ctx, &d) != BRF_OK) abort();
  brf_exercise_draft_set_id(d, id);
  brf_exercise_draft_set_name(d, id);
  brf_exercise_draft_set_modality(d, modality);
  brf_exercise_draft_add_region(d, region, BRF_REGIONS_PRIMARY);
  brf_exercise_draft_add_equipment(d, equipment);
  brf_exercise_draft_add_contraindication(d, BRF_CONDITION_PREGNANCY, BRF_ACTION_MODIFY, "gently");
  if (dose != NULL) brf_exercise_draft_set_default_dose(d, dose);
  if (brf_catalog_add(cat, d) != BRF_OK) abort();
  brf_exercise_draft_free(d);
}

/* Write r, read it back and write again: the two texts must be equal. */
static void round_trip(brf_context *ctx, const brf_catalog *cat, const brf_routine *r,
                       uint32_t flags) {
  char *first = NULL, *second = NULL;
  size_t n1 = 0, n2 = 0;
  brf_routine *back = NULL;
  if (brf_routine_to_json(ctx, r, flags, &first, &n1) != BRF_OK) abort();
  if (brf_routine_from_json(ctx, first, n1, cat, 0, &back) != BRF_OK) abort();
  if (brf_routine_to_json(ctx, back, flags, &second, &n2) != BRF_OK) abort();
  if (n1 != n2 || memcmp(first, second, n1) != 0) abort();
  brf_free(ctx, first);
  brf_free(ctx, second);
  brf_routine_free(back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL;
  if (brf_context_new(&ctx) != BRF_OK || brf_catalog_new_empty(ctx, &cat) != BRF_OK) abort();
  add_exercise(ctx, cat, "ball-glutes", BRF_MODALITY_SELF_MASSAGE, BRF_REGION_GLUTES,
               BRF_EQUIPMENT_MASSAGE_BALL, "2min, each side");
  add_exercise(ctx, cat, "glute-stretch", BRF_MODALITY_STATIC_STRETCH, BRF_REGION_GLUTES,
               BRF_EQUIPMENT_NONE, "3 reps, hold 30s, each side");
  add_exercise(ctx, cat, "bridge", BRF_MODALITY_STRENGTH, BRF_REGION_GLUTES, BRF_EQUIPMENT_NONE,
               "2-3x6-15");
  add_exercise(ctx, cat, "warm-bath", BRF_MODALITY_HEAT, BRF_REGION_LOWER_BACK, BRF_EQUIPMENT_BATH,
               "15-20min");
  add_exercise(ctx, cat, "no-dose", BRF_MODALITY_MOBILITY, BRF_REGION_LOWER_BACK,
               BRF_EQUIPMENT_NONE, NULL);
  brf_routine *r = NULL;
  if (brf_routine_from_json(ctx, (const char *)data, size, cat, 0, &r) == BRF_OK) {
    round_trip(ctx, cat, r, 0);
    round_trip(ctx, cat, r, BRF_JSON_PRETTY);
    brf_profile *p = NULL;
    brf_advice *adv = NULL;
    if (brf_profile_new(ctx, &p) != BRF_OK) abort();
    brf_profile_set_strain_hours_ago(p, 12);
    brf_profile_set_condition(p, BRF_CONDITION_PREGNANCY, 1);
    if (brf_routine_check(ctx, r, p, &adv) != BRF_OK) abort();
    brf_advice_free(adv);
    brf_profile_free(p);
    brf_routine_free(r);
  } else if (r != NULL) {
    abort();
  }
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return 0;
}
