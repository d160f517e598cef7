/* One routine step: a self-contained copy of what it needs from a catalog
 * exercise, plus its owned dose, phase, note and reason. */
#include <string.h>

#include "internal/dosage.h"
#include "internal/routine.h"

void brf__step_free(brf_context *ctx, brf__step *s) {
  if (s == NULL) return;
  brf__free(ctx, s->exercise_id);
  brf__free(ctx, s->name);
  brf__free(ctx, s->regions);
  brf__free(ctx, s->equipment);
  if (s->contra != NULL) {
    for (size_t i = 0; i < s->contra_count; i++) brf__free(ctx, s->contra[i].note);
    brf__free(ctx, s->contra);
  }
  brf_dosage_free(s->dose);
  brf__free(ctx, s->note);
  brf__free(ctx, s->reason);
  brf__free(ctx, s);
}

brf_status brf__step_check_dose(brf_context *ctx, const char *exercise_id, int32_t modality,
                                const brf_dosage *d) {
  int64_t lo = 0, hi = 0;
  if (brf_dosage_is_empty(d))
    return brf__error(ctx, BRF_E_INVALID, "the dose of \"%s\" is empty", exercise_id);
  brf_status s = brf__dosage_estimate(d, modality, &lo, &hi);
  if (s == BRF_E_RANGE)
    return brf__error(ctx, BRF_E_RANGE, "the session time of the dose of \"%s\" overflows",
                      exercise_id);
  if (s != BRF_OK)
    return brf__error(ctx, BRF_E_INVALID,
                      "the dose of \"%s\" has no session time (give reps, a duration or a hold)",
                      exercise_id);
  return BRF_OK;
}

/* Copy n codes (n may be 0: then *out stays NULL). */
static brf_status copy_codes(brf_context *ctx, const int32_t *src, size_t n, int32_t **out) {
  *out = NULL;
  if (n == 0) return BRF_OK;
  *out = brf__calloc(ctx, n, sizeof **out);
  if (*out == NULL) return BRF_E_NOMEM;
  memcpy(*out, src, n * sizeof **out);
  return BRF_OK;
}

static brf_status copy_contra(brf_context *ctx, const brf__step_contra *src, size_t n,
                              brf__step_contra **out) {
  *out = NULL;
  if (n == 0) return BRF_OK;
  brf__step_contra *c = brf__calloc(ctx, n, sizeof *c);
  if (c == NULL) return BRF_E_NOMEM;
  for (size_t i = 0; i < n; i++) {
    c[i].condition = src[i].condition;
    c[i].action = src[i].action;
    c[i].note = brf__strdup(ctx, src[i].note);
    if (c[i].note == NULL) {
      for (size_t j = 0; j < i; j++) brf__free(ctx, c[j].note);
      brf__free(ctx, c);
      return BRF_E_NOMEM;
    }
  }
  *out = c;
  return BRF_OK;
}

/* The exercise's lists, read through the public getters (the step must not
 * depend on the catalog's internal layout). On failure the step holds what
 * was copied so far, with counts that match, and brf__step_free frees it. */
static brf_status read_exercise_lists(brf_context *ctx, const brf_exercise *ex, brf__step *s) {
  size_t n = brf_exercise_region_count(ex, BRF_REGIONS_PRIMARY);
  if (n > 0) {
    s->regions = brf__calloc(ctx, n, sizeof *s->regions);
    if (s->regions == NULL) return BRF_E_NOMEM;
    for (size_t i = 0; i < n; i++) s->regions[i] = brf_exercise_region_at(ex, BRF_REGIONS_PRIMARY, i);
    s->region_count = n;
  }
  n = brf_exercise_equipment_count(ex);
  if (n > 0) {
    s->equipment = brf__calloc(ctx, n, sizeof *s->equipment);
    if (s->equipment == NULL) return BRF_E_NOMEM;
    for (size_t i = 0; i < n; i++) s->equipment[i] = brf_exercise_equipment_at(ex, i);
    s->equipment_count = n;
  }
  n = brf_exercise_contraindication_count(ex);
  if (n > 0) {
    s->contra = brf__calloc(ctx, n, sizeof *s->contra);
    if (s->contra == NULL) return BRF_E_NOMEM;
    for (size_t i = 0; i < n; i++) {
      s->contra[i].condition = brf_exercise_contraindication_condition(ex, i);
      s->contra[i].action = brf_exercise_contraindication_action(ex, i);
      s->contra[i].note = brf__strdup(ctx, brf_exercise_contraindication_note(ex, i));
      if (s->contra[i].note == NULL) {
        s->contra_count = i; /* the notes copied so far are freed with the step */
        return BRF_E_NOMEM;
      }
    }
    s->contra_count = n;
  }
  return BRF_OK;
}

static brf_status make_dose(brf_context *ctx, const brf_exercise *ex, const brf_dosage *dose,
                            brf_dosage **out) {
  if (dose != NULL) {
    if (brf_dosage_is_empty(dose))
      return brf__error(ctx, BRF_E_INVALID, "the dose given for \"%s\" is empty",
                        brf_exercise_id(ex));
    return brf_dosage_clone(ctx, dose, out);
  }
  const char *notation = brf_exercise_default_dose(ex);
  if (notation == NULL || notation[0] == '\0')
    return brf__error(ctx, BRF_E_INVALID, "exercise \"%s\" has no default dose: give one",
                      brf_exercise_id(ex));
  return brf_dosage_parse(ctx, notation, strlen(notation), out);
}

brf_status brf__step_new(brf_context *ctx, const brf_exercise *ex, const brf_dosage *dose,
                         brf__step **out) {
  *out = NULL;
  brf__step *s = brf__calloc(ctx, 1, sizeof *s);
  if (s == NULL) return BRF_E_NOMEM;
  s->modality = brf_exercise_modality(ex);
  s->laterality = brf_exercise_laterality(ex);
  s->phase = BRF_PHASE_NONE;
  brf_status st = BRF_E_NOMEM;
  s->exercise_id = brf__strdup(ctx, brf_exercise_id(ex));
  s->name = s->exercise_id ? brf__strdup(ctx, brf_exercise_name(ex)) : NULL;
  s->note = s->name ? brf__strdup(ctx, "") : NULL;
  s->reason = s->note ? brf__strdup(ctx, "") : NULL;
  if (s->reason == NULL) goto fail;
  st = read_exercise_lists(ctx, ex, s);
  if (st != BRF_OK) goto fail;
  st = make_dose(ctx, ex, dose, &s->dose);
  if (st != BRF_OK) goto fail;
  st = brf__step_check_dose(ctx, s->exercise_id, s->modality, s->dose);
  if (st != BRF_OK) goto fail;
  *out = s;
  return BRF_OK;
fail:
  brf__step_free(ctx, s);
  return st;
}

brf_status brf__step_clone(brf_context *ctx, const brf__step *src, brf__step **out) {
  *out = NULL;
  brf__step *s = brf__calloc(ctx, 1, sizeof *s);
  if (s == NULL) return BRF_E_NOMEM;
  s->modality = src->modality;
  s->laterality = src->laterality;
  s->phase = src->phase;
  brf_status st = BRF_E_NOMEM;
  s->exercise_id = brf__strdup(ctx, src->exercise_id);
  s->name = s->exercise_id ? brf__strdup(ctx, src->name) : NULL;
  s->note = s->name ? brf__strdup(ctx, src->note) : NULL;
  s->reason = s->note ? brf__strdup(ctx, src->reason) : NULL;
  if (s->reason == NULL) goto fail;
  if (copy_codes(ctx, src->regions, src->region_count, &s->regions) != BRF_OK) goto fail;
  s->region_count = src->region_count;
  if (copy_codes(ctx, src->equipment, src->equipment_count, &s->equipment) != BRF_OK) goto fail;
  s->equipment_count = src->equipment_count;
  if (copy_contra(ctx, src->contra, src->contra_count, &s->contra) != BRF_OK) goto fail;
  s->contra_count = src->contra_count;
  st = brf_dosage_clone(ctx, src->dose, &s->dose);
  if (st != BRF_OK) goto fail;
  *out = s;
  return BRF_OK;
fail:
  brf__step_free(ctx, s);
  return st;
}
