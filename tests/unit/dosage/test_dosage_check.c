/* brf_dosage_check: advisories with their rule, severity, message and
 * source; advisories never reject a dose. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(check);

static brf_advice *check(const char *text, int32_t modality) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &d), BRF_OK, "%s", text);
  brf_advice *a = NULL;
  cr_assert_eq(brf_dosage_check(ctx, d, modality, &a), BRF_OK, "%s", text);
  cr_assert_not_null(a);
  brf_dosage_free(d);
  return a;
}

/* The index of rule in a, or -1. */
static long find(const brf_advice *a, const char *rule) {
  for (size_t i = 0; i < brf_advice_count(a); i++)
    if (strcmp(brf_advice_rule(a, i), rule) == 0) return (long)i;
  return -1;
}

/* Exactly these rules (NULL-terminated), in any order. */
static void expect_rules(const char *text, int32_t modality, const char *const *rules) {
  brf_advice *a = check(text, modality);
  size_t n = 0;
  for (; rules[n] != NULL; n++)
    cr_expect_geq(find(a, rules[n]), 0, "'%s' (modality %d) lacks %s", text, (int)modality,
                  rules[n]);
  cr_expect_eq(brf_advice_count(a), n, "'%s' (modality %d): %zu advisories, expected %zu (first %s)",
               text, (int)modality, brf_advice_count(a), n,
               brf_advice_count(a) ? brf_advice_rule(a, 0) : "none");
  for (size_t i = 0; i < brf_advice_count(a); i++) {
    cr_expect_gt(strlen(brf_advice_message(a, i)), 20);
    /* A citation a reader can find (docs/evidence.md), never a file users lack. */
    const char *src = brf_advice_source(a, i);
    cr_expect(strlen(src) > 10 && strstr(src, "clinical.md") == NULL && strstr(src, ".txt") == NULL,
              "%s: source '%s' is not a citation", brf_advice_rule(a, i), src);
  }
  brf_advice_free(a);
}

#define RULES(...) ((const char *const[]){__VA_ARGS__, NULL})
#define NONE ((const char *const[]){NULL})

Test(check, seed_ten_minutes_per_glute_names_the_seed_and_the_rolling_norm) {
  brf_advice *a = check("10min/side, 1-2x/day", BRF_MODALITY_SELF_MASSAGE);
  long i = find(a, "rolling-longer-than-norm");
  cr_assert_geq(i, 0);
  cr_expect_eq(brf_advice_severity(a, (size_t)i), BRF_ADVICE_CAUTION);
  const char *src = brf_advice_source(a, (size_t)i), *msg = brf_advice_message(a, (size_t)i);
  cr_expect(strstr(src, "\"Relieving lower back tightness after leg day: glute knots\" (web article)") !=
                NULL,
            "%s", src);
  cr_expect(strstr(src, "Behm et al., JSCR 2020") != NULL, "%s", src);
  cr_expect(strstr(msg, "10min") != NULL, "the message names the dose: %s", msg);
  cr_expect(strstr(msg, "30-120 s") != NULL, "%s", msg);
  cr_expect_eq(brf_advice_count(a), 1);
  brf_advice_free(a);
}

Test(check, rolling_rules) {
  expect_rules("1-3x30-120s", BRF_MODALITY_SELF_MASSAGE, NONE);
  expect_rules("20s", BRF_MODALITY_SELF_MASSAGE, RULES("rolling-shorter-than-norm"));
  expect_rules("4x60s", BRF_MODALITY_SELF_MASSAGE, RULES("rolling-sets-above-norm"));
}

Test(check, static_stretch_holds) {
  expect_rules("2-4 reps, hold 10-30s, 2-3x/week", BRF_MODALITY_STATIC_STRETCH, NONE);
  expect_rules("2 reps, hold 45s", BRF_MODALITY_STATIC_STRETCH, RULES("hold-longer-than-norm"));
  expect_rules("hold 90s", BRF_MODALITY_STATIC_STRETCH, RULES("hold-longer-than-older-norm"));
  expect_rules("5 reps, hold 5s", BRF_MODALITY_STATIC_STRETCH,
               RULES("hold-shorter-than-norm", "stretch-total-below-60s",
                     "stretch-reps-above-norm"));
  expect_rules("2x30s, hold 30s, 1x/week", BRF_MODALITY_STATIC_STRETCH,
               RULES("stretch-frequency-low"));
  brf_advice *a = check("hold 45s", BRF_MODALITY_STATIC_STRETCH);
  long i = find(a, "hold-longer-than-norm");
  cr_assert_geq(i, 0);
  cr_expect_eq(brf_advice_severity(a, (size_t)i), BRF_ADVICE_INFO);
  cr_expect(strstr(brf_advice_message(a, (size_t)i), "45s") != NULL);
  cr_expect(strstr(brf_advice_message(a, (size_t)i), "older adults") != NULL);
  cr_expect(strstr(brf_advice_source(a, (size_t)i), "ACSM") != NULL);
  brf_advice_free(a);
}

Test(check, cold_rules) {
  expect_rules("20min, every 1-2h, for 2-3d", BRF_MODALITY_COLD, RULES("cold-needs-barrier"));
  expect_rules("30min", BRF_MODALITY_COLD, RULES("cold-longer-than-20min", "cold-needs-barrier"));
  expect_rules("10min, every 30min", BRF_MODALITY_COLD,
               RULES("cold-interval-short", "cold-needs-barrier"));
  brf_advice *a = check("30min", BRF_MODALITY_COLD);
  cr_expect_eq(brf_advice_severity(a, (size_t)find(a, "cold-longer-than-20min")),
               BRF_ADVICE_WARNING);
  brf_advice_free(a);
}

Test(check, heat_rules) {
  expect_rules("15min, 1-3x/day", BRF_MODALITY_HEAT, RULES("heat-needs-barrier"));
  expect_rules("15min, 5x/day", BRF_MODALITY_HEAT,
               RULES("heat-more-than-3-per-day", "heat-needs-barrier"));
  expect_rules("8h, for 10d", BRF_MODALITY_HEAT,
               RULES("heat-longer-than-20min", "heat-window-over-7-days", "heat-needs-barrier"));
  expect_rules("9h", BRF_MODALITY_HEAT, RULES("heat-longer-than-8h", "heat-needs-barrier"));
}

Test(check, strength_rules) {
  expect_rules("2-3x8-12, every other day", BRF_MODALITY_STRENGTH, NONE);
  expect_rules("6x5", BRF_MODALITY_STRENGTH,
               RULES("strength-sets-above-norm", "strength-reps-outside-norm"));
  expect_rules("3x10, daily", BRF_MODALITY_STRENGTH, RULES("strength-recovery-short"));
  expect_rules("3x10, 5x/week", BRF_MODALITY_STRENGTH, RULES("strength-recovery-short"));
  expect_rules("3x10, rest 10s", BRF_MODALITY_STRENGTH, RULES("strength-rest-outside-norm"));
  expect_rules("10 reps, hold 5-10s, alternating, daily", BRF_MODALITY_STRENGTH, NONE);
  expect_rules("10 reps, hold 15s", BRF_MODALITY_STRENGTH,
               RULES("isometric-hold-longer-than-norm"));
}

Test(check, mobility_and_general_rules) {
  expect_rules("8-10 reps", BRF_MODALITY_MOBILITY, NONE);
  expect_rules("3 reps", BRF_MODALITY_MOBILITY, RULES("mobility-reps-outside-norm"));
  expect_rules("15 reps", BRF_MODALITY_DYNAMIC_STRETCH, RULES("mobility-reps-outside-norm"));
  expect_rules("3x/week", -1, RULES("no-session-amount"));
  expect_rules("3x10, for 6wk", -1, RULES("review-after-2-weeks"));
  expect_rules("3x10, for 2wk", -1, NONE);
  expect_rules("hold 5min", -1, NONE);
}

Test(check, bad_arguments) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, "3x10", 4, &d), BRF_OK);
  brf_advice *a = (brf_advice *)&st;
  cr_expect_eq(brf_dosage_check(ctx, d, BRF_MODALITY_COUNT, &a), BRF_E_INVALID);
  cr_expect_null(a);
  cr_expect(strstr(brf_context_errmsg(ctx), "7") != NULL);
  cr_expect_eq(brf_dosage_check(ctx, d, -2, &a), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_check(ctx, NULL, 0, &a), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_check(NULL, d, 0, &a), BRF_E_INVALID);
  cr_expect_eq(brf_dosage_check(ctx, d, 0, NULL), BRF_E_INVALID);
  brf_dosage_free(d);
}
