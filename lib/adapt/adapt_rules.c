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
    *st = brf__adapt_reason(env, "red-flag", BRF_ADVICE_WARNING, BRF__ADAPT_SRC_SCREEN,
                            "red flag answered yes (%s, %s): %s", brf_urgency_name(u),
                            brf_screen_positive_at(screen, 0), brf_urgency_advice(u));
    return 1;
  }
  if (u == BRF_URGENCY_REVIEW)
    *st = brf__adapt_reason(env, "red-flag-review", BRF_ADVICE_CAUTION, BRF__ADAPT_SRC_SCREEN,
                            "warning sign answered yes (%s): %s",
                            brf_screen_positive_at(screen, 0), brf_urgency_advice(u));
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
    return brf__adapt_reason(env, "severe-pain", BRF_ADVICE_WARNING, BRF__ADAPT_SRC_SEVERE,
                             "severe pain (%d/10) in the last session: stop and see a clinician",
                             (int)l->peak);
  if (rising(s, n))
    return brf__adapt_reason(env, "pain-keeps-rising", BRF_ADVICE_WARNING, BRF__ADAPT_SRC_RISING,
                             "pain rose in each of the last %d sessions (%d/10 -> %d/10): stop "
                             "and see a clinician",
                             BRF__ADAPT_RISES, (int)s[n - 1 - BRF__ADAPT_RISES].peak,
                             (int)l->peak);
  if (no_improvement(s, n, &first, &last))
    return brf__adapt_reason(env, "no-improvement", BRF_ADVICE_WARNING, BRF__ADAPT_SRC_REVIEW,
                             "pain before sessions went from %d/10 to %d/10 in %d days or "
                             "more, less than a meaningful change: see a clinician",
                             (int)first, (int)last, BRF__ADAPT_REVIEW_DAYS);
  *outcome = -1;
  return BRF_OK;
}

static brf_status decide_lights(brf__adapt_env *env, const brf__session *s, size_t n,
                                int32_t *outcome) {
  const brf__session *l = &s[n - 1];
  if (n >= 2 && l->peak > BRF__ADAPT_AMBER_MAX && l->peak >= s[n - 2].peak + BRF__ADAPT_MIC) {
    *outcome = BRF_ADAPT_FLARE_UP;
    return brf__adapt_reason(env, "flare-up", BRF_ADVICE_WARNING, BRF__ADAPT_SRC_FLARE,
                             "sudden rise of pain: %d/10 after %d/10 the session before; "
                             "rest about 48 h, then easier relief work",
                             (int)l->peak, (int)s[n - 2].peak);
  }
  *outcome = l->light == BRF__LIGHT_RED ? BRF_ADAPT_REGRESS : BRF_ADAPT_HOLD;
  if (l->light == BRF__LIGHT_RED)
    return brf__adapt_reason(env, "traffic-light-red", BRF_ADVICE_CAUTION, BRF__ADAPT_SRC_LIGHTS,
                             "red: pain %d/10 right after, next morning %d/10 against %d/10 "
                             "before (above 5, or not settled by the next morning)",
                             (int)l->e->pain[1], (int)l->e->pain[2], (int)l->e->pain[0]);
  if (l->light == BRF__LIGHT_AMBER)
    return brf__adapt_reason(env, "traffic-light-amber", BRF_ADVICE_INFO, BRF__ADAPT_SRC_LIGHTS,
                             "amber: pain %d/10 right after (4-5): repeat the same dose after "
                             "about 48 h; progress after a green response",
                             (int)l->e->pain[1]);
  if (l->light == BRF__LIGHT_UNCONFIRMED)
    return brf__adapt_reason(env, "next-morning-missing", BRF_ADVICE_INFO, BRF__ADAPT_SRC_LIGHTS,
                             "pain %d/10 right after, but no pain before or next morning "
                             "recorded: keep the dose until the next morning is known",
                             (int)l->e->pain[1]);
  if (!green_run(s, n))
    return brf__adapt_reason(env, "green-once", BRF_ADVICE_INFO, BRF__ADAPT_SRC_LIGHTS,
                             "green, but not yet %d green sessions on different days: keep "
                             "the dose",
                             BRF__ADAPT_GREEN_RUN);
  *outcome = -1;
  return BRF_OK;
}

static brf_status decide_green(brf__adapt_env *env, const brf__session *s, size_t n,
                               const brf_routine *r, int32_t *outcome) {
  size_t days = 0;
  if (routine_is_relief_only(r) && tightness_stays_low(s, n)) {
    *outcome = BRF_ADAPT_ADVANCE_PHASE;
    return brf__adapt_reason(env, "phase-advance", BRF_ADVICE_INFO, BRF__ADAPT_SRC_PHASE,
                             "tightness at most %d/10 in every session of the last %d days: "
                             "add strengthening (every other day), keep the relief work",
                             BRF__ADAPT_TIGHT_LOW, BRF__ADAPT_PHASE_DAYS);
  }
  if (brf__adapt_taper_applies(r) && daily_with_low_pain(s, n, &days)) {
    *outcome = BRF_ADAPT_TAPER;
    return brf__adapt_reason(env, "taper", BRF_ADVICE_INFO, BRF__ADAPT_SRC_TAPER,
                             "sessions on %zu of the last %d days with low pain: taper the "
                             "relief work to 2-3 times a week",
                             days, BRF__ADAPT_TAPER_DAYS);
  }
  *outcome = BRF_ADAPT_PROGRESS;
  return brf__adapt_reason(env, "traffic-light-green", BRF_ADVICE_INFO, BRF__ADAPT_SRC_LIGHTS,
                           "green: pain at most 3/10 right after and no rise the next morning "
                           "in the last %d sessions: progress a little",
                           BRF__ADAPT_GREEN_RUN);
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
    return brf__adapt_reason(env, "insufficient-data", BRF_ADVICE_INFO, BRF__ADAPT_SRC_LIGHTS,
                             "no session of \"%s\" with pain right after recorded yet",
                             brf_routine_name(r));
  }
  if ((st = decide_refer(env, s, n, outcome)) != BRF_OK || *outcome >= 0)
    return st;
  if ((st = decide_lights(env, s, n, outcome)) != BRF_OK || *outcome >= 0)
    return st;
  return decide_green(env, s, n, r, outcome);
}
