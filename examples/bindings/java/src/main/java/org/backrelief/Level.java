package org.backrelief;

import org.backrelief.internal.Lib;

/** Levels (BRF_LEVEL_*). */
public enum Level implements Coded {
  BEGINNER(Lib.BRF_LEVEL_BEGINNER),
  INTERMEDIATE(Lib.BRF_LEVEL_INTERMEDIATE),
  ADVANCED(Lib.BRF_LEVEL_ADVANCED);

  private final int code;

  Level(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_level_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_level_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Level of(int code) {
    return Coded.of(Level.class, code);
  }

  /** The value of an id (brf_level_from_id, exact); NotFoundException for an unknown one. */
  public static Level parse(String id) {
    return of(Backrelief.parseCode(id, "level",
        (s, out) -> Backrelief.lib().brf_level_from_id(s, Backrelief.len(s), out)));
  }
}
