/* Generation: the rules that turn items and options into dated sessions.
 * Each rule is numbered as in docs/schedules.md, where its source is given. */
#include <stdlib.h>
#include <string.h>

#include "backrelief/calendar.h"
#include "internal/dosage.h"
#include "schedule/schedule_private.h"

/* What one item asks for, read once from its frequency. */
typedef struct plan {
  const brf__sched_item *it;
  int32_t per_day;     /* 0: not given */
  int32_t per_week;    /* 0: not given */
  int32_t day_step;    /* rule F4: every k days; 0: none */
  int32_t within_step; /* rule F5: minutes between sessions in a day; 0: none */
  int64_t win_lo;      /* window in minutes since 1970-01-01 [lo, hi) */
  int64_t win_hi;
  int32_t last_day;    /* the item's last session day so far */
  int32_t next_due;    /* rule F4: the next day an interval session is due */
  uint32_t occurrence;
} plan;

typedef struct out_list {
  brf_context *ctx;
  brf__sched_session *v;
  size_t n, cap;
} out_list;

#define MODE_DAILY 0
#define MODE_WEEKLY 1
#define MODE_INTERVAL 2
#define MODE_TRIGGER 3

static int32_t field_max(const brf_dosage *d, int32_t field, int64_t *v) {
  int64_t lo, hi;
  if (!brf__dosage_field(d, field, &lo, &hi)) return 0;
  *v = hi;
  return 1;
}

int64_t brf__schedule_window_ms(const brf__sched_item *it) {
  if (it->window_ms > 0) return it->window_ms;
  int64_t lo, hi;
  if (brf__dosage_field(it->frequency, BRF_DOSE_WINDOW_MS, &lo, &hi)) return lo;
  return BRF__SCHED_WINDOW_DEFAULT_MS;
}

static void plan_init(plan *p, const brf__sched_item *it, int32_t start) {
  int64_t v;
  memset(p, 0, sizeof *p);
  p->it = it;
  if (field_max(it->frequency, BRF_DOSE_PER_DAY, &v)) p->per_day = (int32_t)v;
  if (field_max(it->frequency, BRF_DOSE_PER_WEEK, &v)) p->per_week = (int32_t)v;
  if (field_max(it->frequency, BRF_DOSE_INTERVAL_MS, &v)) {
    if (v >= BRF__SCHED_DAY_MS) {
      int64_t k = (v + BRF__SCHED_DAY_MS / 2) / BRF__SCHED_DAY_MS;
      p->day_step = k > 7 * BRF_SCHEDULE_WEEKS_MAX ? 7 * BRF_SCHEDULE_WEEKS_MAX : (int32_t)k;
    } else {
      int64_t m = v / 60000;
      p->within_step = m < 1 ? 1 : (int32_t)m;
    }
  }
  if (it->has_window) {
    p->win_lo = (int64_t)it->onset_day * 1440 + it->onset_minute;
    p->win_hi = p->win_lo + (brf__schedule_window_ms(it) + 59999) / 60000;
  }
  p->last_day = INT32_MIN;
  p->next_due = start;
}

/* Rules T1-T3: the times of day for one day, ascending, window applied. */
static size_t day_times(const plan *p, int32_t day, int32_t *t) {
  const brf__sched_item *it = p->it;
  int32_t first = it->first_time, last = it->last_time;
  size_t n = 0;
  int32_t cand[1440];
  if (p->within_step > 0) {
    int32_t from = first;
    if (it->has_window && day == it->onset_day && it->onset_minute > from)
      from = it->onset_minute;
    int32_t cap = p->per_day > 0 ? p->per_day : 1440;
    for (int32_t m = from; m <= last && (int32_t)n < cap; m += p->within_step) cand[n++] = m;
  } else if (p->per_day <= 1) {
    cand[n++] = first;
  } else {
    for (int32_t j = 0; j < p->per_day; j++) {
      int32_t m = first + (int32_t)(((int64_t)(last - first) * j) / (p->per_day - 1));
      if (n == 0 || cand[n - 1] != m) cand[n++] = m;
    }
  }
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    int64_t at = (int64_t)day * 1440 + cand[i];
    if (it->has_window && (at < p->win_lo || at >= p->win_hi)) continue;
    t[k++] = cand[i];
  }
  return k;
}

static int is_rest(const brf_schedule *s, int32_t day) {
  if (s->rest_weekdays & BRF_WEEKDAY_BIT(brf_date_weekday(day))) return 1;
  size_t lo = 0, hi = s->rest_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (s->rest_days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo < s->rest_count && s->rest_days[lo] == day;
}

/* Rules R1, W1: a day the item may use at all. */
static int day_open(const brf_schedule *s, const plan *p, int32_t day) {
  int32_t t[1440];
  return !is_rest(s, day) && day_times(p, day, t) > 0;
}

/* Rule X1: the weekday of the day before, from the day's own weekday, so
 * that a start of 0001-01-01 (BRF_DATE_MIN) asks nothing outside the calendar:
 * its day before is a Sunday, as the proleptic calendar continues. */
static int32_t weekday_before(int32_t day) {
  int32_t wd = brf_date_weekday(day);
  return wd <= 1 ? 7 : wd - 1;
}

static int prefers(const plan *p, int32_t day) {
  return p->it->weekdays == 0 || (p->it->weekdays & BRF_WEEKDAY_BIT(brf_date_weekday(day)));
}

static brf_status emit_day(out_list *o, plan *p, int32_t day, uint32_t item) {
  int32_t t[1440];
  size_t n = day_times(p, day, t);
  if (n > BRF_SCHEDULE_SESSIONS_MAX - o->n)
    return brf__error(o->ctx, BRF_E_RANGE, "schedule: more than %d sessions",
                      BRF_SCHEDULE_SESSIONS_MAX);
  for (size_t i = 0; i < n; i++) {
    void *v = o->v;
    brf_status st = brf__grow(o->ctx, &v, &o->cap, o->n + 1, sizeof(brf__sched_session));
    if (st != BRF_OK) return st;
    o->v = v;
    brf__sched_session *x = &o->v[o->n++];
    x->day = day;
    x->minute = t[i];
    x->item = item;
    x->occurrence = p->occurrence++;
    x->steps = 0;
  }
  if (n) p->last_day = day;
  return BRF_OK;
}

/* Rule S1: never the day after the last session under the spacing policy. */
static int spacing_ok(const plan *p, int32_t day) {
  return p->it->spacing != BRF_SPACING_NOT_CONSECUTIVE || p->last_day != day - 1;
}

/* Rule F3: choose n days of the week starting at d0. */
static void choose_week(const brf_schedule *s, const plan *p, int32_t d0, int32_t n,
                        int chosen[7]) {
  int open[7], pref[7];
  for (int o = 0; o < 7; o++) {
    chosen[o] = 0;
    open[o] = day_open(s, p, d0 + o);
    pref[o] = prefers(p, d0 + o);
  }
  int spaced = p->it->spacing == BRF_SPACING_NOT_CONSECUTIVE;
  for (int32_t j = 0; j < n; j++) {
    int target = (int)((2 * j * 7 + n) / (2 * n));
    int best = -1;
    for (int pass = 1; pass >= 0 && best < 0; pass--) {
      int best_dist = 99;
      for (int o = 0; o < 7; o++) {
        if (!open[o] || chosen[o] || pref[o] != pass) continue;
        if (spaced && ((o > 0 && chosen[o - 1]) || (o < 6 && chosen[o + 1]) ||
                       (o == 0 && p->last_day == d0 - 1)))
          continue;
        int dist = o > target ? o - target : target - o;
        if (dist < best_dist) {
          best_dist = dist;
          best = o;
        }
      }
    }
    if (best >= 0) chosen[best] = 1;
  }
}

/* Rules F1-F4, X1, P1: the mode and weekly count of week wk. */
static int week_mode(const plan *p, int32_t wk, int32_t *count) {
  const brf__sched_item *it = p->it;
  *count = 0;
  if (it->taper_weeks > 0 && wk < it->taper_weeks) return MODE_DAILY;
  if (it->after_weekdays) return MODE_TRIGGER;
  if (it->taper_weeks > 0) {
    *count = wk < 2 * it->taper_weeks ? it->taper_max : it->taper_min;
    return MODE_WEEKLY;
  }
  if (p->per_week > 0) {
    *count = p->per_week;
    return MODE_WEEKLY;
  }
  if (p->day_step > 1) return MODE_INTERVAL;
  return MODE_DAILY;
}

static brf_status item_sessions(const brf_schedule *s, const brf__sched_item *it,
                                uint32_t item, out_list *o) {
  plan p;
  plan_init(&p, it, s->start);
  for (int32_t wk = 0; wk < s->weeks; wk++) {
    int32_t d0 = s->start + 7 * wk, count;
    int mode = week_mode(&p, wk, &count);
    int chosen[7] = {0};
    if (mode == MODE_WEEKLY) choose_week(s, &p, d0, count, chosen);
    for (int32_t off = 0; off < 7; off++) {
      int32_t d = d0 + off;
      int take = 0;
      if (mode == MODE_WEEKLY) {
        take = chosen[off];
      } else if (!day_open(s, &p, d) || !spacing_ok(&p, d)) {
        take = 0;
      } else if (mode == MODE_DAILY) {
        take = prefers(&p, d);
      } else if (mode == MODE_TRIGGER) {
        take = (p.it->after_weekdays & BRF_WEEKDAY_BIT(weekday_before(d))) != 0;
      } else {
        take = d >= p.next_due && prefers(&p, d);
        if (take) p.next_due = d + p.day_step;
      }
      if (take) {
        brf_status st = emit_day(o, &p, d, item);
        if (st != BRF_OK) return st;
      }
    }
  }
  return BRF_OK;
}

static int session_cmp(const void *a, const void *b) {
  const brf__sched_session *x = a, *y = b;
  if (x->day != y->day) return x->day < y->day ? -1 : 1;
  if (x->minute != y->minute) return x->minute < y->minute ? -1 : 1;
  if (x->item != y->item) return x->item < y->item ? -1 : 1;
  if (x->occurrence != y->occurrence) return x->occurrence < y->occurrence ? -1 : 1;
  return 0;
}

brf_status brf__schedule_item_days(const brf_schedule *s, const brf__sched_item *it,
                                   uint32_t item, brf__sched_session **v, size_t *n,
                                   size_t *cap) {
  out_list o = {s->ctx, *v, *n, *cap};
  brf_status st = item_sessions(s, it, item, &o);
  *v = o.v;
  *n = o.n;
  *cap = o.cap;
  return st;
}

brf_status brf__schedule_compute(const brf_schedule *s, brf__sched_session **out,
                                 size_t *out_count) {
  out_list o = {s->ctx, NULL, 0, 0};
  for (size_t i = 0; i < s->item_count; i++) {
    brf_status st = s->items[i].steps
                        ? brf__schedule_programme_sessions(s, (uint32_t)i, &o.v, &o.n, &o.cap)
                        : item_sessions(s, &s->items[i], (uint32_t)i, &o);
    if (st != BRF_OK) {
      brf__free(s->ctx, o.v);
      return st;
    }
  }
  if (o.n > 1) qsort(o.v, o.n, sizeof *o.v, session_cmp);
  *out = o.v;
  *out_count = o.n;
  return BRF_OK;
}
