package org.backrelief;

import org.backrelief.internal.Lib;

/** Kinds of player cue (BRF_CUE_*). */
public enum CueKind implements Coded {
  GET_READY(Lib.BRF_CUE_GET_READY),
  START(Lib.BRF_CUE_START),
  REP(Lib.BRF_CUE_REP),
  HOLD(Lib.BRF_CUE_HOLD),
  HALFWAY(Lib.BRF_CUE_HALFWAY),
  COUNTDOWN(Lib.BRF_CUE_COUNTDOWN),
  SWITCH_SIDE(Lib.BRF_CUE_SWITCH_SIDE),
  REST(Lib.BRF_CUE_REST),
  NEXT_UP(Lib.BRF_CUE_NEXT_UP),
  EXERCISE_DONE(Lib.BRF_CUE_EXERCISE_DONE),
  SESSION_DONE(Lib.BRF_CUE_SESSION_DONE);

  private final int code;

  CueKind(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_cue_kind_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_cue_kind_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static CueKind of(int code) {
    return Coded.of(CueKind.class, code);
  }

  /** The value of an id (brf_cue_kind_from_id, exact); NotFoundException for an unknown one. */
  public static CueKind parse(String id) {
    return of(Backrelief.parseCode(id, "cue kind",
        (s, out) -> Backrelief.lib().brf_cue_kind_from_id(s, Backrelief.len(s), out)));
  }
}
