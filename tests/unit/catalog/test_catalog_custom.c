/* Custom exercises: drafts, adding, overriding doses, merging, and that a
 * failing call changes nothing. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(custom);

/* A draft with every field set; strings live in a stack buffer that the
 * caller overwrites afterwards to prove the catalog copied them. */
static brf_exercise_draft *full_draft(const char *id) {
  brf_exercise_draft *d = NULL;
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, id), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, "Wall sit \xc3\xa9"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_summary(d, "Sit against a wall."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_STRENGTH), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_level(d, BRF_LEVEL_INTERMEDIATE), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_laterality(d, BRF_LATERALITY_BOTH_SIDES), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_position(d, BRF_POSITION_STANDING), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_default_dose(d, "3 reps, hold 30s"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_dose_note(d, "Short holds first."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_alias(d, "wall squat"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_region(d, BRF_REGION_QUADRICEPS, BRF_REGIONS_PRIMARY), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_region(d, BRF_REGION_GLUTES, BRF_REGIONS_SECONDARY), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_equipment(d, BRF_EQUIPMENT_WALL), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_instruction(d, "Lean on the wall."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_instruction(d, "Slide down and hold."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_cue(d, "Knees over ankles."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_caution(d, "Stop if the knees hurt."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_contraindication(d, BRF_CONDITION_KNEE_PROBLEMS,
                                                       BRF_ACTION_MODIFY, "Stay higher."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_alternative_dose(d, "5 reps, hold 10s", BRF_SOURCE_PAPER,
                                                       "Someone 2020", "Older adults."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_progression(d, "barbell-hip-thrust", ""), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_progression(d, NULL, "Lower down."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_regression(d, NULL, "Higher up."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_source(d, BRF_SOURCE_GUIDELINE, "Clinic handout", ""), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_media(d, "https://example.org/wall-sit.mp4"), BRF_OK);
  return d;
}

static void expect_full(const brf_exercise *ex, const char *id) {
  cr_assert_not_null(ex);
  cr_expect_str_eq(brf_exercise_id(ex), id);
  cr_expect_str_eq(brf_exercise_name(ex), "Wall sit \xc3\xa9");
  cr_expect_str_eq(brf_exercise_summary(ex), "Sit against a wall.");
  cr_expect_eq(brf_exercise_modality(ex), BRF_MODALITY_STRENGTH);
  cr_expect_eq(brf_exercise_level(ex), BRF_LEVEL_INTERMEDIATE);
  cr_expect_eq(brf_exercise_position(ex), BRF_POSITION_STANDING);
  cr_expect_str_eq(brf_exercise_default_dose(ex), "3 reps, hold 30s");
  cr_expect_str_eq(brf_exercise_dose_note(ex), "Short holds first.");
  cr_expect_str_eq(brf_exercise_alias_at(ex, 0), "wall squat");
  cr_expect_eq(brf_exercise_region_at(ex, BRF_REGIONS_ANY, 0), BRF_REGION_QUADRICEPS);
  cr_expect_eq(brf_exercise_region_at(ex, BRF_REGIONS_ANY, 1), BRF_REGION_GLUTES);
  cr_expect_eq(brf_exercise_equipment_at(ex, 0), BRF_EQUIPMENT_WALL);
  cr_expect_eq(brf_exercise_instruction_count(ex), 2);
  cr_expect_str_eq(brf_exercise_instruction_at(ex, 1), "Slide down and hold.");
  cr_expect_str_eq(brf_exercise_cue_at(ex, 0), "Knees over ankles.");
  cr_expect_str_eq(brf_exercise_caution_at(ex, 0), "Stop if the knees hurt.");
  cr_expect_eq(brf_exercise_contraindication_condition(ex, 0), BRF_CONDITION_KNEE_PROBLEMS);
  cr_expect_eq(brf_exercise_contraindication_action(ex, 0), BRF_ACTION_MODIFY);
  cr_expect_str_eq(brf_exercise_contraindication_note(ex, 0), "Stay higher.");
  cr_expect_str_eq(brf_exercise_alternative_dose_at(ex, 0), "5 reps, hold 10s");
  cr_expect_eq(brf_exercise_alternative_dose_source_kind(ex, 0), BRF_SOURCE_PAPER);
  cr_expect_str_eq(brf_exercise_alternative_dose_source(ex, 0), "Someone 2020");
  cr_expect_str_eq(brf_exercise_alternative_dose_note(ex, 0), "Older adults.");
  cr_expect_str_eq(brf_exercise_progression_exercise(ex, 0), "barbell-hip-thrust");
  cr_expect_null(brf_exercise_progression_exercise(ex, 1));
  cr_expect_str_eq(brf_exercise_progression_text(ex, 1), "Lower down.");
  cr_expect_str_eq(brf_exercise_regression_text(ex, 0), "Higher up.");
  cr_expect_eq(brf_exercise_source_kind(ex, 0), BRF_SOURCE_GUIDELINE);
  cr_expect_str_eq(brf_exercise_source_ref(ex, 0), "Clinic handout");
  cr_expect_str_eq(brf_exercise_source_note(ex, 0), "");
  cr_expect_str_eq(brf_exercise_media_at(ex, 0), "https://example.org/wall-sit.mp4");
}

Test(custom, add_copies_every_field) {
  brf_catalog *cat;
  brf_exercise_draft *d = full_draft("wall-sit");
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK);
  brf_exercise_draft_free(d);
  cr_expect_eq(brf_catalog_count(cat), 1);
  expect_full(brf_catalog_find(cat, "wall-sit"), "wall-sit");
  expect_full(brf_catalog_at(cat, 0), "wall-sit");
  brf_catalog_free(cat);
}

Test(custom, add_to_the_builtin_catalog_keeps_it_whole) {
  brf_catalog *cat;
  brf_exercise_draft *d = full_draft("wall-sit");
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  size_t n = brf_catalog_count(cat);
  const brf_exercise *dog = brf_catalog_find(cat, "bird-dog");
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK);
  cr_expect_eq(brf_catalog_count(cat), n + 1);
  cr_expect_eq(brf_catalog_find(cat, "bird-dog"), dog, "built-in pointers stay valid");
  expect_full(brf_catalog_at(cat, n), "wall-sit");
  for (size_t i = 0; i < n; i++) {
    const brf_exercise *ex = brf_catalog_at(cat, i);
    cr_expect_eq(brf_catalog_find(cat, brf_exercise_id(ex)), ex);
  }
  brf_exercise_draft_free(d);
  brf_catalog_free(cat);
}

static void expect_add_fails(brf_catalog *cat, brf_exercise_draft *d, brf_status want,
                             const char *needle) {
  size_t n = brf_catalog_count(cat);
  size_t live = st.live_blocks;
  cr_expect_eq(brf_catalog_add(cat, d), want);
  cr_expect_eq(brf_context_errcode(ctx), want);
  if (needle) cr_expect_not_null(strstr(brf_context_errmsg(ctx), needle), "%s", brf_context_errmsg(ctx));
  cr_expect_eq(brf_catalog_count(cat), n, "nothing added");
  cr_expect_eq(st.live_blocks, live, "nothing allocated");
}

Test(custom, duplicate_id_is_refused_and_named) {
  brf_catalog *cat;
  brf_exercise_draft *d = full_draft("cat-camel");
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  expect_add_fails(cat, d, BRF_E_INVALID, "cat-camel");
  cr_expect_str_eq(brf_exercise_name(brf_catalog_find(cat, "cat-camel")), "Cat-camel");
  brf_exercise_draft_free(d);
  d = full_draft("wall-sit");
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK);
  expect_add_fails(cat, d, BRF_E_INVALID, "wall-sit");
  brf_exercise_draft_free(d);
  brf_catalog_free(cat);
}

Test(custom, incomplete_drafts_are_refused) {
  brf_catalog *cat;
  brf_exercise_draft *d;
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  expect_add_fails(cat, d, BRF_E_INVALID, "no id");
  cr_assert_eq(brf_exercise_draft_set_id(d, "plank"), BRF_OK);
  expect_add_fails(cat, d, BRF_E_INVALID, "no name");
  cr_assert_eq(brf_exercise_draft_set_name(d, "Plank"), BRF_OK);
  expect_add_fails(cat, d, BRF_E_INVALID, "no modality");
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_STRENGTH), BRF_OK);
  cr_expect_eq(brf_catalog_add(cat, d), BRF_OK);
  const brf_exercise *ex = brf_catalog_find(cat, "plank");
  cr_expect_eq(brf_exercise_level(ex), BRF_LEVEL_BEGINNER, "defaults");
  cr_expect_eq(brf_exercise_laterality(ex), BRF_LATERALITY_BOTH_SIDES);
  cr_expect_eq(brf_exercise_position(ex), -1);
  cr_expect_str_eq(brf_exercise_default_dose(ex), "");
  cr_expect_str_eq(brf_exercise_summary(ex), "");
  cr_expect_eq(brf_exercise_instruction_count(ex), 0);
  brf_exercise_draft_free(d);
  brf_catalog_free(cat);
}

Test(custom, draft_setters_refuse_bad_input_and_keep_the_draft) {
  brf_exercise_draft *d;
  brf_catalog *cat;
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, "good-id"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, "Good"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_MOBILITY), BRF_OK);
  const char *bad_ids[] = {"", "Upper", "two  spaces", "-lead", "trail-", "dou--ble", "sp ace",
                           "\xc3\xa9t\xc3\xa9",
                           "a-very-long-id-that-goes-on-and-on-and-on-well-past-sixty-four-bytes-x"};
  for (size_t i = 0; i < sizeof bad_ids / sizeof bad_ids[0]; i++) {
    cr_expect_eq(brf_exercise_draft_set_id(d, bad_ids[i]), BRF_E_INVALID, "%s", bad_ids[i]);
  }
  cr_expect_eq(brf_exercise_draft_set_id(d, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_name(d, ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_name(d, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_name(d, "bad \xc3\x28 utf8"), BRF_E_INVALID);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "UTF-8"));
  cr_expect_eq(brf_exercise_draft_set_summary(d, "\xed\xa0\x80"), BRF_E_INVALID, "surrogate");
  cr_expect_eq(brf_exercise_draft_set_default_dose(d, "\xff"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_dose_note(d, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_COUNT), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_modality(d, -1), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_level(d, 3), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_laterality(d, 3), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_position(d, BRF_POSITION_COUNT), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_alias(d, ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_region(d, BRF_REGION_COUNT, BRF_REGIONS_PRIMARY), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_region(d, BRF_REGION_NECK, BRF_REGIONS_ANY), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_equipment(d, 99), BRF_E_INVALID);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "equipment"));
  cr_expect_eq(brf_exercise_draft_add_instruction(d, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_cue(d, "\x80"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_caution(d, ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_media(d, ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_contraindication(d, 99, BRF_ACTION_SKIP, ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_contraindication(d, 0, 99, ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_contraindication(d, 0, 0, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_alternative_dose(d, "", BRF_SOURCE_SEED, "x", ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_alternative_dose(d, "3x10", 9, "x", ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_alternative_dose(d, "3x10", 0, "", ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_alternative_dose(d, "3x10", 0, "x", "\xff"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_progression(d, NULL, ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_progression(d, "Not A Slug", "x"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_regression(d, "ok", NULL), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_source(d, -1, "x", ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_source(d, BRF_SOURCE_SEED, "", ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_source(d, BRF_SOURCE_SEED, "x", NULL), BRF_E_INVALID);
  /* The draft still holds its good values and nothing from the refused calls. */
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK);
  const brf_exercise *ex = brf_catalog_find(cat, "good-id");
  cr_expect_str_eq(brf_exercise_name(ex), "Good");
  cr_expect_eq(brf_exercise_modality(ex), BRF_MODALITY_MOBILITY);
  cr_expect_eq(brf_exercise_alias_count(ex) + brf_exercise_region_count(ex, BRF_REGIONS_ANY) +
                   brf_exercise_equipment_count(ex) + brf_exercise_contraindication_count(ex) +
                   brf_exercise_alternative_dose_count(ex) + brf_exercise_progression_count(ex) +
                   brf_exercise_regression_count(ex) + brf_exercise_source_count(ex) +
                   brf_exercise_cue_count(ex) + brf_exercise_caution_count(ex) +
                   brf_exercise_media_count(ex),
               0);
  brf_catalog_free(cat);
  brf_exercise_draft_free(d);
}

Test(custom, draft_null_handling) {
  brf_exercise_draft *d = (brf_exercise_draft *)0x1;
  cr_expect_eq(brf_exercise_draft_new(NULL, &d), BRF_E_INVALID);
  cr_expect_null(d);
  cr_expect_eq(brf_exercise_draft_new(ctx, NULL), BRF_E_INVALID);
  brf_exercise_draft_free(NULL);
  cr_expect_eq(brf_exercise_draft_set_id(NULL, "x"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_name(NULL, "x"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_summary(NULL, "x"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_default_dose(NULL, "x"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_dose_note(NULL, "x"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_modality(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_level(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_laterality(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_set_position(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_alias(NULL, "x"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_region(NULL, 0, 0), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_equipment(NULL, 0), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_instruction(NULL, "x"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_cue(NULL, "x"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_caution(NULL, "x"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_contraindication(NULL, 0, 0, ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_alternative_dose(NULL, "x", 0, "x", ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_progression(NULL, NULL, "x"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_regression(NULL, NULL, "x"), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_source(NULL, 0, "x", ""), BRF_E_INVALID);
  cr_expect_eq(brf_exercise_draft_add_media(NULL, "x"), BRF_E_INVALID);
}

Test(custom, setters_replace_earlier_values) {
  brf_exercise_draft *d = full_draft("wall-sit");
  brf_catalog *cat;
  cr_assert_eq(brf_exercise_draft_set_name(d, "Renamed"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_summary(d, ""), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, "wall-sit-2"), BRF_OK);
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK);
  cr_expect_str_eq(brf_exercise_name(brf_catalog_find(cat, "wall-sit-2")), "Renamed");
  cr_expect_str_eq(brf_exercise_summary(brf_catalog_find(cat, "wall-sit-2")), "");
  cr_expect_null(brf_catalog_find(cat, "wall-sit"));
  brf_catalog_free(cat);
  brf_exercise_draft_free(d);
}

/* Run op with the Nth allocation failing for N = 1, 2, ... until it
 * succeeds; every failure must be NOMEM, allocate nothing and change nothing. */
#define FAIL_EACH_ALLOCATION(cat, op)                                                  \
  do {                                                                                 \
    for (size_t k = 1;; k++) {                                                         \
      size_t live_ = st.live_blocks, n_ = brf_catalog_count(cat);                      \
      st.fail_at = st.calls + k;                                                       \
      brf_status s_ = (op);                                                            \
      st.fail_at = 0;                                                                  \
      if (s_ == BRF_OK) break;                                                         \
      cr_assert_eq(s_, BRF_E_NOMEM, "allocation %zu: status %d", k, (int)s_);          \
      cr_assert_eq(st.live_blocks, live_, "allocation %zu left memory behind", k);     \
      cr_assert_eq(brf_catalog_count(cat), n_);                                        \
      cr_assert(k < 100, "never succeeded");                                           \
    }                                                                                  \
  } while (0)

Test(custom, allocation_failures_in_add_change_nothing) {
  brf_catalog *cat, *empty;
  brf_exercise_draft *d = full_draft("wall-sit");
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_catalog_new_empty(ctx, &empty), BRF_OK);
  FAIL_EACH_ALLOCATION(cat, brf_catalog_add(cat, d));
  FAIL_EACH_ALLOCATION(empty, brf_catalog_add(empty, d));
  expect_full(brf_catalog_find(cat, "wall-sit"), "wall-sit");
  expect_full(brf_catalog_find(empty, "wall-sit"), "wall-sit");
  brf_exercise_draft_free(d);
  brf_catalog_free(cat);
  brf_catalog_free(empty);
}

Test(custom, allocation_failures_in_drafts) {
  brf_exercise_draft *d = NULL;
  for (size_t k = 1;; k++) {
    st.fail_at = st.calls + k;
    brf_status s = brf_exercise_draft_new(ctx, &d);
    st.fail_at = 0;
    if (s == BRF_OK) break;
    cr_assert_eq(s, BRF_E_NOMEM);
  }
  for (size_t k = 1;; k++) {
    st.fail_at = st.calls + k;
    brf_status s = brf_exercise_draft_add_alternative_dose(d, "3x10", BRF_SOURCE_SEED, "ref", "note");
    st.fail_at = 0;
    if (s == BRF_OK) break;
    cr_assert_eq(s, BRF_E_NOMEM);
  }
  for (size_t k = 1;; k++) {
    st.fail_at = st.calls + k;
    brf_status s = brf_exercise_draft_add_progression(d, "cat-camel", "note");
    st.fail_at = 0;
    if (s == BRF_OK) break;
    cr_assert_eq(s, BRF_E_NOMEM);
  }
  for (size_t k = 1;; k++) {
    st.fail_at = st.calls + k;
    brf_status s = brf_exercise_draft_add_source(d, BRF_SOURCE_SEED, "ref", "note");
    st.fail_at = 0;
    if (s == BRF_OK) break;
    cr_assert_eq(s, BRF_E_NOMEM);
  }
  for (size_t k = 1;; k++) {
    st.fail_at = st.calls + k;
    brf_status s = brf_exercise_draft_set_name(d, "Name");
    st.fail_at = 0;
    if (s == BRF_OK) break;
    cr_assert_eq(s, BRF_E_NOMEM);
  }
  brf_exercise_draft_free(d); /* the teardown checks that nothing leaked */
}

Test(custom, set_default_dose_replaces_only_the_dose) {
  brf_catalog *cat;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  const brf_exercise *old = brf_catalog_find(cat, "bird-dog");
  size_t steps = brf_exercise_instruction_count(old);
  size_t index_of_old = 0;
  while (brf_catalog_at(cat, index_of_old) != old) index_of_old++;
  cr_expect_eq(brf_catalog_set_default_dose(cat, "bird-dog", "10 reps, hold 20-30s, alternating"),
               BRF_OK);
  const brf_exercise *ex = brf_catalog_find(cat, "bird-dog");
  cr_expect_str_eq(brf_exercise_default_dose(ex), "10 reps, hold 20-30s, alternating");
  cr_expect_str_eq(brf_exercise_name(ex), "Bird dog hip extension");
  cr_expect_eq(brf_exercise_instruction_count(ex), steps);
  size_t at = 0;
  while (brf_catalog_at(cat, at) != ex && at < brf_catalog_count(cat)) at++;
  cr_expect_str_eq(brf_exercise_id(brf_catalog_at(cat, at)), "bird-dog");
  cr_expect_eq(at, index_of_old, "same place in the catalog");
  cr_expect_eq(brf_catalog_set_default_dose(cat, "bird-dog", "2x5"), BRF_OK, "twice");
  cr_expect_str_eq(brf_exercise_default_dose(brf_catalog_find(cat, "bird-dog")), "2x5");
  cr_expect_eq(brf_catalog_set_default_dose(cat, "no-such", "2x5"), BRF_E_NOT_FOUND);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "no-such"));
  cr_expect_eq(brf_catalog_set_default_dose(cat, "bird-dog", ""), BRF_E_INVALID);
  cr_expect_eq(brf_catalog_set_default_dose(cat, "bird-dog", "\xc3"), BRF_E_INVALID);
  cr_expect_str_eq(brf_exercise_default_dose(brf_catalog_find(cat, "bird-dog")), "2x5");
  FAIL_EACH_ALLOCATION(cat, brf_catalog_set_default_dose(cat, "cat-camel", "5 reps"));
  cr_expect_str_eq(brf_exercise_default_dose(brf_catalog_find(cat, "cat-camel")), "5 reps");
  brf_catalog_free(cat);
}

Test(custom, merge_keeps_the_destination_on_conflicts) {
  brf_catalog *builtin, *mine;
  brf_exercise_draft *d = full_draft("wall-sit");
  brf_exercise_draft *clash = full_draft("cat-camel");
  cr_assert_eq(brf_catalog_new_builtin(ctx, &builtin), BRF_OK);
  cr_assert_eq(brf_catalog_new_empty(ctx, &mine), BRF_OK);
  cr_assert_eq(brf_catalog_add(mine, d), BRF_OK);
  cr_assert_eq(brf_catalog_add(mine, clash), BRF_OK);
  size_t n = brf_catalog_count(builtin);
  FAIL_EACH_ALLOCATION(builtin, brf_catalog_merge(builtin, mine));
  cr_expect_eq(brf_catalog_count(builtin), n + 1, "only the new id is added");
  cr_expect_str_eq(brf_exercise_name(brf_catalog_find(builtin, "cat-camel")), "Cat-camel");
  brf_catalog_free(mine); /* merged exercises were copied */
  expect_full(brf_catalog_at(builtin, n), "wall-sit");
  cr_expect_eq(brf_catalog_merge(builtin, builtin), BRF_OK, "merging into itself is a no-op");
  cr_expect_eq(brf_catalog_count(builtin), n + 1);
  brf_exercise_draft_free(d);
  brf_exercise_draft_free(clash);
  brf_catalog_free(builtin);
}

Test(custom, merge_builtin_into_empty_shares_static_data) {
  brf_catalog *builtin, *empty;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &builtin), BRF_OK);
  cr_assert_eq(brf_catalog_new_empty(ctx, &empty), BRF_OK);
  FAIL_EACH_ALLOCATION(empty, brf_catalog_merge(empty, builtin));
  cr_expect_eq(brf_catalog_count(empty), brf_catalog_count(builtin));
  for (size_t i = 0; i < brf_catalog_count(builtin); i++) {
    cr_expect_eq(brf_catalog_at(empty, i), brf_catalog_at(builtin, i), "same order, shared");
  }
  brf_catalog_free(builtin);
  cr_expect_str_eq(brf_exercise_id(brf_catalog_find(empty, "clamshell")), "clamshell");
  brf_catalog_free(empty);
}

/* The index stays right as the catalog grows well past its first size. */
Test(custom, many_exercises_are_all_found) {
  brf_catalog *cat;
  brf_exercise_draft *d;
  char id[32];
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, "Generated"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_MOBILITY), BRF_OK);
  size_t base = brf_catalog_count(cat);
  for (int i = 0; i < 3000; i++) {
    snprintf(id, sizeof id, "generated-%d", i);
    cr_assert_eq(brf_exercise_draft_set_id(d, id), BRF_OK);
    cr_assert_eq(brf_catalog_add(cat, d), BRF_OK);
  }
  cr_expect_eq(brf_catalog_count(cat), base + 3000);
  for (int i = 0; i < 3000; i++) {
    snprintf(id, sizeof id, "generated-%d", i);
    const brf_exercise *ex = brf_catalog_find(cat, id);
    cr_assert_not_null(ex, "%s", id);
    cr_assert_eq(brf_catalog_at(cat, base + (size_t)i), ex);
  }
  cr_expect_null(brf_catalog_find(cat, "generated-3000"));
  cr_expect_not_null(brf_catalog_find(cat, "cat-camel"));
  brf_exercise_draft_free(d);
  brf_catalog_free(cat);
}
