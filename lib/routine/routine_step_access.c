/* Getters and setters of one routine step. Getters are total: NULL or an
 * index out of range gives NULL, -1 or 0. */
#include "internal/routine.h"

#define STEP_OR(r, index, fallback)                    \
  const brf__step *s = brf__routine_step((r), (index)); \
  if (s == NULL) return (fallback)

const char *brf_routine_step_exercise_id(const brf_routine *r, size_t index) {
  STEP_OR(r, index, NULL);
  return s->exercise_id;
}

const char *brf_routine_step_name(const brf_routine *r, size_t index) {
  STEP_OR(r, index, NULL);
  return s->name;
}

int32_t brf_routine_step_modality(const brf_routine *r, size_t index) {
  STEP_OR(r, index, -1);
  return s->modality;
}

int32_t brf_routine_step_laterality(const brf_routine *r, size_t index) {
  STEP_OR(r, index, -1);
  return s->laterality;
}

int32_t brf_routine_step_phase(const brf_routine *r, size_t index) {
  STEP_OR(r, index, -1);
  return s->phase;
}

const brf_dosage *brf_routine_step_dose(const brf_routine *r, size_t index) {
  STEP_OR(r, index, NULL);
  return s->dose;
}

const char *brf_routine_step_note(const brf_routine *r, size_t index) {
  STEP_OR(r, index, NULL);
  return s->note;
}

const char *brf_routine_step_reason(const brf_routine *r, size_t index) {
  STEP_OR(r, index, NULL);
  return s->reason;
}

size_t brf_routine_step_region_count(const brf_routine *r, size_t index) {
  STEP_OR(r, index, 0);
  return s->region_count;
}

int32_t brf_routine_step_region_at(const brf_routine *r, size_t index, size_t k) {
  STEP_OR(r, index, -1);
  return k < s->region_count ? s->regions[k] : -1;
}

size_t brf_routine_step_equipment_count(const brf_routine *r, size_t index) {
  STEP_OR(r, index, 0);
  return s->equipment_count;
}

int32_t brf_routine_step_equipment_at(const brf_routine *r, size_t index, size_t k) {
  STEP_OR(r, index, -1);
  return k < s->equipment_count ? s->equipment[k] : -1;
}

size_t brf_routine_step_contraindication_count(const brf_routine *r, size_t index) {
  STEP_OR(r, index, 0);
  return s->contra_count;
}

int32_t brf_routine_step_contraindication_condition(const brf_routine *r, size_t index,
                                                    size_t k) {
  STEP_OR(r, index, -1);
  return k < s->contra_count ? s->contra[k].condition : -1;
}

int32_t brf_routine_step_contraindication_action(const brf_routine *r, size_t index, size_t k) {
  STEP_OR(r, index, -1);
  return k < s->contra_count ? s->contra[k].action : -1;
}

const char *brf_routine_step_contraindication_note(const brf_routine *r, size_t index,
                                                   size_t k) {
  STEP_OR(r, index, NULL);
  return k < s->contra_count ? s->contra[k].note : NULL;
}

/* The step at index for a setter, or an error in r's context. */
static brf_status mutable_step(brf_routine *r, size_t index, brf__step **out) {
  if (r == NULL) return BRF_E_INVALID;
  if (index >= r->count)
    return brf__error(r->ctx, BRF_E_RANGE, "step index %zu is out of range (%zu steps)", index,
                      r->count);
  *out = r->steps[index];
  return BRF_OK;
}

brf_status brf_routine_step_set_dose(brf_routine *r, size_t index, const brf_dosage *dose) {
  BRF__ENTER_OBJ(r);
  brf__step *s = NULL;
  brf_status st = mutable_step(r, index, &s);
  if (st != BRF_OK) return st;
  if (dose == NULL) return brf__error(r->ctx, BRF_E_INVALID, "brf_routine_step_set_dose: NULL dose");
  st = brf__step_check_dose(r->ctx, s->exercise_id, s->modality, dose);
  if (st != BRF_OK) return st;
  brf_dosage *copy = NULL;
  st = brf_dosage_clone(r->ctx, dose, &copy);
  if (st != BRF_OK) return st;
  brf_dosage_free(s->dose);
  s->dose = copy;
  return BRF_OK;
}

/* Replace an owned text of a step; unchanged on failure. */
static brf_status set_text(brf_routine *r, size_t index, int is_note, const char *text) {
  brf__step *s = NULL;
  brf_status st = mutable_step(r, index, &s);
  if (st != BRF_OK) return st;
  return brf__text_replace(r->ctx, is_note ? &s->note : &s->reason, text,
                           is_note ? "step note" : "step reason");
}

brf_status brf_routine_step_set_note(brf_routine *r, size_t index, const char *note) {
  BRF__ENTER_OBJ(r);
  return set_text(r, index, 1, note);
}

brf_status brf_routine_step_set_reason(brf_routine *r, size_t index, const char *reason) {
  BRF__ENTER_OBJ(r);
  return set_text(r, index, 0, reason);
}

brf_status brf_routine_step_set_phase(brf_routine *r, size_t index, int32_t phase) {
  BRF__ENTER_OBJ(r);
  brf__step *s = NULL;
  brf_status st = mutable_step(r, index, &s);
  if (st != BRF_OK) return st;
  if (phase < 0 || phase >= BRF_PHASE_COUNT)
    return brf__error(r->ctx, BRF_E_INVALID, "unknown phase code %d", (int)phase);
  s->phase = phase;
  return BRF_OK;
}
