package org.backrelief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Native;
import java.util.List;
import org.backrelief.internal.Lib;
import org.junit.jupiter.api.Test;

class CoreTest {
  @Test
  void loadsAndChecksTheAbi() {
    assertEquals(Backrelief.ABI_MAJOR, Backrelief.abiVersion());
    assertTrue(Backrelief.versionString().matches("\\d+\\.\\d+\\.\\d+.*"));
    assertEquals("BRF_E_PARSE", Status.PARSE.id());
  }

  @Test
  void sizeTFollowsThePlatform() {
    assertEquals(Native.SIZE_T_SIZE, Native.getNativeSize(Lib.SizeT.class, new Lib.SizeT(3)));
    Lib.SizeT big = new Lib.SizeT(Native.SIZE_T_SIZE == 8 ? 1L << 40 : 0xffffffffL);
    assertTrue(big.longValue() > 0);
  }

  @Test
  void catalogFindCountQuery() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx)) {
      assertTrue(cat.count() > 10);
      Exercise ex = cat.find("cat-camel");
      assertNotNull(ex);
      assertEquals("cat-camel", ex.id());
      assertFalse(ex.name().isEmpty());
      assertNotNull(ex.modality());
      assertNull(cat.find("no-such-exercise"));
      int n = 0;
      for (Exercise e : cat) {
        n++;
        assertNotNull(e.id());
      }
      assertEquals(cat.count(), n);
      try (Query q = cat.query().region(Region.LOWER_BACK).maxLevel(Level.BEGINNER)
          .equipment(List.of(Equipment.NONE, Equipment.MAT))) {
        List<Exercise> found = q.run();
        assertFalse(found.isEmpty());
        assertEquals(found, q.stream());
        assertEquals(found.size(), q.count());
        for (Exercise e : found) {
          assertTrue(e.regions(RegionScope.PRIMARY).contains(Region.LOWER_BACK));
        }
      }
    }
  }

  @Test
  void exerciseSurvivesADoseEdit() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx)) {
      Exercise ex = cat.find("cat-camel");
      cat.setDefaultDose("cat-camel", "2x10");
      try (Dosage d = Dosage.parse(ctx, ex.defaultDose()); Dosage e = Dosage.parse(ctx, "2x10")) {
        assertEquals(e, d);
      }
    }
  }

  @Test
  void customExercise() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.empty(ctx);
        ExerciseDraft d = new ExerciseDraft(ctx)) {
      d.id("wall-lean").name("Wall lean").modality(Modality.STATIC_STRETCH)
          .region(Region.CALVES).equipment(Equipment.WALL).defaultDose("hold 30s, 2 reps")
          .instruction("Lean on the wall.").cue("Breathe.");
      Exercise ex = cat.add(d);
      assertEquals("Wall lean", ex.name());
      assertEquals(List.of(Region.CALVES), ex.regions());
      assertEquals(List.of(Equipment.WALL), ex.equipment());
      assertEquals(1, cat.count());
      assertTrue(cat.toJson(false).contains("wall-lean"));
    }
  }

  @Test
  void dosage() {
    try (Context ctx = Support.context(); Dosage d = Dosage.parse(ctx, "hold 10-30s, 2-4 reps")) {
      assertEquals(new Dosage.Range(2, 4), d.reps());
      assertEquals(new Dosage.Range(10000, 30000), d.holdMs());
      assertNull(d.sets());
      assertEquals(d.toString(), d.format());
      assertTrue(d.estimate().min() > 0);
      assertFalse(d.isEmpty());
      try (Dosage c = d.copy()) {
        assertEquals(d, c);
        c.set(DoseField.REPS, 5);
        assertEquals(new Dosage.Range(5, 5), c.reps());
        c.unset(DoseField.REPS);
        assertNull(c.reps());
      }
      assertNotNull(d.check(Modality.STATIC_STRETCH));
      assertEquals("reps", DoseField.REPS.id());
      assertTrue(Dosage.bounds(DoseField.SETS).max() >= 1);
      assertTrue(d.fields().containsKey(DoseField.HOLD_MS));
    }
  }

  @Test
  void enumsMatchTheLibrary() {
    assertEquals("lower-back", Region.LOWER_BACK.id());
    assertEquals(Region.LOWER_BACK, Region.parse("lower-back"));
    assertEquals(Goal.LONG_SITTING, Goal.parse("long-sitting"));
    assertEquals(Modality.values().length, Vocabulary.MODALITY.count());
    assertEquals(Region.values().length, Vocabulary.REGION.count());
    assertEquals(Equipment.values().length, Vocabulary.EQUIPMENT.count());
    assertEquals(Condition.values().length, Vocabulary.CONDITION.count());
    assertEquals(SourceKind.values().length, Vocabulary.SOURCE_KIND.count());
    assertEquals(SourceKind.DATABASE, SourceKind.parse("database"));
    for (Modality m : Modality.values()) {
      assertEquals(m.code(), Vocabulary.MODALITY.parse(m.id()));
    }
    for (CueKind k : CueKind.values()) {
      assertEquals(k, CueKind.parse(k.id()));
    }
    for (SegmentKind k : SegmentKind.values()) {
      assertEquals(k, SegmentKind.parse(k.id()));
    }
    for (Phase p : Phase.values()) {
      assertEquals(p, Phase.parse(p.id()));
    }
    assertEquals(Urgency.URGENT, Urgency.parse(Urgency.URGENT.id()));
    assertEquals(PlanPhase.RELIEF, PlanPhase.parse(PlanPhase.RELIEF.id()));
    assertEquals(Policy.SEED, Policy.parse(Policy.SEED.id()));
    assertNotNull(Outcome.PROGRESS.id());
    assertNotNull(RecordStatus.DONE.id());
    assertEquals("modality", Vocabulary.MODALITY.kindName());
    assertThrows(NotFoundException.class, () -> Region.parse("elbow"));
  }

  @Test
  void dates() {
    try (Context ctx = Support.context()) {
      int day = Dates.parseDate(ctx, "2026-03-02");
      assertEquals(day, Dates.fromYmd(ctx, 2026, 3, 2));
      assertEquals("2026-03-02", Dates.formatDate(day));
      assertEquals(java.time.LocalDate.of(2026, 3, 2), Dates.toLocalDate(day));
      assertEquals(1, Dates.weekday(day)); // ISO: Monday is 1
      assertEquals(450, Dates.parseTime(ctx, "07:30"));
      assertEquals("07:30", Dates.formatTime(450));
      int mask = Dates.parseWeekdays(ctx, "mon,wed,fri");
      assertEquals("mon,wed,fri", Dates.formatWeekdays(mask));
      assertEquals(day, Journal.weekStart(day + 3));
    }
  }
}
