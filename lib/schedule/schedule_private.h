/* The schedule's internal representation, shared by the files of lib/schedule.
 * Hidden: brf__ prefix, not part of the API. */
#ifndef BRF_SCHEDULE_PRIVATE_H
#define BRF_SCHEDULE_PRIVATE_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief/schedule.h"
#include "util/core.h"
#include "schedule/schedule_msgs.h"

/* Defaults of the times of day (docs/schedules.md, rule T1). */
#define BRF__SCHED_FIRST_DEFAULT (8 * 60)
#define BRF__SCHED_LAST_DEFAULT (20 * 60)
/* Window length when neither the item nor its frequency gives one (rule W1). */
#define BRF__SCHED_WINDOW_DEFAULT_MS (48LL * 3600 * 1000)
#define BRF__SCHED_DAY_MS (24LL * 3600 * 1000)
/* The `backrelief-schedule` version written; the reader takes 1 up to it
 * (docs/formats.md: version 2 embeds the routine format's body). */
#define BRF__SCHED_FORMAT_VERSION 1

/* One step of a programme item (docs/schedules.md, "Programmes"). */
typedef struct brf__sched_step {
  brf_dosage *frequency;   /* the frequency fields of the step's dose; never NULL */
  int32_t taper_weeks;     /* 0: no taper */
  int32_t taper_min;
  int32_t taper_max;
  uint32_t after_weekdays; /* 0: no trigger */
  int32_t strength;        /* rule G4: never on consecutive days */
  int64_t duration_ms;     /* the step's estimate (max) */
} brf__sched_step;

/* Most steps of a programme's routine (a session holds them in a bit mask). */
#define BRF__SCHED_PROGRAMME_STEPS_MAX 64

typedef struct brf__sched_item {
  brf_routine *routine;
  brf_dosage *frequency; /* never NULL; empty = once a day */
  int32_t kind;
  uint32_t weekdays;      /* 0: no preference */
  int32_t first_time;     /* minutes */
  int32_t last_time;
  int32_t spacing;
  int32_t taper_weeks;    /* 0: no taper */
  int32_t taper_min;
  int32_t taper_max;
  int32_t has_window;
  int32_t onset_day;
  int32_t onset_minute;
  int64_t window_ms;      /* -1: from the frequency */
  uint32_t after_weekdays; /* 0: no trigger */
  int64_t duration_ms;    /* the routine's estimate (max) */
  brf__sched_step *steps; /* a programme: one per routine step; NULL otherwise */
  size_t step_count;
} brf__sched_item;

typedef struct brf__sched_session {
  int32_t day;
  int32_t minute;
  uint32_t item;
  uint32_t occurrence;
  uint64_t steps; /* a programme's steps in this session (bit k: step k); 0: every step */
} brf__sched_session;

struct brf_schedule {
  brf_context *ctx;
  int32_t lang; /* the context's language when the schedule was made (brf__ctx_lang) */
  int32_t start;
  int32_t weeks;
  brf__sched_item *items;
  size_t item_count;
  size_t item_cap;
  uint32_t rest_weekdays;
  int32_t *rest_days; /* sorted, distinct */
  size_t rest_count;
  size_t rest_cap;
  char *tzid;
  int64_t reminder_ms; /* -1: none */
  brf__sched_session *sessions;
  size_t session_count;
  int generated;
};

/* Compute the sessions into a new array (owned by the caller, freed with
 * brf__free); s is not changed. */
brf_status brf__schedule_compute(const brf_schedule *s, brf__sched_session **out,
                                 size_t *out_count);
/* Rules F1-F5, S1, P1, X1, W1, R1 for one item (it need not be in s->items:
 * a programme's steps pass a copy); sessions appended to *v (n, cap). */
brf_status brf__schedule_item_days(const brf_schedule *s, const brf__sched_item *it,
                                   uint32_t item, brf__sched_session **v, size_t *n,
                                   size_t *cap);
/* Rules G1-G6: the sessions of programme item `item`, appended to *v. */
brf_status brf__schedule_programme_sessions(const brf_schedule *s, uint32_t item,
                                            brf__sched_session **v, size_t *n, size_t *cap);
/* Free an item's programme steps. */
void brf__schedule_steps_free(brf_context *ctx, brf__sched_item *it);
/* The effective window length of an item (rule W1). */
int64_t brf__schedule_window_ms(const brf__sched_item *it);
/* Whether a frequency holds only frequency fields (BRF_E_INVALID with a
 * message otherwise). */
brf_status brf__schedule_check_frequency(brf_context *ctx, const brf_dosage *f);
/* A session's title. */
const char *brf__schedule_title(const brf_schedule *s, size_t item);
/* Add an item that takes ownership of routine and frequency (both freed on
 * failure). */
brf_status brf__schedule_adopt(brf_schedule *s, brf_routine *r, brf_dosage *frequency,
                               int32_t kind, size_t *out_index);

#endif /* BRF_SCHEDULE_PRIVATE_H */
