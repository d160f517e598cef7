/* Figure: planning a routine (issue 6 targets: under 1 ms from the built-in
 * catalog, under 50 ms from a synthetic 100,000-exercise catalog), and how
 * the time grows from 1,000 to 100,000 exercises (the planner is linear in
 * the catalog: one filtering pass, then one scan per slot). */
#include <stdio.h>

#include "figures.h"

typedef struct plan_arg {
  brf_planner *p;
  const brf_catalog *cat;
} plan_arg;

static void plan_once(void *arg) {
  plan_arg *a = arg;
  brf_routine *r = NULL;
  if (brf_planner_run(a->p, a->cat, &r) != BRF_OK || brf_routine_step_count(r) < 3)
    fprintf(stderr, "planner: run failed or planned under 3 steps\n");
  brf_routine_free(r);
}

static const char *const doses[BRF_MODALITY_COUNT] = {
    "1min, each side", "2-3 reps, hold 30s, each side", "5-10 reps, each side",
    "5-10 reps",       "2-3x6-15, every other day",     "10-15min", "10-15min",
};
static const int32_t equipment[] = {BRF_EQUIPMENT_NONE, BRF_EQUIPMENT_MAT,
                                    BRF_EQUIPMENT_FOAM_ROLLER, BRF_EQUIPMENT_BAND,
                                    BRF_EQUIPMENT_SAUNA};

/* n exercises cycling through modalities, regions, equipment and levels,
 * some with a contraindication, all made with exercise drafts (figures.h). */
brf_catalog *bench_synthetic_catalog(brf_context *ctx, size_t n) {
  brf_catalog *cat = NULL;
  if (brf_catalog_new_empty(ctx, &cat) != BRF_OK) return NULL;
  for (size_t i = 0; i < n; i++) {
    brf_exercise_draft *d = NULL;
    char id[32];
    snprintf(id, sizeof id, "syn-%06zu", i);
    int32_t m = (int32_t)(i % BRF_MODALITY_COUNT);
    /* A multiplicative hash spreads regions and equipment independently of
     * the modality and level cycles (plain i / k cycles would correlate). */
    uint32_t h = (uint32_t)i * UINT32_C(2654435761);
    brf_status s = brf_exercise_draft_new(ctx, &d);
    if (s == BRF_OK) s = brf_exercise_draft_set_id(d, id);
    if (s == BRF_OK) s = brf_exercise_draft_set_name(d, id);
    if (s == BRF_OK) s = brf_exercise_draft_set_modality(d, m);
    if (s == BRF_OK) s = brf_exercise_draft_set_level(d, (int32_t)(i / 7 % BRF_LEVEL_COUNT));
    if (s == BRF_OK) s = brf_exercise_draft_set_laterality(d, BRF_LATERALITY_BOTH_SIDES);
    if (s == BRF_OK) s = brf_exercise_draft_set_position(d, BRF_POSITION_SUPINE);
    if (s == BRF_OK)
      s = brf_exercise_draft_add_region(d, (int32_t)((h >> 8) % BRF_REGION_COUNT),
                                        BRF_REGIONS_PRIMARY);
    if (s == BRF_OK)
      s = brf_exercise_draft_add_equipment(
          d, equipment[(h >> 20) % (sizeof equipment / sizeof equipment[0])]);
    if (s == BRF_OK && i % 11 == 0)
      s = brf_exercise_draft_add_contraindication(d, BRF_CONDITION_KNEE_PROBLEMS,
                                                  i % 2 ? BRF_ACTION_SKIP : BRF_ACTION_MODIFY,
                                                  "Go gently on the knees.");
    if (s == BRF_OK) s = brf_exercise_draft_set_default_dose(d, doses[m]);
    if (s == BRF_OK) s = brf_catalog_add(cat, d);
    brf_exercise_draft_free(d);
    if (s != BRF_OK) {
      fprintf(stderr, "planner: synthetic catalog failed at %zu\n", i);
      brf_catalog_free(cat);
      return NULL;
    }
  }
  return cat;
}

static brf_planner *planner_for(brf_context *ctx) {
  brf_planner *p = NULL;
  brf_profile *prof = NULL;
  if (brf_planner_new(ctx, &p) != BRF_OK || brf_profile_new(ctx, &prof) != BRF_OK) {
    brf_planner_free(p);
    return NULL;
  }
  brf_profile_set_equipment(prof, BRF_EQUIPMENT_MAT, 1);
  brf_profile_set_equipment(prof, BRF_EQUIPMENT_FOAM_ROLLER, 1);
  brf_profile_set_equipment(prof, BRF_EQUIPMENT_MASSAGE_BALL, 1);
  brf_profile_set_condition(prof, BRF_CONDITION_KNEE_PROBLEMS, 1);
  brf_planner_set_profile(p, prof);
  brf_planner_set_goal(p, BRF_GOAL_POST_LEG_WORKOUT);
  brf_planner_set_minutes(p, 20);
  brf_profile_free(prof);
  return p;
}

static double time_plan(const char *name, const brf_catalog *cat, int reps, bench_alloc *c,
                        brf_context *ctx) {
  plan_arg a = {planner_for(ctx), cat};
  double ns = a.p != NULL ? bench_run(name, reps, plan_once, &a, 0, c) : -1.0;
  brf_planner_free(a.p);
  return ns;
}

void bench_planner(const bench_opts *o) {
  bench_alloc c = {0, 0};
  brf_context *ctx = bench_context(&c);
  if (ctx == NULL) return;
  brf_catalog *builtin = NULL;
  if (brf_catalog_new_builtin(ctx, &builtin) == BRF_OK) {
    double ns = time_plan("planner: post-leg-workout 20 min, built-in catalog", builtin,
                          o->quick ? 200 : 2000, &c, ctx);
    bench_target("plan from the built-in catalog < 1 ms", ns >= 0 && ns < 1e6);
    brf_catalog_free(builtin);
  } else {
    printf("planner: built-in catalog not compiled in; skipped\n");
  }
  size_t big = o->quick ? 10000 : 100000;
  brf_catalog *small = bench_synthetic_catalog(ctx, 1000);
  brf_catalog *large = bench_synthetic_catalog(ctx, big);
  if (small != NULL && large != NULL) {
    double ns1 = time_plan("planner: synthetic catalog, 1,000 exercises", small,
                           o->quick ? 20 : 200, &c, ctx);
    char name[96];
    snprintf(name, sizeof name, "planner: synthetic catalog, %zu exercises", big);
    double nsb = time_plan(name, large, o->quick ? 3 : 20, &c, ctx);
    if (!o->quick) bench_target("plan from a 100,000-exercise catalog < 50 ms", nsb < 50e6);
    else printf("target: 100,000-exercise catalog (run the full mode)\n");
    printf("planner: %zu-to-1,000 ratio %.1f (linear would be %.0f)\n", big,
           ns1 > 0 ? nsb / ns1 : 0.0, (double)big / 1000.0);
  }
  brf_catalog_free(small);
  brf_catalog_free(large);
  brf_context_free(ctx);
}
