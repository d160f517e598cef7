/* Editing a routine for a suggestion: dose steps up and down within caps,
 * swaps along the catalog's progression and regression links, dropping
 * strengthening after a flare-up, adding it at the phase advance, and the
 * taper. The step sizes and caps are in docs/adaptation.md. */
#include <stdarg.h>
#include <string.h>

#include "adapt/adapt_private.h"
#include "adapt/adapt_texts.h"
#include "internal/dosage.h"
#include "util/core.h"

#define SEC 1000
#define SRC_LINKS "the catalog's progression and regression links (sources of each exercise)"

brf_status brf__adapt_reason(brf__adapt_env *env, const char *rule, int32_t severity,
                             const char *source, const char *fmt, ...) {
  char msg[400];
  va_list ap;
  va_start(ap, fmt);
  brf__vformat(msg, sizeof msg, fmt, ap);
  va_end(ap);
  return brf__advice_add(env->reasons, rule, severity, msg, source);
}

brf_status brf__adapt_say(brf__adapt_env *env, const char *rule, int32_t severity,
                          const char *source, size_t id, const brf__i18n_arg *args, size_t nargs) {
  char full[2048], msg[640];
  int32_t lang = brf__ctx_lang(env->ctx);
  (void)brf__msg_expand(&brf__msgs_adaptation, lang, id, args, nargs, full, sizeof full);
  /* Through brf__format, as before: control bytes of an argument escaped, a
   * long text cut between characters. */
  brf__format(msg, sizeof msg, "%s", full);
  return brf__advice_add(env->reasons, rule, severity, msg, source);
}

const char *brf__adapt_urgency_advice(const brf__adapt_env *env, int32_t u) {
  const char *t =
      brf_screening_text(BRF_SCREEN_TEXT_URGENCY_ADVICE, (size_t)u, brf_context_text_locale(env->ctx));
  return t != NULL ? t : brf_urgency_advice(u);
}

const char *brf__adapt_urgency_word(const brf__adapt_env *env, int32_t u) {
  if (brf__ctx_lang(env->ctx) == 0) return brf_urgency_name(u);
  if (u == BRF_URGENCY_EMERGENCY) return brf__adapt_msg(env, BRF__MSG_ADAPTATION_URGENCY_EMERGENCY);
  if (u == BRF_URGENCY_URGENT) return brf__adapt_msg(env, BRF__MSG_ADAPTATION_URGENCY_URGENT);
  return brf_urgency_name(u);
}

const char *brf__adapt_flag_word(const brf__adapt_env *env, const char *flag) {
  size_t index = 0;
  const char *t = NULL;
  if (flag != NULL && brf__ctx_lang(env->ctx) != 0 && brf_redflag_find(flag, &index) == BRF_OK)
    t = brf_screening_text(BRF_SCREEN_TEXT_REDFLAG_LABEL, index, brf_context_text_locale(env->ctx));
  return t != NULL ? t : flag;
}

const char *brf__adapt_field_word(const brf__adapt_env *env, int32_t field) {
  if (brf__ctx_lang(env->ctx) != 0) {
    switch (field) {
    case BRF_DOSE_SETS: return brf__adapt_msg(env, BRF__MSG_ADAPTATION_FIELD_SETS);
    case BRF_DOSE_REPS: return brf__adapt_msg(env, BRF__MSG_ADAPTATION_FIELD_REPS);
    case BRF_DOSE_HOLD_MS: return brf__adapt_msg(env, BRF__MSG_ADAPTATION_FIELD_HOLD);
    case BRF_DOSE_DURATION_MS: return brf__adapt_msg(env, BRF__MSG_ADAPTATION_FIELD_DURATION);
    default: break;
    }
  }
  return brf_dosage_field_name(field);
}

const char *brf__adapt_msg(const brf__adapt_env *env, size_t id) {
  return brf__msg(&brf__msgs_adaptation, brf__ctx_lang(env->ctx), id);
}

int brf__adapt_step_is_strength(const brf_routine *r, size_t i) {
  return brf_routine_step_modality(r, i) == BRF_MODALITY_STRENGTH ||
         brf_routine_step_phase(r, i) == BRF_PHASE_STRENGTHEN;
}

int brf__adapt_step_is_relief(const brf_routine *r, size_t i) {
  if (brf__adapt_step_is_strength(r, i))
    return 0;
  int32_t m = brf_routine_step_modality(r, i);
  return m == BRF_MODALITY_SELF_MASSAGE || m == BRF_MODALITY_STATIC_STRETCH ||
         m == BRF_MODALITY_DYNAMIC_STRETCH || m == BRF_MODALITY_MOBILITY;
}

brf_status brf__adapt_give_dose(brf_routine *r, size_t i, brf_dosage *d, brf_status st) {
  if (st == BRF_OK)
    st = brf_routine_step_set_dose(r, i, d);
  brf_dosage_free(d);
  return st;
}

/* Modalities: self-massage, static, dynamic, mobility, strength, heat, cold. */
const brf__adapt_dose_rule brf__adapt_dose_rules[BRF__ADAPT_DOSE_RULES] = {
    {BRF_DOSE_REPS, 2, 5, {0, 4, 10, 10, 15, 0, 0}},
    {BRF_DOSE_SETS, 1, 1, {0, 0, 0, 0, 3, 0, 0}},
    {BRF_DOSE_HOLD_MS, 5 * SEC, 10 * SEC, {0, 30 * SEC, 0, 10 * SEC, 10 * SEC, 0, 0}},
    {BRF_DOSE_DURATION_MS, 30 * SEC, 30 * SEC, {120 * SEC, 0, 0, 0, 0, 0, 0}},
};
/* Regress: volume first (sets, then reps), then holds and durations. */
static const int down_order[] = {1, 0, 2, 3};

static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }
static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }

/* The dose as the reason shows it (brf__dosage_text); "?" when it does not
 * fit. */
void brf__adapt_dose_text(const brf__adapt_env *env, const brf_dosage *d, char *buf, size_t cap) {
  if (brf__dosage_text(d, brf__ctx_lang(env->ctx), buf, cap) >= cap) brf__format(buf, cap, "?");
}

/* Change one field of step i's dose by one step up (dir 1) or down (-1).
 * *done is set when the dose changed. */
static brf_status step_dose(brf__adapt_env *env, brf_routine *r, size_t i, int dir,
                            int *done) {
  int32_t m = brf_routine_step_modality(r, i);
  const brf_dosage *cur = brf_routine_step_dose(r, i);
  *done = 0;
  if (m < 0 || m >= BRF_MODALITY_COUNT || !cur)
    return BRF_OK;
  for (size_t k = 0; k < 4 && !*done; k++) {
    const brf__adapt_dose_rule *u = &brf__adapt_dose_rules[dir > 0 ? k : (size_t)down_order[k]];
    int64_t lo, hi, nlo, nhi;
    if (u->cap[m] == 0 || !brf__dosage_field(cur, u->field, &lo, &hi))
      continue;
    if (dir > 0) {
      if (hi >= u->cap[m])
        continue;
      nhi = min64(hi + u->step, u->cap[m]);
      nlo = min64(lo + u->step, nhi);
    } else {
      if (lo <= u->floor)
        continue;
      nlo = max64(lo - u->step, u->floor);
      nhi = max64(hi - u->step, nlo);
    }
    brf_dosage *d = NULL;
    if (brf_dosage_clone(env->ctx, cur, &d) != BRF_OK)
      return BRF_E_NOMEM;
    brf_status st = brf_dosage_set(d, u->field, nlo, nhi);
    if (st == BRF_OK) {
      char before[96], after[96];
      brf__adapt_dose_text(env, cur, before, sizeof before);
      brf__adapt_dose_text(env, d, after, sizeof after);
      st = BRF__ADAPT_SAY(env, dir > 0 ? "progress-dose" : "regress-dose", BRF_ADVICE_INFO,
                          dir > 0 ? BRF__ADAPT_SRC_DOSE_UP : BRF__ADAPT_SRC_DOSE_DOWN,
                          dir > 0 ? BRF__MSG_ADAPTATION_DOSE_MORE : BRF__MSG_ADAPTATION_DOSE_LESS,
                          BRF__ARG_T("exercise", brf_routine_step_exercise_id(r, i)),
                          BRF__ARG_T("before", before), BRF__ARG_T("after", after),
                          BRF__ARG_T("field", brf__adapt_field_word(env, u->field)));
      if (st == BRF_OK)
        st = brf_routine_step_set_dose(r, i, d);
      *done = st == BRF_OK;
    }
    brf_dosage_free(d);
    if (st == BRF_E_NOMEM)
      return st;
    if (st != BRF_OK)
      brf__clear_error(env->ctx); /* handled: try the next field */
  }
  return BRF_OK;
}

static int in_routine(const brf_routine *r, const char *id) {
  for (size_t i = 0; i < brf_routine_step_count(r); i++)
    if (strcmp(brf_routine_step_exercise_id(r, i), id) == 0)
      return 1;
  return 0;
}

/* Whether the person can do ex: equipment and level from the profile. */
static int suits(const brf_profile *p, const brf_exercise *ex) {
  if (!p)
    return 1;
  int32_t level = brf_profile_level(p);
  if (level >= 0 && brf_exercise_level(ex) > level)
    return 0;
  for (size_t k = 0; k < brf_exercise_equipment_count(ex); k++)
    if (!brf_profile_has_equipment(p, brf_exercise_equipment_at(ex, k)))
      return 0;
  return 1;
}

/* The first linked exercise (progression when dir > 0) that exists, suits
 * the person and is not in the routine already; NULL when none. */
static const brf_exercise *linked(const brf__adapt_env *env, const brf_routine *r,
                                  const brf_exercise *ex, int dir) {
  size_t n = dir > 0 ? brf_exercise_progression_count(ex) : brf_exercise_regression_count(ex);
  for (size_t k = 0; k < n; k++) {
    const char *id = dir > 0 ? brf_exercise_progression_exercise(ex, k)
                             : brf_exercise_regression_exercise(ex, k);
    const brf_exercise *to = id ? brf_catalog_find(env->catalog, id) : NULL;
    if (to && suits(env->profile, to) && !in_routine(r, id))
      return to;
  }
  return NULL;
}

/* Replace step i by the linked exercise (with its default dose). */
static brf_status swap_step(brf__adapt_env *env, brf_routine *r, size_t i, int dir, int *done) {
  *done = 0;
  const char *id = brf_routine_step_exercise_id(r, i);
  const brf_exercise *ex = env->catalog ? brf_catalog_find(env->catalog, id) : NULL;
  const brf_exercise *to = ex ? linked(env, r, ex, dir) : NULL;
  if (!to)
    return BRF_OK;
  brf_status st = brf_routine_insert(r, i, to, NULL);
  if (st == BRF_E_NOMEM)
    return st;
  if (st != BRF_OK) {
    brf__clear_error(env->ctx); /* handled: the call succeeds without an error */
    return BRF_OK; /* the linked exercise has no usable default dose: keep the step */
  }
  (void)brf_routine_step_set_phase(r, i, brf_routine_step_phase(r, i + 1));
  st = BRF__ADAPT_SAY(env, dir > 0 ? "progress-exercise" : "regress-exercise", BRF_ADVICE_INFO,
                      SRC_LINKS,
                      dir > 0 ? BRF__MSG_ADAPTATION_SWAP_PROGRESSION
                              : BRF__MSG_ADAPTATION_SWAP_REGRESSION,
                      BRF__ARG_T("from", id), BRF__ARG_T("to", brf_exercise_id(to)));
  if (st == BRF_OK)
    st = brf_routine_step_set_reason(r, i,
                                     brf__adapt_msg(env, dir > 0 ? BRF__MSG_ADAPTATION_STEP_PROGRESSION
                                                                 : BRF__MSG_ADAPTATION_STEP_REGRESSION));
  if (st != BRF_OK)
    return st;
  (void)brf_routine_remove(r, i + 1);
  *done = 1;
  return BRF_OK;
}

static brf_status move_all(brf__adapt_env *env, brf_routine *r, int dir, int *changed) {
  *changed = 0;
  for (size_t i = 0; i < brf_routine_step_count(r); i++) {
    int32_t m = brf_routine_step_modality(r, i);
    if (m == BRF_MODALITY_HEAT || m == BRF_MODALITY_COLD)
      continue; /* heat and cold have no progression */
    int done = 0;
    brf_status st = step_dose(env, r, i, dir, &done);
    if (st == BRF_OK && !done)
      st = swap_step(env, r, i, dir, &done);
    if (st != BRF_OK)
      return st;
    *changed |= done;
  }
  return BRF_OK;
}

brf_status brf__adapt_progress(brf__adapt_env *env, brf_routine *r, int *changed) {
  return move_all(env, r, 1, changed);
}

brf_status brf__adapt_regress(brf__adapt_env *env, brf_routine *r, int *changed) {
  return move_all(env, r, -1, changed);
}

brf_status brf__adapt_drop_strength(brf__adapt_env *env, brf_routine *r, int *changed) {
  size_t relief = 0;
  for (size_t i = 0; i < brf_routine_step_count(r); i++)
    relief += (size_t)brf__adapt_step_is_relief(r, i);
  if (relief == 0)
    return BRF_OK; /* nothing to go back to: keep the regressed steps */
  for (size_t i = brf_routine_step_count(r); i-- > 0;) {
    if (!brf__adapt_step_is_strength(r, i))
      continue;
    brf_status st = BRF__ADAPT_SAY(env, "flare-up-relief-only", BRF_ADVICE_INFO,
                                   BRF__ADAPT_SRC_EDIT_FLARE, BRF__MSG_ADAPTATION_FLARE_RELIEF_ONLY,
                                   BRF__ARG_T("exercise", brf_routine_step_exercise_id(r, i)));
    if (st != BRF_OK)
      return st;
    (void)brf_routine_remove(r, i);
    *changed = 1;
  }
  return BRF_OK;
}

/* The strengthening exercises of the phase advance, in order (the stretching
 * article; docs/evidence.md). */
static const char *const strength_ids[] = {"glute-bridge", "active-leg-raise"};

brf_status brf__adapt_add_strength(brf__adapt_env *env, brf_routine *r, int *changed) {
  *changed = 0;
  for (size_t k = 0; k < sizeof strength_ids / sizeof strength_ids[0]; k++) {
    const brf_exercise *ex = brf_catalog_find(env->catalog, strength_ids[k]);
    if (!ex || !suits(env->profile, ex) || in_routine(r, strength_ids[k]))
      continue;
    brf_status st = brf_routine_append(r, ex, NULL);
    if (st == BRF_E_NOMEM)
      return st;
    if (st != BRF_OK) {
      brf__clear_error(env->ctx); /* handled: the call succeeds without an error */
      continue;
    }
    size_t i = brf_routine_step_count(r) - 1;
    (void)brf_routine_step_set_phase(r, i, BRF_PHASE_STRENGTHEN);
    st = brf_routine_step_set_reason(r, i,
                                     brf__adapt_msg(env, BRF__MSG_ADAPTATION_STEP_STRENGTHENING_PHASE));
    if (st == BRF_OK)
      st = BRF__ADAPT_SAY(env, "phase-advance-add", BRF_ADVICE_INFO, BRF__ADAPT_SRC_EDIT_PHASE,
                          BRF__MSG_ADAPTATION_PHASE_ADVANCE_ADD, BRF__ARG_T("exercise", strength_ids[k]),
                          BRF__ARG_T("dose", brf_exercise_default_dose(ex)));
    if (st != BRF_OK)
      return st;
    *changed = 1;
  }
  return BRF_OK;
}

/* Whether a dose is done more often than 3 times a week (or says nothing). */
static int more_than_3_a_week(const brf_dosage *d) {
  int64_t lo, hi;
  if (brf__dosage_field(d, BRF_DOSE_PER_DAY, &lo, &hi))
    return 1;
  if (brf__dosage_field(d, BRF_DOSE_PER_WEEK, &lo, &hi))
    return hi > 3;
  if (brf__dosage_field(d, BRF_DOSE_INTERVAL_MS, &lo, &hi))
    return lo < 2 * 24 * 3600 * (int64_t)SEC;
  return 1;
}

int brf__adapt_taper_applies(const brf_routine *r) {
  for (size_t i = 0; i < brf_routine_step_count(r); i++)
    if (brf__adapt_step_is_relief(r, i) && more_than_3_a_week(brf_routine_step_dose(r, i)))
      return 1;
  return 0;
}

brf_status brf__adapt_taper(brf__adapt_env *env, brf_routine *r, int *changed) {
  *changed = 0;
  for (size_t i = 0; i < brf_routine_step_count(r); i++) {
    const brf_dosage *cur = brf_routine_step_dose(r, i);
    if (!brf__adapt_step_is_relief(r, i) || !more_than_3_a_week(cur))
      continue;
    brf_dosage *d = NULL;
    if (brf_dosage_clone(env->ctx, cur, &d) != BRF_OK)
      return BRF_E_NOMEM;
    (void)brf_dosage_unset(d, BRF_DOSE_PER_DAY);
    (void)brf_dosage_unset(d, BRF_DOSE_INTERVAL_MS);
    (void)brf_dosage_set(d, BRF_DOSE_PER_WEEK, 2, 3);
    char before[96], after[96];
    brf__adapt_dose_text(env, cur, before, sizeof before);
    brf__adapt_dose_text(env, d, after, sizeof after);
    brf_status st = brf__adapt_reason(env, "taper-dose", BRF_ADVICE_INFO, BRF__ADAPT_SRC_EDIT_TAPER,
                                      "%s: %s -> %s", brf_routine_step_exercise_id(r, i),
                                      before, after);
    if ((st = brf__adapt_give_dose(r, i, d, st)) != BRF_OK)
      return st;
    *changed = 1;
  }
  return BRF_OK;
}
