package org.backrelief;

import org.backrelief.internal.Lib;

/** Starting positions (BRF_POSITION_*). */
public enum Position implements Coded {
  SUPINE(Lib.BRF_POSITION_SUPINE),
  PRONE(Lib.BRF_POSITION_PRONE),
  SIDE_LYING(Lib.BRF_POSITION_SIDE_LYING),
  ALL_FOURS(Lib.BRF_POSITION_ALL_FOURS),
  KNEELING(Lib.BRF_POSITION_KNEELING),
  HALF_KNEELING(Lib.BRF_POSITION_HALF_KNEELING),
  SEATED(Lib.BRF_POSITION_SEATED),
  STANDING(Lib.BRF_POSITION_STANDING);

  private final int code;

  Position(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_position_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_position_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Position of(int code) {
    return Coded.of(Position.class, code);
  }

  /** The value of an id (brf_position_from_id, exact); NotFoundException for an unknown one. */
  public static Position parse(String id) {
    return of(Backrelief.parseCode(id, "position",
        (s, out) -> Backrelief.lib().brf_position_from_id(s, Backrelief.len(s), out)));
  }
}
