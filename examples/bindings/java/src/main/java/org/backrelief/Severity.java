package org.backrelief;

import org.backrelief.internal.Lib;

/** Severity of an advisory (BRF_ADVICE_*). */
public enum Severity implements Coded {
  INFO(Lib.BRF_ADVICE_INFO),
  CAUTION(Lib.BRF_ADVICE_CAUTION),
  WARNING(Lib.BRF_ADVICE_WARNING);

  private final int code;

  Severity(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_advice_severity_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_advice_severity_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Severity of(int code) {
    return Coded.of(Severity.class, code);
  }

  /** The value of an id (brf_advice_severity_from_id, exact); NotFoundException for an unknown one. */
  public static Severity parse(String id) {
    return of(Backrelief.parseCode(id, "advice severity",
        (s, out) -> Backrelief.lib().brf_advice_severity_from_id(s, Backrelief.len(s), out)));
  }
}
