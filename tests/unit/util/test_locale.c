/* The context's locale (docs/localisation.md): BCP 47 tags, the fallback
 * chains, and the status of each situation of brf_context_set_locale. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(locale);

static void expect(const char *tag, brf_status want, const char *locale, const char *text) {
  brf_status s = brf_context_set_locale(ctx, tag);
  cr_assert_eq(s, want, "%s: status %s, want %s (%s)", tag ? tag : "(NULL)", brf_status_name(s),
               brf_status_name(want), brf_context_errmsg(ctx));
  cr_assert_str_eq(brf_context_locale(ctx), locale, "%s", tag ? tag : "(NULL)");
  cr_assert_str_eq(brf_context_text_locale(ctx), text, "%s", tag ? tag : "(NULL)");
  if (want == BRF_OK) cr_assert_str_eq(brf_context_errmsg(ctx), "");
  else cr_assert(strstr(brf_context_errmsg(ctx), "English is used") != NULL, "%s", brf_context_errmsg(ctx));
}

Test(locale, a_new_context_speaks_english) {
  cr_assert_str_eq(brf_context_locale(ctx), "en");
  cr_assert_str_eq(brf_context_text_locale(ctx), "en");
}

Test(locale, the_languages_of_the_build) {
#if BRF_WITH_TRANSLATIONS
  cr_assert_eq(brf_locale_count(), 4);
  cr_assert_str_eq(brf_locale_at(1), "de");
  cr_assert_str_eq(brf_locale_at(2), "es");
  cr_assert_str_eq(brf_locale_at(3), "fr");
#else
  cr_assert_eq(brf_locale_count(), 1);
#endif
  cr_assert_str_eq(brf_locale_at(0), "en");
  cr_assert_null(brf_locale_at(brf_locale_count()));
}

#if BRF_WITH_TRANSLATIONS
Test(locale, fallback_chains) {
  expect("de", BRF_OK, "de", "de");
  expect("de-AT", BRF_OK, "de-AT", "de");  /* de-AT -> de */
  expect("DE-at", BRF_OK, "de-AT", "de");  /* case does not matter; kept canonical */
  expect("de-Latn-CH-1996", BRF_OK, "de-Latn-CH-1996", "de"); /* script, region, variant */
  expect("de-CH-u-co-phonebk", BRF_OK, "de-CH-u-co-phonebk", "de"); /* an extension */
  expect("es-419", BRF_OK, "es-419", "es"); /* a numeric region */
  expect("fr-CA", BRF_OK, "fr-CA", "fr");
  expect("en-GB", BRF_OK, "en-GB", "en");
  expect("en", BRF_OK, "en", "en");
}
#endif

Test(locale, an_unknown_language_falls_back_to_english) {
  expect("de", brf_locale_count() > 1 ? BRF_OK : BRF_E_UNSUPPORTED,
         brf_locale_count() > 1 ? "de" : "en", brf_locale_count() > 1 ? "de" : "en");
  expect("sv", BRF_E_NOT_FOUND, "en", "en");
  expect("pt-BR", BRF_E_NOT_FOUND, "en", "en");
  expect("x-private", BRF_E_NOT_FOUND, "en", "en");
  cr_assert(strstr(brf_context_errmsg(ctx), "'x-private'") != NULL);
}

Test(locale, a_malformed_tag_falls_back_to_english) {
  static const char *const bad[] = {"",        "de_AT",       "de-",     "-de",
                                    "d",       "german!",     "de--AT",  "deutsch-sprache-x",
                                    "de-AT-u", "de-x",        "abcd",    "de-toolongsubtag",
                                    "de-AT-DE", "de-a-b-c",  "de AT",
                                    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    cr_assert_eq(brf_context_set_locale(ctx, "fr"), brf_locale_count() > 1 ? BRF_OK : BRF_E_UNSUPPORTED);
    expect(bad[i], BRF_E_INVALID, "en", "en");
  }
  expect(NULL, BRF_E_INVALID, "en", "en");
}

Test(locale, null_context) {
  cr_assert_eq(brf_context_set_locale(NULL, "de"), BRF_E_INVALID);
  cr_assert_null(brf_context_locale(NULL));
  cr_assert_null(brf_context_text_locale(NULL));
}

Test(locale, success_clears_the_last_error) {
  cr_assert_eq(brf_context_set_locale(ctx, "??"), BRF_E_INVALID);
  cr_assert_eq(brf_context_set_locale(ctx, "en-US"), BRF_OK);
  cr_assert_eq(brf_context_errcode(ctx), BRF_OK);
  cr_assert_str_eq(brf_context_locale(ctx), "en-US");
}

Test(locale, each_context_keeps_its_own) {
  brf_context *other = NULL;
  cr_assert_eq(brf_context_new(&other), BRF_OK);
  brf_context_set_locale(ctx, "fr");
  cr_assert_str_eq(brf_context_locale(other), "en");
  brf_context_free(other);
}
