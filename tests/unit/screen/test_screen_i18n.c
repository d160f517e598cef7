/* The screening texts in German, Spanish and French (issue 26,
 * docs/localisation.md): every red flag's label and question, the urgency
 * advice, the stop rules and the yellow flags through brf_screening_text; a
 * few texts checked word for word against the translations as written; the
 * fallbacks (a language without texts, a malformed tag: English); and a
 * screen made with a German context gives its message and its result's advice
 * in German. The English getters and messages are covered, unchanged, by
 * test_screen.c and test_screen_result.c. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(screen_i18n);

/* Each selector with the number of its texts and its English getter. */
typedef struct field {
  int32_t field;
  size_t (*count)(void);
  const char *(*english)(size_t);
} field;

static size_t urgency_count(void) { return BRF_URGENCY_COUNT; }
static size_t level_count(void) { return BRF_PSYCHOSOCIAL_COUNT; }
static const char *urgency_advice(size_t i) { return brf_urgency_advice((int32_t)i); }
static const char *level_advice(size_t i) { return brf_psychosocial_advice((int32_t)i); }

static const field FIELDS[] = {
    {BRF_SCREEN_TEXT_REDFLAG_LABEL, brf_redflag_count, brf_redflag_label},
    {BRF_SCREEN_TEXT_REDFLAG_QUESTION, brf_redflag_count, brf_redflag_question},
    {BRF_SCREEN_TEXT_URGENCY_ADVICE, urgency_count, urgency_advice},
    {BRF_SCREEN_TEXT_STOPRULE, brf_stoprule_count, brf_stoprule_text},
    {BRF_SCREEN_TEXT_YELLOWFLAG_QUESTION, brf_yellowflag_count, brf_yellowflag_question},
    {BRF_SCREEN_TEXT_PSYCHOSOCIAL_ADVICE, level_count, level_advice},
};
#define NFIELDS (sizeof FIELDS / sizeof FIELDS[0])

/* English through brf_screening_text is the English getters' text. */
Test(screen_i18n, english_is_the_getters_text) {
  for (size_t f = 0; f < NFIELDS; f++) {
    size_t n = FIELDS[f].count();
    cr_assert_gt(n, 0);
    for (size_t i = 0; i < n; i++) {
      cr_assert_str_eq(brf_screening_text(FIELDS[f].field, i, "en"), FIELDS[f].english(i));
      cr_assert_str_eq(brf_screening_text(FIELDS[f].field, i, "en-GB"), FIELDS[f].english(i));
    }
    cr_assert_null(brf_screening_text(FIELDS[f].field, n, "en"), "field %d past the end",
                   (int)FIELDS[f].field);
  }
  cr_assert_eq(brf_redflag_count(), 31);
  cr_assert_eq(brf_stoprule_count(), 5);
  cr_assert_eq(brf_yellowflag_count(), 9);
}

Test(screen_i18n, bad_arguments) {
  cr_assert_null(brf_screening_text(BRF_SCREEN_TEXT_REDFLAG_LABEL, 0, NULL));
  cr_assert_null(brf_screening_text(-1, 0, "de"));
  cr_assert_null(brf_screening_text(6, 0, "de"));
  cr_assert_null(brf_screening_text(BRF_SCREEN_TEXT_REDFLAG_QUESTION, brf_redflag_count(), "de"));
  cr_assert_null(brf_screening_text(BRF_SCREEN_TEXT_URGENCY_ADVICE, (size_t)BRF_URGENCY_COUNT, "fr"));
}

/* A language without texts, a malformed tag, and in a build without
 * translations every language: English, text for text. */
Test(screen_i18n, fallbacks_read_english) {
  static const char *const tags[] = {"sv", "pt-BR", "x-private", "de_AT", "", "german!"};
  for (size_t t = 0; t < sizeof tags / sizeof tags[0]; t++)
    for (size_t f = 0; f < NFIELDS; f++)
      for (size_t i = 0; i < FIELDS[f].count(); i++)
        cr_assert_str_eq(brf_screening_text(FIELDS[f].field, i, tags[t]), FIELDS[f].english(i),
                         "%s", tags[t]);
}

#if BRF_WITH_TRANSLATIONS
static size_t flag_index(const char *id) {
  size_t i = 0;
  cr_assert_eq(brf_redflag_find(id, &i), BRF_OK, "%s", id);
  return i;
}

/* Every text of a language is there and is not the English one; a question
 * stays a question (the language's question mark). */
static void check_language(const char *tag, const char *qmark) {
  for (size_t f = 0; f < NFIELDS; f++) {
    for (size_t i = 0; i < FIELDS[f].count(); i++) {
      const char *t = brf_screening_text(FIELDS[f].field, i, tag);
      cr_assert_not_null(t);
      cr_assert_gt(strlen(t), 0);
      if (strcmp(t, FIELDS[f].english(i)) == 0)
        cr_assert_eq(FIELDS[f].field, BRF_SCREEN_TEXT_REDFLAG_LABEL, "%s: not translated: %s", tag, t);
      if (FIELDS[f].field == BRF_SCREEN_TEXT_REDFLAG_QUESTION ||
          FIELDS[f].field == BRF_SCREEN_TEXT_YELLOWFLAG_QUESTION) {
        size_t n = strlen(t), q = strlen(qmark);
        cr_assert(n > q && strcmp(t + n - q, qmark) == 0, "%s: not a question: %s", tag, t);
      }
    }
  }
}

Test(screen_i18n, german_every_text) { check_language("de", "?"); }
Test(screen_i18n, spanish_every_text) { check_language("es", "?"); }
Test(screen_i18n, french_every_text) { check_language("fr", "\xc2\xa0?"); }

/* A few texts word for word, as written in data/i18n/<tag>/screen.json. */
Test(screen_i18n, exact_texts) {
  size_t chest = flag_index("chest-pain"), preg = flag_index("pregnancy");
  cr_assert_str_eq(brf_screening_text(BRF_SCREEN_TEXT_REDFLAG_QUESTION, chest, "de"),
                   "Haben Sie zusätzlich zu Ihren Rückenschmerzen Schmerzen in der Brust?");
  cr_assert_str_eq(brf_screening_text(BRF_SCREEN_TEXT_REDFLAG_QUESTION, chest, "es-MX"),
                   "¿Tienes dolor en el pecho además del dolor de espalda?");
  cr_assert_str_eq(brf_screening_text(BRF_SCREEN_TEXT_REDFLAG_QUESTION, chest, "fr-CA"),
                   "Avez-vous une douleur dans la poitrine en plus de votre mal de dos\xc2\xa0?");
  cr_assert_str_eq(brf_screening_text(BRF_SCREEN_TEXT_REDFLAG_QUESTION, preg, "de-AT"),
                   "Sind Sie schwanger?");
  cr_assert_str_eq(brf_screening_text(BRF_SCREEN_TEXT_REDFLAG_LABEL, preg, "fr"), "grossesse");
  cr_assert_str_eq(
      brf_screening_text(BRF_SCREEN_TEXT_REDFLAG_QUESTION, flag_index("age-under-16"), "es"),
      "¿Tienes menos de 16 años?");
  /* The emergency advice keeps its force and the numbers of the English. */
  cr_assert_str_eq(brf_screening_text(BRF_SCREEN_TEXT_URGENCY_ADVICE, BRF_URGENCY_EMERGENCY, "de"),
                   "Rufen Sie jetzt den Notruf (999 in Großbritannien, 112 in Europa, 911 in "
                   "Nordamerika) oder gehen Sie in die Notaufnahme (A&E). Machen Sie keine Übungen.");
  cr_assert_str_eq(brf_screening_text(BRF_SCREEN_TEXT_URGENCY_ADVICE, BRF_URGENCY_EMERGENCY, "es"),
                   "Llama ahora a los servicios de emergencia (999 en el Reino Unido, 112 en Europa, "
                   "911 en Norteamérica) o ve a urgencias (A&E). No hagas ejercicio.");
  cr_assert_str_eq(brf_screening_text(BRF_SCREEN_TEXT_URGENCY_ADVICE, BRF_URGENCY_EMERGENCY, "fr"),
                   "Appelez maintenant les services d'urgence (999 au Royaume-Uni, 112 en Europe, "
                   "911 en Amérique du Nord) ou allez aux urgences (A&E). Ne faites pas d'exercice.");
  /* The same-day advice keeps NHS 111 and the GP. */
  for (const char *const *tag = (const char *const[]){"de", "es", "fr", NULL}; *tag; tag++) {
    const char *t = brf_screening_text(BRF_SCREEN_TEXT_URGENCY_ADVICE, BRF_URGENCY_URGENT, *tag);
    cr_assert_not_null(strstr(t, "NHS 111"), "%s", *tag);
    cr_assert_not_null(strstr(t, "(GP)"), "%s", *tag);
  }
  cr_assert_str_eq(brf_screening_text(BRF_SCREEN_TEXT_STOPRULE, 2, "de"),
                   "Brechen Sie die Übung ab, wenn die Schmerzen dabei über 5 von 10 steigen (0 ist "
                   "kein Schmerz, 10 der schlimmste vorstellbare), und machen Sie sie beim nächsten "
                   "Mal leichter.");
  cr_assert_str_eq(brf_stoprule_id(2), "pain-above-threshold");
  size_t worry = 0;
  cr_assert_eq(brf_yellowflag_find("worry", &worry), BRF_OK);
  cr_assert_str_eq(brf_screening_text(BRF_SCREEN_TEXT_YELLOWFLAG_QUESTION, worry, "fr"),
                   "Avez-vous ressenti de l'anxiété ou de l'inquiétude la plupart des jours\xc2\xa0?");
}

/* A refer result: a screen made with a German context speaks German in its
 * message and its result's advice, ids stay as they are, and a later change
 * of the locale does not change the screen's language. */
Test(screen_i18n, refer_result_in_german) {
  brf_screen *s = NULL;
  cr_assert_eq(brf_context_set_locale(ctx, "de-DE"), BRF_OK);
  cr_assert_eq(brf_screen_new(ctx, &s), BRF_OK);
  cr_assert_eq(brf_screen_answer(s, "chest-pain", 1), BRF_OK);
  cr_assert_eq(brf_screen_answer(s, "weight-loss", 1), BRF_OK);
  cr_assert_eq(brf_screen_answer(s, "worry", 1), BRF_OK);
  cr_assert_eq(brf_screen_evaluate(s), BRF_E_REFER);
  const char *msg = NULL;
  cr_assert_eq(brf_screen_message_get(s, &msg), BRF_OK);
  cr_assert_str_eq(msg,
                   "Notfall: Rufen Sie jetzt den Notruf (999 in Großbritannien, 112 in Europa, 911 "
                   "in Nordamerika) oder gehen Sie in die Notaufnahme (A&E). Machen Sie keine "
                   "Übungen. Sie haben mit Ja geantwortet auf: Brustschmerzen zusätzlich zu den "
                   "Rückenschmerzen [chest-pain].\n"
                   "Dringend: Erwähnen Sie dort auch: ungewollter Gewichtsverlust [weight-loss].\n"
                   "Diese Abfrage ist keine Diagnose.");
  cr_assert_eq(brf_context_set_locale(ctx, "fr"), BRF_OK); /* the screen keeps German */
  cr_assert_eq(brf_screen_answer(s, "pregnancy", 1), BRF_OK);
  cr_assert_eq(brf_screen_message_get(s, &msg), BRF_OK);
  cr_assert_not_null(strstr(msg, "\nAbklärung: Erwähnen Sie dort auch: Schwangerschaft [pregnancy].\n"));

  brf_screen_result *r = NULL;
  char *json = NULL;
  cr_assert_eq(brf_screen_result_new(ctx, s, 20000, &r), BRF_OK);
  cr_assert_eq(brf_screen_result_to_json(ctx, r, 0, &json, NULL), BRF_OK);
  cr_assert_not_null(strstr(json, "\"Notfall: Rufen Sie jetzt den Notruf"), "%s", json);
  cr_assert_not_null(strstr(json, "\"Dringend: Erwähnen Sie dort auch: ungewollter Gewichtsverlust [weight-loss].\""));
  cr_assert_not_null(strstr(json, "\"Diese Abfrage ist keine Diagnose.\""));
  /* one yellow answer (worry): the low level, its advice in German */
  cr_assert_not_null(strstr(json, "\"Ihre Antworten sprechen für gute Aussichten:"), "%s", json);
  cr_assert_not_null(strstr(json, "\"chest-pain\""));
  cr_assert_null(strstr(json, "You answered yes"));
  brf_free(ctx, json);
  brf_screen_result_free(r);
  brf_screen_free(s);
}

/* A clone keeps the language of the screen it copies. */
Test(screen_i18n, clone_keeps_language) {
  brf_screen *s = NULL, *c = NULL;
  const char *msg = NULL;
  cr_assert_eq(brf_context_set_locale(ctx, "es"), BRF_OK);
  cr_assert_eq(brf_screen_new(ctx, &s), BRF_OK);
  cr_assert_eq(brf_context_set_locale(ctx, "en"), BRF_OK);
  cr_assert_eq(brf_screen_clone_v2(ctx, s, &c), BRF_OK);
  cr_assert_eq(brf_screen_answer(c, "cancer-history", 1), BRF_OK);
  cr_assert_eq(brf_screen_message_get(c, &msg), BRF_OK);
  cr_assert_eq(strncmp(msg, "Urgente: No empieces el programa de ejercicios.", 47), 0, "%s", msg);
  cr_assert_not_null(strstr(msg, "Respondiste que sí a: antecedentes de cáncer [cancer-history]."));
  brf_screen_free(c);
  brf_screen_free(s);
}
#endif

/* A language without texts: the screen's message is the English one. */
Test(screen_i18n, screen_in_swedish_is_english) {
  brf_screen *s = NULL;
  const char *msg = NULL;
  cr_assert_eq(brf_context_set_locale(ctx, "sv"), BRF_E_NOT_FOUND);
  cr_assert_eq(brf_screen_new(ctx, &s), BRF_OK);
  cr_assert_eq(brf_screen_answer(s, "pregnancy", 1), BRF_OK);
  cr_assert_eq(brf_screen_message_get(s, &msg), BRF_OK);
  cr_assert_str_eq(msg, "Review: You may carry on gently, but arrange an assessment with your GP or a "
                        "physiotherapist (or your midwife if you are pregnant). You answered yes to: "
                        "pregnancy [pregnancy].\nThis screening is not a diagnosis.");
  brf_screen_free(s);
}
