package org.backrelief;

import org.backrelief.internal.Lib;

/** Urgency of a red flag (BRF_URGENCY_*; BRF_URGENCY_NONE is null). */
public enum Urgency implements Coded {
  EMERGENCY(Lib.BRF_URGENCY_EMERGENCY),
  URGENT(Lib.BRF_URGENCY_URGENT),
  REVIEW(Lib.BRF_URGENCY_REVIEW);

  private final int code;

  Urgency(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_urgency_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_urgency_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Urgency of(int code) {
    return Coded.of(Urgency.class, code);
  }

  /** The value of an id (brf_urgency_from_id, exact); NotFoundException for an unknown one. */
  public static Urgency parse(String id) {
    return of(Backrelief.parseCode(id, "urgency",
        (s, out) -> Backrelief.lib().brf_urgency_from_id(s, Backrelief.len(s), out)));
  }
}
