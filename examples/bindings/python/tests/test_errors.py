import unittest

from tests.support import CountingContext, br


class ErrorTest(unittest.TestCase):
    def setUp(self) -> None:
        self.ctx = br.Context()

    def tearDown(self) -> None:
        self.ctx.close()

    def test_parse_error_carries_message_and_position(self) -> None:
        with self.assertRaises(br.ParseError) as cm:
            br.Dosage.parse(self.ctx, "3x10, rest 60 parsecs")
        e = cm.exception
        self.assertIsInstance(e, br.BackReliefError)
        self.assertIsInstance(e, ValueError)
        self.assertEqual(e.status, br.BRF_E_PARSE)
        self.assertEqual(e.status_name, "BRF_E_PARSE")
        self.assertIn("parsecs", e.message)
        self.assertEqual((e.line, e.column, e.offset), (1, 15, 14))
        self.assertIn("line 1, column 15", str(e))

    def test_unknown_red_flag_is_not_found_naming_the_id(self) -> None:
        with br.Screen(self.ctx) as s, self.assertRaises(br.NotFoundError) as cm:
            s.answer("no-such-flag")
        self.assertIn("no-such-flag", cm.exception.message)
        self.assertEqual(cm.exception.status_name, "BRF_E_NOT_FOUND")

    def test_out_of_range_number_is_range_error(self) -> None:
        with br.Dosage(self.ctx) as d, self.assertRaises(br.RangeError) as cm:
            d.set("sets", 0)
        self.assertEqual(cm.exception.status, br.BRF_E_RANGE)
        self.assertTrue(cm.exception.message)

    def test_red_flag_answered_yes_raises_refer_error(self) -> None:
        with br.Screen(self.ctx) as s:
            s.answer("saddle-numbness")
            with self.assertRaises(br.ReferError) as cm:
                s.evaluate()
            self.assertIn("saddle-numbness", cm.exception.message)
            self.assertEqual(s.outcome, "emergency")
            self.assertFalse(s.may_exercise)

    def test_state_error_from_a_player_not_started(self) -> None:
        with br.Timeline.from_dose(self.ctx, "x", "X", "strength", "2x5") as tl, \
                br.Player(tl) as p, self.assertRaises(br.StateError):
            p.advance(10)

    def test_invalid_argument_is_invalid_error(self) -> None:
        with br.Player(br.Timeline.from_dose(self.ctx, "x", "X", "strength", "2x5")) as p:
            p.start()
            with self.assertRaises(br.InvalidError) as cm:
                p.advance(-1)
            self.assertEqual(cm.exception.status_name, "BRF_E_INVALID")

    def test_unknown_vocabulary_slug(self) -> None:
        with self.assertRaises(br.NotFoundError):
            br.vocab_code("region", "elbow")

    def test_calls_on_a_closed_object_raise_state_error(self) -> None:
        d = br.Dosage.parse(self.ctx, "2x10")
        d.close()
        d.close()  # idempotent
        with self.assertRaises(br.StateError):
            str(d)

    def test_objects_and_owned_strings_are_freed(self) -> None:
        cc = CountingContext()
        with br.Catalog.builtin(cc.ctx) as cat:
            d = br.Dosage.parse(cc.ctx, "hold 10-30s, 2-4 reps")
            self.assertEqual(str(d), "2-4 reps, hold 10-30s")  # owned string, brf_free'd
            r = br.Routine(cc.ctx, "r")
            r.append(cat.get("cat-camel"), d)
            r.steps  # owned dose texts
            baseline_with_objects = cc.live
            for _ in range(20):
                str(d)
                r.steps
            self.assertEqual(cc.live, baseline_with_objects, "owned strings leaked")
            r.close()
            d.close()
        cc.ctx.close()
        self.assertEqual(cc.live, 0)

    def test_bad_input_raises_with_status_and_position_and_leaks_nothing(self) -> None:
        cc = CountingContext()
        with br.Catalog.builtin(cc.ctx) as cat:
            with self.assertRaises(br.ParseError) as pe:
                br.Dosage.parse(cc.ctx, "3x10, rest 60 parsecs")
            self.assertEqual((pe.exception.status_name, pe.exception.line), ("BRF_E_PARSE", 1))
            self.assertGreater(pe.exception.column, 1)
            self.assertTrue(pe.exception.message)
            if "brf_routine_from_json" in br._ffi.FUNCTIONS:
                with self.assertRaises(br.ParseError) as je:
                    br.Routine.from_json(cc.ctx, '{"name": "r",\n "steps": [}', cat)
                self.assertEqual(je.exception.status_name, "BRF_E_PARSE")
                self.assertEqual(je.exception.line, 2)
                self.assertGreater(je.exception.column, 0)
                with self.assertRaises(br.BackReliefError) as ue:
                    br.Routine.from_json(
                        cc.ctx, '{"format": "backrelief-routine", "format_version": 1, "name": "r", '
                        '"steps": [{"exercise": "no-such-exercise"}]}', cat)
                self.assertIn(ue.exception.status_name, ("BRF_E_NOT_FOUND", "BRF_E_SCHEMA"))
                self.assertIn("no-such-exercise", ue.exception.message)
            with self.assertRaises(br.NotFoundError) as nf:
                cat.get("no-such-exercise")
            self.assertEqual(nf.exception.status_name, "BRF_E_NOT_FOUND")
        cc.ctx.close()
        self.assertEqual(cc.live, 0, "a failed call leaked")

    def test_context_may_be_freed_before_its_objects(self) -> None:
        cc = CountingContext()
        d = br.Dosage.parse(cc.ctx, "2x10")
        cat = br.Catalog.builtin(cc.ctx)
        cc.ctx.close()
        self.assertGreater(cc.live, 0, "the objects keep the context's memory alive")
        # Reading the dose itself needs no context ...
        self.assertEqual(d.get("reps"), (10, 10))
        self.assertEqual(len(cat), len(list(cat)))
        # ... but a call that reports through the context refuses, not crashes.
        with self.assertRaises(br.StateError):
            str(d)
        d.close()
        cat.close()
        self.assertEqual(cc.live, 0)

    def test_garbage_collector_frees_everything_without_close(self) -> None:
        import gc
        cc = CountingContext()
        ctx = cc.ctx
        del cc.ctx
        cat = br.Catalog.builtin(ctx)
        r = br.Routine(ctx, "r")
        r.append(cat.get("cat-camel"), br.Dosage.parse(ctx, "2x10"))
        p = br.Player(br.Timeline.from_routine(r))
        ex = cat.get("cat-camel")
        self.assertGreater(cc.live, 0)
        del ctx, cat, r, p  # the exercise still holds its catalog and the context
        gc.collect()
        self.assertGreater(cc.live, 0)
        self.assertTrue(ex.name)
        del ex
        gc.collect()
        self.assertEqual(cc.live, 0)


if __name__ == "__main__":
    unittest.main()
