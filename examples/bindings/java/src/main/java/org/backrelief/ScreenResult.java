package org.backrelief;

import com.sun.jna.Pointer;
import org.backrelief.internal.Lib;

/**
 * A screen's answers saved with the day it was taken (immutable), written and
 * read back as a {@code backrelief-screen} document (docs/formats.md) before
 * planning (docs/screening.md, "A saved screen").
 */
public final class ScreenResult extends Handle {
  ScreenResult(Context ctx, Pointer p) {
    super(ctx, p, ctx.lib::brf_screen_result_free);
  }

  /** Record a screen's answers as taken on a day (days since 1970-01-01); the screen is only read. */
  public ScreenResult(Screen screen, int day) {
    this(screen.ctx, screen.ctx.make(out -> screen.lib.brf_screen_result_new(
        screen.ctx.pointer(), screen.ptr(), day, out)));
  }

  /** Read a backrelief-screen document; ParseException, SchemaException, ... with the path. */
  public static ScreenResult fromJson(Context ctx, String text) {
    return new ScreenResult(ctx, ctx.make(out -> ctx.lib.brf_screen_result_from_json(
        ctx.pointer(), text, Backrelief.len(text), 0, out)));
  }

  /** The backrelief-screen document; reading it back and writing it again gives the same text. */
  public String toJson(boolean pretty) {
    return ctx.takeString((out, n) -> lib.brf_screen_result_to_json(ctx.pointer(), ptr(),
        pretty ? Lib.BRF_JSON_PRETTY : Lib.BRF_JSON_COMPACT, out, n));
  }

  /** The day the screen was taken, days since 1970-01-01. */
  public int day() {
    return lib.brf_screen_result_day(ptr());
  }

  /**
   * The most urgent flag answered yes, or null; for a result read from JSON
   * never less than the document says.
   */
  public Urgency urgency() {
    return Urgency.of(Backrelief.getInt("brf_screen_result_urgency_get",
        out -> lib.brf_screen_result_urgency_get(ptr(), out)));
  }

  /** The psychosocial level, or null when no yellow question was answered. */
  public Psychosocial psychosocial() {
    return Psychosocial.of(Backrelief.getInt("brf_screen_result_psychosocial_get",
        out -> lib.brf_screen_result_psychosocial_get(ptr(), out)));
  }

  /** The answers as a new Screen (a copy the caller owns and closes), for the Planner. */
  public Screen screen() {
    Pointer borrowed = Backrelief.getPointer("brf_screen_result_screen",
        out -> lib.brf_screen_result_screen(ptr(), out));
    return new Screen(ctx, ctx.make(out -> lib.brf_screen_clone_v2(ctx.pointer(), borrowed, out)));
  }
}
