/* The goal a routine serves (issue 21): the setter and getter, clone, and
 * the routine format's optional `goal` member (written only when set; a
 * document without it, as every one written before it, reads as "no
 * goal"). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "support.h"
#include "test_routine_fixture.h"

/* The goal values (planner.h) without needing the planner's header here:
 * the routine keeps its goal in builds without the planner. */
#define GOAL_LONG_SITTING 1
#define GOAL_STRENGTHEN 4
#define GOAL_COUNT 5

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

static void setup(void) { cat = brf_test_routine_catalog(ctx); }
static void teardown(void) { brf_catalog_free(cat); }

BRF_TEST_CONTEXT_FIXTURE_WITH(routine_goal, setup, teardown);

static int32_t goal_of(const brf_routine *r) {
  int32_t g = 99;
  cr_assert_eq(brf_routine_goal_get(r, &g), BRF_OK);
  return g;
}

static brf_routine *two_steps(void) {
  const char *ids[] = {"ball-glutes", "bridge", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  cr_assert_eq(brf_routine_set_name(r, "Short"), BRF_OK);
  return r;
}

Test(routine_goal, a_new_routine_has_none_and_the_setter_checks_the_value) {
  brf_routine *r = NULL;
  cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
  cr_expect_eq(goal_of(r), -1);
  for (int32_t g = 0; g < GOAL_COUNT; g++) {
    cr_expect_eq(brf_routine_set_goal(r, g), BRF_OK);
    cr_expect_eq(goal_of(r), g);
  }
  cr_expect_eq(brf_routine_set_goal(r, GOAL_COUNT), BRF_E_INVALID);
  cr_expect(strstr(brf_context_errmsg(ctx), "unknown goal 5") != NULL, "%s",
            brf_context_errmsg(ctx));
  cr_expect_eq(brf_routine_set_goal(r, -2), BRF_E_INVALID);
  cr_expect_eq(goal_of(r), GOAL_COUNT - 1, "a refused value leaves the goal as it was");
  cr_expect_eq(brf_routine_set_goal(r, -1), BRF_OK);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK, "success clears the error");
  cr_expect_eq(goal_of(r), -1);
  int32_t untouched = 7;
  cr_expect_eq(brf_routine_goal_get(NULL, &untouched), BRF_E_INVALID);
  cr_expect_eq(untouched, 7);
  cr_expect_eq(brf_routine_goal_get(r, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_routine_set_goal(NULL, 0), BRF_E_INVALID);
  brf_routine_free(r);
}

Test(routine_goal, clone_keeps_it) {
  brf_routine *r = two_steps(), *c = NULL;
  cr_assert_eq(brf_routine_set_goal(r, GOAL_STRENGTHEN), BRF_OK);
  cr_assert_eq(brf_routine_clone(ctx, r, &c), BRF_OK);
  cr_expect_eq(goal_of(c), GOAL_STRENGTHEN);
  brf_routine_free(c);
  brf_routine_free(r);
}

static char *to_json(const brf_routine *r) {
  char *out = NULL;
  cr_assert_eq(brf_routine_to_json(ctx, r, 0, &out, NULL), BRF_OK, "%s", brf_context_errmsg(ctx));
  return out;
}

Test(routine_goal, written_last_only_when_set_and_read_back) {
  brf_routine *r = two_steps();
  char *none = to_json(r);
  cr_expect_null(strstr(none, "\"goal\""), "no goal, no member: %s", none);
  cr_assert_eq(brf_routine_set_goal(r, GOAL_LONG_SITTING), BRF_OK);
  char *with = to_json(r);
  size_t n = strlen(none);
  /* The same document with the member added at the end of the body. */
  cr_expect_eq(strncmp(with, none, n - 1), 0, "%s", with);
  cr_expect_str_eq(with + n - 1, ",\"goal\":\"long-sitting\"}");
  brf_routine *back = NULL;
  cr_assert_eq(brf_routine_from_json(ctx, with, strlen(with), cat, 0, &back), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_expect_eq(goal_of(back), GOAL_LONG_SITTING);
  char *again = to_json(back);
  cr_expect_str_eq(again, with, "byte-identical round trip");
  brf_routine_free(back);
  /* An old document (no goal member) still loads, with no goal. */
  cr_assert_eq(brf_routine_from_json(ctx, none, strlen(none), cat, 0, &back), BRF_OK);
  cr_expect_eq(goal_of(back), -1);
  brf_routine_free(back);
  brf_free(ctx, none);
  brf_free(ctx, with);
  brf_free(ctx, again);
  brf_routine_free(r);
}

#define HEAD "{\"format\":\"backrelief-routine\",\"format_version\":1,\"steps\":[],"

static void expect_schema(const char *text) {
  brf_routine *r = (brf_routine *)1;
  cr_expect_eq(brf_routine_from_json(ctx, text, strlen(text), cat, 0, &r), BRF_E_SCHEMA, "%s",
               text);
  cr_expect_null(r);
  cr_expect(strncmp(brf_context_errmsg(ctx), "goal:", 5) == 0, "%s", brf_context_errmsg(ctx));
}

Test(routine_goal, an_unknown_or_mistyped_goal_is_a_schema_error_at_its_path) {
  expect_schema(HEAD "\"goal\":\"Strengthen\"}");
  expect_schema(HEAD "\"goal\":\"\"}");
  expect_schema(HEAD "\"goal\":4}");
  expect_schema(HEAD "\"goal\":null}");
  brf_routine *r = (brf_routine *)1;
  const char *dup = HEAD "\"goal\":\"strengthen\",\"goal\":\"strengthen\"}";
  cr_expect_eq(brf_routine_from_json(ctx, dup, strlen(dup), cat, 0, &r), BRF_E_SCHEMA);
  cr_expect_null(r);
}
