/* The screen result: a dated copy of the answers, its urgency and implied
 * conditions, and the `backrelief-screen` JSON codec (docs/formats.md), with
 * one status per situation for the reader (docs/conventions.md). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_screen *s;

static void setup(void) { cr_assert_eq(brf_screen_new(ctx, &s), BRF_OK); }
static void teardown(void) { brf_screen_free(s); }

BRF_TEST_CONTEXT_FIXTURE_WITH(screen_result, setup, teardown);

#define DAY_2026_12_07 20794

static brf_screen_result *make(void) {
  brf_screen_result *r = NULL;
  cr_assert_eq(brf_screen_result_new(ctx, s, DAY_2026_12_07, &r), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  return r;
}

static char *to_json(const brf_screen_result *r, uint32_t flags) {
  char *json = NULL;
  cr_assert_eq(brf_screen_result_to_json(ctx, r, flags, &json, NULL), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  return json;
}

/* Read text; return the status and free any result. */
static brf_status read_status(const char *text) {
  brf_screen_result *r = NULL;
  brf_status got = brf_screen_result_from_json(ctx, text, strlen(text), 0, &r);
  if (got == BRF_OK) cr_assert_not_null(r);
  else cr_assert_null(r);
  brf_screen_result_free(r);
  return got;
}

Test(screen_result, clear_screen_has_no_urgency_and_the_day) {
  cr_assert_eq(brf_screen_set_age(s, 40), BRF_OK);
  brf_screen_result *r = make();
  int32_t u = 0;
  cr_assert_eq(brf_screen_result_urgency_get(r, &u), BRF_OK);
  cr_assert_eq(u, BRF_URGENCY_NONE);
  cr_assert_eq(brf_screen_result_day(r), DAY_2026_12_07);
  char *json = to_json(r, 0);
  cr_assert_str_eq(json,
                   "{\"format\":\"backrelief-screen\",\"format_version\":1,\"date\":\"2026-12-"
                   "07\",\"urgency\":\"none\",\"answers\":{},\"age\":40,\"age_limits\":{"
                   "\"younger_than\":18,\"older_than\":50},\"positive\":[],\"conditions\":[],"
                   "\"psychosocial\":null,\"advice\":[]}");
  brf_free(ctx, json);
  brf_screen_result_free(r);
}

Test(screen_result, copies_the_screen_so_later_answers_do_not_change_it) {
  brf_screen_result *r = make();
  cr_assert_eq(brf_screen_answer(s, "saddle-numbness", 1), BRF_OK);
  int32_t u = 0;
  cr_assert_eq(brf_screen_result_urgency_get(r, &u), BRF_OK);
  cr_assert_eq(u, BRF_URGENCY_NONE);
  const brf_screen *inner = NULL;
  cr_assert_eq(brf_screen_result_screen(r, &inner), BRF_OK);
  cr_assert_eq(brf_screen_positive_count(inner), 0);
  brf_screen_result_free(r);
}

Test(screen_result, emergency_round_trips_with_answers_conditions_and_advice) {
  cr_assert_eq(brf_screen_answer_list(s, "pregnancy,bladder-bowel-change"), BRF_OK);
  brf_screen_result *r = make();
  char *json = to_json(r, BRF_JSON_PRETTY);
  cr_assert_not_null(strstr(json, "\"urgency\": \"emergency\""), "%s", json);
  cr_assert_not_null(strstr(json, "\"bladder-bowel-change\": true"), "%s", json);
  cr_assert_not_null(strstr(json, "\"conditions\": [\n    \"pregnancy\"\n  ]"), "%s", json);
  cr_assert_not_null(strstr(json, "\"advice\": [\n    \"Emergency:"), "%s", json);

  brf_screen_result *back = NULL;
  cr_assert_eq(brf_screen_result_from_json(ctx, json, strlen(json), 0, &back), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  int32_t u = 0, preg = 0;
  cr_assert_eq(brf_screen_result_urgency_get(back, &u), BRF_OK);
  cr_assert_eq(u, BRF_URGENCY_EMERGENCY);
  cr_assert_eq(brf_screen_result_day(back), DAY_2026_12_07);
  const brf_screen *inner = NULL;
  cr_assert_eq(brf_screen_result_screen(back, &inner), BRF_OK);
  cr_assert_eq(brf_screen_implies_condition(inner, BRF_CONDITION_PREGNANCY, &preg), BRF_OK);
  cr_assert_eq(preg, 1);
  char *again = to_json(back, BRF_JSON_PRETTY);
  cr_assert_str_eq(again, json); /* the same bytes */
  brf_free(ctx, again);
  brf_free(ctx, json);
  brf_screen_result_free(back);
  brf_screen_result_free(r);
}

Test(screen_result, age_derived_flags_come_back_from_the_age) {
  cr_assert_eq(brf_screen_set_age(s, 15), BRF_OK);
  brf_screen_result *r = make();
  char *json = to_json(r, 0);
  cr_assert_not_null(strstr(json, "\"answers\":{}"), "%s", json); /* derived, not answered */
  cr_assert_not_null(strstr(json, "\"positive\":[\"age-under-16\",\"younger-age\"]"), "%s", json);
  brf_screen_result *back = NULL;
  cr_assert_eq(brf_screen_result_from_json(ctx, json, strlen(json), 0, &back), BRF_OK);
  int32_t u = 0;
  cr_assert_eq(brf_screen_result_urgency_get(back, &u), BRF_OK);
  cr_assert_eq(u, BRF_URGENCY_URGENT);
  brf_free(ctx, json);
  brf_screen_result_free(back);
  brf_screen_result_free(r);
}

/* A saved referral is never weakened by reading it: the stored urgency wins
 * over what the answers give when it is more urgent. */
Test(screen_result, stored_urgency_is_kept_when_more_urgent) {
  const char *doc = "{\"format\":\"backrelief-screen\",\"format_version\":1,"
                    "\"date\":\"2026-11-01\",\"urgency\":\"urgent\",\"answers\":{}}";
  brf_screen_result *r = NULL;
  cr_assert_eq(brf_screen_result_from_json(ctx, doc, strlen(doc), 0, &r), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  int32_t u = 0;
  cr_assert_eq(brf_screen_result_urgency_get(r, &u), BRF_OK);
  cr_assert_eq(u, BRF_URGENCY_URGENT);
  brf_screen_result_free(r);
  /* and a stored "none" does not hide a positive answer */
  const char *doc2 = "{\"format\":\"backrelief-screen\",\"format_version\":1,"
                     "\"date\":\"2026-11-01\",\"urgency\":\"none\","
                     "\"answers\":{\"fever-unwell\":true,\"pregnancy\":false}}";
  cr_assert_eq(brf_screen_result_from_json(ctx, doc2, strlen(doc2), 0, &r), BRF_OK);
  cr_assert_eq(brf_screen_result_urgency_get(r, &u), BRF_OK);
  cr_assert_eq(u, BRF_URGENCY_URGENT);
  brf_screen_result_free(r);
}

Test(screen_result, every_old_id_is_readable) {
  /* Every id of the checklist (old and new) reads back as an answer. */
  for (size_t i = 0; i < brf_redflag_count(); i++) {
    char doc[256];
    snprintf(doc, sizeof doc,
             "{\"format\":\"backrelief-screen\",\"format_version\":1,\"date\":\"2026-11-01\","
             "\"urgency\":\"none\",\"answers\":{\"%s\":true}}",
             brf_redflag_id(i));
    cr_assert_eq(read_status(doc), BRF_OK, "%s: %s", brf_redflag_id(i), brf_context_errmsg(ctx));
  }
}

#define HEAD "{\"format\":\"backrelief-screen\",\"format_version\":1,"

static void expect(const char *doc, brf_status want, const char *msg) {
  cr_assert_eq(read_status(doc), want, "%s -> %s", doc, brf_context_errmsg(ctx));
  cr_assert_not_null(strstr(brf_context_errmsg(ctx), msg), "%s", brf_context_errmsg(ctx));
}

Test(screen_result, reader_one_status_per_situation) {
  expect("{", BRF_E_PARSE, "");
  expect("{\"format\":\"backrelief-screen\",\"format_version\":2,\"date\":\"2026-11-01\","
         "\"urgency\":\"none\",\"answers\":{}}",
         BRF_E_SCHEMA, "format_version");
  expect("{\"format\":\"backrelief-routine\",\"format_version\":1,\"date\":\"2026-11-01\","
         "\"urgency\":\"none\",\"answers\":{}}",
         BRF_E_SCHEMA, "format");
  expect(HEAD "\"date\":\"2026-11-01\",\"urgency\":\"none\",\"answers\":{\"no-such\":true}}",
         BRF_E_NOT_FOUND, "answers.no-such");
  expect(HEAD "\"date\":\"2026-11-01\",\"urgency\":\"none\",\"answers\":{\"pregnancy\":1}}",
         BRF_E_SCHEMA, "answers.pregnancy: expected true or false");
  expect(HEAD "\"date\":\"2026-11-01\",\"urgency\":\"none\",\"answers\":{\"pregnancy\":true,"
              "\"pregnancy\":false}}",
         BRF_E_SCHEMA, "answers");
  expect(HEAD "\"date\":\"2026-11-01\",\"urgency\":\"soon\",\"answers\":{}}", BRF_E_SCHEMA,
         "urgency");
  expect(HEAD "\"date\":\"yesterday\",\"urgency\":\"none\",\"answers\":{}}", BRF_E_SCHEMA,
         "date");
  expect(HEAD "\"date\":\"2026-11-01\",\"urgency\":\"none\",\"answers\":{},\"age\":151}",
         BRF_E_RANGE, "age");
  expect(HEAD "\"date\":\"2026-11-01\",\"urgency\":\"none\",\"answers\":{},\"age\":1.5}",
         BRF_E_SCHEMA, "age");
  expect(HEAD "\"urgency\":\"none\",\"answers\":{}}", BRF_E_SCHEMA, "date");
  expect(HEAD "\"date\":\"2026-11-01\",\"urgency\":\"none\",\"answers\":{},\"extra\":1}",
         BRF_E_SCHEMA, "extra");
  expect(HEAD "\"date\":\"2026-11-01\",\"urgency\":\"none\",\"answers\":{},"
              "\"conditions\":[\"gills\"]}",
         BRF_E_SCHEMA, "conditions[0]");
  expect(HEAD "\"date\":\"2026-11-01\",\"urgency\":\"none\",\"answers\":{},"
              "\"psychosocial\":\"extreme\"}",
         BRF_E_SCHEMA, "psychosocial");
  expect(HEAD "\"date\":\"2026-11-01\",\"urgency\":\"none\",\"answers\":{},"
              "\"age_limits\":{\"younger_than\":60,\"older_than\":50}}",
         BRF_E_RANGE, "age_limits");
}

Test(screen_result, bad_arguments) {
  brf_screen_result *r = (brf_screen_result *)1;
  cr_assert_eq(brf_screen_result_new(ctx, s, BRF_DATE_MAX + 1, &r), BRF_E_RANGE);
  cr_assert_null(r);
  cr_assert_eq(brf_screen_result_new(ctx, NULL, 0, &r), BRF_E_INVALID);
  cr_assert_eq(brf_screen_result_from_json(ctx, "{}", 2, 8u, &r), BRF_E_INVALID);
  cr_assert_eq(brf_screen_result_day(NULL), INT32_MIN);
  int32_t u = 7;
  cr_assert_eq(brf_screen_result_urgency_get(NULL, &u), BRF_E_INVALID);
  cr_assert_eq(u, 7);
  brf_screen_result_free(NULL);
}
