/* brf_dosage_check: the dose compared with the norms of the clinical
 * evidence base. Advisories inform and never reject. The rules, their
 * thresholds, texts and sources are data (data/advisories.json, generated
 * into dosage_rules_data.c); this file is the one evaluator of those rows.
 * docs/notation.md ("Validation") describes them and docs/evidence.md lists
 * their sources. */
#include "dosage/dosage_msgs.h"
#include "dosage/dosage_private.h"
#include "internal/advice.h"

typedef struct checker {
  brf_context *ctx;
  brf_advice *a;
  const brf__dose *v;
  brf_status status;
} checker;

static int has(const checker *c, int32_t f) {
  return f >= 0 && brf__dose_has(c->v, f);
}
static int64_t lo(const checker *c, int32_t f) {
  return c->v->lo[f];
}
static int64_t hi(const checker *c, int32_t f) {
  return c->v->hi[f];
}

/* The rules that read more than one field. */
static int code_test_fires(const checker *c, const brf__dose_rule *r) {
  switch (r->test) {
  case BRF__DOSE_TEST_NO_AMOUNT:
    return !has(c, BRF_DOSE_REPS) && !has(c, BRF_DOSE_DURATION_MS) && !has(c, BRF_DOSE_HOLD_MS);
  case BRF__DOSE_TEST_STRETCH_TOTAL: {
    if (!has(c, BRF_DOSE_HOLD_MS)) return 0;
    int64_t n = has(c, BRF_DOSE_REPS) ? hi(c, BRF_DOSE_REPS) : 1;
    n *= has(c, BRF_DOSE_SETS) ? hi(c, BRF_DOSE_SETS) : 1; /* at most 100000: no overflow */
    return hi(c, BRF_DOSE_HOLD_MS) * n < r->lo_limit;
  }
  case BRF__DOSE_TEST_STRENGTH_OFTEN: /* more than 3 days a week, daily, or under 48 h apart */
    return !has(c, BRF_DOSE_HOLD_MS) &&
           ((has(c, BRF_DOSE_PER_WEEK) && hi(c, BRF_DOSE_PER_WEEK) > 3) ||
            has(c, BRF_DOSE_PER_DAY) ||
            (has(c, BRF_DOSE_INTERVAL_MS) && lo(c, BRF_DOSE_INTERVAL_MS) < 2 * BRF__MS_D));
  default: return 0;
  }
}

static int fires(const checker *c, const brf__dose_rule *r) {
  if (r->also_has >= 0 && !has(c, r->also_has)) return 0;
  if (r->absent >= 0 && has(c, r->absent)) return 0;
  if (r->test == BRF__DOSE_TEST_ALWAYS) return 1;
  if (r->test >= BRF__DOSE_TEST_NO_AMOUNT) return code_test_fires(c, r);
  if (!has(c, r->field)) return 0;
  int64_t l = lo(c, r->field), h = hi(c, r->field);
  switch (r->test) {
  case BRF__DOSE_TEST_LO_BELOW: return l < r->lo_limit;
  case BRF__DOSE_TEST_HI_BELOW: return h < r->lo_limit;
  case BRF__DOSE_TEST_HI_ABOVE: return h > r->hi_limit;
  case BRF__DOSE_TEST_OUTSIDE: return l < r->lo_limit || h > r->hi_limit;
  default: return 0;
  }
}

/* Add the rule's advisory: its template (in the language of the context),
 * {value} the dose's value of its shown field in the notation's own form. */
static void advise(checker *c, const brf__dose_rule *r) {
  brf__buf b;
  brf__buf_init(&b, c->ctx);
  if (r->shown >= 0 && brf__dose_is_time(r->shown)) {
    brf__dosage_append_time(&b, lo(c, r->shown), hi(c, r->shown));
  } else if (r->shown >= 0) {
    brf__buf_put_i64(&b, lo(c, r->shown));
    if (hi(c, r->shown) != lo(c, r->shown)) {
      brf__buf_putc(&b, '-');
      brf__buf_put_i64(&b, hi(c, r->shown));
    }
  }
  brf__buf_putc(&b, '\0');
  int32_t lang = brf__ctx_lang(c->ctx);
  brf__i18n_arg value = {"value", b.status == BRF_OK ? b.data : "", 0, 0};
  char msg[1024];
  (void)brf__msg_expand(&brf__msgs_dosage, lang, r->text, &value, 1, msg, sizeof msg);
  brf_status s = b.status;
  brf__buf_free(&b);
  if (s == BRF_OK) s = brf__advice_add(c->a, r->id, r->severity, msg, r->source);
  c->status = s;
}

brf_status brf_dosage_check(brf_context *ctx, const brf_dosage *d, int32_t modality,
                            brf_advice **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || d == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf_dosage_check: NULL argument");
  if (modality < -1 || modality >= BRF_MODALITY_COUNT)
    return brf__error(ctx, BRF_E_INVALID, "brf_dosage_check: unknown modality %d", (int)modality);
  checker c = {ctx, NULL, &d->v, BRF_OK};
  brf_status s = brf__advice_new(ctx, &c.a);
  if (s != BRF_OK) return s;
  size_t n = 0;
  const brf__dose_rule *rules = brf__dose_rules(&n);
  uint32_t groups_fired = 0; /* bit per group */
  for (size_t i = 0; i < n && c.status == BRF_OK; i++) {
    const brf__dose_rule *r = &rules[i];
    if (r->modalities != 0 && (modality < 0 || !((r->modalities >> modality) & 1u))) continue;
    if (r->group > 0 && ((groups_fired >> r->group) & 1u)) continue;
    if (!fires(&c, r)) continue;
    if (r->group > 0) groups_fired |= UINT32_C(1) << r->group;
    advise(&c, r);
  }
  if (c.status != BRF_OK) {
    brf_advice_free(c.a);
    return c.status;
  }
  *out = c.a;
  return BRF_OK;
}
