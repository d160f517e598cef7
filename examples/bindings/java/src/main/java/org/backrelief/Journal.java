package org.backrelief;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backrelief.internal.Lib;

/** The progress journal: one entry per session with ratings; JSON Lines on disk. */
public final class Journal extends Handle {
  /** A rating, time or effort that was not recorded. */
  public static final int UNSET = Lib.BRF_JOURNAL_UNSET;

  /** One step of an entry. */
  public record StepLog(String exerciseId, StepStatus status) {}

  /**
   * A copy of one entry; ratings are UNSET when not recorded. routineId is ""
   * when not recorded; painDuring the worst pain during the session (or
   * UNSET); ratings the per-exercise ratings by exercise id, in the order
   * first rated.
   */
  public record Entry(int day, int minutes, String routine, String session,
      Map<When, Integer> pain, Map<When, Integer> tightness, int effort, String note,
      List<StepLog> steps, int done, int cutShort, int skipped, String routineId,
      int painDuring, Map<String, Rating> ratings) {
    /** The entry as API 1.2 knew it: no routine id, pain during or per-exercise ratings. */
    public Entry(int day, int minutes, String routine, String session,
        Map<When, Integer> pain, Map<When, Integer> tightness, int effort, String note,
        List<StepLog> steps, int done, int cutShort, int skipped) {
      this(day, minutes, routine, session, pain, tightness, effort, note, steps, done, cutShort,
          skipped, "", UNSET, Map.of());
    }
  }

  /** The rating of one exercise of a session: difficulty 1-5 and pain 0-10, each UNSET when not rated. */
  public record Rating(int difficulty, int pain) {}

  /**
   * Adherence over a period: sessions done and percent of prescribed (UNSET:
   * none). For one exercise (adherenceExercise), prescribed is the sessions
   * in which it was due.
   */
  public record Adherence(long prescribed, long done, int percent) {}

  /** A torn tail: whether the text ended inside a line, and where that line began. */
  public record TornTail(boolean torn, long offset) {}

  Journal(Context ctx, Pointer p) {
    super(ctx, p, ctx.lib::brf_journal_free);
  }

  public Journal(Context ctx) {
    this(ctx, ctx.make(out -> ctx.lib.brf_journal_new(ctx.pointer(), out)));
  }

  /** Read JSON Lines (a torn last line from a crash is tolerated; see tornTail()). */
  public static Journal load(Context ctx, String text) {
    return new Journal(ctx, ctx.make(out -> ctx.lib.brf_journal_load(ctx.pointer(), text,
        Backrelief.len(text), out)));
  }

  public String toJsonl() {
    return ctx.takeString((out, n) -> lib.brf_journal_to_jsonl(ctx.pointer(), ptr(), out, n));
  }

  /** One entry as its JSON line. */
  public String entryLine(int index) {
    return ctx.takeString((out, n) -> lib.brf_journal_entry_to_line(ctx.pointer(), ptr(),
        Backrelief.size(index), out, n));
  }

  public TornTail tornTail() {
    Lib.SizeTByReference off = new Lib.SizeTByReference();
    boolean torn = Backrelief.bool(lib.brf_journal_torn_tail(ptr(), off));
    return new TornTail(torn, off.getValue());
  }

  /** Whether the loaded text's last line had no newline. */
  public boolean tailUnterminated() {
    return Backrelief.bool(lib.brf_journal_tail_unterminated(ptr()));
  }

  public int count() {
    return (int) lib.brf_journal_count(ptr()).longValue();
  }

  /** Record a session on a day at a time of day (minutes, or UNSET); its index. */
  public int add(int day, int minutes, String routine) {
    Lib.SizeTByReference i = new Lib.SizeTByReference();
    check(lib.brf_journal_add(ptr(), day, minutes, routine, i));
    return (int) i.getValue();
  }

  private Lib.SizeT at(int index) {
    return Backrelief.size(index);
  }

  public Journal setSession(int index, String session) {
    check(lib.brf_journal_entry_set_session(ptr(), at(index), session));
    return this;
  }

  public Journal setCounts(int index, int done, int cutShort, int skipped) {
    check(lib.brf_journal_entry_set_counts(ptr(), at(index), done, cutShort, skipped));
    return this;
  }

  public Journal addStep(int index, String exerciseId, StepStatus status) {
    check(lib.brf_journal_entry_add_step(ptr(), at(index), exerciseId, status.code()));
    return this;
  }

  /** Steps and counts from a player's completion record. */
  public Journal setFromPlayer(int index, Player player) {
    check(lib.brf_journal_entry_set_from_player(ptr(), at(index), player.ptr()));
    return this;
  }

  public Journal setPain(int index, When when, int value) {
    check(lib.brf_journal_entry_set_pain(ptr(), at(index), when.code(), value));
    return this;
  }

  public Journal setTightness(int index, When when, int value) {
    check(lib.brf_journal_entry_set_tightness(ptr(), at(index), when.code(), value));
    return this;
  }

  public Journal setNextMorning(int index, int pain, int tightness) {
    check(lib.brf_journal_entry_set_next_morning(ptr(), at(index), pain, tightness));
    return this;
  }

  public Journal setEffort(int index, int effort) {
    check(lib.brf_journal_entry_set_effort(ptr(), at(index), effort));
    return this;
  }

  public Journal setNote(int index, String note) {
    check(lib.brf_journal_entry_set_note(ptr(), at(index), note));
    return this;
  }

  /**
   * Record the stable id of the routine an entry was done with (Routine.id()),
   * which matches the entry to its routine across renames (isFor()); null or
   * "" clears it.
   */
  public Journal setRoutineId(int index, String routineId) {
    check(lib.brf_journal_entry_set_routine_id(ptr(), at(index), routineId));
    return this;
  }

  /** The routine id of an entry ("" when not recorded). */
  public String routineId(int index) {
    String id = lib.brf_journal_entry_routine_id(ptr(), at(index));
    if (id == null) {
      throw new IndexOutOfBoundsException("journal entry " + index);
    }
    return id;
  }

  /** Whether an entry is a session of a routine: by id when both have one, else by name. */
  public boolean isFor(int index, Routine routine) {
    return Backrelief.bool(lib.brf_journal_entry_is_for(ptr(), at(index), routine.ptr()));
  }

  /** The worst pain during the session, 0-10 (UNSET clears it). */
  public Journal setPainDuring(int index, int value) {
    check(lib.brf_journal_entry_set_pain_during(ptr(), at(index), value));
    return this;
  }

  /** The worst pain during the session, or UNSET when not recorded. */
  public int painDuring(int index) {
    Pointer j = ptr();
    return Backrelief.getInt("journal entry " + index,
        out -> lib.brf_journal_entry_pain_during_get(j, at(index), out));
  }

  /**
   * Rate one exercise of a session: difficulty 1 (very easy) to 5 (too hard)
   * and pain during it 0-10, each UNSET when not rated. Rating it again
   * replaces the rating.
   */
  public Journal rateExercise(int index, String exerciseId, int difficulty, int pain) {
    check(lib.brf_journal_entry_rate_exercise(ptr(), at(index), exerciseId, difficulty, pain));
    return this;
  }

  /** An entry's per-exercise ratings by exercise id, in the order first rated. */
  public Map<String, Rating> ratings(int index) {
    Pointer j = ptr();
    Lib.SizeT i = at(index);
    Map<String, Rating> out = new LinkedHashMap<>();
    for (long k = 0, n = lib.brf_journal_entry_rating_count(j, i).longValue(); k < n; k++) {
      var kk = Backrelief.size(k);
      IntByReference difficulty = new IntByReference();
      IntByReference pain = new IntByReference();
      Backrelief.checkPlain(lib.brf_journal_entry_rating_get(j, i, kk, difficulty, pain),
          "brf_journal_entry_rating_get");
      out.put(lib.brf_journal_entry_rating_exercise(j, i, kk),
          new Rating(difficulty.getValue(), pain.getValue()));
    }
    return out;
  }

  /**
   * Adherence of one exercise between two days (inclusive): dueDays has one
   * element per session in which it is due (Schedule's session exercises);
   * the entries of routine (every entry when null) count it done by their
   * steps. The percent is worked out ISO week by ISO week, UNSET when nothing
   * was due. The result's prescribed() is the sessions due.
   */
  public Adherence adherenceExercise(Routine routine, String exerciseId, int[] dueDays,
      int fromDay, int toDay) {
    LongByReference due = new LongByReference();
    LongByReference done = new LongByReference();
    IntByReference percent = new IntByReference();
    check(lib.brf_journal_adherence_exercise(ptr(), routine == null ? null : routine.ptr(),
        exerciseId, dueDays.length == 0 ? new int[1] : dueDays,
        Backrelief.size(dueDays.length), fromDay, toDay, due, done, percent));
    return new Adherence(due.getValue(), done.getValue(), percent.getValue());
  }

  public Entry entry(int index) {
    Pointer j = ptr();
    if (index < 0 || index >= count()) {
      throw new IndexOutOfBoundsException("journal entry " + index);
    }
    Lib.SizeT i = at(index);
    Map<When, Integer> pain = new EnumMap<>(When.class);
    Map<When, Integer> tight = new EnumMap<>(When.class);
    for (When w : When.values()) {
      pain.put(w, Backrelief.getInt("brf_journal_entry_pain_get",
          out -> lib.brf_journal_entry_pain_get(j, i, w.code(), out)));
      tight.put(w, Backrelief.getInt("brf_journal_entry_tightness_get",
          out -> lib.brf_journal_entry_tightness_get(j, i, w.code(), out)));
    }
    List<StepLog> steps = new ArrayList<>();
    for (long k = 0, n = lib.brf_journal_entry_step_count(j, i).longValue(); k < n; k++) {
      var kk = Backrelief.size(k);
      steps.add(new StepLog(lib.brf_journal_entry_step_exercise(j, i, kk),
          StepStatus.of(lib.brf_journal_entry_step_status(j, i, kk))));
    }
    return new Entry(
        Backrelief.getInt("brf_journal_entry_day_get", out -> lib.brf_journal_entry_day_get(j, i, out)),
        Backrelief.getInt("brf_journal_entry_minutes_get",
            out -> lib.brf_journal_entry_minutes_get(j, i, out)),
        lib.brf_journal_entry_routine(j, i), lib.brf_journal_entry_session(j, i), pain, tight,
        Backrelief.getInt("brf_journal_entry_effort_get",
            out -> lib.brf_journal_entry_effort_get(j, i, out)),
        lib.brf_journal_entry_note(j, i), steps,
        lib.brf_journal_entry_count_of(j, i, Lib.BRF_JOURNAL_STEP_DONE),
        lib.brf_journal_entry_count_of(j, i, Lib.BRF_JOURNAL_STEP_CUT_SHORT),
        lib.brf_journal_entry_count_of(j, i, Lib.BRF_JOURNAL_STEP_SKIPPED),
        routineId(index), painDuring(index), ratings(index));
  }

  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    for (int i = 0, n = count(); i < n; i++) {
      out.add(entry(i));
    }
    return out;
  }

  /** Sessions done between two days, against a prescribed number. */
  public Adherence adherence(int fromDay, int toDay, long prescribed) {
    LongByReference done = new LongByReference();
    IntByReference percent = new IntByReference();
    check(lib.brf_journal_adherence(ptr(), fromDay, toDay, prescribed, done, percent));
    return new Adherence(prescribed, done.getValue(), percent.getValue());
  }

  /** Adherence of the week holding day, the prescribed sessions given as their days. */
  public Adherence adherenceWeek(int[] prescribedDays, int day) {
    LongByReference prescribed = new LongByReference();
    LongByReference done = new LongByReference();
    IntByReference percent = new IntByReference();
    check(lib.brf_journal_adherence_week(ptr(),
        prescribedDays.length == 0 ? new int[1] : prescribedDays,
        Backrelief.size(prescribedDays.length), day, prescribed, done, percent));
    return new Adherence(prescribed.getValue(), done.getValue(), percent.getValue());
  }

  /** The Monday of the week holding day. */
  public static int weekStart(int day) {
    return Backrelief.lib().brf_journal_week_start(day);
  }

  /**
   * The adaptation rules applied to this journal (docs/adaptation.md). The
   * suggested routine is a copy the caller owns (or null when nothing changes).
   */
  public Suggestion suggest(Routine routine, Catalog catalog, Profile profile, Screen screen) {
    Pointer s = ctx.make(out -> lib.brf_adapt_suggest(ctx.pointer(), ptr(), routine.ptr(),
        catalog.ptr(), profile == null ? null : profile.ptr(),
        screen == null ? null : screen.ptr(), out));
    return suggestion(s);
  }

  /**
   * Adaptation v2 (docs/adaptation.md): the next single step for a routine
   * from the person's own baseline, as of today (days since 1970-01-01).
   * previous: the routine before the last applied change, or null; start:
   * the routine as first planned, or null; catalog, profile, screen: or null;
   * lastChangeDay: the day the last suggestion was applied, or -1; budgetMs:
   * the routine's time budget, or 0 for none. The suggested routine is a copy
   * the caller owns (or null when nothing changes).
   */
  public Suggestion next(Routine routine, int today, Routine previous, Routine start,
      Catalog catalog, Profile profile, Screen screen, int lastChangeDay, long budgetMs) {
    Pointer s = ctx.make(out -> lib.brf_adapt_next(ctx.pointer(), ptr(), routine.ptr(),
        previous == null ? null : previous.ptr(), start == null ? null : start.ptr(),
        catalog == null ? null : catalog.ptr(), profile == null ? null : profile.ptr(),
        screen == null ? null : screen.ptr(), today, lastChangeDay, budgetMs, out));
    return suggestion(s);
  }

  /** The next step with only the catalog (no previous or start routine, profile or screen). */
  public Suggestion next(Routine routine, int today, Catalog catalog, int lastChangeDay) {
    return next(routine, today, null, null, catalog, null, null, lastChangeDay, 0);
  }

  /** Copy a suggestion, then free it. */
  private Suggestion suggestion(Pointer s) {
    try {
      Pointer r = Backrelief.getPointer("brf_adapt_suggestion_routine_get",
          out -> lib.brf_adapt_suggestion_routine_get(s, out));
      String frequency = Backrelief.getString("brf_adapt_suggestion_frequency_get",
          out -> lib.brf_adapt_suggestion_frequency_get(s, out));
      return new Suggestion(Outcome.of(lib.brf_adapt_suggestion_outcome(s)),
          Advice.list(lib, lib.brf_adapt_suggestion_reasons(s)),
          r == null ? null : Routine.copyOf(ctx, r), frequency);
    } finally {
      lib.brf_adapt_suggestion_free(s);
    }
  }

  public Suggestion suggest(Routine routine, Catalog catalog) {
    return suggest(routine, catalog, null, null);
  }
}
