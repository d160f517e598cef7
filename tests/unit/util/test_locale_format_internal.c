/* Plurals, numbers and templates per language (lib/util/locale_format.c):
 * CLDR's cardinal rules for one, many and other, and its number symbols. */
#include <criterion/criterion.h>
#include <string.h>

#include "util/core.h"

static const char *cat_name(int32_t c) {
  return c == BRF__PLURAL_ONE ? "one" : c == BRF__PLURAL_MANY ? "many" : "other";
}

static void plurals(const char *lang, const char *want0, const char *want1, const char *want2,
                    const char *want5, const char *want21) {
  const int64_t n[] = {0, 1, 2, 5, 21};
  const char *want[] = {want0, want1, want2, want5, want21};
  for (size_t i = 0; i < 5; i++)
    cr_assert_str_eq(cat_name(brf__plural(lang, n[i])), want[i], "%s %lld", lang, (long long)n[i]);
}

Test(plural, english_and_german_one_is_1_alone) {
  plurals("en", "other", "one", "other", "other", "other");
  plurals("de", "other", "one", "other", "other", "other");
  plurals("de-AT", "other", "one", "other", "other", "other");
}

Test(plural, spanish) {
  plurals("es", "other", "one", "other", "other", "other");
  cr_assert_eq(brf__plural("es", 1000000), BRF__PLURAL_MANY); /* 1 millón de repeticiones */
}

Test(plural, french_zero_and_one_are_singular) {
  plurals("fr", "one", "one", "other", "other", "other");
  cr_assert_eq(brf__plural("fr-CA", 0), BRF__PLURAL_ONE);
  cr_assert_eq(brf__plural("fr", 2000000), BRF__PLURAL_MANY);
}

Test(plural, unknown_languages_and_negative_counts) {
  plurals("sv", "other", "one", "other", "other", "other");
  plurals(NULL, "other", "one", "other", "other", "other");
  cr_assert_eq(brf__plural("en", -1), BRF__PLURAL_ONE);
}

Test(plural, pick) {
  const char *one = "{count} Wiederholung", *other = "{count} Wiederholungen";
  cr_assert_eq(brf__plural_pick("de", 1, one, NULL, other), one);
  cr_assert_eq(brf__plural_pick("de", 21, one, NULL, other), other);
  const char *fr_one = "{count} répétition";
  cr_assert_eq(brf__plural_pick("fr", 0, fr_one, NULL, "x"), fr_one);
  cr_assert_str_eq(brf__plural_pick("es", 1000000, "uno", NULL, "otros"), "otros"); /* no many form */
  cr_assert_str_eq(brf__plural_pick("en", 1, NULL, NULL, "reps"), "reps");         /* no one form */
}

static void number(const char *lang, int64_t v, int32_t dec, const char *want) {
  char buf[64];
  size_t n = brf__format_number(lang, v, dec, buf, sizeof buf);
  cr_assert_str_eq(buf, want, "%s %lld/%d", lang, (long long)v, (int)dec);
  cr_assert_eq(n, strlen(want));
}

Test(number, grouping_and_decimal_sign) {
  number("en", 0, 0, "0");
  number("en", 21, 0, "21");
  number("en", 1234, 0, "1,234");
  number("en", 1234567, 0, "1,234,567");
  number("en", -1234, 1, "-123.4");
  number("de", 1234, 0, "1.234");
  number("de", 25, 1, "2,5");
  number("de", 5, 2, "0,05");
  number("es", 1234, 0, "1234"); /* Spanish groups from five digits */
  number("es", 12345, 0, "12.345");
  number("es", 123456, 1, "12.345,6");
  number("fr", 1234, 0, "1\xe2\x80\xaf" "234");
  number("fr", 25, 1, "2,5");
  number("fr", INT64_MIN, 0, "-9\xe2\x80\xaf" "223\xe2\x80\xaf" "372\xe2\x80\xaf" "036\xe2\x80\xaf"
                            "854\xe2\x80\xaf" "775\xe2\x80\xaf" "808");
}

Test(number, a_short_buffer_gets_nothing_and_the_length) {
  char buf[4] = "xyz";
  cr_assert_eq(brf__format_number("de", 1234, 0, buf, sizeof buf), 5);
  cr_assert_str_eq(buf, "");
  cr_assert_eq(brf__format_number("de", 1234, 0, NULL, 0), 5);
  cr_assert_eq(brf__format_number("de", 123, 0, buf, sizeof buf), 3);
  cr_assert_str_eq(buf, "123");
}

Test(template, placeholders_and_plurals) {
  char buf[128];
  brf__i18n_arg args[] = {{"count", NULL, 21, 0}, {"name", "Katze-Kuh", 0, 0}};
  const char *t = brf__plural_pick("de", 21, "{count} Wiederholung von {name}", NULL,
                                   "{count} Wiederholungen von {name}");
  size_t n = brf__i18n_expand("de", t, args, 2, buf, sizeof buf);
  cr_assert_str_eq(buf, "21 Wiederholungen von Katze-Kuh");
  cr_assert_eq(n, strlen(buf));
  args[0].number = 1500;
  brf__i18n_expand("fr", "{count} s, {other} {", args, 1, buf, sizeof buf);
  cr_assert_str_eq(buf, "1\xe2\x80\xaf" "500 s, {other} {");
  cr_assert_eq(brf__i18n_expand("en", "{count} reps", args, 1, buf, 5), strlen("1,500 reps"));
  cr_assert_str_eq(buf, "");
}

/* ---- message domains: brf__msg and brf__msg_plural (lib/util/locale.c) ----
 * A hand-made domain in the order of brf__lang_tags: English complete,
 * German with one text missing, Spanish with the plural missing, French with
 * its own "one" (which CLDR gives 0 and 1). */
enum { REST = 0, REPS = 1, /* + one, many */ DONE = 4, COUNT_ = 5 };
static const char *const t_en[COUNT_] = {"Rest {time}", "{count} reps", "{count} rep", NULL, "Done"};
static const char *const t_de[COUNT_] = {"Pause {time}", "{count} Wdh.", NULL, NULL, NULL};
static const char *const t_es[COUNT_] = {"Descanso {time}", NULL, NULL, NULL, "Hecho"};
static const char *const t_fr[COUNT_] = {"Repos {time}", "{count} répétitions", "{count} répétition",
                                         NULL, "Terminé"};

static int32_t lang_index(const char *tag) {
  for (size_t i = 0; i < brf__lang_count; i++)
    if (strcmp(brf__lang_tags[i], tag) == 0) return (int32_t)i;
  return -1;
}

static brf__msgs domain(const char *const **langs) {
  /* the hand tables in the build's language order; a language the build
   * lacks is simply not there (English alone without the translations) */
  static const struct {
    const char *tag;
    const char *const *texts;
  } hand[] = {{"de", t_de}, {"es", t_es}, {"fr", t_fr}};
  for (size_t i = 0; i < brf__lang_count; i++) langs[i] = t_en;
  for (size_t k = 0; k < 3; k++) {
    int32_t l = lang_index(hand[k].tag);
    if (l > 0) langs[l] = hand[k].texts;
  }
  return (brf__msgs){COUNT_, langs, brf__lang_count};
}

Test(msgs, english_is_complete_and_out_of_range_is_empty) {
  const char *const *langs[8];
  brf__msgs m = domain(langs);
  cr_assert_str_eq(brf__msg(&m, 0, REST), "Rest {time}");
  cr_assert_str_eq(brf__msg(&m, 0, DONE), "Done");
  cr_assert_str_eq(brf__msg(&m, 0, COUNT_), "");
  cr_assert_str_eq(brf__msg(&m, -1, REST), "Rest {time}");
  cr_assert_str_eq(brf__msg(&m, 99, REST), "Rest {time}");
  cr_assert_str_eq(brf__msg(NULL, 0, REST), "");
  cr_assert_str_eq(brf__msg_plural(&m, 0, REPS, 1), "{count} rep");
  cr_assert_str_eq(brf__msg_plural(&m, 0, REPS, 0), "{count} reps");
  cr_assert_str_eq(brf__msg_plural(&m, 0, REPS, 21), "{count} reps");
  cr_assert_str_eq(brf__msg_plural(&m, 0, DONE, 1), "", "a plural's three ids must fit");
}

Test(msgs, each_text_falls_back_to_english_alone) {
  const char *const *langs[8];
  brf__msgs m = domain(langs);
  int32_t de = lang_index("de"), es = lang_index("es"), fr = lang_index("fr");
  if (brf__lang_count == 1) { /* BRF_WITH_TRANSLATIONS=OFF: English alone, whatever is asked */
    cr_assert(de < 0 && es < 0 && fr < 0);
    cr_assert_str_eq(brf__msg(&m, 1, REST), "Rest {time}");
    cr_assert_str_eq(brf__msg_plural(&m, 3, REPS, 1), "{count} rep");
    return;
  }
  cr_assert(de > 0 && es > 0 && fr > 0, "de, es and fr are the build's languages");
  cr_assert_str_eq(brf__msg(&m, de, REST), "Pause {time}");
  cr_assert_str_eq(brf__msg(&m, de, DONE), "Done", "a missing German text is English");
  cr_assert_str_eq(brf__msg(&m, es, DONE), "Hecho");
  /* German has "other" only: its "other" serves 1 too, not the English "one" */
  cr_assert_str_eq(brf__msg_plural(&m, de, REPS, 1), "{count} Wdh.");
  cr_assert_str_eq(brf__msg_plural(&m, de, REPS, 5), "{count} Wdh.");
  /* Spanish lacks the plural: English, by English's rule */
  cr_assert_str_eq(brf__msg_plural(&m, es, REPS, 1), "{count} rep");
  cr_assert_str_eq(brf__msg_plural(&m, es, REPS, 2), "{count} reps");
  /* French "one" covers 0 and 1; "many" (millions) falls back to "other" */
  cr_assert_str_eq(brf__msg_plural(&m, fr, REPS, 0), "{count} répétition");
  cr_assert_str_eq(brf__msg_plural(&m, fr, REPS, 1), "{count} répétition");
  cr_assert_str_eq(brf__msg_plural(&m, fr, REPS, 2), "{count} répétitions");
  cr_assert_str_eq(brf__msg_plural(&m, fr, REPS, 1000000), "{count} répétitions");
  cr_assert_str_eq(brf__lang_tag(fr), "fr");
  cr_assert_str_eq(brf__lang_tag(-3), "en");
}
