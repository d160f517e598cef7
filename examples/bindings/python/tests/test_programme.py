"""docs/schedules.md's seed programme, expressed through the Python wrapper only
(no raw calls), and the other module wrappers added for issue 22. Expected
outcomes come from docs/schedules.md's rules (S1 spacing, P1 taper with a
trigger, W1 window, R1 rest days), not from running the code."""
import datetime
import unittest

from tests.support import CatalogCase, br

MONDAY = datetime.date(2026, 11, 23)


class ProgrammeTest(CatalogCase):
    def setUp(self) -> None:
        super().setUp()
        self.rolling = br.Routine(self.ctx, "Rolling")
        self.rolling.append(self.cat.get("glute-foam-roll"))

    def tearDown(self) -> None:
        self.rolling.close()
        super().tearDown()

    def test_not_consecutive_three_a_week_and_sunday_rest(self) -> None:
        with br.Schedule(self.ctx, MONDAY, weeks=4) as s:
            i = s.add_routine(self.rolling, "3x/week")
            s.set_spacing(i, "not-consecutive")
            s.set_rest_weekdays("sun")
            s.add_rest_day("2026-11-25")
            self.assertFalse(s.generated)
            s.generate()
            self.assertTrue(s.generated)
            self.assertEqual((s.start, s.weeks, len(s)), (MONDAY, 4, 1))
            self.assertEqual(s.item_kind(i), "routine")
            dates = [x.date for x in s.sessions]
            self.assertTrue(dates)
            for a, b in zip(dates, dates[1:]):
                self.assertGreaterEqual((b - a).days, 2, "S1: never two days in a row")
            for d in dates:
                self.assertNotEqual(d.isoweekday(), 7, "R1: Sunday is a rest weekday")
                self.assertNotEqual(d, datetime.date(2026, 11, 25), "R1: a rest date")
            for week in range(4):
                first = MONDAY + datetime.timedelta(weeks=week)
                n = sum(1 for d in dates if first <= d < first + datetime.timedelta(days=7))
                self.assertLessEqual(n, 3)

    def test_taper_after_leg_days(self) -> None:
        # P1 with a trigger: daily for the first 2 weeks, then the day after
        # each Monday and Thursday (Tuesday, Friday).
        with br.Schedule(self.ctx, MONDAY, weeks=4) as s:
            i = s.add_exercise(self.cat.get("adductor-foam-roll"))
            self.assertEqual(s.item_kind(i), "exercise")
            with s.item_routine(i) as r:
                self.assertEqual([st.exercise_id for st in r], ["adductor-foam-roll"])
            s.set_taper(i, 2, 2, 3)
            s.set_trigger(i, "mon,thu")
            s.generate()
            dates = [x.date for x in s.sessions]
            first_two = [d for d in dates if d < MONDAY + datetime.timedelta(weeks=2)]
            self.assertEqual(len(first_two), 14, "daily for two weeks")
            later = [d for d in dates if d >= MONDAY + datetime.timedelta(weeks=2)]
            self.assertTrue(later)
            self.assertEqual({d.isoweekday() for d in later}, {2, 5})

    def test_cold_pack_only_inside_the_window(self) -> None:
        onset = datetime.date(2026, 11, 24)
        with br.Schedule(self.ctx, MONDAY, weeks=1) as s:
            j = s.add_exercise(self.cat.get("cold-pack"), None, "every 1-2h, for 2-3d")
            s.set_window(j, onset, "10:00")
            s.generate()
            start = datetime.datetime.combine(onset, datetime.time(10, 0))
            times = [datetime.datetime.combine(x.date, datetime.time()) +
                     datetime.timedelta(minutes=x.minute) for x in s.sessions]
            self.assertTrue(times)
            for t in times:  # W1: 48 h, the lower end of "for 2-3d"
                self.assertTrue(start <= t < start + datetime.timedelta(hours=48), t)
            s.clear_window(j)
            s.generate()
            self.assertGreater(len(s.sessions), len(times))

    def test_frequency_reminder_and_formats(self) -> None:
        with br.Schedule(self.ctx, MONDAY, weeks=2) as s:
            i = s.add_routine(self.rolling)
            s.set_frequency(i, "every other day")
            s.set_reminder(15 * 60 * 1000)
            s.generate()
            dates = [x.date for x in s.sessions]
            self.assertEqual(dates[:3], [MONDAY, MONDAY + datetime.timedelta(days=2),
                                         MONDAY + datetime.timedelta(days=4)])
            ics = s.to_ical()
            self.assertIn("BEGIN:VALARM", ics)
            self.assertEqual(s.format_ical(), ics)
            compact = s.to_json(pretty=False)
            self.assertNotIn("\n", compact.strip())
            with br.Schedule.from_json(self.ctx, compact, self.cat) as again:
                self.assertEqual(again.to_json(), s.to_json())
            with self.assertRaises(br.NotFoundError):
                s.set_spacing(i, "sometimes")  # type: ignore[arg-type]


class ModulesTest(CatalogCase):
    def test_calendar(self) -> None:
        day = br.day_from_ymd(self.ctx, 2026, 3, 2)
        self.assertEqual(br.date_from_day(day), datetime.date(2026, 3, 2))
        self.assertEqual(br.ymd_from_day(day), (2026, 3, 2))
        self.assertEqual(br.weekday(day), 1)
        self.assertEqual(br.week_start(day + 3), day)
        with self.assertRaises(br.RangeError) as cm:
            br.day_from_ymd(self.ctx, 2026, 2, 30)
        self.assertEqual(cm.exception.status_name, "BRF_E_RANGE")

    def test_profile_strain(self) -> None:
        with br.Profile(self.ctx) as p:
            self.assertIsNone(p.strain_hours_ago)
            p.set_strain_onset("2026-03-01", "2026-03-02")
            self.assertEqual(p.strain_onset, (datetime.date(2026, 3, 1), datetime.date(2026, 3, 2)))
            self.assertEqual(p.strain_hours_ago, 24)
            p.set_equipment("mat")
            with p.clone() as q:
                self.assertTrue(q.has_equipment("mat"))
                q.clear_equipment()
                self.assertFalse(q.has_equipment("mat"))
            self.assertTrue(p.has_equipment("mat"))

    def test_journal_lines_counts_and_week(self) -> None:
        with br.Journal(self.ctx) as j:
            i = j.add("2026-03-02", "Desk break", minutes="07:30")
            j.set_counts(i, 3, 1, 0)
            j.set_session(i, "s-1")
            self.assertEqual(j.count_of(i, "done"), 3)
            self.assertEqual(j.count_of(i, "cut-short"), 1)
            line = j.to_line(i)
            self.assertTrue(line.endswith("\n"))
            self.assertIn('"s-1"', line)
            pres, done, pct = j.adherence_week(["2026-03-02", "2026-03-04"], "2026-03-03")
            self.assertEqual((pres, done, pct), (2, 1, 50))
            with br.Journal.load(self.ctx, j.to_jsonl() + '{"day":') as again:
                self.assertIsNotNone(again.torn_tail)
                self.assertEqual(len(again), 1)

    def test_player_timing_and_screen(self) -> None:
        with br.Routine(self.ctx, "r") as r:
            r.append(self.cat.get("cat-camel"), "1x2")
            with br.Timeline.from_routine(r) as tl, br.Player(tl) as pl:
                start, planned = tl.step_span(0)
                self.assertGreaterEqual(start, 0)
                self.assertGreater(planned, 0)
                pl.start()
                pl.advance(1000)
                self.assertEqual(pl.session_elapsed_ms, 1000)
                self.assertEqual(pl.segment_index, 0)
                self.assertGreaterEqual(pl.segment_remaining_ms, 0)
                self.assertEqual(pl.cues_dropped, 0)
                self.assertIs(pl.timeline, tl)
        with br.Screen(self.ctx) as sc:
            sc.answer("saddle-numbness")
            with sc.clone() as copy:
                self.assertEqual(copy.positives, ["saddle-numbness"])
            self.assertEqual(br.red_flags()[br.Screen.flag_index("saddle-numbness")].id,
                             "saddle-numbness")
            with self.assertRaises(br.NotFoundError):
                br.Screen.flag_index("no-such-flag")

    def test_context_and_vocabulary(self) -> None:
        self.assertEqual(br.version()[0], 0)
        self.assertEqual(br.dose_field_name("reps"), "reps")
        lo, hi = br.dose_field_bounds("reps")
        self.assertLessEqual(lo, 1)
        self.assertGreater(hi, 1)
        self.assertTrue(br.goal_label("long-sitting"))
        self.assertTrue(br.urgency_advice("review"))
        self.assertEqual(br.vocab_kind_name("region"), "region")
        with self.assertRaises(br.ParseError):
            br.Dosage.parse(self.ctx, "3x")
        self.assertEqual(self.ctx.errcode, br.BRF_E_PARSE)
        self.assertEqual(self.ctx.warnings, [])


if __name__ == "__main__":
    unittest.main()
