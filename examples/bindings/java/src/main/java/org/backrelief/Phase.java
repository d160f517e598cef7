package org.backrelief;

import org.backrelief.internal.Lib;

/** Phase labels of routine steps (BRF_PHASE_*). */
public enum Phase implements Coded {
  NONE(Lib.BRF_PHASE_NONE),
  WARM_UP(Lib.BRF_PHASE_WARM_UP),
  RELEASE(Lib.BRF_PHASE_RELEASE),
  STRETCH(Lib.BRF_PHASE_STRETCH),
  STRENGTHEN(Lib.BRF_PHASE_STRENGTHEN),
  COOL_DOWN(Lib.BRF_PHASE_COOL_DOWN);

  private final int code;

  Phase(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_routine_phase_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_routine_phase_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Phase of(int code) {
    return Coded.of(Phase.class, code);
  }

  /** The value of an id (brf_routine_phase_from_id, exact); NotFoundException for an unknown one. */
  public static Phase parse(String id) {
    return of(Backrelief.parseCode(id, "routine phase",
        (s, out) -> Backrelief.lib().brf_routine_phase_from_id(s, Backrelief.len(s), out)));
  }
}
