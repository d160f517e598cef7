/* The vignettes of docs/screening.md ("Vignettes"), one test each, through
 * the library: the screen's urgency and what the planner does with it for
 * every goal at 10, 20 and 45 minutes. A refer result refuses every plan; a
 * review result that implies a condition plans exactly as a profile with that
 * condition would (and differs from a plan without it); other results plan. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

static void setup(void) { cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK); }
static void teardown(void) { brf_catalog_free(cat); }
BRF_TEST_CONTEXT_FIXTURE_WITH(vignette, setup, teardown);

typedef struct vignette {
  const char *name, *answers;
  int32_t age;
  const char *profile_condition, *urgency, *outcome, *implied;
} vignette;

/* Generated with the docs table from one list; keep both in step. */
static const vignette vignettes[] = {
    {"doms-after-squats", "", -1, "", "none", "planned", ""},
    {"saddle-numbness", "saddle-numbness", -1, "", "emergency", "refused", ""},
    {"sphincter-change", "bladder-bowel-change", -1, "", "emergency", "refused", ""},
    {"bilateral-neuro", "bilateral-leg-symptoms", -1, "", "emergency", "refused", ""},
    {"progressive-weakness", "progressive-weakness", -1, "", "emergency", "refused", ""},
    {"pulsating-abdomen", "pulsating-abdomen", -1, "", "emergency", "refused", ""},
    {"flank-pain-fever", "kidney-pain,fever-unwell", -1, "", "urgent", "refused", ""},
    {"cancer-history", "cancer-history", 58, "", "urgent", "refused", ""},
    {"weight-loss", "weight-loss", -1, "", "urgent", "refused", ""},
    {"night-pain", "night-pain", -1, "", "urgent", "refused", ""},
    {"strain-at-72", "strain-from-65", 72, "", "urgent", "refused", ""},
    {"minor-fall-osteoporosis", "minor-trauma-at-risk,fracture-risk", 68, "", "urgent", "refused", ""},
    {"osteoporosis", "fracture-risk", 62, "", "review", "adapted", "osteoporosis"},
    {"long-term-steroids", "fracture-risk", 45, "", "review", "adapted", "osteoporosis"},
    {"recent-spinal-surgery", "recent-spinal-surgery", 50, "", "review", "planned", ""},
    {"neurogenic-claudication", "neurogenic-claudication", 67, "", "review", "adapted", "spinal-stenosis"},
    {"pregnancy", "pregnancy", 31, "", "review", "adapted", "pregnancy"},
    {"hip-replacement", "", 66, "hip-replacement", "none", "planned", ""},
    {"under-16", "", 14, "", "urgent", "refused", ""},
    {"new-pain-after-55", "older-age", 55, "", "review", "planned", ""},
    {"iv-drug-use", "infection-risk", -1, "", "urgent", "refused", ""},
    {"chronic-worry", "", 44, "", "none", "planned", ""},
    {"long-standing-at-60", "", 60, "", "none", "planned", ""},
    {"tightness-not-settling", "tightness-not-settling", 30, "", "review", "planned", ""},
    {"significant-trauma", "significant-trauma", -1, "", "emergency", "refused", ""},
    {"chest-pain", "chest-pain", -1, "", "emergency", "refused", ""},
    {"desk-worker", "", 35, "", "none", "planned", ""},
};
#define VIGNETTE_COUNT (sizeof vignettes / sizeof vignettes[0])

static const int32_t minutes[] = {10, 20, 45};

static int32_t condition(const char *id) {
  int32_t c = -1;
  cr_assert_eq(brf_condition_from_id(id, strlen(id), &c), BRF_OK, "condition %s", id);
  return c;
}

static brf_profile *person(const char *cond) {
  brf_profile *p = NULL;
  cr_assert_eq(brf_profile_new(ctx, &p), BRF_OK);
  for (int32_t e = 0; e < BRF_EQUIPMENT_COUNT; e++)
    cr_assert_eq(brf_profile_set_equipment(p, e, 1), BRF_OK);
  if (cond != NULL && cond[0] != '\0')
    cr_assert_eq(brf_profile_set_condition(p, condition(cond), 1), BRF_OK);
  return p;
}

/* The plan's exercise ids, one string ("+" after a step with a condition's
 * note); "" with the status when refused. */
static brf_status plan_ids(const brf_profile *p, const brf_screen *s, int32_t goal, int32_t min,
                           char *out, size_t cap, brf_planner **keep) {
  brf_planner *pl = NULL;
  cr_assert_eq(brf_planner_new(ctx, &pl), BRF_OK);
  cr_assert_eq(brf_planner_set_goal(pl, goal), BRF_OK);
  cr_assert_eq(brf_planner_set_minutes(pl, min), BRF_OK);
  cr_assert_eq(brf_planner_set_profile(pl, p), BRF_OK);
  cr_assert_eq(brf_planner_set_screen(pl, s), BRF_OK);
  brf_routine *r = NULL;
  brf_status rc = brf_planner_run(pl, cat, &r);
  out[0] = '\0';
  for (size_t i = 0; r != NULL && i < brf_routine_step_count(r); i++) {
    strncat(out, brf_routine_step_exercise_id(r, i), cap - strlen(out) - 2);
    /* A step adapted with a note for a condition ("With spinal-stenosis: ...")
     * is an adaptation too. */
    const char *note = brf_routine_step_note(r, i);
    if (note != NULL && note[0] != '\0' && strlen(out) + 2 < cap) strcat(out, "+");
    strcat(out, " ");
  }
  /* No step is ruled out (skip or ask a clinician) by a condition the person has. */
  for (size_t i = 0; r != NULL && i < brf_routine_step_count(r); i++) {
    for (size_t k = 0; k < brf_routine_step_contraindication_count(r, i); k++) {
      int32_t c = brf_routine_step_contraindication_condition(r, i, k);
      int32_t a = brf_routine_step_contraindication_action(r, i, k);
      int32_t implied = 0;
      if (s != NULL) cr_assert_eq(brf_screen_implies_condition(s, c, &implied), BRF_OK);
      int has = brf_profile_has_condition(p, c) || implied;
      cr_expect(!(has && (a == BRF_ACTION_SKIP || a == BRF_ACTION_ASK_CLINICIAN)),
                "%s planned with %s", brf_routine_step_exercise_id(r, i),
                brf_condition_id(c));
    }
  }
  brf_routine_free(r);
  if (keep != NULL) *keep = pl;
  else brf_planner_free(pl);
  return rc;
}

static void check(size_t index) {
  const vignette *v = &vignettes[index];
  brf_screen *s = NULL;
  cr_assert_eq(brf_screen_new(ctx, &s), BRF_OK);
  cr_assert_eq(brf_screen_answer_list(s, v->answers), BRF_OK, "%s", v->name);
  if (v->age >= 0) cr_assert_eq(brf_screen_set_age(s, v->age), BRF_OK);
  int32_t u = 99;
  cr_assert_eq(brf_screen_outcome_get(s, &u), BRF_OK);
  const char *got = u == BRF_URGENCY_NONE ? "none" : brf_urgency_id(u);
  cr_expect_str_eq(got, v->urgency, "%s: urgency", v->name);
  brf_profile *p = person(v->profile_condition);
  brf_profile *with = person(v->implied[0] ? v->implied : v->profile_condition);
  brf_profile *without = person(v->profile_condition);
  size_t differs = 0;
  for (int32_t g = 0; g < BRF_GOAL_COUNT; g++) {
    for (size_t m = 0; m < sizeof minutes / sizeof minutes[0]; m++) {
      char a[1024], b[1024], c[1024];
      brf_planner *pl = NULL;
      brf_status rc = plan_ids(p, s, g, minutes[m], a, sizeof a, &pl);
      if (strcmp(v->outcome, "refused") == 0) {
        cr_expect_eq(rc, BRF_E_REFER, "%s: goal %s refused", v->name, brf_goal_id(g));
        brf_planner_free(pl);
        continue;
      }
      cr_expect_eq(rc, BRF_OK, "%s: goal %s %d min: %s", v->name, brf_goal_id(g), minutes[m],
                   brf_context_errmsg(ctx));
      const brf_advice *adv = brf_planner_advice(pl);
      int review = brf_advice_count(adv) > 0 &&
                   strcmp(brf_advice_rule(adv, 0), "planner.review-flags") == 0;
      cr_expect_eq(review, strcmp(v->urgency, "review") == 0, "%s: review advice first",
                   v->name);
      brf_planner_free(pl);
      if (strcmp(v->outcome, "adapted") == 0) {
        cr_assert_eq(plan_ids(with, NULL, g, minutes[m], b, sizeof b, NULL), BRF_OK);
        cr_expect_str_eq(a, b, "%s: goal %s %d min plans as with %s", v->name, brf_goal_id(g),
                         minutes[m], v->implied);
        cr_assert_eq(plan_ids(without, NULL, g, minutes[m], c, sizeof c, NULL), BRF_OK);
        differs += strcmp(a, c) != 0;
      }
    }
  }
  if (strcmp(v->outcome, "adapted") == 0)
    cr_expect_gt(differs, 0, "%s: %s changes no plan", v->name, v->implied);
  brf_profile_free(p);
  brf_profile_free(with);
  brf_profile_free(without);
  brf_screen_free(s);
}

Test(vignette, doms_after_squats) { check(0); }
Test(vignette, saddle_numbness) { check(1); }
Test(vignette, sphincter_change) { check(2); }
Test(vignette, bilateral_neuro) { check(3); }
Test(vignette, progressive_weakness) { check(4); }
Test(vignette, pulsating_abdomen) { check(5); }
Test(vignette, flank_pain_fever) { check(6); }
Test(vignette, cancer_history) { check(7); }
Test(vignette, weight_loss) { check(8); }
Test(vignette, night_pain) { check(9); }
Test(vignette, strain_at_72) { check(10); }
Test(vignette, minor_fall_osteoporosis) { check(11); }
Test(vignette, osteoporosis) { check(12); }
Test(vignette, long_term_steroids) { check(13); }
Test(vignette, recent_spinal_surgery) { check(14); }
Test(vignette, neurogenic_claudication) { check(15); }
Test(vignette, pregnancy) { check(16); }
Test(vignette, hip_replacement) { check(17); }
Test(vignette, under_16) { check(18); }
Test(vignette, new_pain_after_55) { check(19); }
Test(vignette, iv_drug_use) { check(20); }
Test(vignette, chronic_worry) { check(21); }
Test(vignette, long_standing_at_60) { check(22); }
Test(vignette, tightness_not_settling) { check(23); }
Test(vignette, significant_trauma) { check(24); }
Test(vignette, chest_pain) { check(25); }
Test(vignette, desk_worker) { check(26); }

Test(vignette, every_vignette_is_a_row_of_the_docs_table) {
  char *doc = brf_test_read_file(BRF_DOCS_DIR "/screening.md", NULL);
  cr_assert_not_null(doc);
  char want[256];
  for (size_t i = 0; i < VIGNETTE_COUNT; i++) {
    snprintf(want, sizeof want, "| `%s` |", vignettes[i].name);
    const char *row = strstr(strstr(doc, "## Vignettes"), want);
    cr_expect_not_null(row, "docs/screening.md lacks the vignette %s", vignettes[i].name);
    if (row == NULL) continue;
    const char *end = strchr(row, '\n');
    snprintf(want, sizeof want, "| %s | %s", vignettes[i].urgency, vignettes[i].outcome);
    const char *hit = strstr(row, want);
    cr_expect(hit != NULL && hit < end, "the docs row of %s says %s", vignettes[i].name, want);
  }
  cr_expect_geq(VIGNETTE_COUNT, 25);
  free(doc);
}
