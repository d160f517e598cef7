#define _POSIX_C_SOURCE 200809L /* pthread_barrier_t */
/* A frozen built-in catalog, and a frozen catalog read from an image with
 * borrowed texts (built on first read until frozen), read from 8 threads at
 * once (docs/threading.md).
 * Each thread has its own context and queries; all of them start together
 * (a barrier) and read every exercise through every getter, find each one by
 * id and run several queries. Every thread must compute the same fingerprint
 * as a single-threaded pass made before. Built under ThreadSanitizer by
 * scripts/ci-extra.sh, where any data race is a "WARNING: ThreadSanitizer"
 * that fails the test.
 *
 * Criterion's process arena cannot coexist with TSan's shadow memory, so
 * with BRF_THREADS_STANDALONE this file builds as a plain program (the
 * tsan_threads test) with the same checks. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#ifdef BRF_THREADS_STANDALONE
static int failures;
#define CHECK(cond, ...) \
  ((cond) ? (void)0 : (fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__), \
                       fprintf(stderr, __VA_ARGS__), fputc('\n', stderr), (void)failures++))
#define REQUIRE(cond, ...) \
  do {                                 \
    int holds_ = (cond);               \
    CHECK(holds_, __VA_ARGS__);        \
    if (!holds_) return;               \
  } while (0)
#else
#include <criterion/criterion.h>
#define CHECK(cond, ...) cr_expect(cond, __VA_ARGS__)
#define REQUIRE(cond, ...) cr_assert(cond, __VA_ARGS__)
#endif

#include "backrelief.h"

#define THREADS 8
#define ROUNDS 20

/* FNV-1a over the bytes of a string (NULL hashes as a marker). */
static uint64_t mix_str(uint64_t h, const char *s) {
  if (!s) return (h ^ 0xffu) * 1099511628211u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
  return (h ^ 0u) * 1099511628211u;
}

static uint64_t mix_int(uint64_t h, long long v) {
  for (int i = 0; i < 8; i++) h = (h ^ (uint64_t)((v >> (8 * i)) & 0xff)) * 1099511628211u;
  return h;
}

/* Every getter of one exercise. */
static uint64_t hash_exercise(uint64_t h, const brf_exercise *ex) {
  h = mix_str(h, brf_exercise_id(ex));
  h = mix_str(h, brf_exercise_name(ex));
  h = mix_str(h, brf_exercise_summary(ex));
  h = mix_str(h, brf_exercise_default_dose(ex));
  h = mix_str(h, brf_exercise_dose_note(ex));
  h = mix_int(h, brf_exercise_modality(ex));
  h = mix_int(h, brf_exercise_level(ex));
  h = mix_int(h, brf_exercise_laterality(ex));
  h = mix_int(h, brf_exercise_position(ex));
  for (size_t i = 0; i < brf_exercise_alias_count(ex); i++)
    h = mix_str(h, brf_exercise_alias_at(ex, i));
  for (int32_t scope = BRF_REGIONS_PRIMARY; scope <= BRF_REGIONS_SECONDARY; scope++)
    for (size_t i = 0; i < brf_exercise_region_count(ex, scope); i++)
      h = mix_int(h, brf_exercise_region_at(ex, scope, i));
  for (size_t i = 0; i < brf_exercise_equipment_count(ex); i++)
    h = mix_int(h, brf_exercise_equipment_at(ex, i));
  for (size_t i = 0; i < brf_exercise_instruction_count(ex); i++)
    h = mix_str(h, brf_exercise_instruction_at(ex, i));
  for (size_t i = 0; i < brf_exercise_cue_count(ex); i++)
    h = mix_str(h, brf_exercise_cue_at(ex, i));
  for (size_t i = 0; i < brf_exercise_caution_count(ex); i++)
    h = mix_str(h, brf_exercise_caution_at(ex, i));
  for (size_t i = 0; i < brf_exercise_contraindication_count(ex); i++) {
    h = mix_int(h, brf_exercise_contraindication_condition(ex, i));
    h = mix_int(h, brf_exercise_contraindication_action(ex, i));
    h = mix_str(h, brf_exercise_contraindication_note(ex, i));
  }
  for (size_t i = 0; i < brf_exercise_alternative_dose_count(ex); i++) {
    h = mix_str(h, brf_exercise_alternative_dose_at(ex, i));
    h = mix_int(h, brf_exercise_alternative_dose_source_kind(ex, i));
    h = mix_str(h, brf_exercise_alternative_dose_source(ex, i));
    h = mix_str(h, brf_exercise_alternative_dose_note(ex, i));
  }
  for (size_t i = 0; i < brf_exercise_progression_count(ex); i++) {
    h = mix_str(h, brf_exercise_progression_exercise(ex, i));
    h = mix_str(h, brf_exercise_progression_text(ex, i));
  }
  for (size_t i = 0; i < brf_exercise_regression_count(ex); i++) {
    h = mix_str(h, brf_exercise_regression_exercise(ex, i));
    h = mix_str(h, brf_exercise_regression_text(ex, i));
  }
  for (size_t i = 0; i < brf_exercise_source_count(ex); i++) {
    h = mix_int(h, brf_exercise_source_kind(ex, i));
    h = mix_str(h, brf_exercise_source_ref(ex, i));
    h = mix_str(h, brf_exercise_source_note(ex, i));
  }
  for (size_t i = 0; i < brf_exercise_media_count(ex); i++)
    h = mix_str(h, brf_exercise_media_at(ex, i));
  return h;
}

/* Several queries with different filters on one context. */
static uint64_t hash_queries(uint64_t h, brf_context *ctx, const brf_catalog *cat, int *ok) {
  static const int32_t mat[] = {BRF_EQUIPMENT_MAT};
  brf_query *q = NULL;
  const brf_exercise *ex;
  if (brf_query_new(ctx, cat, &q) != BRF_OK) {
    *ok = 0;
    return h;
  }
  for (int32_t m = 0; m < BRF_MODALITY_COUNT; m++) {
    brf_query_reset(q);
    if (brf_query_set_modality(q, m) != BRF_OK || brf_query_run(q) != BRF_OK) *ok = 0;
    h = mix_int(h, (long long)brf_query_count(q));
    while (brf_query_next(q, &ex) == BRF_OK) h = mix_str(h, brf_exercise_id(ex));
  }
  brf_query_free(q);
  if (brf_query_new(ctx, cat, &q) != BRF_OK) {
    *ok = 0;
    return h;
  }
  if (brf_query_set_equipment(q, mat, 1) != BRF_OK || brf_query_set_text(q, "stretch") != BRF_OK ||
      brf_query_set_region(q, BRF_REGION_LOWER_BACK, BRF_REGIONS_PRIMARY) != BRF_OK ||
      brf_query_run(q) != BRF_OK)
    *ok = 0;
  for (size_t i = 0; i < brf_query_count(q); i++) h = mix_str(h, brf_exercise_id(brf_query_at(q, i)));
  brf_query_free(q);
  return h;
}

/* One full pass: every exercise by index and by id, and the queries. */
static uint64_t read_all(const brf_catalog *cat, brf_context *ctx, int *ok) {
  uint64_t h = 1469598103934665603u;
  size_t n = brf_catalog_count(cat);
  h = mix_int(h, (long long)n);
  for (size_t i = 0; i < n; i++) {
    const brf_exercise *ex = brf_catalog_at(cat, i);
    if (brf_catalog_find(cat, brf_exercise_id(ex)) != ex) *ok = 0;
    h = hash_exercise(h, ex);
  }
  if (brf_catalog_find(cat, "no-such-exercise") != NULL) *ok = 0;
  if (!brf_catalog_is_frozen(cat)) *ok = 0;
  return hash_queries(h, ctx, cat, ok);
}

typedef struct reader {
  const brf_catalog *cat;
  pthread_barrier_t *start;
  uint64_t hash[ROUNDS];
  int ok;
} reader;

static void *reader_main(void *arg) {
  reader *r = arg;
  brf_context *ctx = NULL;
  r->ok = brf_context_new(&ctx) == BRF_OK;
  pthread_barrier_wait(r->start);
  for (int round = 0; r->ok && round < ROUNDS; round++) r->hash[round] = read_all(r->cat, ctx, &r->ok);
  brf_context_free(ctx);
  return NULL;
}

/* THREADS threads read cat at once, ROUNDS times each: every pass must
 * give expected. */
static void read_from_threads(const brf_catalog *cat, uint64_t expected) {
  pthread_barrier_t start;
  pthread_t tid[THREADS];
  static reader readers[THREADS];
  REQUIRE(pthread_barrier_init(&start, NULL, THREADS) == 0, "barrier");
  for (int i = 0; i < THREADS; i++) {
    memset(&readers[i], 0, sizeof readers[i]);
    readers[i].cat = cat;
    readers[i].start = &start;
    REQUIRE(pthread_create(&tid[i], NULL, reader_main, &readers[i]) == 0, "thread %d", i);
  }
  for (int i = 0; i < THREADS; i++) pthread_join(tid[i], NULL);
  pthread_barrier_destroy(&start);
  for (int i = 0; i < THREADS; i++) {
    CHECK(readers[i].ok, "thread %d failed a call", i);
    for (int round = 0; round < ROUNDS; round++)
      CHECK(readers[i].hash[round] == expected, "thread %d round %d read different data", i,
            round);
  }
}

static void frozen_builtin_catalog_reads_the_same_from_8_threads(void) {
  brf_context *ctx;
  brf_catalog *cat;
  REQUIRE(brf_context_new(&ctx) == BRF_OK, "context");
  REQUIRE(brf_catalog_new_builtin(ctx, &cat) == BRF_OK, "built-in catalog");
  REQUIRE(brf_catalog_freeze(cat) == BRF_OK, "freeze");
  int ok = 1;
  uint64_t expected = read_all(cat, ctx, &ok);
  REQUIRE(ok, "the single-threaded pass failed");
  read_from_threads(cat, expected);
  /* Mutating a frozen catalog is refused, so readers can trust it. */
  CHECK(brf_catalog_set_default_dose(cat, brf_exercise_id(brf_catalog_at(cat, 0)), "30s") ==
            BRF_E_STATE,
        "a frozen catalog accepted a change");
  brf_catalog_free(cat);
  brf_context_free(ctx);
}

/* The same exercises read from a catalog image with borrowed texts: their
 * exercises are built on first read unless the catalog is frozen, and the
 * freeze must build them all; no thread reads this catalog before the 8
 * start together, so a build left to a reader would be a data race (and a
 * ThreadSanitizer report in scripts/ci-extra.sh). */
static void frozen_catalog_from_an_image_reads_the_same_from_8_threads(void) {
  brf_context *ctx;
  brf_catalog *builtin, *cat = NULL;
  char *img = NULL;
  size_t len = 0;
  REQUIRE(brf_context_new(&ctx) == BRF_OK, "context");
  REQUIRE(brf_catalog_new_builtin(ctx, &builtin) == BRF_OK, "built-in catalog");
  REQUIRE(brf_catalog_freeze(builtin) == BRF_OK, "freeze");
  int ok = 1;
  uint64_t expected = read_all(builtin, ctx, &ok);
  REQUIRE(ok, "the single-threaded pass failed");
  REQUIRE(brf_catalog_to_image(ctx, builtin, 0, &img, &len) == BRF_OK, "to_image");
  REQUIRE(brf_catalog_from_image(ctx, img, len, BRF_CATALOG_IMAGE_BORROW, &cat) == BRF_OK,
          "from_image: %s", brf_context_errmsg(ctx));
  REQUIRE(brf_catalog_freeze(cat) == BRF_OK, "freeze");
  read_from_threads(cat, expected);
  brf_catalog_free(cat);
  brf_free(ctx, img);
  brf_catalog_free(builtin);
  brf_context_free(ctx);
}

#ifdef BRF_THREADS_STANDALONE
int main(void) {
  frozen_builtin_catalog_reads_the_same_from_8_threads();
  frozen_catalog_from_an_image_reads_the_same_from_8_threads();
  if (failures) return 1;
  puts("tsan_threads: 8 threads read the same data");
  return 0;
}
#else
Test(threads, frozen_builtin_catalog_reads_the_same_from_8_threads) {
  frozen_builtin_catalog_reads_the_same_from_8_threads();
}
Test(threads, frozen_catalog_from_an_image_reads_the_same_from_8_threads) {
  frozen_catalog_from_an_image_reads_the_same_from_8_threads();
}
#endif
