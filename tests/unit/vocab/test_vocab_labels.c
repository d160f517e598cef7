/* brf_vocab_label: the display label of every vocabulary value in every
 * language (issue 26; docs/localisation.md). The exact labels checked below
 * are written by hand from data/messages/vocab.json and
 * data/i18n/<tag>/vocab.json. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"

static const char *const langs[] = {"en", "de", "es", "fr"};

Test(vocab_labels, every_value_of_every_kind_has_a_label_in_every_language) {
  for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++) {
    for (int32_t k = 0; k < BRF_VOCAB_KIND_COUNT; k++) {
      for (int32_t v = 0; v < (int32_t)brf_vocab_count(k); v++) {
        const char *label = brf_vocab_label(k, v, langs[l]);
        cr_assert_not_null(label, "%s %d %d", langs[l], (int)k, (int)v);
        size_t n = strlen(label);
        cr_expect_gt(n, 0, "%s %s", langs[l], brf_vocab_id(k, v));
        cr_expect_null(strchr(label, '{'), "%s: %s", langs[l], label);
        cr_expect_null(strchr(label, '}'), "%s: %s", langs[l], label);
        if (n > 0) {
          cr_expect(label[0] != ' ' && label[n - 1] != ' ' && label[n - 1] != '.', "%s: '%s'",
                    langs[l], label);
        }
#if BRF_WITH_TRANSLATIONS
        /* A translation is a word, never the id (ids with a hyphen are not
         * words of German, Spanish or French). */
        if (l > 0 && strchr(brf_vocab_id(k, v), '-') != NULL)
          cr_expect_str_neq(label, brf_vocab_id(k, v), "%s", langs[l]);
#endif
      }
    }
  }
}

Test(vocab_labels, english_labels_are_lay_words) {
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_EQUIPMENT, BRF_EQUIPMENT_FOAM_ROLLER, "en"),
                   "foam roller");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_LEVEL, BRF_LEVEL_INTERMEDIATE, "en"), "intermediate");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_CONDITION, BRF_CONDITION_KNEE_PROBLEMS, "en"),
                   "knee problems");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_REGION, BRF_REGION_HAMSTRINGS, "en-GB"),
                   "back of the thighs");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_POSITION, BRF_POSITION_SUPINE, "en"),
                   "lying on your back");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_SOURCE_KIND, BRF_SOURCE_SEED, "en"), "article");
}

Test(vocab_labels, translated_labels) {
#if BRF_WITH_TRANSLATIONS
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_EQUIPMENT, BRF_EQUIPMENT_FOAM_ROLLER, "de"),
                   "Faszienrolle");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_EQUIPMENT, BRF_EQUIPMENT_BENCH, "de"), "Bank");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_LEVEL, BRF_LEVEL_INTERMEDIATE, "de"),
                   "Fortgeschrittene");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_CONDITION, BRF_CONDITION_KNEE_PROBLEMS, "de"),
                   "Knieprobleme");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_REGION, BRF_REGION_LOWER_BACK, "de"),
                   "unterer Rücken");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_EQUIPMENT, BRF_EQUIPMENT_FOAM_ROLLER, "es"),
                   "rodillo de espuma");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_LEVEL, BRF_LEVEL_ADVANCED, "es"), "avanzado");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_CONDITION, BRF_CONDITION_PREGNANCY, "es"),
                   "embarazo");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_EQUIPMENT, BRF_EQUIPMENT_MASSAGE_BALL, "fr"),
                   "balle de massage");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_LEVEL, BRF_LEVEL_INTERMEDIATE, "fr"),
                   "intermédiaire");
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_CONDITION, BRF_CONDITION_SHOULDER_PROBLEMS, "fr"),
                   "problèmes d’épaule");
#else
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_EQUIPMENT, BRF_EQUIPMENT_BENCH, "de"), "bench");
#endif
}

Test(vocab_labels, fallbacks) {
  const char *en = brf_vocab_label(BRF_VOCAB_EQUIPMENT, BRF_EQUIPMENT_FOAM_ROLLER, "en");
  /* A language without texts, a malformed tag, an empty one: English. */
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_EQUIPMENT, BRF_EQUIPMENT_FOAM_ROLLER, "sv"), en);
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_EQUIPMENT, BRF_EQUIPMENT_FOAM_ROLLER, "de_AT"), en);
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_EQUIPMENT, BRF_EQUIPMENT_FOAM_ROLLER, ""), en);
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_EQUIPMENT, BRF_EQUIPMENT_FOAM_ROLLER, "german!"), en);
  /* A region or script falls back to its language. */
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_LEVEL, BRF_LEVEL_BEGINNER, "de-AT"),
                   brf_vocab_label(BRF_VOCAB_LEVEL, BRF_LEVEL_BEGINNER, "de"));
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_LEVEL, BRF_LEVEL_BEGINNER, "FR-ca"),
                   brf_vocab_label(BRF_VOCAB_LEVEL, BRF_LEVEL_BEGINNER, "fr"));
#if BRF_WITH_TRANSLATIONS
  cr_expect_str_eq(brf_vocab_label(BRF_VOCAB_LEVEL, BRF_LEVEL_BEGINNER, "es-419"), "principiante");
#endif
}

Test(vocab_labels, unknown_kind_value_or_null_locale) {
  cr_expect_null(brf_vocab_label(BRF_VOCAB_EQUIPMENT, BRF_EQUIPMENT_BENCH, NULL));
  cr_expect_null(brf_vocab_label(-1, 0, "en"));
  cr_expect_null(brf_vocab_label(BRF_VOCAB_KIND_COUNT, 0, "en"));
  cr_expect_null(brf_vocab_label(BRF_VOCAB_LEVEL, -1, "en"));
  cr_expect_null(brf_vocab_label(BRF_VOCAB_LEVEL, BRF_LEVEL_COUNT, "de"));
  cr_expect_null(brf_vocab_label(BRF_VOCAB_CONDITION, BRF_CONDITION_COUNT, "fr"));
  cr_expect_null(brf_vocab_label(BRF_VOCAB_SOURCE_KIND, INT32_MAX, "es"));
}
