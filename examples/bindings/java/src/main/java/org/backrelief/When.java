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

  /** The library's id of this value (brf_journal_moment_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_journal_moment_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static When of(int code) {
    return Coded.of(When.class, code);
  }

  /** The value of an id (brf_journal_moment_from_id, exact); NotFoundException for an unknown one. */
  public static When parse(String id) {
    return of(Backrelief.parseCode(id, "journal moment",
        (s, out) -> Backrelief.lib().brf_journal_moment_from_id(s, Backrelief.len(s), out)));
  }
}
