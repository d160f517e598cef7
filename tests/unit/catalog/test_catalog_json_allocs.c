/* The catalog format's reader costs under 2 allocations per exercise
 * (issue 25): counted with the fixture's counting allocator on generated
 * catalogs of a few thousand exercises, never timed. The reader writes each
 * exercise, its arrays and its text into one block of the catalog's arena
 * (a few large blocks in all); what is left per exercise is the dose
 * parser's one allocation per dose. Also: every allocation failure during a
 * load gives BRF_E_NOMEM, no catalog and no leak, and a merge into the
 * built-in catalog copies into its arena. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(catalog_json_allocs);

/* n exercises in the catalog format; with_doses gives each a default dose
 * and every third one an alternative dose too. Freed by the caller. */
static char *generate(int n, int with_doses, size_t *len_out) {
  size_t cap = (size_t)n * 4096 + 256, len = 0;
  char *t = malloc(cap);
  cr_assert_not_null(t);
  len += (size_t)snprintf(t + len, cap - len,
                          "{\"format\": \"backrelief-catalog\", \"format_version\": 1, "
                          "\"exercises\": [");
  for (int i = 0; i < n; i++) {
    len += (size_t)snprintf(
        t + len, cap - len,
        "%s{\"id\": \"generated-%d\", \"name\": \"Generated \\u00e9xercise %d\", "
        "\"aliases\": [\"alias %d\", \"other %d\"], \"summary\": \"A generated exercise.\", "
        "\"modality\": \"%s\", \"regions\": {\"primary\": [\"glutes\"], "
        "\"secondary\": [\"hamstrings\", \"lower-back\"]}, \"equipment\": [\"%s\"], "
        "\"level\": \"%s\", \"laterality\": \"both-sides\", \"position\": \"supine\", "
        "\"instructions\": [\"Lie on your back, knees bent, feet flat.\", "
        "\"Lift the hips until the body is a straight line (\\\"bridge\\\") for step %d.\", "
        "\"Lower slowly.\"], \"cues\": [\"Breathe out as you lift.\"], \"cautions\": [], "
        "\"contraindications\": [{\"condition\": \"fracture\", \"action\": \"skip\", "
        "\"note\": \"Not with a fracture.\"}], ",
        i ? ", " : "", i, i, i, i, i % 2 ? "strength" : "mobility", i % 3 ? "none" : "mat",
        i % 4 ? "beginner" : "intermediate", i);
    if (with_doses)
      len += (size_t)snprintf(t + len, cap - len,
                              "\"default_dose\": \"%dx%d\", \"dose_note\": \"Generated.\", ", 2 + i % 2,
                              8 + i % 5);
    if (with_doses && i % 3 == 0)
      len += (size_t)snprintf(t + len, cap - len,
                              "\"alternative_doses\": [{\"dose\": \"3 x 10\", \"source\": "
                              "{\"kind\": \"guideline\", \"ref\": \"A guideline\"}}], ");
    len += (size_t)snprintf(
        t + len, cap - len,
        "\"progressions\": [{\"exercise\": \"generated-%d\", \"note\": \"harder\"}], "
        "\"regressions\": [{\"variation\": \"with a shorter hold\"}], "
        "\"sources\": [{\"kind\": \"database\", \"ref\": \"generated %d\", \"note\": \"\"}], "
        "\"media\": [\"https://example.org/%d.jpg\"]}",
        i + 1, i, i);
    cr_assert_lt(len, cap - 4096);
  }
  len += (size_t)snprintf(t + len, cap - len, "]}");
  *len_out = len;
  return t;
}

/* Allocations per exercise of one load of text, which must succeed. */
static double load_allocations(const char *text, size_t len, size_t expect) {
  brf_catalog *cat = NULL;
  size_t before = st.calls;
  cr_assert_eq(brf_catalog_from_json(ctx, text, len, 0, &cat), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  double per = (double)(st.calls - before) / (double)expect;
  cr_log_info("%zu exercises: %zu allocations, %.3f per exercise", expect, st.calls - before, per);
  cr_assert_eq(brf_catalog_count(cat), expect);
  brf_catalog_free(cat);
  return per;
}

Test(catalog_json_allocs, a_generated_catalog_with_doses_loads_with_under_2_per_exercise) {
  size_t len;
  char *text = generate(3000, 1, &len);
  double per = load_allocations(text, len, 3000);
  /* 1 dose parse per exercise, 1 more for every third: 1.33 by themselves. */
  cr_expect_lt(per, 2.0, "%.3f allocations per exercise", per);
  cr_expect_lt(per, 1.4, "%.3f allocations per exercise: one per dose, the rest in blocks", per);
  free(text);
}

Test(catalog_json_allocs, a_generated_catalog_without_doses_loads_with_blocks_only) {
  /* What the CLI's imported exercises look like: no dose. */
  size_t len;
  char *text = generate(3000, 0, &len);
  double per = load_allocations(text, len, 3000);
  cr_expect_lt(per, 0.1, "%.3f allocations per exercise: the arena takes blocks", per);
  free(text);
}

Test(catalog_json_allocs, every_field_of_a_generated_exercise_is_read) {
  size_t len;
  char *text = generate(40, 1, &len);
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_from_json(ctx, text, len, 0, &cat), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  const brf_exercise *ex = brf_catalog_find(cat, "generated-3");
  cr_assert_not_null(ex);
  cr_expect_str_eq(brf_exercise_name(ex), "Generated \xc3\xa9xercise 3");
  cr_expect_eq(brf_exercise_alias_count(ex), 2);
  cr_expect_str_eq(brf_exercise_alias_at(ex, 1), "other 3");
  cr_expect_eq(brf_exercise_modality(ex), BRF_MODALITY_STRENGTH);
  cr_expect_eq(brf_exercise_region_count(ex, BRF_REGIONS_PRIMARY), 1);
  cr_expect_eq(brf_exercise_region_at(ex, BRF_REGIONS_SECONDARY, 1), BRF_REGION_LOWER_BACK);
  cr_expect_eq(brf_exercise_equipment_at(ex, 0), BRF_EQUIPMENT_MAT);
  cr_expect_eq(brf_exercise_position(ex), BRF_POSITION_SUPINE);
  cr_expect_str_eq(brf_exercise_instruction_at(ex, 1),
                   "Lift the hips until the body is a straight line (\"bridge\") for step 3.");
  cr_expect_eq(brf_exercise_caution_count(ex), 0);
  cr_expect_eq(brf_exercise_contraindication_action(ex, 0), BRF_ACTION_SKIP);
  cr_expect_str_eq(brf_exercise_default_dose(ex), "3x11"); /* 2 + 3 % 2 sets of 8 + 3 % 5 */
  cr_expect_str_eq(brf_exercise_alternative_dose_at(ex, 0), "3x10");
  cr_expect_str_eq(brf_exercise_alternative_dose_source(ex, 0), "A guideline");
  cr_expect_str_eq(brf_exercise_alternative_dose_note(ex, 0), "");
  cr_expect_str_eq(brf_exercise_media_at(ex, 0), "https://example.org/3.jpg");
  /* Written back and read again: the same text. */
  char *one = NULL, *two = NULL;
  size_t n1 = 0, n2 = 0;
  brf_catalog *again = NULL;
  cr_assert_eq(brf_catalog_to_json(ctx, cat, 0, &one, &n1), BRF_OK);
  cr_assert_eq(brf_catalog_from_json(ctx, one, n1, 0, &again), BRF_OK);
  cr_assert_eq(brf_catalog_to_json(ctx, again, 0, &two, &n2), BRF_OK);
  cr_expect(n1 == n2 && memcmp(one, two, n1) == 0);
  brf_free(ctx, one);
  brf_free(ctx, two);
  brf_catalog_free(again);
  brf_catalog_free(cat);
  free(text);
}

Test(catalog_json_allocs, every_failed_allocation_of_a_load_leaves_nothing) {
  size_t len;
  char *text = generate(30, 1, &len);
  size_t total;
  brf_catalog *cat = NULL;
  size_t before = st.calls;
  cr_assert_eq(brf_catalog_from_json(ctx, text, len, 0, &cat), BRF_OK);
  total = st.calls - before;
  brf_catalog_free(cat);
  for (size_t k = 1; k <= total; k++) {
    size_t live = st.live_blocks;
    cat = (brf_catalog *)(void *)1;
    st.fail_at = st.calls + k;
    brf_status s = brf_catalog_from_json(ctx, text, len, 0, &cat);
    st.fail_at = 0;
    cr_expect_eq(s, BRF_E_NOMEM, "allocation %zu of %zu: %s", k, total, brf_status_name(s));
    cr_expect_null(cat);
    cr_expect_eq(st.live_blocks, live, "allocation %zu of %zu leaked", k, total);
    if (s == BRF_OK) brf_catalog_free(cat);
  }
  free(text);
}

Test(catalog_json_allocs, a_merge_copies_into_the_arena_and_a_failed_one_changes_nothing) {
  size_t len;
  char *text = generate(500, 0, &len);
  brf_catalog *custom = NULL, *dst = NULL;
  cr_assert_eq(brf_catalog_from_json(ctx, text, len, 0, &custom), BRF_OK);
  cr_assert_eq(brf_catalog_new_empty(ctx, &dst), BRF_OK);
  size_t before = st.calls, merge_calls;
  cr_assert_eq(brf_catalog_merge(dst, custom), BRF_OK);
  merge_calls = st.calls - before;
  cr_expect_lt(merge_calls, 50, "%zu allocations to merge 500 exercises", merge_calls);
  cr_expect_eq(brf_catalog_count(dst), 500);
  brf_catalog_free(dst);
  /* Each allocation of a merge failing in turn: the catalog as it was. */
  for (size_t k = 1; k <= merge_calls; k++) {
    brf_catalog *d = NULL;
    cr_assert_eq(brf_catalog_new_empty(ctx, &d), BRF_OK);
    size_t live = st.live_blocks;
    st.fail_at = st.calls + k;
    brf_status s = brf_catalog_merge(d, custom);
    st.fail_at = 0;
    if (s == BRF_OK) {
      brf_catalog_free(d);
      break; /* past the last allocation */
    }
    cr_expect_eq(s, BRF_E_NOMEM);
    cr_expect_eq(brf_catalog_count(d), 0);
    cr_expect_eq(st.live_blocks, live, "allocation %zu leaked", k);
    brf_catalog_free(d);
  }
  brf_catalog_free(custom);
  free(text);
}

/* ---- brf_catalog_merge_json: read into an existing catalog ---- */

Test(catalog_json_allocs, merge_json_appends_new_exercises_and_the_one_there_wins) {
  size_t len;
  char *text = generate(200, 1, &len);
  brf_catalog *dst = NULL;
  cr_assert_eq(brf_catalog_new_empty(ctx, &dst), BRF_OK);
  /* One exercise already there, under an id the document has too. */
  const char *one = "{\"format\": \"backrelief-catalog\", \"format_version\": 1, \"exercises\": "
                    "[{\"id\": \"generated-7\", \"name\": \"Mine\", \"modality\": \"mobility\"}]}";
  cr_assert_eq(brf_catalog_merge_json(dst, one, strlen(one), 0), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  size_t before = st.calls;
  cr_assert_eq(brf_catalog_merge_json(dst, text, len, BRF_JSON_PRETTY), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  double per = (double)(st.calls - before) / 200.0;
  cr_expect_lt(per, 2.0, "%.3f allocations per exercise", per);
  cr_expect_eq(brf_catalog_count(dst), 200);
  cr_expect_str_eq(brf_exercise_name(brf_catalog_at(dst, 0)), "Mine");
  cr_expect_str_eq(brf_exercise_id(brf_catalog_at(dst, 1)), "generated-0", "in the document's order");
  cr_expect_str_eq(brf_exercise_id(brf_catalog_at(dst, 199)), "generated-199");
  cr_expect_str_eq(brf_exercise_default_dose(brf_catalog_find(dst, "generated-3")), "3x11");
  brf_catalog_free(dst);
  free(text);
}

Test(catalog_json_allocs, merge_json_fails_as_from_json_and_leaves_the_catalog_unchanged) {
  const char *bad[] = {
      "{\"format\": \"backrelief-catalog\", \"format_version\": 1, \"exercises\": "
      "[{\"id\": \"a-one\", \"name\": \"A\", \"modality\": \"mobility\"}, "
      "{\"id\": \"b-two\", \"name\": \"B\", \"modality\": \"no-such-modality\"}]}",
      "{\"format\": \"backrelief-catalog\", \"format_version\": 2, \"exercises\": []}",
      "{\"format\": \"backrelief-catalog\", \"format_version\": 1, \"exercises\": [",
      "{\"format\": \"backrelief-catalog\", \"format_version\": 1, \"exercises\": "
      "[{\"id\": \"a-one\", \"name\": \"A\", \"modality\": \"mobility\", \"default_dose\": "
      "\"3x99999999999\"}]}",
  };
  brf_catalog *dst = NULL;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &dst), BRF_OK);
  size_t count = brf_catalog_count(dst);
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    brf_catalog *none = NULL;
    char want[400];
    brf_status s = brf_catalog_from_json(ctx, bad[i], strlen(bad[i]), 0, &none);
    cr_assert_neq(s, BRF_OK);
    snprintf(want, sizeof want, "%s", brf_context_errmsg(ctx));
    size_t live = st.live_blocks;
    cr_expect_eq(brf_catalog_merge_json(dst, bad[i], strlen(bad[i]), 0), s, "document %zu", i);
    cr_expect_str_eq(brf_context_errmsg(ctx), want, "document %zu: the same message", i);
    cr_expect_eq(brf_catalog_count(dst), count);
    cr_expect_eq(st.live_blocks, live, "document %zu left blocks behind", i);
  }
  cr_expect_eq(brf_catalog_merge_json(dst, NULL, 3, 0), BRF_E_INVALID);
  cr_expect_eq(brf_catalog_merge_json(dst, "{}", 2, 2u), BRF_E_INVALID);
  cr_expect_eq(brf_catalog_merge_json(NULL, "{}", 2, 0), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_freeze(dst), BRF_OK);
  const char *empty = "{\"format\": \"backrelief-catalog\", \"format_version\": 1, \"exercises\": []}";
  cr_expect_eq(brf_catalog_merge_json(dst, empty, strlen(empty), 0), BRF_E_STATE);
  brf_catalog_free(dst);
}

Test(catalog_json_allocs, every_failed_allocation_of_merge_json_leaves_the_catalog_as_it_was) {
  size_t len;
  char *text = generate(30, 1, &len);
  brf_catalog *dst = NULL;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &dst), BRF_OK);
  size_t count = brf_catalog_count(dst), before = st.calls, total;
  brf_catalog *probe = NULL;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &probe), BRF_OK);
  before = st.calls;
  cr_assert_eq(brf_catalog_merge_json(probe, text, len, 0), BRF_OK);
  total = st.calls - before;
  brf_catalog_free(probe);
  for (size_t k = 1; k <= total; k++) {
    size_t live = st.live_blocks;
    st.fail_at = st.calls + k;
    brf_status s = brf_catalog_merge_json(dst, text, len, 0);
    st.fail_at = 0;
    cr_assert_eq(s, BRF_E_NOMEM, "allocation %zu of %zu: %s", k, total, brf_status_name(s));
    cr_expect_eq(brf_catalog_count(dst), count);
    cr_expect_eq(st.live_blocks, live, "allocation %zu of %zu leaked", k, total);
  }
  cr_expect_eq(brf_catalog_merge_json(dst, text, len, 0), BRF_OK);
  cr_expect_eq(brf_catalog_count(dst), count + 30);
  brf_catalog_free(dst);
  free(text);
}
