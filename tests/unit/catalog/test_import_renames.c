/* The free-exercise-db import's id renaming (issue 27): a taken slug gets
 * "-2", "-3", ..., the first suffix free, as it always did; a counter per
 * slug makes that O(1) catalog lookups per entry instead of one per suffix
 * tried (8,000 entries with one id took 4.4 s, 16,000 took 17.8 s). The
 * lookups are counted through brf__catalog_import_fedb_counted, not timed. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"
#include "catalog/catalog_codec.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(import_renames);

/* A document of entries with these ids, named "n0", "n1", ... in order. */
static char *doc_of(const char *const *ids, size_t n, size_t *len) {
  size_t cap = 64, at = 0;
  for (size_t i = 0; i < n; i++) cap += strlen(ids[i]) + 48;
  char *doc = malloc(cap);
  cr_assert_not_null(doc);
  at += (size_t)snprintf(doc + at, cap - at, "[");
  for (size_t i = 0; i < n; i++)
    at += (size_t)snprintf(doc + at, cap - at, "%s{\"id\": \"%s\", \"name\": \"n%zu\"}",
                           i ? "," : "", ids[i], i);
  at += (size_t)snprintf(doc + at, cap - at, "]");
  *len = at;
  return doc;
}

static brf_catalog *import_ids(const char *const *ids, size_t n, size_t *lookups) {
  size_t len = 0;
  char *doc = doc_of(ids, n, &len);
  brf_catalog *cat = NULL;
  cr_assert_eq(brf__catalog_import_fedb_counted(ctx, doc, len, 0, &cat, NULL, lookups), BRF_OK,
               "%s", brf_context_errmsg(ctx));
  free(doc);
  cr_assert_eq(brf_catalog_count(cat), n);
  return cat;
}

/* The id entry i was given, found by its name. */
static const char *id_of(const brf_catalog *cat, size_t i) {
  char name[32];
  snprintf(name, sizeof name, "n%zu", i);
  for (size_t k = 0; k < brf_catalog_count(cat); k++)
    if (strcmp(brf_exercise_name(brf_catalog_at(cat, k)), name) == 0)
      return brf_exercise_id(brf_catalog_at(cat, k));
  cr_assert_fail("no entry %s", name);
  return NULL;
}

/* The expected ids are what the linear search this replaced gave (commit
 * 9b5a61c): slugs taken by earlier entries, explicit "-N" ids that a later
 * suffix must skip, 64-byte slugs cut before their suffix, and a cut that
 * lands on a hyphen and collides with another slug's suffix. */
Test(import_renames, renames_are_those_of_trying_each_suffix_in_turn) {
  char a64[65], a70[71], b61[62], b61cc[65];
  memset(a64, 'a', 64);
  a64[64] = '\0';
  memset(a70, 'a', 70);
  a70[70] = '\0';
  memset(b61, 'b', 61);
  b61[61] = '\0';
  memcpy(b61cc, b61, 61);
  memcpy(b61cc + 61, "_cc", 4);
  const char *ids[32] = {"a", "A", "a-5", "a", "a ", "a-2", "a", "a_2"};
  size_t n = 8;
  for (int i = 0; i < 11; i++) ids[n++] = i % 2 ? a64 : a70;
  ids[n++] = b61cc;
  ids[n++] = b61;
  ids[n++] = b61cc;
  ids[n++] = b61;
  ids[n++] = b61cc;
  static const char *const expected[] = {
    "a", /* n0 */
    "a-2", /* n1 */
    "a-5", /* n2 */
    "a-3", /* n3 */
    "a-4", /* n4 */
    "a-2-2", /* n5 */
    "a-6", /* n6 */
    "a-2-3", /* n7 */
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", /* n8 */
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-2", /* n9 */
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-3", /* n10 */
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-4", /* n11 */
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-5", /* n12 */
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-6", /* n13 */
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-7", /* n14 */
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-8", /* n15 */
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-9", /* n16 */
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-10", /* n17 */
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-11", /* n18 */
    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-cc", /* n19 */
    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", /* n20 */
    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-2", /* n21 */
    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-3", /* n22 */
    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-4", /* n23 */
  };
  size_t lookups = 0;
  brf_catalog *cat = import_ids(ids, n, &lookups);
  cr_assert_eq(n, sizeof expected / sizeof *expected);
  for (size_t i = 0; i < n; i++) cr_expect_str_eq(id_of(cat, i), expected[i], "entry %zu", i);
  brf_catalog_free(cat);
}

#if BRF_WITH_BUILTIN_CATALOG
Test(import_renames, a_builtin_id_is_prefixed_then_suffixed) {
  const char *ids[] = {"Dead_Bug", "fedb-dead-bug", "Dead Bug"};
  size_t lookups = 0;
  brf_catalog *cat = import_ids(ids, 3, &lookups);
  cr_expect_str_eq(id_of(cat, 0), "fedb-dead-bug");
  cr_expect_str_eq(id_of(cat, 1), "fedb-dead-bug-2");
  cr_expect_str_eq(id_of(cat, 2), "fedb-dead-bug-3");
  cr_expect_eq(lookups, 1 + 2 + 2);
  brf_catalog_free(cat);
}
#endif

/* n entries with one id: the first is free (one lookup), each other finds
 * its slug taken and its suffix free (two): 2n - 1, where trying each
 * suffix in turn made 1 + 2 + ... + n, about n * n / 2. */
static void same_id(size_t n) {
  const char **ids = malloc(n * sizeof *ids);
  cr_assert_not_null(ids);
  for (size_t i = 0; i < n; i++) ids[i] = "Same_Id";
  size_t lookups = 0;
  brf_catalog *cat = import_ids(ids, n, &lookups);
  cr_expect_eq(lookups, 2 * n - 1, "%zu entries: %zu lookups", n, lookups);
  cr_expect_str_eq(id_of(cat, 0), "same-id");
  char last[32];
  snprintf(last, sizeof last, "same-id-%zu", n);
  cr_expect_str_eq(id_of(cat, n - 1), last);
  brf_catalog_free(cat);
  free(ids);
}

Test(import_renames, a_thousand_entries_with_one_id_cost_linear_lookups) { same_id(1000); }

Test(import_renames, eight_thousand_entries_with_one_id_cost_linear_lookups) { same_id(8000); }

/* Suffixes taken in advance are each skipped once, not once per entry:
 * "s-2" ... "s-500" (499 lookups, all free), then 500 times "s": the first
 * is free (1); the second tries s, s-2 ... s-500 and takes s-501 (501); the
 * 498 others try s and the next suffix (2 each). */
Test(import_renames, suffixes_taken_in_advance_are_skipped_once) {
  enum { AHEAD = 499, SAME = 500 };
  static char names[AHEAD][16];
  const char *ids[AHEAD + SAME];
  for (size_t i = 0; i < AHEAD; i++) {
    snprintf(names[i], sizeof names[i], "s-%zu", i + 2);
    ids[i] = names[i];
  }
  for (size_t i = 0; i < SAME; i++) ids[AHEAD + i] = "s";
  size_t lookups = 0;
  brf_catalog *cat = import_ids(ids, AHEAD + SAME, &lookups);
  cr_expect_eq(lookups, AHEAD + 1 + 501 + 2 * (SAME - 2));
  cr_expect_str_eq(id_of(cat, AHEAD), "s");
  cr_expect_str_eq(id_of(cat, AHEAD + 1), "s-501");
  cr_expect_str_eq(id_of(cat, AHEAD + SAME - 1), "s-999");
  brf_catalog_free(cat);
}
