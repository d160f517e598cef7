package org.backrelief;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.backrelief.internal.Lib;

/** Plays a Timeline: advance(ms) moves it, cues() drains what it has to say. */
public final class Player extends Handle {
  /** One cue, copied. */
  public record Cue(CueKind kind, long atMs, int exerciseIndex, String text) {}

  /** What was done of a step. */
  public record StepRecord(RecordStatus status, long plannedMs, long doneMs) {}

  private final Timeline timeline;

  public Player(Timeline timeline) {
    super(timeline.ctx, timeline.ctx.make(out -> timeline.lib.brf_player_new_v2(
        timeline.ctx.pointer(), timeline.ptr(), out)), timeline.lib::brf_player_free);
    this.timeline = timeline; // the player keeps the C timeline alive; keep the wrapper too
    if (lib.brf_player_timeline(ptr()) == null) {
      throw new StateException("player without a timeline", Lib.BRF_E_STATE, "BRF_E_STATE", 0,
          0, 0);
    }
  }

  public Timeline timeline() {
    return timeline;
  }

  public void start() {
    check(lib.brf_player_start(ptr()));
  }

  public void advance(long elapsedMs) {
    check(lib.brf_player_advance(ptr(), elapsedMs));
  }

  public void pause() {
    check(lib.brf_player_pause(ptr()));
  }

  public void resume() {
    check(lib.brf_player_resume(ptr()));
  }

  public void skip() {
    check(lib.brf_player_skip(ptr()));
  }

  public void back() {
    check(lib.brf_player_back(ptr()));
  }

  public void stop() {
    check(lib.brf_player_stop(ptr()));
  }

  public PlayerState state() {
    return PlayerState.of(lib.brf_player_state(ptr()));
  }

  public int segmentIndex() {
    return (int) Backrelief.getSize("brf_player_segment_index_get",
        out -> lib.brf_player_segment_index_get(ptr(), out));
  }

  public int stepIndex() {
    return (int) Backrelief.getSize("brf_player_step_index_get",
        out -> lib.brf_player_step_index_get(ptr(), out));
  }

  public long positionMs() {
    return lib.brf_player_position_ms(ptr());
  }

  public long segmentElapsedMs() {
    return lib.brf_player_segment_elapsed_ms(ptr());
  }

  public long segmentRemainingMs() {
    return lib.brf_player_segment_remaining_ms(ptr());
  }

  public long sessionElapsedMs() {
    return lib.brf_player_session_elapsed_ms(ptr());
  }

  public long sessionRemainingMs() {
    return lib.brf_player_session_remaining_ms(ptr());
  }

  /** How many cues were dropped because nobody drained them. */
  public long cuesDropped() {
    return lib.brf_player_cues_dropped(ptr()).longValue();
  }

  /** The queued cues, copied, then cleared from the player. */
  public List<Cue> cues() {
    Pointer p = ptr();
    IntByReference kind = new IntByReference();
    LongByReference at = new LongByReference();
    Lib.SizeTByReference ex = new Lib.SizeTByReference();
    List<Cue> out = new ArrayList<>();
    for (long i = 0, n = lib.brf_player_cue_count(p).longValue(); i < n; i++) {
      var k = Backrelief.size(i);
      check(lib.brf_player_cue_at(p, k, kind, at, ex));
      out.add(new Cue(CueKind.of(kind.getValue()), at.getValue(), (int) ex.getValue(),
          lib.brf_player_cue_text(p, k)));
    }
    lib.brf_player_cues_clear(p);
    return out;
  }

  public List<StepRecord> records() {
    Pointer p = ptr();
    IntByReference st = new IntByReference();
    LongByReference planned = new LongByReference();
    LongByReference done = new LongByReference();
    List<StepRecord> out = new ArrayList<>();
    for (long i = 0, n = lib.brf_player_record_count(p).longValue(); i < n; i++) {
      check(lib.brf_player_record_at(p, Backrelief.size(i), st, planned, done));
      out.add(new StepRecord(RecordStatus.of(st.getValue()), planned.getValue(),
          done.getValue()));
    }
    return out;
  }

  /** A clock the host advances by hand: the library never reads the wall clock. */
  public static final class SimulatedClock {
    private long nowMs;

    public SimulatedClock(long startMs) {
      nowMs = startMs;
    }

    public SimulatedClock() {
      this(0);
    }

    public long tick(long ms) {
      nowMs += ms;
      return ms;
    }

    public long nowMs() {
      return nowMs;
    }
  }

  /** Start (if idle) and run to the end on a simulated clock, handing each cue on. */
  public void play(SimulatedClock clock, long tickMs, Consumer<Cue> onCue) {
    if (state() == PlayerState.IDLE) {
      start();
    }
    cues().forEach(onCue);
    while (state() == PlayerState.RUNNING) { // a paused player would never finish
      advance(clock.tick(tickMs));
      cues().forEach(onCue);
    }
  }
}
