/* The dose model: eleven optional range fields with documented bounds. */
#include <string.h>

#include "dosage/dosage_private.h"

/* The ids of the fields, indexed by BRF_DOSE_*. */
static const char *const field_ids[BRF__DOSE_FIELDS] = {
    "sets", "reps", "hold", "duration", "sides", "tempo",
    "rest", "per-day", "per-week", "interval", "window",
};

typedef struct field_info {
  int64_t lowest;
  int64_t highest;
} field_info;

/* The documented bounds (docs/notation.md, "Bounds"). Generous enough for
 * every dose in the seeds and the evidence base (a heat wrap worn 8 h, a
 * 6-week programme), tight enough that every estimate fits in int64. */
static const field_info fields[BRF__DOSE_FIELDS] = {
    {1, 100}, /* sets */
    {1, 1000}, /* reps */
    {1, BRF__MS_H}, /* hold */
    {1, 24 * BRF__MS_H}, /* duration */
    {0, 2}, /* sides */
    {1, 10 * BRF__MS_MIN}, /* tempo */
    {0, BRF__MS_H}, /* rest */
    {1, 24}, /* per-day */
    {1, 7}, /* per-week */
    {1, 52 * BRF__MS_WK}, /* interval */
    {1, 104 * BRF__MS_WK}, /* window */
};

static int valid_field(int32_t field) {
  return field >= 0 && field < BRF__DOSE_FIELDS;
}

const char *brf_dose_field_id(int32_t value) {
  return valid_field(value) ? field_ids[value] : NULL;
}

brf_status brf_dose_field_from_id(const char *text, size_t len, int32_t *out) {
  return brf__name_index_n(field_ids, BRF__DOSE_FIELDS, text, len, out);
}

const char *brf_dosage_field_name(int32_t field) { return brf_dose_field_id(field); }

brf_status brf_dosage_field_bounds(int32_t field, int64_t *lowest, int64_t *highest) {
  if (!valid_field(field)) return BRF_E_INVALID;
  if (lowest != NULL) *lowest = fields[field].lowest;
  if (highest != NULL) *highest = fields[field].highest;
  return BRF_OK;
}

brf_status brf__dose_check_range(int32_t field, int64_t lo, int64_t hi) {
  if (!valid_field(field)) return BRF_E_INVALID;
  if (lo > hi || lo < fields[field].lowest || hi > fields[field].highest) return BRF_E_RANGE;
  /* "1-2 sides" means nothing: a side arrangement is one choice. */
  if (field == BRF_DOSE_SIDES && lo != hi) return BRF_E_RANGE;
  return BRF_OK;
}

int brf__dose_is_time(int32_t field) {
  return field == BRF_DOSE_HOLD_MS || field == BRF_DOSE_DURATION_MS ||
         field == BRF_DOSE_TEMPO_MS || field == BRF_DOSE_REST_MS ||
         field == BRF_DOSE_INTERVAL_MS || field == BRF_DOSE_WINDOW_MS;
}

brf_status brf__dose_make(brf_context *ctx, const brf__dose *v, brf_dosage **out) {
  brf_dosage *d = brf__alloc(ctx, sizeof *d);
  if (d == NULL) return BRF_E_NOMEM;
  d->ctx = ctx;
  d->v = *v;
  brf__ctx_retain(ctx);
  *out = d;
  return BRF_OK;
}

brf_status brf_dosage_new(brf_context *ctx, brf_dosage **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || out == NULL) return brf__error(ctx, BRF_E_INVALID, "brf_dosage_new: NULL argument");
  brf__dose empty;
  memset(&empty, 0, sizeof empty);
  return brf__dose_make(ctx, &empty, out);
}

brf_status brf_dosage_clone(brf_context *ctx, const brf_dosage *d, brf_dosage **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || d == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf_dosage_clone: NULL argument");
  return brf__dose_make(ctx, &d->v, out);
}

void brf_dosage_free(brf_dosage *d) {
  if (d == NULL) return;
  brf_context *ctx = d->ctx;
  brf__free(ctx, d);
  brf__ctx_release(ctx);
}

brf_status brf_dosage_get(const brf_dosage *d, int32_t field, int64_t *min, int64_t *max) {
  BRF__ENTER_OBJ(d);
  if (d == NULL) return BRF_E_INVALID;
  if (!valid_field(field))
    return brf__error(d->ctx, BRF_E_INVALID, "brf_dosage_get: unknown field code %d", (int)field);
  if (!brf__dose_has(&d->v, field))
    return brf__error(d->ctx, BRF_E_NOT_FOUND, "the dose has no %s", field_ids[field]);
  if (min != NULL) *min = d->v.lo[field];
  if (max != NULL) *max = d->v.hi[field];
  return BRF_OK;
}

brf_status brf_dosage_set(brf_dosage *d, int32_t field, int64_t min, int64_t max) {
  BRF__ENTER_OBJ(d);
  if (d == NULL) return BRF_E_INVALID;
  if (!valid_field(field))
    return brf__error(d->ctx, BRF_E_INVALID, "brf_dosage_set: unknown field code %d", (int)field);
  if (brf__dose_check_range(field, min, max) != BRF_OK) {
    if (min > max)
      return brf__error(d->ctx, BRF_E_RANGE, "%s %lld-%lld: the range runs backwards",
                        field_ids[field], (long long)min, (long long)max);
    if (field == BRF_DOSE_SIDES && min != max && min >= 0 && max <= 2)
      return brf__error(d->ctx, BRF_E_RANGE, "sides %lld-%lld: sides is one value, not a range",
                        (long long)min, (long long)max);
    return brf__error(d->ctx, BRF_E_RANGE, "%s %lld-%lld is outside the bounds %lld-%lld",
                      field_ids[field], (long long)min, (long long)max,
                      (long long)fields[field].lowest, (long long)fields[field].highest);
  }
  d->v.set |= 1u << field;
  d->v.lo[field] = min;
  d->v.hi[field] = max;
  return BRF_OK;
}

brf_status brf_dosage_unset(brf_dosage *d, int32_t field) {
  BRF__ENTER_OBJ(d);
  if (d == NULL) return BRF_E_INVALID;
  if (!valid_field(field))
    return brf__error(d->ctx, BRF_E_INVALID, "brf_dosage_unset: unknown field code %d", (int)field);
  d->v.set &= ~(1u << field);
  d->v.lo[field] = 0;
  d->v.hi[field] = 0;
  return BRF_OK;
}

int32_t brf_dosage_is_empty(const brf_dosage *d) {
  return (d == NULL || d->v.set == 0) ? 1 : 0;
}

int32_t brf_dosage_equal(const brf_dosage *a, const brf_dosage *b) {
  if (a == NULL || b == NULL) return (a == NULL && b == NULL) ? 1 : 0;
  if (a->v.set != b->v.set) return 0;
  for (int f = 0; f < BRF__DOSE_FIELDS; f++) {
    if (!brf__dose_has(&a->v, f)) continue;
    if (a->v.lo[f] != b->v.lo[f] || a->v.hi[f] != b->v.hi[f]) return 0;
  }
  return 1;
}

int brf__dosage_field(const brf_dosage *d, int32_t field, int64_t *min, int64_t *max) {
  if (d == NULL || field < 0 || field >= BRF_DOSE_FIELD_COUNT || !brf__dose_has(&d->v, field))
    return 0;
  if (min != NULL) *min = d->v.lo[field];
  if (max != NULL) *max = d->v.hi[field];
  return 1;
}
