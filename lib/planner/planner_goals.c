/* The goals: their templates (data/goals.json, generated into
 * planner_goals_data.c, where every reason names its source), default phases
 * and the role each modality plays. docs/planner.md lists the templates. */
#include "planner/planner_private.h"

const brf__slot *brf__goal_slots(int32_t goal, size_t *count) {
  const brf__slot *slots = brf__goal_template(goal, count);
  return slots != NULL ? slots : brf__goal_template(BRF_GOAL_MAINTENANCE, count);
}

int32_t brf__goal_default_phase(int32_t goal) {
  if (goal == BRF_GOAL_STRENGTHEN) return BRF_PLAN_PHASE_STRENGTHENING;
  if (goal == BRF_GOAL_MAINTENANCE) return BRF_PLAN_PHASE_MAINTENANCE;
  return BRF_PLAN_PHASE_RELIEF;
}

int32_t brf__role_of_modality(int32_t modality) {
  switch (modality) {
  case BRF_MODALITY_SELF_MASSAGE: return BRF__ROLE_RELEASE;
  case BRF_MODALITY_STATIC_STRETCH:
  case BRF_MODALITY_DYNAMIC_STRETCH: return BRF__ROLE_STRETCH;
  case BRF_MODALITY_MOBILITY: return BRF__ROLE_MOBILITY;
  case BRF_MODALITY_STRENGTH: return BRF__ROLE_STRENGTH;
  case BRF_MODALITY_HEAT:
  case BRF_MODALITY_COLD: return BRF__ROLE_THERMAL;
  default: return BRF__ROLE_NONE;
  }
}
