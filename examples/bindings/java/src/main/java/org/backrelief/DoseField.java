package org.backrelief;

import org.backrelief.internal.Lib;

/** Fields of a dose (BRF_DOSE_*). */
public enum DoseField implements Coded {
  SETS(Lib.BRF_DOSE_SETS),
  REPS(Lib.BRF_DOSE_REPS),
  HOLD_MS(Lib.BRF_DOSE_HOLD_MS),
  DURATION_MS(Lib.BRF_DOSE_DURATION_MS),
  SIDES(Lib.BRF_DOSE_SIDES),
  TEMPO_MS(Lib.BRF_DOSE_TEMPO_MS),
  REST_MS(Lib.BRF_DOSE_REST_MS),
  PER_DAY(Lib.BRF_DOSE_PER_DAY),
  PER_WEEK(Lib.BRF_DOSE_PER_WEEK),
  INTERVAL_MS(Lib.BRF_DOSE_INTERVAL_MS),
  WINDOW_MS(Lib.BRF_DOSE_WINDOW_MS);

  private final int code;

  DoseField(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_dose_field_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_dose_field_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static DoseField of(int code) {
    return Coded.of(DoseField.class, code);
  }

  /** The value of an id (brf_dose_field_from_id, exact); NotFoundException for an unknown one. */
  public static DoseField parse(String id) {
    return of(Backrelief.parseCode(id, "dose field",
        (s, out) -> Backrelief.lib().brf_dose_field_from_id(s, Backrelief.len(s), out)));
  }
}
