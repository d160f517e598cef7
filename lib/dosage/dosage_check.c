/* brf_dosage_check: the dose compared with the norms of the clinical
 * evidence base (../shared/research/clinical.md sections 1.7, 3 and 6).
 * Advisories inform and never reject. Every rule is listed, with its
 * condition and source, in docs/notation.md ("Validation"). */
#include "dosage/dosage_private.h"
#include "internal/advice.h"

#define SEED_GLUTES "seed 000_a506b5e5ff54398a.txt (10 minutes per glute with a ball)"
#define SRC_FLEX "ACSM flexibility, Garber 2011 (clinical.md 3.1)"
#define SRC_ROLL "Behm 2020 foam rolling prescription (clinical.md 3.5)"
#define SRC_COLD "Bleakley 2006; BMJ Best Practice; CSP ice snapshot (clinical.md 3.6)"
#define SRC_HEAT "MPFT NHS 'Safe use of heat treatment'; Hussain & Cohen 2018 (clinical.md 3.7, 3.8)"
#define SRC_WRAP "ThermaCare warnings; Nadler trials (clinical.md 3.7)"
#define SRC_RES "ACSM resistance training, Garber 2011; Ratamess 2009 (clinical.md 3.2)"
#define SRC_MCGILL "McGill practice norm (clinical.md 4, 6)"
#define SRC_MOB "dynamic mobility practice norm (clinical.md 3.4, 4)"
#define SRC_REVIEW "NHS inform 'Exercises for back pain' (clinical.md 1.7, 6)"

#define S_ (BRF__MS_S)
#define MIN_ (BRF__MS_MIN)

typedef struct checker {
  brf_context *ctx;
  brf_advice *a;
  const brf__dose *v;
  brf_status status;
} checker;

static int has(const checker *c, int f) {
  return brf__dose_has(c->v, f);
}
static int64_t lo(const checker *c, int f) {
  return c->v->lo[f];
}
static int64_t hi(const checker *c, int f) {
  return c->v->hi[f];
}

/* Add an advisory whose message is before + the dose's value of field (in
 * the notation's own form) + after; field -1 puts no value. */
static void advise(checker *c, const char *rule, int32_t severity, const char *before, int field,
                   const char *after, const char *source) {
  if (c->status != BRF_OK) return;
  brf__buf b;
  brf__buf_init(&b, c->ctx);
  brf__buf_puts(&b, before);
  if (field >= 0 && brf__dose_is_time(field)) {
    brf__dosage_append_time(&b, lo(c, field), hi(c, field));
  } else if (field >= 0) {
    brf__buf_put_i64(&b, lo(c, field));
    if (hi(c, field) != lo(c, field)) {
      brf__buf_putc(&b, '-');
      brf__buf_put_i64(&b, hi(c, field));
    }
  }
  brf__buf_puts(&b, after);
  char *msg = NULL;
  brf_status s = brf__buf_take(&b, &msg, NULL);
  if (s == BRF_OK) s = brf__advice_add(c->a, rule, severity, msg, source);
  brf__free(c->ctx, msg);
  c->status = s;
}

/* ---- every modality ---- */

static void check_general(checker *c) {
  if (!has(c, BRF_DOSE_REPS) && !has(c, BRF_DOSE_DURATION_MS) && !has(c, BRF_DOSE_HOLD_MS))
    advise(c, "no-session-amount", BRF_ADVICE_INFO,
           "The dose says how often but not how much: add reps, a duration or a hold.", -1, "",
           "libbackrelief dose model (docs/notation.md)");
  if (has(c, BRF_DOSE_WINDOW_MS) && hi(c, BRF_DOSE_WINDOW_MS) > 2 * BRF__MS_WK)
    advise(c, "review-after-2-weeks", BRF_ADVICE_INFO, "The dose runs for ", BRF_DOSE_WINDOW_MS,
           ": if symptoms have not improved after about 2 weeks, see a physiotherapist or GP.",
           SRC_REVIEW);
}

/* ---- static stretch ---- */

static void check_static_stretch(checker *c) {
  if (has(c, BRF_DOSE_HOLD_MS)) {
    if (lo(c, BRF_DOSE_HOLD_MS) < 10 * S_)
      advise(c, "hold-shorter-than-norm", BRF_ADVICE_INFO, "A hold of ", BRF_DOSE_HOLD_MS,
             " is shorter than the 10-30 s that ACSM advises for a static stretch.", SRC_FLEX);
    if (hi(c, BRF_DOSE_HOLD_MS) > 60 * S_)
      advise(c, "hold-longer-than-older-norm", BRF_ADVICE_CAUTION, "A hold of ", BRF_DOSE_HOLD_MS,
             " is longer than ACSM's 10-30 s for most adults and 30-60 s for older adults; "
             "30 s works as well as 60 s (Bandy 1997).",
             SRC_FLEX "; Bandy & Irion 1997 (clinical.md 3.4)");
    else if (hi(c, BRF_DOSE_HOLD_MS) > 30 * S_)
      advise(c, "hold-longer-than-norm", BRF_ADVICE_INFO, "A hold of ", BRF_DOSE_HOLD_MS,
             " is longer than the 10-30 s ACSM advises for most adults; 30-60 s suits older "
             "adults.",
             SRC_FLEX);
    int64_t total = hi(c, BRF_DOSE_HOLD_MS), n = has(c, BRF_DOSE_REPS) ? hi(c, BRF_DOSE_REPS) : 1;
    n *= has(c, BRF_DOSE_SETS) ? hi(c, BRF_DOSE_SETS) : 1; /* at most 100000: no overflow */
    if (total * n < 60 * S_)
      advise(c, "stretch-total-below-60s", BRF_ADVICE_INFO,
             "The holds add up to less than the 60 s per stretch that ACSM suggests accumulating "
             "(for example 2-4 holds of 15-30 s).",
             -1, "", SRC_FLEX);
  }
  if (has(c, BRF_DOSE_REPS) && has(c, BRF_DOSE_HOLD_MS) && hi(c, BRF_DOSE_REPS) > 4)
    advise(c, "stretch-reps-above-norm", BRF_ADVICE_INFO, "", BRF_DOSE_REPS,
           " repetitions of a held stretch is more than the usual 2-4.", SRC_FLEX);
  if (has(c, BRF_DOSE_PER_WEEK) && hi(c, BRF_DOSE_PER_WEEK) < 2)
    advise(c, "stretch-frequency-low", BRF_ADVICE_INFO, "Stretching ", BRF_DOSE_PER_WEEK,
           "x/week is less than ACSM's 2-3 days a week (daily works best); once a week did not "
           "maintain range in Reid & Kim 2014.",
           SRC_FLEX "; Reid & Kim 2014 (clinical.md 3.4)");
}

/* ---- dynamic stretch and mobility ---- */

static void check_mobility(checker *c) {
  if (has(c, BRF_DOSE_REPS) && (lo(c, BRF_DOSE_REPS) < 5 || hi(c, BRF_DOSE_REPS) > 10))
    advise(c, "mobility-reps-outside-norm", BRF_ADVICE_INFO, "", BRF_DOSE_REPS,
           " reps is outside the usual 5-10 slow, controlled reps of a mobility drill.", SRC_MOB);
}

/* ---- self-massage (ball, roller) ---- */

static void check_rolling(checker *c) {
  if (has(c, BRF_DOSE_DURATION_MS) && hi(c, BRF_DOSE_DURATION_MS) > 120 * S_)
    advise(c, "rolling-longer-than-norm", BRF_ADVICE_CAUTION, "Rolling for ",
           BRF_DOSE_DURATION_MS,
           " per area is longer than the 30-120 s per set (1-3 sets) of Behm 2020; a longer "
           "dose such as the 10 minutes per glute of seed 000_a506b5e5ff54398a.txt is a "
           "practitioner's choice, not the evidence norm.",
           SRC_ROLL "; " SEED_GLUTES);
  else if (has(c, BRF_DOSE_DURATION_MS) && hi(c, BRF_DOSE_DURATION_MS) < 30 * S_)
    advise(c, "rolling-shorter-than-norm", BRF_ADVICE_INFO, "Rolling for ", BRF_DOSE_DURATION_MS,
           " is shorter than the 30-120 s per set of Behm 2020; very short bouts may not "
           "change range of motion.",
           SRC_ROLL);
  if (has(c, BRF_DOSE_SETS) && hi(c, BRF_DOSE_SETS) > 3)
    advise(c, "rolling-sets-above-norm", BRF_ADVICE_INFO, "", BRF_DOSE_SETS,
           " sets of rolling is more than the 1-3 sets of Behm 2020.", SRC_ROLL);
}

/* ---- cold ---- */

static void check_cold(checker *c) {
  if (has(c, BRF_DOSE_DURATION_MS) && hi(c, BRF_DOSE_DURATION_MS) > 20 * MIN_)
    advise(c, "cold-longer-than-20min", BRF_ADVICE_WARNING, "A cold application of ",
           BRF_DOSE_DURATION_MS,
           " is longer than the 20 min maximum (10-15 min is usual); remove it when the skin "
           "goes numb.",
           SRC_COLD);
  if (has(c, BRF_DOSE_INTERVAL_MS) && lo(c, BRF_DOSE_INTERVAL_MS) < 60 * MIN_)
    advise(c, "cold-interval-short", BRF_ADVICE_CAUTION, "Applying cold every ",
           BRF_DOSE_INTERVAL_MS,
           " leaves too little time to re-warm: allow at least 1-2 h between applications.",
           SRC_COLD);
  advise(c, "cold-needs-barrier", BRF_ADVICE_INFO,
         "Wrap the cold pack in a damp towel; never put ice on bare or numb skin, and do not "
         "sleep with it on.",
         -1, "", SRC_COLD);
}

/* ---- heat ---- */

static void check_heat(checker *c) {
  if (has(c, BRF_DOSE_DURATION_MS) && hi(c, BRF_DOSE_DURATION_MS) > 8 * BRF__MS_H)
    advise(c, "heat-longer-than-8h", BRF_ADVICE_WARNING, "Heat for ", BRF_DOSE_DURATION_MS,
           " is more than the 8 h a day allowed even for a low-level heat wrap.", SRC_WRAP);
  else if (has(c, BRF_DOSE_DURATION_MS) && hi(c, BRF_DOSE_DURATION_MS) > 20 * MIN_)
    advise(c, "heat-longer-than-20min", BRF_ADVICE_CAUTION, "Heat for ", BRF_DOSE_DURATION_MS,
           " is longer than the 10-20 min of a heat pack or a sauna round; only a low-level "
           "wrap (about 40 \xC2\xB0" "C) is worn for hours.",
           SRC_HEAT "; " SRC_WRAP);
  if (has(c, BRF_DOSE_PER_DAY) && hi(c, BRF_DOSE_PER_DAY) > 3)
    advise(c, "heat-more-than-3-per-day", BRF_ADVICE_CAUTION, "Heat ", BRF_DOSE_PER_DAY,
           "x/day is more than the 3 applications a day of NHS heat advice.", SRC_HEAT);
  if (has(c, BRF_DOSE_WINDOW_MS) && hi(c, BRF_DOSE_WINDOW_MS) > 7 * BRF__MS_D)
    advise(c, "heat-window-over-7-days", BRF_ADVICE_CAUTION, "Heat for ", BRF_DOSE_WINDOW_MS,
           " in a row is more than 7 consecutive days; if pain is worse or unchanged after 7 "
           "days, see a doctor.",
           SRC_WRAP);
  advise(c, "heat-needs-barrier", BRF_ADVICE_INFO,
         "Wrap the heat source in a towel, check the skin, and do not fall asleep with heat "
         "on.",
         -1, "", SRC_HEAT);
}

/* ---- strength ---- */

static void check_strength(checker *c) {
  int held = has(c, BRF_DOSE_HOLD_MS);
  if (has(c, BRF_DOSE_SETS) && hi(c, BRF_DOSE_SETS) > 4)
    advise(c, "strength-sets-above-norm", BRF_ADVICE_CAUTION, "", BRF_DOSE_SETS,
           " sets is more than ACSM's 2-4 sets per exercise (2-3 for novices).", SRC_RES);
  if (!held && has(c, BRF_DOSE_REPS) && (lo(c, BRF_DOSE_REPS) < 8 || hi(c, BRF_DOSE_REPS) > 15))
    advise(c, "strength-reps-outside-norm", BRF_ADVICE_INFO, "", BRF_DOSE_REPS,
           " reps is outside ACSM's 8-12 reps for novices (10-15 for older beginners, 15-20 for "
           "endurance).",
           SRC_RES);
  if (held && hi(c, BRF_DOSE_HOLD_MS) > 10 * S_)
    advise(c, "isometric-hold-longer-than-norm", BRF_ADVICE_INFO, "An isometric hold of ",
           BRF_DOSE_HOLD_MS,
           " is longer than the usual 5-10 s per rep; build endurance by adding reps rather "
           "than longer holds.",
           SRC_MCGILL);
  if (has(c, BRF_DOSE_REST_MS) &&
      (lo(c, BRF_DOSE_REST_MS) < 30 * S_ || hi(c, BRF_DOSE_REST_MS) > 3 * MIN_))
    advise(c, "strength-rest-outside-norm", BRF_ADVICE_INFO, "A rest of ", BRF_DOSE_REST_MS,
           " between sets is outside the usual 30 s to 3 min (60-90 s by default).", SRC_RES);
  int often = (has(c, BRF_DOSE_PER_WEEK) && hi(c, BRF_DOSE_PER_WEEK) > 3) ||
              has(c, BRF_DOSE_PER_DAY) ||
              (has(c, BRF_DOSE_INTERVAL_MS) && lo(c, BRF_DOSE_INTERVAL_MS) < 2 * BRF__MS_D);
  if (!held && often)
    advise(c, "strength-recovery-short", BRF_ADVICE_INFO,
           "Resistance work for novices is done 2-3 non-consecutive days a week, with at least "
           "48 h before the same muscles work again.",
           -1, "", SRC_RES);
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
  check_general(&c);
  switch (modality) {
  case BRF_MODALITY_STATIC_STRETCH: check_static_stretch(&c); break;
  case BRF_MODALITY_DYNAMIC_STRETCH:
  case BRF_MODALITY_MOBILITY: check_mobility(&c); break;
  case BRF_MODALITY_SELF_MASSAGE: check_rolling(&c); break;
  case BRF_MODALITY_COLD: check_cold(&c); break;
  case BRF_MODALITY_HEAT: check_heat(&c); break;
  case BRF_MODALITY_STRENGTH: check_strength(&c); break;
  default: break;
  }
  if (c.status != BRF_OK) {
    brf_advice_free(c.a);
    return c.status;
  }
  *out = c.a;
  return BRF_OK;
}
