"""Texts in a chosen language through the wrappers: screening_text() (brf_screening_text) and
vocab_label() (brf_vocab_label).

Expected texts are copied from the data the library is generated from, not from running
it: English from data/redflags.json, data/stoprules.json, data/yellowflags.json and
data/messages/vocab.json; German from data/i18n/de/screen.json and data/i18n/de/vocab.json.
The fallbacks are the library's (include/backrelief/screen.h, vocab.h): "de-AT" reads
German, a language without texts ("sv") reads English."""
import unittest

from tests.support import br

CHEST_PAIN_EN = "Do you have chest pain as well as your back pain?"
CHEST_PAIN_DE = "Haben Sie zusätzlich zu Ihren Rückenschmerzen Schmerzen in der Brust?"
SADDLE_LABEL_EN = "numbness or tingling around the genitals, anus or buttocks"
SADDLE_LABEL_DE = "Taubheit oder Kribbeln im Bereich von Genitalien, After oder Gesäß"
SEVERE_PAIN_EN = "Stop the exercise if it causes severe pain; skip it or try an easier version."
SEVERE_PAIN_DE = ("Brechen Sie die Übung ab, wenn sie starke Schmerzen verursacht; lassen Sie sie "
                  "aus oder versuchen Sie eine leichtere Variante.")
LEG_SPREAD_EN = "In the last two weeks, has your back pain spread down into a leg at any time?"
LEG_SPREAD_DE = "Sind Ihre Rückenschmerzen in den letzten zwei Wochen irgendwann in ein Bein ausgestrahlt?"
EMERGENCY_EN = ("Call emergency services now (999 in the UK, 112 in Europe, 911 in North America) "
                "or go to A&E (the emergency department). Do not exercise.")
EMERGENCY_DE = ("Rufen Sie jetzt den Notruf (999 in Großbritannien, 112 in Europa, 911 in "
                "Nordamerika) oder gehen Sie in die Notaufnahme (A&E). Machen Sie keine Übungen.")


def german() -> bool:
    return "de" in br.locales()


class VocabLabelTest(unittest.TestCase):
    def test_english_and_german_labels(self) -> None:
        self.assertEqual(br.vocab_label("equipment", "foam-roller"), "foam roller")
        self.assertEqual(br.vocab_label("equipment", "foam-roller", "sv"), "foam roller")
        code = br.vocab_code("equipment", "foam-roller")
        self.assertEqual(br.vocab_label("equipment", code, "en"), "foam roller")
        if not german():
            self.skipTest("built without translations")
        self.assertEqual(br.vocab_label("equipment", "foam-roller", "de"), "Faszienrolle")
        self.assertEqual(br.vocab_label("equipment", code, "de-AT"), "Faszienrolle")
        self.assertEqual(br.vocab_label("region", "lower-back", "de"), "unterer Rücken")
        self.assertEqual(br.vocab_label("equipment", "none", "de"), "keine Ausrüstung")

    def test_every_value_has_a_label(self) -> None:
        for kind in ("modality", "region", "equipment", "level", "laterality", "position",
                     "condition", "action", "source"):
            for slug in br.vocab_ids(kind):
                for locale in br.locales():
                    self.assertTrue(br.vocab_label(kind, slug, locale), (kind, slug, locale))

    def test_errors(self) -> None:
        with self.assertRaises(br.InvalidError) as e:
            br.vocab_label("furniture", "chair", "de")
        self.assertIn("furniture", e.exception.message)
        with self.assertRaises(br.NotFoundError) as nf:
            br.vocab_label("equipment", "trampoline", "de")
        self.assertIn("trampoline", nf.exception.message)
        with self.assertRaises(br.NotFoundError):
            br.vocab_label("equipment", "Faszienrolle", "de")  # a label is not an id
        with self.assertRaises(br.RangeError) as r:
            br.vocab_label("equipment", 999, "de")
        self.assertEqual(r.exception.status_name, "BRF_E_RANGE")


class ScreeningTextTest(unittest.TestCase):
    def test_english_texts(self) -> None:
        self.assertEqual(br.screening_text("redflag_question", "chest-pain"), CHEST_PAIN_EN)
        self.assertEqual(br.screening_text("redflag_label", "saddle-numbness", "en"), SADDLE_LABEL_EN)
        self.assertEqual(br.screening_text("stoprule", "severe-pain", "sv"), SEVERE_PAIN_EN)
        self.assertEqual(br.screening_text("yellowflag_question", "leg-pain-spread"), LEG_SPREAD_EN)
        self.assertEqual(br.screening_text("urgency_advice", "emergency"), EMERGENCY_EN)
        self.assertEqual(br.screening_text("psychosocial_advice", "low"), br.psychosocial_advice("low"))
        # by index or code, and the same texts as the English lists
        i = br.Screen.flag_index("chest-pain")
        self.assertEqual(br.screening_text("redflag_question", i), CHEST_PAIN_EN)
        self.assertEqual(br.screening_text(1, i, "en"), CHEST_PAIN_EN)
        for k, flag in enumerate(br.red_flags()):
            self.assertEqual(br.screening_text("redflag_label", flag.id), flag.label)
            self.assertEqual(br.screening_text("redflag_question", k, "en"), flag.question)
        for rule in br.stop_rules():
            self.assertEqual(br.screening_text("stoprule", rule.id, "en"), rule.text)
        for q in br.yellow_flags():
            self.assertEqual(br.screening_text("yellowflag_question", q.id, "en"), q.question)

    def test_german_texts(self) -> None:
        if not german():
            self.skipTest("built without translations")
        self.assertEqual(br.screening_text("redflag_question", "chest-pain", "de"), CHEST_PAIN_DE)
        self.assertEqual(br.screening_text("redflag_question", "chest-pain", "de-AT"), CHEST_PAIN_DE)
        self.assertEqual(br.screening_text("redflag_label", "saddle-numbness", "de"), SADDLE_LABEL_DE)
        self.assertEqual(br.screening_text("stoprule", "severe-pain", "de"), SEVERE_PAIN_DE)
        self.assertEqual(br.screening_text("yellowflag_question", "leg-pain-spread", "de"), LEG_SPREAD_DE)
        self.assertEqual(br.screening_text("urgency_advice", "emergency", "de"), EMERGENCY_DE)

    def test_errors(self) -> None:
        with self.assertRaises(br.InvalidError) as e:
            br.screening_text("redflag_answer", "chest-pain", "de")  # type: ignore[arg-type]
        self.assertIn("redflag_answer", e.exception.message)
        with self.assertRaises(br.InvalidError):
            br.screening_text(6, 0, "de")
        with self.assertRaises(br.NotFoundError) as nf:
            br.screening_text("redflag_question", "Brustschmerz", "de")
        self.assertIn("Brustschmerz", nf.exception.message)
        with self.assertRaises(br.NotFoundError):
            br.screening_text("stoprule", "chest-pain", "de")  # a red flag, not a stop rule
        with self.assertRaises(br.NotFoundError):
            br.screening_text("urgency_advice", "soon", "de")
        with self.assertRaises(br.RangeError) as r:
            br.screening_text("redflag_question", len(br.red_flags()), "de")
        self.assertEqual(r.exception.status_name, "BRF_E_RANGE")


if __name__ == "__main__":
    unittest.main()
