import json
import unittest

from tests.support import CatalogCase, br


def has(name: str) -> bool:
    return name in br._ffi.FUNCTIONS


class CatalogJsonTest(CatalogCase):
    def setUp(self) -> None:
        super().setUp()
        if not has("brf_catalog_to_json"):
            self.skipTest("this library has no catalog JSON codec yet")

    def test_round_trip_keeps_every_exercise(self) -> None:
        text = self.cat.to_json(pretty=True)
        doc = json.loads(text)
        self.assertIsInstance(doc, dict)
        with br.Catalog.from_json(self.ctx, text) as back:
            self.assertEqual([e.id for e in back], [e.id for e in self.cat])
            self.assertEqual(back.get("cat-camel").default_dose,
                             self.cat.get("cat-camel").default_dose)

    def test_malformed_json_is_a_parse_error_with_position(self) -> None:
        with self.assertRaises(br.ParseError) as cm:
            br.Catalog.from_json(self.ctx, '{\n  "format": ,\n}')
        self.assertEqual(cm.exception.line, 2)
        self.assertGreater(cm.exception.column, 0)

    def test_wrong_document_is_a_schema_error(self) -> None:
        with self.assertRaises(br.SchemaError) as cm:
            br.Catalog.from_json(self.ctx, "[1, 2, 3]")
        self.assertTrue(cm.exception.message)

    def test_free_exercise_db_import_reports_mappings(self) -> None:
        if not has("brf_catalog_import_free_exercise_db"):
            self.skipTest("no free-exercise-db import")
        entry = [{"id": "Cat_Stretch", "name": "Cat Stretch", "level": "beginner",
                  "equipment": "body only", "category": "stretching",
                  "primaryMuscles": ["lower back"], "secondaryMuscles": [],
                  "instructions": ["Round your back."]}]
        cat, report = br.Catalog.import_free_exercise_db(self.ctx, json.dumps(entry))
        with cat:
            self.assertEqual(len(cat), 1)
            self.assertTrue(cat[0].name)
        self.assertIsInstance(report, list)


class RoutineJsonTest(CatalogCase):
    def setUp(self) -> None:
        super().setUp()
        if not has("brf_routine_to_json"):
            self.skipTest("this library has no routine JSON yet")

    def test_round_trip(self) -> None:
        with br.Routine(self.ctx, "Morning") as r:
            r.append(self.cat.get("cat-camel"))
            r.append(self.cat.get("glute-stretch"), "2x10")
            text = r.to_json()
            self.assertEqual(json.loads(text)["name"], "Morning")
            with br.Routine.from_json(self.ctx, text, self.cat) as back:
                self.assertEqual([s.exercise_id for s in back.steps],
                                 ["cat-camel", "glute-stretch"])
                self.assertEqual(back.step(1).dose, "2x10")

    def test_unknown_exercise_is_not_found_with_its_path(self) -> None:
        with br.Routine(self.ctx, "R") as r:
            r.append(self.cat.get("cat-camel"))
            text = r.to_json().replace("cat-camel", "no-such-exercise")
        with self.assertRaises(br.NotFoundError) as cm:
            br.Routine.from_json(self.ctx, text, self.cat)
        self.assertIn("no-such-exercise", cm.exception.message)

    def test_check_gives_advisories(self) -> None:
        if not has("brf_routine_check"):
            self.skipTest("no routine check")
        with br.Routine(self.ctx, "R") as r:
            r.append(self.cat.get("glute-stretch"))
            r.append(self.cat.get("glute-ball-release"))  # release after stretch
            advice = r.check()
            self.assertIn("release-after-stretch", [a.rule for a in advice])


if __name__ == "__main__":
    unittest.main()
