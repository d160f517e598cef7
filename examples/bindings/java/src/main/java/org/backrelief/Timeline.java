package org.backrelief;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import java.util.ArrayList;
import java.util.List;
import org.backrelief.internal.Lib;

/** The segments of a session laid out in time (what a Player plays). */
public final class Timeline extends Handle {
  /** One segment. */
  public record Segment(SegmentKind kind, int exercise, int set, int rep, Side side,
      long startMs, long durationMs) {}

  /** One step: its exercise id, name, start and planned length. */
  public record StepInfo(String id, String name, long startMs, long plannedMs) {}

  Timeline(Context ctx, Pointer p) {
    super(ctx, p, ctx.lib::brf_timeline_free);
  }

  /** Every dose range at its minimum (longest=false) or maximum. */
  public static Timeline fromRoutine(Routine routine, boolean longest) {
    Context ctx = routine.ctx;
    return new Timeline(ctx, ctx.make(out -> ctx.lib.brf_timeline_new(ctx.pointer(),
        routine.ptr(), longest ? Lib.BRF_TIMELINE_MAX : Lib.BRF_TIMELINE_MIN, out)));
  }

  public static Timeline fromRoutine(Routine routine) {
    return fromRoutine(routine, false);
  }

  public static Timeline fromDose(Context ctx, String exerciseId, String name, Modality modality,
      Dosage dose, boolean longest) {
    return new Timeline(ctx, ctx.make(out -> ctx.lib.brf_timeline_new_from_dose(ctx.pointer(),
        exerciseId, name, modality.code(), dose.ptr(),
        longest ? Lib.BRF_TIMELINE_MAX : Lib.BRF_TIMELINE_MIN, out)));
  }

  public long totalMs() {
    return lib.brf_timeline_total_ms(ptr());
  }

  public List<Segment> segments() {
    Pointer t = ptr();
    IntByReference kind = new IntByReference();
    Lib.SizeTByReference ex = new Lib.SizeTByReference();
    IntByReference set = new IntByReference();
    IntByReference rep = new IntByReference();
    IntByReference side = new IntByReference();
    LongByReference start = new LongByReference();
    LongByReference dur = new LongByReference();
    List<Segment> out = new ArrayList<>();
    for (long i = 0, n = lib.brf_timeline_segment_count(t).longValue(); i < n; i++) {
      check(lib.brf_timeline_segment_at(t, Backrelief.size(i), kind, ex, set, rep, side, start,
          dur));
      out.add(new Segment(SegmentKind.of(kind.getValue()), (int) ex.getValue(), set.getValue(),
          rep.getValue(), Side.of(side.getValue()), start.getValue(), dur.getValue()));
    }
    return out;
  }

  public List<StepInfo> steps() {
    Pointer t = ptr();
    LongByReference start = new LongByReference();
    LongByReference planned = new LongByReference();
    List<StepInfo> out = new ArrayList<>();
    for (long i = 0, n = lib.brf_timeline_step_count(t).longValue(); i < n; i++) {
      var k = Backrelief.size(i);
      check(lib.brf_timeline_step_span(t, k, start, planned));
      out.add(new StepInfo(lib.brf_timeline_step_id(t, k), lib.brf_timeline_step_name(t, k),
          start.getValue(), planned.getValue()));
    }
    return out;
  }
}
