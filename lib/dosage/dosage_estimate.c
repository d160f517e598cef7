/* The one time formula (docs/notation.md, "Time estimates"; constants in
 * internal/timing.h). The routine estimate and the session timeline call
 * brf__dosage_estimate, so the planner and the player agree exactly. */
#include "dosage/dosage_private.h"
#include "internal/timing.h"

/* Field f at the min (which = 0) or max (which = 1) end, or dflt when unset. */
static int64_t at(const brf__dose *v, int f, int which, int64_t dflt) {
  if (!brf__dose_has(v, f)) return dflt;
  return which ? v->hi[f] : v->lo[f];
}

/* One end of the estimate. Returns BRF_OK, BRF_E_INVALID (no session time)
 * or BRF_E_RANGE (overflow). */
static brf_status one_end(const brf__dose *v, int64_t rep_ms, int which, int64_t *out) {
  int64_t sides = at(v, BRF_DOSE_SIDES, which, -1);
  int64_t sides_n = sides == BRF_SIDES_EACH ? 2 : 1;
  int64_t alt = sides == BRF_SIDES_ALTERNATING ? 2 : 1;
  int64_t sets = at(v, BRF_DOSE_SETS, which, 1);
  int has_hold = brf__dose_has(v, BRF_DOSE_HOLD_MS);
  int64_t set_time, t;
  if (brf__dose_has(v, BRF_DOSE_REPS)) {
    /* A duration given with reps does not count: the reps define the time. */
    int64_t bouts, work = at(v, BRF_DOSE_HOLD_MS, which, at(v, BRF_DOSE_TEMPO_MS, which, rep_ms));
    int64_t gap = has_hold ? BRF__RELAX_MS : 0;
    if (!brf__mul_i64(at(v, BRF_DOSE_REPS, which, 0), alt, &bouts) ||
        !brf__mul_i64(bouts, work, &set_time) || !brf__mul_i64(bouts - 1, gap, &t) ||
        !brf__add_i64(set_time, t, &set_time))
      return BRF_E_RANGE;
  } else if (brf__dose_has(v, BRF_DOSE_DURATION_MS)) {
    if (!brf__mul_i64(at(v, BRF_DOSE_DURATION_MS, which, 0), alt, &set_time)) return BRF_E_RANGE;
  } else if (has_hold) {
    if (!brf__mul_i64(at(v, BRF_DOSE_HOLD_MS, which, 0), alt, &set_time)) return BRF_E_RANGE;
  } else {
    return BRF_E_INVALID;
  }
  int64_t rest = at(v, BRF_DOSE_REST_MS, which, sets > 1 ? BRF__REST_MS_DEFAULT : 0);
  int64_t per_side, total;
  if (!brf__mul_i64(sets, set_time, &per_side) || !brf__mul_i64(sets - 1, rest, &t) ||
      !brf__add_i64(per_side, t, &per_side) || !brf__mul_i64(sides_n, per_side, &total) ||
      !brf__add_i64(total, sides_n == 2 ? BRF__SWITCH_MS : 0, &total))
    return BRF_E_RANGE;
  *out = total;
  return BRF_OK;
}

brf_status brf__dosage_estimate(const brf_dosage *d, int32_t modality, int64_t *min_ms,
                                int64_t *max_ms) {
  if (d == NULL || min_ms == NULL || max_ms == NULL) return BRF_E_INVALID;
  if (modality < -1 || modality >= BRF_MODALITY_COUNT) return BRF_E_INVALID;
  int64_t rep_ms = modality < 0 ? BRF__REP_MS_DEFAULT : brf__rep_ms_by_modality[modality];
  int64_t lo, hi;
  brf_status s = one_end(&d->v, rep_ms, 0, &lo);
  if (s == BRF_OK) s = one_end(&d->v, rep_ms, 1, &hi);
  if (s != BRF_OK) return s;
  *min_ms = lo;
  *max_ms = hi;
  return BRF_OK;
}

brf_status brf_dosage_estimate_for_modality_ms(const brf_dosage *d, int32_t modality,
                                               int64_t *min_ms, int64_t *max_ms) {
  BRF__ENTER_OBJ(d);
  if (d == NULL) return BRF_E_INVALID;
  if (min_ms == NULL || max_ms == NULL)
    return brf__error(d->ctx, BRF_E_INVALID, "brf_dosage_estimate_ms: NULL output");
  if (modality < -1 || modality >= BRF_MODALITY_COUNT)
    return brf__error(d->ctx, BRF_E_INVALID, "brf_dosage_estimate_ms: unknown modality %d",
                      (int)modality);
  brf_status s = brf__dosage_estimate(d, modality, min_ms, max_ms);
  if (s == BRF_E_INVALID)
    return brf__error(d->ctx, s, "the dose has no reps, duration or hold, so no session time");
  if (s == BRF_E_RANGE)
    return brf__error(d->ctx, s, "the session time of the dose overflows int64 milliseconds");
  return s;
}

brf_status brf_dosage_estimate_ms(const brf_dosage *d, int64_t *min_ms, int64_t *max_ms) {
  BRF__ENTER_OBJ(d);
  return brf_dosage_estimate_for_modality_ms(d, -1, min_ms, max_ms);
}
