/* Contraindications, per condition, for every exercise of the built-in
 * catalog: the table below says, for each condition, which exercises it
 * rules out (skip or ask a clinician: never planned) and which it adapts
 * (planned with a note); every other exercise is allowed. The table is the
 * reviewed expectation (issue 18), from these sources (docs/evidence.md):
 * - pregnancy: NHS "Exercise in pregnancy" (not flat on the back or front for
 *   long after about 16 weeks; avoid getting too hot), HSCNI back pain advice;
 *   prone extension and press-up are not done lying on the belly;
 * - osteoporosis: Royal Osteoporosis Society, Strong, Steady and Straight (no
 *   loaded or end-range flexion, no forceful twisting); Bartsch 2021 (no
 *   rolling with low bone density without advice);
 * - hip-replacement: hip precautions (deep flexion past 90 degrees,
 *   extension, rotation) depend on the approach: ask first;
 * - leg-symptoms: deep flexion can bring on leg symptoms (knee to chest,
 *   child's pose, back flexion); spinal-stenosis: extension often aggravates
 *   stenosis (NHS: Spinal stenosis);
 * - heat and cold: MPFT heat leaflet, ThermaCare warnings, CSP ice snapshot,
 *   Hannuksela 2001 and Hussain & Cohen 2018 (sauna);
 * - rolling: Bartsch et al. 2021 expert consensus on foam rolling. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

static void setup(void) { cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK); }
static void teardown(void) { brf_catalog_free(cat); }
BRF_TEST_CONTEXT_FIXTURE_WITH(contra, setup, teardown);

typedef struct row {
  const char *condition;
  const char *excluded; /* space-separated exercise ids */
  const char *adapted;
} row;

static const row table[] = {
    {"pregnancy",
     "adductor-foam-roll quadriceps-foam-roll sauna hot-bath heat-pack cold-pack supine-abdominal-draw-in glute-bridge single-leg-glute-bridge banded-glute-bridge prone-extension active-leg-raise curl-up side-plank dead-bug prone-press-up knee-rolls",
     "glute-stretch pigeon-pose hamstring-stretch back-flexion knee-to-chest pelvic-tilt figure-4-stretch"},
    {"osteoporosis",
     "glute-ball-release adductor-foam-roll quadriceps-foam-roll piriformis-foam-roll hamstring-foam-roll calf-foam-roll back-flexion glute-foam-roll curl-up knee-to-chest childs-pose",
     "cat-camel hip-twists knee-rolls"},
    {"recent-surgery",
     "",
     ""},
    {"knee-problems",
     "pigeon-pose",
     "glute-stretch psoas-stretch frog-stretch warrior-1 groin-stretch cat-camel bird-dog seated-piriformis-stretch childs-pose figure-4-stretch"},
    {"reduced-sensation",
     "hot-bath heat-pack cold-pack",
     ""},
    {"hip-replacement",
     "glute-stretch psoas-stretch frog-stretch pigeon-pose warrior-1 groin-stretch hamstring-stretch back-flexion hip-twists seated-piriformis-stretch knee-to-chest childs-pose knee-rolls figure-4-stretch",
     ""},
    {"hip-impingement",
     "pigeon-pose",
     "frog-stretch"},
    {"wrist-problems",
     "",
     "cat-camel bird-dog prone-press-up"},
    {"shoulder-problems",
     "",
     "warrior-1 side-plank"},
    {"neck-problems",
     "levator-scapulae-stretch chin-to-chest-stretch neck-side-stretch",
     "curl-up"},
    {"leg-symptoms",
     "back-flexion knee-to-chest childs-pose",
     "hamstring-stretch"},
    {"spinal-stenosis",
     "warrior-1 prone-extension prone-press-up",
     "psoas-stretch cat-camel walking"},
    {"acute-injury",
     "sauna hot-bath",
     "heat-pack"},
    {"open-wound",
     "glute-ball-release adductor-foam-roll quadriceps-foam-roll piriformis-foam-roll cold-pack hamstring-foam-roll calf-foam-roll glute-foam-roll",
     ""},
    {"fracture",
     "glute-ball-release adductor-foam-roll quadriceps-foam-roll piriformis-foam-roll hamstring-foam-roll calf-foam-roll glute-foam-roll",
     ""},
    {"deep-vein-thrombosis",
     "glute-ball-release adductor-foam-roll quadriceps-foam-roll piriformis-foam-roll hamstring-foam-roll calf-foam-roll glute-foam-roll",
     ""},
    {"bleeding-disorder",
     "glute-ball-release adductor-foam-roll quadriceps-foam-roll piriformis-foam-roll hamstring-foam-roll calf-foam-roll glute-foam-roll",
     ""},
    {"circulatory-problems",
     "hot-bath heat-pack cold-pack",
     ""},
    {"heart-condition",
     "sauna hot-bath heat-pack cold-pack",
     ""},
    {"blood-pressure",
     "sauna hot-bath",
     ""},
    {"cold-sensitivity",
     "cold-pack",
     ""},
    {"diabetes",
     "heat-pack",
     ""},
    {"skin-condition",
     "heat-pack",
     ""},
    {"fever",
     "sauna hot-bath heat-pack",
     ""},
    {"alcohol",
     "sauna hot-bath",
     ""},
    {"cancer-history",
     "heat-pack",
     ""},
    {"inflammation",
     "",
     "glute-ball-release adductor-foam-roll quadriceps-foam-roll piriformis-foam-roll hamstring-foam-roll calf-foam-roll glute-foam-roll"},
};
#define ROWS (sizeof table / sizeof table[0])

static int listed(const char *list, const char *id) {
  size_t n = strlen(id);
  for (const char *p = list; (p = strstr(p, id)) != NULL; p += n)
    if ((p == list || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' ')) return 1;
  return 0;
}

/* 0 allowed, 1 adapted, 2 excluded: what the catalog says. */
static int verdict(const brf_exercise *ex, int32_t cond) {
  int v = 0;
  for (size_t k = 0; k < brf_exercise_contraindication_count(ex); k++) {
    if (brf_exercise_contraindication_condition(ex, k) != cond) continue;
    int32_t a = brf_exercise_contraindication_action(ex, k);
    int w = a == BRF_ACTION_MODIFY ? 1 : 2;
    if (w > v) v = w;
  }
  return v;
}

Test(contra, the_table_covers_every_condition) {
  cr_expect_eq(ROWS, (size_t)BRF_CONDITION_COUNT);
  for (size_t i = 0; i < ROWS; i++)
    cr_expect_str_eq(table[i].condition, brf_condition_id((int32_t)i), "row %zu", i);
}

Test(contra, every_condition_and_exercise_as_the_table_says) {
  for (size_t i = 0; i < ROWS; i++) {
    int32_t cond = (int32_t)i;
    for (size_t e = 0; e < brf_catalog_count(cat); e++) {
      const brf_exercise *ex = brf_catalog_at(cat, e);
      const char *id = brf_exercise_id(ex);
      int want = listed(table[i].excluded, id) ? 2 : listed(table[i].adapted, id) ? 1 : 0;
      cr_expect_eq(verdict(ex, cond), want, "%s x %s: catalog %d, table %d", table[i].condition,
                   id, verdict(ex, cond), want);
    }
  }
}

/* Through the planner: with the condition, no excluded exercise is planned
 * for any goal at 10 to 60 minutes, and an adapted one carries its note. */
Test(contra, the_planner_never_plans_an_excluded_exercise) {
  for (size_t i = 0; i < ROWS; i++) {
    brf_profile *p = NULL;
    cr_assert_eq(brf_profile_new(ctx, &p), BRF_OK);
    for (int32_t e = 0; e < BRF_EQUIPMENT_COUNT; e++)
      cr_assert_eq(brf_profile_set_equipment(p, e, 1), BRF_OK);
    cr_assert_eq(brf_profile_set_condition(p, (int32_t)i, 1), BRF_OK);
    for (int32_t g = 0; g < BRF_GOAL_COUNT; g++)
      for (int32_t m = 10; m <= 60; m += 25) {
        brf_planner *pl = NULL;
        cr_assert_eq(brf_planner_new(ctx, &pl), BRF_OK);
        cr_assert_eq(brf_planner_set_goal(pl, g), BRF_OK);
        cr_assert_eq(brf_planner_set_minutes(pl, m), BRF_OK);
        cr_assert_eq(brf_planner_set_profile(pl, p), BRF_OK);
        brf_routine *r = NULL;
        brf_status s = brf_planner_run(pl, cat, &r);
        cr_assert(s == BRF_OK || s == BRF_E_NOT_FOUND, "%s", brf_context_errmsg(ctx));
        for (size_t k = 0; r != NULL && k < brf_routine_step_count(r); k++) {
          const char *id = brf_routine_step_exercise_id(r, k);
          cr_expect(!listed(table[i].excluded, id), "%s planned with %s (%s, %d min)", id,
                    table[i].condition, brf_goal_id(g), m);
          if (listed(table[i].adapted, id)) {
            const char *note = brf_routine_step_note(r, k);
            cr_expect(note != NULL && strstr(note, table[i].condition) != NULL,
                      "%s with %s: no note", id, table[i].condition);
          }
        }
        brf_routine_free(r);
        brf_planner_free(pl);
      }
    brf_profile_free(p);
  }
}
