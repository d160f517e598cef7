/* The vocabulary tables: pinned values, JSON ids, and conversion. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"

static const size_t counts[BRF_VOCAB_KIND_COUNT] = {
    BRF_MODALITY_COUNT, BRF_REGION_COUNT, BRF_EQUIPMENT_COUNT, BRF_LEVEL_COUNT,
    BRF_LATERALITY_COUNT, BRF_POSITION_COUNT, BRF_CONDITION_COUNT, BRF_ACTION_COUNT,
    BRF_SOURCE_COUNT};

Test(vocab, every_value_round_trips_through_its_id) {
  for (int32_t k = 0; k < BRF_VOCAB_KIND_COUNT; k++) {
    cr_expect_eq(brf_vocab_count(k), counts[k], "kind %d", (int)k);
    cr_expect_not_null(brf_vocab_kind_name(k));
    for (int32_t v = 0; v < (int32_t)counts[k]; v++) {
      const char *id = brf_vocab_id(k, v);
      int32_t back = -1;
      cr_assert_not_null(id, "kind %d value %d", (int)k, (int)v);
      cr_expect_eq(brf_vocab_parse(k, id, &back), BRF_OK);
      cr_expect_eq(back, v, "%s", id);
      for (const char *c = id; *c; c++) {
        cr_expect((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-',
                  "id %s is not a lowercase slug", id);
      }
    }
    cr_expect_null(brf_vocab_id(k, (int32_t)counts[k]));
    cr_expect_null(brf_vocab_id(k, -1));
  }
}

Test(vocab, ids_are_unique_within_a_kind) {
  for (int32_t k = 0; k < BRF_VOCAB_KIND_COUNT; k++) {
    for (int32_t a = 0; a < (int32_t)counts[k]; a++) {
      for (int32_t b = a + 1; b < (int32_t)counts[k]; b++) {
        cr_expect_str_neq(brf_vocab_id(k, a), brf_vocab_id(k, b));
      }
    }
  }
}

/* The values are contracts (they are stored in files and crossed over FFI). */
Test(vocab, pinned_values_and_ids) {
  cr_expect_str_eq(brf_vocab_id(BRF_VOCAB_MODALITY, BRF_MODALITY_SELF_MASSAGE), "self-massage");
  cr_expect_str_eq(brf_vocab_id(BRF_VOCAB_MODALITY, 6), "cold");
  cr_expect_eq(BRF_REGION_LOWER_BACK, 0);
  cr_expect_str_eq(brf_vocab_id(BRF_VOCAB_REGION, 7), "it-band");
  cr_expect_str_eq(brf_vocab_id(BRF_VOCAB_REGION, 12), "neck");
  cr_expect_eq(BRF_EQUIPMENT_NONE, 0);
  cr_expect_str_eq(brf_vocab_id(BRF_VOCAB_EQUIPMENT, 3), "massage-ball");
  cr_expect_str_eq(brf_vocab_id(BRF_VOCAB_EQUIPMENT, 15), "towel");
  cr_expect_str_eq(brf_vocab_id(BRF_VOCAB_LEVEL, 2), "advanced");
  cr_expect_eq(BRF_LATERALITY_EACH_SIDE, 1, "equals the dosage 'each side' code");
  cr_expect_eq(BRF_LATERALITY_ALTERNATING, 2, "equals the dosage 'alternating' code");
  cr_expect_str_eq(brf_vocab_id(BRF_VOCAB_POSITION, 5), "half-kneeling");
  cr_expect_str_eq(brf_vocab_id(BRF_VOCAB_CONDITION, 0), "pregnancy");
  cr_expect_str_eq(brf_vocab_id(BRF_VOCAB_ACTION, 2), "ask-clinician");
  cr_expect_str_eq(brf_vocab_id(BRF_VOCAB_SOURCE_KIND, 0), "seed");
}

Test(vocab, unknown_ids_and_bad_arguments) {
  int32_t v = 42;
  cr_expect_eq(brf_vocab_parse(BRF_VOCAB_REGION, "Lower-Back", &v), BRF_E_NOT_FOUND,
               "ids are exact and lowercase");
  cr_expect_eq(brf_vocab_parse(BRF_VOCAB_REGION, "", &v), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_vocab_parse(BRF_VOCAB_EQUIPMENT, "lower-back", &v), BRF_E_NOT_FOUND);
  cr_expect_eq(v, 42, "unchanged on failure");
  cr_expect_eq(brf_vocab_parse(BRF_VOCAB_REGION, NULL, &v), BRF_E_INVALID);
  cr_expect_eq(brf_vocab_parse(BRF_VOCAB_REGION, "neck", NULL), BRF_E_INVALID);
  cr_expect_eq(brf_vocab_parse(BRF_VOCAB_KIND_COUNT, "neck", &v), BRF_E_INVALID);
  cr_expect_eq(brf_vocab_parse(-1, "neck", &v), BRF_E_INVALID);
  cr_expect_null(brf_vocab_id(BRF_VOCAB_KIND_COUNT, 0));
  cr_expect_eq(brf_vocab_count(-1), 0);
  cr_expect_null(brf_vocab_kind_name(99));
}
