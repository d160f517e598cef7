package org.backrelief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backrelief.internal.Lib;
import org.junit.jupiter.api.Test;

/**
 * The functions added after the first wrapper (issue 22, round 4): programmes,
 * adaptation v2, context limits, the screen's asks/impliesCondition, the
 * id/from_id pairs and the _get forms. Expected days come from
 * docs/schedules.md ("Programmes": G1-G5 with F3, F4, P1, X1), written out
 * before running the code; results are also compared with the raw C calls.
 */
class Api12Test {
  static final String[][] STEPS = {{"glute-stretch", "3 reps, hold 30s, daily"},
      {"glute-foam-roll", "90s, 3x/week"}, {"glute-bridge", "2x10, every other day"},
      {"hamstring-stretch", "hold 20s"}, {"piriformis-foam-roll", "2min, daily"}};

  static List<Integer> range(int from, int to, int step) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i < to; i += step) {
      out.add(i);
    }
    return out;
  }

  @Test
  void programmeStepsAtTheirOwnRhythm() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx);
        Routine r = new Routine(ctx, "legs")) {
      for (String[] s : STEPS) {
        r.append(cat.find(s[0]), s[1]);
      }
      int start = Dates.parseDate(ctx, "2026-01-05");
      try (Schedule s = new Schedule(ctx, start, 4)) {
        int item = s.addProgramme(r);
        s.setStepAfterWeekdays(item, 3, "mon,thu");
        s.setStepTaper(item, 4, 2, 2, 3);
        s.generate();
        assertEquals(ItemKind.PROGRAMME, s.itemKind(item));
        List<Schedule.Session> sessions = s.sessions();
        assertEquals(28, sessions.size(), "G4: one merged session a day");
        Map<String, List<Integer>> days = new TreeMap<>();
        Lib lib = ctx.library();
        for (int i = 0; i < sessions.size(); i++) {
          List<Schedule.SessionStep> steps = s.sessionSteps(i);
          var ii = new Lib.SizeT(i);
          assertEquals(lib.brf_schedule_session_step_count(s.ptr(), ii).longValue(), steps.size());
          for (int k = 0; k < steps.size(); k++) {
            var kk = new Lib.SizeT(k);
            Schedule.SessionStep st = steps.get(k);
            assertEquals(lib.brf_schedule_session_step(s.ptr(), ii, kk).longValue(), st.step());
            assertEquals(lib.brf_schedule_session_exercise_id(s.ptr(), ii, kk), st.exerciseId());
            assertEquals(STEPS[st.step()][0], st.exerciseId());
            days.computeIfAbsent(st.exerciseId(), x -> new ArrayList<>())
                .add(sessions.get(i).day() - start);
          }
        }
        assertEquals(range(0, 28, 1), days.get("glute-stretch"));
        assertEquals(List.of(0, 2, 5, 7, 9, 12, 14, 16, 19, 21, 23, 26), days.get("glute-foam-roll"));
        assertEquals(range(0, 28, 2), days.get("glute-bridge"));
        assertEquals(List.of(1, 4, 8, 11, 15, 18, 22, 25), days.get("hamstring-stretch"));
        List<Integer> taper = range(0, 14, 1);
        taper.addAll(List.of(14, 16, 19, 21, 23, 26));
        assertEquals(taper, days.get("piriformis-foam-roll"));
        assertThrows(IndexOutOfBoundsException.class, () -> s.sessionSteps(28));

        try (Routine monday = s.routineForDay(item, start)) {
          List<String> ids = new ArrayList<>();
          monday.forEach(st -> ids.add(st.exerciseId()));
          assertEquals(List.of("glute-stretch", "glute-foam-roll", "glute-bridge",
              "piriformis-foam-roll"), ids);
          assertEquals(r.step(2).dose(), monday.step(2).dose());
        }
        try (Routine tuesday = s.routineForDay(item, start + 1)) {
          List<String> ids = new ArrayList<>();
          tuesday.forEach(st -> ids.add(st.exerciseId()));
          assertEquals(List.of("glute-stretch", "hamstring-stretch", "piriformis-foam-roll"), ids);
        }
      }
      try (Routine b = new Routine(ctx, "bridge"); Schedule s = new Schedule(ctx, start, 1)) {
        b.append(cat.find("glute-bridge"), "2x10, every other day");
        int i = s.addProgramme(b);
        s.generate();
        NotFoundException e = assertThrows(NotFoundException.class,
            () -> s.routineForDay(i, start + 1));
        assertEquals("BRF_E_NOT_FOUND", e.statusName());
        assertFalse(e.message().isEmpty());
        assertThrows(RangeException.class, () -> s.setStepTaper(i, 5, 2, 2, 3));
        int j = s.addRoutine(b, "daily");
        assertThrows(InvalidException.class, () -> s.setStepTaper(j, 0, 2, 2, 3));
      }
    }
  }

  static Outcome raw(Context ctx, Journal j, Routine r, Catalog cat, int today, int last) {
    Lib lib = ctx.library();
    PointerByReference out = new PointerByReference();
    assertEquals(0, lib.brf_adapt_next(ctx.pointer(), j.ptr(), r.ptr(), null, null, cat.ptr(), null,
        null, today, last, 0, out));
    Pointer s = out.getValue();
    try {
      return Outcome.of(lib.brf_adapt_suggestion_outcome(s));
    } finally {
      lib.brf_adapt_suggestion_free(s);
    }
  }

  @Test
  void adaptationV2() {
    final int d0 = 20400;
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx);
        Routine r = new Routine(ctx, "strengthen"); Journal j = new Journal(ctx)) {
      for (String id : new String[] {"glute-bridge", "clamshell", "active-leg-raise"}) {
        r.append(cat.find(id));
      }
      Suggestion s = j.next(r, d0, cat, -1);
      assertEquals(Outcome.INSUFFICIENT_DATA, s.outcome());
      assertNull(s.routine());
      assertEquals(raw(ctx, j, r, cat, d0, -1), s.outcome());
      int[][] rates = {{0, 2, 2}, {2, 2, 3}};
      for (int[] x : rates) {
        int i = j.add(d0 + x[0], 18 * 60, "strengthen");
        j.setPain(i, When.BEFORE, x[1]).setPain(i, When.AFTER, x[2]).setNextMorning(i, 2, -1);
      }
      s = j.next(r, d0 + 3, cat, -1);
      assertEquals(Outcome.PROGRESS, s.outcome());
      assertEquals(raw(ctx, j, r, cat, d0 + 3, -1), s.outcome());
      assertNotNull(s.routine());
      try (Routine a = s.routine()) {
        int changed = 0;
        for (int k = 0; k < r.count(); k++) {
          if (!a.step(k).exerciseId().equals(r.step(k).exerciseId())
              || !a.step(k).dose().equals(r.step(k).dose())) {
            changed++;
          }
        }
        assertEquals(1, changed, "one change");
      }
      for (int day = 3; day < 9; day++) {
        s = j.next(r, d0 + day, cat, d0 + 3);
        assertEquals(Outcome.HOLD, s.outcome());
        assertTrue(s.reasons().stream().anyMatch(x -> x.rule().equals("not-earned")));
        assertNull(s.routine());
        assertEquals(raw(ctx, j, r, cat, d0 + day, d0 + 3), s.outcome());
      }
      assertThrows(InvalidException.class,
          () -> j.next(r, d0, null, null, null, null, null, -1, -1));
    }
  }

  @Test
  void contextLimits() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx);
        Routine r = new Routine(ctx, "three")) {
      assertEquals(200, ctx.limit(Limit.ROUTINE_STEPS));
      for (Limit l : Limit.values()) {
        assertEquals(ctx.library().brf_context_limit(ctx.pointer(), l.code()), ctx.limit(l));
      }
      ctx.setLimit(Limit.ROUTINE_STEPS, 2);
      assertEquals(2, ctx.limit(Limit.ROUTINE_STEPS));
      r.append(cat.find("glute-stretch")).append(cat.find("glute-bridge"));
      LimitException e = assertThrows(LimitException.class, () -> r.append(cat.find("clamshell")));
      assertEquals("BRF_E_LIMIT", e.statusName());
      assertTrue(e.message().contains("2"), e.message());
      assertEquals(2, r.count());
      assertThrows(RangeException.class, () -> ctx.setLimit(Limit.ROUTINE_STEPS, 0));
    }
  }

  @Test
  void screenAsksAndImplies() {
    try (Context ctx = Support.context(); Screen s = new Screen(ctx)) {
      Lib lib = ctx.library();
      List<Screen.RedFlag> flags = Screen.redFlags();
      s.setAge(40);
      assertFalse(s.asks("age-under-16"), "the known age decides it");
      s.answer("pregnancy", true);
      assertFalse(s.asks("pregnancy"), "answered yes");
      assertTrue(s.impliesCondition(Condition.PREGNANCY));
      assertFalse(s.impliesCondition(Condition.OSTEOPOROSIS));
      s.answer("fracture-risk", true);
      assertTrue(s.impliesCondition(Condition.OSTEOPOROSIS));
      IntByReference out = new IntByReference();
      for (int i = 0; i < flags.size(); i++) {
        assertEquals(0, lib.brf_screen_asks(s.ptr(), new Lib.SizeT(i), out));
        assertEquals(out.getValue() == 1, s.asks(i), flags.get(i).id());
        assertEquals(out.getValue() == 1, s.asks(flags.get(i).id()));
      }
      for (Condition c : Condition.values()) {
        assertEquals(0, lib.brf_screen_implies_condition(s.ptr(), c.code(), out));
        assertEquals(out.getValue() == 1, s.impliesCondition(c), c.id());
      }
      s.answer("saddle-numbness", true);
      for (int i = 0; i < flags.size(); i++) {
        assertFalse(s.asks(i), "an emergency: nothing more is asked");
      }
      int n = flags.size();
      assertThrows(RangeException.class, () -> s.asks(n));
    }
  }

  /** Every enum's id() and parse() are the library's id/from_id pair. */
  @Test
  void enumsRoundTripThroughTheIdPairs() {
    Backrelief.lib();
    List<Class<? extends Enum<?>>> enums = List.of(Action.class, Condition.class, CueKind.class,
        DoseField.class, Equipment.class, Goal.class, ItemKind.class, Laterality.class, Level.class,
        Modality.class, OmitCause.class, Outcome.class, Phase.class, PlanPhase.class,
        PlayerState.class, Policy.class, Position.class, RecordStatus.class, Region.class,
        SegmentKind.class, Severity.class, Side.class, SourceKind.class, Spacing.class,
        StepStatus.class, Urgency.class, When.class);
    for (Class<? extends Enum<?>> type : enums) {
      for (Enum<?> e : type.getEnumConstants()) {
        Coded c = (Coded) e;
        String id = c.id();
        assertNotNull(id, type.getSimpleName() + "." + e.name() + " has no library id");
        try {
          Object back = type.getMethod("parse", String.class).invoke(null, id);
          assertEquals(e, back, type.getSimpleName() + " " + id);
        } catch (ReflectiveOperationException ex) {
          throw new AssertionError(type.getSimpleName(), ex);
        }
      }
    }
    assertEquals("lower-back", Region.LOWER_BACK.id());
    assertEquals(Region.LOWER_BACK, Region.parse("lower-back"));
    assertEquals("next_morning", When.NEXT_MORNING.id()); // the journal format's id
    assertEquals(ItemKind.PROGRAMME, ItemKind.parse("programme"));
    assertEquals(Outcome.RESTART, Outcome.parse("restart"));
    assertThrows(NotFoundException.class, () -> Region.parse("Lower-Back"));
    assertEquals("mon", Dates.weekdayId(1));
    assertEquals(7, Dates.weekdayFromId("sun"));
    assertThrows(NotFoundException.class, () -> Dates.weekdayFromId("monday"));
    assertEquals("region", Vocabulary.REGION.kindId());
    assertEquals(Vocabulary.REGION, Vocabulary.ofKindId("region"));
    assertEquals(Region.LOWER_BACK.code(), Vocabulary.REGION.parse("lower-back"));
  }

  @Test
  void gettersReadWhatTheOldGettersRead() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx);
        Profile p = new Profile(ctx); Schedule s = new Schedule(ctx, "2026-01-05", 1);
        Screen sc = new Screen(ctx)) {
      Lib lib = ctx.library();
      p.setAgeYears(44).setLevel(Level.INTERMEDIATE);
      assertEquals(lib.brf_profile_age_years(p.ptr()), p.ageYears());
      assertEquals(Level.of(lib.brf_profile_level(p.ptr())), p.level());
      Exercise ex = cat.find("glute-bridge");
      assertEquals(Position.of(lib.brf_exercise_position(ex.pointer())), ex.position());
      List<Exercise.Variant> prog = ex.progressions();
      for (int i = 0; i < prog.size(); i++) {
        assertEquals(lib.brf_exercise_progression_exercise(ex.pointer(), new Lib.SizeT(i)),
            prog.get(i).exerciseId());
      }
      s.setTimeZone("Europe/Berlin");
      assertEquals("Europe/Berlin", s.timeZone());
      assertEquals(lib.brf_schedule_start_day(s.ptr()), s.startDay());
      assertNull(sc.outcome());
      sc.answer("night-pain", true);
      assertEquals(Urgency.of(lib.brf_screen_outcome(sc.ptr())), sc.outcome());
      assertEquals(lib.brf_screen_message(sc.ptr()), sc.message());
    }
  }

  @Test
  void goalLabelPlannerNameAndWarnings() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx);
        Planner p = new Planner(ctx, Goal.LONG_SITTING, 10)) {
      assertEquals(ctx.library().brf_goal_label(Goal.LONG_SITTING.code()), Goal.LONG_SITTING.label());
      assertFalse(Goal.LONG_SITTING.label().isEmpty());
      try (Routine r = p.name("Desk break").run(cat)) {
        assertEquals("Desk break", r.name());
      }
      assertEquals(ctx.library().brf_context_warning_count(ctx.pointer()).longValue(),
          ctx.warnings().size());
    }
  }
}
