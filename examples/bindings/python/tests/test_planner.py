import unittest
from typing import Any, List, Tuple

from tests.support import CatalogCase, br


class PlannerTest(CatalogCase):
    def setUp(self) -> None:
        super().setUp()
        if "brf_planner_new" not in br._ffi.FUNCTIONS:
            self.skipTest("this library has no planner yet")

    def test_plan_fits_the_budget_and_says_why(self) -> None:
        with br.Planner(self.ctx, goal="long-sitting", minutes=10, seed=1) as planner, \
                planner.run(self.cat) as routine:
            self.assertGreater(len(routine), 0)
            lo, hi = routine.estimate()
            self.assertLessEqual(hi, 10 * 60000)
            for step in routine.steps:
                self.assertTrue(step.reason, step.exercise_id)
            for om in planner.omitted:
                self.assertTrue(om.exercise_id and om.reason)
            self.assertIsInstance(planner.advice, list)

    def test_same_inputs_same_plan(self) -> None:
        def plan() -> List[Tuple[Any, Any]]:
            with br.Planner(self.ctx, goal="maintenance", minutes=15, seed=7) as p, \
                    p.run(self.cat) as r:
                return [(s.exercise_id, s.dose) for s in r.steps]
        self.assertEqual(plan(), plan())

    def test_refers_when_the_screen_has_an_urgent_flag(self) -> None:
        with br.Screen(self.ctx) as screen:
            screen.answer("saddle-numbness")
            with br.Planner(self.ctx, goal="acute-strain", minutes=10, screen=screen) as p, \
                    self.assertRaises(br.ReferError):
                p.run(self.cat)

    def test_bad_inputs_raise_the_right_errors(self) -> None:
        with self.assertRaises(br.NotFoundError):
            br.Planner(self.ctx, goal="six-pack")
        with self.assertRaises(br.BackReliefError) as cm:
            br.Planner(self.ctx, minutes=0)
        self.assertIn(cm.exception.status_name, ("BRF_E_RANGE", "BRF_E_INVALID"))
        self.assertTrue(cm.exception.message)


if __name__ == "__main__":
    unittest.main()
