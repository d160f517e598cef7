package org.backrelief;

import org.backrelief.internal.Lib;

/** Outcomes of the adaptation rules (BRF_ADAPT_*). */
public enum Outcome implements Coded {
  INSUFFICIENT_DATA(Lib.BRF_ADAPT_INSUFFICIENT_DATA),
  PROGRESS(Lib.BRF_ADAPT_PROGRESS),
  HOLD(Lib.BRF_ADAPT_HOLD),
  REGRESS(Lib.BRF_ADAPT_REGRESS),
  ADVANCE_PHASE(Lib.BRF_ADAPT_ADVANCE_PHASE),
  TAPER(Lib.BRF_ADAPT_TAPER),
  FLARE_UP(Lib.BRF_ADAPT_FLARE_UP),
  REFER(Lib.BRF_ADAPT_REFER),
  RESTART(Lib.BRF_ADAPT_RESTART);

  private final int code;

  Outcome(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_adapt_outcome_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_adapt_outcome_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Outcome of(int code) {
    return Coded.of(Outcome.class, code);
  }

  /** The value of an id (brf_adapt_outcome_from_id, exact); NotFoundException for an unknown one. */
  public static Outcome parse(String id) {
    return of(Backrelief.parseCode(id, "adapt outcome",
        (s, out) -> Backrelief.lib().brf_adapt_outcome_from_id(s, Backrelief.len(s), out)));
  }
}
