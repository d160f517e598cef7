package org.backrelief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.ptr.IntByReference;
import org.backrelief.internal.Lib;
import org.junit.jupiter.api.Test;

/**
 * This round's functions (issue 22, round 5) that the Java API wraps: the
 * routine's goal and stable id, the profile's direction, the context's locale
 * and exercise text in a chosen language; results compared with the raw C calls.
 */
class Api13Test {
  @Test
  void routineGoalAndIdRoundTripThroughJson() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx);
        Routine r = new Routine(ctx, "legs").append(cat.require("glute-bridge"), "2x10")) {
      assertNull(r.goal());
      assertEquals("", r.id());
      r.setGoal(Goal.STRENGTHEN).setId("r-legs.1");
      try (Routine back = Routine.fromJson(ctx, r.toJson(false), cat)) {
        assertEquals(Goal.STRENGTHEN, back.goal());
        assertEquals("r-legs.1", back.id());
        Lib lib = ctx.library();
        assertEquals("r-legs.1", lib.brf_routine_id(back.ptr()));
        IntByReference goal = new IntByReference();
        assertEquals(0, lib.brf_routine_goal_get(back.ptr(), goal));
        assertEquals(Goal.STRENGTHEN.code(), goal.getValue());
        // makeId: the same seed and routine give the same id as the raw call
        String made = r.makeId("2026-01-05T07:00:00.123456789 pid 42");
        assertTrue(made.matches("r-[0-9a-f]{32}"), made);
        assertEquals(0, lib.brf_routine_make_id(back.ptr(), "2026-01-05T07:00:00.123456789 pid 42"));
        assertEquals(made, back.id());
      }
      assertThrows(InvalidException.class, () -> r.setId("has space"));
      assertThrows(InvalidException.class, () -> r.makeId(""));
      r.setGoal(null).setId(null);
      assertNull(r.goal());
      assertEquals("", r.id());
    }
  }

  @Test
  void profileDirection() {
    try (Context ctx = Support.context(); Profile p = new Profile(ctx)) {
      assertEquals(Direction.UNKNOWN, p.direction());
      assertEquals("unknown", p.direction().id());
      p.setDirection(Direction.EXTENSION);
      IntByReference out = new IntByReference();
      assertEquals(0, ctx.library().brf_profile_direction_get(p.ptr(), out));
      assertEquals(Lib.BRF_DIRECTION_EXTENSION, out.getValue());
      assertEquals(Direction.EXTENSION, p.direction());
      assertEquals("extension", Direction.EXTENSION.id());
    }
  }

  @Test
  void profileThermal() {
    try (Context ctx = Support.context(); Profile p = new Profile(ctx)) {
      assertEquals(Thermal.ANY, p.thermal());
      assertEquals("any", p.thermal().id());
      p.setThermal(Thermal.COLD);
      IntByReference out = new IntByReference();
      assertEquals(0, ctx.library().brf_profile_thermal_get(p.ptr(), out));
      assertEquals(Lib.BRF_THERMAL_COLD, out.getValue());
      assertEquals(Thermal.COLD, p.thermal());
      assertEquals("cold", Thermal.COLD.id());
    }
  }

  @Test
  void localeAndGermanExerciseText() {
    // brf_exercise_text reads German from the English catalog; a German
    // context's built-in catalog speaks German through the plain getters.
    assertEquals("en", Context.locales().get(0));
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx)) {
      assertEquals(ctx.library().brf_locale_count().longValue(), Context.locales().size());
      if (!Context.locales().contains("de")) {
        return;
      }
      Exercise ex = cat.require("glute-ball-release");
      assertEquals("Gesäß lösen mit Golf- oder Boccia-Ball", ex.text(ExerciseText.NAME, "de"));
      assertEquals(ex.text(ExerciseText.NAME, "de"), ex.text(ExerciseText.NAME, "de-AT"));
      assertEquals(ex.name(), ex.text(ExerciseText.NAME, "en"));
      assertEquals(ctx.library().brf_exercise_text(ex.pointer(), Lib.BRF_EXERCISE_TEXT_INSTRUCTION,
          Backrelief.size(1), "de"), ex.text(ExerciseText.INSTRUCTION, 1, "de"));
      assertTrue(ex.text(ExerciseText.INSTRUCTION, 1, "de").startsWith("Langsam über den Gesäßmuskel"));
      assertThrows(RangeException.class, () -> ex.text(ExerciseText.INSTRUCTION, 99, "de"));
      assertEquals("en", ctx.locale());
      ctx.setLocale("de-at");
      assertEquals("de-AT", ctx.locale());
      assertEquals("de", ctx.textLocale());
      try (Catalog german = Catalog.builtin(ctx)) {
        assertEquals(cat.count(), german.count());
        assertEquals(ex.text(ExerciseText.NAME, "de"), german.require("glute-ball-release").name());
      }
      NotFoundException e = assertThrows(NotFoundException.class, () -> ctx.setLocale("sv"));
      assertTrue(e.getMessage().contains("sv"), e.getMessage());
      assertEquals("en", ctx.textLocale());
      assertThrows(InvalidException.class, () -> ctx.setLocale("de_AT"));
    }
  }
}
