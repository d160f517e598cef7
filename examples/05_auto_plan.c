/* 05_auto_plan: let the planner build a routine. First screen for red flags
 * (warning signs that mean "see a clinician, do not exercise"), then plan 20
 * minutes of recovery after a leg workout for someone with a foam roller, a
 * massage ball and a mat. Each step says why it was chosen; the planner also
 * says what it left out. Finally, answer one emergency flag and watch the
 * planner refuse with BRF_E_REFER. Introduces: brf_screen, brf_profile,
 * brf_planner_run, step reasons, omissions and advisories. */
#include "common.h"

int main(void) {
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL;
  brf_screen *screen = NULL;
  brf_profile *me = NULL;
  brf_planner *planner = NULL;
  brf_routine *r = NULL;
  CHECK(ctx, brf_context_new(&ctx));
  CHECK(ctx, brf_catalog_new_builtin(ctx, &cat));

  /* The screen: an app asks each brf_redflag_question(); here every answer is no. */
  CHECK(ctx, brf_screen_new(ctx, &screen));
  for (size_t i = 0; i < brf_redflag_count(); i++)
    CHECK(ctx, brf_screen_answer(screen, brf_redflag_id(i), 0));
  CHECK(ctx, brf_screen_evaluate(screen));
  printf("screen: %zu questions, %zu answered yes: may exercise\n\n", brf_redflag_count(),
         brf_screen_positive_count(screen));

  /* The person: equipment at hand (`none` is always available). */
  CHECK(ctx, brf_profile_new(ctx, &me));
  CHECK(ctx, brf_profile_set_equipment(me, BRF_EQUIPMENT_FOAM_ROLLER, 1));
  CHECK(ctx, brf_profile_set_equipment(me, BRF_EQUIPMENT_MASSAGE_BALL, 1));
  CHECK(ctx, brf_profile_set_equipment(me, BRF_EQUIPMENT_MAT, 1));

  /* The planner copies the profile and the screen: they may be freed later. */
  CHECK(ctx, brf_planner_new(ctx, &planner));
  CHECK(ctx, brf_planner_set_goal(planner, BRF_GOAL_POST_LEG_WORKOUT));
  CHECK(ctx, brf_planner_set_minutes(planner, 20));
  CHECK(ctx, brf_planner_set_profile(planner, me));
  CHECK(ctx, brf_planner_set_screen(planner, screen));
  CHECK(ctx, brf_planner_run(planner, cat, &r));

  printf("%s, 20 minutes:\n", brf_goal_id(BRF_GOAL_POST_LEG_WORKOUT));
  for (size_t i = 0; i < brf_routine_step_count(r); i++) {
    char dose[128];
    size_t needed;
    CHECK(ctx, brf_dosage_format(brf_routine_step_dose(r, i), dose, sizeof dose, &needed));
    printf("  %zu. %s: %s\n     why: %s\n", i + 1, brf_routine_step_name(r, i), dose,
           brf_routine_step_reason(r, i));
  }
  int64_t lo = 0, hi = 0;
  CHECK(ctx, brf_routine_estimate_ms(r, &lo, &hi));
  printf("takes %lld to %lld minutes\n", (long long)(lo / 60000),
         (long long)((hi + 59999) / 60000));

  printf("left out (%zu):\n", brf_planner_omitted_count(planner));
  for (size_t i = 0; i < brf_planner_omitted_count(planner); i++)
    printf("  %s: %s\n", brf_planner_omitted_exercise(planner, i),
           brf_planner_omitted_reason(planner, i));
  /* The advice list is owned by the planner: read it, do not free it. */
  const brf_advice *advice = brf_planner_advice(planner);
  for (size_t i = 0; i < brf_advice_count(advice); i++)
    printf("note: %s\n", brf_advice_message(advice, i));

  /* A refusal: one emergency flag answered yes means no routine at all. */
  CHECK(ctx, brf_screen_answer(screen, "saddle-numbness", 1));
  CHECK(ctx, brf_planner_set_screen(planner, screen));
  brf_routine *refused = NULL;
  brf_status st = brf_planner_run(planner, cat, &refused);
  printf("\nwith saddle-numbness answered yes: %s (routine %s)\n%s\n", brf_status_name(st),
         refused ? "made" : "not made", brf_context_errmsg(ctx));
  if (st != BRF_E_REFER || refused != NULL)
    return 1;

  brf_routine_free(r);
  brf_planner_free(planner);
  brf_profile_free(me);
  brf_screen_free(screen);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return 0;
}
