import unittest

from tests.support import br


class DosageTest(unittest.TestCase):
    def setUp(self) -> None:
        self.ctx = br.Context()

    def tearDown(self) -> None:
        self.ctx.close()

    def test_parse_str_and_fields(self) -> None:
        with br.Dosage.parse(self.ctx, "hold 10-30s, 2-4 reps, 2-3x/week") as d:
            self.assertEqual(str(d), "2-4 reps, hold 10-30s, 2-3x/week")
            self.assertEqual(d.format(), str(d))
            self.assertEqual(d.describe("en"), str(d))
            self.assertEqual(d.describe("sv"), str(d))
            if "de" in br.locales():
                self.assertEqual(d.describe("de"),
                                 "2–4 Wiederholungen, 10–30 s halten, 2–3 Mal pro Woche")
            self.assertEqual(d.reps, (2, 4))
            self.assertEqual(d.hold_ms, (10000, 30000))
            self.assertEqual(d.per_week, (2, 3))
            self.assertIsNone(d.sets)
            self.assertEqual(d.fields(), {"reps": (2, 4), "hold_ms": (10000, 30000),
                                          "per_week": (2, 3)})

    def test_estimate_is_a_range_in_ms(self) -> None:
        with br.Dosage.parse(self.ctx, "2x10") as d:
            lo, hi = d.estimate()
            self.assertGreater(lo, 0)
            self.assertLessEqual(lo, hi)

    def test_set_unset_equal_clone(self) -> None:
        d = br.Dosage(self.ctx)
        self.assertTrue(d.empty)
        d.set("sets", 2)
        d.set("reps", 8, 12)
        self.assertEqual(str(d), "2x8-12")
        c = d.clone()
        self.assertEqual(c, d)
        c.unset("reps")
        self.assertNotEqual(c, d)
        self.assertEqual(c.fields(), {"sets": (2, 2)})

    def test_utf8_text_and_bad_input(self) -> None:
        with self.assertRaises(br.ParseError):
            br.Dosage.parse(self.ctx, "2x10 \u00e9")
        with self.assertRaises(br.BackReliefError):
            br.Dosage.parse(self.ctx, "")

    def test_check_gives_sourced_advice(self) -> None:
        with br.Dosage.parse(self.ctx, "hold 5s, 1 rep") as d:
            advice = d.check("static-stretch")
        self.assertTrue(advice)
        for a in advice:
            self.assertIn(a.severity, ("info", "caution", "warning"))
            self.assertTrue(a.rule and a.message)


if __name__ == "__main__":
    unittest.main()
