package org.backrelief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backrelief.internal.Lib;
import org.junit.jupiter.api.Test;

/**
 * The journal's routine id, pain during, per-exercise ratings and
 * per-exercise adherence, the saved screen result and the yellow flags
 * (issues 17, 18 and 19) through the Java API, each compared with the raw C
 * call for the same inputs. Expected values come from the headers (adherence:
 * journal.h, week by ISO week) and data/yellowflags.json's rule (low: at most
 * 3 yes; high: at least 4 of the psychosocial items), as in the Python and
 * Node bindings' api13 tests.
 */
class JournalScreenTest {
  static final int MONDAY = (int) LocalDate.of(2026, 1, 5).toEpochDay();
  static final String NON_PSYCHOSOCIAL =
      "leg-pain-spread,neck-shoulder-pain,walking-limited,dressing-slower";
  static final int UNSET = Journal.UNSET;

  @Test
  void routineIdPainDuringAndRatingsRoundTrip() {
    try (Context ctx = Support.context(); Journal j = new Journal(ctx)) {
      int i = j.add(MONDAY, 15 * 60, "legs");
      j.setRoutineId(i, "r-legs").setPainDuring(i, 4);
      j.rateExercise(i, "glute-bridge", 3, 2).rateExercise(i, "cat-cow", UNSET, 1);
      j.rateExercise(i, "glute-bridge", 4, 5); // replaces, keeps the order first rated
      assertEquals("r-legs", j.routineId(i));
      assertEquals(4, j.painDuring(i));
      assertEquals(List.of(Map.entry("glute-bridge", new Journal.Rating(4, 5)),
          Map.entry("cat-cow", new Journal.Rating(UNSET, 1))),
          new ArrayList<>(j.ratings(i).entrySet()));
      Lib lib = ctx.library();
      var idx = Backrelief.size(i);
      assertEquals("r-legs", lib.brf_journal_entry_routine_id(j.ptr(), idx));
      IntByReference out = new IntByReference();
      assertEquals(0, lib.brf_journal_entry_pain_during_get(j.ptr(), idx, out));
      assertEquals(4, out.getValue());
      assertEquals(2, lib.brf_journal_entry_rating_count(j.ptr(), idx).longValue());
      IntByReference diff = new IntByReference();
      IntByReference pain = new IntByReference();
      assertEquals(0, lib.brf_journal_entry_rating_get(j.ptr(), idx, Backrelief.size(1), diff, pain));
      assertEquals(List.of(UNSET, 1), List.of(diff.getValue(), pain.getValue()));
      assertEquals("cat-cow", lib.brf_journal_entry_rating_exercise(j.ptr(), idx, Backrelief.size(1)));
      try (Journal back = Journal.load(ctx, j.toJsonl())) {
        Journal.Entry e = back.entry(0);
        assertEquals("r-legs", e.routineId());
        assertEquals(4, e.painDuring());
        assertEquals(Map.of("glute-bridge", new Journal.Rating(4, 5),
            "cat-cow", new Journal.Rating(UNSET, 1)), e.ratings());
        assertEquals(List.of("glute-bridge", "cat-cow"), new ArrayList<>(e.ratings().keySet()));
      }
      j.setPainDuring(i, UNSET);
      assertEquals(UNSET, j.painDuring(i));
      assertThrows(RangeException.class, () -> j.setPainDuring(i, 11));
      assertThrows(RangeException.class, () -> j.rateExercise(i, "cat-cow", 6, UNSET));
      assertEquals(new Journal.Rating(UNSET, 1), j.ratings(i).get("cat-cow")); // unchanged
      assertThrows(InvalidException.class, () -> j.rateExercise(i, "", 1, 1));
      assertThrows(RangeException.class, () -> j.painDuring(5));
      assertEquals(Map.of(), j.ratings(5)); // the raw count is 0 out of range
      // an entry without the new members reads as before
      int plain = j.add(MONDAY, UNSET, "plain");
      Journal.Entry e = j.entry(plain);
      assertEquals("", e.routineId());
      assertEquals(UNSET, e.painDuring());
      assertTrue(e.ratings().isEmpty());
    }
  }

  @Test
  void isForMatchesByIdAcrossRenames() {
    try (Context ctx = Support.context(); Journal j = new Journal(ctx);
        Routine r = new Routine(ctx, "legs").setId("r-legs")) {
      int byId = j.add(MONDAY, UNSET, "old name");
      j.setRoutineId(byId, "r-legs");
      int byName = j.add(MONDAY, UNSET, "legs");
      int other = j.add(MONDAY, UNSET, "legs");
      j.setRoutineId(other, "r-other");
      assertEquals(List.of(true, true, false),
          List.of(j.isFor(byId, r), j.isFor(byName, r), j.isFor(other, r)));
      Lib lib = ctx.library();
      for (int k : new int[] {byId, byName, other}) {
        assertEquals(j.isFor(k, r) ? 1 : 0,
            lib.brf_journal_entry_is_for(j.ptr(), Backrelief.size(k), r.ptr()));
      }
      assertFalse(j.isFor(9, r)); // out of range: 0 from C
      j.setRoutineId(other, null);
      assertEquals("", j.routineId(other));
      assertTrue(j.isFor(other, r));
      assertThrows(InvalidException.class, () -> j.setRoutineId(other, "has space"));
      assertThrows(IndexOutOfBoundsException.class, () -> j.routineId(9));
      assertThrows(RangeException.class, () -> j.setRoutineId(9, "r-legs"));
    }
  }

  @Test
  void adherenceOfOneExerciseWeekByWeek() {
    // Due Mon, Tue, Wed of the first week and Mon of the second: 4 sessions.
    // Done on Mon and Tue (Tue's other entry skipped it), and twice in week 2:
    // the extra one does not make up for week 1, so min(2,3) + min(2,1) = 3 of 4 = 75%.
    try (Context ctx = Support.context(); Journal j = new Journal(ctx);
        Routine r = new Routine(ctx, "legs").setId("r-legs")) {
      int[] due = {MONDAY, MONDAY + 1, MONDAY + 2, MONDAY + 7};
      int[][] logs = {{0, StepStatus.DONE.code()}, {1, StepStatus.CUT_SHORT.code()},
          {1, StepStatus.SKIPPED.code()}, {7, StepStatus.DONE.code()}, {8, StepStatus.DONE.code()}};
      for (int[] log : logs) {
        int k = j.add(MONDAY + log[0], UNSET, "legs");
        j.setRoutineId(k, "r-legs").addStep(k, "glute-bridge", StepStatus.of(log[1]));
      }
      j.addStep(j.add(MONDAY, UNSET, "other"), "glute-bridge", StepStatus.DONE); // another routine
      int last = MONDAY + 13;
      assertEquals(new Journal.Adherence(4, 4, 75),
          j.adherenceExercise(r, "glute-bridge", due, MONDAY, last));
      // every entry: the other routine's Monday completes week 1, min(3,3) + min(2,1)
      assertEquals(new Journal.Adherence(4, 5, 100),
          j.adherenceExercise(null, "glute-bridge", due, MONDAY, last));
      LongByReference nDue = new LongByReference();
      LongByReference nDone = new LongByReference();
      IntByReference pct = new IntByReference();
      assertEquals(0, ctx.library().brf_journal_adherence_exercise(j.ptr(), r.ptr(),
          "glute-bridge", due, Backrelief.size(due.length), MONDAY, last, nDue, nDone, pct));
      assertEquals(new Journal.Adherence(nDue.getValue(), nDone.getValue(), pct.getValue()),
          j.adherenceExercise(r, "glute-bridge", due, MONDAY, last));
      assertEquals(new Journal.Adherence(0, 4, UNSET),
          j.adherenceExercise(r, "glute-bridge", new int[0], MONDAY, last));
      assertThrows(RangeException.class,
          () -> j.adherenceExercise(r, "glute-bridge", due, last, MONDAY));
      assertThrows(InvalidException.class, () -> j.adherenceExercise(r, "", due, MONDAY, last));
    }
  }

  @Test
  void yellowFlagsAndLevels() {
    Lib lib = Backrelief.lib();
    List<Screen.YellowFlag> flags = Screen.yellowFlags();
    assertEquals(lib.brf_yellowflag_count().longValue(), flags.size());
    List<String> ids = flags.stream().map(Screen.YellowFlag::id).toList();
    assertTrue(ids.contains("fear-of-movement"), ids.toString());
    for (int k = 0; k < flags.size(); k++) {
      var kk = Backrelief.size(k);
      assertEquals(new Screen.YellowFlag(lib.brf_yellowflag_id(kk), lib.brf_yellowflag_question(kk),
          lib.brf_yellowflag_source(kk)), flags.get(k));
      assertTrue(flags.get(k).question().endsWith("?") && !flags.get(k).source().isEmpty());
    }
    assertEquals(ids.indexOf("worry"), Screen.yellowFlagIndex("worry"));
    var raw = new Lib.SizeTByReference();
    assertEquals(0, lib.brf_yellowflag_find("worry", raw));
    assertEquals(raw.getValue(), Screen.yellowFlagIndex("worry"));
    NotFoundException nf = assertThrows(NotFoundException.class,
        () -> Screen.yellowFlagIndex("no-such-flag"));
    assertEquals("BRF_E_NOT_FOUND", nf.statusName());
    assertTrue(nf.getMessage().contains("no-such-flag"), nf.getMessage());

    for (Psychosocial p : Psychosocial.values()) {
      assertEquals(lib.brf_psychosocial_id(p.code()), p.id());
      assertEquals(p, Psychosocial.parse(p.id()));
      IntByReference code = new IntByReference();
      assertEquals(0, lib.brf_psychosocial_from_id(p.id(), Backrelief.len(p.id()), code));
      assertEquals(p.code(), code.getValue());
      assertEquals(lib.brf_psychosocial_advice(p.code()), p.advice());
      assertEquals(p.advice(), Screen.advice(p));
      assertFalse(p.advice().isEmpty());
    }
    assertEquals(List.of("low", "medium", "high"),
        List.of(Psychosocial.LOW.id(), Psychosocial.MEDIUM.id(), Psychosocial.HIGH.id()));
    assertEquals(Lib.BRF_PSYCHOSOCIAL_COUNT, Psychosocial.values().length);
    assertNull(Psychosocial.of(Lib.BRF_PSYCHOSOCIAL_NONE));
    assertThrows(NotFoundException.class, () -> Psychosocial.parse("High"));

    try (Context ctx = Support.context(); Screen s = new Screen(ctx)) {
      assertNull(s.psychosocial());
      s.answer("worry");
      assertEquals(Psychosocial.LOW, s.psychosocial()); // 1 yes: at most 3
      s.answerYes(NON_PSYCHOSOCIAL);
      assertEquals(Psychosocial.MEDIUM, s.psychosocial()); // 5 yes, 1 psychosocial
      s.answerYes(String.join(",", ids));
      assertEquals(Psychosocial.HIGH, s.psychosocial()); // every one yes
      IntByReference out = new IntByReference();
      assertEquals(0, lib.brf_screen_psychosocial_get(s.ptr(), out));
      assertEquals(Psychosocial.HIGH.code(), out.getValue());
      assertNull(s.outcome()); // a yellow flag never changes the urgency
    }
  }

  @Test
  void savedResultReadsBackTheSame() {
    Screen.RedFlag flag = Screen.redFlags().stream()
        .filter(f -> f.urgency() == Urgency.REVIEW).findFirst().orElseThrow();
    try (Context ctx = Support.context(); Screen s = new Screen(ctx)) {
      s.answer(flag.id()).answer("fear-of-movement");
      String text;
      try (ScreenResult saved = new ScreenResult(s, MONDAY)) {
        assertEquals(MONDAY, saved.day());
        assertEquals(Urgency.REVIEW, saved.urgency());
        assertEquals(Psychosocial.LOW, saved.psychosocial());
        text = saved.toJson(false);
        // the same document as the raw call writes
        PointerByReference raw = new PointerByReference();
        Lib.SizeTByReference n = new Lib.SizeTByReference();
        assertEquals(0, ctx.library().brf_screen_result_to_json(ctx.pointer(), saved.ptr(),
            Lib.BRF_JSON_COMPACT, raw, n));
        assertEquals(text, Backrelief.take(ctx.pointer(), raw, n));
        assertTrue(saved.toJson(true).contains("\n"));
      }
      Screen copy;
      try (ScreenResult back = ScreenResult.fromJson(ctx, text)) {
        assertEquals(text, back.toJson(false)); // the same bytes
        assertEquals(MONDAY, back.day());
        assertEquals(MONDAY, ctx.library().brf_screen_result_day(back.ptr()));
        assertEquals(Urgency.REVIEW, back.urgency());
        assertEquals(Psychosocial.LOW, back.psychosocial());
        IntByReference out = new IntByReference();
        assertEquals(0, ctx.library().brf_screen_result_urgency_get(back.ptr(), out));
        assertEquals(Urgency.REVIEW.code(), out.getValue());
        assertEquals(0, ctx.library().brf_screen_result_psychosocial_get(back.ptr(), out));
        assertEquals(Psychosocial.LOW.code(), out.getValue());
        try (Screen answers = back.screen()) {
          assertEquals(s.positives(), answers.positives());
          assertEquals(Urgency.REVIEW, answers.outcome());
          PointerByReference borrowed = new PointerByReference();
          assertEquals(0, ctx.library().brf_screen_result_screen(back.ptr(), borrowed));
          assertEquals(answers.positives().size(),
              ctx.library().brf_screen_positive_count(borrowed.getValue()).longValue());
        }
        copy = back.screen();
      }
      // the copy outlives the result
      assertEquals(Urgency.REVIEW, copy.outcome());
      copy.close();
      ParseException pe = assertThrows(ParseException.class,
          () -> ScreenResult.fromJson(ctx, "{\"format\": "));
      assertTrue(pe.line() > 0);
      assertEquals("BRF_E_PARSE", pe.statusName());
      assertThrows(SchemaException.class, () -> ScreenResult.fromJson(ctx,
          text.replace("backrelief-screen", "backrelief-routine")));
      assertThrows(RangeException.class, () -> new ScreenResult(s, Integer.MAX_VALUE));
    }
  }
}
