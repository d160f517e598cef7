/* Copy one exercise into another catalog through a draft: how an app
 * builds a catalog of selected exercises (for `list --json`) with the
 * public API alone. */
#include "catalog_copy.h"

static brf_status copy_lists(brf_exercise_draft *d, const brf_exercise *ex) {
  brf_status s = BRF_OK;
  for (size_t i = 0; s == BRF_OK && i < brf_exercise_alias_count(ex); i++)
    s = brf_exercise_draft_add_alias(d, brf_exercise_alias_at(ex, i));
  for (int32_t scope = BRF_REGIONS_PRIMARY; scope <= BRF_REGIONS_SECONDARY; scope++)
    for (size_t i = 0; s == BRF_OK && i < brf_exercise_region_count(ex, scope); i++)
      s = brf_exercise_draft_add_region(d, brf_exercise_region_at(ex, scope, i), scope);
  for (size_t i = 0; s == BRF_OK && i < brf_exercise_equipment_count(ex); i++)
    s = brf_exercise_draft_add_equipment(d, brf_exercise_equipment_at(ex, i));
  for (size_t i = 0; s == BRF_OK && i < brf_exercise_instruction_count(ex); i++)
    s = brf_exercise_draft_add_instruction(d, brf_exercise_instruction_at(ex, i));
  for (size_t i = 0; s == BRF_OK && i < brf_exercise_cue_count(ex); i++)
    s = brf_exercise_draft_add_cue(d, brf_exercise_cue_at(ex, i));
  for (size_t i = 0; s == BRF_OK && i < brf_exercise_caution_count(ex); i++)
    s = brf_exercise_draft_add_caution(d, brf_exercise_caution_at(ex, i));
  for (size_t i = 0; s == BRF_OK && i < brf_exercise_contraindication_count(ex); i++)
    s = brf_exercise_draft_add_contraindication(d, brf_exercise_contraindication_condition(ex, i),
                                                brf_exercise_contraindication_action(ex, i),
                                                brf_exercise_contraindication_note(ex, i));
  for (size_t i = 0; s == BRF_OK && i < brf_exercise_alternative_dose_count(ex); i++)
    s = brf_exercise_draft_add_alternative_dose(
        d, brf_exercise_alternative_dose_at(ex, i),
        brf_exercise_alternative_dose_source_kind(ex, i),
        brf_exercise_alternative_dose_source(ex, i), brf_exercise_alternative_dose_note(ex, i));
  for (size_t i = 0; s == BRF_OK && i < brf_exercise_progression_count(ex); i++)
    s = brf_exercise_draft_add_progression(d, brf_exercise_progression_exercise(ex, i),
                                           brf_exercise_progression_text(ex, i));
  for (size_t i = 0; s == BRF_OK && i < brf_exercise_regression_count(ex); i++)
    s = brf_exercise_draft_add_regression(d, brf_exercise_regression_exercise(ex, i),
                                          brf_exercise_regression_text(ex, i));
  for (size_t i = 0; s == BRF_OK && i < brf_exercise_source_count(ex); i++)
    s = brf_exercise_draft_add_source(d, brf_exercise_source_kind(ex, i),
                                      brf_exercise_source_ref(ex, i),
                                      brf_exercise_source_note(ex, i));
  for (size_t i = 0; s == BRF_OK && i < brf_exercise_media_count(ex); i++)
    s = brf_exercise_draft_add_media(d, brf_exercise_media_at(ex, i));
  return s;
}

brf_status cli_copy_exercise(brf_context *ctx, brf_catalog *dst, const brf_exercise *ex) {
  brf_exercise_draft *d = NULL;
  brf_status s = brf_exercise_draft_new(ctx, &d);
  if (s == BRF_OK) s = brf_exercise_draft_set_id(d, brf_exercise_id(ex));
  if (s == BRF_OK) s = brf_exercise_draft_set_name(d, brf_exercise_name(ex));
  if (s == BRF_OK) s = brf_exercise_draft_set_summary(d, brf_exercise_summary(ex));
  if (s == BRF_OK) s = brf_exercise_draft_set_default_dose(d, brf_exercise_default_dose(ex));
  if (s == BRF_OK) s = brf_exercise_draft_set_dose_note(d, brf_exercise_dose_note(ex));
  if (s == BRF_OK) s = brf_exercise_draft_set_modality(d, brf_exercise_modality(ex));
  if (s == BRF_OK) s = brf_exercise_draft_set_level(d, brf_exercise_level(ex));
  if (s == BRF_OK) s = brf_exercise_draft_set_laterality(d, brf_exercise_laterality(ex));
  if (s == BRF_OK && brf_exercise_position(ex) >= 0)
    s = brf_exercise_draft_set_position(d, brf_exercise_position(ex));
  if (s == BRF_OK) s = copy_lists(d, ex);
  if (s == BRF_OK) s = brf_catalog_add(dst, d);
  brf_exercise_draft_free(d);
  return s;
}

brf_status cli_catalog_of(brf_context *ctx, const brf_exercise *const *rows, size_t n,
                          brf_catalog **out) {
  brf_catalog *cat = NULL;
  brf_status s = brf_catalog_new_empty(ctx, &cat);
  for (size_t i = 0; s == BRF_OK && i < n; i++) s = cli_copy_exercise(ctx, cat, rows[i]);
  if (s != BRF_OK) {
    brf_catalog_free(cat);
    cat = NULL;
  }
  *out = cat;
  return s;
}
