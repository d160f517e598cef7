import datetime
import unittest

from tests.support import CatalogCase, br


class ScheduleTest(CatalogCase):
    def setUp(self) -> None:
        super().setUp()
        if "brf_schedule_new" not in br._ffi.FUNCTIONS:
            self.skipTest("this library has no schedule yet")
        self.routine = br.Routine(self.ctx, "Morning")
        self.routine.append(self.cat.get("cat-camel"))

    def tearDown(self) -> None:
        self.routine.close()
        super().tearDown()

    def plan(self) -> br.Schedule:
        s = br.Schedule(self.ctx, "2026-11-23", weeks=2)  # a Monday
        item = s.add_routine(self.routine, "3x/week")
        s.set_weekdays(item, "mon,wed,fri")
        s.set_times(item, "07:30")
        s.generate()
        return s

    def test_sessions_fall_on_the_chosen_days_and_time(self) -> None:
        with self.plan() as s:
            sessions = s.sessions
            self.assertEqual(len(sessions), 6)
            for sess in sessions:
                self.assertIn(sess.date.isoweekday(), (1, 3, 5))
                self.assertEqual(sess.minute, 7 * 60 + 30)
                self.assertGreater(sess.duration_ms, 0)
                self.assertTrue(sess.title)
            self.assertEqual(sessions[0].date, datetime.date(2026, 11, 23))

    def test_icalendar_export(self) -> None:
        with self.plan() as s:
            ics = s.to_ical(expand=True)
            self.assertTrue(ics.startswith("BEGIN:VCALENDAR\r\n"))
            self.assertEqual(ics.count("BEGIN:VEVENT"), len(s.sessions))
            self.assertTrue(ics.rstrip("\r\n").endswith("END:VCALENDAR"))

    def test_bad_weekdays_raise_with_the_context_message(self) -> None:
        with br.Schedule(self.ctx, "2026-11-23", weeks=1) as s:
            item = s.add_routine(self.routine)
            with self.assertRaises(br.BackReliefError) as cm:
                s.set_weekdays(item, "mon,funday")
            self.assertTrue(cm.exception.message)
            with self.assertRaises(br.BackReliefError):
                s.set_times(item, 99999)


if __name__ == "__main__":
    unittest.main()
