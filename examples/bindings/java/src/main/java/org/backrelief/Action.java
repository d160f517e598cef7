package org.backrelief;

import org.backrelief.internal.Lib;

/** What a contraindication asks (BRF_ACTION_*). */
public enum Action implements Coded {
  SKIP(Lib.BRF_ACTION_SKIP),
  MODIFY(Lib.BRF_ACTION_MODIFY),
  ASK_CLINICIAN(Lib.BRF_ACTION_ASK_CLINICIAN);

  private final int code;

  Action(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_action_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_action_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Action of(int code) {
    return Coded.of(Action.class, code);
  }

  /** The value of an id (brf_action_from_id, exact); NotFoundException for an unknown one. */
  public static Action parse(String id) {
    return of(Backrelief.parseCode(id, "action",
        (s, out) -> Backrelief.lib().brf_action_from_id(s, Backrelief.len(s), out)));
  }
}
