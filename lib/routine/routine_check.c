/* brf_routine_check: the sequencing rules of docs/routines.md, the
 * profile's equipment, conditions and strain, and each step's dose
 * advisories. Advisories are collected step by step, in routine order. */
#include <string.h>

#include "internal/advice.h"
#include "internal/routine.h"
#include "routine/routine_check_msgs.h"
#include "routine/routine_msgs.h"
#include "routine/routine_texts.h" /* the sources */

#define SRC_PROFILE_EQUIPMENT "the person's profile (equipment at hand)"
#define SRC_CONTRA "the contraindications of the exercise in its catalog (see its sources)"

typedef struct checker {
  const brf_routine *r;
  const brf_profile *profile;
  brf_advice *out;
  brf__buf msg;
  int32_t lang; /* the language of the texts: the context's */
} checker;

#define ARG_T(name, s) {(name), (s), 0, 0}
#define ARG_N(name, v) {(name), NULL, (int64_t)(v), 0}
#define TEXT_CAP 2048

static int is_stretch(int32_t m) {
  return m == BRF_MODALITY_STATIC_STRETCH || m == BRF_MODALITY_DYNAMIC_STRETCH;
}
static int is_release(int32_t m) { return m == BRF_MODALITY_SELF_MASSAGE; }

/* How the texts name a vocabulary value: its id in English (as they always
 * did), its label in any other language (brf_vocab_label). */
static const char *vocab_word(const checker *c, int32_t kind, int32_t value) {
#if BRF_WITH_TRANSLATIONS /* an English-only build links no labels */
  if (c->lang != 0) return brf_vocab_label(kind, value, brf__lang_tag(c->lang));
#else
  (void)c;
#endif
  return brf_vocab_id(kind, value);
}

/* "step 3 (glute-stretch)": steps are numbered from 1 for people. */
static void step_name(const checker *c, size_t i, char *buf, size_t cap) {
  char n[24];
  brf__format(n, sizeof n, "%zu", i + 1); /* a number, not an amount: no digit grouping */
  brf__i18n_arg a[2] = {ARG_T("n", n), ARG_T("exercise", c->r->steps[i]->exercise_id)};
  (void)brf__msg_expand(&brf__msgs_check, c->lang, BRF__MSG_CHECK_STEP, a, 2, buf, cap);
}

/* Put template id of data/messages/check.json into c->msg with {step} (step
 * i), {other} (step k, when k is not SIZE_MAX) and args filled in. */
static void say(checker *c, size_t id, size_t i, size_t k, const brf__i18n_arg *args, size_t n) {
  char step[256], other[256], text[TEXT_CAP];
  brf__i18n_arg all[8] = {ARG_T("step", step), ARG_T("other", other)};
  step_name(c, i, step, sizeof step);
  other[0] = '\0';
  if (k != SIZE_MAX) step_name(c, k, other, sizeof other);
  for (size_t j = 0; j < n && j < 6; j++) all[2 + j] = args[j];
  (void)brf__msg_expand(&brf__msgs_check, c->lang, id, all, 2 + (n < 6 ? n : 6), text,
                        sizeof text);
  brf__buf_puts(&c->msg, text);
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

static brf_status check_release_after_stretch(checker *c, size_t i) {
  const brf__step *s = c->r->steps[i];
  if (!is_release(s->modality)) return BRF_OK;
  for (size_t k = 0; k < i; k++) {
    const brf__step *t = c->r->steps[k];
    int32_t region = is_stretch(t->modality) ? shared_region(s, t) : -1;
    if (region < 0) continue;
    brf__i18n_arg a = ARG_T("region", vocab_word(c, BRF_VOCAB_REGION, region));
    say(c, BRF__MSG_CHECK_RELEASE_AFTER_STRETCH, i, k, &a, 1);
    return emit(c, "release-after-stretch", BRF_ADVICE_CAUTION, BRF__ROUTINE_SRC_RELEASE_FIRST);
  }
  return BRF_OK;
}

static brf_status check_strengthen_first(checker *c, size_t i) {
  if (c->r->steps[i]->modality != BRF_MODALITY_STRENGTH) return BRF_OK;
  for (size_t k = i + 1; k < c->r->count; k++) {
    int32_t m = c->r->steps[k]->modality;
    if (!is_release(m) && !is_stretch(m)) continue;
    say(c,
        is_release(m) ? BRF__MSG_CHECK_STRENGTHEN_BEFORE_RELEASE
                      : BRF__MSG_CHECK_STRENGTHEN_BEFORE_STRETCH,
        i, k, NULL, 0);
    return emit(c, "strengthen-before-release-or-stretch", BRF_ADVICE_CAUTION,
                BRF__ROUTINE_SRC_STRENGTHEN_LAST);
  }
  return BRF_OK;
}

static brf_status check_heat_after_stretch(checker *c, size_t i) {
  if (c->r->steps[i]->modality != BRF_MODALITY_HEAT) return BRF_OK;
  for (size_t k = 0; k < i; k++) {
    if (!is_stretch(c->r->steps[k]->modality)) continue;
    say(c, BRF__MSG_CHECK_HEAT_AFTER_STRETCH, i, k, NULL, 0);
    return emit(c, "heat-after-stretch", BRF_ADVICE_CAUTION, BRF__ROUTINE_SRC_HEAT_FIRST);
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
  brf__i18n_arg a = ARG_N("hours", hours);
  say(c, BRF__MSG_CHECK_HEAT_AFTER_STRAIN, i, SIZE_MAX, &a, 1);
  return emit(c, "heat-after-strain", hours < 48 ? BRF_ADVICE_WARNING : BRF_ADVICE_CAUTION,
              BRF__ROUTINE_SRC_COLD_FIRST);
}

static brf_status check_lower_back_stretch(checker *c, size_t i) {
  const brf__step *s = c->r->steps[i];
  if (!is_stretch(s->modality)) return BRF_OK;
  for (size_t k = 0; k < s->region_count; k++) {
    if (s->regions[k] != BRF_REGION_LOWER_BACK) continue;
    char step[256], text[TEXT_CAP];
    step_name(c, i, step, sizeof step);
    brf__i18n_arg a = ARG_T("step", step);
    (void)brf__msg_expand(&brf__msgs_routine, c->lang, BRF__MSG_ROUTINE_LOWER_BACK_STRETCH, &a, 1,
                          text, sizeof text);
    brf__buf_puts(&c->msg, text);
    return emit(c, "lower-back-stretch", BRF_ADVICE_INFO, BRF__ROUTINE_SRC_LOWER_BACK);
  }
  return BRF_OK;
}

static brf_status check_equipment(checker *c, size_t i) {
  const brf__step *s = c->r->steps[i];
  size_t missing = 0;
  char list[512];
  size_t len = 0;
  list[0] = '\0';
  for (size_t k = 0; k < s->equipment_count; k++) {
    if (brf_profile_has_equipment(c->profile, s->equipment[k])) continue;
    if (len < sizeof list)
      len += brf__format(list + len, sizeof list - len, "%s%s", missing > 0 ? ", " : "",
                         vocab_word(c, BRF_VOCAB_EQUIPMENT, s->equipment[k]));
    missing++;
  }
  if (missing == 0) return BRF_OK;
  brf__i18n_arg a = ARG_T("equipment", list);
  say(c, BRF__MSG_CHECK_EQUIPMENT_MISSING, i, SIZE_MAX, &a, 1);
  return emit(c, "equipment-missing", BRF_ADVICE_WARNING, SRC_PROFILE_EQUIPMENT);
}

static brf_status check_conditions(checker *c, size_t i) {
  const brf__step *s = c->r->steps[i];
  static const size_t verbs[BRF_ACTION_COUNT] = {
      BRF__MSG_CHECK_ACTION_SKIP, BRF__MSG_CHECK_ACTION_MODIFY, BRF__MSG_CHECK_ACTION_ASK_CLINICIAN};
  for (size_t k = 0; k < s->contra_count; k++) {
    const brf__step_contra *ci = &s->contra[k];
    if (!brf_profile_has_condition(c->profile, ci->condition)) continue;
    size_t verb = ci->action >= 0 && ci->action < BRF_ACTION_COUNT ? verbs[ci->action]
                                                                   : BRF__MSG_CHECK_ACTION_UNKNOWN;
    brf__i18n_arg a[3] = {ARG_T("condition", vocab_word(c, BRF_VOCAB_CONDITION, ci->condition)),
                          ARG_T("action", brf__msg(&brf__msgs_check, c->lang, verb)),
                          ARG_T("note", ci->note)};
    say(c, ci->note[0] != '\0' ? BRF__MSG_CHECK_CONTRAINDICATED_NOTE : BRF__MSG_CHECK_CONTRAINDICATED,
        i, SIZE_MAX, a, 3);
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
    brf__i18n_arg a = ARG_T("advice", brf_advice_message(dose_advice, k));
    say(c, BRF__MSG_CHECK_DOSE, i, SIZE_MAX, &a, 1);
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
  c.lang = brf__ctx_lang(ctx);
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
