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

  /** The library's id of this value (brf_journal_step_status_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_journal_step_status_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static StepStatus of(int code) {
    return Coded.of(StepStatus.class, code);
  }

  /** The value of an id (brf_journal_step_status_from_id, exact); NotFoundException for an unknown one. */
  public static StepStatus parse(String id) {
    return of(Backrelief.parseCode(id, "journal step status",
        (s, out) -> Backrelief.lib().brf_journal_step_status_from_id(s, Backrelief.len(s), out)));
  }
}
