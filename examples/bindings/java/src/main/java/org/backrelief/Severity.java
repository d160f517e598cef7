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

  /** The lowercase, hyphenated name ("next-morning"). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Severity of(int code) {
    return Coded.of(Severity.class, code);
  }

  /** The value of an id; NotFoundException for an unknown one. */
  public static Severity parse(String id) {
    return Coded.parse(Severity.class, id);
  }
}
