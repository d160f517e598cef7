package org.backrelief;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import org.backrelief.internal.Lib;

/** Sessions on dates: routines and exercises with a frequency; iCalendar export. */
public final class Schedule extends Handle {
  /** One generated session. */
  public record Session(int day, int minute, int item, long occurrence, long durationMs,
      String title) {}

  Schedule(Context ctx, Pointer p) {
    super(ctx, p, ctx.lib::brf_schedule_free);
  }

  /** A schedule from a start day (days since 1970-01-01, see Dates) over some weeks. */
  public Schedule(Context ctx, int startDay, int weeks) {
    this(ctx, ctx.make(out -> ctx.lib.brf_schedule_new(ctx.pointer(), startDay, weeks, out)));
  }

  public Schedule(Context ctx, String startDate, int weeks) {
    this(ctx, Dates.parseDate(ctx, startDate), weeks);
  }

  public static Schedule fromJson(Context ctx, String text, Catalog catalog) {
    return new Schedule(ctx, ctx.make(out -> ctx.lib.brf_schedule_from_json_v2(ctx.pointer(), text,
        Backrelief.len(text), catalog.ptr(), 0, out)));
  }

  public String toJson() {
    return ctx.takeString((out, n) -> lib.brf_schedule_to_json_v2(ctx.pointer(), ptr(),
        Lib.BRF_JSON_PRETTY, out, n));
  }

  /** RFC 5545 text; expand writes every session instead of recurrence rules. */
  public String toIcal(boolean expand) {
    int flags = expand ? Lib.BRF_SCHEDULE_ICAL_EXPAND : 0;
    return ctx.takeString((out, n) -> lib.brf_schedule_to_ical(ctx.pointer(), ptr(), flags, out,
        n));
  }

  /** The same text through a caller buffer (brf_schedule_ical_format). */
  public String formatIcal(boolean expand) {
    int flags = expand ? Lib.BRF_SCHEDULE_ICAL_EXPAND : 0;
    Pointer s = ptr();
    return Backrelief.format((buf, cap, needed) -> lib.brf_schedule_ical_format(ctx.pointer(), s,
        flags, buf, cap, needed), "brf_schedule_ical_format", ctx);
  }

  public int startDay() {
    return Backrelief.getInt("brf_schedule_start_day_get",
        out -> lib.brf_schedule_start_day_get(ptr(), out));
  }

  public int weeks() {
    return lib.brf_schedule_weeks(ptr());
  }

  private int index(Lib.SizeTByReference i) {
    return (int) i.getValue();
  }

  /** Add a routine (copied) with a frequency ("3x/week", or null); its item index. */
  public int addRoutine(Routine routine, String frequency) {
    try (Dosage f = frequency == null ? null : Dosage.parse(ctx, frequency)) {
      Lib.SizeTByReference i = new Lib.SizeTByReference();
      check(lib.brf_schedule_add_routine(ptr(), routine.ptr(), f == null ? null : f.ptr(), i));
      return index(i);
    }
  }

  /** Add one exercise with a dose (null: its default) and a frequency. */
  public int addExercise(Exercise exercise, String dose, String frequency) {
    try (Dosage d = dose == null ? null : Dosage.parse(ctx, dose);
        Dosage f = frequency == null ? null : Dosage.parse(ctx, frequency)) {
      Lib.SizeTByReference i = new Lib.SizeTByReference();
      check(lib.brf_schedule_add_exercise(ptr(), exercise.pointer(), d == null ? null : d.ptr(),
          f == null ? null : f.ptr(), i));
      return index(i);
    }
  }

  /**
   * Add a routine (copied, 1 to 64 steps) as a programme: each step at the
   * frequency of its own dose (docs/schedules.md, "Programmes"); its index.
   */
  public int addProgramme(Routine routine) {
    Lib.SizeTByReference i = new Lib.SizeTByReference();
    check(lib.brf_schedule_add_programme(ptr(), routine.ptr(), i));
    return index(i);
  }

  /** A programme step's taper: daily for dailyWeeks, then maxPerWeek, then minPerWeek (0 weeks: none). */
  public void setStepTaper(int item, int step, int dailyWeeks, int minPerWeek, int maxPerWeek) {
    check(lib.brf_schedule_step_set_taper(ptr(), Backrelief.size(item), Backrelief.size(step),
        dailyWeeks, minPerWeek, maxPerWeek));
  }

  /** A programme step on the day after each of these weekdays ("mon,thu"; "" removes it). */
  public void setStepAfterWeekdays(int item, int step, String days) {
    int mask = days.isEmpty() ? 0 : Dates.parseWeekdays(ctx, days);
    check(lib.brf_schedule_step_set_after_weekdays(ptr(), Backrelief.size(item),
        Backrelief.size(step), mask));
  }

  /** One step of a session: its index in the item's routine and its exercise id. */
  public record SessionStep(int step, String exerciseId) {}

  /** The steps of a generated session, in routine order. */
  public List<SessionStep> sessionSteps(int session) {
    Pointer s = ptr();
    if (session < 0 || session >= lib.brf_schedule_session_count(s).longValue()) {
      throw new IndexOutOfBoundsException("schedule session " + session);
    }
    var i = Backrelief.size(session);
    List<SessionStep> out = new ArrayList<>();
    for (long k = 0, n = lib.brf_schedule_session_step_count(s, i).longValue(); k < n; k++) {
      var kk = Backrelief.size(k);
      out.add(new SessionStep((int) lib.brf_schedule_session_step(s, i, kk).longValue(),
          lib.brf_schedule_session_exercise_id(s, i, kk)));
    }
    return out;
  }

  /**
   * Today's session of an item: the routine of its steps due that day (a new
   * Routine the caller closes). NotFoundException when nothing is due.
   */
  public Routine routineForDay(int item, int day) {
    return new Routine(ctx, ctx.make(out -> lib.brf_schedule_routine_for_day(ctx.pointer(), ptr(),
        Backrelief.size(item), day, out)));
  }

  public int itemCount() {
    return (int) lib.brf_schedule_item_count(ptr()).longValue();
  }

  public ItemKind itemKind(int item) {
    return ItemKind.of(lib.brf_schedule_item_kind(ptr(), Backrelief.size(item)));
  }

  /** A copy of an item's routine. */
  public Routine itemRoutine(int item) {
    Pointer r = lib.brf_schedule_item_routine(ptr(), Backrelief.size(item));
    if (r == null) {
      throw new IndexOutOfBoundsException("schedule item " + item);
    }
    return Routine.copyOf(ctx, r);
  }

  public void setFrequency(int item, Dosage frequency) {
    check(lib.brf_schedule_item_set_frequency(ptr(), Backrelief.size(item), frequency.ptr()));
  }

  public void setFrequency(int item, String frequency) {
    check(lib.brf_schedule_item_set_frequency_text(ptr(), Backrelief.size(item), frequency,
        Backrelief.len(frequency)));
  }

  /** Which weekdays an item may fall on: "mon,wed,fri". */
  public void setWeekdays(int item, String days) {
    setWeekdays(item, Dates.parseWeekdays(ctx, days));
  }

  public void setWeekdays(int item, int mask) {
    check(lib.brf_schedule_item_set_weekdays(ptr(), Backrelief.size(item), mask));
  }

  /** The time of the first and last session of a day, "07:30". */
  public void setTimes(int item, String first, String last) {
    check(lib.brf_schedule_item_set_times(ptr(), Backrelief.size(item),
        Dates.parseTime(ctx, first), Dates.parseTime(ctx, last == null ? first : last)));
  }

  public void setSpacing(int item, Spacing spacing) {
    check(lib.brf_schedule_item_set_spacing(ptr(), Backrelief.size(item), spacing.code()));
  }

  public void setTaper(int item, int dailyWeeks, int minPerWeek, int maxPerWeek) {
    check(lib.brf_schedule_item_set_taper(ptr(), Backrelief.size(item), dailyWeeks, minPerWeek,
        maxPerWeek));
  }

  public void setWindow(int item, int onsetDay, int onsetMinute, long lengthMs) {
    check(lib.brf_schedule_item_set_window(ptr(), Backrelief.size(item), onsetDay, onsetMinute,
        lengthMs));
  }

  public void clearWindow(int item) {
    check(lib.brf_schedule_item_clear_window(ptr(), Backrelief.size(item)));
  }

  /** Sessions of an item follow days of these weekdays ("after leg day"). */
  public void setAfterWeekdays(int item, String days) {
    check(lib.brf_schedule_item_set_after_weekdays(ptr(), Backrelief.size(item),
        Dates.parseWeekdays(ctx, days)));
  }

  public void setRestWeekdays(String days) {
    check(lib.brf_schedule_set_rest_weekdays(ptr(), Dates.parseWeekdays(ctx, days)));
  }

  public void addRestDay(int day) {
    check(lib.brf_schedule_add_rest_day(ptr(), day));
  }

  public void setTimeZone(String tzid) {
    check(lib.brf_schedule_set_time_zone(ptr(), tzid));
  }

  public String timeZone() {
    return Backrelief.getString("brf_schedule_time_zone_get",
        out -> lib.brf_schedule_time_zone_get(ptr(), out));
  }

  public void setReminderMs(long beforeMs) {
    check(lib.brf_schedule_set_reminder_ms(ptr(), beforeMs));
  }

  public void generate() {
    check(lib.brf_schedule_generate(ptr()));
  }

  public boolean isGenerated() {
    return Backrelief.bool(lib.brf_schedule_is_generated(ptr()));
  }

  /** The generated sessions, in time order. */
  public List<Session> sessions() {
    Pointer s = ptr();
    List<Session> out = new ArrayList<>();
    for (long i = 0, n = lib.brf_schedule_session_count(s).longValue(); i < n; i++) {
      var k = Backrelief.size(i);
      out.add(new Session(lib.brf_schedule_session_date(s, k), lib.brf_schedule_session_time(s, k),
          (int) lib.brf_schedule_session_item(s, k).longValue(),
          lib.brf_schedule_session_occurrence(s, k).longValue(),
          lib.brf_schedule_session_duration_ms(s, k), lib.brf_schedule_session_title(s, k)));
    }
    return out;
  }
}
