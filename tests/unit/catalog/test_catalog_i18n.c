/* The built-in catalog in German, Spanish and French (issue 26,
 * docs/localisation.md): the getters answer in the language of the context
 * the catalog was made with, brf_exercise_text reads any language (English,
 * the source, included), and the fallbacks of the locale hold. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(catalog_i18n);

static brf_catalog *builtin_in(const char *tag) {
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_context_set_locale(ctx, tag), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  return cat;
}

/* Every text of every exercise, field by field, through the getters. */
typedef struct field {
  int32_t sel;
  size_t (*count)(const brf_exercise *);
  const char *(*at)(const brf_exercise *, size_t);
} field;

static size_t one(const brf_exercise *ex) { return ex != NULL; }
static const char *name_at(const brf_exercise *ex, size_t i) { return i ? NULL : brf_exercise_name(ex); }
static const char *summary_at(const brf_exercise *ex, size_t i) { return i ? NULL : brf_exercise_summary(ex); }
static const char *dose_note_at(const brf_exercise *ex, size_t i) { return i ? NULL : brf_exercise_dose_note(ex); }

static const field FIELDS[] = {
    {BRF_EXERCISE_TEXT_NAME, one, name_at},
    {BRF_EXERCISE_TEXT_SUMMARY, one, summary_at},
    {BRF_EXERCISE_TEXT_DOSE_NOTE, one, dose_note_at},
    {BRF_EXERCISE_TEXT_INSTRUCTION, brf_exercise_instruction_count, brf_exercise_instruction_at},
    {BRF_EXERCISE_TEXT_CUE, brf_exercise_cue_count, brf_exercise_cue_at},
    {BRF_EXERCISE_TEXT_CAUTION, brf_exercise_caution_count, brf_exercise_caution_at},
    {BRF_EXERCISE_TEXT_CONTRAINDICATION_NOTE, brf_exercise_contraindication_count,
     brf_exercise_contraindication_note},
    {BRF_EXERCISE_TEXT_ALTERNATIVE_DOSE_NOTE, brf_exercise_alternative_dose_count,
     brf_exercise_alternative_dose_note},
    {BRF_EXERCISE_TEXT_PROGRESSION, brf_exercise_progression_count, brf_exercise_progression_text},
    {BRF_EXERCISE_TEXT_REGRESSION, brf_exercise_regression_count, brf_exercise_regression_text},
};
#define NFIELDS (sizeof FIELDS / sizeof FIELDS[0])

#if BRF_WITH_TRANSLATIONS
/* The getters of a catalog made in a language give brf_exercise_text's text
 * of that language; every text is there, and (but for a few words that are
 * the same in both) differs from the English one. */
static void check_language(const char *tag) {
  brf_catalog *en = builtin_in("en");
  brf_catalog *xx = builtin_in(tag);
  size_t texts = 0, same = 0;
  cr_assert_eq(brf_catalog_count(xx), brf_catalog_count(en));
  for (size_t k = 0; k < brf_catalog_count(en); k++) {
    const brf_exercise *e = brf_catalog_at(en, k), *x = brf_catalog_at(xx, k);
    cr_assert_str_eq(brf_exercise_id(x), brf_exercise_id(e));
    cr_assert_eq(brf_catalog_find(xx, brf_exercise_id(e)), x);
    cr_assert_str_eq(brf_exercise_default_dose(x), brf_exercise_default_dose(e));
    cr_assert_eq(brf_exercise_modality(x), brf_exercise_modality(e));
    for (size_t f = 0; f < NFIELDS; f++) {
      size_t n = FIELDS[f].count(e);
      cr_assert_eq(FIELDS[f].count(x), n);
      for (size_t i = 0; i < n; i++) {
        const char *te = FIELDS[f].at(e, i), *tx = FIELDS[f].at(x, i);
        cr_assert_not_null(tx);
        cr_assert_str_eq(brf_exercise_text(x, FIELDS[f].sel, i, tag), tx);
        cr_assert_str_eq(brf_exercise_text(e, FIELDS[f].sel, i, tag), tx, "%s %zu %zu", tag, f, i);
        cr_assert_str_eq(brf_exercise_text(x, FIELDS[f].sel, i, "en"), te);
        if (te[0] == '\0') {
          cr_assert_str_eq(tx, "");
          continue;
        }
        texts++;
        if (strcmp(te, tx) == 0) same++;
      }
      cr_assert_null(brf_exercise_text(x, FIELDS[f].sel, n, tag));
    }
  }
  cr_assert_gt(texts, 700);
  /* Only very short texts may read the same (a name such as "Plank"). */
  cr_assert_lt(same, 10, "%s: %zu of %zu texts are still English", tag, same, texts);
  brf_catalog_free(xx);
  brf_catalog_free(en);
}

Test(catalog_i18n, german) { check_language("de"); }
Test(catalog_i18n, spanish) { check_language("es"); }
Test(catalog_i18n, french) { check_language("fr"); }

Test(catalog_i18n, regional_tags_fall_back_to_the_language) {
  brf_catalog *de = builtin_in("de");
  brf_catalog *at = builtin_in("de-AT");
  brf_catalog *mx = builtin_in("es-MX");
  brf_catalog *es = builtin_in("es");
  cr_assert_eq(brf_catalog_at(at, 0), brf_catalog_at(de, 0)); /* the same static tables */
  cr_assert_eq(brf_catalog_at(mx, 0), brf_catalog_at(es, 0));
  const brf_exercise *ex = brf_catalog_at(de, 0);
  cr_assert_str_eq(brf_exercise_text(ex, BRF_EXERCISE_TEXT_NAME, 0, "de-CH"), brf_exercise_name(ex));
  cr_assert_str_eq(brf_exercise_text(ex, BRF_EXERCISE_TEXT_NAME, 0, "FR-ca"),
                   brf_exercise_text(ex, BRF_EXERCISE_TEXT_NAME, 0, "fr"));
  brf_catalog_free(de);
  brf_catalog_free(at);
  brf_catalog_free(mx);
  brf_catalog_free(es);
}

Test(catalog_i18n, unknown_and_malformed_locales_read_english) {
  brf_catalog *fr = builtin_in("fr");
  const brf_exercise *ex = brf_catalog_find(fr, "cat-camel");
  const char *en = brf_exercise_text(ex, BRF_EXERCISE_TEXT_NAME, 0, "en");
  cr_assert_str_neq(brf_exercise_name(ex), en);
  cr_assert_str_eq(brf_exercise_text(ex, BRF_EXERCISE_TEXT_NAME, 0, "sv"), en);
  cr_assert_str_eq(brf_exercise_text(ex, BRF_EXERCISE_TEXT_NAME, 0, "fr_FR"), en);
  cr_assert_str_eq(brf_exercise_text(ex, BRF_EXERCISE_TEXT_NAME, 0, ""), en);
  /* a context that fell back uses English for the catalogs it makes */
  cr_assert_eq(brf_context_set_locale(ctx, "sv-SE"), BRF_E_NOT_FOUND);
  brf_catalog *sv = NULL;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &sv), BRF_OK);
  cr_assert_str_eq(brf_exercise_name(brf_catalog_find(sv, "cat-camel")), en);
  brf_catalog_free(sv);
  brf_catalog_free(fr);
}

Test(catalog_i18n, a_catalog_keeps_the_language_it_was_made_in) {
  brf_catalog *de = builtin_in("de");
  const char *name = brf_exercise_name(brf_catalog_find(de, "cat-camel"));
  cr_assert_eq(brf_context_set_locale(ctx, "es"), BRF_OK);
  cr_assert_eq(brf_exercise_name(brf_catalog_find(de, "cat-camel")), name);
  /* a changed dose keeps the text, and its translations */
  cr_assert_eq(brf_catalog_set_default_dose(de, "cat-camel", "2x10"), BRF_OK);
  const brf_exercise *ex = brf_catalog_find(de, "cat-camel");
  cr_assert_str_eq(brf_exercise_name(ex), name);
  cr_assert_str_eq(brf_exercise_text(ex, BRF_EXERCISE_TEXT_NAME, 0, "en"), "Cat-camel");
  cr_assert_str_neq(brf_exercise_text(ex, BRF_EXERCISE_TEXT_NAME, 0, "es"), "Cat-camel");
  brf_catalog_free(de);
}
#endif

Test(catalog_i18n, english_text_of_the_english_catalog) {
  brf_catalog *en = builtin_in("en");
  for (size_t k = 0; k < brf_catalog_count(en); k++) {
    const brf_exercise *e = brf_catalog_at(en, k);
    for (size_t f = 0; f < NFIELDS; f++)
      for (size_t i = 0; i < FIELDS[f].count(e); i++)
        cr_assert_eq(brf_exercise_text(e, FIELDS[f].sel, i, "en-GB"), FIELDS[f].at(e, i));
  }
  brf_catalog_free(en);
}

Test(catalog_i18n, a_custom_exercise_keeps_its_own_text) {
  brf_catalog *cat = NULL;
  brf_exercise_draft *d = NULL;
  cr_assert_eq(brf_context_set_locale(ctx, "de"), brf_locale_count() > 1 ? BRF_OK : BRF_E_UNSUPPORTED);
  cr_assert_eq(brf_catalog_new_empty(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_exercise_draft_new(ctx, &d), BRF_OK);
  /* a built-in id with the app's own text */
  cr_assert_eq(brf_exercise_draft_set_id(d, "cat-camel"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(d, "Katzenbuckel (unsere Fassung)"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(d, BRF_MODALITY_MOBILITY), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_region(d, BRF_REGION_LOWER_BACK, BRF_REGIONS_PRIMARY), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_instruction(d, "Langsam."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_source(d, BRF_SOURCE_GUIDELINE, "Praxis Huber", ""), BRF_OK);
  cr_assert_eq(brf_catalog_add(cat, d), BRF_OK, "%s", brf_context_errmsg(ctx));
  const brf_exercise *ex = brf_catalog_find(cat, "cat-camel");
  cr_assert_str_eq(brf_exercise_text(ex, BRF_EXERCISE_TEXT_NAME, 0, "en"), "Katzenbuckel (unsere Fassung)");
  cr_assert_str_eq(brf_exercise_text(ex, BRF_EXERCISE_TEXT_INSTRUCTION, 0, "fr"), "Langsam.");
  cr_assert_null(brf_exercise_text(ex, BRF_EXERCISE_TEXT_INSTRUCTION, 1, "fr"));
  brf_exercise_draft_free(d);
  brf_catalog_free(cat);
}

Test(catalog_i18n, bad_arguments) {
  brf_catalog *en = builtin_in("en");
  const brf_exercise *ex = brf_catalog_at(en, 0);
  cr_assert_null(brf_exercise_text(NULL, BRF_EXERCISE_TEXT_NAME, 0, "en"));
  cr_assert_null(brf_exercise_text(ex, BRF_EXERCISE_TEXT_NAME, 0, NULL));
  cr_assert_null(brf_exercise_text(ex, BRF_EXERCISE_TEXT_NAME, 1, "en"));
  cr_assert_null(brf_exercise_text(ex, -1, 0, "en"));
  cr_assert_null(brf_exercise_text(ex, BRF_EXERCISE_TEXT_REGRESSION + 1, 0, "en"));
  brf_catalog_free(en);
}
