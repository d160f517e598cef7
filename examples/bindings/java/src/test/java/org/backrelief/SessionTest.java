package org.backrelief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {
  @Test
  void routineTimelinePlayer() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx);
        Routine r = new Routine(ctx, "Morning")) {
      r.append(cat.find("cat-camel")).append(cat.find("glute-stretch"), "2x10");
      assertEquals(2, r.count());
      assertEquals("Morning", r.name());
      assertEquals("cat-camel", r.step(0).exerciseId());
      r.setNote(0, "slowly");
      r.setReason(0, "stiff in the morning");
      r.setPhase(0, Phase.WARM_UP);
      Routine.Step s = r.step(0);
      assertEquals("slowly", s.note());
      assertEquals(Phase.WARM_UP, s.phase());
      r.move(1, 0);
      assertEquals("glute-stretch", r.step(0).exerciseId());
      String json = r.toJson(true);
      try (Routine back = Routine.fromJson(ctx, json, cat)) {
        assertEquals(r.steps(), back.steps());
      }
      assertNotNull(r.check(null));
      try (Timeline tl = Timeline.fromRoutine(r); Player p = new Player(tl)) {
        assertTrue(tl.totalMs() > 0);
        assertFalse(tl.segments().isEmpty());
        assertEquals(2, tl.steps().size());
        List<Player.Cue> cues = new ArrayList<>();
        p.play(new Player.SimulatedClock(), 1000, cues::add);
        assertEquals(PlayerState.FINISHED, p.state());
        assertEquals(CueKind.GET_READY, cues.get(0).kind());
        assertEquals(CueKind.SESSION_DONE, cues.get(cues.size() - 1).kind());
        assertEquals(2, p.records().size());
        assertEquals(RecordStatus.DONE, p.records().get(0).status());
      }
    }
  }

  @Test
  void plannerProfileScreen() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx);
        Profile prof = new Profile(ctx).setLevel(Level.BEGINNER)
            .setEquipment(Equipment.MAT, true).setAgeYears(40);
        Screen screen = new Screen(ctx).setAge(40);
        Planner planner = new Planner(ctx, Goal.LONG_SITTING, 10).profile(prof).screen(screen)
            .phase(PlanPhase.RELIEF).policy(Policy.CONSERVATIVE).seed(7)
            .focus(Region.HIP_FLEXORS).avoid(Region.NECK);
        Routine r = planner.run(cat)) {
      assertTrue(r.count() > 0);
      assertTrue(prof.hasEquipment(Equipment.MAT));
      assertEquals(Level.BEGINNER, prof.level());
      assertEquals(40, prof.ageYears());
      assertNotNull(planner.omitted());
      assertNotNull(planner.advice());
      screen.evaluate();
      assertTrue(screen.mayExercise());
      assertFalse(Screen.redFlags().isEmpty());
      assertFalse(Screen.stopRules().isEmpty());
      assertEquals(Screen.redFlags().get(0).id(),
          Screen.redFlags().get(Screen.redFlagIndex(Screen.redFlags().get(0).id())).id());
    }
  }

  @Test
  void scheduleAndJournal() {
    try (Context ctx = Support.context(); Catalog cat = Catalog.builtin(ctx);
        Routine r = new Routine(ctx, "Back").append(cat.find("cat-camel"));
        Schedule plan = new Schedule(ctx, "2026-11-23", 4)) {
      int item = plan.addRoutine(r, "3x/week");
      plan.setWeekdays(item, "mon,wed,fri");
      plan.setTimes(item, "07:30", null);
      int ex = plan.addExercise(cat.find("glute-stretch"), null, "2x/week");
      plan.setSpacing(ex, Spacing.NOT_CONSECUTIVE);
      plan.setTimeZone("Europe/Berlin");
      plan.generate();
      assertTrue(plan.isGenerated());
      assertEquals(12 + 8, plan.sessions().size());
      assertEquals(450, plan.sessions().get(0).minute());
      assertTrue(plan.toIcal(false).startsWith("BEGIN:VCALENDAR"));
      assertEquals(plan.toIcal(true), plan.formatIcal(true));
      try (Schedule back = Schedule.fromJson(ctx, plan.toJson(), cat)) {
        assertEquals(2, back.itemCount());
      }

      try (Journal j = new Journal(ctx)) {
        int day = Dates.parseDate(ctx, "2026-03-02");
        for (int i = 0; i < 3; i++) {
          int e = j.add(day + 2 * i, 18 * 60, r.name());
          j.addStep(e, "cat-camel", StepStatus.DONE).setPain(e, When.BEFORE, 4 - i)
              .setPain(e, When.AFTER, 3 - i).setNextMorning(e, 2 - i / 2, 2);
        }
        assertEquals(3, j.count());
        assertEquals(4, (int) j.entry(0).pain().get(When.BEFORE));
        try (Journal back = Journal.load(ctx, j.toJsonl())) {
          assertEquals(j.entries(), back.entries());
          assertFalse(back.tornTail().torn());
          Suggestion s = back.suggest(r, cat);
          assertNotNull(s.outcome());
          assertFalse(s.reasons().isEmpty());
          if (s.routine() != null) {
            s.routine().close();
          }
        }
        assertEquals(3, j.adherence(day, day + 6, 3).done());
      }
    }
  }
}
