import unittest

from tests.support import CatalogCase, br


class CatalogTest(CatalogCase):
    def test_iteration_visits_every_exercise_in_order(self) -> None:
        ids = [ex.id for ex in self.cat]
        self.assertEqual(len(ids), len(self.cat))
        self.assertEqual(len(set(ids)), len(ids))
        self.assertEqual(self.cat[0].id, ids[0])
        self.assertEqual(self.cat[-1].id, ids[-1])
        with self.assertRaises(IndexError):
            self.cat[len(ids)]

    def test_find_returns_the_exercise_or_none(self) -> None:
        ex = self.cat.get("cat-camel")
        self.assertIsNotNone(ex)
        self.assertEqual(ex.id, "cat-camel")
        self.assertTrue(ex.name)
        self.assertIn(ex.modality, br.vocab_ids("modality"))
        self.assertIn(ex.level, br.vocab_ids("level"))
        self.assertTrue(ex.instructions)
        self.assertTrue(ex.sources)
        self.assertIn("cat-camel", self.cat)
        self.assertIsNone(self.cat.find("no-such-exercise"))
        self.assertNotIn("no-such-exercise", self.cat)

    def test_query_keyword_filters(self) -> None:
        hits = list(self.cat.query(region="lower-back", max_level="beginner"))
        self.assertTrue(hits)
        for ex in hits:
            self.assertIn("lower-back", ex.regions())
            self.assertEqual(ex.level, "beginner")
        everything = list(self.cat.query())
        self.assertEqual(len(everything), len(self.cat))
        self.assertLess(len(hits), len(everything))

    def test_query_equipment_keeps_what_the_user_has(self) -> None:
        for ex in self.cat.query(equipment=["none", "mat"]):
            self.assertTrue(set(ex.equipment) <= {"none", "mat"}, ex.id)

    def test_query_text_and_modality(self) -> None:
        hits = list(self.cat.query(text="CAT", modality="mobility"))
        self.assertIn("cat-camel", [ex.id for ex in hits])
        for ex in hits:
            self.assertEqual(ex.modality, "mobility")

    def test_query_with_an_unknown_code_raises(self) -> None:
        with self.assertRaises(br.InvalidError):
            list(self.cat.query(region=999))

    def test_query_object_can_be_iterated_twice(self) -> None:
        with br.Query(self.cat, modality="static-stretch") as q:
            first = [ex.id for ex in q]
            self.assertEqual(first, [ex.id for ex in q])
            self.assertEqual(len(q), len(first))

    # Issue 20: a dose edit replaces the exercise in C; a kept query must not
    # hand out the replaced one (it read freed memory: garbage ids).
    def test_kept_query_after_a_dose_edit(self) -> None:
        first = [ex.id for ex in self.cat.query(modality="strength")]
        self.assertGreater(len(first), 2)
        with br.Query(self.cat, modality="strength") as q:
            # The first edit makes a copy the catalog owns; the query holds it
            # after its first iteration; the second edit replaces it.
            self.cat.set_default_dose(first[1], "2x10")
            self.assertEqual([ex.id for ex in q], first)
            self.cat.set_default_dose(first[1], "3x12")
            again = [ex for ex in q]  # not list(q): its length hint runs the query
            self.assertEqual([ex.id for ex in again], first)
            self.assertEqual(again[1].default_dose, "3x12")
            self.assertEqual(len(q), len(first))

    def test_dose_edit_during_iteration(self) -> None:
        expected = [ex.id for ex in self.cat.query(modality="strength")]
        seen = []
        with br.Query(self.cat, modality="strength") as q:
            for ex in q:
                seen.append(ex.id)
                self.cat.set_default_dose(ex.id, "3x12")
                self.assertEqual(ex.default_dose, "3x12")
            self.assertEqual(seen, expected)
            # Iterated again after every result was edited.
            self.assertEqual([ex.id for ex in q], expected)
            self.assertEqual({ex.default_dose for ex in q}, {"3x12"})
            self.assertEqual(q.ids(), expected)

    def test_dose_edit_changes_what_a_duration_filter_keeps(self) -> None:
        with br.Query(self.cat, modality="strength", max_duration_ms=10 * 60 * 1000) as q:
            first = q.ids()
            self.assertIn("dead-bug", first)
            self.cat.set_default_dose("dead-bug", "10x20, hold 30s")
            self.assertEqual(q.ids(), [i for i in first if i != "dead-bug"])

    def test_catalog_query_generator_with_edits(self) -> None:
        seen = []
        for ex in self.cat.query(region="lower-back"):
            seen.append(ex.id)
            self.cat.set_default_dose(ex.id, "3x12")
        self.assertEqual(seen, [ex.id for ex in self.cat.query(region="lower-back")])
        self.assertEqual(len(seen), len(set(seen)))

    def test_custom_exercise_in_an_empty_catalog(self) -> None:
        with br.Catalog.empty(self.ctx) as mine:
            ex = mine.add("desk-reach", "Desk reach", "dynamic-stretch",
                          default_dose="2x10", regions=["mid-back"], equipment=["chair"],
                          instructions=["Sit tall.", "Reach up."])
            self.assertEqual(ex.name, "Desk reach")
            self.assertEqual(ex.regions(), ["mid-back"])
            self.assertEqual(ex.instructions, ["Sit tall.", "Reach up."])
            with self.assertRaises(br.InvalidError) as cm:
                mine.add("desk-reach", "Again", "mobility")
            self.assertIn("desk-reach", cm.exception.message)
            self.assertEqual(len(mine), 1)

    def test_exercise_follows_a_changed_default_dose(self) -> None:
        with br.Catalog.empty(self.ctx) as mine:
            ex = mine.add("a", "A", "strength", default_dose="2x10")
            mine.set_default_dose("a", "3x12")
            self.assertEqual(ex.default_dose, "3x12")

    def test_frozen_catalog_refuses_changes(self) -> None:
        with br.Catalog.empty(self.ctx) as mine:
            mine.freeze()
            self.assertTrue(mine.frozen)
            with self.assertRaises(br.StateError):
                mine.add("b", "B", "strength")

    def test_exercise_keeps_its_catalog_alive(self) -> None:
        ex = br.Catalog.builtin(self.ctx).get("cat-camel")  # the catalog wrapper is dropped
        self.assertEqual(ex.id, "cat-camel")
        self.assertTrue(ex.name)


if __name__ == "__main__":
    unittest.main()
