/* The routine's stable id (issue 19, item 4): set, made from a seed, kept by
 * renames, copies and the JSON round trip, refused when malformed, and
 * absent from documents written before it existed. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"
#include "test_routine_fixture.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

static void setup(void) { cat = brf_test_routine_catalog(ctx); }
static void teardown(void) { brf_catalog_free(cat); }

BRF_TEST_CONTEXT_FIXTURE_WITH(routine_id, setup, teardown);

static brf_routine *legs(void) {
  const char *ids[] = {"ball-glutes", "bridge", NULL};
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  cr_assert_eq(brf_routine_set_name(r, "legs"), BRF_OK);
  return r;
}

Test(routine_id, a_new_routine_has_none_and_set_replaces_or_clears) {
  brf_routine *r = legs();
  cr_expect_str_eq(brf_routine_id(r), "");
  cr_assert_eq(brf_routine_set_id(r, "a1-B2_c3.d4"), BRF_OK);
  cr_expect_str_eq(brf_routine_id(r), "a1-B2_c3.d4");
  cr_assert_eq(brf_routine_set_id(r, NULL), BRF_OK);
  cr_expect_str_eq(brf_routine_id(r), "");
  cr_expect_null(brf_routine_id(NULL));
  brf_routine_free(r);
}

Test(routine_id, malformed_ids_are_refused_and_leave_the_id) {
  brf_routine *r = legs();
  cr_assert_eq(brf_routine_set_id(r, "keep"), BRF_OK);
  const char *bad[] = {"has space", "slash/no", "caf\xC3\xA9", "quote\"",
                       "0123456789012345678901234567890123456789012345678901234567890123456789"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    cr_expect_eq(brf_routine_set_id(r, bad[i]), BRF_E_INVALID, "%s", bad[i]);
    cr_expect_str_eq(brf_routine_id(r), "keep");
  }
  cr_expect_eq(brf_routine_set_id(NULL, "x"), BRF_E_INVALID);
  brf_routine_free(r);
}

Test(routine_id, made_ids_depend_on_the_seed_and_are_reproducible) {
  brf_routine *a = legs(), *b = legs();
  cr_assert_eq(brf_routine_make_id(a, "2026-03-02T08:00:00.123456789 pid 42"), BRF_OK);
  cr_assert_eq(brf_routine_make_id(b, "2026-03-02T08:00:00.123456789 pid 42"), BRF_OK);
  cr_expect_str_eq(brf_routine_id(a), brf_routine_id(b), "same seed, same routine");
  cr_expect_eq(strlen(brf_routine_id(a)), 34);
  cr_expect_eq(strncmp(brf_routine_id(a), "r-", 2), 0);
  cr_assert_eq(brf_routine_make_id(b, "2026-03-02T08:00:00.123456790 pid 42"), BRF_OK);
  cr_expect_str_neq(brf_routine_id(a), brf_routine_id(b), "one nanosecond apart");
  cr_expect_eq(brf_routine_make_id(a, ""), BRF_E_INVALID);
  cr_expect_eq(brf_routine_make_id(a, NULL), BRF_E_INVALID);
  brf_routine_free(a);
  brf_routine_free(b);
}

Test(routine_id, the_id_survives_a_rename_a_copy_and_an_edit) {
  brf_routine *r = legs();
  cr_assert_eq(brf_routine_set_id(r, "r-legs-1"), BRF_OK);
  cr_assert_eq(brf_routine_set_name(r, "legs after deadlifts"), BRF_OK);
  cr_assert_eq(brf_routine_remove(r, 0), BRF_OK);
  brf_routine *c = NULL;
  cr_assert_eq(brf_routine_clone(ctx, r, &c), BRF_OK);
  cr_expect_str_eq(brf_routine_id(r), "r-legs-1");
  cr_expect_str_eq(brf_routine_id(c), "r-legs-1");
  brf_routine_free(c);
  brf_routine_free(r);
}

Test(routine_id, json_round_trip_writes_the_id_after_the_name) {
  brf_routine *r = legs();
  cr_assert_eq(brf_routine_set_id(r, "r-0123abcd"), BRF_OK);
  char *text = NULL;
  size_t len = 0;
  cr_assert_eq(brf_routine_to_json(ctx, r, 0, &text, &len), BRF_OK);
  cr_expect_not_null(strstr(text, "\"name\":\"legs\",\"id\":\"r-0123abcd\",\"steps\""), "%s",
                     text);
  brf_routine *back = NULL;
  cr_assert_eq(brf_routine_from_json(ctx, text, len, cat, 0, &back), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_expect_str_eq(brf_routine_id(back), "r-0123abcd");
  char *again = NULL;
  cr_assert_eq(brf_routine_to_json(ctx, back, 0, &again, NULL), BRF_OK);
  cr_expect_str_eq(again, text, "byte-identical");
  brf_free(ctx, again);
  brf_free(ctx, text);
  brf_routine_free(back);
  brf_routine_free(r);
}

Test(routine_id, a_routine_without_id_writes_none_and_old_documents_load) {
  brf_routine *r = legs();
  char *text = NULL;
  cr_assert_eq(brf_routine_to_json(ctx, r, 0, &text, NULL), BRF_OK);
  cr_expect_null(strstr(text, "\"id\""), "%s", text);
  brf_free(ctx, text);
  brf_routine_free(r);
  /* A document as version 1 wrote it before the id existed. */
  const char *old = "{\"format\":\"backrelief-routine\",\"format_version\":1,\"name\":\"legs\","
                    "\"steps\":[{\"exercise\":\"bridge\",\"dose\":\"2x10\"}]}";
  brf_routine *o = NULL;
  cr_assert_eq(brf_routine_from_json(ctx, old, strlen(old), cat, 0, &o), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_expect_str_eq(brf_routine_id(o), "");
  brf_routine_free(o);
}

Test(routine_id, a_malformed_id_in_json_is_a_schema_error_with_its_path) {
  const char *bad = "{\"format\":\"backrelief-routine\",\"format_version\":1,\"name\":\"legs\","
                    "\"id\":\"not ok\",\"steps\":[]}";
  brf_routine *o = NULL;
  cr_expect_eq(brf_routine_from_json(ctx, bad, strlen(bad), cat, 0, &o), BRF_E_SCHEMA);
  cr_expect_null(o);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "id"), "%s", brf_context_errmsg(ctx));
  const char *num = "{\"format\":\"backrelief-routine\",\"format_version\":1,\"id\":7,\"steps\":[]}";
  cr_expect_eq(brf_routine_from_json(ctx, num, strlen(num), cat, 0, &o), BRF_E_SCHEMA);
}
