/* Internal model of a routine and a profile, for the routine module's files
 * and the planner, which builds routines step by step.
 * Provided by: routine. Used by: planner. */
#ifndef BRF_INTERNAL_ROUTINE_H
#define BRF_INTERNAL_ROUTINE_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief/profile.h"
#include "backrelief/routine.h"
#include "util/core.h"

/* A contraindication copied from the exercise. */
typedef struct brf__step_contra {
  int32_t condition; /* BRF_CONDITION_* */
  int32_t action;    /* BRF_ACTION_* */
  char *note;        /* never NULL */
} brf__step_contra;

/* One step: everything it needs from the exercise is copied, so the
 * routine outlives its catalog. Every string is owned and never NULL. */
typedef struct brf__step {
  char *exercise_id;
  char *name;
  int32_t modality;   /* BRF_MODALITY_* */
  int32_t laterality; /* BRF_LATERALITY_* */
  int32_t phase;      /* BRF_PHASE_* */
  int32_t *regions;   /* primary regions */
  size_t region_count;
  int32_t *equipment;
  size_t equipment_count;
  brf__step_contra *contra;
  size_t contra_count;
  brf_dosage *dose; /* owned; always has a session time */
  char *note;
  char *reason;
} brf__step;

struct brf_routine {
  brf_context *ctx;
  char *name; /* never NULL */
  char *id;   /* the stable id (routine_id.c); NULL when it has none */
  brf__step **steps;
  size_t count;
  size_t cap;
  int32_t goal; /* BRF_GOAL_* (planner.h), -1 for none; routine_goal.c */
};

struct brf_profile {
  brf_context *ctx;
  uint64_t equipment;  /* bit per BRF_EQUIPMENT_*; `none` is always set */
  uint64_t conditions; /* bit per BRF_CONDITION_* */
  int32_t level;       /* -1 when unset */
  int32_t age_years;   /* -1 when unset */
  int32_t strain_kind; /* BRF__STRAIN_* */
  int32_t strain_onset_day;
  int32_t strain_today_day;
  int64_t strain_hours_ago;
  int32_t direction; /* BRF_DIRECTION_*, 0 (unknown) by default */
  int32_t thermal;   /* BRF_THERMAL_*, 0 (any) by default */
};

/* The goal ids, indexed by BRF_GOAL_* (planner.h), NULL-terminated: the one
 * table of the goal vocabulary, read by the routine format and by the
 * planner's brf_goal_id()/brf_goal_from_id() (routine_goal.c). */
#define BRF__GOAL_COUNT 5
extern const char *const brf__goal_ids[BRF__GOAL_COUNT + 1];

#define BRF__STRAIN_NONE 0
#define BRF__STRAIN_HOURS 1
#define BRF__STRAIN_DAY 2

/* Build one step from an exercise (dose NULL: the default dose parsed) in
 * ctx. Returns BRF_OK or an error (message set); *out NULL on failure. */
brf_status brf__step_new(brf_context *ctx, const brf_exercise *ex, const brf_dosage *dose,
                         brf__step **out);
/* Deep copy of a step into ctx. */
brf_status brf__step_clone(brf_context *ctx, const brf__step *s, brf__step **out);
void brf__step_free(brf_context *ctx, brf__step *s);

/* Take ownership of step s and insert it before index (<= count). On
 * failure s is still the caller's and the routine is unchanged. */
brf_status brf__routine_insert_step(brf_routine *r, size_t index, brf__step *s);

/* Check that dose d has a session time for modality; names the exercise id
 * in the message. Returns BRF_OK, BRF_E_INVALID or BRF_E_RANGE. */
brf_status brf__step_check_dose(brf_context *ctx, const char *exercise_id, int32_t modality,
                                const brf_dosage *d);

/* Copy UTF-8 text (NULL gives "") into *slot, freeing what was there; *slot
 * is unchanged on failure. what names the text in the message. */
brf_status brf__text_replace(brf_context *ctx, char **slot, const char *text, const char *what);

/* The step at index, or NULL. */
const brf__step *brf__routine_step(const brf_routine *r, size_t index);

#endif /* BRF_INTERNAL_ROUTINE_H */
