package org.backrelief;

import org.backrelief.internal.Lib;

/** Spacing policy of schedule sessions (BRF_SPACING_*). */
public enum Spacing implements Coded {
  ANY(Lib.BRF_SPACING_ANY),
  NOT_CONSECUTIVE(Lib.BRF_SPACING_NOT_CONSECUTIVE);

  private final int code;

  Spacing(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_spacing_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_spacing_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Spacing of(int code) {
    return Coded.of(Spacing.class, code);
  }

  /** The value of an id (brf_spacing_from_id, exact); NotFoundException for an unknown one. */
  public static Spacing parse(String id) {
    return of(Backrelief.parseCode(id, "spacing",
        (s, out) -> Backrelief.lib().brf_spacing_from_id(s, Backrelief.len(s), out)));
  }
}
