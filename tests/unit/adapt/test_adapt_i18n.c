/* Adaptation suggestions in German, Spanish and French (issue 26;
 * docs/localisation.md): every reason is made in the language of the
 * context that makes the suggestion, the flare-up plan included; a language
 * without texts (sv) gives English. The expected texts are written by hand
 * from data/i18n/<tag>/adaptation.json and adapt.json. */
#include <stdio.h>

#include "adapt_fixtures.h"

ADAPT_FIXTURE(adapt_i18n);

static void locale(const char *tag) {
  cr_assert_eq(brf_context_set_locale(ctx, tag), strcmp(tag, "sv") == 0 ? BRF_E_NOT_FOUND : BRF_OK);
}

static const char *reason(const brf_adapt_suggestion *s, const char *rule) {
  const brf_advice *a = brf_adapt_suggestion_reasons(s);
  for (size_t i = 0; i < brf_advice_count(a); i++)
    if (strcmp(brf_advice_rule(a, i), rule) == 0) return brf_advice_message(a, i);
  cr_assert_fail("no reason %s", rule);
  return NULL;
}

Test(adapt_i18n, two_green_days_progress_in_german) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 3, 2);
  locale("de");
  brf_adapt_suggestion *s = next_after(j, r, NULL, 3, -1);
  cr_assert_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_PROGRESS);
  cr_expect_str_eq(reason(s, "traffic-light-green"),
                   "grün: höchstens 5/10 Schmerz während der Einheit und bis zum nächsten Morgen "
                   "kein Anstieg um 2 oder mehr über den Ausgangswert von 2/10, an 2 Tagen seit der "
                   "letzten Änderung: eine Stufe mehr");
  const brf_routine *a = brf_adapt_suggestion_routine(s);
  cr_assert_not_null(a);
  cr_expect_str_eq(brf_routine_step_reason(a, 0), "um eine Stufe innerhalb des Bereichs gesteigert");
  /* the doses in the reader's words (brf_dosage_describe), not the notation */
  cr_expect_str_eq(reason(s, "progress-dose"),
                   "glute-bridge: 2–3 × 6–15 Wiederholungen, jeden zweiten Tag -> "
                   "2–3 × 8–15 Wiederholungen, jeden zweiten Tag "
                   "(um eine Stufe innerhalb des Bereichs gesteigert)");
  /* The suggestion keeps its language. */
  locale("en");
  cr_expect_str_eq(brf_routine_step_reason(a, 0), "um eine Stufe innerhalb des Bereichs gesteigert");
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt_i18n, a_flare_up_in_spanish_gives_the_flare_up_plan) {
  brf_journal *j = journal();
  brf_routine *r = beginner(), *prev = beginner();
  set_dose(r, 0, "2-3x8-15, every other day");
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 2, 2);
  rate_strengthen(j, 5, 2, 4, 5);
  locale("es-419");
  brf_adapt_suggestion *s = next_after(j, r, prev, 6, 3);
  cr_assert_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REGRESS);
  cr_expect_str_eq(reason(s, "red-next-morning"),
                   "a la mañana siguiente 5/10 frente a un nivel de partida de 2/10 (una subida de 2 "
                   "o más que se mantiene): rojo");
  cr_expect_str_eq(reason(s, "undo-last-change"), "vuelta a la rutina de antes del último cambio");
  cr_expect_str_eq(reason(s, "flare-up-plan"),
                   "Plan para una crisis: sigue moviéndote y mantente activo, con paseos cortos "
                   "varias veces al día; el calor puede aliviar la rigidez; deja los ejercicios unas "
                   "48 h y después vuelve a las dosis anteriores en unos días; consulta a un "
                   "profesional sanitario si no se ha calmado en unas 2 semanas, o de inmediato si "
                   "aparece una señal de alarma.");
  brf_adapt_suggestion_free(s);
  brf_routine_free(prev);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt_i18n, severe_pain_and_amber_in_french) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  rate_strengthen(j, 0, 2, 2, 2);
  rate_strengthen(j, 2, 2, 4, 2);
  locale("fr-CA");
  brf_adapt_suggestion *s = next_after(j, r, NULL, 3, -1);
  cr_assert_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_HOLD);
  cr_expect_str_eq(reason(s, "amber"),
                   "orange\u00a0: douleur 4/10 juste après contre une référence de 2/10, calmée le "
                   "lendemain matin (2/10)\u00a0: refaites la même dose après environ 48 h");
  brf_adapt_suggestion_free(s);
  rate_strengthen(j, 4, 2, 8, 6);
  s = next_after(j, r, NULL, 5, -1);
  cr_assert_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REFER);
  cr_expect_str_eq(reason(s, "severe-pain"),
                   "douleur intense (8/10) lors de la dernière séance\u00a0: arrêtez et consultez un "
                   "professionnel de santé");
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt_i18n, the_first_rule_set_speaks_german_too) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  locale("de-CH");
  brf_adapt_suggestion *s = NULL;
  cr_assert_eq(brf_adapt_suggest(ctx, j, r, cat, NULL, NULL, &s), BRF_OK);
  cr_expect_str_eq(reason(s, "insufficient-data"),
                   "noch keine Einheit von „strengthen“ mit einem Schmerzwert direkt danach "
                   "eingetragen");
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt_i18n, a_language_without_texts_gives_english) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  rate_strengthen(j, 0, 2, 8, 6);
  locale("sv");
  brf_adapt_suggestion *s = next_after(j, r, NULL, 1, -1);
  cr_expect_str_eq(reason(s, "severe-pain"),
                   "severe pain (8/10) in the last session: stop and see a clinician");
  brf_adapt_suggestion_free(s);
  brf_routine_free(r);
  brf_journal_free(j);
}

Test(adapt_i18n, a_red_flag_reason_quotes_the_screens_advice_in_german) {
  brf_journal *j = journal();
  brf_routine *r = beginner();
  locale("de");
  brf_screen *sc = NULL;
  cr_assert_eq(brf_screen_new(ctx, &sc), BRF_OK);
  cr_assert_eq(brf_screen_answer(sc, "saddle-numbness", 1), BRF_OK);
  brf_adapt_suggestion *s = NULL;
  cr_assert_eq(brf_adapt_next(ctx, j, r, NULL, NULL, cat, NULL, sc, D0, -1, 0, &s), BRF_OK);
  cr_assert_eq(brf_adapt_suggestion_outcome(s), BRF_ADAPT_REFER);
  const char *advice = brf_screening_text(BRF_SCREEN_TEXT_URGENCY_ADVICE, BRF_URGENCY_EMERGENCY, "de");
  cr_assert_not_null(advice);
  cr_expect_str_neq(advice, brf_urgency_advice(BRF_URGENCY_EMERGENCY), "the screen's German text");
  /* the urgency in words and the flag by its German label, not their ids */
  size_t flag = 0;
  cr_assert_eq(brf_redflag_find("saddle-numbness", &flag), BRF_OK);
  const char *label = brf_screening_text(BRF_SCREEN_TEXT_REDFLAG_LABEL, flag, "de");
  cr_assert_str_eq(label, "Taubheit oder Kribbeln im Bereich von Genitalien, After oder Gesäß");
  char want[1024];
  snprintf(want, sizeof want, "Alarmzeichen mit Ja beantwortet (Notfall, %s): %s", label, advice);
  cr_expect_str_eq(reason(s, "red-flag"), want);
  brf_adapt_suggestion_free(s);
  cr_assert_eq(brf_adapt_suggest(ctx, j, r, cat, NULL, sc, &s), BRF_OK);
  cr_expect_str_eq(reason(s, "red-flag"), want);
  brf_adapt_suggestion_free(s);
  brf_screen_free(sc);
  brf_routine_free(r);
  brf_journal_free(j);
}
