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

  /** The lowercase, hyphenated name ("next-morning"). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static OmitCause of(int code) {
    return Coded.of(OmitCause.class, code);
  }

  /** The value of an id; NotFoundException for an unknown one. */
  public static OmitCause parse(String id) {
    return Coded.parse(OmitCause.class, id);
  }
}
