/* The catalog and the dosage module together: the built-in doses are
 * canonical notation and their generated estimates are the dosage module's;
 * drafts and catalogs validate doses, store them canonical, and give custom
 * and changed doses the session time the longest-duration filter uses. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"
#include "catalog/catalog_private.h"
#include "internal/dosage.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(catalog_doses);

/* Parse and format again; returns the dose (caller frees). */
static brf_dosage *canonical(const char *text, const char *id) {
  brf_dosage *d = NULL;
  char *again = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &d), BRF_OK, "%s: \"%s\": %s", id, text,
               brf_context_errmsg(ctx));
  cr_assert_eq(brf_dosage_to_string(ctx, d, &again, NULL), BRF_OK);
  cr_assert_str_eq(again, text, "%s: \"%s\" is not canonical", id, text);
  brf_free(ctx, again);
  return d;
}

#if BRF_WITH_BUILTIN_CATALOG
Test(catalog_doses, every_builtin_dose_is_canonical_notation) {
  brf_catalog *cat = NULL;
  size_t doses = 0;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  for (size_t i = 0; i < brf_catalog_count(cat); i++) {
    const brf_exercise *e = brf_catalog_at(cat, i);
    brf_dosage_free(canonical(brf_exercise_default_dose(e), brf_exercise_id(e)));
    doses++;
    for (size_t k = 0; k < brf_exercise_alternative_dose_count(e); k++, doses++)
      brf_dosage_free(canonical(brf_exercise_alternative_dose_at(e, k), brf_exercise_id(e)));
  }
  cr_assert_geq(doses, 47 + 50, "default and alternative doses were checked");
  brf_catalog_free(cat);
}

Test(catalog_doses, generated_estimates_are_the_dosage_modules) {
  brf_catalog *cat = NULL;
  size_t known = 0;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  for (size_t i = 0; i < brf_catalog_count(cat); i++) {
    const brf_exercise *e = brf_catalog_at(cat, i);
    brf_dosage *d = canonical(e->default_dose, e->id);
    int64_t lo = -1, hi = -1;
    if (brf__dosage_estimate(d, e->modality, &lo, &hi) != BRF_OK) lo = hi = -1;
    cr_assert(lo == e->estimate_min_ms && hi == e->estimate_max_ms,
              "%s (\"%s\"): generated %lld-%lld ms, dosage module %lld-%lld ms", e->id,
              e->default_dose, (long long)e->estimate_min_ms, (long long)e->estimate_max_ms,
              (long long)lo, (long long)hi);
    known += lo >= 0;
    brf_dosage_free(d);
  }
  cr_assert_geq(known, 40, "most built-in doses have a session time");
  brf_catalog_free(cat);
}

Test(catalog_doses, a_changed_dose_is_canonical_and_has_its_session_time) {
  brf_catalog *cat = NULL;
  brf_query *q = NULL;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_catalog_set_default_dose(cat, "pelvic-tilt", "1 x 5 reps"), BRF_OK,
               "%s", brf_context_errmsg(ctx));
  const brf_exercise *e = brf_catalog_find(cat, "pelvic-tilt");
  cr_assert_str_eq(brf_exercise_default_dose(e), "1x5");
  cr_assert(e->estimate_max_ms > 0 && e->estimate_max_ms < 60000, "estimate %lld",
            (long long)e->estimate_max_ms);
  cr_assert_eq(brf_query_new(ctx, cat, &q), BRF_OK);
  cr_assert_eq(brf_query_set_max_duration_ms(q, e->estimate_max_ms), BRF_OK);
  cr_assert_eq(brf_query_run(q), BRF_OK);
  int found = 0;
  for (size_t i = 0; i < brf_query_count(q); i++)
    found |= strcmp(brf_exercise_id(brf_query_at(q, i)), "pelvic-tilt") == 0;
  cr_assert(found, "the longest-duration filter sees the new estimate");
  brf_query_free(q);
  brf_catalog_free(cat);
}

Test(catalog_doses, a_bad_dose_changes_nothing_and_keeps_the_parsers_message) {
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  const brf_exercise *before = brf_catalog_find(cat, "pelvic-tilt");
  const char *dose = brf_exercise_default_dose(before);
  size_t base = st.live_blocks;
  cr_assert_eq(brf_catalog_set_default_dose(cat, "pelvic-tilt", "3x10 bananas"), BRF_E_PARSE);
  cr_assert_gt(brf_context_error_column(ctx), 1, "the parser's column is kept");
  cr_assert_eq(brf_catalog_set_default_dose(cat, "pelvic-tilt", "hold 5-2s"), BRF_E_RANGE);
  cr_assert_eq(brf_catalog_set_default_dose(cat, "no-such", "3x10"), BRF_E_NOT_FOUND);
  cr_assert_eq(st.live_blocks, base);
  cr_assert_eq(brf_catalog_find(cat, "pelvic-tilt"), before);
  cr_assert_str_eq(brf_exercise_default_dose(before), dose);
  brf_catalog_free(cat);
}

Test(catalog_doses, a_failed_dose_change_allocates_nothing) {
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  size_t base = st.live_blocks;
  for (size_t k = 1;; k++) {
    st.fail_at = st.calls + k;
    brf_status s = brf_catalog_set_default_dose(cat, "pelvic-tilt", "2x8, rest 30s");
    st.fail_at = 0;
    if (s == BRF_OK) break;
    cr_assert_eq(s, BRF_E_NOMEM, "failure %zu", k);
    cr_assert_eq(st.live_blocks, base, "failure %zu leaked", k);
    cr_assert_str_neq(brf_exercise_default_dose(brf_catalog_find(cat, "pelvic-tilt")),
                      "2x8, rest 30s");
  }
  cr_assert_str_eq(brf_exercise_default_dose(brf_catalog_find(cat, "pelvic-tilt")),
                   "2x8, rest 30s");
  brf_catalog_free(cat);
}
#endif

static brf_exercise_draft *draft(const char *id) {
  brf_exercise_draft *d = NULL;
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, id), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, "Bridge"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_STRENGTH), BRF_OK);
  return d;
}

Test(catalog_doses, drafts_validate_doses_and_store_them_canonical) {
  brf_exercise_draft *d = draft("bridge-two");
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_exercise_draft_set_default_dose(d, "3 x 10, hold 5 s"), BRF_OK,
               "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_exercise_draft_set_default_dose(d, "3x"), BRF_E_PARSE);
  cr_assert_eq(brf_exercise_draft_set_default_dose(d, "hold 9-3s"), BRF_E_RANGE);
  cr_assert_eq(brf_exercise_draft_add_alternative_dose(d, "2 sets of 8", BRF_SOURCE_PAPER, "X",
                                                       ""),
               BRF_E_PARSE);
  cr_assert_eq(brf_exercise_draft_add_alternative_dose(d, "2 x 8", BRF_SOURCE_PAPER, "X", "n"),
               BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK);
  const brf_exercise *e = brf_catalog_at(cat, 0);
  cr_assert_str_eq(brf_exercise_default_dose(e), "3x10, hold 5s", "the failed calls kept it");
  cr_assert_eq(brf_exercise_alternative_dose_count(e), 1);
  cr_assert_str_eq(brf_exercise_alternative_dose_at(e, 0), "2x8");
  cr_assert(e->estimate_min_ms > 0, "a custom exercise has the session time of its dose");
  brf_exercise_draft_free(d);
  brf_catalog_free(cat);
}

Test(catalog_doses, custom_exercises_answer_the_longest_duration_filter) {
  brf_exercise_draft *d = draft("short-one"), *d2 = draft("no-dose");
  brf_catalog *cat = NULL;
  brf_query *q = NULL;
  cr_assert_eq(brf_exercise_draft_set_default_dose(d, "5 reps"), BRF_OK);
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d2), BRF_OK);
  const brf_exercise *e = brf_catalog_find(cat, "short-one");
  cr_assert_gt(e->estimate_max_ms, 0);
  cr_assert_eq(brf_catalog_find(cat, "no-dose")->estimate_max_ms, -1);
  cr_assert_eq(brf_query_new(ctx, cat, &q), BRF_OK);
  cr_assert_eq(brf_query_set_max_duration_ms(q, e->estimate_max_ms), BRF_OK);
  cr_assert_eq(brf_query_run(q), BRF_OK);
  cr_assert_eq(brf_query_count(q), 1);
  cr_assert_eq(brf_query_at(q, 0), e);
  cr_assert_eq(brf_query_set_max_duration_ms(q, e->estimate_max_ms - 1), BRF_OK);
  cr_assert_eq(brf_query_run(q), BRF_OK);
  cr_assert_eq(brf_query_count(q), 0);
  brf_query_free(q);
  brf_exercise_draft_free(d);
  brf_exercise_draft_free(d2);
  brf_catalog_free(cat);
}
