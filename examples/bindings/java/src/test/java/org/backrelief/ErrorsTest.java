package org.backrelief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bad input raises the status's exception with message, status name and position. */
class ErrorsTest {
  @Test
  void badDoseString() {
    try (Context ctx = Support.context()) {
      ParseException e = assertThrows(ParseException.class,
          () -> Dosage.parse(ctx, "3x10, rest 60 parsecs"));
      assertEquals("BRF_E_PARSE", e.statusName());
      assertEquals(-3, e.status());
      assertEquals(1, e.line());
      assertEquals(15, e.column());
      assertEquals(14, e.offset());
      assertFalse(e.message().isEmpty());
      assertTrue(e.getMessage().contains("[BRF_E_PARSE]"));
      assertTrue(e instanceof BackreliefException);
    }
  }

  @Test
  void malformedRoutineJson() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx)) {
      ParseException e = assertThrows(ParseException.class,
          () -> Routine.fromJson(ctx, "{\n  \"format\": \"backrelief-routine\",\n  oops\n}", cat));
      assertEquals("BRF_E_PARSE", e.statusName());
      assertEquals(3, e.line());
      assertTrue(e.column() > 0);
      SchemaException s = assertThrows(SchemaException.class,
          () -> Routine.fromJson(ctx, "{\"format\": \"something-else\"}", cat));
      assertEquals("BRF_E_SCHEMA", s.statusName());
      assertFalse(s.message().isEmpty());
    }
  }

  @Test
  void unknownId() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx)) {
      NotFoundException e = assertThrows(NotFoundException.class,
          () -> cat.setDefaultDose("no-such-exercise", "2x10"));
      assertEquals("BRF_E_NOT_FOUND", e.statusName());
      assertTrue(e.message().contains("no-such-exercise"), e.message());
      try (Screen screen = new Screen(ctx)) {
        NotFoundException f = assertThrows(NotFoundException.class,
            () -> screen.answer("no-such-flag"));
        assertTrue(f.message().contains("no-such-flag"), f.message());
      }
      assertThrows(NotFoundException.class, () -> Goal.parse("no-such-goal"));
    }
  }

  @Test
  void rangeAndStateAndRefer() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx)) {
      try (Planner p = new Planner(ctx)) {
        RangeException r = assertThrows(RangeException.class, () -> p.minutes(100000));
        assertEquals("BRF_E_RANGE", r.statusName());
      }
      Dosage d = Dosage.parse(ctx, "2x10");
      d.close();
      d.close(); // idempotent
      assertThrows(StateException.class, d::toString);
      try (Screen screen = new Screen(ctx).answer("saddle-numbness")) {
        ReferException e = assertThrows(ReferException.class, screen::evaluate);
        assertEquals("BRF_E_REFER", e.statusName());
        assertFalse(screen.mayExercise());
        try (Planner p = new Planner(ctx, Goal.LONG_SITTING, 10).screen(screen)) {
          assertThrows(ReferException.class, () -> p.run(cat));
        }
      }
    }
  }
}
