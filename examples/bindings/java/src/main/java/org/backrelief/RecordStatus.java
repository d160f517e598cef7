package org.backrelief;

import org.backrelief.internal.Lib;

/** What the player's completion record says of a step (BRF_RECORD_*). */
public enum RecordStatus implements Coded {
  NOT_REACHED(Lib.BRF_RECORD_NOT_REACHED),
  IN_PROGRESS(Lib.BRF_RECORD_IN_PROGRESS),
  DONE(Lib.BRF_RECORD_DONE),
  CUT_SHORT(Lib.BRF_RECORD_CUT_SHORT),
  SKIPPED(Lib.BRF_RECORD_SKIPPED);

  private final int code;

  RecordStatus(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_record_status_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_record_status_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static RecordStatus of(int code) {
    return Coded.of(RecordStatus.class, code);
  }

  /** The value of an id (brf_record_status_from_id, exact); NotFoundException for an unknown one. */
  public static RecordStatus parse(String id) {
    return of(Backrelief.parseCode(id, "record status",
        (s, out) -> Backrelief.lib().brf_record_status_from_id(s, Backrelief.len(s), out)));
  }
}
