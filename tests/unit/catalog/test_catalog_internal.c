/* White-box tests of the catalog: packing, slugs, the generated estimates,
 * and the build without the built-in catalog. */
#include <criterion/criterion.h>
#include <string.h>

#include "catalog/catalog_private.h"
#include "util/core.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(catalog_internal);

Test(catalog_internal, slugs) {
  cr_expect(brf__catalog_slug_valid("a"));
  cr_expect(brf__catalog_slug_valid("figure-4-stretch"));
  cr_expect(brf__catalog_slug_valid("0-9"));
  cr_expect_not(brf__catalog_slug_valid(NULL));
  cr_expect_not(brf__catalog_slug_valid(""));
  cr_expect_not(brf__catalog_slug_valid("-a"));
  cr_expect_not(brf__catalog_slug_valid("a-"));
  cr_expect_not(brf__catalog_slug_valid("a--b"));
  cr_expect_not(brf__catalog_slug_valid("a_b"));
  cr_expect_not(brf__catalog_slug_valid("A"));
  char id[80];
  memset(id, 'a', 64);
  id[64] = '\0';
  cr_expect(brf__catalog_slug_valid(id), "64 bytes is the limit");
  id[64] = 'a';
  id[65] = '\0';
  cr_expect_not(brf__catalog_slug_valid(id));
}

/* brf__catalog_slug_hash (the image reader's one pass over an id) says what
 * brf__catalog_slug_valid says, and for a slug the hash the catalog's
 * index uses: every string of up to 4 characters from "a0-_A" and a few
 * long ones around the 64-byte limit. */
Test(catalog_internal, slug_hash_agrees_with_slug_valid_and_the_id_hash) {
  static const char alphabet[] = "a0-_A";
  char s[80];
  size_t checked = 0;
  for (size_t len = 0; len <= 4; len++) {
    size_t total = 1;
    for (size_t i = 0; i < len; i++) total *= 5;
    for (size_t code = 0; code < total; code++) {
      size_t c = code;
      for (size_t i = 0; i < len; i++, c /= 5) s[i] = alphabet[c % 5];
      s[len] = '\0';
      uint64_t h = 0;
      int ok = brf__catalog_slug_hash(s, &h);
      cr_assert_eq(ok, brf__catalog_slug_valid(s), "'%s'", s);
      if (ok) cr_assert_eq(h, brf__catalog_id_hash(s), "'%s'", s);
      checked++;
    }
  }
  for (size_t len = 60; len <= 70; len++) {
    for (size_t i = 0; i < len; i++) s[i] = i % 7 == 3 ? '-' : (char)('a' + i % 26);
    s[len - 1] = 'z'; /* never a trailing hyphen */
    s[len] = '\0';
    uint64_t h = 0;
    int ok = brf__catalog_slug_hash(s, &h);
    cr_assert_eq(ok, brf__catalog_slug_valid(s), "length %zu", len);
    cr_assert_eq(ok, len <= 64, "length %zu", len);
    if (ok) cr_assert_eq(h, brf__catalog_id_hash(s));
  }
  cr_assert_eq(checked, 1 + 5 + 25 + 125 + 625);
  uint64_t h = 0;
  cr_assert_not(brf__catalog_slug_hash(NULL, &h));
}

#if BRF_WITH_BUILTIN_CATALOG
static const brf_exercise *builtin(const char *id) {
  for (size_t i = 0; i < brf__builtin_count; i++) {
    if (strcmp(brf__builtin_exercises[i]->id, id) == 0) return brf__builtin_exercises[i];
  }
  return NULL;
}

/* The generator applies the TIMING.md formula; spot-check it by hand. */
Test(catalog_internal, generated_estimates_follow_the_timing_formula) {
  int64_t lo, hi;
  /* 10min each side: 2 * 600 s + 5 s switch. */
  cr_assert(brf__exercise_estimate(builtin("glute-ball-release"), &lo, &hi));
  cr_expect_eq(lo, 1205000);
  cr_expect_eq(hi, 1205000);
  /* 5 reps, hold 5s: 5 * 5 s + 4 * 3 s relax. */
  cr_assert(brf__exercise_estimate(builtin("pelvic-tilt"), &lo, &hi));
  cr_expect_eq(lo, 37000);
  /* 2-3x6-15 strength: min 2 sets * 6 * 3 s + 30 s rest; max 3 * 15 * 3 s + 2 * 30 s. */
  cr_assert(brf__exercise_estimate(builtin("glute-bridge"), &lo, &hi));
  cr_expect_eq(lo, 2 * 18000 + 30000);
  cr_expect_eq(hi, 3 * 45000 + 2 * 30000);
  /* 10 reps, hold 5-10s, alternating: 20 bouts. */
  cr_assert(brf__exercise_estimate(builtin("bird-dog"), &lo, &hi));
  cr_expect_eq(lo, 20 * 5000 + 19 * 3000);
  cr_expect_eq(hi, 20 * 10000 + 19 * 3000);
  /* 5 reps of a mobility drill: 4 s per rep. */
  cr_assert(brf__exercise_estimate(builtin("prone-press-up"), &lo, &hi));
  cr_expect_eq(hi, 20000);
  for (size_t i = 0; i < brf__builtin_count; i++) {
    cr_expect(brf__exercise_estimate(brf__builtin_exercises[i], &lo, &hi), "%s",
              brf__builtin_exercises[i]->id);
    cr_expect_leq(lo, hi);
  }
}

Test(catalog_internal, sorted_index_is_sorted) {
  for (size_t i = 1; i < brf__builtin_count; i++) {
    cr_expect_lt(strcmp(brf__builtin_exercises[brf__builtin_by_id[i - 1]]->id,
                        brf__builtin_exercises[brf__builtin_by_id[i]]->id),
                 0);
  }
}

Test(catalog_internal, pack_makes_one_independent_block) {
  const brf_exercise *src = builtin("cold-pack");
  size_t before = st.live_blocks;
  brf_exercise *copy = brf__exercise_pack(ctx, src, "20min");
  cr_assert_not_null(copy);
  cr_expect_eq(st.live_blocks, before + 1);
  cr_expect_eq(copy->owned, 1);
  cr_expect_str_eq(copy->default_dose, "20min");
  cr_expect_eq(copy->estimate_max_ms, -1, "a new dose has no estimate yet");
  cr_expect_str_eq(copy->id, src->id);
  cr_expect_neq(copy->id, src->id, "strings are copied");
  cr_expect_eq(copy->alt_dose_count, src->alt_dose_count);
  cr_expect_str_eq(copy->alt_doses[0].source.ref, src->alt_doses[0].source.ref);
  cr_expect_eq(copy->contra_count, src->contra_count);
  cr_expect_eq(copy->contra[1].condition, src->contra[1].condition);
  cr_expect_str_eq(copy->progressions[0].exercise, "heat-pack");
  cr_expect_eq(copy->equipment.items[1], BRF_EQUIPMENT_TOWEL);
  cr_expect_str_eq(copy->instructions.items[3], src->instructions.items[3]);
  brf_exercise *same = brf__exercise_pack(ctx, src, NULL);
  cr_expect_eq(same->estimate_max_ms, src->estimate_max_ms);
  cr_expect_str_eq(same->default_dose, src->default_dose);
  brf__free(ctx, same);
  brf__free(ctx, copy);
  st.fail_at = st.calls + 1;
  cr_expect_null(brf__exercise_pack(ctx, src, NULL));
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_NOMEM);
  st.fail_at = 0;
}
#else
Test(catalog_internal, builtin_is_unsupported_when_not_compiled_in) {
  brf_catalog *cat = (brf_catalog *)0x1;
  cr_expect_eq(brf_catalog_new_builtin(ctx, &cat), BRF_E_UNSUPPORTED);
  cr_expect_null(cat);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_UNSUPPORTED);
}
#endif
