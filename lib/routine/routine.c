/* Routines: creation, copying, the ordered list of steps and the estimate. */
#include <string.h>

#include "internal/dosage.h"
#include "internal/routine.h"
#include "internal/timing.h"

static const char *const phase_ids[BRF_PHASE_COUNT] = {
    "none", "warm-up", "release", "stretch", "strengthen", "cool-down",
};

BRF__ID_FUNCTIONS(routine_phase, phase_ids, BRF_PHASE_COUNT)

brf_status brf_routine_phase_parse(const char *id, int32_t *out) {
  return brf__name_index(phase_ids, BRF_PHASE_COUNT, id, out);
}


brf_status brf_routine_new(brf_context *ctx, brf_routine **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf_routine_new: NULL argument");
  brf_routine *r = brf__calloc(ctx, 1, sizeof *r);
  if (r == NULL) return BRF_E_NOMEM;
  r->name = brf__strdup(ctx, "");
  if (r->name == NULL) {
    brf__free(ctx, r);
    return BRF_E_NOMEM;
  }
  r->ctx = ctx;
  r->goal = -1; /* no goal (routine_goal.c) */
  brf__ctx_retain(ctx);
  *out = r;
  return BRF_OK;
}

void brf_routine_free(brf_routine *r) {
  if (r == NULL) return;
  brf_context *ctx = r->ctx;
  for (size_t i = 0; i < r->count; i++) brf__step_free(ctx, r->steps[i]);
  brf__free(ctx, r->steps);
  brf__free(ctx, r->name);
  brf__free(ctx, r);
  brf__ctx_release(ctx);
}

brf_status brf_routine_clone(brf_context *ctx, const brf_routine *r, brf_routine **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || r == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf_routine_clone: NULL argument");
  brf_routine *c = NULL;
  brf_status st = brf_routine_new(ctx, &c);
  if (st != BRF_OK) return st;
  st = brf_routine_set_name(c, r->name);
  c->goal = r->goal;
  if (st == BRF_OK && r->count > 0) {
    st = brf__grow(ctx, (void **)&c->steps, &c->cap, r->count, sizeof *c->steps);
  }
  for (size_t i = 0; st == BRF_OK && i < r->count; i++) {
    st = brf__step_clone(ctx, r->steps[i], &c->steps[i]);
    if (st == BRF_OK) c->count = i + 1;
  }
  if (st != BRF_OK) {
    brf_routine_free(c);
    return st;
  }
  *out = c;
  return BRF_OK;
}

/* Copy a UTF-8 text (NULL gives "") into *slot, replacing what was there;
 * *slot is unchanged on failure. */
brf_status brf__text_replace(brf_context *ctx, char **slot, const char *text, const char *what) {
  if (text == NULL) text = "";
  size_t len = strlen(text);
  size_t bad = 0;
  if (!brf__utf8_valid(text, len, &bad))
    return brf__error(ctx, BRF_E_INVALID, "the %s is not valid UTF-8 (byte %zu)", what, bad);
  char *copy = brf__strndup(ctx, text, len);
  if (copy == NULL) return BRF_E_NOMEM;
  brf__free(ctx, *slot);
  *slot = copy;
  return BRF_OK;
}

brf_status brf_routine_set_name(brf_routine *r, const char *name) {
  BRF__ENTER_OBJ(r);
  if (r == NULL) return BRF_E_INVALID;
  return brf__text_replace(r->ctx, &r->name, name, "routine name");
}

const char *brf_routine_name(const brf_routine *r) { return r == NULL ? NULL : r->name; }

size_t brf_routine_step_count(const brf_routine *r) { return r == NULL ? 0 : r->count; }

const brf__step *brf__routine_step(const brf_routine *r, size_t index) {
  if (r == NULL || index >= r->count) return NULL;
  return r->steps[index];
}

brf_status brf__routine_insert_step(brf_routine *r, size_t index, brf__step *s) {
  if (index > r->count)
    return brf__error(r->ctx, BRF_E_RANGE, "step index %zu is past the end (%zu steps)", index,
                      r->count);
  if (r->count >= SIZE_MAX / 2)
    return brf__error(r->ctx, BRF_E_RANGE, "the routine cannot hold more steps");
  if (brf__over_limit(r->ctx, BRF_LIMIT_ROUTINE_STEPS, (uint64_t)r->count + 1))
    return brf__limit_error(r->ctx, BRF_LIMIT_ROUTINE_STEPS, "routine");
  brf_status st = brf__grow(r->ctx, (void **)&r->steps, &r->cap, r->count + 1, sizeof *r->steps);
  if (st != BRF_OK) return st;
  memmove(&r->steps[index + 1], &r->steps[index], (r->count - index) * sizeof *r->steps);
  r->steps[index] = s;
  r->count++;
  return BRF_OK;
}

/* brf_routine_insert, with the public name fn in its messages. */
static brf_status insert_step(brf_routine *r, size_t index, const brf_exercise *ex,
                              const brf_dosage *dose, const char *fn) {
  if (r == NULL) return BRF_E_INVALID;
  if (ex == NULL) return brf__error(r->ctx, BRF_E_INVALID, "%s: NULL exercise", fn);
  if (index > r->count)
    return brf__error(r->ctx, BRF_E_RANGE, "step index %zu is past the end (%zu steps)", index,
                      r->count);
  brf__step *s = NULL;
  brf_status st = brf__step_new(r->ctx, ex, dose, &s);
  if (st != BRF_OK) return st;
  st = brf__routine_insert_step(r, index, s);
  if (st != BRF_OK) brf__step_free(r->ctx, s);
  return st;
}

brf_status brf_routine_insert(brf_routine *r, size_t index, const brf_exercise *ex,
                              const brf_dosage *dose) {
  BRF__ENTER_OBJ(r);
  return insert_step(r, index, ex, dose, "brf_routine_insert");
}

brf_status brf_routine_append(brf_routine *r, const brf_exercise *ex, const brf_dosage *dose) {
  BRF__ENTER_OBJ(r);
  if (r == NULL) return BRF_E_INVALID;
  return insert_step(r, r->count, ex, dose, "brf_routine_append");
}

brf_status brf_routine_move(brf_routine *r, size_t from, size_t to) {
  BRF__ENTER_OBJ(r);
  if (r == NULL) return BRF_E_INVALID;
  if (from >= r->count || to >= r->count)
    return brf__error(r->ctx, BRF_E_RANGE, "cannot move step %zu to %zu: the routine has %zu steps",
                      from, to, r->count);
  brf__step *s = r->steps[from];
  if (from < to)
    memmove(&r->steps[from], &r->steps[from + 1], (to - from) * sizeof *r->steps);
  else if (to < from)
    memmove(&r->steps[to + 1], &r->steps[to], (from - to) * sizeof *r->steps);
  r->steps[to] = s;
  return BRF_OK;
}

brf_status brf_routine_remove(brf_routine *r, size_t index) {
  BRF__ENTER_OBJ(r);
  if (r == NULL) return BRF_E_INVALID;
  if (index >= r->count)
    return brf__error(r->ctx, BRF_E_RANGE, "step index %zu is out of range (%zu steps)", index,
                      r->count);
  brf__step_free(r->ctx, r->steps[index]);
  memmove(&r->steps[index], &r->steps[index + 1], (r->count - index - 1) * sizeof *r->steps);
  r->count--;
  return BRF_OK;
}

brf_status brf_routine_estimate_ms(const brf_routine *r, int64_t *min_ms, int64_t *max_ms) {
  BRF__ENTER_OBJ(r);
  if (r == NULL) return BRF_E_INVALID;
  int64_t lo = 0, hi = 0;
  if (r->count > 0) {
    lo = BRF__GET_READY_MS;
    hi = BRF__GET_READY_MS;
  }
  for (size_t i = 0; i < r->count; i++) {
    int64_t a = 0, b = 0;
    const brf__step *s = r->steps[i];
    brf_status st = brf__dosage_estimate(s->dose, s->modality, &a, &b);
    if (st != BRF_OK)
      return brf__error(r->ctx, st == BRF_E_RANGE ? BRF_E_RANGE : BRF_E_INTERNAL,
                        "the time of step %zu (\"%s\") cannot be computed", i, s->exercise_id);
    if (i > 0 && (!brf__add_i64(lo, BRF__TRANSITION_MS, &lo) ||
                  !brf__add_i64(hi, BRF__TRANSITION_MS, &hi)))
      return brf__error(r->ctx, BRF_E_RANGE, "the routine's time overflows");
    if (!brf__add_i64(lo, a, &lo) || !brf__add_i64(hi, b, &hi))
      return brf__error(r->ctx, BRF_E_RANGE, "the routine's time overflows");
  }
  if (min_ms != NULL) *min_ms = lo;
  if (max_ms != NULL) *max_ms = hi;
  return BRF_OK;
}
