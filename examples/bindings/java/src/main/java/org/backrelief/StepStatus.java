package org.backrelief;

import org.backrelief.internal.Lib;

/** How a journal step went (BRF_JOURNAL_STEP_*). */
public enum StepStatus implements Coded {
  DONE(Lib.BRF_JOURNAL_STEP_DONE),
  CUT_SHORT(Lib.BRF_JOURNAL_STEP_CUT_SHORT),
  SKIPPED(Lib.BRF_JOURNAL_STEP_SKIPPED);

  private final int code;

  StepStatus(int code) {
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
  public static StepStatus of(int code) {
    return Coded.of(StepStatus.class, code);
  }

  /** The value of an id; NotFoundException for an unknown one. */
  public static StepStatus parse(String id) {
    return Coded.parse(StepStatus.class, id);
  }
}
