import datetime
import unittest

from tests.support import CatalogCase, br


class JournalTest(CatalogCase):
    def setUp(self) -> None:
        super().setUp()
        if "brf_journal_new" not in br._ffi.FUNCTIONS:
            self.skipTest("this library has no journal yet")

    def test_entries_round_trip_through_jsonl(self) -> None:
        with br.Journal(self.ctx) as j:
            i = j.add("2026-11-20", "Morning", minutes="07:30", pain={"before": 4, "after": 3},
                      effort=5, note="stiff")
            j.add_step(i, "cat-camel", "done")
            j.set_next_morning(i, 2, 3)
            e = j.entry(i)
            self.assertEqual(e.day, datetime.date(2026, 11, 20))
            self.assertEqual(e.minutes, 7 * 60 + 30)
            self.assertEqual(e.pain, {"before": 4, "after": 3, "next_morning": 2})
            self.assertIsNone(j.entry(i).tightness["before"])
            self.assertEqual(e.steps, [("cat-camel", "done")])
            text = j.to_jsonl()
        with br.Journal.load(self.ctx, text) as back:
            self.assertEqual(list(back), [e])

    def test_bad_rating_is_a_range_error(self) -> None:
        with br.Journal(self.ctx) as j, self.assertRaises(br.RangeError):
            j.add("2026-11-20", pain={"before": 11})

    def test_malformed_line_is_a_parse_error_with_its_line(self) -> None:
        with br.Journal(self.ctx) as j:
            j.add("2026-11-20", "Morning")
            good = j.to_jsonl()
        with self.assertRaises(br.BackReliefError) as cm:
            br.Journal.load(self.ctx, good + "{oops}\n" + good)
        self.assertIn(cm.exception.status_name, ("BRF_E_PARSE", "BRF_E_SCHEMA"))
        self.assertEqual(cm.exception.line, 2)

    def test_adherence_and_suggestion(self) -> None:
        with br.Journal(self.ctx) as j, br.Routine(self.ctx, "Morning") as r:
            r.append(self.cat.get("cat-camel"))
            for d in range(3):
                j.add(datetime.date(2026, 11, 16 + d), "Morning",
                      pain={"before": 3, "after": 3})
            done, percent = j.adherence("2026-11-16", "2026-11-22", 6)
            self.assertEqual((done, percent), (3, 50))
            sug = j.suggest(r, self.cat)
            self.assertIn(sug.outcome, [br.load().brf_adapt_outcome_id(k).decode()
                                        for k in range(br.BRF_ADAPT_OUTCOME_COUNT)])
            self.assertIsInstance(sug.reasons, list)
            if sug.routine is not None:
                sug.routine.close()


if __name__ == "__main__":
    unittest.main()
