/* The goal a routine serves (brf_routine_set_goal, the routine format's
 * `goal` member) and the goal ids themselves: the one table of the goal
 * vocabulary, which the planner's brf_goal_id()/brf_goal_from_id() read too
 * (internal/routine.h), so a routine keeps its goal in builds without the
 * planner. */
#include "internal/routine.h"

const char *const brf__goal_ids[BRF__GOAL_COUNT + 1] = {
    "post-leg-workout", "long-sitting", "acute-strain", "maintenance", "strengthen", NULL,
};

brf_status brf_routine_set_goal(brf_routine *r, int32_t goal) {
  BRF__ENTER_OBJ(r);
  if (r == NULL) return BRF_E_INVALID;
  if (goal < -1 || goal >= BRF__GOAL_COUNT)
    return brf__error(r->ctx, BRF_E_INVALID, "brf_routine_set_goal: unknown goal %d", (int)goal);
  r->goal = goal;
  return BRF_OK;
}

/* Pure (docs/conventions.md, "Sentinels"): -1 is a value (no goal). */
brf_status brf_routine_goal_get(const brf_routine *r, int32_t *out) {
  if (r == NULL || out == NULL) return BRF_E_INVALID;
  *out = r->goal;
  return BRF_OK;
}
