import unittest

from tests.support import CatalogCase, br


class RoutineTest(CatalogCase):
    def compose(self) -> br.Routine:
        r = br.Routine(self.ctx, "Morning")
        r.append(self.cat.get("cat-camel"))
        r.append(self.cat.get("glute-stretch"), "hold 30s, 2 reps, each side")
        return r

    def test_compose_steps_and_estimate(self) -> None:
        with self.compose() as r:
            self.assertEqual(r.name, "Morning")
            self.assertEqual(len(r), 2)
            steps = r.steps
            self.assertEqual([s.exercise_id for s in steps], ["cat-camel", "glute-stretch"])
            self.assertEqual(steps[0].dose, self.cat.get("cat-camel").default_dose)
            self.assertIn("glutes", steps[1].regions)
            lo, hi = r.estimate()
            self.assertGreater(lo, 0)
            self.assertLessEqual(lo, hi)

    def test_reorder_remove_and_edit(self) -> None:
        with self.compose() as r:
            r.move(1, 0)
            self.assertEqual(r.step(0).exercise_id, "glute-stretch")
            r.set_note(0, "gently")
            r.set_phase(0, "stretch")
            r.set_dose(0, "1x20s")
            s = r.step(0)
            self.assertEqual((s.note, s.phase, s.dose), ("gently", "stretch", "1x20s"))
            r.remove(1)
            self.assertEqual(len(r), 1)
            with self.assertRaises(br.RangeError):
                r.remove(5)
            with self.assertRaises(IndexError):
                r.step(1)

    def test_clone_is_independent(self) -> None:
        with self.compose() as r, r.clone() as c:
            c.remove(0)
            self.assertEqual((len(r), len(c)), (2, 1))

    def test_player_on_a_simulated_clock(self) -> None:
        with self.compose() as r, br.Timeline.from_routine(r) as tl:
            self.assertEqual(len(tl.steps), 2)
            self.assertEqual(tl.segments[-1].kind, "done")
            p = br.Player(tl)
            clock = br.SimulatedClock()
            cues = list(p.play(clock, tick_ms=250))
            self.assertEqual(p.state, "finished")
            self.assertEqual(cues[0].kind, "get-ready")
            self.assertEqual(cues[-1].kind, "session-done")
            self.assertIn("Cat", cues[0].text)
            self.assertGreaterEqual(clock.now_ms, tl.total_ms)
            self.assertEqual([rec.status for rec in p.records], ["done", "done"])
            p.close()

    def test_player_skip_and_stop(self) -> None:
        with self.compose() as r:
            p = br.Player(br.Timeline.from_routine(r, longest=True))
            p.start()
            p.advance(1000)
            p.skip()
            self.assertEqual(p.step_index, 1)
            p.stop()
            self.assertEqual(p.state, "stopped")
            self.assertEqual(p.records[0].status, "skipped")
            p.close()


class ScreenTest(unittest.TestCase):
    def setUp(self) -> None:
        self.ctx = br.Context()

    def tearDown(self) -> None:
        self.ctx.close()

    def test_no_flags_may_exercise(self) -> None:
        with br.Screen(self.ctx) as s:
            s.evaluate()
            self.assertTrue(s.may_exercise)
            self.assertIsNone(s.outcome)
            self.assertEqual(s.positives, [])

    def test_red_flags_and_answers(self) -> None:
        flags = br.red_flags()
        self.assertTrue(flags)
        self.assertEqual(len({f.id for f in flags}), len(flags))
        review = [f.id for f in flags if f.urgency == "review"]
        with br.Screen(self.ctx) as s:
            if review:
                s.answer_yes(review[:1])
                s.evaluate()  # review flags do not refuse
                self.assertEqual(s.outcome, "review")
                self.assertTrue(s.message)
            s.answer_yes("saddle-numbness")
            self.assertRaises(br.ReferError, s.evaluate)
            s.clear()
            s.evaluate()

    def test_answer_list_is_all_or_nothing(self) -> None:
        with br.Screen(self.ctx) as s:
            with self.assertRaises(br.NotFoundError):
                s.answer_yes(["saddle-numbness", "nonsense"])
            self.assertEqual(s.positives, [])

    def test_stop_rules(self) -> None:
        rules = br.stop_rules()
        self.assertTrue(rules)
        self.assertTrue(all(r.id and r.text for r in rules))


class CalendarTest(unittest.TestCase):
    def test_dates_times_weekdays(self) -> None:
        import datetime
        with br.Context() as ctx:
            day = br.parse_date(ctx, "2026-11-22")
            self.assertEqual(br.date_from_day(day), datetime.date(2026, 11, 22))
            self.assertEqual(br.day_from_date(datetime.date(2026, 11, 22)), day)
            self.assertEqual(br.format_date(day), "2026-11-22")
            self.assertEqual(br.format_time(br.parse_time(ctx, "07:30")), "07:30")
            mask = br.parse_weekdays(ctx, "mon,wed,fri")
            self.assertEqual(br.format_weekdays(mask), "mon,wed,fri")
            with self.assertRaises(br.BackReliefError) as cm:
                br.parse_date(ctx, "2026-13-01")
            self.assertTrue(cm.exception.message)


if __name__ == "__main__":
    unittest.main()
