/* Programmes: a routine whose steps each keep their own frequency, taper,
 * window and trigger; the steps due together become one session (rules G1-G6
 * of docs/schedules.md, "Programmes"). */
#include <stdlib.h>
#include <string.h>

#include "backrelief/calendar.h"
#include "internal/dosage.h"
#include "schedule/schedule_private.h"

static const int32_t freq_fields[] = {BRF_DOSE_PER_DAY, BRF_DOSE_PER_WEEK, BRF_DOSE_INTERVAL_MS,
                                      BRF_DOSE_WINDOW_MS};

void brf__schedule_steps_free(brf_context *ctx, brf__sched_item *it) {
  if (!it->steps) return;
  for (size_t k = 0; k < it->step_count; k++) brf_dosage_free(it->steps[k].frequency);
  brf__free(ctx, it->steps);
  it->steps = NULL;
  it->step_count = 0;
}

/* The frequency fields of a step's dose (rule G1), in a new dosage. */
static brf_status step_frequency(brf_context *ctx, const brf_dosage *dose, brf_dosage **out) {
  brf_status st = brf_dosage_new(ctx, out);
  for (size_t i = 0; st == BRF_OK && dose && i < sizeof freq_fields / sizeof freq_fields[0];
       i++) {
    int64_t lo, hi;
    if (brf__dosage_field(dose, freq_fields[i], &lo, &hi))
      st = brf_dosage_set(*out, freq_fields[i], lo, hi);
  }
  return st;
}

brf_status brf_schedule_add_programme(brf_schedule *s, const brf_routine *r, size_t *out_index) {
  BRF__ENTER_OBJ(s);
  if (!s || !r) return s ? brf__error(s->ctx, BRF_E_INVALID, "schedule: NULL routine")
                         : BRF_E_INVALID;
  size_t n = brf_routine_step_count(r);
  if (n > BRF__SCHED_PROGRAMME_STEPS_MAX)
    return brf__error(s->ctx, BRF_E_RANGE, "schedule programme: %zu steps, at most %d", n,
                      BRF__SCHED_PROGRAMME_STEPS_MAX);
  if (n == 0) return brf__error(s->ctx, BRF_E_INVALID, "schedule item: the routine has no steps");
  brf__sched_step *steps = brf__calloc(s->ctx, n, sizeof *steps);
  if (!steps) return BRF_E_NOMEM;
  brf_status st = BRF_OK;
  for (size_t k = 0; k < n && st == BRF_OK; k++) {
    const brf_dosage *dose = brf_routine_step_dose(r, k);
    int64_t lo = 0, hi = 0;
    st = step_frequency(s->ctx, dose, &steps[k].frequency);
    steps[k].strength = brf_routine_step_modality(r, k) == BRF_MODALITY_STRENGTH ||
                        brf_routine_step_phase(r, k) == BRF_PHASE_STRENGTHEN;
    if (st == BRF_OK && dose &&
        brf_dosage_estimate_for_modality_ms(dose, brf_routine_step_modality(r, k), &lo, &hi) ==
            BRF_OK)
      steps[k].duration_ms = hi;
  }
  brf_dosage *f = NULL;
  brf_routine *copy = NULL;
  if (st == BRF_OK) st = brf_dosage_new(s->ctx, &f);
  if (st == BRF_OK) st = brf_routine_clone(s->ctx, r, &copy);
  if (st != BRF_OK) {
    brf__sched_item tmp = {0};
    tmp.steps = steps;
    tmp.step_count = n;
    brf__schedule_steps_free(s->ctx, &tmp);
    brf_dosage_free(f);
    brf_routine_free(copy);
    return st;
  }
  size_t index = 0;
  st = brf__schedule_adopt(s, copy, f, BRF_SCHEDULE_KIND_PROGRAMME, &index);
  if (st != BRF_OK) {
    brf__sched_item tmp = {0};
    tmp.steps = steps;
    tmp.step_count = n;
    brf__schedule_steps_free(s->ctx, &tmp);
    return st;
  }
  s->items[index].steps = steps;
  s->items[index].step_count = n;
  if (out_index) *out_index = index;
  return BRF_OK;
}

/* The step for a setter, or NULL with the status in *st. */
static brf__sched_step *step_for(brf_schedule *s, size_t item, size_t step, brf_status *st) {
  if (!s) {
    *st = BRF_E_INVALID;
    return NULL;
  }
  if (item >= s->item_count) {
    *st = brf__error(s->ctx, BRF_E_RANGE, "schedule item %zu: the schedule has %zu items", item,
                     s->item_count);
    return NULL;
  }
  brf__sched_item *it = &s->items[item];
  if (!it->steps) {
    *st = brf__error(s->ctx, BRF_E_INVALID, "schedule item %zu is not a programme", item);
    return NULL;
  }
  if (step >= it->step_count) {
    *st = brf__error(s->ctx, BRF_E_RANGE, "schedule item %zu: step %zu of %zu", item, step,
                     it->step_count);
    return NULL;
  }
  *st = BRF_OK;
  s->generated = 0;
  return &it->steps[step];
}

brf_status brf_schedule_step_set_taper(brf_schedule *s, size_t item, size_t step,
                                       int32_t daily_weeks, int32_t min_per_week,
                                       int32_t max_per_week) {
  BRF__ENTER_OBJ(s);
  brf_status st;
  brf__sched_step *p = step_for(s, item, step, &st);
  if (!p) return st;
  if (daily_weeks < 0 || daily_weeks > BRF_SCHEDULE_WEEKS_MAX ||
      (daily_weeks > 0 && (min_per_week < 1 || min_per_week > 7 ||
                           max_per_week < min_per_week || max_per_week > 7)))
    return brf__error(s->ctx, BRF_E_RANGE,
                      "schedule step %zu: taper %d weeks, %d-%d days a week out of range", step,
                      (int)daily_weeks, (int)min_per_week, (int)max_per_week);
  p->taper_weeks = daily_weeks;
  p->taper_min = daily_weeks ? min_per_week : 0;
  p->taper_max = daily_weeks ? max_per_week : 0;
  return BRF_OK;
}

brf_status brf_schedule_step_set_after_weekdays(brf_schedule *s, size_t item, size_t step,
                                                uint32_t mask) {
  BRF__ENTER_OBJ(s);
  brf_status st;
  brf__sched_step *p = step_for(s, item, step, &st);
  if (!p) return st;
  if (mask & ~(uint32_t)0x7f)
    return brf__error(s->ctx, BRF_E_INVALID, "schedule step %zu: weekday mask 0x%x", step,
                      (unsigned)mask);
  p->after_weekdays = mask;
  return BRF_OK;
}

/* ---- generation (rules G1-G6) ---- */

static int has_field(const brf_dosage *d, int32_t field) {
  int64_t lo, hi;
  return brf__dosage_field(d, field, &lo, &hi);
}

/* Rule G3: an interval under a day makes a step's own small sessions. */
static int is_frequent(const brf__sched_step *p) {
  int64_t lo, hi;
  return brf__dosage_field(p->frequency, BRF_DOSE_INTERVAL_MS, &lo, &hi) &&
         hi < BRF__SCHED_DAY_MS;
}

static int popcount7(uint32_t m) {
  int n = 0;
  for (int i = 0; i < 7; i++) n += (m >> i) & 1;
  return n;
}

/* Rule G5: the checks that a step's rhythm can be met. */
static brf_status check_step(const brf_schedule *s, const brf__sched_item *it, size_t k) {
  const brf__sched_step *p = &it->steps[k];
  const char *name = brf_routine_step_name(it->routine, k);
  int64_t lo, hi;
  if (has_field(p->frequency, BRF_DOSE_WINDOW_MS) && !it->has_window)
    return brf__error(s->ctx, BRF_E_STATE,
                      "schedule: step %zu (%s) lasts a window after an onset ('for ...') but "
                      "the programme has no onset (brf_schedule_item_set_window)",
                      k + 1, name);
  int32_t per_week = 0;
  if (brf__dosage_field(p->frequency, BRF_DOSE_PER_WEEK, &lo, &hi)) per_week = (int32_t)hi;
  if (p->taper_weeks > 0 && p->taper_max > per_week) per_week = p->taper_max;
  int open = 7 - popcount7(s->rest_weekdays);
  if (it->weekdays) open = popcount7(it->weekdays & ~s->rest_weekdays);
  if (per_week > open)
    return brf__error(s->ctx, BRF_E_RANGE,
                      "schedule: step %zu (%s) wants %d days a week but only %d weekdays are "
                      "open",
                      k + 1, name, (int)per_week, open);
  if ((p->strength || it->spacing == BRF_SPACING_NOT_CONSECUTIVE) && per_week > 3)
    return brf__error(s->ctx, BRF_E_RANGE,
                      "schedule: step %zu (%s) wants %d days a week, more than 3 cannot keep "
                      "a rest day between sessions every week",
                      k + 1, name, (int)per_week);
  return BRF_OK;
}

/* Rule G7: a strength step whose dose has no rhythm of its own (no
 * frequency, taper or trigger) is every other day, the seeds' rhythm for
 * strengthening, rather than a follower of the routine's main rhythm (G2). */
static int strength_without_rhythm(const brf__sched_step *p) {
  return p->strength && brf_dosage_is_empty(p->frequency) && !p->taper_weeks &&
         !p->after_weekdays;
}

/* Rule G2: a step without a rhythm follows the routine's most frequent step. */
static int is_follower(const brf__sched_step *p) {
  return brf_dosage_is_empty(p->frequency) && !p->taper_weeks && !p->after_weekdays &&
         !p->strength;
}

/* The item a step is generated as (rule G2); eod: "every other day", for G7. */
static void step_item(const brf__sched_item *it, const brf__sched_step *p, brf_dosage *eod,
                      brf__sched_item *out) {
  *out = *it;
  out->steps = NULL;
  out->step_count = 0;
  out->frequency = strength_without_rhythm(p) ? eod : p->frequency;
  out->taper_weeks = p->taper_weeks;
  out->taper_min = p->taper_min;
  out->taper_max = p->taper_max;
  out->after_weekdays = p->after_weekdays;
  if (p->strength) out->spacing = BRF_SPACING_NOT_CONSECUTIVE;
  out->has_window = it->has_window && has_field(p->frequency, BRF_DOSE_WINDOW_MS);
}

typedef struct entry {
  int32_t day, minute, track;
  uint64_t steps;
} entry;

static int entry_cmp(const void *a, const void *b) {
  const entry *x = a, *y = b;
  if (x->day != y->day) return x->day < y->day ? -1 : 1;
  if (x->minute != y->minute) return x->minute < y->minute ? -1 : 1;
  if (x->track != y->track) return x->track < y->track ? -1 : 1;
  return 0;
}

/* ---- rule G7: strength steps share their days ---- */

/* A strength step that takes part in G7: not frequent (G3), not windowed. */
static int shares_strength_days(const brf__sched_item *one, const brf__sched_step *p) {
  return p->strength && !is_frequent(p) && !one->has_window;
}

/* The distinct days of sessions t[0..n) (in day order), into days. */
static size_t distinct_days(const brf__sched_session *t, size_t n, int32_t *days) {
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (m == 0 || days[m - 1] != t[i].day) days[m++] = t[i].day;
  return m;
}

/* Move the sessions t[0..*n) of a strength step onto the strength days
 * sd[0..sn) (ascending): a day that is one stays; any other moves to the
 * nearest strength day of the same schedule week that the step does not use
 * yet (ties: the later day), or is left out when there is none. used is
 * scratch of sn flags. */
static void onto_strength_days(const brf_schedule *s, brf__sched_session *t, size_t *n,
                               const int32_t *sd, size_t sn, unsigned char *used) {
  if (sn == 0) { /* no strength day at all: nothing of the step fits */
    *n = 0;
    return;
  }
  memset(used, 0, sn);
  for (size_t i = 0; i < *n; i++)
    for (size_t j = 0; j < sn; j++)
      if (sd[j] == t[i].day) used[j] = 1;
  size_t m = 0;
  int32_t from = INT32_MIN, to = INT32_MIN;
  for (size_t i = 0; i < *n; i++) {
    int32_t day = t[i].day;
    if (day != from) { /* a new day of the step: where does it go? */
      from = day;
      to = INT32_MIN;
      int stays = 0;
      for (size_t j = 0; j < sn && !stays; j++) stays = sd[j] == day;
      if (stays) {
        to = day;
      } else {
        int32_t week = (day - s->start) / 7;
        long best = -1;
        for (size_t j = 0; j < sn; j++) {
          if (used[j] || (sd[j] - s->start) / 7 != week) continue;
          int32_t dist = sd[j] > day ? sd[j] - day : day - sd[j];
          int32_t best_dist = best < 0 ? INT32_MAX
                                       : (sd[best] > day ? sd[best] - day : day - sd[best]);
          if (dist <= best_dist) best = (long)j; /* ascending: a tie takes the later */
        }
        if (best >= 0) {
          used[best] = 1;
          to = sd[best];
        }
      }
    }
    if (to == INT32_MIN) continue; /* no strength day left in its week */
    t[m] = t[i];
    t[m].day = to;
    m++;
  }
  *n = m;
}

brf_status brf__schedule_programme_sessions(const brf_schedule *s, uint32_t item,
                                            brf__sched_session **v, size_t *n, size_t *cap) {
  const brf__sched_item *it = &s->items[item];
  brf_status st = BRF_OK;
  for (size_t k = 0; k < it->step_count && st == BRF_OK; k++) st = check_step(s, it, k);
  if (st != BRF_OK) return st;
  entry *e = NULL;
  size_t en = 0, ecap = 0;
  long leader = -1;
  size_t leader_days = 0;
  brf__sched_session *tmp = NULL;
  size_t tn = 0, tcap = 0;
  int32_t *sd = NULL; /* rule G7: the strength days, ascending */
  size_t sn = 0;
  unsigned char *used = NULL;
  brf_dosage *eod = NULL;
  st = brf_dosage_new(s->ctx, &eod);
  if (st == BRF_OK)
    st = brf_dosage_set(eod, BRF_DOSE_INTERVAL_MS, 2 * BRF__SCHED_DAY_MS, 2 * BRF__SCHED_DAY_MS);
  /* Rule G7: the strength days are the days of the strength step with the
   * most of them (ties: the earlier step). */
  long strength_leader = -1;
  for (size_t k = 0; k < it->step_count && st == BRF_OK; k++) {
    const brf__sched_step *p = &it->steps[k];
    brf__sched_item one;
    step_item(it, p, eod, &one);
    if (!shares_strength_days(&one, p)) continue;
    tn = 0;
    st = brf__schedule_item_days(s, &one, item, &tmp, &tn, &tcap);
    if (st != BRF_OK) break;
    int32_t *days = tn ? brf__calloc(s->ctx, tn, sizeof *days) : NULL;
    if (tn && !days) {
      st = BRF_E_NOMEM;
      break;
    }
    size_t dn = distinct_days(tmp, tn, days);
    if (strength_leader < 0 || dn > sn) {
      brf__free(s->ctx, sd);
      sd = days;
      sn = dn;
      strength_leader = (long)k;
    } else {
      brf__free(s->ctx, days);
    }
  }
  if (st == BRF_OK && sn) {
    used = brf__calloc(s->ctx, sn, 1);
    if (!used) st = BRF_E_NOMEM;
  }
  /* Each step's own sessions, then the followers (rule G2). */
  for (size_t k = 0; k < it->step_count && st == BRF_OK; k++) {
    const brf__sched_step *p = &it->steps[k];
    if (is_follower(p)) continue;
    brf__sched_item one;
    step_item(it, p, eod, &one);
    tn = 0;
    st = brf__schedule_item_days(s, &one, item, &tmp, &tn, &tcap);
    if (st != BRF_OK) break;
    if (shares_strength_days(&one, p) && (long)k != strength_leader)
      onto_strength_days(s, tmp, &tn, sd, sn, used);
    int frequent = is_frequent(p);
    if (!frequent && !one.has_window && tn > leader_days) {
      leader = (long)k;
      leader_days = tn;
    }
    void *ev = e;
    st = brf__grow(s->ctx, &ev, &ecap, en + tn, sizeof *e);
    if (st != BRF_OK) break;
    e = ev;
    for (size_t i = 0; i < tn; i++)
      e[en++] = (entry){tmp[i].day, tmp[i].minute, frequent, (uint64_t)1 << k};
  }
  /* Rule G2: steps without a frequency follow the most frequent step's days
   * (at the first time), or are daily without one. */
  uint64_t followers = 0;
  for (size_t k = 0; k < it->step_count; k++)
    if (is_follower(&it->steps[k])) followers |= (uint64_t)1 << k;
  if (st == BRF_OK && followers) {
    brf__sched_item one;
    if (leader >= 0) step_item(it, &it->steps[leader], eod, &one);
    else {
      size_t f = 0;
      while (!(followers & ((uint64_t)1 << f))) f++;
      step_item(it, &it->steps[f], eod, &one);
    }
    tn = 0;
    st = brf__schedule_item_days(s, &one, item, &tmp, &tn, &tcap);
    if (st == BRF_OK && leader >= 0 && shares_strength_days(&one, &it->steps[leader]) &&
        leader != strength_leader)
      onto_strength_days(s, tmp, &tn, sd, sn, used); /* the leader's days as laid out */
    if (st == BRF_OK) {
      void *ev = e;
      st = brf__grow(s->ctx, &ev, &ecap, en + tn, sizeof *e);
      if (st == BRF_OK) e = ev;
    }
    int32_t last_day = INT32_MIN;
    for (size_t i = 0; st == BRF_OK && i < tn; i++) {
      if (tmp[i].day == last_day) continue; /* once a day */
      last_day = tmp[i].day;
      e[en++] = (entry){tmp[i].day, it->first_time, 0, followers};
    }
  }
  brf__free(s->ctx, tmp);
  brf__free(s->ctx, sd);
  brf__free(s->ctx, used);
  brf_dosage_free(eod);
  if (st != BRF_OK) {
    brf__free(s->ctx, e);
    return st;
  }
  /* Rule G3/G4: one session per day, time and track. */
  if (en > 1) qsort(e, en, sizeof *e, entry_cmp);
  size_t m = 0;
  for (size_t i = 0; i < en; i++) {
    if (m > 0 && entry_cmp(&e[m - 1], &e[i]) == 0) e[m - 1].steps |= e[i].steps;
    else e[m++] = e[i];
  }
  if (m > BRF_SCHEDULE_SESSIONS_MAX - *n) st = brf__error(s->ctx, BRF_E_RANGE,
                                                          "schedule: more than %d sessions",
                                                          BRF_SCHEDULE_SESSIONS_MAX);
  void *vv = *v;
  if (st == BRF_OK) st = brf__grow(s->ctx, &vv, cap, *n + m, sizeof(brf__sched_session));
  if (st == BRF_OK) {
    *v = vv;
    for (size_t i = 0; i < m; i++) {
      brf__sched_session *x = &(*v)[(*n)++];
      x->day = e[i].day;
      x->minute = e[i].minute;
      x->item = item;
      x->occurrence = (uint32_t)i;
      x->steps = e[i].steps;
    }
  }
  brf__free(s->ctx, e);
  return st;
}

/* ---- the steps of a session ---- */

static const brf__sched_session *session_at(const brf_schedule *s, size_t index) {
  if (!s || !s->generated || index >= s->session_count) return NULL;
  return &s->sessions[index];
}

size_t brf_schedule_session_step_count(const brf_schedule *s, size_t index) {
  const brf__sched_session *x = session_at(s, index);
  if (!x) return 0;
  if (!x->steps) return brf_routine_step_count(s->items[x->item].routine);
  size_t c = 0;
  for (uint64_t m = x->steps; m; m &= m - 1) c++;
  return c;
}

size_t brf_schedule_session_step(const brf_schedule *s, size_t index, size_t k) {
  const brf__sched_session *x = session_at(s, index);
  if (!x) return SIZE_MAX;
  if (!x->steps) return k < brf_routine_step_count(s->items[x->item].routine) ? k : SIZE_MAX;
  for (size_t b = 0; b < 64; b++)
    if (x->steps & ((uint64_t)1 << b)) {
      if (k == 0) return b;
      k--;
    }
  return SIZE_MAX;
}

const char *brf_schedule_session_exercise_id(const brf_schedule *s, size_t index, size_t k) {
  size_t step = brf_schedule_session_step(s, index, k);
  return step == SIZE_MAX ? NULL : brf_routine_step_exercise_id(s->items[s->sessions[index].item].routine, step);
}

/* ---- today's session ---- */

brf_status brf_schedule_routine_for_day(brf_context *ctx, const brf_schedule *s, size_t item,
                                        int32_t day, brf_routine **out) {
  brf__enter(ctx);
  if (out) *out = NULL;
  if (!ctx || !s || !out)
    return brf__error(ctx, BRF_E_INVALID, "brf_schedule_routine_for_day: NULL argument");
  if (!s->generated)
    return brf__error(ctx, BRF_E_STATE, "schedule: generate the sessions before reading a day");
  if (item >= s->item_count)
    return brf__error(ctx, BRF_E_RANGE, "schedule item %zu: the schedule has %zu items", item,
                      s->item_count);
  char date[16];
  if (brf_date_format(day, date, sizeof date, NULL) != BRF_OK) date[0] = '\0';
  if (day < s->start || day >= s->start + 7 * s->weeks)
    return brf__error(ctx, BRF_E_RANGE, "schedule: %s is outside the schedule (%d weeks from "
                                        "its start)",
                      date[0] ? date : "the date", (int)s->weeks);
  const brf__sched_item *it = &s->items[item];
  uint64_t mask = 0;
  int any = 0, all = 0;
  for (size_t i = 0; i < s->session_count; i++) {
    const brf__sched_session *x = &s->sessions[i];
    if (x->day != day || x->item != item) continue;
    any = 1;
    if (!x->steps) all = 1;
    mask |= x->steps;
  }
  if (!any)
    return brf__error(ctx, BRF_E_NOT_FOUND, "schedule: nothing of \"%s\" is due on %s",
                      brf__schedule_title(s, item), date);
  brf_routine *r = NULL;
  brf_status st = brf_routine_clone(ctx, it->routine, &r);
  for (size_t k = brf_routine_step_count(it->routine); st == BRF_OK && !all && k-- > 0;)
    if (!(mask & ((uint64_t)1 << k))) st = brf_routine_remove(r, k);
  if (st != BRF_OK) {
    brf_routine_free(r);
    return st;
  }
  *out = r;
  return BRF_OK;
}
