"""The functions added after the first wrapper (issue 22, round 4): programmes, adaptation
v2, context limits, the screen's asks/implies, the id/from_id pairs and the _get forms.

Expected days come from docs/schedules.md ("Programmes", rules G1-G5 with F3, F4, P1, X1),
written out before running the code, as tests/unit/schedule/test_schedule_programme.c does;
each result is also compared with what the raw C call returns for the same inputs."""
import ctypes
import datetime
from typing import Set

from tests.support import CatalogCase, br

MONDAY = datetime.date(2026, 1, 5)
DAILY = set(range(28))
THREE_A_WEEK = {0, 2, 5, 7, 9, 12, 14, 16, 19, 21, 23, 26}        # F3: Mon, Wed, Sat
EVERY_OTHER = set(range(0, 28, 2))                                  # F4
TAPER = set(range(14)) | {14, 16, 19, 21, 23, 26}                   # P1: 2 weeks daily, then 3
AFTER_LEGS = {1, 4, 8, 11, 15, 18, 22, 25}                          # X1: after mon,thu


class ProgrammeTest(CatalogCase):
    STEPS = [("glute-stretch", "3 reps, hold 30s, daily"),
             ("glute-foam-roll", "90s, 3x/week"),
             ("glute-bridge", "2x10, every other day"),
             ("hamstring-stretch", "hold 20s"),
             ("piriformis-foam-roll", "2min, daily")]

    def setUp(self) -> None:
        super().setUp()
        self.routine = br.Routine(self.ctx, "legs")
        for ex, dose in self.STEPS:
            self.routine.append(self.cat.get(ex), dose)
        self.s = br.Schedule(self.ctx, MONDAY, weeks=4)
        self.item = self.s.add_programme(self.routine)
        self.s.set_step_trigger(self.item, 3, "mon,thu")
        self.s.set_step_taper(self.item, 4, 2, 2, 3)
        self.s.generate()

    def tearDown(self) -> None:
        self.s.close()
        self.routine.close()
        super().tearDown()

    def days_of(self, exercise_id: str) -> Set[int]:
        out: Set[int] = set()
        for i, session in enumerate(self.s.sessions):
            if any(ex == exercise_id for _, ex in self.s.session_steps(i)):
                out.add((session.date - MONDAY).days)
        return out

    def test_each_step_at_its_own_rhythm(self) -> None:
        self.assertEqual(self.s.item_kind(self.item), "programme")
        self.assertEqual(self.days_of("glute-stretch"), DAILY)
        self.assertEqual(self.days_of("glute-foam-roll"), THREE_A_WEEK)
        self.assertEqual(self.days_of("glute-bridge"), EVERY_OTHER)
        self.assertEqual(self.days_of("hamstring-stretch"), AFTER_LEGS)
        self.assertEqual(self.days_of("piriformis-foam-roll"), TAPER)
        # G4: once-a-day steps merge: one session a day
        self.assertEqual(len(self.s.sessions), 28)

    def test_session_steps_match_the_c_calls(self) -> None:
        lib, p = self.ctx.library, self.s._check()
        for i in range(len(self.s.sessions)):
            raw = [(lib.brf_schedule_session_step(p, i, k),
                    lib.brf_schedule_session_exercise_id(p, i, k).decode())
                   for k in range(lib.brf_schedule_session_step_count(p, i))]
            self.assertEqual(self.s.session_steps(i), raw)
            # routine order, and each step is the routine's step at that index
            self.assertEqual([k for k, _ in raw], sorted(k for k, _ in raw))
            for k, ex in raw:
                self.assertEqual(self.STEPS[k][0], ex)
        with self.assertRaises(IndexError):
            self.s.session_steps(len(self.s.sessions))

    def test_routine_for_day(self) -> None:
        # Monday (day 0): stretch, roll (F3 day 0), bridge (F4 day 0), taper roll; not the
        # hamstring stretch (after leg days: Tuesday and Friday).
        with self.s.routine_for_day(self.item, MONDAY) as r:
            self.assertEqual([st.exercise_id for st in r], ["glute-stretch", "glute-foam-roll",
                                                            "glute-bridge", "piriformis-foam-roll"])
            self.assertEqual(str(r.step(2).dose), str(self.routine.step(2).dose))
        with self.s.routine_for_day(self.item, MONDAY + datetime.timedelta(days=1)) as r:
            self.assertEqual([st.exercise_id for st in r], ["glute-stretch", "hamstring-stretch",
                                                            "piriformis-foam-roll"])
        # The same as the C call for every day of the four weeks.
        lib = self.ctx.library
        for d in range(28):
            day = br.day_from_date(MONDAY) + d
            out = ctypes.c_void_p()
            self.assertEqual(lib.brf_schedule_routine_for_day(self.ctx._check(), self.s._check(),
                                                              self.item, day, ctypes.byref(out)), 0)
            try:
                raw = [lib.brf_routine_step_exercise_id(out.value, k).decode()
                       for k in range(lib.brf_routine_step_count(out.value))]
            finally:
                lib.brf_routine_free(out.value)
            with self.s.routine_for_day(self.item, day) as r:
                self.assertEqual([st.exercise_id for st in r], raw, "day %d" % d)

    def test_nothing_due_and_bad_steps(self) -> None:
        with br.Routine(self.ctx, "bridge") as r, br.Schedule(self.ctx, MONDAY, weeks=1) as s:
            r.append(self.cat.get("glute-bridge"), "2x10, every other day")
            i = s.add_programme(r)
            s.generate()
            with self.assertRaises(br.NotFoundError) as e:
                s.routine_for_day(i, MONDAY + datetime.timedelta(days=1))
            self.assertTrue(e.exception.args[0])
            self.assertEqual(e.exception.status_name, "BRF_E_NOT_FOUND")
            with self.assertRaises(br.RangeError):
                s.set_step_taper(i, 5, 2, 2, 3)         # no step 5
            s.set_step_trigger(i, 0, "thu")
            s.set_step_trigger(i, 0, "")                # removes it
            with self.assertRaises(br.RangeError):
                s.set_step_trigger(i + 1, 0, "mon")     # no item 1
        with br.Schedule(self.ctx, MONDAY, weeks=1) as s:
            j = s.add_routine(self.routine, "daily")
            with self.assertRaises(br.InvalidError):    # not a programme
                s.set_step_taper(j, 0, 2, 2, 3)


class AdaptNextTest(CatalogCase):
    """docs/adaptation.md, "Adaptation v2": two green sessions on different days earn one
    change; asking again without new sessions holds (scenarios 1 and 3 of test_adapt_next.c)."""

    D0 = 20400

    def setUp(self) -> None:
        super().setUp()
        self.r = br.Routine(self.ctx, "strengthen")
        for ex in ("glute-bridge", "clamshell", "active-leg-raise"):
            self.r.append(self.cat.get(ex))
        self.j = br.Journal(self.ctx)

    def tearDown(self) -> None:
        self.j.close()
        self.r.close()
        super().tearDown()

    def rate(self, day: int, before: int, after: int, morning: int) -> None:
        i = self.j.add(self.D0 + day, "strengthen", "18:00",
                       pain={"before": before, "after": after})
        self.j.set_next_morning(i, morning, -1)

    def raw_outcome(self, today: int, last_change: int) -> str:
        lib, out = self.ctx.library, ctypes.c_void_p()
        self.assertEqual(lib.brf_adapt_next(self.ctx._check(), self.j._check(), self.r._check(),
                                            None, None, self.cat._check(), None, None, today,
                                            last_change, 0, ctypes.byref(out)), 0)
        try:
            return str(lib.brf_adapt_outcome_id(lib.brf_adapt_suggestion_outcome(out.value)).decode())
        finally:
            lib.brf_adapt_suggestion_free(out.value)

    def test_no_sessions_is_insufficient_data(self) -> None:
        s = self.j.next(self.r, self.D0, catalog=self.cat)
        self.assertEqual(s.outcome, "insufficient-data")
        self.assertIsNone(s.routine)
        self.assertTrue(s.reasons)
        self.assertEqual(s.outcome, self.raw_outcome(self.D0, -1))

    def test_two_green_days_progress_one_step(self) -> None:
        self.rate(0, 2, 2, 2)
        self.rate(2, 2, 3, 2)
        s = self.j.next(self.r, self.D0 + 3, catalog=self.cat)
        self.assertEqual(s.outcome, "progress")
        self.assertEqual(s.outcome, self.raw_outcome(self.D0 + 3, -1))
        assert s.routine is not None
        with s.routine as a:
            changed = [i for i in range(len(a))
                       if a.step(i).exercise_id != self.r.step(i).exercise_id
                       or str(a.step(i).dose) != str(self.r.step(i).dose)]
            self.assertEqual(len(changed), 1, "one change")
        self.assertTrue(all(x.source for x in s.reasons))

    def test_asking_again_without_new_sessions_holds(self) -> None:
        self.rate(0, 2, 2, 2)
        self.rate(2, 2, 2, 2)
        for day in range(3, 9):
            s = self.j.next(self.r, self.D0 + day, catalog=self.cat, last_change=self.D0 + 3)
            self.assertEqual(s.outcome, "hold", day)
            self.assertIn("not-earned", [x.rule for x in s.reasons])
            self.assertIsNone(s.routine)
            self.assertEqual(s.outcome, self.raw_outcome(self.D0 + day, self.D0 + 3))

    def test_negative_budget_is_invalid(self) -> None:
        with self.assertRaises(br.InvalidError) as e:
            self.j.next(self.r, self.D0, budget_ms=-1)
        self.assertEqual(e.exception.status_name, "BRF_E_INVALID")


class LimitsTest(CatalogCase):
    def test_defaults_match_the_c_calls_and_a_limit_refuses(self) -> None:
        lib = self.ctx.library
        limits = self.ctx.limits
        self.assertEqual(len(limits), br.BRF_LIMIT_COUNT)
        self.assertEqual(limits["routine_steps"], 200)      # core.h: default 200
        for name, code in br._LIMITS.items():
            self.assertEqual(limits[name], lib.brf_context_limit(self.ctx._check(), code))
        self.ctx.set_limit("routine_steps", 2)
        self.assertEqual(self.ctx.limit("routine_steps"), 2)
        self.assertEqual(lib.brf_context_limit(self.ctx._check(), 0), 2)
        with br.Routine(self.ctx, "three") as r:
            r.append(self.cat.get("glute-stretch"))
            r.append(self.cat.get("glute-bridge"))
            with self.assertRaises(br.LimitError) as e:
                r.append(self.cat.get("clamshell"))
            self.assertEqual(e.exception.status_name, "BRF_E_LIMIT")
            self.assertIn("2", str(e.exception))
            self.assertEqual(len(r), 2)
        with self.assertRaises(br.RangeError):
            self.ctx.set_limit("routine_steps", 0)
        with self.assertRaises(br.InvalidError):
            self.ctx.set_limit("no-such-limit", 5)   # type: ignore[arg-type]
        with self.assertRaises(br.InvalidError):
            self.ctx.limit(99)


class ScreenTest(CatalogCase):
    def test_asks_and_implies_match_the_c_calls(self) -> None:
        lib = self.ctx.library
        with br.Screen(self.ctx) as s:
            flags = [f.id for f in br.red_flags()]
            self.assertTrue(all(s.asks(f) for f in flags if not f.startswith("age")))
            s.set_age(40)
            self.assertFalse(s.asks("age-under-16"), "the known age decides it")
            s.answer("pregnancy", True)
            self.assertFalse(s.asks("pregnancy"), "already answered yes")
            self.assertTrue(s.implies_condition("pregnancy"))
            self.assertFalse(s.implies_condition("osteoporosis"))
            s.answer("fracture-risk", True)
            self.assertTrue(s.implies_condition("osteoporosis"))
            out = ctypes.c_int32()
            for i, f in enumerate(flags):
                self.assertEqual(lib.brf_screen_asks(s._check(), i, ctypes.byref(out)), 0)
                self.assertEqual(s.asks(f), bool(out.value), f)
                self.assertEqual(s.asks(i), bool(out.value), f)
            for c in br.vocab_ids("condition"):
                code = br.vocab_code("condition", c)
                self.assertEqual(lib.brf_screen_implies_condition(s._check(), code,
                                                                  ctypes.byref(out)), 0)
                self.assertEqual(s.implies_condition(c), bool(out.value), c)
            s.answer("saddle-numbness", True)     # an emergency: nothing more is asked
            self.assertFalse(any(s.asks(f) for f in flags))
            with self.assertRaises(br.RangeError):
                s.asks(len(flags))
            with self.assertRaises(br.NotFoundError):
                s.implies_condition("no-such-condition")


class IdsAndGettersTest(CatalogCase):
    def test_every_kind_round_trips_like_the_c_calls(self) -> None:
        lib = self.ctx.library
        kinds = br.enum_kinds()
        self.assertIn("region", kinds)
        self.assertIn("schedule_kind", kinds)
        for kind in kinds:
            raw_id = getattr(lib, "brf_%s_id" % kind)
            seen = 0
            for code in range(-1, 64):
                if raw_id(code) is None:
                    with self.assertRaises(br.RangeError):
                        br.enum_id(kind, code)
                    continue
                text = br.enum_id(kind, code)
                self.assertEqual(text, raw_id(code).decode())
                self.assertEqual(br.enum_code(kind, text), code, (kind, text))
                seen += 1
            self.assertGreater(seen, 1, kind)
            with self.assertRaises(br.NotFoundError) as e:
                br.enum_code(kind, "No Such Id")
            self.assertIn("No Such Id", str(e.exception))
        self.assertEqual(br.enum_id("region", br.vocab_code("region", "lower-back")),
                         "lower-back")
        self.assertEqual(br.enum_code("goal", "long-sitting"),
                         br.BRF_GOAL_LONG_SITTING)
        with self.assertRaises(br.InvalidError):
            br.enum_id("no_such_kind", 0)

    def test_getters_read_what_the_c_getters_read(self) -> None:
        lib = self.ctx.library
        with br.Profile(self.ctx) as p:
            p.age_years = 44
            p.level = "intermediate"
            self.assertEqual((p.age_years, p.level), (44, "intermediate"))
            self.assertEqual(lib.brf_profile_age_years(p._check()), 44)
        ex = self.cat.get("glute-bridge")
        self.assertEqual(ex.position, br.vocab_id("position", lib.brf_exercise_position(ex._p())))
        for i, (pid, _) in enumerate(ex.progressions):
            raw = lib.brf_exercise_progression_exercise(ex._p(), i)
            self.assertEqual(pid, raw.decode() if raw else None)
        with br.Schedule(self.ctx, MONDAY, weeks=1) as s:
            s.time_zone = "Europe/Berlin"
            self.assertEqual((s.start, s.time_zone), (MONDAY, "Europe/Berlin"))
        with br.Screen(self.ctx) as sc:
            self.assertIsNone(sc.outcome)
            sc.answer("night-pain", True)
            self.assertEqual(sc.outcome, br._urgency_name(lib.brf_screen_outcome(sc._check())))
            self.assertEqual(sc.message, lib.brf_screen_message(sc._check()).decode())
