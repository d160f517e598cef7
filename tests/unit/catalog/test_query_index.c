/* The query's key index: a catalog that owns its items keeps one packed key
 * per exercise, and queries decide every filter but the text from it. These
 * tests check the index against a reference written here from the public
 * accessors alone, over random catalogs and random queries, and that every
 * change to a catalog keeps its keys current. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(query_index);

/* A small deterministic generator (LCG, top bits). */
static uint32_t rnd(uint64_t *s) {
  *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
  return (uint32_t)(*s >> 33);
}

/* Doses with a short estimate, none ("daily"), and one longer than a key
 * stores as is (20 sets of 100 one-hour holds: 2000 h, past 2^32 ms, about 1193 h). */
static const char *const doses[] = {"10 reps", "hold 30s, 3 reps, each side", "2-3x8-12, rest 60s",
                                    "10min", "daily", "20x100 reps, hold 1h", "3x10"};
#define DOSE_COUNT (sizeof doses / sizeof doses[0])

static void add_random(brf_catalog *cat, size_t i, uint64_t *seed) {
  brf_exercise_draft *d = NULL;
  char id[32], name[48];
  snprintf(id, sizeof id, "ex-%zu", i);
  snprintf(name, sizeof name, "%s exercise %zu", rnd(seed) % 3 ? "Plain" : "Gentle", i);
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, id), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, name), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, (int32_t)(rnd(seed) % BRF_MODALITY_COUNT)), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_level(d, (int32_t)(rnd(seed) % BRF_LEVEL_COUNT)), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_laterality(d, (int32_t)(rnd(seed) % BRF_LATERALITY_COUNT)),
               BRF_OK);
  /* A primary region, then up to two more of each scope (repeats refused
   * by the draft are fine: the reference reads what the catalog kept). */
  brf_exercise_draft_add_region(d, (int32_t)(rnd(seed) % BRF_REGION_COUNT), BRF_REGIONS_PRIMARY);
  for (uint32_t k = rnd(seed) % 3; k > 0; k--)
    brf_exercise_draft_add_region(d, (int32_t)(rnd(seed) % BRF_REGION_COUNT),
                                  k % 2 ? BRF_REGIONS_SECONDARY : BRF_REGIONS_PRIMARY);
  for (uint32_t k = rnd(seed) % 4; k > 0; k--)
    brf_exercise_draft_add_equipment(d, (int32_t)(rnd(seed) % BRF_EQUIPMENT_COUNT));
  cr_assert_eq(brf_exercise_draft_add_instruction(d, rnd(seed) % 4 ? "Breathe out." : "Roll slowly."),
               BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_default_dose(d, doses[rnd(seed) % DOSE_COUNT]), BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK, "%s", brf_context_errmsg(ctx));
  brf_exercise_draft_free(d);
}

/* One query's filters, -1 (or has_equipment = 0, text NULL) when unset. */
typedef struct filters {
  int32_t region, scope, modality, max_level, laterality;
  int has_equipment;
  int32_t equipment[4];
  size_t equipment_count;
  int64_t max_ms;
  const char *text;
} filters;

static int has_region(const brf_exercise *ex, int32_t scope, int32_t region) {
  for (size_t i = 0; i < brf_exercise_region_count(ex, scope); i++) {
    if (brf_exercise_region_at(ex, scope, i) == region) return 1;
  }
  return 0;
}

static int user_has(const filters *f, int32_t e) {
  if (e == BRF_EQUIPMENT_NONE) return 1;
  for (size_t i = 0; i < f->equipment_count; i++) {
    if (f->equipment[i] == e) return 1;
  }
  return 0;
}

static int contains_ci(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  for (; *hay; hay++) {
    size_t k = 0;
    while (k < n && hay[k] && (hay[k] | 0x20) == (needle[k] | 0x20)) k++;
    if (k == n) return 1;
  }
  return 0;
}

/* The reference: the documented meaning of each filter, from public
 * accessors and the dosage module's estimate. */
static int reference_matches(const filters *f, const brf_exercise *ex) {
  if (f->region >= 0 && !has_region(ex, BRF_REGIONS_PRIMARY, f->region) &&
      !(f->scope == BRF_REGIONS_ANY && has_region(ex, BRF_REGIONS_SECONDARY, f->region)))
    return 0;
  if (f->modality >= 0 && brf_exercise_modality(ex) != f->modality) return 0;
  if (f->max_level >= 0 && brf_exercise_level(ex) > f->max_level) return 0;
  if (f->laterality >= 0 && brf_exercise_laterality(ex) != f->laterality) return 0;
  if (f->has_equipment) {
    for (size_t i = 0; i < brf_exercise_equipment_count(ex); i++) {
      if (!user_has(f, brf_exercise_equipment_at(ex, i))) return 0;
    }
  }
  if (f->max_ms >= 0) {
    const char *text = brf_exercise_default_dose(ex);
    brf_dosage *d = NULL;
    int64_t lo, hi;
    int fits;
    cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &d), BRF_OK, "%s", text);
    fits = brf_dosage_estimate_for_modality_ms(d, brf_exercise_modality(ex), &lo, &hi) == BRF_OK &&
           hi <= f->max_ms;
    brf_dosage_free(d);
    if (!fits) return 0;
  }
  if (f->text != NULL) {
    int hit = contains_ci(brf_exercise_name(ex), f->text);
    for (size_t i = 0; !hit && i < brf_exercise_instruction_count(ex); i++)
      hit = contains_ci(brf_exercise_instruction_at(ex, i), f->text);
    for (size_t i = 0; !hit && i < brf_exercise_alias_count(ex); i++)
      hit = contains_ci(brf_exercise_alias_at(ex, i), f->text);
    if (!hit) return 0;
  }
  return 1;
}

static void apply(brf_query *q, const filters *f) {
  cr_assert_eq(brf_query_set_region(q, f->region, f->scope), BRF_OK);
  cr_assert_eq(brf_query_set_modality(q, f->modality), BRF_OK);
  cr_assert_eq(brf_query_set_max_level(q, f->max_level), BRF_OK);
  cr_assert_eq(brf_query_set_laterality(q, f->laterality), BRF_OK);
  if (f->has_equipment)
    cr_assert_eq(brf_query_set_equipment(q, f->equipment, f->equipment_count), BRF_OK);
  else
    cr_assert_eq(brf_query_clear_equipment(q), BRF_OK);
  cr_assert_eq(brf_query_set_max_duration_ms(q, f->max_ms), BRF_OK);
  cr_assert_eq(brf_query_set_text(q, f->text), BRF_OK);
}

/* Run f on cat and compare, exercise by exercise and in catalog order, with
 * the reference. Returns the number of results. */
static size_t expect_reference(const brf_catalog *cat, const filters *f, const char *what) {
  brf_query *q = NULL;
  size_t k = 0;
  cr_assert_eq(brf_query_new(ctx, cat, &q), BRF_OK);
  apply(q, f);
  cr_assert_eq(brf_query_run(q), BRF_OK);
  for (size_t i = 0; i < brf_catalog_count(cat); i++) {
    const brf_exercise *ex = brf_catalog_at(cat, i);
    if (!reference_matches(f, ex)) continue;
    cr_assert_lt(k, brf_query_count(q), "%s: '%s' is missing from the results", what,
                 brf_exercise_id(ex));
    cr_assert_eq(brf_query_at(q, k), ex, "%s: result %zu is '%s', the reference says '%s'", what, k,
                 brf_exercise_id(brf_query_at(q, k)), brf_exercise_id(ex));
    k++;
  }
  cr_assert_eq(brf_query_count(q), k, "%s: %zu results, the reference has %zu", what,
               brf_query_count(q), k);
  brf_query_free(q);
  return k;
}

static filters random_filters(uint64_t *seed) {
  static const char *const texts[] = {"gentle", "ROLL", "exercise 1", "breathe"};
  filters f = {-1, BRF_REGIONS_PRIMARY, -1, -1, -1, 0, {0}, 0, -1, NULL};
  if (rnd(seed) % 2) {
    f.region = (int32_t)(rnd(seed) % BRF_REGION_COUNT);
    f.scope = rnd(seed) % 2 ? BRF_REGIONS_ANY : BRF_REGIONS_PRIMARY;
  }
  if (rnd(seed) % 3 == 0) f.modality = (int32_t)(rnd(seed) % BRF_MODALITY_COUNT);
  if (rnd(seed) % 2) f.max_level = (int32_t)(rnd(seed) % BRF_LEVEL_COUNT);
  if (rnd(seed) % 3 == 0) f.laterality = (int32_t)(rnd(seed) % BRF_LATERALITY_COUNT);
  if (rnd(seed) % 2) {
    f.has_equipment = 1;
    f.equipment_count = rnd(seed) % 5;
    for (size_t i = 0; i < f.equipment_count; i++)
      f.equipment[i] = (int32_t)(rnd(seed) % BRF_EQUIPMENT_COUNT);
  }
  switch (rnd(seed) % 4) {
  case 0: f.max_ms = 60000; break;
  case 1: f.max_ms = 900000; break;
  case 2: f.max_ms = INT64_MAX; break; /* only the unknown estimates are out */
  default: break;
  }
  if (rnd(seed) % 4 == 0) f.text = texts[rnd(seed) % 4];
  return f;
}

Test(query_index, random_queries_on_random_catalogs_equal_the_reference) {
  for (uint64_t round = 0; round < 4; round++) {
    uint64_t seed = 0x9e3779b97f4a7c15ULL ^ round;
    brf_catalog *cat = NULL;
    size_t total = 0;
    cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
    for (size_t i = 0; i < 600; i++) add_random(cat, i, &seed);
    for (int k = 0; k < 150; k++) {
      filters f = random_filters(&seed);
      char what[48];
      snprintf(what, sizeof what, "round %d query %d", (int)round, k);
      total += expect_reference(cat, &f, what);
    }
    cr_expect_gt(total, 0, "some random queries find something");
    brf_catalog_free(cat);
  }
}

Test(query_index, each_filter_alone_equals_the_reference) {
  uint64_t seed = 42;
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  for (size_t i = 0; i < 400; i++) add_random(cat, i, &seed);
  for (int32_t r = 0; r < BRF_REGION_COUNT; r++) {
    filters f = {r, BRF_REGIONS_PRIMARY, -1, -1, -1, 0, {0}, 0, -1, NULL};
    expect_reference(cat, &f, "region, primary");
    f.scope = BRF_REGIONS_ANY;
    expect_reference(cat, &f, "region, any");
  }
  for (int32_t m = 0; m < BRF_MODALITY_COUNT; m++) {
    filters f = {-1, BRF_REGIONS_PRIMARY, m, -1, -1, 0, {0}, 0, -1, NULL};
    cr_expect_gt(expect_reference(cat, &f, "modality"), 0);
  }
  for (int32_t l = 0; l < BRF_LEVEL_COUNT; l++) {
    filters f = {-1, BRF_REGIONS_PRIMARY, -1, l, -1, 0, {0}, 0, -1, NULL};
    expect_reference(cat, &f, "level");
  }
  for (int32_t l = 0; l < BRF_LATERALITY_COUNT; l++) {
    filters f = {-1, BRF_REGIONS_PRIMARY, -1, -1, l, 0, {0}, 0, -1, NULL};
    expect_reference(cat, &f, "laterality");
  }
  for (int32_t e = 0; e < BRF_EQUIPMENT_COUNT; e++) {
    filters f = {-1, BRF_REGIONS_PRIMARY, -1, -1, -1, 1, {e}, 1, -1, NULL};
    expect_reference(cat, &f, "one piece of equipment");
  }
  {
    filters none = {-1, BRF_REGIONS_PRIMARY, -1, -1, -1, 1, {0}, 0, -1, NULL};
    expect_reference(cat, &none, "no equipment at all");
  }
  brf_catalog_free(cat);
}

/* An estimate past what a key stores (2^32 - 2 ms) is checked in full, to
 * the millisecond on either side of it. */
Test(query_index, estimates_too_long_for_a_key_are_compared_exactly) {
  brf_catalog *cat = NULL;
  brf_exercise_draft *d = NULL;
  brf_dosage *dose = NULL;
  brf_query *q = NULL;
  const char *text = "20x100 reps, hold 1h";
  int64_t lo, hi;
  cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &dose), BRF_OK);
  cr_assert_eq(brf_dosage_estimate_for_modality_ms(dose, BRF_MODALITY_STATIC_STRETCH, &lo, &hi), BRF_OK);
  brf_dosage_free(dose);
  cr_assert_gt(hi, (int64_t)UINT32_MAX, "the dose must be too long for a key");
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  brf_exercise_draft_set_id(d, "very-long-hold");
  brf_exercise_draft_set_name(d, "Very long hold");
  brf_exercise_draft_set_modality(d, BRF_MODALITY_STATIC_STRETCH);
  brf_exercise_draft_set_level(d, BRF_LEVEL_BEGINNER);
  brf_exercise_draft_add_region(d, BRF_REGION_LOWER_BACK, BRF_REGIONS_PRIMARY);
  brf_exercise_draft_add_instruction(d, "Hold.");
  cr_assert_eq(brf_exercise_draft_set_default_dose(d, text), BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK, "%s", brf_context_errmsg(ctx));
  brf_exercise_draft_free(d);
  cr_assert_eq(brf_query_new(ctx, cat, &q), BRF_OK);
  cr_assert_eq(brf_query_set_max_duration_ms(q, hi), BRF_OK);
  cr_assert_eq(brf_query_run(q), BRF_OK);
  cr_expect_eq(brf_query_count(q), 1, "the limit is inclusive");
  cr_assert_eq(brf_query_set_max_duration_ms(q, hi - 1), BRF_OK);
  cr_assert_eq(brf_query_run(q), BRF_OK);
  cr_expect_eq(brf_query_count(q), 0);
  cr_assert_eq(brf_query_set_max_duration_ms(q, (int64_t)UINT32_MAX - 2), BRF_OK);
  cr_assert_eq(brf_query_run(q), BRF_OK);
  cr_expect_eq(brf_query_count(q), 0, "a limit below the key's ceiling");
  brf_query_free(q);
  brf_catalog_free(cat);
}

/* A changed default dose changes the key with it. */
Test(query_index, a_changed_dose_updates_its_key) {
  brf_catalog *cat = NULL;
  uint64_t seed = 7;
  filters f = {-1, BRF_REGIONS_PRIMARY, -1, -1, -1, 0, {0}, 0, 60000, NULL};
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  for (size_t i = 0; i < 50; i++) add_random(cat, i, &seed);
  size_t before = expect_reference(cat, &f, "before");
  /* Every exercise gets a dose of no session time, then a short one. */
  for (size_t i = 0; i < 50; i++) {
    char id[32];
    snprintf(id, sizeof id, "ex-%zu", i);
    cr_assert_eq(brf_catalog_set_default_dose(cat, id, "daily"), BRF_OK);
  }
  cr_expect_eq(expect_reference(cat, &f, "no estimates"), 0);
  for (size_t i = 0; i < 50; i += 2) {
    char id[32];
    snprintf(id, sizeof id, "ex-%zu", i);
    cr_assert_eq(brf_catalog_set_default_dose(cat, id, "5 reps"), BRF_OK);
  }
  cr_expect_eq(expect_reference(cat, &f, "short doses"), 25);
  cr_expect_lt(before, 50, "the random doses did not all fit before");
  brf_catalog_free(cat);
}

#if BRF_WITH_BUILTIN_CATALOG
/* The built-in catalog answers from its exercises until its first change,
 * then from keys: the same query gives the same answers either way. */
Test(query_index, a_builtin_catalog_answers_the_same_before_and_after_a_change) {
  brf_catalog *view = NULL, *changed = NULL;
  uint64_t seed = 3;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &view), BRF_OK);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &changed), BRF_OK);
  const brf_exercise *first = brf_catalog_at(changed, 0);
  cr_assert_eq(brf_catalog_set_default_dose(changed, brf_exercise_id(first),
                                            brf_exercise_default_dose(first)),
               BRF_OK, "%s", brf_context_errmsg(ctx));
  for (int k = 0; k < 200; k++) {
    filters f = random_filters(&seed);
    brf_query *a = NULL, *b = NULL;
    expect_reference(view, &f, "built-in view");
    expect_reference(changed, &f, "changed built-in");
    cr_assert_eq(brf_query_new(ctx, view, &a), BRF_OK);
    cr_assert_eq(brf_query_new(ctx, changed, &b), BRF_OK);
    apply(a, &f);
    apply(b, &f);
    cr_assert_eq(brf_query_run(a), BRF_OK);
    cr_assert_eq(brf_query_run(b), BRF_OK);
    cr_assert_eq(brf_query_count(a), brf_query_count(b));
    for (size_t i = 0; i < brf_query_count(a); i++)
      cr_expect_str_eq(brf_exercise_id(brf_query_at(a, i)), brf_exercise_id(brf_query_at(b, i)));
    brf_query_free(a);
    brf_query_free(b);
  }
  brf_catalog_free(view);
  brf_catalog_free(changed);
}

/* A change that fails for want of memory leaves the catalog as it was: the
 * built-in view still answers from its exercises, and a copy that has keys
 * keeps them right. */
Test(query_index, a_failed_change_leaves_the_answers_as_they_were) {
  filters f = {-1, BRF_REGIONS_PRIMARY, -1, -1, -1, 0, {0}, 0, 60000, NULL};
  for (int view = 1; view >= 0; view--) {
    brf_catalog *cat = NULL;
    size_t before;
    cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
    if (!view) /* give it keys first */
      cr_assert_eq(brf_catalog_set_default_dose(cat, "pelvic-tilt", "5 reps"), BRF_OK);
    before = expect_reference(cat, &f, "before");
    for (size_t fail = 1;; fail++) {
      brf_status s;
      st.fail_at = st.calls + fail;
      s = brf_catalog_set_default_dose(cat, "glute-bridge", "hold 5s, 2 reps");
      st.fail_at = 0;
      if (s == BRF_OK) break;
      cr_assert_eq(s, BRF_E_NOMEM, "failure %zu", fail);
      cr_expect_eq(expect_reference(cat, &f, "after a failed change"), before);
      cr_assert_lt(fail, 100);
    }
    cr_expect_eq(expect_reference(cat, &f, "after the change"), before + 1,
                 "glute-bridge now fits a minute");
    brf_catalog_free(cat);
  }
}

/* Merging keeps the keys of what was there and adds those of the new. */
Test(query_index, merged_catalogs_equal_the_reference) {
  brf_catalog *dst = NULL, *src = NULL;
  uint64_t seed = 11;
  size_t builtin;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &dst), BRF_OK);
  builtin = brf_catalog_count(dst);
  cr_assert_eq(brf_catalog_new_empty(ctx, &src), BRF_OK);
  for (size_t i = 0; i < 300; i++) add_random(src, i, &seed);
  cr_assert_eq(brf_catalog_merge(dst, src), BRF_OK);
  cr_assert_eq(brf_catalog_count(dst), builtin + 300);
  for (int k = 0; k < 100; k++) {
    filters f = random_filters(&seed);
    expect_reference(dst, &f, "merged");
  }
  brf_catalog_free(src);
  brf_catalog_free(dst);
}
#endif
