/* The decision rules of docs/adaptation.md, applied in order; the first
 * that applies gives the outcome and the first reason. */
#include "adapt/adapt_private.h"
#include "adapt/adapt_rules.h"
#include "adapt/adapt_texts.h"


static int routine_is_relief_only(const brf_routine *r) {
  size_t relief = 0;
  for (size_t i = 0; i < brf_routine_step_count(r); i++) {
    if (brf__adapt_step_is_strength(r, i))
      return 0;
    relief += (size_t)brf__adapt_step_is_relief(r, i);
  }
  return relief > 0;
}

/* Red flags answered in the screen. */
static int screen_refers(brf__adapt_env *env, const brf_screen *screen, brf_status *st) {
  int32_t u = brf_screen_outcome(screen);
  *st = BRF_OK;
  if (u == BRF_URGENCY_EMERGENCY || u == BRF_URGENCY_URGENT) {
    *st = BRF__ADAPT_SAY(env, "red-flag", BRF_ADVICE_WARNING, BRF__ADAPT_SRC_SCREEN,
                         BRF__MSG_ADAPTATION_RED_FLAG,
                         BRF__ARG_T("urgency", brf__adapt_urgency_word(env, u)),
                         BRF__ARG_T("flag", brf__adapt_flag_word(env, brf_screen_positive_at(screen, 0))),
                         BRF__ARG_T("advice", brf__adapt_urgency_advice(env, u)));
    return 1;
  }
  if (u == BRF_URGENCY_REVIEW)
    *st = BRF__ADAPT_SAY(env, "red-flag-review", BRF_ADVICE_CAUTION, BRF__ADAPT_SRC_SCREEN,
                         BRF__MSG_ADAPTATION_RED_FLAG_REVIEW,
                         BRF__ARG_T("flag", brf__adapt_flag_word(env, brf_screen_positive_at(screen, 0))),
                         BRF__ARG_T("advice", brf__adapt_urgency_advice(env, u)));
  return 0;
}

static int rising(const brf__session *s, size_t n) {
  if (n < BRF__ADAPT_RISES + 1)
    return 0;
  for (size_t k = n - BRF__ADAPT_RISES; k < n; k++)
    if (s[k].peak <= s[k - 1].peak)
      return 0;
  return 1;
}

/* No meaningful improvement of the pain before sessions over two weeks. */
static int no_improvement(const brf__session *s, size_t n, int32_t *first, int32_t *last) {
  size_t a = n, b = n;
  for (size_t k = 0; k < n && a == n; k++)
    if (s[k].e->pain[BRF_JOURNAL_BEFORE] >= 0)
      a = k;
  for (size_t k = n; k-- > 0 && b == n;)
    if (s[k].e->pain[BRF_JOURNAL_BEFORE] >= 0)
      b = k;
  if (a == n || (int64_t)s[b].e->day - s[a].e->day < BRF__ADAPT_REVIEW_DAYS)
    return 0;
  *first = s[a].e->pain[BRF_JOURNAL_BEFORE];
  *last = s[b].e->pain[BRF_JOURNAL_BEFORE];
  int32_t gain = *first - *last;
  return *first >= BRF__ADAPT_REVIEW_BASE && gain < BRF__ADAPT_MIC && gain * 10 < *first * 3;
}

/* The last GREEN_RUN sessions are green, on as many distinct days. */
static int green_run(const brf__session *s, size_t n) {
  if (n < BRF__ADAPT_GREEN_RUN)
    return 0;
  for (size_t k = n - BRF__ADAPT_GREEN_RUN; k < n; k++) {
    if (s[k].light != BRF__LIGHT_GREEN)
      return 0;
    if (k > n - BRF__ADAPT_GREEN_RUN && s[k].e->day == s[k - 1].e->day)
      return 0;
  }
  return 1;
}

/* Tightness at most 3 in every session of the last 7 days (at least 3 of
 * them, all with low pain) and a journal at least 7 days long. */
static int tightness_stays_low(const brf__session *s, size_t n) {
  int32_t last = s[n - 1].e->day;
  size_t rated = 0;
  if ((int64_t)last - s[0].e->day < BRF__ADAPT_PHASE_DAYS - 1)
    return 0;
  for (size_t k = n; k-- > 0 && (int64_t)last - s[k].e->day < BRF__ADAPT_PHASE_DAYS;) {
    if (s[k].peak > BRF__ADAPT_GREEN_MAX || s[k].tightness > BRF__ADAPT_TIGHT_LOW)
      return 0;
    rated += s[k].tightness >= 0;
  }
  return rated >= BRF__ADAPT_PHASE_SESSIONS;
}

/* Sessions on at least 10 of the last 14 days, all with low pain. */
static int daily_with_low_pain(const brf__session *s, size_t n, size_t *days_out) {
  int32_t last = s[n - 1].e->day;
  size_t days = 0;
  int32_t prev_day = last + 1;
  if ((int64_t)last - s[0].e->day < BRF__ADAPT_TAPER_DAYS - 1)
    return 0;
  for (size_t k = n; k-- > 0 && (int64_t)last - s[k].e->day < BRF__ADAPT_TAPER_DAYS;) {
    if (s[k].peak > BRF__ADAPT_GREEN_MAX || s[k].light == BRF__LIGHT_RED)
      return 0;
    days += s[k].e->day != prev_day;
    prev_day = s[k].e->day;
  }
  *days_out = days;
  return days >= BRF__ADAPT_TAPER_ACTIVE_DAYS;
}

static brf_status decide_refer(brf__adapt_env *env, const brf__session *s, size_t n,
                               int32_t *outcome) {
  const brf__session *l = &s[n - 1];
  int32_t first = 0, last = 0;
  int32_t morning = l->e->pain[BRF_JOURNAL_NEXT_MORNING];
  int32_t after = l->e->pain[BRF_JOURNAL_AFTER];
  *outcome = BRF_ADAPT_REFER;
  if (after >= BRF__ADAPT_SEVERE || morning >= BRF__ADAPT_SEVERE)
    return BRF__ADAPT_SAY(env, "severe-pain", BRF_ADVICE_WARNING, BRF__ADAPT_SRC_SEVERE,
                          BRF__MSG_ADAPTATION_SEVERE_PAIN, BRF__ARG_N("pain", l->peak));
  if (rising(s, n))
    return BRF__ADAPT_SAY(env, "pain-keeps-rising", BRF_ADVICE_WARNING, BRF__ADAPT_SRC_RISING,
                          BRF__MSG_ADAPTATION_PAIN_KEEPS_RISING, BRF__ARG_N("count", BRF__ADAPT_RISES),
                          BRF__ARG_N("from", s[n - 1 - BRF__ADAPT_RISES].peak),
                          BRF__ARG_N("to", l->peak));
  if (no_improvement(s, n, &first, &last))
    return BRF__ADAPT_SAY(env, "no-improvement", BRF_ADVICE_WARNING, BRF__ADAPT_SRC_REVIEW,
                          BRF__MSG_ADAPTATION_NO_IMPROVEMENT, BRF__ARG_N("from", first),
                          BRF__ARG_N("to", last), BRF__ARG_N("days", BRF__ADAPT_REVIEW_DAYS));
  *outcome = -1;
  return BRF_OK;
}

static brf_status decide_lights(brf__adapt_env *env, const brf__session *s, size_t n,
                                int32_t *outcome) {
  const brf__session *l = &s[n - 1];
  if (n >= 2 && l->peak > BRF__ADAPT_AMBER_MAX && l->peak >= s[n - 2].peak + BRF__ADAPT_MIC) {
    *outcome = BRF_ADAPT_FLARE_UP;
    return BRF__ADAPT_SAY(env, "flare-up", BRF_ADVICE_WARNING, BRF__ADAPT_SRC_FLARE,
                          BRF__MSG_ADAPTATION_FLARE_UP, BRF__ARG_N("pain", l->peak),
                          BRF__ARG_N("before", s[n - 2].peak));
  }
  *outcome = l->light == BRF__LIGHT_RED ? BRF_ADAPT_REGRESS : BRF_ADAPT_HOLD;
  if (l->light == BRF__LIGHT_RED)
    return BRF__ADAPT_SAY(env, "traffic-light-red", BRF_ADVICE_CAUTION, BRF__ADAPT_SRC_LIGHTS,
                          BRF__MSG_ADAPTATION_LIGHT_RED, BRF__ARG_N("after", l->e->pain[1]),
                          BRF__ARG_N("morning", l->e->pain[2]), BRF__ARG_N("before", l->e->pain[0]));
  if (l->light == BRF__LIGHT_AMBER)
    return BRF__ADAPT_SAY(env, "traffic-light-amber", BRF_ADVICE_INFO, BRF__ADAPT_SRC_LIGHTS,
                          BRF__MSG_ADAPTATION_LIGHT_AMBER, BRF__ARG_N("after", l->e->pain[1]));
  if (l->light == BRF__LIGHT_UNCONFIRMED)
    return BRF__ADAPT_SAY(env, "next-morning-missing", BRF_ADVICE_INFO, BRF__ADAPT_SRC_LIGHTS,
                          BRF__MSG_ADAPTATION_NEXT_MORNING_MISSING,
                          BRF__ARG_N("after", l->e->pain[1]));
  if (!green_run(s, n))
    return BRF__ADAPT_SAY(env, "green-once", BRF_ADVICE_INFO, BRF__ADAPT_SRC_LIGHTS,
                          BRF__MSG_ADAPTATION_GREEN_ONCE, BRF__ARG_N("count", BRF__ADAPT_GREEN_RUN));
  *outcome = -1;
  return BRF_OK;
}

static brf_status decide_green(brf__adapt_env *env, const brf__session *s, size_t n,
                               const brf_routine *r, int32_t *outcome) {
  size_t days = 0;
  if (routine_is_relief_only(r) && tightness_stays_low(s, n)) {
    *outcome = BRF_ADAPT_ADVANCE_PHASE;
    return BRF__ADAPT_SAY(env, "phase-advance", BRF_ADVICE_INFO, BRF__ADAPT_SRC_PHASE,
                          BRF__MSG_ADAPTATION_PHASE_ADVANCE,
                          BRF__ARG_N("tightness", BRF__ADAPT_TIGHT_LOW),
                          BRF__ARG_N("days", BRF__ADAPT_PHASE_DAYS));
  }
  if (brf__adapt_taper_applies(r) && daily_with_low_pain(s, n, &days)) {
    *outcome = BRF_ADAPT_TAPER;
    return BRF__ADAPT_SAY(env, "taper", BRF_ADVICE_INFO, BRF__ADAPT_SRC_TAPER,
                          BRF__MSG_ADAPTATION_TAPER, BRF__ARG_N("active", days),
                          BRF__ARG_N("days", BRF__ADAPT_TAPER_DAYS));
  }
  *outcome = BRF_ADAPT_PROGRESS;
  return BRF__ADAPT_SAY(env, "traffic-light-green", BRF_ADVICE_INFO, BRF__ADAPT_SRC_LIGHTS,
                        BRF__MSG_ADAPTATION_LIGHT_GREEN, BRF__ARG_N("count", BRF__ADAPT_GREEN_RUN));
}

brf_status brf__adapt_decide(brf__adapt_env *env, const brf__session *s, size_t n,
                             const brf_routine *r, const brf_screen *screen,
                             int32_t *outcome) {
  brf_status st = BRF_OK;
  if (screen && screen_refers(env, screen, &st)) {
    *outcome = BRF_ADAPT_REFER;
    return st;
  }
  if (st != BRF_OK)
    return st;
  if (n == 0) {
    *outcome = BRF_ADAPT_INSUFFICIENT_DATA;
    return BRF__ADAPT_SAY(env, "insufficient-data", BRF_ADVICE_INFO, BRF__ADAPT_SRC_LIGHTS,
                          BRF__MSG_ADAPTATION_INSUFFICIENT_DATA,
                          BRF__ARG_T("routine", brf_routine_name(r)));
  }
  if ((st = decide_refer(env, s, n, outcome)) != BRF_OK || *outcome >= 0)
    return st;
  if ((st = decide_lights(env, s, n, outcome)) != BRF_OK || *outcome >= 0)
    return st;
  return decide_green(env, s, n, r, outcome);
}
