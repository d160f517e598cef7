package org.backrelief;

import com.sun.jna.ptr.IntByReference;
import java.time.LocalDate;

/** Calendar dates as days since 1970-01-01, times as minutes, weekday masks. */
public final class Dates {
  private Dates() {}

  public static int fromYmd(Context ctx, int year, int month, int mday) {
    IntByReference out = new IntByReference();
    ctx.check(ctx.lib.brf_date_from_ymd(ctx.pointer(), year, month, mday, out));
    return out.getValue();
  }

  public static LocalDate toLocalDate(int day) {
    IntByReference y = new IntByReference();
    IntByReference m = new IntByReference();
    IntByReference d = new IntByReference();
    Backrelief.checkPlain(Backrelief.lib().brf_date_to_ymd(day, y, m, d), "brf_date_to_ymd");
    return LocalDate.of(y.getValue(), m.getValue(), d.getValue());
  }

  /** The ISO weekday, 1 Monday .. 7 Sunday. */
  public static int weekday(int day) {
    return Backrelief.lib().brf_date_weekday(day);
  }

  /** "2026-11-22"; ParseException/RangeException with the context's message. */
  public static int parseDate(Context ctx, String text) {
    IntByReference out = new IntByReference();
    ctx.check(ctx.lib.brf_date_parse(ctx.pointer(), text, Backrelief.len(text), out));
    return out.getValue();
  }

  public static String formatDate(int day) {
    return Backrelief.format((b, c, n) -> Backrelief.lib().brf_date_format(day, b, c, n),
        "brf_date_format", null);
  }

  /** "07:30" -> minutes since midnight. */
  public static int parseTime(Context ctx, String text) {
    IntByReference out = new IntByReference();
    ctx.check(ctx.lib.brf_time_parse(ctx.pointer(), text, Backrelief.len(text), out));
    return out.getValue();
  }

  public static String formatTime(int minutes) {
    return Backrelief.format((b, c, n) -> Backrelief.lib().brf_time_format(minutes, b, c, n),
        "brf_time_format", null);
  }

  /** "mon,wed,fri" -> a weekday bit mask. */
  public static int parseWeekdays(Context ctx, String text) {
    IntByReference out = new IntByReference();
    ctx.check(ctx.lib.brf_weekdays_parse(ctx.pointer(), text, Backrelief.len(text), out));
    return out.getValue();
  }

  public static String formatWeekdays(int mask) {
    return Backrelief.format((b, c, n) -> Backrelief.lib().brf_weekdays_format(mask, b, c, n),
        "brf_weekdays_format", null);
  }

  /** The id of an ISO weekday number (1 Monday .. 7 Sunday: "mon"), brf_weekday_id; null outside. */
  public static String weekdayId(int isoWeekday) {
    return Backrelief.lib().brf_weekday_id(isoWeekday);
  }

  /** The ISO weekday number of an id ("mon" is 1), brf_weekday_from_id; NotFoundException otherwise. */
  public static int weekdayFromId(String id) {
    return Backrelief.parseCode(id, "weekday",
        (s, out) -> Backrelief.lib().brf_weekday_from_id(s, Backrelief.len(s), out));
  }
}
