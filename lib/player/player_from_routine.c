/* The public way to a timeline: map each routine step onto the internal
 * builder's step, so routines and single doses share one builder. */
#include "util/core.h"
#include "player/player_builder.h"

#define BRF__STEPS_ON_STACK 32

brf_status brf_timeline_new(brf_context *ctx, const brf_routine *routine, int32_t which,
                            brf_timeline **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL) return BRF_E_INVALID;
  if (out == NULL) return brf__error(ctx, BRF_E_INVALID, "brf_timeline_new: out is NULL");
  if (routine == NULL) return brf__error(ctx, BRF_E_INVALID, "brf_timeline_new: routine is NULL");
  size_t n = brf_routine_step_count(routine);
  brf__timeline_step local[BRF__STEPS_ON_STACK];
  brf__timeline_step *steps = local;
  if (n > BRF__STEPS_ON_STACK) {
    steps = brf__calloc(ctx, n, sizeof *steps);
    if (steps == NULL) return BRF_E_NOMEM;
  }
  for (size_t i = 0; i < n; i++) {
    steps[i].exercise_id = brf_routine_step_exercise_id(routine, i);
    steps[i].name = brf_routine_step_name(routine, i);
    steps[i].modality = brf_routine_step_modality(routine, i);
    steps[i].dose = brf_routine_step_dose(routine, i);
  }
  brf_status s = brf__timeline_build(ctx, steps, n, which, out);
  if (steps != local) brf__free(ctx, steps);
  return s;
}
