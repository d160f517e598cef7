package org.backrelief;

import org.backrelief.internal.Lib;

/** Planner policies (BRF_POLICY_*). */
public enum Policy implements Coded {
  CONSERVATIVE(Lib.BRF_POLICY_CONSERVATIVE),
  SEED(Lib.BRF_POLICY_SEED);

  private final int code;

  Policy(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_policy_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_policy_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Policy of(int code) {
    return Coded.of(Policy.class, code);
  }

  /** The value of an id (brf_policy_from_id, exact); NotFoundException for an unknown one. */
  public static Policy parse(String id) {
    return of(Backrelief.parseCode(id, "policy",
        (s, out) -> Backrelief.lib().brf_policy_from_id(s, Backrelief.len(s), out)));
  }
}
