/* brf_adapt_next: adaptation v2 (docs/adaptation.md, "Adaptation v2"). The
 * traffic light against the person's baseline, one earned change at a time
 * within the time budget, gaps, and the flare-up plan. */
#include <stdlib.h>
#include <string.h>

#include "adapt/adapt_private.h"
#include "adapt/adapt_msgs.h"
#include "adapt/adapt_texts.h"
#include "backrelief/calendar.h"
#include "internal/dosage.h"
#include "util/core.h"

#define SEC 1000
#define SRC_LINKS "the catalog's progression links (sources of each exercise)"
#define BASELINE_SESSIONS 5 /* baseline: median pain before of the last 5 sessions */
#define GAP_STEP_DAYS 7     /* 7 days or more without sessions: one step lower */
#define GAP_RESTART_DAYS 21 /* 21 days or more: the starting doses */
#define EARNED_DAYS 3       /* at least 3 days since the last change */
#define RED_DURING 5        /* pain right after above 5: red */

enum { V2_GREEN, V2_UNCONFIRMED, V2_AMBER, V2_RED };

typedef struct v2_session {
  int32_t day, before, after, morning, peak;
} v2_session;

typedef struct v2 {
  brf__adapt_env env;
  const brf_routine *routine, *previous, *start;
  int32_t today, last_change;
  int64_t budget_ms;
  v2_session *s;
  size_t n;
  int32_t baseline; /* -1 unknown */
  /* Per step: the pain of its latest per-exercise rating since the last
   * change (-1 none), and whether it is held (not progressed). */
  int32_t *ex_pain;
  unsigned char *held;
} v2;

static int cmp_i32(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return (x > y) - (x < y);
}

static int cmp_session(const void *a, const void *b) {
  const v2_session *x = a, *y = b;
  return (x->day > y->day) - (x->day < y->day);
}

/* The routine's rated sessions up to today (stable by date); later ones are
 * named in a reason and left out. */
static brf_status collect(v2 *v, const brf_journal *j) {
  v->s = brf__calloc(v->env.ctx, j->count ? j->count : 1, sizeof *v->s);
  if (!v->s)
    return BRF_E_NOMEM;
  for (size_t i = 0; i < j->count; i++) {
    const brf__jentry *e = &j->entries[i];
    if (!brf__jentry_is_for(e, v->routine) ||
        (e->pain[BRF_JOURNAL_AFTER] < 0 && e->pain_during < 0))
      continue;
    if (e->day > v->today) {
      char d[16] = "?", nr[24];
      (void)brf_date_format(e->day, d, sizeof d, NULL);
      brf__format(nr, sizeof nr, "%zu", i + 1);
      brf_status st = BRF__ADAPT_SAY(&v->env, "future-entry", BRF_ADVICE_CAUTION,
                                     BRF__ADAPT_SRC_LIGHTS, BRF__MSG_ADAPTATION_FUTURE_ENTRY,
                                     BRF__ARG_T("entry", nr), BRF__ARG_T("date", d));
      if (st != BRF_OK)
        return st;
      continue;
    }
    v2_session *x = &v->s[v->n++];
    x->day = e->day;
    x->before = e->pain[BRF_JOURNAL_BEFORE];
    /* the pain during: the worse of the pain during and right after */
    x->after = e->pain[BRF_JOURNAL_AFTER] > e->pain_during ? e->pain[BRF_JOURNAL_AFTER]
                                                           : e->pain_during;
    x->morning = e->pain[BRF_JOURNAL_NEXT_MORNING];
    x->peak = x->after > x->morning ? x->after : x->morning;
  }
  /* qsort is not stable: sort by (day, journal order) with an insertion sort. */
  for (size_t a = 1; a < v->n; a++)
    for (size_t b = a; b > 0 && cmp_session(&v->s[b - 1], &v->s[b]) > 0; b--) {
      v2_session t = v->s[b];
      v->s[b] = v->s[b - 1];
      v->s[b - 1] = t;
    }
  int32_t vals[BASELINE_SESSIONS];
  size_t k = 0;
  for (size_t i = v->n; i-- > 0 && k < BASELINE_SESSIONS;)
    if (v->s[i].before >= 0)
      vals[k++] = v->s[i].before;
  v->baseline = -1;
  if (k) {
    qsort(vals, k, sizeof vals[0], cmp_i32);
    v->baseline = vals[(k - 1) / 2]; /* the lower middle of an even count */
  }
  return BRF_OK;
}

/* Per step, the pain of the exercise's latest rating (by date, then journal
 * order) in the routine's sessions after the last change and up to today:
 * what the current dose gives (docs/adaptation.md, "Pain during and
 * per-exercise ratings"). */
static brf_status exercise_ratings(v2 *v, const brf_journal *j) {
  size_t n = brf_routine_step_count(v->routine);
  v->ex_pain = brf__calloc(v->env.ctx, n ? n : 1, sizeof *v->ex_pain);
  v->held = brf__calloc(v->env.ctx, n ? n : 1, sizeof *v->held);
  if (!v->ex_pain || !v->held)
    return BRF_E_NOMEM;
  int32_t *when = brf__calloc(v->env.ctx, n ? n : 1, sizeof *when);
  if (!when)
    return BRF_E_NOMEM;
  for (size_t i = 0; i < n; i++)
    v->ex_pain[i] = -1;
  for (size_t i = 0; i < j->count; i++) {
    const brf__jentry *e = &j->entries[i];
    if (!brf__jentry_is_for(e, v->routine) || e->day > v->today ||
        (v->last_change >= 0 && e->day <= v->last_change))
      continue;
    for (size_t k = 0; k < e->rating_count; k++) {
      if (e->ratings[k].pain < 0)
        continue;
      for (size_t s = 0; s < n; s++)
        if (strcmp(brf_routine_step_exercise_id(v->routine, s), e->ratings[k].exercise) == 0 &&
            (v->ex_pain[s] < 0 || e->day >= when[s])) {
          v->ex_pain[s] = e->ratings[k].pain;
          when[s] = e->day;
        }
    }
  }
  brf__free(v->env.ctx, when);
  return BRF_OK;
}

/* An exercise rating as a light: red above 5/10, amber when 4/10 or more
 * and at least 2 above the baseline (or no baseline yet), else green. */
static int exercise_light(const v2 *v, int32_t pain) {
  if (pain > RED_DURING)
    return V2_RED;
  if (pain > BRF__ADAPT_GREEN_MAX && (v->baseline < 0 || pain - v->baseline >= BRF__ADAPT_MIC))
    return V2_AMBER;
  return V2_GREEN;
}

static int light(const v2 *v, const v2_session *x) {
  if (x->after > RED_DURING)
    return V2_RED;
  if (x->morning < 0 || v->baseline < 0)
    return V2_UNCONFIRMED;
  if (x->morning - v->baseline >= BRF__ADAPT_MIC)
    return V2_RED;
  if (x->after > BRF__ADAPT_GREEN_MAX && x->after - v->baseline >= BRF__ADAPT_MIC)
    return V2_AMBER;
  return V2_GREEN;
}

static int rising(const v2 *v) {
  if (v->n < 3)
    return 0;
  const v2_session *a = &v->s[v->n - 3], *b = &v->s[v->n - 2], *c = &v->s[v->n - 1];
  return a->peak < b->peak && b->peak < c->peak && c->peak - a->peak >= BRF__ADAPT_MIC;
}

/* ---- single changes ---- */

/* Dose fields in the order of a progression, with step, floor and cap by
 * modality: the table brf_adapt_suggest uses too (adapt_private.h). */
#define fields brf__adapt_dose_rules
#define NFIELDS ((size_t)BRF__ADAPT_DOSE_RULES)

static int64_t steps_in(int64_t span, int64_t step) { return span > 0 ? (span + step - 1) / step : 0; }

/* Room of step i in a tier: 1 within the ranges (raise the lower end), 2
 * up to the caps (raise a fixed value). */
static int64_t room(const brf_routine *r, size_t i, int tier, size_t *first) {
  int32_t m = brf_routine_step_modality(r, i);
  const brf_dosage *d = brf_routine_step_dose(r, i);
  int64_t total = 0;
  *first = NFIELDS;
  if (m < 0 || m >= BRF_MODALITY_COUNT || !d || m == BRF_MODALITY_HEAT || m == BRF_MODALITY_COLD)
    return 0;
  for (size_t k = 0; k < NFIELDS; k++) {
    int64_t lo, hi, here;
    if (fields[k].cap[m] == 0 || !brf__dosage_field(d, fields[k].field, &lo, &hi))
      continue;
    here = tier == 1 ? steps_in(hi - lo, fields[k].step)
                     : (lo == hi ? steps_in(fields[k].cap[m] - hi, fields[k].step) : 0);
    if (here > 0 && *first == NFIELDS)
      *first = k;
    total += here;
  }
  return total;
}


/* Set field k of step i to lo-hi, with a reason. */
static brf_status set_field(v2 *v, brf_routine *r, size_t i, size_t k, int64_t lo, int64_t hi,
                            const char *rule, const char *source, size_t why_id) {
  const char *why = brf__adapt_msg(&v->env, why_id);
  const brf_dosage *cur = brf_routine_step_dose(r, i);
  brf_dosage *d = NULL;
  if (brf_dosage_clone(v->env.ctx, cur, &d) != BRF_OK)
    return BRF_E_NOMEM;
  brf_status st = brf_dosage_set(d, fields[k].field, lo, hi);
  if (st == BRF_OK) {
    char before[96], after[96];
    brf__adapt_dose_text(&v->env, cur, before, sizeof before);
    brf__adapt_dose_text(&v->env, d, after, sizeof after);
    st = BRF__ADAPT_SAY(&v->env, rule, BRF_ADVICE_INFO, source, BRF__MSG_ADAPTATION_DOSE_CHANGE,
                        BRF__ARG_T("exercise", brf_routine_step_exercise_id(r, i)),
                        BRF__ARG_T("before", before), BRF__ARG_T("after", after),
                        BRF__ARG_T("why", why));
    if (st == BRF_OK)
      st = brf_routine_step_set_dose(r, i, d);
    if (st == BRF_OK)
      st = brf_routine_step_set_reason(r, i, why);
  }
  brf_dosage_free(d);
  return st;
}

static int fits(const v2 *v, const brf_routine *r) {
  int64_t hi = 0;
  if (v->budget_ms <= 0)
    return 1;
  return brf_routine_estimate_ms(r, NULL, &hi) == BRF_OK && hi <= v->budget_ms;
}

/* One dose step of tier 1 or 2 on step i, field k. */
static brf_status dose_up(v2 *v, brf_routine *r, size_t i, size_t k, int tier) {
  int32_t m = brf_routine_step_modality(r, i);
  int64_t lo, hi;
  (void)brf__dosage_field(brf_routine_step_dose(r, i), fields[k].field, &lo, &hi);
  if (tier == 1) {
    int64_t nlo = lo + fields[k].step < hi ? lo + fields[k].step : hi;
    return set_field(v, r, i, k, nlo, hi, "progress-dose", BRF__ADAPT_SRC_DOSE_UP,
                     BRF__MSG_ADAPTATION_STEP_PROGRESSED_WITHIN);
  }
  int64_t nhi = hi + fields[k].step < fields[k].cap[m] ? hi + fields[k].step : fields[k].cap[m];
  return set_field(v, r, i, k, nhi, nhi, "progress-dose", BRF__ADAPT_SRC_DOSE_UP,
                   BRF__MSG_ADAPTATION_STEP_PROGRESSED);
}

static int in_routine(const brf_routine *r, const char *id) {
  for (size_t i = 0; i < brf_routine_step_count(r); i++)
    if (strcmp(brf_routine_step_exercise_id(r, i), id) == 0)
      return 1;
  return 0;
}

/* Level (the profile's, else one above the exercise replaced), equipment
 * and conditions. */
static int suits(const brf_profile *p, const brf_exercise *from, const brf_exercise *to) {
  int32_t level = p ? brf_profile_level(p) : -1;
  if (level < 0)
    level = brf_exercise_level(from) + 1;
  if (brf_exercise_level(to) > level)
    return 0;
  if (!p)
    return 1;
  for (size_t k = 0; k < brf_exercise_equipment_count(to); k++)
    if (!brf_profile_has_equipment(p, brf_exercise_equipment_at(to, k)))
      return 0;
  for (size_t k = 0; k < brf_exercise_contraindication_count(to); k++)
    if (brf_profile_has_condition(p, brf_exercise_contraindication_condition(to, k)) == 1)
      return 0;
  return 1;
}

/* Lower the upper ends of step i's sets, then reps, one step at a time,
 * until the routine fits the budget; *ok when it fits. */
static brf_status trade(v2 *v, brf_routine *r, size_t i, int *ok) {
  static const size_t order[] = {1, 0}; /* sets, then reps */
  *ok = fits(v, r);
  for (size_t q = 0; q < 2 && !*ok; q++) {
    size_t k = order[q];
    int64_t lo, hi;
    while (!*ok && brf__dosage_field(brf_routine_step_dose(r, i), fields[k].field, &lo, &hi) &&
           hi > fields[k].floor) {
      int64_t nhi = hi - fields[k].step > fields[k].floor ? hi - fields[k].step : fields[k].floor;
      brf_dosage *nd = NULL;
      if (brf_dosage_clone(v->env.ctx, brf_routine_step_dose(r, i), &nd) != BRF_OK)
        return BRF_E_NOMEM;
      brf_status st = brf_dosage_set(nd, fields[k].field, lo < nhi ? lo : nhi, nhi);
      if ((st = brf__adapt_give_dose(r, i, nd, st)) != BRF_OK)
        return st;
      *ok = fits(v, r);
    }
  }
  return BRF_OK;
}

/* Replace step i of r (a scratch copy) by its first suitable progression;
 * *done when it fits the budget, trading volume when needed. */
static brf_status swap_up(v2 *v, brf_routine *r, size_t i, int *done) {
  *done = 0;
  const char *id = brf_routine_step_exercise_id(r, i);
  const brf_exercise *ex = v->env.catalog ? brf_catalog_find(v->env.catalog, id) : NULL;
  const brf_exercise *to = NULL;
  for (size_t k = 0; ex && k < brf_exercise_progression_count(ex) && !to; k++) {
    const char *to_id = brf_exercise_progression_exercise(ex, k);
    to = to_id ? brf_catalog_find(v->env.catalog, to_id) : NULL;
    if (to && (!suits(v->env.profile, ex, to) || in_routine(r, to_id)))
      to = NULL;
  }
  if (!to)
    return BRF_OK;
  char from_id[128], after[96];
  brf__format(from_id, sizeof from_id, "%s", id);
  brf_status st = brf_routine_insert(r, i, to, NULL);
  if (st == BRF_E_NOMEM)
    return st;
  if (st != BRF_OK) {
    brf__clear_error(v->env.ctx); /* no usable default dose: no swap */
    return BRF_OK;
  }
  (void)brf_routine_step_set_phase(r, i, brf_routine_step_phase(r, i + 1));
  (void)brf_routine_remove(r, i + 1);
  int ok = 0;
  if ((st = trade(v, r, i, &ok)) != BRF_OK || !ok)
    return st;
  brf__adapt_dose_text(&v->env, brf_routine_step_dose(r, i), after, sizeof after);
  st = BRF__ADAPT_SAY(&v->env, "progress-exercise", BRF_ADVICE_INFO, SRC_LINKS,
                      BRF__MSG_ADAPTATION_SWAP_AT, BRF__ARG_T("from", from_id),
                      BRF__ARG_T("to", brf_exercise_id(to)), BRF__ARG_T("dose", after));
  brf_dosage *def = NULL;
  if (st == BRF_OK && brf_dosage_parse(v->env.ctx, brf_exercise_default_dose(to), strlen(brf_exercise_default_dose(to)), &def) == BRF_OK &&
      !brf_dosage_equal(def, brf_routine_step_dose(r, i)))
    st = BRF__ADAPT_SAY(&v->env, "budget-traded", BRF_ADVICE_INFO, BRF__ADAPT_SRC_BUDGET,
                        BRF__MSG_ADAPTATION_BUDGET_TRADED, BRF__ARG_T("exercise", brf_exercise_id(to)),
                        BRF__ARG_T("from", brf_exercise_default_dose(to)), BRF__ARG_T("to", after));
  brf__clear_error(v->env.ctx);
  brf_dosage_free(def);
  if (st == BRF_OK)
    st = brf_routine_step_set_reason(r, i,
                                     brf__adapt_msg(&v->env, BRF__MSG_ADAPTATION_STEP_HARDER_VARIANT));
  *done = st == BRF_OK;
  return st;
}

/* Steps ordered by room (most first, then routine order). */
static void order_by_room(const brf_routine *r, int tier, size_t *idx, size_t n) {
  size_t f;
  for (size_t i = 0; i < n; i++)
    idx[i] = i;
  for (size_t a = 1; a < n; a++)
    for (size_t b = a; b > 0 && room(r, idx[b - 1], tier, &f) < room(r, idx[b], tier, &f); b--) {
      size_t t = idx[b];
      idx[b] = idx[b - 1];
      idx[b - 1] = t;
    }
}

/* Copy the items of from to the end of to. */
static brf_status append_all(brf_advice *to, const brf_advice *from) {
  brf_status st = BRF_OK;
  for (size_t i = 0; i < brf_advice_count(from) && st == BRF_OK; i++)
    st = brf__advice_add(to, brf_advice_rule(from, i), brf_advice_severity(from, i),
                         brf_advice_message(from, i), brf_advice_source(from, i));
  return st;
}

/* One progression within the budget into *out (NULL when none); its
 * reasons go to *why (a new list, NULL when none). */
static brf_status progress_one(v2 *v, brf_routine **out, brf_advice **why) {
  size_t n = brf_routine_step_count(v->routine);
  size_t *idx = brf__calloc(v->env.ctx, n ? n : 1, sizeof *idx);
  brf_advice *main = v->env.reasons;
  brf_status st = BRF_OK;
  *out = NULL;
  *why = NULL;
  if (!idx)
    return BRF_E_NOMEM;
  for (int tier = 1; tier <= 3 && !*out && st == BRF_OK; tier++) {
    order_by_room(v->routine, tier == 3 ? 1 : tier, idx, n);
    for (size_t q = 0; q < n && !*out && st == BRF_OK; q++) {
      size_t i = tier == 3 ? q : idx[q], k = 0;
      if (v->held[i] || (tier < 3 && room(v->routine, i, tier, &k) == 0))
        continue;
      int32_t m = brf_routine_step_modality(v->routine, i);
      if (tier == 3 && (m == BRF_MODALITY_HEAT || m == BRF_MODALITY_COLD))
        continue;
      brf_routine *c = NULL;
      brf_advice *tmp = NULL;
      if ((st = brf__advice_new(v->env.ctx, &tmp)) != BRF_OK)
        break;
      if ((st = brf_routine_clone(v->env.ctx, v->routine, &c)) != BRF_OK) {
        brf_advice_free(tmp);
        break;
      }
      int done = 0;
      v->env.reasons = tmp;
      if (tier < 3) {
        st = dose_up(v, c, i, k, tier);
        done = st == BRF_OK && fits(v, c);
      } else {
        st = swap_up(v, c, i, &done);
      }
      v->env.reasons = main;
      if (st == BRF_OK && done) {
        *out = c;
        *why = tmp;
      } else {
        brf_routine_free(c);
        brf_advice_free(tmp);
      }
    }
  }
  brf__free(v->env.ctx, idx);
  return st;
}

static brf_status step_down(v2 *v, size_t best, brf_routine **out);

/* One dose step down on the most progressed step (volume first). */
static brf_status regress_one(v2 *v, brf_routine **out) {
  size_t n = brf_routine_step_count(v->routine), best = n;
  int64_t least = -1;
  *out = NULL;
  for (size_t i = 0; i < n; i++) {
    int32_t m = brf_routine_step_modality(v->routine, i);
    const brf_dosage *d = brf_routine_step_dose(v->routine, i);
    size_t f;
    int movable = 0;
    if (m < 0 || m >= BRF_MODALITY_COUNT || !d)
      continue;
    for (size_t k = 0; k < NFIELDS; k++) {
      int64_t lo, hi;
      movable |= fields[k].cap[m] != 0 && brf__dosage_field(d, fields[k].field, &lo, &hi) &&
                 lo > fields[k].floor;
    }
    int64_t rm = room(v->routine, i, 1, &f) + room(v->routine, i, 2, &f);
    if (movable && (least < 0 || rm < least)) {
      least = rm;
      best = i;
    }
  }
  return best == n ? BRF_OK : step_down(v, best, out);
}

/* One dose step down on step best (sets, reps, hold, duration: the first
 * above its floor). */
static brf_status step_down(v2 *v, size_t best, brf_routine **out) {
  *out = NULL;
  int32_t m = brf_routine_step_modality(v->routine, best);
  if (m < 0 || m >= BRF_MODALITY_COUNT || !brf_routine_step_dose(v->routine, best))
    return BRF_OK;
  brf_routine *c = NULL;
  brf_status st = brf_routine_clone(v->env.ctx, v->routine, &c);
  if (st != BRF_OK)
    return st;
  static const size_t down[] = {1, 0, 2, 3}; /* sets, reps, hold, duration */
  int moved = 0;
  for (size_t q = 0; q < NFIELDS; q++) {
    size_t k = down[q];
    int64_t lo, hi;
    if (fields[k].cap[m] == 0 || !brf__dosage_field(brf_routine_step_dose(c, best), fields[k].field, &lo, &hi) ||
        lo <= fields[k].floor)
      continue;
    int64_t nlo = lo - fields[k].step > fields[k].floor ? lo - fields[k].step : fields[k].floor;
    int64_t nhi = hi - fields[k].step > nlo ? hi - fields[k].step : nlo;
    st = set_field(v, c, best, k, nlo, nhi, "regress-dose", BRF__ADAPT_SRC_DOSE_DOWN,
                   BRF__MSG_ADAPTATION_STEP_ONE_STEP_LOWER);
    moved = 1;
    break;
  }
  if (st != BRF_OK || !moved) {
    brf_routine_free(c);
    return st;
  }
  *out = c;
  return BRF_OK;
}

static int same_routine(const brf_routine *a, const brf_routine *b) {
  if (brf_routine_step_count(a) != brf_routine_step_count(b))
    return 0;
  for (size_t i = 0; i < brf_routine_step_count(a); i++)
    if (strcmp(brf_routine_step_exercise_id(a, i), brf_routine_step_exercise_id(b, i)) != 0 ||
        !brf_dosage_equal(brf_routine_step_dose(a, i), brf_routine_step_dose(b, i)))
      return 0;
  return 1;
}

/* A copy of to (the name kept), with a reason; NULL when it is the routine. */
static brf_status back_to(v2 *v, const brf_routine *to, const char *rule, const char *source,
                          int start, brf_routine **out) {
  *out = NULL;
  if (same_routine(to, v->routine))
    return brf__adapt_say(&v->env, "routine-unchanged", BRF_ADVICE_INFO, source,
                          start ? BRF__MSG_ADAPTATION_ALREADY_START
                                : BRF__MSG_ADAPTATION_ALREADY_PREVIOUS,
                          NULL, 0);
  brf_status st = brf_routine_clone(v->env.ctx, to, out);
  if (st == BRF_OK)
    st = brf_routine_set_name(*out, brf_routine_name(v->routine));
  if (st == BRF_OK)
    st = brf__adapt_say(&v->env, rule, BRF_ADVICE_INFO, source,
                        start ? BRF__MSG_ADAPTATION_BACK_START : BRF__MSG_ADAPTATION_BACK_PREVIOUS,
                        NULL, 0);
  return st;
}

static brf_status lower(v2 *v, const char *rule, const char *source, brf_routine **out) {
  if (v->previous)
    return back_to(v, v->previous, rule, source, 0, out);
  return regress_one(v, out);
}

static brf_status flare_plan(v2 *v) {
  return brf__advice_add(v->env.reasons, "flare-up-plan", BRF_ADVICE_CAUTION,
                         brf__msg(&brf__msgs_adapt, brf__ctx_lang(v->env.ctx),
                                  BRF__MSG_ADAPT_FLARE_PLAN),
                         BRF__ADAPT_SRC_FLARE_PLAN);
}


/* After st (when BRF_OK), one reason per held exercise. */
static brf_status held_reasons(v2 *v, brf_status st) {
  for (size_t i = 0; st == BRF_OK && i < brf_routine_step_count(v->routine); i++)
    if (v->held[i])
      st = BRF__ADAPT_SAY(&v->env, "exercise-amber", BRF_ADVICE_INFO, BRF__ADAPT_SRC_EXERCISE,
                          BRF__MSG_ADAPTATION_EXERCISE_AMBER,
                          BRF__ARG_T("exercise", brf_routine_step_exercise_id(v->routine, i)),
                          BRF__ARG_N("pain", v->ex_pain[i]), BRF__ARG_N("mic", BRF__ADAPT_MIC),
                          BRF__ARG_N("baseline", v->baseline));
  return st;
}

/* The rules of "Adaptation v2", in order. */
static brf_status decide(v2 *v, const brf_screen *screen, int32_t *outcome, brf_routine **out) {
  brf_status st = BRF_OK;
  *out = NULL;
  if (screen) {
    int32_t u = brf_screen_outcome(screen);
    if (u == BRF_URGENCY_EMERGENCY || u == BRF_URGENCY_URGENT) {
      *outcome = BRF_ADAPT_REFER;
      return BRF__ADAPT_SAY(&v->env, "red-flag", BRF_ADVICE_WARNING, BRF__ADAPT_SRC_SCREEN,
                            BRF__MSG_ADAPTATION_RED_FLAG,
                            BRF__ARG_T("urgency", brf__adapt_urgency_word(&v->env, u)),
                            BRF__ARG_T("flag", brf__adapt_flag_word(&v->env, brf_screen_positive_at(screen, 0))),
                            BRF__ARG_T("advice", brf__adapt_urgency_advice(&v->env, u)));
    }
  }
  if (v->n == 0) {
    *outcome = BRF_ADAPT_INSUFFICIENT_DATA;
    return BRF__ADAPT_SAY(&v->env, "insufficient-data", BRF_ADVICE_INFO, BRF__ADAPT_SRC_LIGHTS,
                          BRF__MSG_ADAPTATION_INSUFFICIENT_DATA,
                          BRF__ARG_T("routine", brf_routine_name(v->routine)));
  }
  const v2_session *l = &v->s[v->n - 1];
  if (l->peak >= BRF__ADAPT_SEVERE) {
    *outcome = BRF_ADAPT_REFER;
    return BRF__ADAPT_SAY(&v->env, "severe-pain", BRF_ADVICE_WARNING, BRF__ADAPT_SRC_SEVERE,
                          BRF__MSG_ADAPTATION_SEVERE_PAIN, BRF__ARG_N("pain", l->peak));
  }
  for (size_t i = 0; i < brf_routine_step_count(v->routine); i++)
    if (v->ex_pain[i] >= BRF__ADAPT_SEVERE) {
      *outcome = BRF_ADAPT_REFER;
      return BRF__ADAPT_SAY(&v->env, "exercise-severe-pain", BRF_ADVICE_WARNING,
                            BRF__ADAPT_SRC_SEVERE, BRF__MSG_ADAPTATION_EXERCISE_SEVERE,
                            BRF__ARG_N("pain", v->ex_pain[i]),
                            BRF__ARG_T("exercise", brf_routine_step_exercise_id(v->routine, i)));
    }
  int32_t gap = v->today - l->day;
  if (gap >= GAP_STEP_DAYS) {
    *outcome = BRF_ADAPT_RESTART;
    if (gap >= GAP_RESTART_DAYS && v->start) {
      st = BRF__ADAPT_SAY(&v->env, "gap-restart", BRF_ADVICE_INFO, BRF__ADAPT_SRC_GAP,
                          BRF__MSG_ADAPTATION_GAP_RESTART, BRF__ARG_N("gap", gap),
                          BRF__ARG_N("limit", GAP_RESTART_DAYS));
      return st == BRF_OK ? back_to(v, v->start, "restart-doses", BRF__ADAPT_SRC_GAP, 1, out)
                          : st;
    }
    st = BRF__ADAPT_SAY(&v->env, "gap-one-step", BRF_ADVICE_INFO, BRF__ADAPT_SRC_GAP,
                        BRF__MSG_ADAPTATION_GAP_ONE_STEP, BRF__ARG_N("gap", gap),
                        BRF__ARG_N("limit", GAP_STEP_DAYS));
    return st == BRF_OK ? lower(v, "gap-step-down", BRF__ADAPT_SRC_GAP, out) : st;
  }
  int lt = light(v, l);
  if (rising(v) || lt == V2_RED) {
    *outcome = BRF_ADAPT_REGRESS;
    if (rising(v))
      st = BRF__ADAPT_SAY(&v->env, "red-rising", BRF_ADVICE_CAUTION, BRF__ADAPT_SRC_RISING,
                          BRF__MSG_ADAPTATION_RED_RISING, BRF__ARG_N("from", v->s[v->n - 3].peak),
                          BRF__ARG_N("to", l->peak));
    else if (l->after > RED_DURING)
      st = BRF__ADAPT_SAY(&v->env, "red-during", BRF_ADVICE_CAUTION, BRF__ADAPT_SRC_BASELINE,
                          BRF__MSG_ADAPTATION_RED_DURING, BRF__ARG_N("pain", l->after),
                          BRF__ARG_N("limit", RED_DURING));
    else
      st = BRF__ADAPT_SAY(&v->env, "red-next-morning", BRF_ADVICE_CAUTION,
                          BRF__ADAPT_SRC_BASELINE, BRF__MSG_ADAPTATION_RED_NEXT_MORNING,
                          BRF__ARG_N("morning", l->morning), BRF__ARG_N("baseline", v->baseline),
                          BRF__ARG_N("mic", BRF__ADAPT_MIC));
    if (st == BRF_OK)
      st = lower(v, "undo-last-change", BRF__ADAPT_SRC_DOSE_DOWN, out);
    return st == BRF_OK ? flare_plan(v) : st;
  }
  /* An exercise that hurt above 5/10 while the session as a whole did not:
   * that exercise one step lower, the rest as they are. */
  for (size_t i = 0; i < brf_routine_step_count(v->routine); i++) {
    if (v->ex_pain[i] < 0 || exercise_light(v, v->ex_pain[i]) != V2_RED)
      continue;
    const char *id = brf_routine_step_exercise_id(v->routine, i);
    st = BRF__ADAPT_SAY(&v->env, "exercise-red", BRF_ADVICE_CAUTION, BRF__ADAPT_SRC_EXERCISE,
                        BRF__MSG_ADAPTATION_EXERCISE_RED, BRF__ARG_T("exercise", id),
                        BRF__ARG_N("pain", v->ex_pain[i]), BRF__ARG_N("limit", RED_DURING));
    if (st == BRF_OK)
      st = step_down(v, i, out);
    if (st == BRF_OK && *out) {
      *outcome = BRF_ADAPT_REGRESS;
      return BRF_OK;
    }
    *outcome = BRF_ADAPT_HOLD;
    return st == BRF_OK ? BRF__ADAPT_SAY(&v->env, "exercise-at-floor", BRF_ADVICE_CAUTION,
                                         BRF__ADAPT_SRC_EXERCISE,
                                         BRF__MSG_ADAPTATION_EXERCISE_AT_FLOOR,
                                         BRF__ARG_T("exercise", id))
                        : st;
  }
  *outcome = BRF_ADAPT_HOLD;
  if (lt == V2_AMBER)
    return BRF__ADAPT_SAY(&v->env, "amber", BRF_ADVICE_INFO, BRF__ADAPT_SRC_BASELINE,
                          BRF__MSG_ADAPTATION_AMBER, BRF__ARG_N("after", l->after),
                          BRF__ARG_N("baseline", v->baseline), BRF__ARG_N("morning", l->morning));
  if (lt == V2_UNCONFIRMED)
    return BRF__ADAPT_SAY(&v->env, "next-morning-missing", BRF_ADVICE_INFO,
                          BRF__ADAPT_SRC_BASELINE, BRF__MSG_ADAPTATION_NEXT_MORNING_MISSING,
                          BRF__ARG_N("after", l->after));
  /* An exercise whose pain rose during it (amber) is held: not progressed. */
  for (size_t i = 0; i < brf_routine_step_count(v->routine); i++)
    v->held[i] = v->ex_pain[i] >= 0 && exercise_light(v, v->ex_pain[i]) == V2_AMBER;
  /* Earned: 2 green sessions on different days since the last change, 3 days. */
  int32_t days = 0, prev = -1;
  for (size_t i = 0; i < v->n; i++)
    if ((v->last_change < 0 || v->s[i].day > v->last_change) && light(v, &v->s[i]) == V2_GREEN &&
        v->s[i].day != prev) {
      days++;
      prev = v->s[i].day;
    }
  int32_t since = v->last_change < 0 ? EARNED_DAYS : v->today - v->last_change;
  if (days < BRF__ADAPT_GREEN_RUN || since < EARNED_DAYS)
    return held_reasons(v, BRF__ADAPT_SAY(&v->env, "not-earned", BRF_ADVICE_INFO,
                                          BRF__ADAPT_SRC_EARNED, BRF__MSG_ADAPTATION_NOT_EARNED,
                                          BRF__ARG_N("days", days),
                                          BRF__ARG_N("since", since < 0 ? 0 : since)));
  brf_advice *why = NULL;
  st = progress_one(v, out, &why);
  if (st == BRF_OK && *out) {
    *outcome = BRF_ADAPT_PROGRESS;
    st = BRF__ADAPT_SAY(&v->env, "traffic-light-green", BRF_ADVICE_INFO, BRF__ADAPT_SRC_BASELINE,
                        BRF__MSG_ADAPTATION_GREEN, BRF__ARG_N("mic", BRF__ADAPT_MIC),
                        BRF__ARG_N("baseline", v->baseline), BRF__ARG_N("days", days));
    if (st == BRF_OK)
      st = append_all(v->env.reasons, why);
  } else if (st == BRF_OK) {
    st = brf__adapt_say(&v->env, "no-room", BRF_ADVICE_INFO, BRF__ADAPT_SRC_BUDGET,
                        BRF__MSG_ADAPTATION_NO_ROOM, NULL, 0);
  }
  brf_advice_free(why);
  return held_reasons(v, st);
}

brf_status brf_adapt_next(brf_context *ctx, const brf_journal *journal,
                          const brf_routine *routine, const brf_routine *previous,
                          const brf_routine *start, const brf_catalog *catalog,
                          const brf_profile *profile, const brf_screen *screen, int32_t today,
                          int32_t last_change_day, int64_t budget_ms,
                          brf_adapt_suggestion **out) {
  brf__enter(ctx);
  if (out)
    *out = NULL;
  if (!ctx || !journal || !routine || !out)
    return brf__error(ctx, BRF_E_INVALID, "brf_adapt_next: NULL argument");
  if (budget_ms < 0)
    return brf__error(ctx, BRF_E_INVALID, "brf_adapt_next: negative time budget");
  brf_adapt_suggestion *sg = brf__calloc(ctx, 1, sizeof *sg);
  if (!sg)
    return BRF_E_NOMEM;
  sg->ctx = ctx;
  brf__ctx_retain(ctx);
  brf_status st = brf__advice_new(ctx, &sg->reasons);
  v2 v = {{ctx, catalog, profile, sg->reasons}, routine, previous, start, today,
          last_change_day, budget_ms, NULL, 0, -1, NULL, NULL};
  if (st == BRF_OK)
    st = collect(&v, journal);
  if (st == BRF_OK)
    st = exercise_ratings(&v, journal);
  if (st == BRF_OK)
    st = decide(&v, screen, &sg->outcome, &sg->routine);
  brf__free(ctx, v.s);
  brf__free(ctx, v.ex_pain);
  brf__free(ctx, v.held);
  if (st != BRF_OK) {
    brf_adapt_suggestion_free(sg);
    return st == BRF_E_NOMEM ? brf__nomem(ctx) : st;
  }
  *out = sg;
  return BRF_OK;
}
