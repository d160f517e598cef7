/* Catalog lifetime, NULL handling and freezing. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

Test(catalog, empty_catalog_has_nothing) {
  brf_context *ctx;
  brf_catalog *cat;
  cr_assert_eq(brf_context_new(&ctx), BRF_OK);
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  cr_expect_eq(brf_catalog_count(cat), 0);
  cr_expect_null(brf_catalog_at(cat, 0));
  cr_expect_null(brf_catalog_find(cat, "cat-camel"));
  cr_expect_eq(brf_catalog_is_frozen(cat), 0);
  brf_catalog_free(cat);
  brf_context_free(ctx);
}

Test(catalog, context_and_catalog_free_in_any_order) {
  brf_test_alloc st;
  brf_allocator a;
  brf_context *ctx;
  brf_catalog *cat;
  brf_test_alloc_init(&a, &st);
  cr_assert_eq(brf_context_new_with_allocator(&a, &ctx), BRF_OK);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  brf_context_free(ctx);
  cr_expect_not_null(brf_catalog_find(cat, "bird-dog"), "the catalog keeps its context alive");
  brf_catalog_free(cat);
  cr_expect_eq(st.live_blocks, 0);
}

Test(catalog, null_arguments) {
  brf_context *ctx;
  brf_catalog *cat = (brf_catalog *)0x1;
  cr_assert_eq(brf_context_new(&ctx), BRF_OK);
  cr_expect_eq(brf_catalog_new_empty(NULL, &cat), BRF_E_INVALID);
  cr_expect_null(cat);
  cr_expect_eq(brf_catalog_new_empty(ctx, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_catalog_new_builtin(NULL, &cat), BRF_E_INVALID);
  cr_expect_eq(brf_catalog_new_builtin(ctx, NULL), BRF_E_INVALID);
  brf_catalog_free(NULL);
  cr_expect_eq(brf_catalog_count(NULL), 0);
  cr_expect_null(brf_catalog_at(NULL, 0));
  cr_expect_null(brf_catalog_find(NULL, "x"));
  cr_expect_eq(brf_catalog_add(NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_catalog_set_default_dose(NULL, "x", "3x10"), BRF_E_INVALID);
  cr_expect_eq(brf_catalog_merge(NULL, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_catalog_freeze(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_catalog_is_frozen(NULL), 0);
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  cr_expect_eq(brf_catalog_add(cat, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_catalog_set_default_dose(cat, NULL, "3x10"), BRF_E_INVALID);
  cr_expect_eq(brf_catalog_set_default_dose(cat, "x", NULL), BRF_E_INVALID);
  cr_expect_eq(brf_catalog_merge(cat, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_catalog_merge(NULL, cat), BRF_E_INVALID);
  brf_catalog_free(cat);
  brf_context_free(ctx);
}

Test(catalog, exercise_getters_accept_null) {
  cr_expect_null(brf_exercise_id(NULL));
  cr_expect_null(brf_exercise_name(NULL));
  cr_expect_null(brf_exercise_summary(NULL));
  cr_expect_null(brf_exercise_default_dose(NULL));
  cr_expect_null(brf_exercise_dose_note(NULL));
  cr_expect_eq(brf_exercise_modality(NULL), -1);
  cr_expect_eq(brf_exercise_level(NULL), -1);
  cr_expect_eq(brf_exercise_laterality(NULL), -1);
  cr_expect_eq(brf_exercise_position(NULL), -1);
  cr_expect_eq(brf_exercise_alias_count(NULL), 0);
  cr_expect_null(brf_exercise_alias_at(NULL, 0));
  cr_expect_eq(brf_exercise_region_count(NULL, BRF_REGIONS_ANY), 0);
  cr_expect_eq(brf_exercise_region_at(NULL, BRF_REGIONS_ANY, 0), -1);
  cr_expect_eq(brf_exercise_equipment_count(NULL), 0);
  cr_expect_eq(brf_exercise_equipment_at(NULL, 0), -1);
  cr_expect_eq(brf_exercise_instruction_count(NULL), 0);
  cr_expect_null(brf_exercise_instruction_at(NULL, 0));
  cr_expect_eq(brf_exercise_cue_count(NULL), 0);
  cr_expect_null(brf_exercise_cue_at(NULL, 0));
  cr_expect_eq(brf_exercise_caution_count(NULL), 0);
  cr_expect_null(brf_exercise_caution_at(NULL, 0));
  cr_expect_eq(brf_exercise_contraindication_count(NULL), 0);
  cr_expect_eq(brf_exercise_contraindication_condition(NULL, 0), -1);
  cr_expect_eq(brf_exercise_contraindication_action(NULL, 0), -1);
  cr_expect_null(brf_exercise_contraindication_note(NULL, 0));
  cr_expect_eq(brf_exercise_alternative_dose_count(NULL), 0);
  cr_expect_null(brf_exercise_alternative_dose_at(NULL, 0));
  cr_expect_eq(brf_exercise_alternative_dose_source_kind(NULL, 0), -1);
  cr_expect_null(brf_exercise_alternative_dose_source(NULL, 0));
  cr_expect_null(brf_exercise_alternative_dose_note(NULL, 0));
  cr_expect_eq(brf_exercise_progression_count(NULL), 0);
  cr_expect_null(brf_exercise_progression_exercise(NULL, 0));
  cr_expect_null(brf_exercise_progression_text(NULL, 0));
  cr_expect_eq(brf_exercise_regression_count(NULL), 0);
  cr_expect_null(brf_exercise_regression_exercise(NULL, 0));
  cr_expect_null(brf_exercise_regression_text(NULL, 0));
  cr_expect_eq(brf_exercise_source_count(NULL), 0);
  cr_expect_eq(brf_exercise_source_kind(NULL, 0), -1);
  cr_expect_null(brf_exercise_source_ref(NULL, 0));
  cr_expect_null(brf_exercise_source_note(NULL, 0));
  cr_expect_eq(brf_exercise_media_count(NULL), 0);
  cr_expect_null(brf_exercise_media_at(NULL, 0));
}

Test(catalog, out_of_range_indexes_give_null_or_minus_one) {
  brf_context *ctx;
  brf_catalog *cat;
  cr_assert_eq(brf_context_new(&ctx), BRF_OK);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  const brf_exercise *ex = brf_catalog_find(cat, "glute-bridge");
  cr_assert_not_null(ex);
  size_t big = (size_t)-1;
  cr_expect_null(brf_catalog_at(cat, brf_catalog_count(cat)));
  cr_expect_null(brf_exercise_instruction_at(ex, brf_exercise_instruction_count(ex)));
  cr_expect_null(brf_exercise_cue_at(ex, big));
  cr_expect_null(brf_exercise_caution_at(ex, big));
  cr_expect_eq(brf_exercise_contraindication_condition(ex, big), -1);
  cr_expect_eq(brf_exercise_contraindication_action(ex, big), -1);
  cr_expect_null(brf_exercise_contraindication_note(ex, big));
  cr_expect_null(brf_exercise_alternative_dose_at(ex, big));
  cr_expect_eq(brf_exercise_alternative_dose_source_kind(ex, big), -1);
  cr_expect_null(brf_exercise_alternative_dose_source(ex, big));
  cr_expect_null(brf_exercise_alternative_dose_note(ex, big));
  cr_expect_null(brf_exercise_progression_exercise(ex, big));
  cr_expect_null(brf_exercise_progression_text(ex, big));
  cr_expect_null(brf_exercise_regression_exercise(ex, big));
  cr_expect_null(brf_exercise_regression_text(ex, big));
  cr_expect_eq(brf_exercise_source_kind(ex, big), -1);
  cr_expect_null(brf_exercise_source_ref(ex, big));
  cr_expect_null(brf_exercise_source_note(ex, big));
  cr_expect_eq(brf_exercise_equipment_at(ex, big), -1);
  cr_expect_eq(brf_exercise_region_at(ex, BRF_REGIONS_PRIMARY, big), -1);
  cr_expect_eq(brf_exercise_region_at(ex, BRF_REGIONS_SECONDARY, big), -1);
  brf_catalog_free(cat);
  brf_context_free(ctx);
}

Test(catalog, frozen_catalog_refuses_changes) {
  brf_context *ctx;
  brf_catalog *cat, *other;
  brf_exercise_draft *d;
  cr_assert_eq(brf_context_new(&ctx), BRF_OK);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_catalog_new_empty(ctx, &other), BRF_OK);
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, "wall-sit"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, "Wall sit"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_STRENGTH), BRF_OK);
  size_t n = brf_catalog_count(cat);
  cr_expect_eq(brf_catalog_freeze(cat), BRF_OK);
  cr_expect_eq(brf_catalog_freeze(cat), BRF_OK, "freezing twice is fine");
  cr_expect_eq(brf_catalog_is_frozen(cat), 1);
  cr_expect_eq(brf_catalog_add(cat, d), BRF_E_STATE);
  cr_expect_eq(brf_catalog_set_default_dose(cat, "cat-camel", "5 reps"), BRF_E_STATE);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_STATE);
  cr_expect_eq(brf_catalog_merge(cat, other), BRF_E_STATE);
  cr_expect_eq(brf_catalog_count(cat), n);
  cr_expect_str_eq(brf_exercise_default_dose(brf_catalog_find(cat, "cat-camel")),
                   "10 reps, hold 5s, daily");
  /* A frozen catalog can still be read and merged from. */
  cr_expect_eq(brf_catalog_merge(other, cat), BRF_OK);
  cr_expect_eq(brf_catalog_count(other), n);
  brf_exercise_draft_free(d);
  brf_catalog_free(cat);
  brf_catalog_free(other);
  brf_context_free(ctx);
}

/* A frozen catalog read from several threads at once, each with its own
 * context and query, gives every thread the same answers. */
typedef struct reader {
  const brf_catalog *cat;
  size_t found;   /* ids found again by brf_catalog_find */
  size_t matches; /* results of a combined query */
  int ok;
} reader;

static void *read_catalog(void *arg) {
  reader *r = arg;
  brf_context *ctx;
  brf_query *q;
  const brf_exercise *ex;
  int32_t mat[] = {BRF_EQUIPMENT_MAT};
  if (brf_context_new(&ctx) != BRF_OK) return NULL;
  if (brf_query_new(ctx, r->cat, &q) == BRF_OK) {
    for (int round = 0; round < 50; round++) {
      for (size_t i = 0; i < brf_catalog_count(r->cat); i++) {
        const brf_exercise *e = brf_catalog_at(r->cat, i);
        if (brf_catalog_find(r->cat, brf_exercise_id(e)) == e) r->found++;
      }
      brf_query_set_equipment(q, mat, 1);
      brf_query_set_text(q, "stretch");
      brf_query_run(q);
      while (brf_query_next(q, &ex) == BRF_OK) r->matches++;
    }
    brf_query_free(q);
    r->ok = 1;
  }
  brf_context_free(ctx);
  return NULL;
}

Test(catalog, frozen_catalog_is_read_by_many_threads) {
  brf_context *ctx;
  brf_catalog *cat;
  brf_exercise_draft *d;
  pthread_t threads[4];
  reader readers[4];
  cr_assert_eq(brf_context_new(&ctx), BRF_OK);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, "wall-stretch"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, "Wall stretch"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_STATIC_STRETCH), BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK, "the heap index, not the static one");
  cr_assert_eq(brf_catalog_freeze(cat), BRF_OK);
  for (int i = 0; i < 4; i++) {
    readers[i] = (reader){cat, 0, 0, 0};
    cr_assert_eq(pthread_create(&threads[i], NULL, read_catalog, &readers[i]), 0);
  }
  for (int i = 0; i < 4; i++) pthread_join(threads[i], NULL);
  for (int i = 0; i < 4; i++) {
    cr_expect(readers[i].ok);
    cr_expect_eq(readers[i].found, 50 * brf_catalog_count(cat));
    cr_expect_eq(readers[i].matches, readers[0].matches);
  }
  cr_expect_gt(readers[0].matches, 0);
  brf_exercise_draft_free(d);
  brf_catalog_free(cat);
  brf_context_free(ctx);
}
