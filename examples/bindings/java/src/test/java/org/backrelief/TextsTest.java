package org.backrelief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Texts in a chosen language: ScreeningText.text() (brf_screening_text) and
 * Vocabulary.label() (brf_vocab_label). Expected texts are copied from the data
 * the library is generated from, not from running it: English from
 * data/redflags.json, data/stoprules.json, data/yellowflags.json and
 * data/messages/vocab.json; German from data/i18n/de/screen.json and
 * data/i18n/de/vocab.json. "de-AT" reads German and "sv" English by the
 * library's fallbacks.
 */
class TextsTest {
  static final String CHEST_PAIN_EN = "Do you have chest pain as well as your back pain?";
  static final String CHEST_PAIN_DE =
      "Haben Sie zusätzlich zu Ihren Rückenschmerzen Schmerzen in der Brust?";
  static final String SADDLE_LABEL_EN = "numbness or tingling around the genitals, anus or buttocks";
  static final String SADDLE_LABEL_DE =
      "Taubheit oder Kribbeln im Bereich von Genitalien, After oder Gesäß";
  static final String SEVERE_PAIN_EN =
      "Stop the exercise if it causes severe pain; skip it or try an easier version.";
  static final String SEVERE_PAIN_DE = "Brechen Sie die Übung ab, wenn sie starke Schmerzen "
      + "verursacht; lassen Sie sie aus oder versuchen Sie eine leichtere Variante.";
  static final String LEG_SPREAD_EN =
      "In the last two weeks, has your back pain spread down into a leg at any time?";
  static final String LEG_SPREAD_DE =
      "Sind Ihre Rückenschmerzen in den letzten zwei Wochen irgendwann in ein Bein ausgestrahlt?";
  static final String EMERGENCY_EN = "Call emergency services now (999 in the UK, 112 in Europe, "
      + "911 in North America) or go to A&E (the emergency department). Do not exercise.";
  static final String EMERGENCY_DE = "Rufen Sie jetzt den Notruf (999 in Großbritannien, 112 in "
      + "Europa, 911 in Nordamerika) oder gehen Sie in die Notaufnahme (A&E). Machen Sie keine Übungen.";

  static boolean german() {
    Backrelief.lib();
    return Context.locales().contains("de");
  }

  @Test
  void vocabularyLabelsInEnglishAndGerman() {
    Vocabulary eq = Vocabulary.EQUIPMENT;
    assertEquals("foam roller", eq.label("foam-roller", "en"));
    assertEquals("foam roller", eq.label("foam-roller", "sv"));
    assertEquals("foam roller", eq.label(Equipment.FOAM_ROLLER.code(), "en"));
    assumeTrue(german(), "built without translations");
    assertEquals("Faszienrolle", eq.label("foam-roller", "de"));
    assertEquals("Faszienrolle", eq.label(Equipment.FOAM_ROLLER.code(), "de-AT"));
    assertEquals("unterer Rücken", Vocabulary.REGION.label("lower-back", "de"));
    assertEquals("keine Ausrüstung", eq.label("none", "de"));
  }

  @Test
  void everyValueHasALabelInEveryLanguage() {
    Backrelief.lib();
    for (Vocabulary v : Vocabulary.values()) {
      for (int i = 0; i < v.count(); i++) {
        for (String locale : Context.locales()) {
          assertFalse(v.label(i, locale).isEmpty(), v + " " + i + " " + locale);
        }
      }
    }
  }

  @Test
  void vocabularyLabelErrors() {
    Backrelief.lib();
    var nf = assertThrows(NotFoundException.class,
        () -> Vocabulary.EQUIPMENT.label("trampoline", "de"));
    assertTrue(nf.message().contains("trampoline"), nf.message());
    assertThrows(NotFoundException.class, () -> Vocabulary.EQUIPMENT.label("Faszienrolle", "de"));
    var range = assertThrows(RangeException.class, () -> Vocabulary.EQUIPMENT.label(999, "de"));
    assertEquals("BRF_E_RANGE", range.statusName());
    assertThrows(InvalidException.class, () -> Vocabulary.EQUIPMENT.label(0, null));
    assertThrows(NotFoundException.class, () -> Vocabulary.ofKindId("furniture"));
  }

  @Test
  void englishScreeningTextsByIdAndIndex() {
    Backrelief.lib();
    assertEquals(CHEST_PAIN_EN, ScreeningText.REDFLAG_QUESTION.text("chest-pain", "en"));
    assertEquals(SADDLE_LABEL_EN, ScreeningText.REDFLAG_LABEL.text("saddle-numbness", "en"));
    assertEquals(SEVERE_PAIN_EN, ScreeningText.STOPRULE.text("severe-pain", "sv"));
    assertEquals(LEG_SPREAD_EN, ScreeningText.YELLOWFLAG_QUESTION.text("leg-pain-spread", "en"));
    assertEquals(EMERGENCY_EN, ScreeningText.URGENCY_ADVICE.text("emergency", "en"));
    assertEquals(EMERGENCY_EN, ScreeningText.URGENCY_ADVICE.text(Urgency.EMERGENCY.code(), "en"));
    assertEquals(Psychosocial.LOW.advice(), ScreeningText.PSYCHOSOCIAL_ADVICE.text("low", "en"));
    int i = Screen.redFlagIndex("chest-pain");
    assertEquals(CHEST_PAIN_EN, ScreeningText.REDFLAG_QUESTION.text(i, "en"));
    List<Screen.RedFlag> flags = Screen.redFlags();
    for (int k = 0; k < flags.size(); k++) {
      assertEquals(flags.get(k).label(), ScreeningText.REDFLAG_LABEL.text(flags.get(k).id(), "en"));
      assertEquals(flags.get(k).question(), ScreeningText.REDFLAG_QUESTION.text(k, "en"));
    }
    for (Screen.StopRule rule : Screen.stopRules()) {
      assertEquals(rule.text(), ScreeningText.STOPRULE.text(rule.id(), "en"));
    }
    for (Screen.YellowFlag q : Screen.yellowFlags()) {
      assertEquals(q.question(), ScreeningText.YELLOWFLAG_QUESTION.text(q.id(), "en"));
    }
  }

  @Test
  void germanScreeningTexts() {
    assumeTrue(german(), "built without translations");
    assertEquals(CHEST_PAIN_DE, ScreeningText.REDFLAG_QUESTION.text("chest-pain", "de"));
    assertEquals(CHEST_PAIN_DE, ScreeningText.REDFLAG_QUESTION.text("chest-pain", "de-AT"));
    assertEquals(SADDLE_LABEL_DE, ScreeningText.REDFLAG_LABEL.text("saddle-numbness", "de"));
    assertEquals(SEVERE_PAIN_DE, ScreeningText.STOPRULE.text("severe-pain", "de"));
    assertEquals(LEG_SPREAD_DE, ScreeningText.YELLOWFLAG_QUESTION.text("leg-pain-spread", "de"));
    assertEquals(EMERGENCY_DE, ScreeningText.URGENCY_ADVICE.text("emergency", "de"));
  }

  @Test
  void screeningTextErrors() {
    Backrelief.lib();
    var nf = assertThrows(NotFoundException.class,
        () -> ScreeningText.REDFLAG_QUESTION.text("Brustschmerz", "de"));
    assertTrue(nf.message().contains("Brustschmerz"), nf.message());
    assertThrows(NotFoundException.class, () -> ScreeningText.STOPRULE.text("chest-pain", "de"));
    assertThrows(NotFoundException.class, () -> ScreeningText.URGENCY_ADVICE.text("soon", "de"));
    var range = assertThrows(RangeException.class,
        () -> ScreeningText.REDFLAG_QUESTION.text(Screen.redFlags().size(), "de"));
    assertEquals("BRF_E_RANGE", range.statusName());
    assertThrows(InvalidException.class, () -> ScreeningText.REDFLAG_LABEL.text(0, null));
  }
}
