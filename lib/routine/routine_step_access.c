/* Getters and setters of one routine step. Getters are total: NULL or an
 * index out of range gives NULL, -1 or 0. */
#include "internal/routine.h"

#define STEP_OR(r, index, fallback)                    \
  const brf__step *s = brf__routine_step((r), (index)); \
  if (s == NULL) return (fallback)

/* Defines brf_routine_step_<name>(r, index): the step's field, or fallback. */
#define STEP_GETTER(type, name, field, fallback)                   \
  type brf_routine_step_##name(const brf_routine *r, size_t index) { \
    STEP_OR(r, index, fallback);                                    \
    return s->field;                                                \
  }

/* Defines brf_routine_step_<name>(r, index, k): member k of one of the
 * step's lists (count members), or fallback. */
#define STEP_ITEM(type, name, count, member, fallback)                           \
  type brf_routine_step_##name(const brf_routine *r, size_t index, size_t k) { \
    STEP_OR(r, index, fallback);                                                \
    return k < s->count ? s->member : (fallback);                               \
  }

STEP_GETTER(const char *, exercise_id, exercise_id, NULL)
STEP_GETTER(const char *, name, name, NULL)
STEP_GETTER(int32_t, modality, modality, -1)
STEP_GETTER(int32_t, laterality, laterality, -1)
STEP_GETTER(int32_t, phase, phase, -1)
STEP_GETTER(const brf_dosage *, dose, dose, NULL)
STEP_GETTER(const char *, note, note, NULL)
STEP_GETTER(const char *, reason, reason, NULL)

STEP_GETTER(size_t, region_count, region_count, 0)
STEP_ITEM(int32_t, region_at, region_count, regions[k], -1)
STEP_GETTER(size_t, equipment_count, equipment_count, 0)
STEP_ITEM(int32_t, equipment_at, equipment_count, equipment[k], -1)
STEP_GETTER(size_t, contraindication_count, contra_count, 0)
STEP_ITEM(int32_t, contraindication_condition, contra_count, contra[k].condition, -1)
STEP_ITEM(int32_t, contraindication_action, contra_count, contra[k].action, -1)
STEP_ITEM(const char *, contraindication_note, contra_count, contra[k].note, NULL)

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
