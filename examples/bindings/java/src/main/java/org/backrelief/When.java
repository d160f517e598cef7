package org.backrelief;

import org.backrelief.internal.Lib;

/** When a journal rating was taken (BRF_JOURNAL_BEFORE...). */
public enum When implements Coded {
  BEFORE(Lib.BRF_JOURNAL_BEFORE),
  AFTER(Lib.BRF_JOURNAL_AFTER),
  NEXT_MORNING(Lib.BRF_JOURNAL_NEXT_MORNING);

  private final int code;

  When(int code) {
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
  public static When of(int code) {
    return Coded.of(When.class, code);
  }

  /** The value of an id; NotFoundException for an unknown one. */
  public static When parse(String id) {
    return Coded.parse(When.class, id);
  }
}
