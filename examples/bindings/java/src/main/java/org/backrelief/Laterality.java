package org.backrelief;

import org.backrelief.internal.Lib;

/** Laterality (BRF_LATERALITY_*). */
public enum Laterality implements Coded {
  BOTH_SIDES(Lib.BRF_LATERALITY_BOTH_SIDES),
  EACH_SIDE(Lib.BRF_LATERALITY_EACH_SIDE),
  ALTERNATING(Lib.BRF_LATERALITY_ALTERNATING);

  private final int code;

  Laterality(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_laterality_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_laterality_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Laterality of(int code) {
    return Coded.of(Laterality.class, code);
  }

  /** The value of an id (brf_laterality_from_id, exact); NotFoundException for an unknown one. */
  public static Laterality parse(String id) {
    return of(Backrelief.parseCode(id, "laterality",
        (s, out) -> Backrelief.lib().brf_laterality_from_id(s, Backrelief.len(s), out)));
  }
}
