/* brf_routine_check and brf_dosage_check in German, Spanish and French
 * (issue 26; docs/localisation.md): the advisories are made in the language
 * of the context that checks; a language without texts (sv) gives English.
 * The expected texts are written by hand from data/i18n/<tag>/check.json,
 * routine.json and dosage.json. */
#include "routine_check_fixtures.h"

ROUTINE_CHECK_FIXTURE(routine_check_i18n);

static void locale(const char *tag) {
  cr_assert_eq(brf_context_set_locale(ctx, tag), strcmp(tag, "sv") == 0 ? BRF_E_NOT_FOUND : BRF_OK);
}

/* The message of the first advisory of rule when the routine of ids is checked. */
static void expect_check(const char *const *ids, const brf_profile *p, const char *rule,
                         const char *want) {
  found f = check_rule(ids, p, rule);
  cr_expect(f.count > 0, "no %s", rule);
  if (f.count > 0) cr_expect_str_eq(f.message, want);
}

static void expect_dose(const char *text, int32_t modality, const char *rule, const char *want) {
  brf_dosage *d = NULL;
  cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &d), BRF_OK, "%s", text);
  brf_advice *a = NULL;
  cr_assert_eq(brf_dosage_check(ctx, d, modality, &a), BRF_OK);
  found f = find_rule(a, rule);
  cr_expect(f.count > 0, "no %s", rule);
  if (f.count > 0) cr_expect_str_eq(f.message, want);
  brf_advice_free(a);
  brf_dosage_free(d);
}

Test(routine_check_i18n, german) {
  locale("de");
  cr_assert_eq(brf_profile_set_equipment(profile, BRF_EQUIPMENT_BATH, 1), BRF_OK);
  cr_assert_eq(brf_profile_set_strain_hours_ago(profile, 20), BRF_OK);
  expect_check(IDS("cold-pack", "warm-bath"), profile, "heat-after-strain",
               "Schritt 2 (warm-bath) wendet Wärme 20 h nach der Zerrung an: in den ersten 48–72 h "
               "stattdessen ein Kühlpack verwenden");
  expect_dose("hold 90s", BRF_MODALITY_STATIC_STRETCH, "hold-longer-than-older-norm",
              "Eine Haltezeit von 90s ist länger als die 10–30 s des ACSM für die meisten "
              "Erwachsenen und die 30–60 s für ältere Erwachsene; 30 s wirken so gut wie 60 s "
              "(Bandy 1997).");
  expect_dose("30min", BRF_MODALITY_COLD, "cold-needs-barrier",
              "Das Kühlpack in ein feuchtes Tuch wickeln; Eis nie auf nackte oder taube Haut legen "
              "und nicht damit einschlafen.");
}

Test(routine_check_i18n, spanish) {
  locale("es");
  expect_check(IDS("glute-stretch", "ball-glutes"), NULL, "release-after-stretch",
               "paso 2 (ball-glutes) libera una zona que paso 1 (glute-stretch) ya había estirado "
               "(glúteos): primero libera con la pelota o el rodillo y después estira");
  expect_dose("30min", BRF_MODALITY_COLD, "cold-longer-than-20min",
              "Una aplicación de frío de 30min supera el máximo de 20 min (lo habitual son 10–15 "
              "min); quítala cuando la piel se entumezca.");
}

Test(routine_check_i18n, french) {
  locale("fr");
  expect_check(IDS("back-stretch"), NULL, "lower-back-stretch",
               "étape 1 (back-stretch) étire le bas du dos lui-même. Les sources ne s’accordent "
               "pas\u00a0: «\u00a0How To Loosen Up Lower Back Muscles\u00a0» (web article, 22 "
               "February 2024) recommande des étirements lombaires pour un bas du dos tendu\u00a0; "
               "«\u00a0Does stretching your back help relieve back pain?\u00a0» (web article) dit "
               "que le soulagement est de courte durée, que cela peut aggraver les choses, et "
               "préfère le travail du tronc et des hanches");
  expect_dose("hold 5s", BRF_MODALITY_STATIC_STRETCH, "hold-shorter-than-norm",
              "Un maintien de 5s est plus court que les 10 à 30 s que l’ACSM conseille pour un "
              "étirement statique.");
}

Test(routine_check_i18n, a_language_without_texts_gives_english) {
  locale("sv");
  expect_check(IDS("glute-stretch", "ball-glutes"), NULL, "release-after-stretch",
               "step 2 (ball-glutes) releases the glutes after step 1 (glute-stretch) stretched "
               "them: release with the ball or roller first, then stretch");
  expect_dose("30min", BRF_MODALITY_COLD, "cold-longer-than-20min",
              "A cold application of 30min is longer than the 20 min maximum (10-15 min is usual); "
              "remove it when the skin goes numb.");
}

/* Equipment, conditions and regions are named by their labels
 * (brf_vocab_label) in other languages, by their ids in English. */
Test(routine_check_i18n, vocabulary_by_label) {
  cr_assert_eq(brf_profile_set_condition(profile, BRF_CONDITION_OPEN_WOUND, 1), BRF_OK);
  locale("de");
  expect_check(IDS("ball-glutes"), profile, "equipment-missing",
               "Schritt 1 (ball-glutes) braucht Ausrüstung, die nicht vorhanden ist: Massageball");
  expect_check(IDS("ball-glutes"), profile, "contraindicated",
               "Schritt 1 (ball-glutes) ist wegen „offene Wunde“ nicht angezeigt: weglassen "
               "(fixture)");
  expect_check(IDS("glute-stretch", "ball-glutes"), NULL, "release-after-stretch",
               "Schritt 2 (ball-glutes) lockert den Bereich „Gesäß“, nachdem Schritt 1 "
               "(glute-stretch) ihn gedehnt hat: zuerst mit Ball oder Rolle lockern, dann dehnen");
  locale("fr");
  expect_check(IDS("ball-glutes"), profile, "equipment-missing",
               "étape 1 (ball-glutes) demande du matériel que vous n’avez pas\u00a0: balle de "
               "massage");
  expect_check(IDS("ball-glutes"), profile, "contraindicated",
               "étape 1 (ball-glutes) est contre-indiquée avec «\u00a0plaie ouverte\u00a0»\u00a0: "
               "passez-la (fixture)");
  locale("es");
  expect_check(IDS("ball-glutes"), profile, "contraindicated",
               "paso 1 (ball-glutes) está contraindicado con herida abierta: sáltatelo (fixture)");
  locale("en");
  expect_check(IDS("ball-glutes"), profile, "equipment-missing",
               "step 1 (ball-glutes) needs equipment the person does not have: massage-ball");
  expect_check(IDS("ball-glutes"), profile, "contraindicated",
               "step 1 (ball-glutes) is contraindicated with open-wound: skip it (fixture)");
}
