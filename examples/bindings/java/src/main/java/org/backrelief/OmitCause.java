package org.backrelief;

import org.backrelief.internal.Lib;

/** Why the planner left an exercise out (BRF_OMIT_*). */
public enum OmitCause implements Coded {
  TIME(Lib.BRF_OMIT_TIME),
  EQUIPMENT(Lib.BRF_OMIT_EQUIPMENT),
  CONDITION(Lib.BRF_OMIT_CONDITION),
  LEVEL(Lib.BRF_OMIT_LEVEL),
  AVOID(Lib.BRF_OMIT_AVOID),
  POLICY(Lib.BRF_OMIT_POLICY);

  private final int code;

  OmitCause(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_omission_cause_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_omission_cause_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static OmitCause of(int code) {
    return Coded.of(OmitCause.class, code);
  }

  /** The value of an id (brf_omission_cause_from_id, exact); NotFoundException for an unknown one. */
  public static OmitCause parse(String id) {
    return of(Backrelief.parseCode(id, "omission cause",
        (s, out) -> Backrelief.lib().brf_omission_cause_from_id(s, Backrelief.len(s), out)));
  }
}
