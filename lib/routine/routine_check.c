/* brf_routine_check: the sequencing rules of docs/routines.md, the
 * profile's equipment, conditions and strain, and each step's dose
 * advisories. Advisories are collected step by step, in routine order. */
#include <string.h>

#include "internal/advice.h"
#include "internal/routine.h"
#include "routine/routine_texts.h"

#define SRC_PROFILE_EQUIPMENT "the person's profile (equipment at hand)"
#define SRC_CONTRA "the contraindications of the exercise in its catalog (see its sources)"

typedef struct checker {
  const brf_routine *r;
  const brf_profile *profile;
  brf_advice *out;
  brf__buf msg;
} checker;

static int is_stretch(int32_t m) {
  return m == BRF_MODALITY_STATIC_STRETCH || m == BRF_MODALITY_DYNAMIC_STRETCH;
}
static int is_release(int32_t m) { return m == BRF_MODALITY_SELF_MASSAGE; }

/* "step 3 (glute-stretch)": steps are numbered from 1 for people. */
static void put_step(checker *c, size_t i) {
  brf__buf_puts(&c->msg, "step ");
  brf__buf_put_i64(&c->msg, (int64_t)i + 1);
  brf__buf_puts(&c->msg, " (");
  brf__buf_puts(&c->msg, c->r->steps[i]->exercise_id);
  brf__buf_putc(&c->msg, ')');
}

/* Add the advisory whose message is in c->msg, and clear c->msg. */
static brf_status emit(checker *c, const char *rule, int32_t severity, const char *source) {
  brf_status st = c->msg.status;
  if (st == BRF_OK) st = brf__advice_add(c->out, rule, severity, c->msg.data, source);
  c->msg.len = 0;
  if (c->msg.data != NULL) c->msg.data[0] = '\0';
  return st;
}

/* The first region listed in both steps, or -1. */
static int32_t shared_region(const brf__step *a, const brf__step *b) {
  for (size_t i = 0; i < a->region_count; i++)
    for (size_t j = 0; j < b->region_count; j++)
      if (a->regions[i] == b->regions[j]) return a->regions[i];
  return -1;
}

/* Ends the message with step k, the step that step i is in the wrong order
 * with, and tail; emits it as a caution of rule, citing source. */
static brf_status emit_order(checker *c, size_t k, const char *tail, const char *rule,
                             const char *source) {
  put_step(c, k);
  brf__buf_puts(&c->msg, tail);
  return emit(c, rule, BRF_ADVICE_CAUTION, source);
}

static brf_status check_release_after_stretch(checker *c, size_t i) {
  const brf__step *s = c->r->steps[i];
  if (!is_release(s->modality)) return BRF_OK;
  for (size_t k = 0; k < i; k++) {
    const brf__step *t = c->r->steps[k];
    int32_t region = is_stretch(t->modality) ? shared_region(s, t) : -1;
    if (region < 0) continue;
    put_step(c, i);
    brf__buf_puts(&c->msg, " releases the ");
    brf__buf_puts(&c->msg, brf_vocab_id(BRF_VOCAB_REGION, region));
    brf__buf_puts(&c->msg, " after ");
    return emit_order(c, k, " stretched them: release with the ball or roller first, then stretch",
                      "release-after-stretch", BRF__ROUTINE_SRC_RELEASE_FIRST);
  }
  return BRF_OK;
}

static brf_status check_strengthen_first(checker *c, size_t i) {
  if (c->r->steps[i]->modality != BRF_MODALITY_STRENGTH) return BRF_OK;
  for (size_t k = i + 1; k < c->r->count; k++) {
    int32_t m = c->r->steps[k]->modality;
    if (!is_release(m) && !is_stretch(m)) continue;
    put_step(c, i);
    brf__buf_puts(&c->msg, " strengthens before ");
    put_step(c, k);
    brf__buf_puts(&c->msg, is_release(m) ? " releases" : " stretches");
    brf__buf_puts(&c->msg, ": release and stretch first, strengthen last");
    return emit(c, "strengthen-before-release-or-stretch", BRF_ADVICE_CAUTION,
                BRF__ROUTINE_SRC_STRENGTHEN_LAST);
  }
  return BRF_OK;
}

static brf_status check_heat_after_stretch(checker *c, size_t i) {
  if (c->r->steps[i]->modality != BRF_MODALITY_HEAT) return BRF_OK;
  for (size_t k = 0; k < i; k++) {
    if (!is_stretch(c->r->steps[k]->modality)) continue;
    put_step(c, i);
    brf__buf_puts(&c->msg, " applies heat after ");
    return emit_order(c, k, " stretched: warm up with heat first, then stretch",
                      "heat-after-stretch", BRF__ROUTINE_SRC_HEAT_FIRST);
  }
  return BRF_OK;
}

/* Heat within 72 h of a reported strain: a warning in the first 48 h, a
 * caution from 48 to 72 h (the seeds' and guides' window is 48-72 h). */
static brf_status check_heat_after_strain(checker *c, size_t i) {
  int64_t hours = 0;
  if (c->r->steps[i]->modality != BRF_MODALITY_HEAT ||
      brf_profile_strain_hours_ago(c->profile, &hours) != BRF_OK || hours >= 72)
    return BRF_OK;
  put_step(c, i);
  brf__buf_puts(&c->msg, " applies heat ");
  brf__buf_put_i64(&c->msg, hours);
  brf__buf_puts(&c->msg, " h after the strain: in the first 48-72 h use a cold pack instead");
  return emit(c, "heat-after-strain", hours < 48 ? BRF_ADVICE_WARNING : BRF_ADVICE_CAUTION,
              BRF__ROUTINE_SRC_COLD_FIRST);
}

static brf_status check_lower_back_stretch(checker *c, size_t i) {
  const brf__step *s = c->r->steps[i];
  if (!is_stretch(s->modality)) return BRF_OK;
  for (size_t k = 0; k < s->region_count; k++) {
    if (s->regions[k] != BRF_REGION_LOWER_BACK) continue;
    put_step(c, i);
    brf__buf_puts(&c->msg, BRF__ROUTINE_TEXT_LOWER_BACK_STRETCH);
    return emit(c, "lower-back-stretch", BRF_ADVICE_INFO, BRF__ROUTINE_SRC_LOWER_BACK);
  }
  return BRF_OK;
}

static brf_status check_equipment(checker *c, size_t i) {
  const brf__step *s = c->r->steps[i];
  size_t missing = 0;
  for (size_t k = 0; k < s->equipment_count; k++) {
    if (brf_profile_has_equipment(c->profile, s->equipment[k])) continue;
    if (missing++ == 0) {
      put_step(c, i);
      brf__buf_puts(&c->msg, " needs equipment the person does not have: ");
    } else {
      brf__buf_puts(&c->msg, ", ");
    }
    brf__buf_puts(&c->msg, brf_vocab_id(BRF_VOCAB_EQUIPMENT, s->equipment[k]));
  }
  if (missing == 0) return BRF_OK;
  return emit(c, "equipment-missing", BRF_ADVICE_WARNING, SRC_PROFILE_EQUIPMENT);
}

static brf_status check_conditions(checker *c, size_t i) {
  const brf__step *s = c->r->steps[i];
  static const char *const verbs[BRF_ACTION_COUNT] = {
      "skip it", "do it only as modified", "ask a clinician before doing it"};
  for (size_t k = 0; k < s->contra_count; k++) {
    const brf__step_contra *ci = &s->contra[k];
    if (!brf_profile_has_condition(c->profile, ci->condition)) continue;
    put_step(c, i);
    brf__buf_puts(&c->msg, " is contraindicated with ");
    brf__buf_puts(&c->msg, brf_vocab_id(BRF_VOCAB_CONDITION, ci->condition));
    brf__buf_puts(&c->msg, ": ");
    brf__buf_puts(&c->msg, ci->action >= 0 && ci->action < BRF_ACTION_COUNT ? verbs[ci->action]
                                                                           : "check first");
    if (ci->note[0] != '\0') {
      brf__buf_puts(&c->msg, " (");
      brf__buf_puts(&c->msg, ci->note);
      brf__buf_putc(&c->msg, ')');
    }
    brf_status st = emit(c, "contraindicated",
                         ci->action == BRF_ACTION_MODIFY ? BRF_ADVICE_CAUTION : BRF_ADVICE_WARNING,
                         SRC_CONTRA);
    if (st != BRF_OK) return st;
  }
  return BRF_OK;
}

/* The dose's own advisories (docs/notation.md), under their rule ids, each
 * message prefixed with the step. Built in the caller's context (the one
 * c->msg uses), like the list they end up in. */
static brf_status check_dose(checker *c, size_t i) {
  const brf__step *s = c->r->steps[i];
  brf_advice *dose_advice = NULL;
  brf_status st = brf_dosage_check(c->msg.ctx, s->dose, s->modality, &dose_advice);
  for (size_t k = 0; st == BRF_OK && k < brf_advice_count(dose_advice); k++) {
    put_step(c, i);
    brf__buf_puts(&c->msg, ": ");
    brf__buf_puts(&c->msg, brf_advice_message(dose_advice, k));
    st = emit(c, brf_advice_rule(dose_advice, k), brf_advice_severity(dose_advice, k),
              brf_advice_source(dose_advice, k));
  }
  brf_advice_free(dose_advice);
  return st;
}

static brf_status check_step(checker *c, size_t i) {
  brf_status st = check_release_after_stretch(c, i);
  if (st == BRF_OK) st = check_strengthen_first(c, i);
  if (st == BRF_OK) st = check_heat_after_stretch(c, i);
  if (st == BRF_OK) st = check_lower_back_stretch(c, i);
  if (st == BRF_OK && c->profile != NULL) st = check_heat_after_strain(c, i);
  if (st == BRF_OK && c->profile != NULL) st = check_equipment(c, i);
  if (st == BRF_OK && c->profile != NULL) st = check_conditions(c, i);
  if (st == BRF_OK) st = check_dose(c, i);
  return st;
}

brf_status brf_routine_check(brf_context *ctx, const brf_routine *r, const brf_profile *profile,
                             brf_advice **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || r == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf_routine_check: NULL argument");
  checker c;
  c.r = r;
  c.profile = profile;
  c.out = NULL;
  brf_status st = brf__advice_new(ctx, &c.out);
  if (st != BRF_OK) return st;
  brf__buf_init(&c.msg, ctx);
  for (size_t i = 0; st == BRF_OK && i < r->count; i++) st = check_step(&c, i);
  brf__buf_free(&c.msg);
  if (st != BRF_OK) {
    brf_advice_free(c.out);
    return st;
  }
  *out = c.out;
  return BRF_OK;
}
