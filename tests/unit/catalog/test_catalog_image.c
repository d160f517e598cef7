/* The catalog image (brf_catalog_to_image, _from_image, _merge_image;
 * docs/formats.md "Catalog image"): every field of every exercise survives
 * (the built-in catalog, a custom catalog using every field, the 873
 * exercises of free-exercise-db when ../shared/data is there), texts copied
 * or borrowed, the merge's conflict rule, the bytes the format defines, and
 * every kind of bad image refused with its status, nothing left behind and
 * the caller's catalog unchanged. White-box (INTERNAL): the damaged images
 * are made by changing words of the layout in catalog/catalog_image.h. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief/json.h"
#include "catalog/catalog_image.h"
#include "catalog/catalog_private.h"
#include "exercise_eq.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(catalog_image);

/* Two exercises using every field of the format: lists, a named variation
 * and a link, an alternative dose, a contraindication, a position and none,
 * texts with quotes and multi-byte characters, an empty summary. */
static const char custom_doc[] =
    "{\"format\":\"backrelief-catalog\",\"format_version\":1,\"exercises\":["
    "{\"id\":\"towel-hamstring-stretch\",\"name\":\"Towel \\\"hamstring\\\" stretch \xc3\xa9\","
    "\"aliases\":[\"strap stretch\",\"\xe2\x80\x9c" "band\xe2\x80\x9d" " stretch\"],"
    "\"summary\":\"Lying on your back, a towel round one foot.\","
    "\"modality\":\"static-stretch\","
    "\"regions\":{\"primary\":[\"hamstrings\"],\"secondary\":[\"lower-back\",\"calves\"]},"
    "\"equipment\":[\"towel\",\"mat\"],\"level\":\"intermediate\",\"laterality\":\"each-side\","
    "\"position\":\"supine\",\"instructions\":[\"Lie down.\",\"Loop the towel.\"],"
    "\"cues\":[\"Breathe out.\"],\"cautions\":[\"Stop if it tingles.\"],"
    "\"contraindications\":[{\"condition\":\"fracture\",\"action\":\"skip\",\"note\":\"\"},"
    "{\"condition\":\"osteoporosis\",\"action\":\"ask-clinician\",\"note\":\"Ask first.\"}],"
    "\"default_dose\":\"hold 30s, 3 reps, each side\",\"dose_note\":\"From a guideline.\","
    "\"alternative_doses\":[{\"dose\":\"hold 60s, 2 reps, each side\",\"source\":{\"kind\":"
    "\"guideline\",\"ref\":\"ACSM\",\"note\":\"\"},\"note\":\"Older adults.\"}],"
    "\"progressions\":[{\"exercise\":\"glute-ball-release\",\"note\":\"then\"},"
    "{\"variation\":\"Standing, foot on a step.\"}],"
    "\"regressions\":[{\"variation\":\"Knee bent.\"}],"
    "\"sources\":[{\"kind\":\"seed\",\"ref\":\"A title\",\"note\":\"n\"}],"
    "\"media\":[\"https://example.org/a.png\"]},"
    "{\"id\":\"plain\",\"name\":\"P\",\"summary\":\"\",\"modality\":\"mobility\"}]}";

static brf_catalog *from_json(const char *text, size_t len) {
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_from_json(ctx, text, len, 0, &cat), BRF_OK, "from_json: %s",
               brf_context_errmsg(ctx));
  return cat;
}

static unsigned char *image_of(const brf_catalog *cat, size_t *len) {
  char *img = NULL;
  cr_assert_eq(brf_catalog_to_image(ctx, cat, 0, &img, len), BRF_OK, "to_image: %s",
               brf_context_errmsg(ctx));
  cr_assert_not_null(img);
  return (unsigned char *)img;
}

/* The catalog read back from its image has every field of every exercise,
 * in order, and writes the same catalog document. */
static void expect_round_trip(const brf_catalog *cat, uint32_t flags) {
  size_t len, j1, j2;
  unsigned char *img = image_of(cat, &len);
  brf_catalog *back = NULL;
  char *one = NULL, *two = NULL;
  cr_assert_eq(brf_catalog_from_image(ctx, img, len, flags, &back), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_assert_eq(brf_catalog_count(back), brf_catalog_count(cat));
  for (size_t i = 0; i < brf_catalog_count(cat); i++)
    exercise_eq(brf_catalog_at(cat, i), brf_catalog_at(back, i));
  cr_assert_eq(brf_catalog_to_json(ctx, cat, 0, &one, &j1), BRF_OK);
  cr_assert_eq(brf_catalog_to_json(ctx, back, 0, &two, &j2), BRF_OK);
  cr_assert(j1 == j2 && memcmp(one, two, j1) == 0, "the catalog document differs");
  brf_free(ctx, one);
  brf_free(ctx, two);
  brf_catalog_free(back);
  brf_free(ctx, img);
}

Test(catalog_image, custom_exercises_keep_every_field) {
  brf_catalog *cat = from_json(custom_doc, sizeof custom_doc - 1);
  cr_assert_eq(brf_catalog_count(cat), 2);
  cr_assert_eq(brf_catalog_at(cat, 1)->position, -1);
  cr_assert_gt(brf_catalog_at(cat, 0)->estimate_max_ms, 0, "the fixture has a timed dose");
  expect_round_trip(cat, 0);
  expect_round_trip(cat, BRF_CATALOG_IMAGE_BORROW);
  brf_catalog_free(cat);
}

#if BRF_WITH_BUILTIN_CATALOG
Test(catalog_image, the_builtin_catalog_keeps_every_field) {
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  expect_round_trip(cat, 0);
  expect_round_trip(cat, BRF_CATALOG_IMAGE_BORROW);
  brf_catalog_free(cat);
}
#endif

Test(catalog_image, the_free_exercise_db_import_keeps_every_field) {
  char path[4096];
  size_t len;
  brf_catalog *cat = NULL;
  if (brf_test_shared_data("free-exercise-db/exercises.json", path, sizeof path) == NULL) {
    cr_log_info("../shared/data/free-exercise-db is absent: the 873-exercise round trip is skipped");
    cr_skip_test("../shared/data/free-exercise-db is absent");
  }
  char *text = brf_test_read_file(path, &len);
  cr_assert_not_null(text);
  cr_assert_eq(brf_catalog_import_free_exercise_db_v2(ctx, text, len, 0, NULL, &cat), BRF_OK);
  free(text);
  cr_assert_eq(brf_catalog_count(cat), 873);
  expect_round_trip(cat, BRF_CATALOG_IMAGE_BORROW);
  brf_catalog_free(cat);
}

Test(catalog_image, an_empty_catalog_is_a_header_and_one_nul) {
  brf_catalog *cat = NULL, *back = NULL;
  size_t len;
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  unsigned char *img = image_of(cat, &len);
  /* The format's own words: magic, version 1, no exercises, no words, a
   * pool of one byte, reserved 0; little-endian on every machine. */
  static const unsigned char expected[] = {'B', 'R', 'F', 'C', 'A', 'T', 'I', 'M', 1, 0, 0, 0,
                                           0,   0,   0,   0,   0,   0,   0,   0,   1, 0, 0, 0,
                                           0,   0,   0,   0,   0};
  cr_assert_eq(len, sizeof expected);
  cr_assert(memcmp(img, expected, len) == 0);
  cr_assert_eq(brf_catalog_from_image(ctx, img, len, 0, &back), BRF_OK);
  cr_assert_eq(brf_catalog_count(back), 0);
  brf_catalog_free(back);
  brf_catalog_free(cat);
  brf_free(ctx, img);
}

Test(catalog_image, copied_texts_do_not_depend_on_the_image_borrowed_ones_point_into_it) {
  brf_catalog *cat = from_json(custom_doc, sizeof custom_doc - 1), *copied = NULL, *borrowed = NULL;
  size_t len;
  unsigned char *img = image_of(cat, &len);
  cr_assert_eq(brf_catalog_from_image(ctx, img, len, 0, &copied), BRF_OK);
  cr_assert_eq(brf_catalog_from_image(ctx, img, len, BRF_CATALOG_IMAGE_BORROW, &borrowed), BRF_OK);
  const char *name = brf_exercise_name(brf_catalog_at(borrowed, 0));
  cr_assert((const unsigned char *)name > img && (const unsigned char *)name < img + len,
            "a borrowed text points into the image");
  name = brf_exercise_name(brf_catalog_at(copied, 0));
  cr_assert((const unsigned char *)name < img || (const unsigned char *)name >= img + len,
            "a copied text does not point into the image");
  brf_catalog_free(borrowed);
  memset(img, 0xAA, len); /* the image may go once the copied catalog is made */
  brf_free(ctx, img);
  cr_assert_str_eq(brf_exercise_name(brf_catalog_at(copied, 0)),
                   "Towel \"hamstring\" stretch \xc3\xa9");
  cr_assert_str_eq(brf_exercise_id(brf_catalog_at(copied, 1)), "plain");
  brf_catalog_free(copied);
  brf_catalog_free(cat);
}

#if BRF_WITH_BUILTIN_CATALOG
/* As brf_catalog_merge_json: the exercise already in the catalog wins a
 * conflict of ids, the others are appended in the image's order. */
Test(catalog_image, merge_keeps_the_exercise_already_there_and_appends_the_rest) {
  brf_catalog *custom = from_json(custom_doc, sizeof custom_doc - 1), *cat = NULL;
  brf_exercise_draft *d = NULL;
  size_t len, n;
  /* A third exercise whose id is a built-in one. */
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, "glute-ball-release"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, "Not the built-in one"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_MOBILITY), BRF_OK);
  cr_assert_eq(brf_catalog_add(custom, d), BRF_OK);
  brf_exercise_draft_free(d);
  unsigned char *img = image_of(custom, &len);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  n = brf_catalog_count(cat);
  const brf_exercise *builtin = brf_catalog_find(cat, "glute-ball-release");
  cr_assert_eq(brf_catalog_merge_image(cat, img, len, BRF_CATALOG_IMAGE_BORROW), BRF_OK);
  cr_assert_eq(brf_catalog_count(cat), n + 2);
  cr_assert_eq(brf_catalog_find(cat, "glute-ball-release"), builtin);
  cr_assert_str_eq(brf_exercise_id(brf_catalog_at(cat, n)), "towel-hamstring-stretch");
  cr_assert_str_eq(brf_exercise_id(brf_catalog_at(cat, n + 1)), "plain");
  brf_catalog_free(cat); /* before the borrowed image */
  brf_free(ctx, img);
  brf_catalog_free(custom);
}
#endif

/* ---- bad images ---------------------------------------------------------- */

static uint32_t get32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static void set32(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)v;
  p[1] = (unsigned char)(v >> 8);
  p[2] = (unsigned char)(v >> 16);
  p[3] = (unsigned char)(v >> 24);
}
/* Word w of exercise k's record. */
static unsigned char *rec_word(unsigned char *img, size_t k, size_t w) {
  return img + IMG_HEADER_BYTES + 4 * (k * IMG_RECORD_WORDS + w);
}
static size_t words_at(const unsigned char *img) {
  return IMG_HEADER_BYTES + 4 * (size_t)get32(img + 12) * IMG_RECORD_WORDS;
}
static size_t pool_at(const unsigned char *img) {
  return words_at(img) + 4 * (size_t)get32(img + 16);
}
/* Word j of the list words. */
static unsigned char *list_word(unsigned char *img, size_t j) {
  return img + words_at(img) + 4 * j;
}
/* Word j of exercise k's list L (its first word + j). */
static unsigned char *elem_word(unsigned char *img, size_t k, int L, size_t j) {
  return list_word(img, get32(rec_word(img, k, IMG_LISTS + 2 * (size_t)L)) + j);
}
/* The offset in the pool of the first occurrence of text, NUL included. */
static uint32_t pool_ref(const unsigned char *img, size_t len, const char *text) {
  size_t at = pool_at(img), n = strlen(text) + 1;
  for (size_t i = at; i + n <= len; i++)
    if (memcmp(img + i, text, n) == 0 && img[i - 1] == '\0') return (uint32_t)(i - at);
  cr_assert_fail("'%s' not in the pool", text);
  return 0;
}

/* A text the catalog repeats is written once (docs/formats.md): a third
 * exercise with the first one's name and instruction refers to them. */
Test(catalog_image, a_repeated_text_is_written_once) {
  brf_catalog *cat = from_json(custom_doc, sizeof custom_doc - 1);
  brf_exercise_draft *d = NULL;
  size_t len;
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, "third"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, "Towel \"hamstring\" stretch \xc3\xa9"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_MOBILITY), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_instruction(d, "Lie down."), BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK);
  brf_exercise_draft_free(d);
  unsigned char *img = image_of(cat, &len);
  uint32_t lie = pool_ref(img, len, "Lie down.");
  cr_assert_eq(get32(rec_word(img, 2, IMG_NAME)), get32(rec_word(img, 0, IMG_NAME)));
  cr_assert_eq(get32(elem_word(img, 0, IMG_L_INSTRUCTIONS, 0)), lie);
  cr_assert_eq(get32(elem_word(img, 2, IMG_L_INSTRUCTIONS, 0)), lie);
  /* Exactly once in the pool. */
  size_t at = pool_at(img), seen = 0;
  for (size_t i = at; i + 10 <= len; i++) seen += memcmp(img + i, "Lie down.", 10) == 0;
  cr_assert_eq(seen, 1, "'Lie down.' written %zu times", seen);
  expect_round_trip(cat, 0);
  expect_round_trip(cat, BRF_CATALOG_IMAGE_BORROW);
  brf_free(ctx, img);
  brf_catalog_free(cat);
}

typedef void (*damage_fn)(unsigned char *img, size_t *len);

/* The custom catalog's image, damaged; both readers refuse it with the
 * status, the merge leaves the catalog as it was, nothing is left allocated
 * (the fixture's teardown checks), and the message names the function. */
static void expect_refused(damage_fn damage, brf_status want, const char *in_message) {
  brf_catalog *cat = from_json(custom_doc, sizeof custom_doc - 1), *out = NULL, *dst = NULL;
  size_t len;
  unsigned char *img = image_of(cat, &len);
  damage(img, &len);
  cr_assert_eq(brf_catalog_from_image(ctx, img, len, 0, &out), want, "from_image: %s",
               brf_context_errmsg(ctx));
  cr_assert_null(out);
  cr_assert(strstr(brf_context_errmsg(ctx), "catalog_from_image") != NULL, "%s",
            brf_context_errmsg(ctx));
  cr_assert(strstr(brf_context_errmsg(ctx), in_message) != NULL, "'%s' not in: %s", in_message,
            brf_context_errmsg(ctx));
  cr_assert_eq(brf_catalog_new_empty(ctx, &dst), BRF_OK);
  cr_assert_eq(brf_catalog_merge_image(dst, img, len, BRF_CATALOG_IMAGE_BORROW), want);
  cr_assert_eq(brf_catalog_count(dst), 0, "the merge changed the catalog");
  brf_catalog_free(dst);
  brf_catalog_free(cat);
  brf_free(ctx, img);
}

static void bad_magic(unsigned char *img, size_t *len) { (void)len; img[0] = '{'; }
static void newer_version(unsigned char *img, size_t *len) { (void)len; set32(img + 8, 2); }
static void cut_short(unsigned char *img, size_t *len) { (void)img; *len -= 1; }
static void reserved_set(unsigned char *img, size_t *len) { (void)len; set32(img + 24, 1); }
static void count_too_big(unsigned char *img, size_t *len) { (void)len; set32(img + 12, 3); }
static void pool_not_utf8(unsigned char *img, size_t *len) { img[*len - 2] = (unsigned char)0xC3; }
static void pool_unterminated(unsigned char *img, size_t *len) { img[*len - 1] = 'x'; }
static void ref_outside(unsigned char *img, size_t *len) {
  set32(rec_word(img, 0, IMG_NAME), (uint32_t)(*len - pool_at(img)));
}
static void ref_inside_a_character(unsigned char *img, size_t *len) {
  /* The name ends with "é" (C3 A9): point at its second byte. */
  uint32_t name = pool_ref(img, *len, "Towel \"hamstring\" stretch \xc3\xa9");
  set32(rec_word(img, 0, IMG_NAME), name + (uint32_t)strlen("Towel \"hamstring\" stretch \xc3"));
}
static void empty_name(unsigned char *img, size_t *len) {
  (void)len;
  set32(rec_word(img, 1, IMG_NAME), 0);
}
static void id_not_a_slug(unsigned char *img, size_t *len) {
  /* "Lie down." as the id. */
  set32(rec_word(img, 0, IMG_ID), pool_ref(img, *len, "Lie down."));
}
static void duplicate_id(unsigned char *img, size_t *len) {
  (void)len;
  set32(rec_word(img, 1, IMG_ID), get32(rec_word(img, 0, IMG_ID)));
}
static void unknown_modality(unsigned char *img, size_t *len) {
  (void)len;
  set32(rec_word(img, 1, IMG_MODALITY), (uint32_t)brf_vocab_count(BRF_VOCAB_MODALITY));
}
static void unknown_position(unsigned char *img, size_t *len) {
  (void)len;
  set32(rec_word(img, 0, IMG_POSITION), 1000);
}
static void unknown_region(unsigned char *img, size_t *len) {
  (void)len;
  set32(elem_word(img, 0, IMG_L_SECONDARY, 1), 99);
}
static void unknown_action(unsigned char *img, size_t *len) {
  (void)len;
  set32(elem_word(img, 0, IMG_L_CONTRA, 1), 77);
}
static void list_outside(unsigned char *img, size_t *len) {
  (void)len;
  set32(rec_word(img, 0, IMG_LISTS + 2 * IMG_L_CUES + 1), 0xFFFFFFF0u);
}
static void list_start_outside(unsigned char *img, size_t *len) {
  (void)len;
  set32(rec_word(img, 0, IMG_LISTS + 2 * IMG_L_SOURCES), get32(img + 16));
}
static void lists_overlap(unsigned char *img, size_t *len) {
  (void)len; /* the cues start where the instructions do */
  set32(rec_word(img, 0, IMG_LISTS + 2 * IMG_L_CUES),
        get32(rec_word(img, 0, IMG_LISTS + 2 * IMG_L_INSTRUCTIONS)));
}
static void empty_instruction(unsigned char *img, size_t *len) {
  (void)len;
  set32(elem_word(img, 0, IMG_L_INSTRUCTIONS, 0), 0);
}
static void link_not_a_slug(unsigned char *img, size_t *len) {
  set32(elem_word(img, 0, IMG_L_PROGRESSIONS, 0), pool_ref(img, *len, "Lie down."));
}
static void variation_without_text(unsigned char *img, size_t *len) {
  (void)len;
  set32(elem_word(img, 0, IMG_L_REGRESSIONS, 1), 0);
}
static void dose_not_a_dose(unsigned char *img, size_t *len) {
  set32(rec_word(img, 0, IMG_DEFAULT_DOSE), pool_ref(img, *len, "Lie down."));
}
static void dose_not_canonical(unsigned char *img, size_t *len) {
  /* The dose is stored canonical ("3 reps, hold 30s, each side"); the same
   * dose written in another order parses, but is not how a writer stores it. */
  uint32_t at = pool_ref(img, *len, "3 reps, hold 30s, each side");
  memcpy(img + pool_at(img) + at, "hold 30s, 3 reps, each side", 27);
}
static void alt_dose_empty(unsigned char *img, size_t *len) {
  (void)len;
  set32(elem_word(img, 0, IMG_L_ALT, 0), 0);
}
static void source_kind_unknown(unsigned char *img, size_t *len) {
  (void)len;
  set32(elem_word(img, 0, IMG_L_SOURCES, 0), 200);
}

Test(catalog_image, bytes_that_are_not_an_image_are_parse_errors) {
  expect_refused(bad_magic, BRF_E_PARSE, "not a catalog image");
  expect_refused(cut_short, BRF_E_PARSE, "cut short");
  expect_refused(reserved_set, BRF_E_PARSE, "damaged");
  expect_refused(count_too_big, BRF_E_PARSE, "damaged");
  expect_refused(pool_not_utf8, BRF_E_PARSE, "UTF-8");
  expect_refused(pool_unterminated, BRF_E_PARSE, "texts are damaged");
}

Test(catalog_image, an_image_of_another_version_is_a_schema_error) {
  expect_refused(newer_version, BRF_E_SCHEMA, "version 2");
}

Test(catalog_image, invalid_exercises_are_schema_errors_naming_the_exercise) {
  expect_refused(ref_outside, BRF_E_SCHEMA, "exercise 0");
  expect_refused(ref_inside_a_character, BRF_E_SCHEMA, "exercise 0");
  expect_refused(empty_name, BRF_E_SCHEMA, "exercise 1");
  expect_refused(id_not_a_slug, BRF_E_SCHEMA, "not a valid slug");
  expect_refused(duplicate_id, BRF_E_SCHEMA, "duplicate exercise id 'towel-hamstring-stretch'");
  expect_refused(unknown_modality, BRF_E_SCHEMA, "unknown");
  expect_refused(unknown_position, BRF_E_SCHEMA, "unknown");
  expect_refused(unknown_region, BRF_E_SCHEMA, "secondary regions 1");
  expect_refused(unknown_action, BRF_E_SCHEMA, "contraindications 0");
  expect_refused(list_outside, BRF_E_SCHEMA, "cues lie outside");
  expect_refused(list_start_outside, BRF_E_SCHEMA, "sources lie outside");
  expect_refused(lists_overlap, BRF_E_SCHEMA, "cues do not follow the list before");
  expect_refused(empty_instruction, BRF_E_SCHEMA, "instructions 0");
  expect_refused(link_not_a_slug, BRF_E_SCHEMA, "progressions 0");
  expect_refused(variation_without_text, BRF_E_SCHEMA, "regressions 0");
  expect_refused(dose_not_a_dose, BRF_E_SCHEMA, "is not valid");
  expect_refused(dose_not_canonical, BRF_E_SCHEMA, "canonical");
  expect_refused(alt_dose_empty, BRF_E_SCHEMA, "alternative doses 0");
  expect_refused(source_kind_unknown, BRF_E_SCHEMA, "sources 0");
}

/* An image of no exercises with a word (no list can cover it) is refused;
 * without the word it is an empty catalog. */
Test(catalog_image, a_word_in_an_image_of_no_exercises_is_a_parse_error) {
  unsigned char img[IMG_HEADER_BYTES + 4 + 1];
  brf_catalog *out = NULL;
  memset(img, 0, sizeof img);
  memcpy(img, IMG_MAGIC, 8);
  set32(img + 8, IMG_VERSION);
  set32(img + 16, 1); /* one word, no exercise to have a list there */
  set32(img + 20, 1); /* the pool: one NUL */
  cr_assert_eq(brf_catalog_from_image(ctx, img, sizeof img, 0, &out), BRF_E_PARSE, "%s",
               brf_context_errmsg(ctx));
  cr_assert(strstr(brf_context_errmsg(ctx), "lists do not cover its words") != NULL);
  set32(img + 16, 0); /* without the word (and 4 bytes fewer): an empty catalog */
  memmove(img + IMG_HEADER_BYTES, img + IMG_HEADER_BYTES + 4, 1);
  cr_assert_eq(brf_catalog_from_image(ctx, img, sizeof img - 4, 0, &out), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_assert_eq(brf_catalog_count(out), 0);
  brf_catalog_free(out);
}

/* A word no list covers (one more word before the texts, the header saying
 * so): the lengths add up, but the image is not what a writer makes. */
Test(catalog_image, a_word_no_list_covers_is_a_parse_error) {
  brf_catalog *cat = from_json(custom_doc, sizeof custom_doc - 1), *out = NULL;
  size_t len;
  unsigned char *img = image_of(cat, &len);
  size_t at = pool_at(img);
  unsigned char *big = malloc(len + 4);
  cr_assert_not_null(big);
  memcpy(big, img, at);
  memset(big + at, 0, 4);
  memcpy(big + at + 4, img + at, len - at);
  set32(big + 16, get32(img + 16) + 1);
  cr_assert_eq(brf_catalog_from_image(ctx, big, len + 4, 0, &out), BRF_E_PARSE, "%s",
               brf_context_errmsg(ctx));
  cr_assert(strstr(brf_context_errmsg(ctx), "lists do not cover its words") != NULL, "%s",
            brf_context_errmsg(ctx));
  cr_assert_null(out);
  free(big);
  brf_free(ctx, img);
  brf_catalog_free(cat);
}

/* Every prefix of an image is refused (the lengths no longer add up), and
 * so is every single byte changed in its header. */
Test(catalog_image, every_prefix_and_every_header_byte_changed_is_refused) {
  brf_catalog *cat = from_json(custom_doc, sizeof custom_doc - 1), *out = NULL;
  size_t len;
  unsigned char *img = image_of(cat, &len);
  for (size_t n = 0; n < len; n++) {
    brf_status s = brf_catalog_from_image(ctx, img, n, 0, &out);
    cr_assert(s == BRF_E_PARSE, "prefix %zu: %s", n, brf_status_name(s));
    cr_assert_null(out);
  }
  for (size_t i = 0; i < IMG_HEADER_BYTES; i++) {
    img[i] ^= 0x40;
    brf_status s = brf_catalog_from_image(ctx, img, len, 0, &out);
    cr_assert(s == BRF_E_PARSE || s == BRF_E_SCHEMA, "byte %zu: %s", i, brf_status_name(s));
    img[i] ^= 0x40;
  }
  brf_catalog_free(cat);
  brf_free(ctx, img);
}

Test(catalog_image, bad_arguments_are_invalid_and_a_frozen_catalog_is_a_state_error) {
  brf_catalog *cat = from_json(custom_doc, sizeof custom_doc - 1), *out = NULL;
  size_t len = 7;
  char *img = NULL;
  cr_assert_eq(brf_catalog_to_image(ctx, cat, 1, &img, &len), BRF_E_INVALID);
  cr_assert(img == NULL && len == 7, "out NULL, out_len untouched");
  cr_assert_eq(brf_catalog_to_image(ctx, NULL, 0, &img, &len), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_to_image(ctx, cat, 0, NULL, &len), BRF_E_INVALID);
  img = (char *)image_of(cat, &len);
  cr_assert_eq(brf_catalog_from_image(ctx, img, len, 2, &out), BRF_E_INVALID);
  cr_assert(strstr(brf_context_errmsg(ctx), "unknown flags") != NULL);
  cr_assert_eq(brf_catalog_from_image(ctx, NULL, len, 0, &out), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_from_image(ctx, img, len, 0, NULL), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_from_image(NULL, img, len, 0, &out), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_merge_image(NULL, img, len, 0), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_merge_image(cat, img, len, 4), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_freeze(cat), BRF_OK);
  cr_assert_eq(brf_catalog_merge_image(cat, img, len, 0), BRF_E_STATE);
  cr_assert_eq(brf_catalog_count(cat), 2);
  brf_catalog_free(cat);
  brf_free(ctx, img);
}

Test(catalog_image, the_context_limits_apply_to_both_directions) {
  brf_catalog *cat = from_json(custom_doc, sizeof custom_doc - 1), *out = NULL;
  size_t len;
  unsigned char *img = image_of(cat, &len);
  char *none = NULL;
  cr_assert_eq(brf_context_set_limit(ctx, BRF_LIMIT_INPUT_BYTES, (int64_t)len - 1), BRF_OK);
  cr_assert_eq(brf_catalog_from_image(ctx, img, len, 0, &out), BRF_E_LIMIT);
  cr_assert_eq(brf_context_set_limit(ctx, BRF_LIMIT_INPUT_BYTES, (int64_t)len), BRF_OK);
  cr_assert_eq(brf_catalog_from_image(ctx, img, len, 0, &out), BRF_OK);
  brf_catalog_free(out);
  cr_assert_eq(brf_context_set_limit(ctx, BRF_LIMIT_OUTPUT_BYTES, (int64_t)len - 1), BRF_OK);
  cr_assert_eq(brf_catalog_to_image(ctx, cat, 0, &none, NULL), BRF_E_LIMIT);
  cr_assert_null(none);
  brf_catalog_free(cat);
  brf_free(ctx, img);
}

/* A fresh target for the allocation-failure loop below: empty, the
 * built-in view, or a catalog that already holds exercises read lazily from
 * another image (so the merge grows its table of unbuilt exercises). */
enum { DST_EMPTY, DST_BUILTIN, DST_LAZY };
static brf_catalog *fresh_dst(int kind, const unsigned char *other, size_t other_len) {
  brf_catalog *dst = NULL;
  if (kind == DST_LAZY) {
    cr_assert_eq(brf_catalog_from_image(ctx, other, other_len, BRF_CATALOG_IMAGE_BORROW, &dst),
                 BRF_OK);
    return dst;
  }
#if BRF_WITH_BUILTIN_CATALOG
  if (kind == DST_BUILTIN) {
    cr_assert_eq(brf_catalog_new_builtin(ctx, &dst), BRF_OK);
    return dst;
  }
#endif
  cr_assert_eq(brf_catalog_new_empty(ctx, &dst), BRF_OK);
  return dst;
}

/* Every allocation of the writer, the reader and the merge, failed in turn,
 * with copied and borrowed texts, into an empty catalog, the built-in view
 * and a catalog holding unbuilt exercises: BRF_E_NOMEM, nothing left
 * allocated, the catalog merged into unchanged. */
static void every_allocation_fails(uint32_t flags, int dst_kind);

Test(catalog_image, every_allocation_failure_is_nomem_and_leaves_nothing) {
  every_allocation_fails(0, DST_EMPTY);
  every_allocation_fails(BRF_CATALOG_IMAGE_BORROW, DST_EMPTY);
  every_allocation_fails(BRF_CATALOG_IMAGE_BORROW, DST_LAZY);
#if BRF_WITH_BUILTIN_CATALOG
  every_allocation_fails(BRF_CATALOG_IMAGE_BORROW, DST_BUILTIN);
#endif
}

static void every_allocation_fails(uint32_t flags, int dst_kind) {
  brf_catalog *cat = from_json(custom_doc, sizeof custom_doc - 1), *dst = NULL, *out = NULL;
  brf_catalog *third = NULL;
  brf_exercise_draft *d = NULL;
  size_t len, olen, n0;
  unsigned char *img = image_of(cat, &len);
  /* Another image, of one exercise the custom catalog does not have. */
  cr_assert_eq(brf_catalog_new_empty(ctx, &third), BRF_OK);
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(d, "other-one"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, "Other"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_MOBILITY), BRF_OK);
  cr_assert_eq(brf_catalog_add(third, d), BRF_OK);
  brf_exercise_draft_free(d);
  unsigned char *other = image_of(third, &olen);
  brf_catalog_free(third);
  dst = fresh_dst(dst_kind, other, olen);
  n0 = brf_catalog_count(dst);
  for (size_t k = 1;; k++) {
    size_t live = st.live_blocks;
    char *again = NULL;
    st.fail_at = st.calls + k;
    st.failed = 0;
    brf_status w = brf_catalog_to_image(ctx, cat, 0, &again, NULL);
    brf_status r = brf_catalog_from_image(ctx, img, len, flags, &out);
    brf_status m = brf_catalog_merge_image(dst, img, len, flags);
    int failed = st.failed;
    st.fail_at = 0;
    if (w == BRF_OK) brf_free(ctx, again);
    if (r == BRF_OK) {
      for (size_t i = 0; i < brf_catalog_count(out); i++) cr_assert_not_null(brf_catalog_at(out, i));
      brf_catalog_free(out);
    }
    out = NULL;
    if (m == BRF_OK) {
      /* The merge succeeded: every exercise reads (built now, if borrowed);
       * a fresh target for the next round. */
      cr_assert_eq(brf_catalog_count(dst), n0 + 2);
      cr_assert_str_eq(brf_exercise_id(brf_catalog_at(dst, n0 + 1)), "plain");
      brf_catalog_free(dst);
      dst = fresh_dst(dst_kind, other, olen);
      live = st.live_blocks;
    } else {
      cr_assert_eq(m, BRF_E_NOMEM, "allocation %zu: merge %s", k, brf_status_name(m));
      cr_assert_eq(brf_catalog_count(dst), n0);
      if (n0 > 0) cr_assert_not_null(brf_catalog_at(dst, n0 - 1));
    }
    cr_assert(w == BRF_OK || w == BRF_E_NOMEM);
    cr_assert(r == BRF_OK || r == BRF_E_NOMEM);
    cr_assert_eq(st.live_blocks, live, "allocation %zu leaked", k);
    if (!failed) break; /* every allocation was reached */
  }
  brf_catalog_free(dst);
  brf_catalog_free(cat);
  brf_free(ctx, img);
  brf_free(ctx, other); /* after dst, which may borrow from it */
}

/* What makes an image fast to read (docs/performance.md): a few
 * allocations for the whole catalog, not one per exercise or text. */
Test(catalog_image, reading_allocates_a_few_blocks_not_one_per_exercise) {
  brf_catalog *cat = NULL, *out = NULL;
  brf_exercise_draft *d = NULL;
  char id[32];
  size_t len, before;
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  for (int i = 0; i < 1000; i++) {
    cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
    snprintf(id, sizeof id, "exercise-%d", i);
    cr_assert_eq(brf_exercise_draft_set_id(d, id), BRF_OK);
    cr_assert_eq(brf_exercise_draft_set_name(d, "An exercise with a name"), BRF_OK);
    cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_MOBILITY), BRF_OK);
    cr_assert_eq(brf_exercise_draft_add_instruction(d, "Do this."), BRF_OK);
    cr_assert_eq(brf_exercise_draft_add_instruction(d, "Then that."), BRF_OK);
    cr_assert_eq(brf_exercise_draft_add_equipment(d, BRF_EQUIPMENT_MAT), BRF_OK);
    cr_assert_eq(brf_catalog_add(cat, d), BRF_OK);
    brf_exercise_draft_free(d);
  }
  unsigned char *img = image_of(cat, &len);
  before = st.allocs;
  cr_assert_eq(brf_catalog_from_image(ctx, img, len, BRF_CATALOG_IMAGE_BORROW, &out), BRF_OK);
  size_t allocs = st.allocs - before;
  cr_log_info("from_image of 1,000 exercises: %zu allocations", allocs);
  cr_assert_lt(allocs, 50, "%zu allocations for 1,000 exercises", allocs);
  brf_catalog_free(out);
  brf_catalog_free(cat);
  brf_free(ctx, img);
}
