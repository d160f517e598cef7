package org.backrelief;

import org.backrelief.internal.Lib;

/** What one call may cost, per context (BRF_LIMIT_*; Context.setLimit). */
public enum Limit implements Coded {
  ROUTINE_STEPS(Lib.BRF_LIMIT_ROUTINE_STEPS),
  TIMELINE_SEGMENTS(Lib.BRF_LIMIT_TIMELINE_SEGMENTS),
  TIMELINE_CUES(Lib.BRF_LIMIT_TIMELINE_CUES),
  DOSE_REPS(Lib.BRF_LIMIT_DOSE_REPS),
  OUTPUT_BYTES(Lib.BRF_LIMIT_OUTPUT_BYTES),
  CALENDAR_ITEMS(Lib.BRF_LIMIT_CALENDAR_ITEMS),
  IMPORT_ENTRIES(Lib.BRF_LIMIT_IMPORT_ENTRIES),
  INPUT_BYTES(Lib.BRF_LIMIT_INPUT_BYTES);

  private final int code;

  Limit(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The lowercase, hyphenated name ("routine-steps"). */
  @Override
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Limit of(int code) {
    return Coded.of(Limit.class, code);
  }
}
