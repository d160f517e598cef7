/* The planner object: its inputs (setters), the ids of goals, phases and
 * policies, and the results of the last run (omissions and advice). */
#include <string.h>

#include "internal/advice.h"
#include "internal/routine.h"
#include "planner/planner_private.h"

/* The goal ids are the routine module's table (a routine keeps its goal in
 * builds without the planner): internal/routine.h. */
_Static_assert(BRF__GOAL_COUNT == BRF_GOAL_COUNT, "one goal table");
#define goal_ids brf__goal_ids
static const char *const phase_ids[BRF_PLAN_PHASE_COUNT] = {
    "relief", "strengthening", "maintenance",
};
static const char *const policy_ids[BRF_POLICY_COUNT] = {"conservative", "follow-seed"};

BRF__ID_FUNCTIONS(goal, goal_ids, BRF_GOAL_COUNT)
brf_status brf_goal_parse(const char *id, int32_t *out) {
  return brf__name_index(goal_ids, BRF_GOAL_COUNT, id, out);
}
BRF__ID_FUNCTIONS(plan_phase, phase_ids, BRF_PLAN_PHASE_COUNT)
brf_status brf_plan_phase_parse(const char *id, int32_t *out) {
  return brf__name_index(phase_ids, BRF_PLAN_PHASE_COUNT, id, out);
}
BRF__ID_FUNCTIONS(policy, policy_ids, BRF_POLICY_COUNT)
brf_status brf_policy_parse(const char *id, int32_t *out) {
  return brf__name_index(policy_ids, BRF_POLICY_COUNT, id, out);
}


static const char *const omission_ids[BRF_OMIT_COUNT] = {
    "time", "equipment", "condition", "level", "avoid", "policy",
};
BRF__ID_FUNCTIONS(omission_cause, omission_ids, BRF_OMIT_COUNT)

/* Short names that read well as a calendar entry (docs/planner.md, "Name"). */
static const char *const goal_labels[BRF_GOAL_COUNT] = {
    "Back relief after a leg workout", "Back relief after long sitting",
    "Back relief after a strain",      "Back maintenance",
    "Back strengthening",
};

const char *brf_goal_label(int32_t goal) {
  return goal >= 0 && goal < BRF_GOAL_COUNT ? goal_labels[goal] : NULL;
}

brf_status brf_planner_set_name(brf_planner *p, const char *name) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  char *copy = NULL;
  if (name != NULL) {
    size_t len = strlen(name), bad = 0;
    if (!brf__utf8_valid(name, len, &bad))
      return brf__error(p->ctx, BRF_E_INVALID,
                        "brf_planner_set_name: the name is not valid UTF-8 (byte %zu)", bad);
    copy = brf__strndup(p->ctx, name, len);
    if (copy == NULL) return BRF_E_NOMEM;
  }
  brf__free(p->ctx, p->name);
  p->name = copy;
  return BRF_OK;
}

brf_status brf_planner_new(brf_context *ctx, brf_planner **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL) return BRF_E_INVALID;
  if (out == NULL) return brf__error(ctx, BRF_E_INVALID, "brf_planner_new: out is NULL");
  brf_planner *p = brf__calloc(ctx, 1, sizeof *p);
  if (p == NULL) return BRF_E_NOMEM;
  brf_status s = brf_profile_new(ctx, &p->profile);
  if (s != BRF_OK) {
    brf__free(ctx, p);
    return s;
  }
  p->ctx = ctx;
  p->goal = BRF_GOAL_MAINTENANCE;
  p->minutes = 15;
  p->phase = -1;
  p->policy = BRF_POLICY_CONSERVATIVE;
  brf__ctx_retain(ctx);
  *out = p;
  return BRF_OK;
}

void brf__results_free(brf_context *ctx, brf__results *r) {
  brf__free(ctx, r->items);
  brf__free(ctx, r->text);
  brf_advice_free(r->advice);
  memset(r, 0, sizeof *r);
}

void brf_planner_free(brf_planner *p) {
  if (p == NULL) return;
  brf_context *ctx = p->ctx;
  brf__results_free(ctx, &p->res);
  brf_profile_free(p->profile);
  brf_screen_free(p->screen);
  brf__free(ctx, p->name);
  brf__free(ctx, p);
  brf__ctx_release(ctx);
}

/* Every code a planner takes is checked alike: min up to count - 1, or an
 * error that names what the code is. */
static brf_status check_code(const brf_planner *p, int32_t code, int32_t min, int32_t count,
                             const char *what) {
  if (p == NULL) return BRF_E_INVALID;
  if (code < min || code >= count)
    return brf__error(p->ctx, BRF_E_INVALID, "unknown %s %d", what, (int)code);
  return BRF_OK;
}

/* Set *slot to code once check_code accepts it (slot is NULL only with p). */
static brf_status set_code(brf_planner *p, int32_t *slot, int32_t code, int32_t min,
                           int32_t count, const char *what) {
  brf_status st = check_code(p, code, min, count, what);
  if (st == BRF_OK) *slot = code;
  return st;
}

brf_status brf_planner_set_goal(brf_planner *p, int32_t goal) {
  BRF__ENTER_OBJ(p);
  return set_code(p, p != NULL ? &p->goal : NULL, goal, 0, BRF_GOAL_COUNT, "goal");
}

brf_status brf_planner_set_minutes(brf_planner *p, int32_t minutes) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  if (minutes < BRF_PLANNER_MINUTES_MIN || minutes > BRF_PLANNER_MINUTES_MAX)
    return brf__error(p->ctx, BRF_E_RANGE, "a time budget of %d minutes is outside 1..%d",
                      (int)minutes, (int)BRF_PLANNER_MINUTES_MAX);
  p->minutes = minutes;
  return BRF_OK;
}

brf_status brf_planner_set_profile(brf_planner *p, const brf_profile *profile) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  brf_profile *copy = NULL;
  brf_status s = profile != NULL ? brf_profile_clone(p->ctx, profile, &copy)
                                 : brf_profile_new(p->ctx, &copy);
  if (s != BRF_OK) return s;
  brf_profile_free(p->profile);
  p->profile = copy;
  return BRF_OK;
}

static brf_status set_region(brf_planner *p, uint32_t *mask, int32_t region) {
  brf_status st = check_code(p, region, 0, BRF_REGION_COUNT, "region");
  if (st == BRF_OK) *mask |= UINT32_C(1) << region;
  return st;
}

brf_status brf_planner_add_focus(brf_planner *p, int32_t region) {
  BRF__ENTER_OBJ(p);
  return set_region(p, p != NULL ? &p->focus : NULL, region);
}
brf_status brf_planner_add_avoid(brf_planner *p, int32_t region) {
  BRF__ENTER_OBJ(p);
  return set_region(p, p != NULL ? &p->avoid : NULL, region);
}
brf_status brf_planner_clear_focus(brf_planner *p) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  p->focus = 0;
  return BRF_OK;
}
brf_status brf_planner_clear_avoid(brf_planner *p) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  p->avoid = 0;
  return BRF_OK;
}

brf_status brf_planner_set_phase(brf_planner *p, int32_t phase) {
  BRF__ENTER_OBJ(p);
  return set_code(p, p != NULL ? &p->phase : NULL, phase, -1, BRF_PLAN_PHASE_COUNT,
                  "plan phase");
}

brf_status brf_planner_set_policy(brf_planner *p, int32_t policy) {
  BRF__ENTER_OBJ(p);
  return set_code(p, p != NULL ? &p->policy : NULL, policy, 0, BRF_POLICY_COUNT, "policy");
}

brf_status brf_planner_set_screen(brf_planner *p, const brf_screen *screen) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  brf_screen *copy = NULL;
  if (screen != NULL) {
    brf_status s = brf_screen_clone_v2(p->ctx, screen, &copy);
    if (s != BRF_OK) return s;
  }
  brf_screen_free(p->screen);
  p->screen = copy;
  return BRF_OK;
}

brf_status brf_planner_set_seed(brf_planner *p, uint32_t seed) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  p->seed = seed;
  return BRF_OK;
}

brf_status brf_planner_run(brf_planner *p, const brf_catalog *cat, brf_routine **out) {
  BRF__ENTER_OBJ(p);
  if (out != NULL) *out = NULL;
  if (p == NULL) return BRF_E_INVALID;
  if (cat == NULL || out == NULL)
    return brf__error(p->ctx, BRF_E_INVALID, "brf_planner_run: NULL argument");
  brf__results res;
  memset(&res, 0, sizeof res);
  brf_routine *r = NULL;
  brf_status s = brf__planner_plan(p, cat, &res, &r);
  if (s == BRF_OK || s == BRF_E_NOT_FOUND) {
    brf__results_free(p->ctx, &p->res);
    p->res = res;
    *out = r;
  }
  return s;
}

size_t brf_planner_omitted_count(const brf_planner *p) {
  return p != NULL ? p->res.count : 0;
}

const char *brf_planner_omitted_exercise(const brf_planner *p, size_t i) {
  if (p == NULL || i >= p->res.count) return NULL;
  return p->res.text + p->res.items[i].id_off;
}

const char *brf_planner_omitted_reason(const brf_planner *p, size_t i) {
  if (p == NULL || i >= p->res.count) return NULL;
  return p->res.text + p->res.items[i].reason_off;
}

int32_t brf_planner_omitted_cause(const brf_planner *p, size_t i) {
  if (p == NULL || i >= p->res.count) return -1;
  return p->res.items[i].cause;
}

const brf_advice *brf_planner_advice(const brf_planner *p) {
  return p != NULL ? p->res.advice : NULL;
}

/* NULL is "no run yet" as well as the old getter's failure value
 * (docs/conventions.md, "Sentinels"). */
brf_status brf_planner_advice_get(const brf_planner *p, const brf_advice **out) {
  if (p == NULL || out == NULL) return BRF_E_INVALID;
  *out = p->res.advice;
  return BRF_OK;
}
