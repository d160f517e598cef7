/* Psychosocial (yellow) flags: the vignettes of docs/screening.md
 * ("Psychosocial (yellow) flags"), each with the level the published
 * STarT Back rule gives (Hill et al., Arthritis Rheum 2008: overall score
 * 0-3 low; 4 or more with a psychosocial subscale of 3 or less medium; a
 * subscale of 4 or 5 high), written from the source before the code. The
 * questions are our own wording over the tool's constructs. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_screen *s;

static void setup(void) { cr_assert_eq(brf_screen_new(ctx, &s), BRF_OK); }
static void teardown(void) { brf_screen_free(s); }

BRF_TEST_CONTEXT_FIXTURE_WITH(yellow_flags, setup, teardown);

#define NONE BRF_PSYCHOSOCIAL_NONE
#define LOW BRF_PSYCHOSOCIAL_LOW
#define MEDIUM BRF_PSYCHOSOCIAL_MEDIUM
#define HIGH BRF_PSYCHOSOCIAL_HIGH

typedef struct vignette {
  const char *name;
  const char *yes;  /* yellow ids answered yes, comma-separated */
  int answer_rest;  /* 1: every other yellow question answered no */
  int32_t level;    /* expected, from the rule */
} vignette;

static const vignette vignettes[] = {
    {"not asked", "", 0, NONE},
    {"all no", "", 1, LOW},
    {"DOMS after squats, bothered by it", "pain-bothersome", 1, LOW},
    {"three physical", "leg-pain-spread,walking-limited,dressing-slower", 1, LOW},
    {"four physical", "leg-pain-spread,neck-shoulder-pain,walking-limited,dressing-slower", 1,
     MEDIUM},
    {"physical with some worry", "walking-limited,dressing-slower,worry,pain-bothersome", 1,
     MEDIUM},
    {"three psychosocial and one physical", "fear-of-movement,worry,pain-bothersome,walking-limited",
     1, MEDIUM},
    {"three psychosocial only", "fear-of-movement,worry,pain-bothersome", 1, LOW},
    {"chronic pain with high worry and fear of movement",
     "fear-of-movement,worry,pain-hopeless,pain-bothersome,walking-limited", 1, HIGH},
    {"four psychosocial, nothing physical", "fear-of-movement,worry,low-mood,pain-hopeless", 1,
     HIGH},
    {"everything", "leg-pain-spread,neck-shoulder-pain,walking-limited,dressing-slower,"
                   "fear-of-movement,worry,pain-hopeless,low-mood,pain-bothersome", 0, HIGH},
    {"yes answers alone count (others unasked)", "fear-of-movement,worry,low-mood,pain-bothersome",
     0, HIGH},
};

static void answer_vignette(const vignette *v) {
  brf_screen_clear(s);
  if (v->answer_rest) {
    for (size_t i = 0; i < brf_yellowflag_count(); i++)
      cr_assert_eq(brf_screen_answer(s, brf_yellowflag_id(i), 0), BRF_OK);
  }
  cr_assert_eq(brf_screen_answer_list(s, v->yes), BRF_OK, "%s: %s", v->name,
               brf_context_errmsg(ctx));
}

Test(yellow_flags, vignettes) {
  for (size_t k = 0; k < sizeof vignettes / sizeof vignettes[0]; k++) {
    const vignette *v = &vignettes[k];
    answer_vignette(v);
    int32_t level = 99, urgency = 99;
    cr_assert_eq(brf_screen_psychosocial_get(s, &level), BRF_OK);
    cr_expect_eq(level, v->level, "%s: level %d, expected %d", v->name, (int)level, (int)v->level);
    /* yellow flags never refer and never raise the urgency */
    cr_assert_eq(brf_screen_outcome_get(s, &urgency), BRF_OK);
    cr_expect_eq(urgency, BRF_URGENCY_NONE, "%s", v->name);
    cr_expect_eq(brf_screen_evaluate(s), BRF_OK, "%s", v->name);
    cr_expect_str_eq(brf_screen_message(s), "", "%s: the red-flag message", v->name);
  }
}

Test(yellow_flags, with_a_review_red_flag_plans_and_keeps_both) {
  cr_assert_eq(brf_screen_answer_list(s, "pregnancy,fear-of-movement,worry,low-mood,pain-hopeless"),
               BRF_OK);
  int32_t level = 0, urgency = 0;
  cr_assert_eq(brf_screen_psychosocial_get(s, &level), BRF_OK);
  cr_assert_eq(level, HIGH);
  cr_assert_eq(brf_screen_outcome_get(s, &urgency), BRF_OK);
  cr_assert_eq(urgency, BRF_URGENCY_REVIEW);
  cr_assert_eq(brf_screen_evaluate(s), BRF_OK);
  /* only red flags are listed as positive */
  cr_assert_eq(brf_screen_positive_count(s), 1);
  cr_assert_str_eq(brf_screen_positive_at(s, 0), "pregnancy");
}

Test(yellow_flags, a_later_no_replaces_a_yes) {
  cr_assert_eq(brf_screen_answer_list(s, "fear-of-movement,worry,low-mood,pain-hopeless"), BRF_OK);
  cr_assert_eq(brf_screen_answer(s, "worry", 0), BRF_OK);
  int32_t level = 0;
  cr_assert_eq(brf_screen_psychosocial_get(s, &level), BRF_OK);
  cr_assert_eq(level, LOW); /* 3 yes: total 3 */
}

Test(yellow_flags, questions_are_data_with_sources_and_own_ids) {
  size_t n = brf_yellowflag_count();
  cr_assert_eq(n, 9);
  for (size_t i = 0; i < n; i++) {
    const char *id = brf_yellowflag_id(i);
    size_t at = 99, red = 0;
    cr_assert_eq(brf_yellowflag_find(id, &at), BRF_OK);
    cr_assert_eq(at, i);
    cr_assert_eq(brf_redflag_find(id, &red), BRF_E_NOT_FOUND, "%s is also a red flag", id);
    const char *q = brf_yellowflag_question(i);
    cr_assert(q && q[strlen(q) - 1] == '?', "%s", id);
    cr_assert(strstr(brf_yellowflag_source(i), "STarT Back") != NULL, "%s", id);
  }
  cr_assert_null(brf_yellowflag_id(n));
  cr_assert_null(brf_yellowflag_question(n));
  cr_assert_null(brf_yellowflag_source(n));
  size_t at = 7;
  cr_assert_eq(brf_yellowflag_find("saddle-numbness", &at), BRF_E_NOT_FOUND);
  cr_assert_eq(at, 7);
}

Test(yellow_flags, levels_have_ids_and_advice_from_the_sources) {
  static const char *const ids[] = {"low", "medium", "high"};
  for (int32_t l = LOW; l <= HIGH; l++) {
    cr_assert_str_eq(brf_psychosocial_id(l), ids[l]);
    int32_t back = -5;
    cr_assert_eq(brf_psychosocial_from_id(ids[l], strlen(ids[l]), &back), BRF_OK);
    cr_assert_eq(back, l);
    cr_assert_not_null(brf_psychosocial_advice(l));
  }
  cr_assert_null(brf_psychosocial_id(NONE));
  cr_assert_null(brf_psychosocial_advice(NONE));
  cr_assert_null(brf_psychosocial_id(3));
  int32_t out = 42;
  cr_assert_eq(brf_psychosocial_from_id("extreme", 7, &out), BRF_E_NOT_FOUND);
  cr_assert_eq(out, 42);
  /* low: keep active; medium: pacing and a physiotherapist; high: see a physiotherapist */
  cr_assert_not_null(strstr(brf_psychosocial_advice(LOW), "Keep active"));
  cr_assert_not_null(strstr(brf_psychosocial_advice(MEDIUM), "pace yourself"));
  cr_assert_not_null(strstr(brf_psychosocial_advice(MEDIUM), "physiotherapist"));
  cr_assert_not_null(strstr(brf_psychosocial_advice(HIGH), "please see a physiotherapist"));
}

Test(yellow_flags, the_result_keeps_answers_and_level) {
  cr_assert_eq(brf_screen_answer_list(s, "fear-of-movement,worry,low-mood,pain-hopeless"), BRF_OK);
  cr_assert_eq(brf_screen_answer(s, "walking-limited", 0), BRF_OK);
  brf_screen_result *r = NULL;
  cr_assert_eq(brf_screen_result_new(ctx, s, 20794, &r), BRF_OK);
  int32_t level = 0;
  cr_assert_eq(brf_screen_result_psychosocial_get(r, &level), BRF_OK);
  cr_assert_eq(level, HIGH);
  char *json = NULL;
  cr_assert_eq(brf_screen_result_to_json(ctx, r, 0, &json, NULL), BRF_OK);
  cr_assert_not_null(strstr(json, "\"psychosocial\":\"high\""), "%s", json);
  cr_assert_not_null(strstr(json, "\"worry\":true"), "%s", json);
  cr_assert_not_null(strstr(json, "\"walking-limited\":false"), "%s", json);
  cr_assert_not_null(strstr(json, "please see a physiotherapist"), "%s", json);
  brf_screen_result *back = NULL;
  cr_assert_eq(brf_screen_result_from_json(ctx, json, strlen(json), 0, &back), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_assert_eq(brf_screen_result_psychosocial_get(back, &level), BRF_OK);
  cr_assert_eq(level, HIGH);
  char *again = NULL;
  cr_assert_eq(brf_screen_result_to_json(ctx, back, 0, &again, NULL), BRF_OK);
  cr_assert_str_eq(again, json);
  brf_free(ctx, again);
  brf_free(ctx, json);
  brf_screen_result_free(back);
  brf_screen_result_free(r);
}

Test(yellow_flags, a_stored_level_is_not_weakened) {
  const char *doc = "{\"format\":\"backrelief-screen\",\"format_version\":1,"
                    "\"date\":\"2026-11-01\",\"urgency\":\"none\",\"answers\":{},"
                    "\"psychosocial\":\"medium\"}";
  brf_screen_result *r = NULL;
  cr_assert_eq(brf_screen_result_from_json(ctx, doc, strlen(doc), 0, &r), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  int32_t level = 0;
  cr_assert_eq(brf_screen_result_psychosocial_get(r, &level), BRF_OK);
  cr_assert_eq(level, MEDIUM);
  brf_screen_result_free(r);
  const char *none = "{\"format\":\"backrelief-screen\",\"format_version\":1,"
                     "\"date\":\"2026-11-01\",\"urgency\":\"none\",\"answers\":{}}";
  cr_assert_eq(brf_screen_result_from_json(ctx, none, strlen(none), 0, &r), BRF_OK);
  cr_assert_eq(brf_screen_result_psychosocial_get(r, &level), BRF_OK);
  cr_assert_eq(level, NONE);
  brf_screen_result_free(r);
}
