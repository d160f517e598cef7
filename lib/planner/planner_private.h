/* Internal model of the planner (lib/planner/), shared by its files and by
 * white-box tests. The algorithm is described in docs/planner.md. */
#ifndef BRF_PLANNER_PRIVATE_H
#define BRF_PLANNER_PRIVATE_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief/planner.h"
#include "util/core.h"

/* Roles a slot asks for; also the order of the routine (docs/planner.md,
 * "Order"): heat or cold, mobility, release, stretching, strengthening. */
#define BRF__ROLE_THERMAL 0
#define BRF__ROLE_MOBILITY 1
#define BRF__ROLE_RELEASE 2
#define BRF__ROLE_STRETCH 3
#define BRF__ROLE_STRENGTH 4
#define BRF__ROLE_COUNT 5
#define BRF__ROLE_NONE (-1)

/* One slot of a goal's template: a role and the primary regions that may
 * fill it (bit per BRF_REGION_*), with the reason shown on the step. */
typedef struct brf__slot {
  int32_t role;
  uint32_t regions;
  int32_t modality; /* a required BRF_MODALITY_* (heat or cold), or -1 */
  int32_t reason;   /* its message id in brf__msgs_planner (planner_msgs.h) */
  int32_t modality2;    /* a second choice of modality when modality is set, or -1 */
  const char *exercise; /* the one exercise the slot plans (regions aside), or NULL */
  int32_t phase;        /* BRF__SLOT_PHASE_*: the step's phase label */
} brf__slot;
#define BRF__SLOT_PHASE_ROLE 0      /* the role's (warm-up, release, stretch, strengthen) */
#define BRF__SLOT_PHASE_COOL_DOWN 1 /* the cool-down, placed last */
#define BRF__SLOT_PHASE_NONE 2      /* none: the activity itself (a walk to keep active) */

/* The omissions of one run: ids and reasons live in one text buffer, each
 * entry keeps offsets into it (one allocation per run, not per entry). */
typedef struct brf__omission {
  size_t id_off;
  size_t reason_off;
  int32_t cause; /* BRF_OMIT_* */
} brf__omission;

typedef struct brf__results {
  brf__omission *items;
  size_t count;
  size_t cap;
  char *text; /* NUL-separated strings */
  size_t text_len;
  brf_advice *advice;
} brf__results;

struct brf_planner {
  brf_context *ctx;
  int32_t goal;
  int32_t minutes;
  int32_t phase; /* -1: the goal's own */
  int32_t policy;
  uint32_t seed;
  uint32_t focus; /* bit per BRF_REGION_* */
  uint32_t avoid;
  brf_profile *profile; /* owned copy, never NULL */
  brf_screen *screen;   /* owned copy, or NULL */
  char *name;           /* the routine's name (owned), or NULL for the goal's label */
  brf__results res;
};

void brf__results_free(brf_context *ctx, brf__results *r);

/* Plan (lib/planner/planner_run.c): fills *res and *out; on failure both are left
 * empty and the status is returned with the message set. */
brf_status brf__planner_plan(const brf_planner *p, const brf_catalog *cat, brf__results *res,
                             brf_routine **out);

/* The template of a goal (lib/planner/planner_goals.c): its slots in priority
 * order; an unknown goal gets the maintenance template. */
const brf__slot *brf__goal_slots(int32_t goal, size_t *count);
/* The template of a known goal, or NULL (planner_goals_data.c, generated from
 * data/goals.json). */
const brf__slot *brf__goal_template(int32_t goal, size_t *count);
/* The strengthening slots added by the strengthening and maintenance phases
 * (planner_goals_data.c). */
const brf__slot *brf__phase_strength_slots(size_t *count);
/* Directional-preference exercises (data/goals.json, "directional"): an
 * exercise of one direction is planned only when the person's preferred
 * direction is that one. The values are BRF_DIRECTION_* of profile.h. */
#define BRF__DIRECTION_EXTENSION BRF_DIRECTION_EXTENSION
#define BRF__DIRECTION_FLEXION BRF_DIRECTION_FLEXION
typedef struct brf__directional {
  const char *id;
  int32_t direction; /* BRF__DIRECTION_* */
  int32_t reason; /* why it is left out otherwise: a brf__msgs_planner id */
} brf__directional;
/* The directional entry of an exercise id, or NULL (planner_goals_data.c). */
const brf__directional *brf__directional_find(const char *id);
/* Whether a slot of a template names the exercise: such an exercise fills
 * only the slots that name it (planner_goals_data.c). */
int brf__named_only(const char *id);
/* The plan phase a goal has by default. */
int32_t brf__goal_default_phase(int32_t goal);
/* The role of a modality (BRF__ROLE_*). */
int32_t brf__role_of_modality(int32_t modality);

#endif /* BRF_PLANNER_PRIVATE_H */
