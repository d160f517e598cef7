/* Exercises read from a catalog image with BRF_CATALOG_IMAGE_BORROW are
 * built on first use (lib/catalog/catalog_private.h, "Exercises built on
 * first use"; docs/performance.md, "CLI start-up"). What must hold, written
 * from the catalog's contracts before the code:
 *   - reading builds nothing; each exercise is built once, by whatever
 *     reads it first (at, find, a query with text, the planner, a merge,
 *     set_default_dose), and is then the same pointer for good;
 *   - built in any order, every exercise has every field the JSON reader
 *     gives the same catalog, and the catalog's query key says what
 *     brf__exercise_key_of says of the built exercise;
 *   - brf_catalog_freeze builds every exercise left, so that a frozen
 *     catalog's readers never write it (the threading rule);
 *   - a query without text and the planner's scan build only what they keep;
 *     their answers are those of the same catalog read from JSON;
 *   - a merge that fails leaves the catalog as it was, holding nothing more.
 * White-box (INTERNAL): brf__catalog_unbuilt counts what is not built. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"
#include "catalog/catalog_image.h"
#include "catalog/catalog_private.h"
#include "exercise_eq.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(catalog_lazy);

#define N 150

/* N exercises of every modality, with regions, equipment, levels, a dose on
 * every third (a session time in the key) and a text to find on every
 * seventh. */
static brf_catalog *generated(void) {
  static const int32_t equipment[] = {BRF_EQUIPMENT_NONE, BRF_EQUIPMENT_MAT,
                                      BRF_EQUIPMENT_FOAM_ROLLER, BRF_EQUIPMENT_TOWEL};
  brf_catalog *cat = NULL;
  char id[32], name[64];
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  for (int i = 0; i < N; i++) {
    brf_exercise_draft *d = NULL;
    cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
    snprintf(id, sizeof id, "lazy-%03d", i);
    snprintf(name, sizeof name, i % 7 == 0 ? "Gentle knee hug %d" : "Exercise %d", i);
    cr_assert_eq(brf_exercise_draft_set_id(d, id), BRF_OK);
    cr_assert_eq(brf_exercise_draft_set_name(d, name), BRF_OK);
    cr_assert_eq(brf_exercise_draft_set_modality(d, i % BRF_MODALITY_COUNT), BRF_OK);
    cr_assert_eq(brf_exercise_draft_set_level(d, i % BRF_LEVEL_COUNT), BRF_OK);
    cr_assert_eq(brf_exercise_draft_add_region(d, i % BRF_REGION_COUNT, BRF_REGIONS_PRIMARY),
                 BRF_OK);
    cr_assert_eq(
        brf_exercise_draft_add_region(d, (i / 3) % BRF_REGION_COUNT, BRF_REGIONS_SECONDARY),
        BRF_OK);
    cr_assert_eq(brf_exercise_draft_add_equipment(d, equipment[i % 4]), BRF_OK);
    cr_assert_eq(brf_exercise_draft_add_instruction(d, "Breathe out slowly."), BRF_OK);
    if (i % 3 == 0)
      cr_assert_eq(brf_exercise_draft_set_default_dose(d, i % 2 ? "hold 30s, 3 reps" : "10 reps"),
                   BRF_OK);
    cr_assert_eq(brf_catalog_add(cat, d), BRF_OK, "%s", brf_context_errmsg(ctx));
    brf_exercise_draft_free(d);
  }
  return cat;
}

static unsigned char *image_of(const brf_catalog *cat, size_t *len) {
  char *img = NULL;
  cr_assert_eq(brf_catalog_to_image(ctx, cat, 0, &img, len), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  return (unsigned char *)img;
}

static brf_catalog *lazy_of(const unsigned char *img, size_t len) {
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_from_image(ctx, img, len, BRF_CATALOG_IMAGE_BORROW, &cat), BRF_OK,
               "%s", brf_context_errmsg(ctx));
  return cat;
}

/* The generated catalog (read from JSON-equivalent drafts), its image, and
 * the catalog read from that image with borrowed texts. */
typedef struct lazy_case {
  brf_catalog *ref, *cat;
  unsigned char *img;
  size_t len;
} lazy_case;

static lazy_case lazy_open(void) {
  lazy_case c;
  c.ref = generated();
  c.img = image_of(c.ref, &c.len);
  c.cat = lazy_of(c.img, c.len);
  return c;
}

static void lazy_close(lazy_case *c) {
  brf_catalog_free(c->cat); /* before the image it borrows from */
  brf_catalog_free(c->ref);
  brf_free(ctx, c->img);
}

static void key_eq(const brf__exercise_key *a, const brf__exercise_key *b, size_t i) {
  cr_assert(a->equipment == b->equipment && a->primary == b->primary &&
                a->regions == b->regions && a->max_ms == b->max_ms &&
                a->modality == b->modality && a->level == b->level &&
                a->laterality == b->laterality,
            "exercise %zu: the key listed differs from the built exercise's", i);
}

Test(catalog_lazy, reading_builds_nothing_and_each_exercise_is_built_once_in_any_order) {
  lazy_case c = lazy_open();
  brf_catalog *ref = c.ref, *cat = c.cat;
  cr_assert_eq(brf_catalog_count(cat), N);
  cr_assert_eq(brf__catalog_unbuilt(cat), N, "reading built exercises");
  /* The keys are there before anything is built. */
  brf__exercise_key listed[N];
  memcpy(listed, brf__catalog_keys(cat), sizeof listed);
  /* Built from the end, by id every other time. */
  for (size_t k = N; k-- > 0;) {
    const char *id = brf_exercise_id(brf_catalog_at(ref, k));
    const brf_exercise *ex = k % 2 ? brf_catalog_find(cat, id) : brf_catalog_at(cat, k);
    cr_assert_not_null(ex);
    cr_assert_eq(brf__catalog_unbuilt(cat), k, "one exercise built per first read");
    cr_assert_eq(brf_catalog_at(cat, k), ex, "the same exercise, not built again");
    cr_assert_eq(brf_catalog_find(cat, id), ex);
    exercise_eq(brf_catalog_at(ref, k), ex);
    brf__exercise_key built;
    brf__exercise_key_of(ex, &built);
    key_eq(&listed[k], &built, k);
    key_eq(&brf__catalog_keys(ref)[k], &built, k);
  }
  cr_assert_null(brf_catalog_find(cat, "not-there"));
  cr_assert_null(brf_catalog_at(cat, N));
  lazy_close(&c);
}

Test(catalog_lazy, copied_texts_build_everything_at_once) {
  brf_catalog *ref = generated(), *cat = NULL;
  size_t len;
  unsigned char *img = image_of(ref, &len);
  cr_assert_eq(brf_catalog_from_image(ctx, img, len, 0, &cat), BRF_OK);
  cr_assert_eq(brf__catalog_unbuilt(cat), 0, "copied: the records are not kept");
  memset(img, 0xAB, len); /* nothing of the image is used after the call */
  brf_free(ctx, img);
  for (size_t k = 0; k < N; k++) exercise_eq(brf_catalog_at(ref, k), brf_catalog_at(cat, k));
  brf_catalog_free(cat);
  brf_catalog_free(ref);
}

Test(catalog_lazy, freeze_builds_every_exercise_left) {
  lazy_case c = lazy_open();
  brf_catalog *ref = c.ref, *cat = c.cat;
  const brf_exercise *first = brf_catalog_at(cat, 0);
  cr_assert_eq(brf_catalog_freeze(cat), BRF_OK);
  cr_assert_eq(brf__catalog_unbuilt(cat), 0, "a frozen catalog's readers would write it");
  cr_assert_eq(brf_catalog_at(cat, 0), first, "built before the freeze: kept");
  for (size_t k = 0; k < N; k++) exercise_eq(brf_catalog_at(ref, k), brf_catalog_at(cat, k));
  lazy_close(&c);
}

/* The same query on the catalog read from JSON and read lazily: the same
 * exercises; without text, nothing is built. */
static void same_query(brf_catalog *ref, brf_catalog *cat, int32_t region, int32_t modality,
                       const char *text, int64_t max_ms) {
  brf_query *a = NULL, *b = NULL;
  cr_assert_eq(brf_query_new(ctx, ref, &a), BRF_OK);
  cr_assert_eq(brf_query_new(ctx, cat, &b), BRF_OK);
  brf_query *both[2] = {a, b};
  for (int i = 0; i < 2; i++) {
    if (region >= 0) cr_assert_eq(brf_query_set_region(both[i], region, BRF_REGIONS_ANY), BRF_OK);
    if (modality >= 0) cr_assert_eq(brf_query_set_modality(both[i], modality), BRF_OK);
    if (text != NULL) cr_assert_eq(brf_query_set_text(both[i], text), BRF_OK);
    if (max_ms >= 0) cr_assert_eq(brf_query_set_max_duration_ms(both[i], max_ms), BRF_OK);
  }
  size_t unbuilt = brf__catalog_unbuilt(cat);
  cr_assert_eq(brf_query_run(a), BRF_OK);
  cr_assert_eq(brf_query_run(b), BRF_OK);
  if (text == NULL) cr_assert_eq(brf__catalog_unbuilt(cat), unbuilt, "a query without text built");
  else cr_assert_lt(brf__catalog_unbuilt(cat), unbuilt, "the text is in the exercises");
  /* Reading the answers builds them (brf_query_at hands out exercises). */
  cr_assert_eq(brf_query_count(a), brf_query_count(b));
  cr_assert_gt(brf_query_count(a), 0, "the fixture answers every query asked here");
  for (size_t i = 0; i < brf_query_count(a); i++)
    cr_assert_str_eq(brf_exercise_id(brf_query_at(a, i)), brf_exercise_id(brf_query_at(b, i)));
  brf_query_free(a);
  brf_query_free(b);
}

Test(catalog_lazy, queries_answer_as_on_the_json_catalog_and_build_only_for_text) {
  lazy_case c = lazy_open();
  same_query(c.ref, c.cat, BRF_REGION_HAMSTRINGS, -1, NULL, -1);
  same_query(c.ref, c.cat, -1, BRF_MODALITY_STATIC_STRETCH, NULL, 60000);
  same_query(c.ref, c.cat, -1, -1, "knee hug", -1);
  lazy_close(&c);
}

Test(catalog_lazy, a_new_default_dose_and_a_merge_build_what_they_change_or_copy) {
  lazy_case c = lazy_open();
  brf_catalog *ref = c.ref, *cat = c.cat, *other = NULL;
  cr_assert_eq(brf_catalog_set_default_dose(cat, "lazy-001", "hold 20s, 2 reps"), BRF_OK);
  cr_assert_eq(brf_catalog_set_default_dose(ref, "lazy-001", "hold 20s, 2 reps"), BRF_OK);
  exercise_eq(brf_catalog_find(ref, "lazy-001"), brf_catalog_find(cat, "lazy-001"));
  brf__exercise_key built;
  brf__exercise_key_of(brf_catalog_find(cat, "lazy-001"), &built);
  key_eq(&brf__catalog_keys(cat)[1], &built, 1);
  /* A merge copies every exercise out of the lazy catalog. */
  cr_assert_eq(brf_catalog_new_empty(ctx, &other), BRF_OK);
  cr_assert_eq(brf_catalog_merge(other, cat), BRF_OK);
  brf_catalog_free(cat); /* other keeps copies, not pointers into cat */
  brf_free(ctx, c.img);
  c.cat = NULL;
  c.img = NULL;
  cr_assert_eq(brf_catalog_count(other), N);
  for (size_t k = 0; k < N; k++) exercise_eq(brf_catalog_at(ref, k), brf_catalog_at(other, k));
  brf_catalog_free(other);
  lazy_close(&c);
}

#if BRF_WITH_BUILTIN_CATALOG
/* A merge into the built-in catalog (the CLI's start), an id of the image
 * that the catalog has twice in the image: a duplicate, refused as a whole;
 * the catalog as it was, holding no more blocks. */
Test(catalog_lazy, a_refused_merge_leaves_the_catalog_as_it_was) {
  brf_catalog *src = generated(), *cat = NULL;
  brf_exercise_draft *d = NULL;
  size_t len;
  for (int i = 0; i < 2; i++) { /* a built-in id, then again (by hand, in the image) */
    cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
    cr_assert_eq(brf_exercise_draft_set_id(d, i ? "zz-twice" : "glute-ball-release"), BRF_OK);
    cr_assert_eq(brf_exercise_draft_set_name(d, "Twice"), BRF_OK);
    cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_MOBILITY), BRF_OK);
    cr_assert_eq(brf_catalog_add(src, d), BRF_OK);
    brf_exercise_draft_free(d);
  }
  unsigned char *img = image_of(src, &len);
  /* Make the last id "glute-ball-release" too: point the last record's id
   * at the text of the one before. */
  unsigned char *last = img + IMG_HEADER_BYTES + (size_t)(N + 1) * IMG_RECORD_WORDS * 4;
  memcpy(last + 4 * IMG_ID, last - IMG_RECORD_WORDS * 4 + 4 * IMG_ID, 4);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  size_t n = brf_catalog_count(cat), blocks = st.live_blocks;
  const brf_exercise *builtin = brf_catalog_find(cat, "glute-ball-release");
  cr_assert_eq(brf_catalog_merge_image(cat, img, len, BRF_CATALOG_IMAGE_BORROW), BRF_E_SCHEMA);
  cr_assert(strstr(brf_context_errmsg(ctx), "duplicate exercise id 'glute-ball-release'") != NULL,
            "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_catalog_count(cat), n);
  cr_assert_eq(st.live_blocks, blocks, "the refused merge kept memory");
  cr_assert_eq(brf_catalog_find(cat, "glute-ball-release"), builtin);
  cr_assert_null(brf_catalog_find(cat, "lazy-000"));
  /* The same image without the second copy merges, the built-in one kept. */
  brf_free(ctx, img);
  img = image_of(src, &len);
  cr_assert_eq(brf_catalog_merge_image(cat, img, len, BRF_CATALOG_IMAGE_BORROW), BRF_OK);
  cr_assert_eq(brf_catalog_count(cat), n + N + 1);
  cr_assert_eq(brf_catalog_find(cat, "glute-ball-release"), builtin);
  cr_assert_eq(brf__catalog_unbuilt(cat), N + 1);
  brf_catalog_free(cat);
  brf_free(ctx, img);
  brf_catalog_free(src);
}

/* The CLI's plan: the built-in catalog with custom exercises merged from an
 * image plans exactly as with the same exercises merged from JSON, and the
 * planner builds only the exercises its goal has a place for. */
Test(catalog_lazy, the_planner_plans_as_from_json_and_builds_only_what_it_considers) {
  brf_catalog *src = generated(), *lazy = NULL, *eager = NULL;
  brf_planner *pl = NULL;
  brf_profile *prof = NULL;
  brf_routine *a = NULL, *b = NULL;
  char *doc = NULL, *ja = NULL, *jb = NULL;
  size_t len, dlen, la, lb;
  unsigned char *img = image_of(src, &len);
  cr_assert_eq(brf_catalog_to_json(ctx, src, 0, &doc, &dlen), BRF_OK);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &lazy), BRF_OK);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &eager), BRF_OK);
  cr_assert_eq(brf_catalog_merge_image(lazy, img, len, BRF_CATALOG_IMAGE_BORROW), BRF_OK);
  cr_assert_eq(brf_catalog_merge_json(eager, doc, dlen, 0), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_planner_new(ctx, &pl), BRF_OK);
  cr_assert_eq(brf_profile_new(ctx, &prof), BRF_OK);
  cr_assert_eq(brf_profile_set_equipment(prof, BRF_EQUIPMENT_MAT, 1), BRF_OK);
  cr_assert_eq(brf_profile_set_equipment(prof, BRF_EQUIPMENT_TOWEL, 1), BRF_OK);
  cr_assert_eq(brf_planner_set_goal(pl, BRF_GOAL_POST_LEG_WORKOUT), BRF_OK);
  cr_assert_eq(brf_planner_set_minutes(pl, 20), BRF_OK);
  cr_assert_eq(brf_planner_set_profile(pl, prof), BRF_OK);
  cr_assert_eq(brf_planner_run(pl, eager, &a), BRF_OK, "%s", brf_context_errmsg(ctx));
  size_t omitted = brf_planner_omitted_count(pl);
  cr_assert_eq(brf_planner_run(pl, lazy, &b), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_planner_omitted_count(pl), omitted);
  cr_assert_eq(brf_routine_to_json(ctx, a, 0, &ja, &la), BRF_OK);
  cr_assert_eq(brf_routine_to_json(ctx, b, 0, &jb, &lb), BRF_OK);
  cr_assert(la == lb && memcmp(ja, jb, la) == 0, "the plans differ:\n%.*s\n%.*s", (int)la, ja,
            (int)lb, jb);
  size_t unbuilt = brf__catalog_unbuilt(lazy);
  cr_assert_gt(unbuilt, 0, "the planner built every exercise");
  cr_assert_lt(unbuilt, N, "the planner considered none of the custom exercises");
  cr_log_info("the planner built %zu of %d custom exercises", (size_t)N - unbuilt, N);
  brf_free(ctx, ja);
  brf_free(ctx, jb);
  brf_free(ctx, doc);
  brf_routine_free(a);
  brf_routine_free(b);
  brf_profile_free(prof);
  brf_planner_free(pl);
  brf_catalog_free(lazy);
  brf_catalog_free(eager);
  brf_catalog_free(src);
  brf_free(ctx, img);
}
#endif
